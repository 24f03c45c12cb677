from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bump import Bump
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    bump_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bumps/{bump_id}".format(
            bump_id=quote(str(bump_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bump | Error | None:
    if response.status_code == 200:
        response_200 = Bump.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Bump | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bump_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Bump | Error]:
    """Get bump

    Args:
        bump_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bump | Error]
    """

    kwargs = _get_kwargs(
        bump_id=bump_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bump_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Bump | Error | None:
    """Get bump

    Args:
        bump_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bump | Error
    """

    return sync_detailed(
        bump_id=bump_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bump_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Bump | Error]:
    """Get bump

    Args:
        bump_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bump | Error]
    """

    kwargs = _get_kwargs(
        bump_id=bump_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bump_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Bump | Error | None:
    """Get bump

    Args:
        bump_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bump | Error
    """

    return (
        await asyncio_detailed(
            bump_id=bump_id,
            client=client,
        )
    ).parsed
