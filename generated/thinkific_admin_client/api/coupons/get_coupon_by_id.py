from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_response import CouponResponse
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/coupons/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CouponResponse
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | None
):
    if response.status_code == 200:
        response_200 = CouponResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized
]:
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
) -> Response[
    CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized
]:
    """Get a Coupon by ID

     Retrieve a Coupon

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CouponResponse
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | None
):
    """Get a Coupon by ID

     Retrieve a Coupon

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized
]:
    """Get a Coupon by ID

     Retrieve a Coupon

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CouponResponse
    | ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | None
):
    """Get a Coupon by ID

     Retrieve a Coupon

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponResponse | ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
