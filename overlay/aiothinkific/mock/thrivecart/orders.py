"""What happens to a ThriveCart account's money: purchases (an order of a product with its bump,
upsell and downsell), rebills, failed rebills, refunds, cancellations, pauses and resumptions.

Each is a state change of the store (orders, subscriptions, the transaction log, customers) that
emits its order event (:mod:`~aiothinkific.mock.thrivecart.events`). The API's handlers, the
mock-only control routes and the seed all go through here, so they cannot disagree.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from aiothinkific.mock.store import Doc, Store, eq, eq_nocase
from aiothinkific.mock.thrivecart import events
from aiothinkific.mock.thrivecart.records import (
    CUSTOMER,
    ITEM_KINDS,
    ORDER,
    SUBSCRIPTION,
    TRANSACTION,
    error,
)
from aiothinkific.mock.validation import digits_value

INVOICE = "tc_invoice"
#: A subscription's period, for its next payment date.
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def stamp(moment: datetime.datetime) -> str:
    """ThriveCart's date-time: ``2020-10-01 05:18:42`` (UTC)."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")


def from_epoch(seconds: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC)


def epoch(moment: datetime.datetime) -> int:
    return int(moment.timestamp())


@dataclass
class Ids:
    """Ids to give the records of a purchase (the seed's fixed ones); fresh ones otherwise."""

    order_id: int | None = None
    invoice_id: int | None = None
    subscription_ids: list[int] = field(default_factory=list)
    customer_id: int | None = None


def fresh_id(store: Store, kind: str, given: int | None) -> int:
    """``given`` (the sequence moved past it, so later ids never collide), or the next id."""
    if given is None:
        (new,) = store.next_ids(kind)
        return new
    (last,) = store.next_ids(kind)  # one id spent to read where the sequence is
    if given > last:
        store.next_ids(kind, given - last)
    return given


def find_item(store: Store, item_type: str, item_id: int) -> Doc:
    doc = store.get(ITEM_KINDS[item_type], item_id)
    if doc is None:
        raise error(f"The requested {item_type} cannot be identified.", 404)
    return doc


def customer_for(store: Store, mode: str, email: str, name: str, given: int | None) -> Doc:
    """The customer with ``email`` in ``mode``, created the first time."""
    doc = store.first(CUSTOMER, [eq("mode", mode), eq_nocase("email", email)])
    if doc is not None:
        return doc
    first, _, last = name.partition(" ")
    doc = {"id": fresh_id(store, CUSTOMER, given), "mode": mode, "email": email, "name": name,
           "first_name": first, "last_name": last}  # fmt: skip
    store.put_many(CUSTOMER, [doc])
    return doc


def log(store: Store, order: Doc, item: Doc, kind: str, amount: int, now: datetime.datetime,
        reference: str | None = None) -> Doc:  # fmt: skip
    """Add one event to the transaction log (newest has the highest id)."""
    doc = {
        "mode": order["mode"],
        "timestamp": epoch(now),
        "transaction_type": kind,
        "base_product": str(order["base_product"]),
        "item_type": item["type"],
        "item_id": item["id"],
        "amount": amount,
        "order_id": str(order["id"]),
        "invoice_id": str(order["invoice_id"]),
        "currency": order["currency"],
        "processor": order["processor"],
        "customer": {"name": order["name"], "email": order["email"]},
        "email": order["email"].lower(),
        "reference": reference or item["reference"],
    }
    return store.insert(TRANSACTION, doc)


def purchase(
    store: Store,
    now: datetime.datetime,
    *,
    mode: str,
    email: str,
    name: str,
    product_id: int,
    bump_id: int | None = None,
    upsell_id: int | None = None,
    downsell_id: int | None = None,
    processor: str = "stripe",
    ids: Ids | None = None,
) -> Doc:
    """An order: the product (and its bump, upsell, downsell) paid with each one's first
    pricing option, a charge per item in the log, a subscription per item priced as one."""
    ids = ids or Ids()
    chosen = [("product", product_id), ("bump", bump_id), ("upsell", upsell_id),
              ("downsell", downsell_id)]  # fmt: skip
    catalogue = [(kind, find_item(store, kind, item_id)) for kind, item_id in chosen if item_id]
    customer = customer_for(store, mode, email, name, ids.customer_id)
    product = catalogue[0][1]
    order: Doc = {
        "id": fresh_id(store, ORDER, ids.order_id),
        "mode": mode,
        "invoice_id": fresh_id(store, INVOICE, ids.invoice_id),
        "customer_id": customer["id"],
        "email": customer["email"],
        "name": customer["name"],
        "first_name": customer["first_name"],
        "last_name": customer["last_name"],
        "currency": product["pricing"][0]["currency"],
        "processor": processor,
        "base_product": product["id"],
        "timestamp": epoch(now),
        "items": [],
    }
    subscriptions = []
    wanted_sub_ids = list(ids.subscription_ids)
    for kind, doc in catalogue:
        price = doc["pricing"][0]
        item = {
            "type": kind,
            "id": doc["id"],
            "name": doc["name"],
            "reference": f"{kind}-{doc['id']}",
            "amount": price["amount"],
            "pricing": price["type"],
            "frequency": price.get("frequency"),
            "status": "paid",
        }
        order["items"].append(item)
        if price["type"] != "single":
            sub_id = fresh_id(
                store, SUBSCRIPTION, wanted_sub_ids.pop(0) if wanted_sub_ids else None
            )
            item["reference"] = f"{kind}-{doc['id']}-{sub_id}"
            item["subscription_id"] = sub_id
            subscriptions.append(subscription_doc(order, item, price, sub_id, now))
    store.put_many(ORDER, [order])
    store.put_many(SUBSCRIPTION, subscriptions)
    for item in order["items"]:
        charge = log(store, order, item, "charge", item["amount"], now)
        for sub in subscriptions:
            if sub["id"] == item.get("subscription_id"):
                sub["events"].append(sub_event(charge, "charge"))
                store.replace(SUBSCRIPTION, sub)
    events.emit(store, now, "order.success", order, charges=order["items"])
    return order


def subscription_doc(order: Doc, item: Doc, price: Doc, sub_id: int, now: datetime.datetime) -> Doc:
    payments = price.get("payments") or 0  # a split pay's number of payments (0: until cancelled)
    frequency = price.get("frequency") or "month"
    return {
        "id": sub_id,
        "mode": order["mode"],
        "status": "active",
        "order_id": order["id"],
        "invoice_id": order["invoice_id"],
        "email": order["email"].lower(),
        "item_type": item["type"],
        "item_id": item["id"],
        "item_name": item["name"],
        "reference": item["reference"],
        "currency": order["currency"],
        "frequency": frequency,
        "amount": item["amount"],
        "payments": 1,
        "payments_total": payments,
        "total_paid": item["amount"],
        "last_payment": stamp(now),
        "date_started": stamp(now),
        "next_payment": stamp(now + datetime.timedelta(days=PERIOD_DAYS.get(frequency, 30))),
        "processor": order["processor"],
        "customer_ref": f"cus_{order['customer_id']:014d}",
        "plan_id": f"thrivecart-1-{item['reference']}-{item['amount']}-{frequency}-"
        f"{order['currency'].lower()}",
        "auto_resume": None,
        "events": [],
    }


def sub_event(transaction: Doc, kind: str) -> Doc:
    return {"event_id": str(transaction["id"]), "event_type": kind,
            "date": stamp(from_epoch(transaction["timestamp"])),
            "amount": transaction["amount"], "reference": transaction["reference"]}  # fmt: skip


def find_order(store: Store, mode: str, order_id: Any) -> Doc:
    """The order of ``mode`` with that id (a number or its digits), or the API's 400."""
    order = store.get(ORDER, digits_value(str(order_id)) or 0)
    if order is None or order["mode"] != mode:
        raise error("You must provide a valid order ID.")
    return order


def find_subscription(store: Store, mode: str, order_id: Any, subscription_id: Any) -> Doc:
    """The subscription of that order, or the API's 400s."""
    order = find_order(store, mode, order_id)
    sub = store.get(SUBSCRIPTION, digits_value(str(subscription_id)) or 0)
    if sub is None or sub["order_id"] != order["id"]:
        raise error("You do not have permission to access this subscription.")
    return sub


def order_and_item(store: Store, sub: Doc) -> tuple[Doc, Doc]:
    order = store.get(ORDER, sub["order_id"])
    assert order is not None
    item = next(i for i in order["items"] if i.get("subscription_id") == sub["id"])
    return order, item


def rebill(store: Store, now: datetime.datetime, sub: Doc) -> Doc:
    """A recurring payment; the last of a split pay completes the subscription."""
    if sub["status"] not in ("active",):
        raise error(f"This subscription is {sub['status']} and cannot be charged.")
    order, item = order_and_item(store, sub)
    transaction = log(store, order, item, "rebill", sub["amount"], now)
    sub["payments"] += 1
    sub["total_paid"] += sub["amount"]
    sub["last_payment"] = stamp(now)
    days = PERIOD_DAYS.get(sub["frequency"], 30)
    sub["next_payment"] = stamp(now + datetime.timedelta(days=days))
    sub["events"].append(sub_event(transaction, "rebill"))
    completed = bool(sub["payments_total"]) and sub["payments"] >= sub["payments_total"]
    if completed:
        sub["status"] = "completed"
    store.replace(SUBSCRIPTION, sub)
    events.emit(store, now, "order.subscription_payment", order, charges=[item], subscription=sub)
    if completed:
        events.emit(store, now, "order.subscription_completed", order, subscription=sub)
    return transaction


def rebill_failed(store: Store, now: datetime.datetime, sub: Doc) -> None:
    if sub["status"] != "active":
        raise error(f"This subscription is {sub['status']} and cannot be charged.")
    order, item = order_and_item(store, sub)
    events.emit(store, now, "order.rebill_failed", order, charges=[item], subscription=sub)


def cancel(store: Store, now: datetime.datetime, sub: Doc) -> Doc:
    if sub["status"] in ("cancelled", "completed"):
        raise error(f"This subscription has already been {sub['status']}.")
    order, item = order_and_item(store, sub)
    sub["status"] = "cancelled"
    sub["next_payment"] = None
    transaction = log(store, order, item, "cancel", 0, now)
    sub["events"].append(sub_event(transaction, "cancel"))
    store.replace(SUBSCRIPTION, sub)
    events.emit(store, now, "order.subscription_cancelled", order, subscription=sub)
    return transaction


def pause(store: Store, now: datetime.datetime, sub: Doc, auto_resume: int | None) -> None:
    if sub["status"] != "active":
        raise error(f"This subscription is {sub['status']} and cannot be paused.")
    if auto_resume is not None and auto_resume < epoch(now) + 24 * 3600:
        raise error("The auto-resume date must be at least 24 hours in the future.")
    _switch(store, now, sub, "paused", auto_resume)


def resume(store: Store, now: datetime.datetime, sub: Doc) -> None:
    if sub["status"] != "paused":
        raise error("This subscription is not paused and cannot be resumed.")
    _switch(store, now, sub, "active", None)


def _switch(
    store: Store, now: datetime.datetime, sub: Doc, status: str, auto_resume: int | None
) -> None:
    order, _ = order_and_item(store, sub)
    sub["status"] = status
    sub["auto_resume"] = auto_resume
    store.replace(SUBSCRIPTION, sub)
    event = "order.subscription_paused" if status == "paused" else "order.subscription_resumed"
    events.emit(store, now, event, order, subscription=sub)


def refund(
    store: Store, now: datetime.datetime, order: Doc, reference: str, reason: str | None = None
) -> Doc:
    """Refund the item of ``order`` named by ``reference`` (``product-299``, or a
    subscription's ``product-373-12132``): its full amount, once."""
    item = next((i for i in order["items"] if reference in (i["reference"],
                 f"{i['type']}-{i['id']}")), None)  # fmt: skip
    if item is None:
        raise error("The requested charge could not be identified.", 404)
    if item["status"] == "refunded":
        raise error("This charge has already been refunded.")
    item["status"] = "refunded"
    item["refund_reason"] = reason
    store.replace(ORDER, order)
    transaction = log(store, order, item, "refund", item["amount"], now)
    events.emit(store, now, "order.refund", order, refund=item)
    return transaction
