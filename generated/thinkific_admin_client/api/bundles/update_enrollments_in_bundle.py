from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_bad_request import ErrorBadRequest
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.update_enrollments_in_bundle_body import UpdateEnrollmentsInBundleBody
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: UpdateEnrollmentsInBundleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/bundles/{id}/enrollments".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorBadRequest.from_dict(response.json())

        return response_400

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
    Any
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEnrollmentsInBundleBody,
) -> Response[
    Any
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    """Update Enrollments in a Bundle

     This endpoint updates a User’s Enrollment in a Bundle and each of the Courses contained within the
    Bundle.

    Args:
        id (int):
        body (UpdateEnrollmentsInBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEnrollmentsInBundleBody,
) -> (
    Any
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    """Update Enrollments in a Bundle

     This endpoint updates a User’s Enrollment in a Bundle and each of the Courses contained within the
    Bundle.

    Args:
        id (int):
        body (UpdateEnrollmentsInBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEnrollmentsInBundleBody,
) -> Response[
    Any
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
]:
    """Update Enrollments in a Bundle

     This endpoint updates a User’s Enrollment in a Bundle and each of the Courses contained within the
    Bundle.

    Args:
        id (int):
        body (UpdateEnrollmentsInBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEnrollmentsInBundleBody,
) -> (
    Any
    | ErrorBadRequest
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | None
):
    """Update Enrollments in a Bundle

     This endpoint updates a User’s Enrollment in a Bundle and each of the Courses contained within the
    Bundle.

    Args:
        id (int):
        body (UpdateEnrollmentsInBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBadRequest | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
