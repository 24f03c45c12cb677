from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateProduct")


@_attrs_define
class AffiliateProduct:
    """
    Attributes:
        product_id (str):
        status (str):
        product_name (str | Unset):
        status_string (str | Unset):
        affiliate_link (str | Unset):
    """

    product_id: str
    status: str
    product_name: str | Unset = UNSET
    status_string: str | Unset = UNSET
    affiliate_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        status = self.status

        product_name = self.product_name

        status_string = self.status_string

        affiliate_link = self.affiliate_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "status": status,
            }
        )
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if status_string is not UNSET:
            field_dict["status_string"] = status_string
        if affiliate_link is not UNSET:
            field_dict["affiliate_link"] = affiliate_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        status = d.pop("status")

        product_name = d.pop("product_name", UNSET)

        status_string = d.pop("status_string", UNSET)

        affiliate_link = d.pop("affiliate_link", UNSET)

        affiliate_product = cls(
            product_id=product_id,
            status=status,
            product_name=product_name,
            status_string=status_string,
            affiliate_link=affiliate_link,
        )

        affiliate_product.additional_properties = d
        return affiliate_product

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
