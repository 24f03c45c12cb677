from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalOrderTransaction")


@_attrs_define
class ExternalOrderTransaction:
    """External Order Transaction

    Attributes:
        amount (float): the order amount in currency's smallest unit Example: 10000.
        currency (str): the order currency Example: USD.
        reference (str | Unset): reference number provided by external payment provider Example: 123abc.
        action (str | Unset): Action of the transaction Example: purchase.
    """

    amount: float
    currency: str
    reference: str | Unset = UNSET
    action: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        reference = self.reference

        action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        reference = d.pop("reference", UNSET)

        action = d.pop("action", UNSET)

        external_order_transaction = cls(
            amount=amount,
            currency=currency,
            reference=reference,
            action=action,
        )

        external_order_transaction.additional_properties = d
        return external_order_transaction

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
