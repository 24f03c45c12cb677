from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricing_option_type import PricingOptionType, check_pricing_option_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingOption")


@_attrs_define
class PricingOption:
    """One way to pay for an item. The collection saves no answer for the pricing_options requests; these fields are the
    ones every pricing option has in the checkout (a name, a payment type, an amount in cents and its currency), other
    fields may follow.

        Attributes:
            id (str):
            name (str):
            type_ (PricingOptionType):
            amount (int): In the smallest unit of the currency (cents).
            currency (str):
            frequency (None | str | Unset):
    """

    id: str
    name: str
    type_: PricingOptionType
    amount: int
    currency: str
    frequency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        amount = self.amount

        currency = self.currency

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "amount": amount,
                "currency": currency,
            }
        )
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_pricing_option_type(d.pop("type"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        def _parse_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        pricing_option = cls(
            id=id,
            name=name,
            type_=type_,
            amount=amount,
            currency=currency,
            frequency=frequency,
        )

        pricing_option.additional_properties = d
        return pricing_option

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
