from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_event_subscription_body import CancelEventSubscriptionBody
from ...models.cancel_event_subscription_xtc_mode import (
    CancelEventSubscriptionXTCMode,
)
from ...models.error import Error
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: CancelEventSubscriptionBody,
    x_tc_mode: CancelEventSubscriptionXTCMode | Unset = "live",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tc_mode, Unset):
        headers["X-TC-Mode"] = str(x_tc_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unsubscribe",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Any] | None:
    if response.status_code == 200:
        response_200 = cast(list[Any], response.json())

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
) -> Response[Error | list[Any]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelEventSubscriptionBody,
    x_tc_mode: CancelEventSubscriptionXTCMode | Unset = "live",
) -> Response[Error | list[Any]]:
    """Unsubscribe from an event

     Unsubscribe an endpoint and no longer receive notifications to it.

    Important: As noted when creating an event subscription, we highly recommend using random and unique
    URLs for each subscription so that they are easily removable.

    Args:
        x_tc_mode (CancelEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CancelEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Any]]
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
    body: CancelEventSubscriptionBody,
    x_tc_mode: CancelEventSubscriptionXTCMode | Unset = "live",
) -> Error | list[Any] | None:
    """Unsubscribe from an event

     Unsubscribe an endpoint and no longer receive notifications to it.

    Important: As noted when creating an event subscription, we highly recommend using random and unique
    URLs for each subscription so that they are easily removable.

    Args:
        x_tc_mode (CancelEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CancelEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Any]
    """

    return sync_detailed(
        client=client,
        body=body,
        x_tc_mode=x_tc_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CancelEventSubscriptionBody,
    x_tc_mode: CancelEventSubscriptionXTCMode | Unset = "live",
) -> Response[Error | list[Any]]:
    """Unsubscribe from an event

     Unsubscribe an endpoint and no longer receive notifications to it.

    Important: As noted when creating an event subscription, we highly recommend using random and unique
    URLs for each subscription so that they are easily removable.

    Args:
        x_tc_mode (CancelEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CancelEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Any]]
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
    body: CancelEventSubscriptionBody,
    x_tc_mode: CancelEventSubscriptionXTCMode | Unset = "live",
) -> Error | list[Any] | None:
    """Unsubscribe from an event

     Unsubscribe an endpoint and no longer receive notifications to it.

    Important: As noted when creating an event subscription, we highly recommend using random and unique
    URLs for each subscription so that they are easily removable.

    Args:
        x_tc_mode (CancelEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CancelEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Any]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tc_mode=x_tc_mode,
        )
    ).parsed
