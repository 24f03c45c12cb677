from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affiliate_list import AffiliateList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    product_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["product_id"] = product_id

    params["query"] = query

    params["page"] = page

    params["perPage"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/affiliates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffiliateList | Error | None:
    if response.status_code == 200:
        response_200 = AffiliateList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffiliateList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 5,
) -> Response[AffiliateList | Error]:
    """Search affiliates

     Search for affiliates by the product ID they're approved for, or by their name, email, or affiliate
    ID.

    Args:
        product_id (str | Unset):
        query (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffiliateList | Error]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        query=query,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    product_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 5,
) -> AffiliateList | Error | None:
    """Search affiliates

     Search for affiliates by the product ID they're approved for, or by their name, email, or affiliate
    ID.

    Args:
        product_id (str | Unset):
        query (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffiliateList | Error
    """

    return sync_detailed(
        client=client,
        product_id=product_id,
        query=query,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    product_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 5,
) -> Response[AffiliateList | Error]:
    """Search affiliates

     Search for affiliates by the product ID they're approved for, or by their name, email, or affiliate
    ID.

    Args:
        product_id (str | Unset):
        query (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffiliateList | Error]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
        query=query,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    product_id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 5,
) -> AffiliateList | Error | None:
    """Search affiliates

     Search for affiliates by the product ID they're approved for, or by their name, email, or affiliate
    ID.

    Args:
        product_id (str | Unset):
        query (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffiliateList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            product_id=product_id,
            query=query,
            page=page,
            per_page=per_page,
        )
    ).parsed
