from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.get_course_reviews_response import GetCourseReviewsResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    course_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    approved: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["page"] = page

    params["limit"] = limit

    params["approved"] = approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/course_reviews",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCourseReviewsResponse
    | UnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = GetCourseReviewsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorUnauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorForbiddenAppsNotAvailable.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorNotFound.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCourseReviewsResponse
    | UnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    approved: bool | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCourseReviewsResponse
    | UnprocessableEntityError
]:
    """Get Course Reviews

     Retrieve a list of Course Reviews

    Args:
        course_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        approved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCourseReviewsResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        page=page,
        limit=limit,
        approved=approved,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    course_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    approved: bool | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCourseReviewsResponse
    | UnprocessableEntityError
    | None
):
    """Get Course Reviews

     Retrieve a list of Course Reviews

    Args:
        course_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        approved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCourseReviewsResponse | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        course_id=course_id,
        page=page,
        limit=limit,
        approved=approved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    course_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    approved: bool | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCourseReviewsResponse
    | UnprocessableEntityError
]:
    """Get Course Reviews

     Retrieve a list of Course Reviews

    Args:
        course_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        approved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCourseReviewsResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        page=page,
        limit=limit,
        approved=approved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    course_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    approved: bool | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCourseReviewsResponse
    | UnprocessableEntityError
    | None
):
    """Get Course Reviews

     Retrieve a list of Course Reviews

    Args:
        course_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.
        approved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCourseReviewsResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            course_id=course_id,
            page=page,
            limit=limit,
            approved=approved,
        )
    ).parsed
