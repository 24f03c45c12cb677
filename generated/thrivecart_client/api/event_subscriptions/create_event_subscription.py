from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_event_subscription_body import CreateEventSubscriptionBody
from ...models.create_event_subscription_xtc_mode import (
    CreateEventSubscriptionXTCMode,
)
from ...models.error import Error
from ...models.event_subscription import EventSubscription
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: CreateEventSubscriptionBody,
    x_tc_mode: CreateEventSubscriptionXTCMode | Unset = "live",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_tc_mode, Unset):
        headers["X-TC-Mode"] = str(x_tc_mode)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribe",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EventSubscription | None:
    if response.status_code == 201:
        response_201 = EventSubscription.from_dict(response.json())

        return response_201

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
) -> Response[Error | EventSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventSubscriptionBody,
    x_tc_mode: CreateEventSubscriptionXTCMode | Unset = "live",
) -> Response[Error | EventSubscription]:
    """Create event subscription

     Subscribe an endpoint to receive custom webhook notifications. Accepts JSON containing `event`,
    `target_url` and `trigger_fields`.

    Target URL

    You must have registered the beginning of your target URL with your app. For example, to receive
    events at `https://mysite.com/webhook`, you must register at least `https://mysite.com` within your
    app's URL settings or you will receive an error.

    Important: Unsubscribing is done by URL. As such, as highly recommend creating a unique URL for each
    subscription you create!

    Potential event values

    - `*` (receives all events)

    - `order_payment_product` (notified when a product is purchased)

    - `order_payment_bump` (notified when a bump offer is purchased)

    - `order_payment_upsell` (notified when an upsell is purchased)

    - `order_payment_downsell` (notified when a downsell is purchased)

    - `order_payment_declined_product` (notified when a purchase is declined)

    - `cart_abandoned` (notified when a cart is abandoned)

    - `order_refund` (notified when a refund is issused)

    - `order_rebill` (notified on successful recurring payment)

    - `order_rebill_failed` (notified when a recurring payment fails)

    - `order_rebill_cancelled` (notified on subscription cancellation)

    - `order_rebill_completed` (notified once all payments in a split pay have been completed)

    - `subscription_paused` (notified when a subscription is paused)

    - `subscription_resumed` (notified when a subscription is resumed)

    - `affiliate_created` (notified when a new affiliate is created)

    - `affiliate_approved` (notified when an affiliate is approved for a product)

    - `affiliate_rejected` (notified when an affiliate is rejected from a product)

    - `affiliate_commission_earned` (notified when an affiliate earns commission)

    - `affiliate_commission_payout` (notified when an affiliate is paid some commission)

    - `affiliate_commission_refund` (notified when an affiliate has commission clawed back)

    See the detailed documentation on our developer site
    (https://developers.thrivecart.com/documentation/) to see examples and learn how to filter using
    trigger fields.

    Args:
        x_tc_mode (CreateEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CreateEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventSubscription]
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
    body: CreateEventSubscriptionBody,
    x_tc_mode: CreateEventSubscriptionXTCMode | Unset = "live",
) -> Error | EventSubscription | None:
    """Create event subscription

     Subscribe an endpoint to receive custom webhook notifications. Accepts JSON containing `event`,
    `target_url` and `trigger_fields`.

    Target URL

    You must have registered the beginning of your target URL with your app. For example, to receive
    events at `https://mysite.com/webhook`, you must register at least `https://mysite.com` within your
    app's URL settings or you will receive an error.

    Important: Unsubscribing is done by URL. As such, as highly recommend creating a unique URL for each
    subscription you create!

    Potential event values

    - `*` (receives all events)

    - `order_payment_product` (notified when a product is purchased)

    - `order_payment_bump` (notified when a bump offer is purchased)

    - `order_payment_upsell` (notified when an upsell is purchased)

    - `order_payment_downsell` (notified when a downsell is purchased)

    - `order_payment_declined_product` (notified when a purchase is declined)

    - `cart_abandoned` (notified when a cart is abandoned)

    - `order_refund` (notified when a refund is issused)

    - `order_rebill` (notified on successful recurring payment)

    - `order_rebill_failed` (notified when a recurring payment fails)

    - `order_rebill_cancelled` (notified on subscription cancellation)

    - `order_rebill_completed` (notified once all payments in a split pay have been completed)

    - `subscription_paused` (notified when a subscription is paused)

    - `subscription_resumed` (notified when a subscription is resumed)

    - `affiliate_created` (notified when a new affiliate is created)

    - `affiliate_approved` (notified when an affiliate is approved for a product)

    - `affiliate_rejected` (notified when an affiliate is rejected from a product)

    - `affiliate_commission_earned` (notified when an affiliate earns commission)

    - `affiliate_commission_payout` (notified when an affiliate is paid some commission)

    - `affiliate_commission_refund` (notified when an affiliate has commission clawed back)

    See the detailed documentation on our developer site
    (https://developers.thrivecart.com/documentation/) to see examples and learn how to filter using
    trigger fields.

    Args:
        x_tc_mode (CreateEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CreateEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
        x_tc_mode=x_tc_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEventSubscriptionBody,
    x_tc_mode: CreateEventSubscriptionXTCMode | Unset = "live",
) -> Response[Error | EventSubscription]:
    """Create event subscription

     Subscribe an endpoint to receive custom webhook notifications. Accepts JSON containing `event`,
    `target_url` and `trigger_fields`.

    Target URL

    You must have registered the beginning of your target URL with your app. For example, to receive
    events at `https://mysite.com/webhook`, you must register at least `https://mysite.com` within your
    app's URL settings or you will receive an error.

    Important: Unsubscribing is done by URL. As such, as highly recommend creating a unique URL for each
    subscription you create!

    Potential event values

    - `*` (receives all events)

    - `order_payment_product` (notified when a product is purchased)

    - `order_payment_bump` (notified when a bump offer is purchased)

    - `order_payment_upsell` (notified when an upsell is purchased)

    - `order_payment_downsell` (notified when a downsell is purchased)

    - `order_payment_declined_product` (notified when a purchase is declined)

    - `cart_abandoned` (notified when a cart is abandoned)

    - `order_refund` (notified when a refund is issused)

    - `order_rebill` (notified on successful recurring payment)

    - `order_rebill_failed` (notified when a recurring payment fails)

    - `order_rebill_cancelled` (notified on subscription cancellation)

    - `order_rebill_completed` (notified once all payments in a split pay have been completed)

    - `subscription_paused` (notified when a subscription is paused)

    - `subscription_resumed` (notified when a subscription is resumed)

    - `affiliate_created` (notified when a new affiliate is created)

    - `affiliate_approved` (notified when an affiliate is approved for a product)

    - `affiliate_rejected` (notified when an affiliate is rejected from a product)

    - `affiliate_commission_earned` (notified when an affiliate earns commission)

    - `affiliate_commission_payout` (notified when an affiliate is paid some commission)

    - `affiliate_commission_refund` (notified when an affiliate has commission clawed back)

    See the detailed documentation on our developer site
    (https://developers.thrivecart.com/documentation/) to see examples and learn how to filter using
    trigger fields.

    Args:
        x_tc_mode (CreateEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CreateEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EventSubscription]
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
    body: CreateEventSubscriptionBody,
    x_tc_mode: CreateEventSubscriptionXTCMode | Unset = "live",
) -> Error | EventSubscription | None:
    """Create event subscription

     Subscribe an endpoint to receive custom webhook notifications. Accepts JSON containing `event`,
    `target_url` and `trigger_fields`.

    Target URL

    You must have registered the beginning of your target URL with your app. For example, to receive
    events at `https://mysite.com/webhook`, you must register at least `https://mysite.com` within your
    app's URL settings or you will receive an error.

    Important: Unsubscribing is done by URL. As such, as highly recommend creating a unique URL for each
    subscription you create!

    Potential event values

    - `*` (receives all events)

    - `order_payment_product` (notified when a product is purchased)

    - `order_payment_bump` (notified when a bump offer is purchased)

    - `order_payment_upsell` (notified when an upsell is purchased)

    - `order_payment_downsell` (notified when a downsell is purchased)

    - `order_payment_declined_product` (notified when a purchase is declined)

    - `cart_abandoned` (notified when a cart is abandoned)

    - `order_refund` (notified when a refund is issused)

    - `order_rebill` (notified on successful recurring payment)

    - `order_rebill_failed` (notified when a recurring payment fails)

    - `order_rebill_cancelled` (notified on subscription cancellation)

    - `order_rebill_completed` (notified once all payments in a split pay have been completed)

    - `subscription_paused` (notified when a subscription is paused)

    - `subscription_resumed` (notified when a subscription is resumed)

    - `affiliate_created` (notified when a new affiliate is created)

    - `affiliate_approved` (notified when an affiliate is approved for a product)

    - `affiliate_rejected` (notified when an affiliate is rejected from a product)

    - `affiliate_commission_earned` (notified when an affiliate earns commission)

    - `affiliate_commission_payout` (notified when an affiliate is paid some commission)

    - `affiliate_commission_refund` (notified when an affiliate has commission clawed back)

    See the detailed documentation on our developer site
    (https://developers.thrivecart.com/documentation/) to see examples and learn how to filter using
    trigger fields.

    Args:
        x_tc_mode (CreateEventSubscriptionXTCMode | Unset):  Default: 'live'.
        body (CreateEventSubscriptionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EventSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_tc_mode=x_tc_mode,
        )
    ).parsed
