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
        id (int): The ID of the Promotion as an integer. Example: 1.
        name (str | Unset): The name of the Promotion. Example: A Promo.
        description (None | str | Unset): A description for the Promotion. Example: The promo description.
        starts_at (datetime.datetime | None | Unset): The date and time when the Promotion begins. Example:
            2018-01-01T01:01:00Z.
        expires_at (datetime.datetime | None | Unset): The date and time when the Promotion ends. Example:
            2018-01-31T01:01:00Z.
        discount_type (PromotionResponseDiscountType | Unset): The type of discount. Must be either 'fixed' or
            'percentage'. Example: fixed.
        amount (float | Unset): The amount of the discount. If 'fixed', must be a dollar value. If 'percentage', must be
            a number greater than 0 and less than or equal to 100. Example: 10.0.
        coupon_ids (list[int] | Unset): The coupon ids related to the promotion. Example: [1, 2, 3].
        duration (float | None | Unset): The duration for which the Promotion is applied. ** This value only applies to
            Promotions set on Products that are set as subscriptions or Payment Plans. ** Example: 3.0.
    """

    id: int
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    discount_type: PromotionResponseDiscountType | Unset = UNSET
    amount: float | Unset = UNSET
    coupon_ids: list[int] | Unset = UNSET
    duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat()
        else:
            starts_at = self.starts_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type

        amount = self.amount

        coupon_ids: list[int] | Unset = UNSET
        if not isinstance(self.coupon_ids, Unset):
            coupon_ids = self.coupon_ids

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        _discount_type = d.pop("discount_type", UNSET)
        discount_type: PromotionResponseDiscountType | Unset
        if isinstance(_discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = check_promotion_response_discount_type(_discount_type)

        amount = d.pop("amount", UNSET)

        coupon_ids = cast(list[int], d.pop("coupon_ids", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

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
