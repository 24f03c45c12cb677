from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_event import SubscriptionEvent


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        status (str):
        order_id (str):
        subscription_id (str):
        currency (str):
        item_type (str):
        item_id (str):
        invoice_id (str | Unset):
        subscription_reference (str | Unset):
        frequency (str | Unset):
        amount (str | Unset): In cents, sent as a string.
        payments (str | Unset):
        payments_remaining (str | Unset):
        total_paid (str | Unset):
        last_payment (str | Unset):
        date_started (str | Unset):
        processor (str | Unset):
        item_name (str | Unset):
        next_payment (str | Unset):
        events (list[SubscriptionEvent] | Unset):
    """

    status: str
    order_id: str
    subscription_id: str
    currency: str
    item_type: str
    item_id: str
    invoice_id: str | Unset = UNSET
    subscription_reference: str | Unset = UNSET
    frequency: str | Unset = UNSET
    amount: str | Unset = UNSET
    payments: str | Unset = UNSET
    payments_remaining: str | Unset = UNSET
    total_paid: str | Unset = UNSET
    last_payment: str | Unset = UNSET
    date_started: str | Unset = UNSET
    processor: str | Unset = UNSET
    item_name: str | Unset = UNSET
    next_payment: str | Unset = UNSET
    events: list[SubscriptionEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        order_id = self.order_id

        subscription_id = self.subscription_id

        currency = self.currency

        item_type = self.item_type

        item_id = self.item_id

        invoice_id = self.invoice_id

        subscription_reference = self.subscription_reference

        frequency = self.frequency

        amount = self.amount

        payments = self.payments

        payments_remaining = self.payments_remaining

        total_paid = self.total_paid

        last_payment = self.last_payment

        date_started = self.date_started

        processor = self.processor

        item_name = self.item_name

        next_payment = self.next_payment

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "order_id": order_id,
                "subscription_id": subscription_id,
                "currency": currency,
                "item_type": item_type,
                "item_id": item_id,
            }
        )
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if subscription_reference is not UNSET:
            field_dict["subscription_reference"] = subscription_reference
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if payments is not UNSET:
            field_dict["payments"] = payments
        if payments_remaining is not UNSET:
            field_dict["payments_remaining"] = payments_remaining
        if total_paid is not UNSET:
            field_dict["total_paid"] = total_paid
        if last_payment is not UNSET:
            field_dict["last_payment"] = last_payment
        if date_started is not UNSET:
            field_dict["date_started"] = date_started
        if processor is not UNSET:
            field_dict["processor"] = processor
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if next_payment is not UNSET:
            field_dict["next_payment"] = next_payment
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscription_event import SubscriptionEvent

        d = dict(src_dict)
        status = d.pop("status")

        order_id = d.pop("order_id")

        subscription_id = d.pop("subscription_id")

        currency = d.pop("currency")

        item_type = d.pop("item_type")

        item_id = d.pop("item_id")

        invoice_id = d.pop("invoice_id", UNSET)

        subscription_reference = d.pop("subscription_reference", UNSET)

        frequency = d.pop("frequency", UNSET)

        amount = d.pop("amount", UNSET)

        payments = d.pop("payments", UNSET)

        payments_remaining = d.pop("payments_remaining", UNSET)

        total_paid = d.pop("total_paid", UNSET)

        last_payment = d.pop("last_payment", UNSET)

        date_started = d.pop("date_started", UNSET)

        processor = d.pop("processor", UNSET)

        item_name = d.pop("item_name", UNSET)

        next_payment = d.pop("next_payment", UNSET)

        _events = d.pop("events", UNSET)
        events: list[SubscriptionEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = SubscriptionEvent.from_dict(events_item_data)

                events.append(events_item)

        subscription = cls(
            status=status,
            order_id=order_id,
            subscription_id=subscription_id,
            currency=currency,
            item_type=item_type,
            item_id=item_id,
            invoice_id=invoice_id,
            subscription_reference=subscription_reference,
            frequency=frequency,
            amount=amount,
            payments=payments,
            payments_remaining=payments_remaining,
            total_paid=total_paid,
            last_payment=last_payment,
            date_started=date_started,
            processor=processor,
            item_name=item_name,
            next_payment=next_payment,
            events=events,
        )

        subscription.additional_properties = d
        return subscription

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
