"""Event subscriptions (``/subscribe``, ``/unsubscribe``): where the API's JSON notifications
go (:mod:`~aiothinkific.mock.thrivecart.delivery`)."""

from __future__ import annotations

from typing import Any

from aiothinkific.mock.engine import Call
from aiothinkific.mock.store import eq
from aiothinkific.mock.thrivecart.events import API_EVENTS
from aiothinkific.mock.thrivecart.records import EVENT_SUBSCRIPTION, error, handles, mode_of

ITEM_TYPES = ("product", "bump", "upsell", "downsell")
#: Every event name a subscription may ask for (and the documented ones the mock never sends).
EVENT_NAMES = frozenset(
    {name.format(type=kind) for name in API_EVENTS.values() for kind in ITEM_TYPES}
    | {"order_payment_declined_product", "cart_abandoned", "order_refund", "affiliate_created",
       "affiliate_approved", "affiliate_rejected", "affiliate_commission_earned",
       "affiliate_commission_payout", "affiliate_commission_refund", "*"}
)  # fmt: skip
#: The ids of event subscriptions start high, as ThriveCart's do (253485285).
FIRST_ID = 253485000


@handles("createEventSubscription")
def subscribe(call: Call) -> Any:
    event = call.data["event"].strip()
    if event not in EVENT_NAMES:
        raise error(f"The event {event!r} is not one that can be subscribed to.")
    (number,) = call.store.next_ids(EVENT_SUBSCRIPTION)
    doc = {"id": FIRST_ID + number, "event": event, "target_url": call.data["target_url"],
           "trigger_fields": call.data.get("trigger_fields") or {},
           "mode": mode_of(call)}  # fmt: skip
    call.store.put_many(EVENT_SUBSCRIPTION, [doc])
    return {"subscription_id": doc["id"]}


@handles("cancelEventSubscription")
def unsubscribe(call: Call) -> Any:
    """By URL: every subscription to it goes (the SDK names it ``target_url``)."""
    mode_of(call)  # the header is checked as on every call that takes it
    call.store.delete_where(EVENT_SUBSCRIPTION, [eq("target_url", call.data["url"])])
    return []
