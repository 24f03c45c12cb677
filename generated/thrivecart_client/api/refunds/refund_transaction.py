from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_result import ActionResult
from ...models.error import Error
from ...models.refund_transaction_body import RefundTransactionBody
from ...models.refund_transaction_xtc_mode import (
    RefundTransactionXTCMode,
)
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: RefundTransactionBody,
    x_tc_mode: RefundTransactionXTCMode | Unset = "live",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tc_mode, Unset):
        headers["X-TC-Mode"] = str(x_tc_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/refund",
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
    *,
    client: AuthenticatedClient | Client,
    body: RefundTransactionBody,
    x_tc_mode: RefundTransactionXTCMode | Unset = "live",
) -> Response[ActionResult | Error]:
    """Refund a transaction

     Refund a specific transaction using the order ID and purchase reference pulled from either a
    Transaction search or the full history of a customer.

    Args:
        x_tc_mode (RefundTransactionXTCMode | Unset):  Default: 'live'.
        body (RefundTransactionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tc_mode=x_tc_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RefundTransactionBody,
    x_tc_mode: RefundTransactionXTCMode | Unset = "live",
) -> ActionResult | Error | None:
    """Refund a transaction

     Refund a specific transaction using the order ID and purchase reference pulled from either a
    Transaction search or the full history of a customer.

    Args:
        x_tc_mode (RefundTransactionXTCMode | Unset):  Default: 'live'.
        body (RefundTransactionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        x_tc_mode=x_tc_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefundTransactionBody,
    x_tc_mode: RefundTransactionXTCMode | Unset = "live",
) -> Response[ActionResult | Error]:
    """Refund a transaction

     Refund a specific transaction using the order ID and purchase reference pulled from either a
    Transaction search or the full history of a customer.

    Args:
        x_tc_mode (RefundTransactionXTCMode | Unset):  Default: 'live'.
        body (RefundTransactionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        x_tc_mode=x_tc_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefundTransactionBody,
    x_tc_mode: RefundTransactionXTCMode | Unset = "live",
) -> ActionResult | Error | None:
    """Refund a transaction

     Refund a specific transaction using the order ID and purchase reference pulled from either a
    Transaction search or the full history of a customer.

    Args:
        x_tc_mode (RefundTransactionXTCMode | Unset):  Default: 'live'.
        body (RefundTransactionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tc_mode=x_tc_mode,
        )
    ).parsed
