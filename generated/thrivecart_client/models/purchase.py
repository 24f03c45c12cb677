from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Purchase")


@_attrs_define
class Purchase:
    """
    Attributes:
        status (str):
        order_id (str):
        amount (int):
        currency (str):
        item_type (str):
        item_id (str):
        reference (str):
        invoice_id (str | Unset):
        processor (str | Unset):
        net_amount (int | Unset):
        item_name (str | Unset):
    """

    status: str
    order_id: str
    amount: int
    currency: str
    item_type: str
    item_id: str
    reference: str
    invoice_id: str | Unset = UNSET
    processor: str | Unset = UNSET
    net_amount: int | Unset = UNSET
    item_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        order_id = self.order_id

        amount = self.amount

        currency = self.currency

        item_type = self.item_type

        item_id = self.item_id

        reference = self.reference

        invoice_id = self.invoice_id

        processor = self.processor

        net_amount = self.net_amount

        item_name = self.item_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "order_id": order_id,
                "amount": amount,
                "currency": currency,
                "item_type": item_type,
                "item_id": item_id,
                "reference": reference,
            }
        )
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if processor is not UNSET:
            field_dict["processor"] = processor
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if item_name is not UNSET:
            field_dict["item_name"] = item_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        order_id = d.pop("order_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        item_type = d.pop("item_type")

        item_id = d.pop("item_id")

        reference = d.pop("reference")

        invoice_id = d.pop("invoice_id", UNSET)

        processor = d.pop("processor", UNSET)

        net_amount = d.pop("net_amount", UNSET)

        item_name = d.pop("item_name", UNSET)

        purchase = cls(
            status=status,
            order_id=order_id,
            amount=amount,
            currency=currency,
            item_type=item_type,
            item_id=item_id,
            reference=reference,
            invoice_id=invoice_id,
            processor=processor,
            net_amount=net_amount,
            item_name=item_name,
        )

        purchase.additional_properties = d
        return purchase

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
