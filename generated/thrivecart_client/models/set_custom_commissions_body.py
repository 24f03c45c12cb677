from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetCustomCommissionsBody")


@_attrs_define
class SetCustomCommissionsBody:
    """
    Attributes:
        product_id (str): Product ID to apply custom commissions for
        commission_object (str): A JSON-encoded object of the custom commission settings (SDK json_encodes it).
    """

    product_id: str
    commission_object: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        commission_object = self.commission_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "commission_object": commission_object,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        commission_object = d.pop("commission_object")

        set_custom_commissions_body = cls(
            product_id=product_id,
            commission_object=commission_object,
        )

        set_custom_commissions_body.additional_properties = d
        return set_custom_commissions_body

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
