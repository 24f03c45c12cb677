from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectAffiliateBody")


@_attrs_define
class RejectAffiliateBody:
    """
    Attributes:
        product_ids (str): A JSON-encoded array of numeric product ids ("[12, 14]"), as form values are text (SDK).
        trigger_emails (bool | Unset): (Optional) Trigger email to affiliate and vendor? Defaults to true
    """

    product_ids: str
    trigger_emails: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_ids = self.product_ids

        trigger_emails = self.trigger_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_ids": product_ids,
            }
        )
        if trigger_emails is not UNSET:
            field_dict["trigger_emails"] = trigger_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_ids = d.pop("product_ids")

        trigger_emails = d.pop("trigger_emails", UNSET)

        reject_affiliate_body = cls(
            product_ids=product_ids,
            trigger_emails=trigger_emails,
        )

        reject_affiliate_body.additional_properties = d
        return reject_affiliate_body

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
