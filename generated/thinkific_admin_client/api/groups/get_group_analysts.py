from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.get_group_analysts_response import GetGroupAnalystsResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    group_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{group_id}/analysts".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetGroupAnalystsResponse
    | UnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = GetGroupAnalystsResponse.from_dict(response.json())

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
    | GetGroupAnalystsResponse
    | UnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetGroupAnalystsResponse
    | UnprocessableEntityError
]:
    """Get Group Analysts

     Retrieves a list of group analysts

    Args:
        group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetGroupAnalystsResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetGroupAnalystsResponse
    | UnprocessableEntityError
    | None
):
    """Get Group Analysts

     Retrieves a list of group analysts

    Args:
        group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetGroupAnalystsResponse | UnprocessableEntityError
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetGroupAnalystsResponse
    | UnprocessableEntityError
]:
    """Get Group Analysts

     Retrieves a list of group analysts

    Args:
        group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetGroupAnalystsResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetGroupAnalystsResponse
    | UnprocessableEntityError
    | None
):
    """Get Group Analysts

     Retrieves a list of group analysts

    Args:
        group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetGroupAnalystsResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
        )
    ).parsed
