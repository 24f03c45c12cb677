from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PausedSubscription")


@_attrs_define
class PausedSubscription:
    """
    Attributes:
        success (bool):
        message (str):
        customer_id (str | Unset):
        frequency (str | Unset):
        plan_id (str | Unset):
    """

    success: bool
    message: str
    customer_id: str | Unset = UNSET
    frequency: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        customer_id = self.customer_id

        frequency = self.frequency

        plan_id = self.plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        customer_id = d.pop("customer_id", UNSET)

        frequency = d.pop("frequency", UNSET)

        plan_id = d.pop("plan_id", UNSET)

        paused_subscription = cls(
            success=success,
            message=message,
            customer_id=customer_id,
            frequency=frequency,
            plan_id=plan_id,
        )

        paused_subscription.additional_properties = d
        return paused_subscription

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
