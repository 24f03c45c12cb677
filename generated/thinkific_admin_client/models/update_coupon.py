from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCoupon")


@_attrs_define
class UpdateCoupon:
    """
    Attributes:
        code (str): The Coupon code. Example: ABCD.
        note (str | Unset): A note associated with the Coupon. NOTE: this will be deprecated in future versions of the
            API. Example: Black Friday Coupon.
        quantity_used (int | Unset): The number of times the Coupon has been used. Example: 4.
        quantity (int | Unset): The number of times the Coupon can be used. If this value if not set, the Coupon can be
            used an unlimited number of times. Example: 10.
    """

    code: str
    note: str | Unset = UNSET
    quantity_used: int | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        note = self.note

        quantity_used = self.quantity_used

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if quantity_used is not UNSET:
            field_dict["quantity_used"] = quantity_used
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        note = d.pop("note", UNSET)

        quantity_used = d.pop("quantity_used", UNSET)

        quantity = d.pop("quantity", UNSET)

        update_coupon = cls(
            code=code,
            note=note,
            quantity_used=quantity_used,
            quantity=quantity,
        )

        update_coupon.additional_properties = d
        return update_coupon

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
