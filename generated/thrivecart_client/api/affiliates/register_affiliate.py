from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.error import Error
from ...models.register_affiliate_body import RegisterAffiliateBody
from ...types import Response


def _get_kwargs(
    affiliate_id: str,
    *,
    body: RegisterAffiliateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/affiliates/{affiliate_id}/register".format(
            affiliate_id=quote(str(affiliate_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionResult | Error | None:
    if response.status_code == 200:
        response_200 = ActionResult.from_dict(response.json())

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
) -> Response[ActionResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    affiliate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAffiliateBody,
) -> Response[ActionResult | Error]:
    """Register affiliate for a product

     Register an existing affiliate for a specific product or list of products.

    Args:
        affiliate_id (str):
        body (RegisterAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Error]
    """

    kwargs = _get_kwargs(
        affiliate_id=affiliate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    affiliate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAffiliateBody,
) -> ActionResult | Error | None:
    """Register affiliate for a product

     Register an existing affiliate for a specific product or list of products.

    Args:
        affiliate_id (str):
        body (RegisterAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | Error
    """

    return sync_detailed(
        affiliate_id=affiliate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    affiliate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAffiliateBody,
) -> Response[ActionResult | Error]:
    """Register affiliate for a product

     Register an existing affiliate for a specific product or list of products.

    Args:
        affiliate_id (str):
        body (RegisterAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Error]
    """

    kwargs = _get_kwargs(
        affiliate_id=affiliate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    affiliate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegisterAffiliateBody,
) -> ActionResult | Error | None:
    """Register affiliate for a product

     Register an existing affiliate for a specific product or list of products.

    Args:
        affiliate_id (str):
        body (RegisterAffiliateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | Error
    """

    return (
        await asyncio_detailed(
            affiliate_id=affiliate_id,
            client=client,
            body=body,
        )
    ).parsed
