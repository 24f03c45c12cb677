from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from ...models.error_not_found import ErrorNotFound
from ...models.error_unauthorized import ErrorUnauthorized
from ...models.get_coupon_response import GetCouponResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    promotion_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["promotion_id"] = promotion_id

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/coupons",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCouponResponse
    | UnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = GetCouponResponse.from_dict(response.json())

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
    | GetCouponResponse
    | UnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCouponResponse
    | UnprocessableEntityError
]:
    """Get Coupons

     Retrieve a list of all Coupons

    Args:
        promotion_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCouponResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        promotion_id=promotion_id,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCouponResponse
    | UnprocessableEntityError
    | None
):
    """Get Coupons

     Retrieve a list of all Coupons

    Args:
        promotion_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCouponResponse | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        promotion_id=promotion_id,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
) -> Response[
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCouponResponse
    | UnprocessableEntityError
]:
    """Get Coupons

     Retrieve a list of all Coupons

    Args:
        promotion_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCouponResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        promotion_id=promotion_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    promotion_id: int,
    page: int | Unset = 1,
    limit: int | Unset = 25,
) -> (
    ErrorForbiddenAppsNotAvailable
    | ErrorNotFound
    | ErrorUnauthorized
    | GetCouponResponse
    | UnprocessableEntityError
    | None
):
    """Get Coupons

     Retrieve a list of all Coupons

    Args:
        promotion_id (int):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorForbiddenAppsNotAvailable | ErrorNotFound | ErrorUnauthorized | GetCouponResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            promotion_id=promotion_id,
            page=page,
            limit=limit,
        )
    ).parsed
