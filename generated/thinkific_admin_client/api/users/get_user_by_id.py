from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.get_user_by_id_provider import (
    GetUserByIdProvider,
)
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.user_response import UserResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    provider: GetUserByIdProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | UserResponse
    | None
):
    if response.status_code == 200:
        response_200 = UserResponse.from_dict(response.json())

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
    | UnprocessableEntityError
    | UserResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: GetUserByIdProvider | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | UserResponse
]:
    """List Users by ID

     Retrieves a User identified by the provided id

    Args:
        id (str):
        provider (GetUserByIdProvider | Unset): Provider that creates the user and with which the
            External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | UserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: GetUserByIdProvider | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | UserResponse
    | None
):
    """List Users by ID

     Retrieves a User identified by the provided id

    Args:
        id (str):
        provider (GetUserByIdProvider | Unset): Provider that creates the user and with which the
            External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | UserResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: GetUserByIdProvider | Unset = UNSET,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | UserResponse
]:
    """List Users by ID

     Retrieves a User identified by the provided id

    Args:
        id (str):
        provider (GetUserByIdProvider | Unset): Provider that creates the user and with which the
            External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | UserResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    provider: GetUserByIdProvider | Unset = UNSET,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | UnprocessableEntityError
    | UserResponse
    | None
):
    """List Users by ID

     Retrieves a User identified by the provided id

    Args:
        id (str):
        provider (GetUserByIdProvider | Unset): Provider that creates the user and with which the
            External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | UserResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            provider=provider,
        )
    ).parsed
