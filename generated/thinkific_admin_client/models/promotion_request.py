from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_request_discount_type import (
    PromotionRequestDiscountType,
    check_promotion_request_discount_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionRequest")


@_attrs_define
class PromotionRequest:
    """
    Attributes:
        name (str): The name of the Promotion. Example: A Promo.
        discount_type (PromotionRequestDiscountType): The type of discount. Must be either 'fixed' or 'percentage'.
            Example: fixed.
        amount (float): The amount of the discount. If 'fixed', must be a dollar value. If 'percentage', must be a
            number greater than 0 and less than or equal to 100. Example: 10.0.
        description (str | Unset): A description for the Promotion. Example: The promo description.
        starts_at (datetime.datetime | Unset): The date and time when the Promotion begins. Example:
            2018-01-01T01:01:00Z.
        expires_at (datetime.datetime | Unset): The date and time when the Promotion ends. Example:
            2018-01-31T01:01:00Z.
        product_ids (list[int] | Unset): The Products to apply the Promotion to. If none are specified, the Promotion is
            applicable to all Products.
        coupon_ids (list[int] | Unset): The coupon ids related to the promotion. Example: [1, 2, 3].
        duration (float | Unset): The duration for which the Promotion is applied. ** This value only applies to
            Promotions set on Products that are set as subscriptions or Payment Plans. ** Example: 3.0.
    """

    name: str
    discount_type: PromotionRequestDiscountType
    amount: float
    description: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    product_ids: list[int] | Unset = UNSET
    coupon_ids: list[int] | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        discount_type: str = self.discount_type

        amount = self.amount

        description = self.description

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        product_ids: list[int] | Unset = UNSET
        if not isinstance(self.product_ids, Unset):
            product_ids = self.product_ids

        coupon_ids: list[int] | Unset = UNSET
        if not isinstance(self.coupon_ids, Unset):
            coupon_ids = self.coupon_ids

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "discount_type": discount_type,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        if coupon_ids is not UNSET:
            field_dict["coupon_ids"] = coupon_ids
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        discount_type = check_promotion_request_discount_type(d.pop("discount_type"))

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        product_ids = cast(list[int], d.pop("product_ids", UNSET))

        coupon_ids = cast(list[int], d.pop("coupon_ids", UNSET))

        duration = d.pop("duration", UNSET)

        promotion_request = cls(
            name=name,
            discount_type=discount_type,
            amount=amount,
            description=description,
            starts_at=starts_at,
            expires_at=expires_at,
            product_ids=product_ids,
            coupon_ids=coupon_ids,
            duration=duration,
        )

        promotion_request.additional_properties = d
        return promotion_request

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
