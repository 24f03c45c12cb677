from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.promotion_response_discount_type import (
    PromotionResponseDiscountType,
    check_promotion_response_discount_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionResponse")


@_attrs_define
class PromotionResponse:
    """
    Attributes:
        id (float | Unset): The ID of the Promotion as an integer. Example: 1.0.
        name (str | Unset): The name of the Promotion. Example: A Promo.
        description (str | Unset): A description for the Promotion. Example: The promo description.
        starts_at (datetime.datetime | Unset): The date and time when the Promotion begins. Example:
            2018-01-01T01:01:00Z.
        expires_at (datetime.datetime | Unset): The date and time when the Promotion ends. Example:
            2018-01-31T01:01:00Z.
        discount_type (PromotionResponseDiscountType | Unset): The type of discount. Must be either 'fixed' or
            'percentage'. Example: fixed.
        amount (float | Unset): The amount of the discount. If 'fixed', must be a dollar value. If 'percentage', must be
            a number greater than 0 and less than or equal to 100. Example: 10.0.
        coupon_ids (list[float] | Unset): The coupon ids related to the promotion. Example: [1, 2, 3].
        duration (float | Unset): The duration for which the Promotion is applied. ** This value only applies to
            Promotions set on Products that are set as subscriptions or Payment Plans. ** Example: 3.0.
    """

    id: float | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    discount_type: PromotionResponseDiscountType | Unset = UNSET
    amount: float | Unset = UNSET
    coupon_ids: list[float] | Unset = UNSET
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type

        amount = self.amount

        coupon_ids: list[float] | Unset = UNSET
        if not isinstance(self.coupon_ids, Unset):
            coupon_ids = self.coupon_ids

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if coupon_ids is not UNSET:
            field_dict["coupon_ids"] = coupon_ids
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

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

        _discount_type = d.pop("discount_type", UNSET)
        discount_type: PromotionResponseDiscountType | Unset
        if isinstance(_discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = check_promotion_response_discount_type(_discount_type)

        amount = d.pop("amount", UNSET)

        coupon_ids = cast(list[float], d.pop("coupon_ids", UNSET))

        duration = d.pop("duration", UNSET)

        promotion_response = cls(
            id=id,
            name=name,
            description=description,
            starts_at=starts_at,
            expires_at=expires_at,
            discount_type=discount_type,
            amount=amount,
            coupon_ids=coupon_ids,
            duration=duration,
        )

        promotion_response.additional_properties = d
        return promotion_response

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
