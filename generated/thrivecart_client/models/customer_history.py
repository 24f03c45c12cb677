from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_history_lifetime_value import CustomerHistoryLifetimeValue
    from ..models.customer_name import CustomerName
    from ..models.purchase import Purchase
    from ..models.subscription import Subscription


T = TypeVar("T", bound="CustomerHistory")


@_attrs_define
class CustomerHistory:
    """A customer and all their purchases and subscriptions.

    Attributes:
        customer (CustomerName):
        purchases (list[Purchase]):
        subscriptions (list[Subscription]):
        lifetime_value (CustomerHistoryLifetimeValue | Unset): Cents paid, by currency code.
    """

    customer: CustomerName
    purchases: list[Purchase]
    subscriptions: list[Subscription]
    lifetime_value: CustomerHistoryLifetimeValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        lifetime_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifetime_value, Unset):
            lifetime_value = self.lifetime_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "purchases": purchases,
                "subscriptions": subscriptions,
            }
        )
        if lifetime_value is not UNSET:
            field_dict["lifetime_value"] = lifetime_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_history_lifetime_value import (
            CustomerHistoryLifetimeValue,
        )
        from ..models.customer_name import CustomerName
        from ..models.purchase import Purchase
        from ..models.subscription import Subscription

        d = dict(src_dict)
        customer = CustomerName.from_dict(d.pop("customer"))

        purchases = []
        _purchases = d.pop("purchases")
        for purchases_item_data in _purchases:
            purchases_item = Purchase.from_dict(purchases_item_data)

            purchases.append(purchases_item)

        subscriptions = []
        _subscriptions = d.pop("subscriptions")
        for subscriptions_item_data in _subscriptions:
            subscriptions_item = Subscription.from_dict(subscriptions_item_data)

            subscriptions.append(subscriptions_item)

        _lifetime_value = d.pop("lifetime_value", UNSET)
        lifetime_value: CustomerHistoryLifetimeValue | Unset
        if isinstance(_lifetime_value, Unset):
            lifetime_value = UNSET
        else:
            lifetime_value = CustomerHistoryLifetimeValue.from_dict(_lifetime_value)

        customer_history = cls(
            customer=customer,
            purchases=purchases,
            subscriptions=subscriptions,
            lifetime_value=lifetime_value,
        )

        customer_history.additional_properties = d
        return customer_history

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
