from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.external_order_transaction import ExternalOrderTransaction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ExternalOrderTransaction | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/external_orders/{id}/transactions/purchase".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorForbiddenAppsNotAvailable | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 403:
        response_403 = ErrorForbiddenAppsNotAvailable.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorForbiddenAppsNotAvailable]:
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
    body: ExternalOrderTransaction | Unset = UNSET,
) -> Response[Any | ErrorForbiddenAppsNotAvailable]:
    """purchase transaction

     This endpoint will create a new transaction purchase for the External Order.

    Args:
        id (int):
        body (ExternalOrderTransaction | Unset): External Order Transaction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorForbiddenAppsNotAvailable]
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
    body: ExternalOrderTransaction | Unset = UNSET,
) -> Any | ErrorForbiddenAppsNotAvailable | None:
    """purchase transaction

     This endpoint will create a new transaction purchase for the External Order.

    Args:
        id (int):
        body (ExternalOrderTransaction | Unset): External Order Transaction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorForbiddenAppsNotAvailable
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
    body: ExternalOrderTransaction | Unset = UNSET,
) -> Response[Any | ErrorForbiddenAppsNotAvailable]:
    """purchase transaction

     This endpoint will create a new transaction purchase for the External Order.

    Args:
        id (int):
        body (ExternalOrderTransaction | Unset): External Order Transaction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorForbiddenAppsNotAvailable]
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
    body: ExternalOrderTransaction | Unset = UNSET,
) -> Any | ErrorForbiddenAppsNotAvailable | None:
    """purchase transaction

     This endpoint will create a new transaction purchase for the External Order.

    Args:
        id (int):
        body (ExternalOrderTransaction | Unset): External Order Transaction

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorForbiddenAppsNotAvailable
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
