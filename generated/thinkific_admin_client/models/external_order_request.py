from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_order_request_order_type import (
    ExternalOrderRequestOrderType,
    check_external_order_request_order_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_order_transaction import ExternalOrderTransaction


T = TypeVar("T", bound="ExternalOrderRequest")


@_attrs_define
class ExternalOrderRequest:
    """External Order Request

    Attributes:
        payment_provider (str): An identifier to external provider Example: ExternalProvider.
        user_id (int): The ID of the user as an integer Example: 1.
        product_id (int): The ID of the product as an integer Example: 1.
        order_type (ExternalOrderRequestOrderType): type of the order Example: one-time.
        transaction (ExternalOrderTransaction | Unset): External Order Transaction
    """

    payment_provider: str
    user_id: int
    product_id: int
    order_type: ExternalOrderRequestOrderType
    transaction: ExternalOrderTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_provider = self.payment_provider

        user_id = self.user_id

        product_id = self.product_id

        order_type: str = self.order_type

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_provider": payment_provider,
                "user_id": user_id,
                "product_id": product_id,
                "order_type": order_type,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.external_order_transaction import ExternalOrderTransaction

        d = dict(src_dict)
        payment_provider = d.pop("payment_provider")

        user_id = d.pop("user_id")

        product_id = d.pop("product_id")

        order_type = check_external_order_request_order_type(d.pop("order_type"))

        _transaction = d.pop("transaction", UNSET)
        transaction: ExternalOrderTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = ExternalOrderTransaction.from_dict(_transaction)

        external_order_request = cls(
            payment_provider=payment_provider,
            user_id=user_id,
            product_id=product_id,
            order_type=order_type,
            transaction=transaction,
        )

        external_order_request.additional_properties = d
        return external_order_request

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
