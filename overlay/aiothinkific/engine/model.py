"""The engine's vocabulary: one canonical cart event, whatever cart sent it, and the rules'
triggers and actions (seed: SamCart's Integration Engine for Thinkific).

Every source parser (:mod:`aiothinkific.engine.sources`) produces a :class:`CartEvent`; the rules
(:mod:`aiothinkific.engine.rules`) turn one into :class:`PlannedAction` values; the worker carries
those out in Thinkific. Nothing here does I/O.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Trigger(StrEnum):
    """The ten triggers of the seed, by their names in a rules file."""

    PRODUCT_PURCHASED = "product_purchased"
    PRODUCT_REFUNDED = "product_refunded"
    PRODUCT_PARTIALLY_REFUNDED = "product_partially_refunded"
    SUBSCRIPTION_CANCELED = "subscription_canceled"
    SUBSCRIPTION_CHARGED = "subscription_charged"
    SUBSCRIPTION_CHARGE_FAILED = "subscription_charge_failed"
    SUBSCRIPTION_DELINQUENT = "subscription_delinquent"
    SUBSCRIPTION_RECOVERED = "subscription_recovered"
    SUBSCRIPTION_RESTARTED = "subscription_restarted"
    SUBSCRIPTION_COMPLETED = "subscription_completed"


class ActionKind(StrEnum):
    """The four Thinkific actions of the seed, and the two a rule adds with ``report_sale``:
    the sale (or its refund) recorded as an external order of the target's product."""

    CREATE_COURSE_ENROLLMENT = "create_course_enrollment"
    EXPIRE_COURSE_ENROLLMENT = "expire_course_enrollment"
    CREATE_BUNDLE_ENROLLMENT = "create_bundle_enrollment"
    EXPIRE_BUNDLE_ENROLLMENT = "expire_bundle_enrollment"
    RECORD_SALE = "record_sale"
    RECORD_REFUND = "record_refund"

    @property
    def target(self) -> str:
        """``"course"``, ``"bundle"`` or, for the external order actions, ``"product"``."""
        if self.value.startswith("record"):
            return "product"
        return "bundle" if "bundle" in self.value else "course"

    @property
    def enrolls(self) -> bool:
        """Whether the action is about access (an enrollment), not bookkeeping."""
        return not self.value.startswith("record")

    @property
    def grants(self) -> bool:
        """Whether the action gives access (create) rather than taking it away (expire)."""
        return self.value.startswith("create")


class Source(StrEnum):
    """Where an event came from (one receiver route each)."""

    THRIVECART = "thrivecart"  # account webhooks ("Webhooks & notifications")
    THRIVECART_EVENTS = "thrivecart_events"  # API event subscriptions (POST /subscribe)
    SAMCART = "samcart"  # Notify URL
    RECONCILE = "reconcile"  # a fix ``engine reconcile --apply`` queued (no cart sent it)


class ItemKind(StrEnum):
    """How an item was bought."""

    PRODUCT = "product"
    BUMP = "bump"
    UPSELL = "upsell"
    DOWNSELL = "downsell"


@dataclass(frozen=True)
class Item:
    """One purchased (or refunded, or renewed) thing of an event.

    ``product_id`` is the cart's id as text. For ThriveCart a bump's id is its product's id;
    upsells and downsells have their own ids (``upsell-2``), so an item is named by
    ``kind`` and ``product_id`` together (:attr:`ref`).
    """

    kind: ItemKind
    product_id: str
    name: str = ""
    amount_cents: int | None = None
    subscription_id: str | None = None

    @property
    def ref(self) -> str:
        """``"product-12"``, ``"bump-12"``, ``"upsell-2"``: the cart's own spelling."""
        return f"{self.kind.value}-{self.product_id}"


@dataclass(frozen=True)
class Customer:
    email: str
    first_name: str = ""
    last_name: str = ""
    #: The cart's custom fields, by the cart's name (or slug) for them.
    custom_fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CartEvent:
    """One event of a cart, in the engine's terms.

    ``key`` is the idempotency key within ``source``: two deliveries of one event share it.
    ``trigger`` is ``None`` for an event no trigger covers (an abandoned cart, a paused
    subscription): it is recorded and nothing is done. ``occurred_at`` is the cart's own
    timestamp (UTC): events of one customer are applied in that order.
    """

    source: Source
    key: str
    cart_event: str
    trigger: Trigger | None
    customer: Customer
    occurred_at: datetime.datetime
    items: tuple[Item, ...] = ()
    order_id: str | None = None
    subscription_id: str | None = None
    amount_cents: int | None = None
    currency: str | None = None
    test: bool = False


@dataclass(frozen=True)
class PlannedAction:
    """What one rule asks for one item of an event: ``kind`` on the course or bundle
    ``target_id``. ``item_index`` is the item's position in :attr:`CartEvent.items`."""

    rule: str
    kind: ActionKind
    target_id: int
    target_name: str
    item_index: int


class EventParseError(ValueError):
    """A verified delivery whose content is not an event the engine understands; the message
    names what is missing or wrong. The raw delivery is kept and shown as unparsed."""
