from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CouponResponse")


@_attrs_define
class CouponResponse:
    """
    Attributes:
        id (int): The ID of the Coupon as an integer. Example: 1.
        code (str): The Coupon code. Example: abc123.
        note (None | str): A note associated with the Coupon. NOTE: this will be deprecated in future versions of the
            API. Example: A note.
        quantity_used (int): The number of times the Coupon has been used. Example: 4.
        quantity (int | None): The number of times the Coupon can be used. If this value if not set, the Coupon can be
            used an unlimited number of times. Example: 10.
        promotion_id (int): The ID of the associated Promotion as an integer. Example: 1.
        created_at (datetime.datetime): The data and time the Coupon was created. Example: 2017-04-30T01:00:00Z.
    """

    id: int
    code: str
    note: None | str
    quantity_used: int
    quantity: int | None
    promotion_id: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        note: None | str
        note = self.note

        quantity_used = self.quantity_used

        quantity: int | None
        quantity = self.quantity

        promotion_id = self.promotion_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "note": note,
                "quantity_used": quantity_used,
                "quantity": quantity,
                "promotion_id": promotion_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        quantity_used = d.pop("quantity_used")

        def _parse_quantity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quantity = _parse_quantity(d.pop("quantity"))

        promotion_id = d.pop("promotion_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        coupon_response = cls(
            id=id,
            code=code,
            note=note,
            quantity_used=quantity_used,
            quantity=quantity,
            promotion_id=promotion_id,
            created_at=created_at,
        )

        coupon_response.additional_properties = d
        return coupon_response

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
