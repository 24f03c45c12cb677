"""ThriveCart's order events: what each state change tells the account's webhooks ("Webhooks &
notifications") and the API's event subscriptions.

:func:`emit` builds the notice once, inside the request's transaction, and queues it in the
shared outbox (:func:`~aiothinkific.mock.webhooks.outbox.queue`): it is delivered once the
request has committed (:class:`~aiothinkific.mock.thrivecart.delivery.ThriveCartDeliverer`).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from aiothinkific.mock.store import Doc, Store
from aiothinkific.mock.thrivecart.records import EVENT
from aiothinkific.mock.webhooks.outbox import queue

#: The account webhook's event -> the event subscriptions' name (``{type}``: the item's).
API_EVENTS = {
    "order.success": "order_payment_{type}",
    "order.subscription_payment": "order_rebill",
    "order.rebill_failed": "order_rebill_failed",
    "order.subscription_cancelled": "order_rebill_cancelled",
    "order.subscription_completed": "order_rebill_completed",
    "order.refund": "order_refund_{type}",
    "order.subscription_paused": "subscription_paused",
    "order.subscription_resumed": "subscription_resumed",
}
#: Events only event subscriptions hear of (the account's webhooks have no such notice).
SUBSCRIPTION_ONLY = frozenset({"order.subscription_completed"})
MODE_INT = {"test": 1, "live": 2}


def _charge(item: Doc) -> Doc:
    return {"type": item["type"], "name": item["name"], "reference": item["reference"],
            "amount": item["amount"], "frequency": item.get("frequency") or ""}  # fmt: skip


def order_notice(
    order: Doc,
    event: str,
    now: datetime.datetime,
    *,
    charges: Iterable[Doc] = (),
    subscription: Doc | None = None,
    refund: Doc | None = None,
) -> Doc:
    """The fields ThriveCart posts for ``event`` of ``order`` (amounts in cents)."""
    items = order["items"]
    purchase_map = [f"{i['type']}-{i['id']}" for i in items]
    future = [_charge(i) for i in items if i.get("subscription_id")]
    notice: Doc = {
        "event": event,
        "mode": order["mode"],
        "mode_int": MODE_INT[order["mode"]],
        "base_product": order["base_product"],
        "order_id": order["id"],
        "invoice_id": order["invoice_id"],
        "currency": order["currency"],
        "customer_id": order["customer_id"],
        "customer_identifier": f"cus_{order['customer_id']:014d}",
        "customer": {
            "name": order["name"],
            "first_name": order["first_name"],
            "last_name": order["last_name"],
            "email": order["email"],
            "address": {"line1": "", "city": "", "state": "", "zip": "", "country": ""},
        },
        "order": {
            "tax": None,
            "tax_type": None,
            "processor": order["processor"],
            "total": sum(i["amount"] for i in charges),
            "charges": [_charge(i) for i in charges],
            "future_charges": future,
        },
        "purchases": [i["name"] for i in items],
        "purchase_map": purchase_map,
        "purchase_map_flat": ",".join(purchase_map),
        "subscription_ids": {
            f"{i['type']}-{i['id']}": i["subscription_id"] for i in items if "subscription_id" in i
        },
        "order_timestamp": order["timestamp"],
        "fulfillment": {"type": "url", "url": ""},
        "timestamp": int(now.timestamp()),
    }
    if subscription is not None:
        notice["subscription"] = {"type": subscription["item_type"], "id": subscription["id"],
                                  "product_id": subscription["item_id"]}  # fmt: skip
    if refund is not None:
        notice["refund"] = {"amount": refund["amount"], "name": refund["name"],
                            "product_id": refund["id"], "type": refund["type"]}  # fmt: skip
    return notice


def api_events(event: str, items: Iterable[Doc]) -> list[str]:
    """The event subscriptions' names for ``event``: one per item type where it has one."""
    name = API_EVENTS[event]
    if "{type}" not in name:
        return [name]
    return list(dict.fromkeys(name.format(type=item["type"]) for item in items))


def emit(store: Store, now: datetime.datetime, event: str, order: Doc, **parts: Any) -> Doc:
    """Record ``event`` of ``order`` and queue its deliveries; the notice is returned."""
    notice = order_notice(order, event, now, **parts)
    about = parts.get("charges") or [parts.get("refund") or {}]
    if parts.get("subscription"):
        about = [{"type": parts["subscription"]["item_type"]}]
    (number,) = store.next_ids(EVENT)
    doc = {"id": number, "event": event, "mode": order["mode"], "notice": notice,
           "api_events": api_events(event, about),
           "account": event not in SUBSCRIPTION_ONLY}  # fmt: skip
    queue(doc)
    return notice
