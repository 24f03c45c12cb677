from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        product_id (int | Unset): Product ID Example: 1.
        product_name (str | Unset): Product name Example: My Course.
        amount_dollars (float | Unset): Product price in dollars Example: 20.
        amount_cents (int | Unset): Product price in cents Example: 2000.
    """

    product_id: int | Unset = UNSET
    product_name: str | Unset = UNSET
    amount_dollars: float | Unset = UNSET
    amount_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        product_name = self.product_name

        amount_dollars = self.amount_dollars

        amount_cents = self.amount_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if amount_dollars is not UNSET:
            field_dict["amount_dollars"] = amount_dollars
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("product_id", UNSET)

        product_name = d.pop("product_name", UNSET)

        amount_dollars = d.pop("amount_dollars", UNSET)

        amount_cents = d.pop("amount_cents", UNSET)

        item = cls(
            product_id=product_id,
            product_name=product_name,
            amount_dollars=amount_dollars,
            amount_cents=amount_cents,
        )

        item.additional_properties = d
        return item

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
