from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAffiliateBody")


@_attrs_define
class CreateAffiliateBody:
    """
    Attributes:
        email (str): Affiliate's email (used to sign in)
        name (str | Unset): (Optional) Affiliate's name
        affiliate_id (str | Unset): (Optional) Desired affiliate ID - may be updated by the system
        product_ids (str | Unset): A JSON-encoded array of numeric product ids ("[12, 14]"), as form values are text
            (SDK).
        auto_approve (bool | Unset): (Optional) Auto-approve the affiliate for these products?
        parent_affiliate (str | Unset): (Optional) Mark this affiliate as having been referred by another?
        first_name (str | Unset): (Optional) Affiliate's first name
        last_name (str | Unset): (Optional) Affiliate's last name
        company (str | Unset): (Optional) Affiliate's company/business name
        country (str | Unset): (Optional) 2-digit country code for affiliate's country
        city (str | Unset): (Optional) Affiliate's city
        state (str | Unset): (Optional) Affiliate's state/region
        zip_ (str | Unset): (Optional) Affiliate's ZIP/post code
        trigger_emails (bool | Unset): (Optional) Trigger email to affiliate and vendor? Defaults to true
        product_id (str | Unset): (Optional) The one product to register the affiliate for (SDK).
    """

    email: str
    name: str | Unset = UNSET
    affiliate_id: str | Unset = UNSET
    product_ids: str | Unset = UNSET
    auto_approve: bool | Unset = UNSET
    parent_affiliate: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    country: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    trigger_emails: bool | Unset = UNSET
    product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        affiliate_id = self.affiliate_id

        product_ids = self.product_ids

        auto_approve = self.auto_approve

        parent_affiliate = self.parent_affiliate

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        country = self.country

        city = self.city

        state = self.state

        zip_ = self.zip_

        trigger_emails = self.trigger_emails

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if affiliate_id is not UNSET:
            field_dict["affiliate_id"] = affiliate_id
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if auto_approve is not UNSET:
            field_dict["auto_approve"] = auto_approve
        if parent_affiliate is not UNSET:
            field_dict["parent_affiliate"] = parent_affiliate
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if company is not UNSET:
            field_dict["company"] = company
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if trigger_emails is not UNSET:
            field_dict["trigger_emails"] = trigger_emails
        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name", UNSET)

        affiliate_id = d.pop("affiliate_id", UNSET)

        product_ids = d.pop("product_ids", UNSET)

        auto_approve = d.pop("auto_approve", UNSET)

        parent_affiliate = d.pop("parent_affiliate", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        company = d.pop("company", UNSET)

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zip_ = d.pop("zip", UNSET)

        trigger_emails = d.pop("trigger_emails", UNSET)

        product_id = d.pop("product_id", UNSET)

        create_affiliate_body = cls(
            email=email,
            name=name,
            affiliate_id=affiliate_id,
            product_ids=product_ids,
            auto_approve=auto_approve,
            parent_affiliate=parent_affiliate,
            first_name=first_name,
            last_name=last_name,
            company=company,
            country=country,
            city=city,
            state=state,
            zip_=zip_,
            trigger_emails=trigger_emails,
            product_id=product_id,
        )

        create_affiliate_body.additional_properties = d
        return create_affiliate_body

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
