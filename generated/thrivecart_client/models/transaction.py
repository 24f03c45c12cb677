from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_item_type import (
    TransactionItemType,
    check_transaction_item_type,
)
from ..models.transaction_transaction_type import (
    TransactionTransactionType,
    check_transaction_transaction_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_name import CustomerName


T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        event_id (str):
        transaction_type (TransactionTransactionType):
        amount (int): In cents.
        order_id (str):
        currency (str):
        customer (CustomerName):
        base_product (str | Unset):
        date (str | Unset):
        time (str | Unset):
        timestamp (int | Unset):
        item_type (TransactionItemType | Unset):
        item_id (int | Unset):
        invoice_id (str | Unset):
        processor (str | Unset):
        reference (str | Unset): The item reference a refund names (product-299).
    """

    event_id: str
    transaction_type: TransactionTransactionType
    amount: int
    order_id: str
    currency: str
    customer: CustomerName
    base_product: str | Unset = UNSET
    date: str | Unset = UNSET
    time: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    item_type: TransactionItemType | Unset = UNSET
    item_id: int | Unset = UNSET
    invoice_id: str | Unset = UNSET
    processor: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        transaction_type: str = self.transaction_type

        amount = self.amount

        order_id = self.order_id

        currency = self.currency

        customer = self.customer.to_dict()

        base_product = self.base_product

        date = self.date

        time = self.time

        timestamp = self.timestamp

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type

        item_id = self.item_id

        invoice_id = self.invoice_id

        processor = self.processor

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "transaction_type": transaction_type,
                "amount": amount,
                "order_id": order_id,
                "currency": currency,
                "customer": customer,
            }
        )
        if base_product is not UNSET:
            field_dict["base_product"] = base_product
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if processor is not UNSET:
            field_dict["processor"] = processor
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.customer_name import CustomerName

        d = dict(src_dict)
        event_id = d.pop("event_id")

        transaction_type = check_transaction_transaction_type(d.pop("transaction_type"))

        amount = d.pop("amount")

        order_id = d.pop("order_id")

        currency = d.pop("currency")

        customer = CustomerName.from_dict(d.pop("customer"))

        base_product = d.pop("base_product", UNSET)

        date = d.pop("date", UNSET)

        time = d.pop("time", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: TransactionItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = check_transaction_item_type(_item_type)

        item_id = d.pop("item_id", UNSET)

        invoice_id = d.pop("invoice_id", UNSET)

        processor = d.pop("processor", UNSET)

        reference = d.pop("reference", UNSET)

        transaction = cls(
            event_id=event_id,
            transaction_type=transaction_type,
            amount=amount,
            order_id=order_id,
            currency=currency,
            customer=customer,
            base_product=base_product,
            date=date,
            time=time,
            timestamp=timestamp,
            item_type=item_type,
            item_id=item_id,
            invoice_id=invoice_id,
            processor=processor,
            reference=reference,
        )

        transaction.additional_properties = d
        return transaction

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
