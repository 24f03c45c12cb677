"""ThriveCart's notices as :class:`~aiothinkific.engine.model.CartEvent` values.

Two routes, one notice shape: the account's webhooks (``order.success``...; a PHP form, or JSON
whose every scalar is a string; no delivery id) and the API's event subscriptions
(``order_payment_bump``...; typed JSON with a ``webhook_id``). Checking
``thrivecart_secret`` is the receiver's job, not this module's.

Items: a purchase fans out one :class:`Item` per ``purchase_map`` entry (``product-12``,
``bump-12``, ``upsell-2``), named from ``purchases`` (same positions) and priced from the
``order.charges`` entry whose ``reference`` is that ref (``product-373-254`` for a
subscription's), or else whose type and name match; a refund's item is ``refund``'s, a
subscription event's the ``subscription``'s. An event subscription named for one item type
(``order_payment_bump``) keeps that type's items only.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
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
from aiothinkific.engine.sources._values import (
    child,
    custom_fields,
    from_epoch,
    integer,
    items_of,
    text,
)

_KINDS = tuple(kind.value for kind in ItemKind)

#: Every ThriveCart event name, in both vocabularies, -> its trigger, or ``None``: recorded
#: and nothing done. A refund maps to PRODUCT_REFUNDED here and is made
#: PRODUCT_PARTIALLY_REFUNDED when the refunded amount is known to be below the item's
#: (:func:`_refund_trigger`). Names not listed (and any ``affiliate`` event) are ``None`` too.
TRIGGERS: dict[str, Trigger | None] = {
    # Account webhooks
    "order.success": Trigger.PRODUCT_PURCHASED,
    "order.subscription_payment": Trigger.SUBSCRIPTION_CHARGED,
    "order.rebill_failed": Trigger.SUBSCRIPTION_CHARGE_FAILED,
    "order.subscription_cancelled": Trigger.SUBSCRIPTION_CANCELED,
    "order.subscription_completed": Trigger.SUBSCRIPTION_COMPLETED,
    "order.refund": Trigger.PRODUCT_REFUNDED,
    "order.subscription_paused": None,
    "order.subscription_resumed": Trigger.SUBSCRIPTION_RESTARTED,
    "cart.abandoned": None,
    "affiliate.commission_earned": None,
    "affiliate.commission_payout": None,
    "affiliate.commission_refund": None,
    # API event subscriptions
    **{f"order_payment_{kind}": Trigger.PRODUCT_PURCHASED for kind in _KINDS},
    "order_refund": Trigger.PRODUCT_REFUNDED,
    **{f"order_refund_{kind}": Trigger.PRODUCT_REFUNDED for kind in _KINDS},
    "order_rebill": Trigger.SUBSCRIPTION_CHARGED,
    "order_rebill_failed": Trigger.SUBSCRIPTION_CHARGE_FAILED,
    "order_rebill_cancelled": Trigger.SUBSCRIPTION_CANCELED,
    "order_rebill_completed": Trigger.SUBSCRIPTION_COMPLETED,
    "subscription_paused": None,
    "subscription_resumed": Trigger.SUBSCRIPTION_RESTARTED,
    "cart_abandoned": None,
    **{f"order_payment_declined_{kind}": None for kind in _KINDS},
    "affiliate_commission_earned": None,
    "affiliate_commission_payout": None,
    "affiliate_commission_refund": None,
}

_NOTES = {
    "order.refund": "partially refunded when refund.amount < the item's charge",
    "order_refund": "partially refunded when refund.amount < the item's charge",
    "order.subscription_paused": "recorded only: access stays until cancelled",
    "subscription_paused": "recorded only: access stays until cancelled",
    "cart.abandoned": "recorded only: nothing was bought",
    "cart_abandoned": "recorded only: nothing was bought",
    "order.subscription_completed": "a split pay's last payment (the mock: subscriptions only)",
}
#: Triggers ThriveCart has no notice for.
_UNSENT = {
    Trigger.PRODUCT_PARTIALLY_REFUNDED: "from a refund notice whose amount is partial",
    Trigger.SUBSCRIPTION_DELINQUENT: "ThriveCart sends no delinquent notice",
    Trigger.SUBSCRIPTION_RECOVERED: "ThriveCart sends no recovered notice",
}


def trigger_table() -> list[tuple[str, str, str]]:
    """(ThriveCart event, trigger or ``-``, note) rows: the documented mapping."""
    rows = []
    for event, trigger in TRIGGERS.items():
        base = event.rsplit("_", 1)[0] if event.startswith("order_refund_") else event
        note = _NOTES.get(base, "")
        if event.startswith("order_payment_declined_"):
            note = "recorded only: the payment failed"
        elif event.startswith("affiliate"):
            note = "recorded only: affiliate bookkeeping"
        rows.append((event, trigger.value if trigger else "-", note))
    rows += [("-", trigger.value, note) for trigger, note in _UNSENT.items()]
    return rows


def is_ping(fields: dict[str, Any]) -> bool:
    """Whether ``fields`` is the ping ThriveCart posts when a webhook URL is added
    (``ping=1``, no secret): it has no ``event``, and must be answered 2xx and not parsed."""
    return "event" not in fields


def parse_webhook(fields: dict[str, Any]) -> CartEvent:
    """An account webhook (form fields or its all-strings JSON) as a :class:`CartEvent`.

    Its key is ``order_id:event:invoice_id:timestamp`` and the refunded or subscription
    item's ref, since ThriveCart gives no delivery id (``email`` stands in for a missing
    order id).
    """
    event = _event(fields)
    base = _parse(fields, event, Source.THRIVECART, key="")
    order = base.order_id or base.customer.email
    invoice = text(fields, "invoice_id") or ""
    key = f"{order}:{event}:{invoice}:{int(base.occurred_at.timestamp())}"
    if child(fields, "refund") or child(fields, "subscription"):
        key += ":" + ",".join(item.ref for item in base.items)
    return replace(base, key=key)


def parse_subscription_event(fields: dict[str, Any]) -> CartEvent:
    """An event subscription's delivery (``order_payment_bump``...) as a :class:`CartEvent`,
    keyed by its ``webhook_id`` (the same on every retry)."""
    event = _event(fields)
    webhook_id = text(fields, "webhook_id")
    if webhook_id is None:
        raise EventParseError("webhook_id is missing")
    return _parse(fields, event, Source.THRIVECART_EVENTS, key=webhook_id)


def _event(fields: dict[str, Any]) -> str:
    event = text(fields, "event")
    if event is None:
        raise EventParseError("event is missing")
    return event


def _parse(fields: dict[str, Any], event: str, source: Source, key: str) -> CartEvent:
    order = child(fields, "order")
    refund = child(fields, "refund")
    subscription = child(fields, "subscription")
    charges = _charges(order)
    if refund:
        items = [_refund_item(fields, refund)]
    elif subscription:
        items = [_subscription_item(fields, subscription, charges)]
    else:
        items = _purchased(fields, charges)
    trigger = TRIGGERS.get(event)
    amount = integer(order, "total", "order.total")
    if refund:  # the money this notice moved is the refund's, not the order's
        amount = items[0].amount_cents
        if trigger is Trigger.PRODUCT_REFUNDED:
            trigger = _refund_trigger(items[0], charges + _charges(order, "future_charges"))
    wanted = _item_kind(event) if source is Source.THRIVECART_EVENTS else None
    if wanted is not None:
        items = [item for item in items if item.kind is wanted]
    sub_id = text(subscription, "id", "subscription.id") or next(
        (item.subscription_id for item in items if item.subscription_id), None
    )
    mode_int = integer(fields, "mode_int")
    return CartEvent(
        source=source,
        key=key,
        cart_event=event,
        trigger=trigger,
        customer=_customer(fields),
        occurred_at=_occurred_at(fields),
        items=tuple(items),
        order_id=text(fields, "order_id"),
        subscription_id=sub_id,
        amount_cents=amount,
        currency=text(fields, "currency"),
        test=text(fields, "mode") == "test" or mode_int == 1,
    )


def _item_kind(event: str) -> ItemKind | None:
    """The item type an event subscription's name is about (``order_refund_bump``)."""
    for prefix in ("order_payment_declined_", "order_payment_", "order_refund_"):
        if event.startswith(prefix) and event[len(prefix) :] in _KINDS:
            return ItemKind(event[len(prefix) :])
    return None


def _kind(value: str | None, label: str) -> ItemKind:
    if value not in _KINDS:
        raise EventParseError(f"{label} is not an item type: {str(value)[:40]!r}")
    return ItemKind(value)


def _occurred_at(fields: dict[str, Any]) -> datetime.datetime:
    seconds = integer(fields, "timestamp")
    label = "timestamp"
    if seconds is None:
        seconds, label = integer(fields, "order_timestamp"), "order_timestamp"
    if seconds is None:
        raise EventParseError("timestamp is missing (and order_timestamp)")
    return from_epoch(seconds, label)


def _customer(fields: dict[str, Any]) -> Customer:
    """The buyer; custom fields come from ``customer[custom_fields]`` (or a top-level
    ``custom_fields``), by ThriveCart's name for each."""
    customer = child(fields, "customer")
    email = text(customer, "email", "customer.email")
    if email is None:
        raise EventParseError("customer.email is missing")
    if "@" not in email:
        raise EventParseError("customer.email is not an email address")
    first = text(customer, "first_name", "customer.first_name") or text(
        customer, "firstname", "customer.firstname"
    )
    last = text(customer, "last_name", "customer.last_name") or text(
        customer, "lastname", "customer.lastname"
    )
    if first is None and last is None:
        first, _, last = (text(customer, "name", "customer.name") or "").partition(" ")
    extra = customer.get("custom_fields") or fields.get("custom_fields")
    return Customer(
        email=email,
        first_name=first or "",
        last_name=(last or "").strip(),
        custom_fields=custom_fields(extra),
    )


def _charges(order: dict[str, Any], name: str = "charges") -> list[dict[str, Any]]:
    found = items_of(order, name)
    if not all(isinstance(charge, dict) for charge in found):
        raise EventParseError(f"order.{name} holds something that is not a charge")
    return found


def _charge_for(
    charges: list[dict[str, Any]], kind: ItemKind, product_id: str, name: str
) -> int | None:
    """The amount of the charge of that item: by its reference (``bump-4``,
    ``product-373-254``), by type and id, else by type and name."""
    ref = f"{kind.value}-{product_id}"
    for number, charge in enumerate(charges):
        reference = text(charge, "reference") or ""
        charge_type = text(charge, "item_type") or text(charge, "type")
        by_ref = reference == ref or reference.startswith(ref + "-")
        by_id = charge_type == kind.value and text(charge, "item_id") == product_id
        by_name = bool(name) and charge_type == kind.value and text(charge, "name") == name
        if by_ref or by_id or by_name:
            return integer(charge, "amount", f"order.charges[{number}].amount")
    return None


def _purchased(fields: dict[str, Any], charges: list[dict[str, Any]]) -> list[Item]:
    refs = items_of(fields, "purchase_map")
    if not refs:
        flat = text(fields, "purchase_map_flat") or ""
        refs = [ref for ref in flat.split(",") if ref]
    names = items_of(fields, "purchases")
    subscriptions = child(fields, "subscription_ids")
    items = []
    for number, raw in enumerate(refs):
        ref = str(raw).strip() if isinstance(raw, str | int) else ""
        kind_text, _, product_id = ref.partition("-")
        kind = _kind(kind_text, f"purchase_map[{number}]")
        if not product_id:
            raise EventParseError(f"purchase_map[{number}] has no id: {ref[:40]!r}")
        name = names[number] if number < len(names) and isinstance(names[number], str) else ""
        items.append(
            Item(
                kind=kind,
                product_id=product_id,
                name=name,
                amount_cents=_charge_for(charges, kind, product_id, name),
                subscription_id=text(subscriptions, ref, f"subscription_ids[{ref}]"),
            )
        )
    return items


def _name_of(fields: dict[str, Any], ref: str) -> str:
    """The ``purchases`` name at the position of ``ref`` in ``purchase_map``."""
    refs = items_of(fields, "purchase_map")
    names = items_of(fields, "purchases")
    if ref in refs and refs.index(ref) < len(names):
        name = names[refs.index(ref)]
        return name if isinstance(name, str) else ""
    return ""


def _refund_item(fields: dict[str, Any], refund: dict[str, Any]) -> Item:
    kind = _kind(text(refund, "type"), "refund.type")
    product_id = text(refund, "product_id", "refund.product_id")
    if product_id is None:
        raise EventParseError("refund.product_id is missing")
    ref = f"{kind.value}-{product_id}"
    return Item(
        kind=kind,
        product_id=product_id,
        name=text(refund, "name", "refund.name") or _name_of(fields, ref),
        amount_cents=integer(refund, "amount", "refund.amount"),
        subscription_id=text(child(fields, "subscription_ids"), ref),
    )


def _subscription_item(
    fields: dict[str, Any], subscription: dict[str, Any], charges: list[dict[str, Any]]
) -> Item:
    kind = _kind(text(subscription, "type"), "subscription.type")
    product_id = text(subscription, "product_id", "subscription.product_id")
    if product_id is None:
        raise EventParseError("subscription.product_id is missing")
    name = _name_of(fields, f"{kind.value}-{product_id}")
    return Item(
        kind=kind,
        product_id=product_id,
        name=name,
        amount_cents=_charge_for(charges, kind, product_id, name),
        subscription_id=text(subscription, "id", "subscription.id"),
    )


def _refund_trigger(item: Item, charges: list[dict[str, Any]]) -> Trigger:
    """Partial when the refunded amount is known and below the item's charge (from
    ``order.charges`` or ``order.future_charges``); a full refund otherwise, including when
    the item's price is not in the notice (ThriveCart's refund notices carry no charges)."""
    paid = _charge_for(charges, item.kind, item.product_id, item.name)
    if item.amount_cents is not None and paid is not None and item.amount_cents < paid:
        return Trigger.PRODUCT_PARTIALLY_REFUNDED
    return Trigger.PRODUCT_REFUNDED
