from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_user_by_id_provider import (
    DeleteUserByIdProvider,
)
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    provider: DeleteUserByIdProvider | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorUnauthorized.from_dict(response.json())

        return response_401

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
) -> Response[Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]:
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
    provider: DeleteUserByIdProvider | Unset = UNSET,
) -> Response[Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]:
    """Delete user by ID

     Deletes a User identified by the provided id

    Args:
        id (str):
        provider (DeleteUserByIdProvider | Unset): Provider that creates the user and with which
            the External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]
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
    provider: DeleteUserByIdProvider | Unset = UNSET,
) -> Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | None:
    """Delete user by ID

     Deletes a User identified by the provided id

    Args:
        id (str):
        provider (DeleteUserByIdProvider | Unset): Provider that creates the user and with which
            the External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError
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
    provider: DeleteUserByIdProvider | Unset = UNSET,
) -> Response[Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]:
    """Delete user by ID

     Deletes a User identified by the provided id

    Args:
        id (str):
        provider (DeleteUserByIdProvider | Unset): Provider that creates the user and with which
            the External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError]
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
    provider: DeleteUserByIdProvider | Unset = UNSET,
) -> Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError | None:
    """Delete user by ID

     Deletes a User identified by the provided id

    Args:
        id (str):
        provider (DeleteUserByIdProvider | Unset): Provider that creates the user and with which
            the External Id is associated. Example: SSO.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorNotFound | ErrorUnauthorized | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            provider=provider,
        )
    ).parsed
