"""SamCart's Notify URL posts as :class:`~aiothinkific.engine.model.CartEvent` values.

The JSON names its event in ``type`` (``Order``, ``Refund``...), the bought things in
``product`` (a multi-product order joins ids and prices with commas: ``"12,13"``,
``"49.00,9.00"``), the buyer in ``customer`` and the order in ``order`` (decimal amounts,
``custom_fields`` as ``[{name, slug, value}]``). SamCart sends no event id, so the key is
derived (:func:`parse_notify`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from decimal import Decimal
from typing import Any

from aiothinkific.engine.model import (
    CartEvent,
    Customer,
    EventParseError,
    Item,
    ItemKind,
    Source,
    Trigger,
)
from aiothinkific.engine.sources._values import child, custom_fields, flag, from_epoch, text

#: SamCart's ``type`` -> trigger; any other type is recorded with no trigger.
TRIGGERS: dict[str, Trigger | None] = {
    "Order": Trigger.PRODUCT_PURCHASED,
    "Refund": Trigger.PRODUCT_REFUNDED,
    "PartialRefund": Trigger.PRODUCT_PARTIALLY_REFUNDED,
    "Cancel": Trigger.SUBSCRIPTION_CANCELED,
    "RecurringPaymentSucceeded": Trigger.SUBSCRIPTION_CHARGED,
    "RecurringPaymentFailed": Trigger.SUBSCRIPTION_CHARGE_FAILED,
    "SubscriptionDelinquent": Trigger.SUBSCRIPTION_DELINQUENT,
    "RecurringPaymentRecovered": Trigger.SUBSCRIPTION_RECOVERED,
    "SubscriptionRestarted": Trigger.SUBSCRIPTION_RESTARTED,
    "SubscriptionCompleted": Trigger.SUBSCRIPTION_COMPLETED,
}
_AMOUNT = re.compile(r"-?[0-9]{1,13}(\.[0-9]{0,2})?")
_EPOCH = re.compile(r"[0-9]{1,12}")
_NOTES = {
    "SubscriptionDelinquent": "failed retries exhausted: the subscription is overdue",
    "RecurringPaymentRecovered": "a failed payment later paid",
    "SubscriptionCompleted": "the last payment of a payment plan",
}


def trigger_table() -> list[tuple[str, str, str]]:
    """(SamCart type, trigger or ``-``, note) rows: the documented mapping."""
    rows = [(name, t.value if t else "-", _NOTES.get(name, "")) for name, t in TRIGGERS.items()]
    rows.append(("(any other type)", "-", "recorded only"))
    return rows


def parse_notify(fields: dict[str, Any]) -> CartEvent:
    """A Notify URL post as a :class:`CartEvent` (unknown ``type``: trigger ``None``).

    Key: ``type:order_id:product_ids:occurred_at`` (epoch seconds) when the event carries its
    own time; otherwise (only the order's ``created_at``, shared by every event of the order,
    such as two partial refunds) the sha256 of the canonical JSON of ``fields`` is added, or
    is the key without an order id: a redelivered body still shares its key.
    """
    kind = text(fields, "type")
    if kind is None:
        raise EventParseError("type is missing")
    order = child(fields, "order")
    product = child(fields, "product")
    occurred_at = _occurred_at(fields, order)
    order_id = text(order, "id", "order.id")
    subscription_id = text(order, "subscription_id", "order.subscription_id")
    items = _items(product, subscription_id)
    digest = "sha256:" + hashlib.sha256(_canonical(fields)).hexdigest()
    if order_id is not None:
        ids = ",".join(item.product_id for item in items)
        key = f"{kind}:{order_id}:{ids}:{int(occurred_at.timestamp())}"
        if not any(text(fields, name) for name in ("timestamp", "created_at")):
            key += ":" + digest
    else:
        key = digest
    currency = text(order, "currency", "order.currency") or text(fields, "currency")
    return CartEvent(
        source=Source.SAMCART,
        key=key,
        cart_event=kind,
        trigger=TRIGGERS.get(kind),
        customer=_customer(fields, order),
        occurred_at=occurred_at,
        items=items,
        order_id=order_id,
        subscription_id=subscription_id,
        amount_cents=_cents(text(order, "total", "order.total"), "order.total"),
        currency=currency,
        test=flag(fields, "test_mode") or flag(order, "test_mode"),
    )


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str).encode()


def _customer(fields: dict[str, Any], order: dict[str, Any]) -> Customer:
    """The buyer; custom fields are the order's, by ``slug`` (else ``name``)."""
    customer = child(fields, "customer")
    email = text(customer, "email", "customer.email")
    if email is None:
        raise EventParseError("customer.email is missing")
    if "@" not in email:
        raise EventParseError("customer.email is not an email address")
    return Customer(
        email=email,
        first_name=text(customer, "first_name", "customer.first_name") or "",
        last_name=text(customer, "last_name", "customer.last_name") or "",
        custom_fields=custom_fields(order.get("custom_fields")),
    )


def _items(product: dict[str, Any], subscription_id: str | None) -> tuple[Item, ...]:
    """One item per comma-separated id; names split alike when they count the same (a single
    product keeps its whole name, commas and all), prices likewise. The order's subscription
    is given to the item only when there is one item (SamCart does not say whose it is)."""
    ids = [part.strip() for part in (text(product, "id", "product.id") or "").split(",")]
    ids = [part for part in ids if part]
    if not ids:
        return ()
    name = text(product, "name", "product.name") or ""
    names = [name] if len(ids) == 1 else [part.strip() for part in name.split(",")]
    prices = (text(product, "price", "product.price") or "").split(",")
    return tuple(
        Item(
            kind=ItemKind.PRODUCT,
            product_id=product_id,
            name=names[number] if len(names) == len(ids) else "",
            amount_cents=_cents(prices[number], "product.price") if len(prices) == len(ids)
            else None,
            subscription_id=subscription_id if len(ids) == 1 else None,
        )
        for number, product_id in enumerate(ids)
    )  # fmt: skip


def _cents(value: str | None, label: str) -> int | None:
    """``"49.00"`` (or ``"$49"``) -> 4900; anything else, even more decimals, is an error."""
    if value is None or not value.strip():
        return None
    found = value.strip().replace("$", "")
    if not _AMOUNT.fullmatch(found):
        raise EventParseError(f"{label} is not an amount: {value[:40]!r}")
    return int(Decimal(found) * 100)


def _occurred_at(fields: dict[str, Any], order: dict[str, Any]) -> datetime.datetime:
    """The event's own time (top-level ``timestamp`` or ``created_at``), else the order's
    ``created_at``: ISO-8601, ``YYYY-MM-DD HH:MM:SS`` (UTC when no offset), or epoch
    seconds."""
    for source, name, label in (
        (fields, "timestamp", "timestamp"),
        (fields, "created_at", "created_at"),
        (order, "created_at", "order.created_at"),
    ):
        value = text(source, name, label)
        if value is not None:
            return _time(value, label)
    raise EventParseError("order.created_at is missing")


def _time(value: str, label: str) -> datetime.datetime:
    if _EPOCH.fullmatch(value):
        return from_epoch(int(value), label)
    if "-" not in value:  # not a date: ``fromisoformat`` would read digits as one
        raise EventParseError(f"{label} is not a date-time: {value[:40]!r}")
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            return moment.replace(tzinfo=datetime.UTC)
        return moment.astimezone(datetime.UTC)
    except (ValueError, OverflowError):
        raise EventParseError(f"{label} is not a date-time: {value[:40]!r}") from None
