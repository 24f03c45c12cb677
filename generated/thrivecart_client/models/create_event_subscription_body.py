from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_event_subscription_body_trigger_fields import (
        CreateEventSubscriptionBodyTriggerFields,
    )


T = TypeVar("T", bound="CreateEventSubscriptionBody")


@_attrs_define
class CreateEventSubscriptionBody:
    """
    Attributes:
        event (str): An event name (order_payment_product, order_refund, order_rebill, ...) or "*" for all.
        target_url (str): Where the events go; for OAuth apps it must start with a URL registered in the app.
            Unsubscribing is by URL, so make it unique.
        trigger_fields (CreateEventSubscriptionBodyTriggerFields | Unset): Only events whose fields have these values,
            e.g. {"mode_int": 2}.
    """

    event: str
    target_url: str
    trigger_fields: CreateEventSubscriptionBodyTriggerFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        target_url = self.target_url

        trigger_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_fields, Unset):
            trigger_fields = self.trigger_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "target_url": target_url,
            }
        )
        if trigger_fields is not UNSET:
            field_dict["trigger_fields"] = trigger_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_event_subscription_body_trigger_fields import (
            CreateEventSubscriptionBodyTriggerFields,
        )

        d = dict(src_dict)
        event = d.pop("event")

        target_url = d.pop("target_url")

        _trigger_fields = d.pop("trigger_fields", UNSET)
        trigger_fields: CreateEventSubscriptionBodyTriggerFields | Unset
        if isinstance(_trigger_fields, Unset):
            trigger_fields = UNSET
        else:
            trigger_fields = CreateEventSubscriptionBodyTriggerFields.from_dict(
                _trigger_fields
            )

        create_event_subscription_body = cls(
            event=event,
            target_url=target_url,
            trigger_fields=trigger_fields,
        )

        create_event_subscription_body.additional_properties = d
        return create_event_subscription_body

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
