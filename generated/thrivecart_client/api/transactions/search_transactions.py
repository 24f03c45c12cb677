from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_transactions_transaction_type import (
    SearchTransactionsTransactionType,
)
from ...models.search_transactions_xtc_mode import (
    SearchTransactionsXTCMode,
)
from ...models.transaction_list import TransactionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    query: str | Unset = UNSET,
    transaction_type: SearchTransactionsTransactionType | Unset = "any",
    currency: str | Unset = UNSET,
    x_tc_mode: SearchTransactionsXTCMode | Unset = "live",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tc_mode, Unset):
        headers["X-TC-Mode"] = str(x_tc_mode)

    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["query"] = query

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type

    params["transactionType"] = json_transaction_type

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TransactionList | None:
    if response.status_code == 200:
        response_200 = TransactionList.from_dict(response.json())

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
) -> Response[Error | TransactionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    query: str | Unset = UNSET,
    transaction_type: SearchTransactionsTransactionType | Unset = "any",
    currency: str | Unset = UNSET,
    x_tc_mode: SearchTransactionsXTCMode | Unset = "live",
) -> Response[Error | TransactionList]:
    """Search transactions

     Search through transaction events and return the info about activity within your account.

    Events such as charges, rebills, refunds and cancellations will be included under the
    `transaction_type` key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        query (str | Unset):
        transaction_type (SearchTransactionsTransactionType | Unset):  Default: 'any'.
        currency (str | Unset):
        x_tc_mode (SearchTransactionsXTCMode | Unset):  Default: 'live'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        query=query,
        transaction_type=transaction_type,
        currency=currency,
        x_tc_mode=x_tc_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    query: str | Unset = UNSET,
    transaction_type: SearchTransactionsTransactionType | Unset = "any",
    currency: str | Unset = UNSET,
    x_tc_mode: SearchTransactionsXTCMode | Unset = "live",
) -> Error | TransactionList | None:
    """Search transactions

     Search through transaction events and return the info about activity within your account.

    Events such as charges, rebills, refunds and cancellations will be included under the
    `transaction_type` key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        query (str | Unset):
        transaction_type (SearchTransactionsTransactionType | Unset):  Default: 'any'.
        currency (str | Unset):
        x_tc_mode (SearchTransactionsXTCMode | Unset):  Default: 'live'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        query=query,
        transaction_type=transaction_type,
        currency=currency,
        x_tc_mode=x_tc_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    query: str | Unset = UNSET,
    transaction_type: SearchTransactionsTransactionType | Unset = "any",
    currency: str | Unset = UNSET,
    x_tc_mode: SearchTransactionsXTCMode | Unset = "live",
) -> Response[Error | TransactionList]:
    """Search transactions

     Search through transaction events and return the info about activity within your account.

    Events such as charges, rebills, refunds and cancellations will be included under the
    `transaction_type` key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        query (str | Unset):
        transaction_type (SearchTransactionsTransactionType | Unset):  Default: 'any'.
        currency (str | Unset):
        x_tc_mode (SearchTransactionsXTCMode | Unset):  Default: 'live'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        query=query,
        transaction_type=transaction_type,
        currency=currency,
        x_tc_mode=x_tc_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    query: str | Unset = UNSET,
    transaction_type: SearchTransactionsTransactionType | Unset = "any",
    currency: str | Unset = UNSET,
    x_tc_mode: SearchTransactionsXTCMode | Unset = "live",
) -> Error | TransactionList | None:
    """Search transactions

     Search through transaction events and return the info about activity within your account.

    Events such as charges, rebills, refunds and cancellations will be included under the
    `transaction_type` key.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.
        query (str | Unset):
        transaction_type (SearchTransactionsTransactionType | Unset):  Default: 'any'.
        currency (str | Unset):
        x_tc_mode (SearchTransactionsXTCMode | Unset):  Default: 'live'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            query=query,
            transaction_type=transaction_type,
            currency=currency,
            x_tc_mode=x_tc_mode,
        )
    ).parsed
