from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.downsell import Downsell
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    downsell_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/downsells/{downsell_id}".format(
            downsell_id=quote(str(downsell_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Downsell | Error | None:
    if response.status_code == 200:
        response_200 = Downsell.from_dict(response.json())

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
) -> Response[Downsell | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    downsell_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Downsell | Error]:
    """Get downsell

    Args:
        downsell_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Downsell | Error]
    """

    kwargs = _get_kwargs(
        downsell_id=downsell_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    downsell_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Downsell | Error | None:
    """Get downsell

    Args:
        downsell_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Downsell | Error
    """

    return sync_detailed(
        downsell_id=downsell_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    downsell_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Downsell | Error]:
    """Get downsell

    Args:
        downsell_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Downsell | Error]
    """

    kwargs = _get_kwargs(
        downsell_id=downsell_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    downsell_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Downsell | Error | None:
    """Get downsell

    Args:
        downsell_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Downsell | Error
    """

    return (
        await asyncio_detailed(
            downsell_id=downsell_id,
            client=client,
        )
    ).parsed
