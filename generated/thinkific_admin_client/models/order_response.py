from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item import Item


T = TypeVar("T", bound="OrderResponse")


@_attrs_define
class OrderResponse:
    """
    Attributes:
        user_id (int): The ID of the User owning the Order as an integer. Example: 1.
        user_email (str): The Email ID of the User. Example: bob@example.com.
        user_name (str): The full name of the User owning the Order. Example: Bob Smith.
        product_name (str): The name of the Product purchased. Example: My Course.
        product_id (int): The ID of the Product purchased as an integer. Example: 1.
        amount_dollars (str): The Order amount in dollars. Example: 20.0.
        amount_cents (int): The Order amount in cents. Example: 2000.
        subscription (bool): A boolean indicating whether the Order was for a subscription. Example: False.
        status (str): The order status. Example: complete.
        id (int): The ID of the Order as an integer. Example: 1.
        coupon_code (None | str | Unset): The Coupon code used on the Order. Example: abc123.
        coupon_id (int | None | Unset): The ID of the Coupon used on the Order as an integer. Example: 1.
        items (list[Item] | Unset): Products included in the Order.
        affiliate_referral_code (None | str | Unset): The Affiliate referral code used on the Order. Example: exexex.
        created_at (datetime.datetime | Unset): The date/time that the Order was created.
    """

    user_id: int
    user_email: str
    user_name: str
    product_name: str
    product_id: int
    amount_dollars: str
    amount_cents: int
    subscription: bool
    status: str
    id: int
    coupon_code: None | str | Unset = UNSET
    coupon_id: int | None | Unset = UNSET
    items: list[Item] | Unset = UNSET
    affiliate_referral_code: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_email = self.user_email

        user_name = self.user_name

        product_name = self.product_name

        product_id = self.product_id

        amount_dollars = self.amount_dollars

        amount_cents = self.amount_cents

        subscription = self.subscription

        status = self.status

        id = self.id

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        coupon_id: int | None | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = self.coupon_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        affiliate_referral_code: None | str | Unset
        if isinstance(self.affiliate_referral_code, Unset):
            affiliate_referral_code = UNSET
        else:
            affiliate_referral_code = self.affiliate_referral_code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "user_email": user_email,
                "user_name": user_name,
                "product_name": product_name,
                "product_id": product_id,
                "amount_dollars": amount_dollars,
                "amount_cents": amount_cents,
                "subscription": subscription,
                "status": status,
                "id": id,
            }
        )
        if coupon_code is not UNSET:
            field_dict["coupon_code"] = coupon_code
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if items is not UNSET:
            field_dict["items"] = items
        if affiliate_referral_code is not UNSET:
            field_dict["affiliate_referral_code"] = affiliate_referral_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item import Item

        d = dict(src_dict)
        user_id = d.pop("user_id")

        user_email = d.pop("user_email")

        user_name = d.pop("user_name")

        product_name = d.pop("product_name")

        product_id = d.pop("product_id")

        amount_dollars = d.pop("amount_dollars")

        amount_cents = d.pop("amount_cents")

        subscription = d.pop("subscription")

        status = d.pop("status")

        id = d.pop("id")

        def _parse_coupon_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        coupon_code = _parse_coupon_code(d.pop("coupon_code", UNSET))

        def _parse_coupon_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))

        _items = d.pop("items", UNSET)
        items: list[Item] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = Item.from_dict(items_item_data)

                items.append(items_item)

        def _parse_affiliate_referral_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliate_referral_code = _parse_affiliate_referral_code(
            d.pop("affiliate_referral_code", UNSET)
        )

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        order_response = cls(
            user_id=user_id,
            user_email=user_email,
            user_name=user_name,
            product_name=product_name,
            product_id=product_id,
            amount_dollars=amount_dollars,
            amount_cents=amount_cents,
            subscription=subscription,
            status=status,
            id=id,
            coupon_code=coupon_code,
            coupon_id=coupon_id,
            items=items,
            affiliate_referral_code=affiliate_referral_code,
            created_at=created_at,
        )

        order_response.additional_properties = d
        return order_response

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
