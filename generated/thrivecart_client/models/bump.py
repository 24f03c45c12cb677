from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bump")


@_attrs_define
class Bump:
    """
    Attributes:
        product_id (str):
        bump_id (str):
        name (str):
        product_name (str | Unset):
        slug (str | Unset):
        label (str | Unset):
        status (str | Unset):
        status_string (str | Unset):
        type_ (str | Unset):
        type_string (str | Unset):
        payment_currency (str | Unset):
        url (str | Unset):
        embed_type (str | Unset):
    """

    product_id: str
    bump_id: str
    name: str
    product_name: str | Unset = UNSET
    slug: str | Unset = UNSET
    label: str | Unset = UNSET
    status: str | Unset = UNSET
    status_string: str | Unset = UNSET
    type_: str | Unset = UNSET
    type_string: str | Unset = UNSET
    payment_currency: str | Unset = UNSET
    url: str | Unset = UNSET
    embed_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        bump_id = self.bump_id

        name = self.name

        product_name = self.product_name

        slug = self.slug

        label = self.label

        status = self.status

        status_string = self.status_string

        type_ = self.type_

        type_string = self.type_string

        payment_currency = self.payment_currency

        url = self.url

        embed_type = self.embed_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "bump_id": bump_id,
                "name": name,
            }
        )
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if label is not UNSET:
            field_dict["label"] = label
        if status is not UNSET:
            field_dict["status"] = status
        if status_string is not UNSET:
            field_dict["statusString"] = status_string
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_string is not UNSET:
            field_dict["typeString"] = type_string
        if payment_currency is not UNSET:
            field_dict["payment_currency"] = payment_currency
        if url is not UNSET:
            field_dict["url"] = url
        if embed_type is not UNSET:
            field_dict["embed_type"] = embed_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        bump_id = d.pop("bump_id")

        name = d.pop("name")

        product_name = d.pop("product_name", UNSET)

        slug = d.pop("slug", UNSET)

        label = d.pop("label", UNSET)

        status = d.pop("status", UNSET)

        status_string = d.pop("statusString", UNSET)

        type_ = d.pop("type", UNSET)

        type_string = d.pop("typeString", UNSET)

        payment_currency = d.pop("payment_currency", UNSET)

        url = d.pop("url", UNSET)

        embed_type = d.pop("embed_type", UNSET)

        bump = cls(
            product_id=product_id,
            bump_id=bump_id,
            name=name,
            product_name=product_name,
            slug=slug,
            label=label,
            status=status,
            status_string=status_string,
            type_=type_,
            type_string=type_string,
            payment_currency=payment_currency,
            url=url,
            embed_type=embed_type,
        )

        bump.additional_properties = d
        return bump

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
