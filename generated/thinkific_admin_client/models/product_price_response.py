from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_price_response_interval import (
    ProductPriceResponseInterval,
    check_product_price_response_interval,
)
from ..models.product_price_response_payment_type import (
    ProductPriceResponsePaymentType,
    check_product_price_response_payment_type,
)
from ..models.product_price_response_trial_interval_type_1 import (
    ProductPriceResponseTrialIntervalType1,
    check_product_price_response_trial_interval_type_1,
)
from ..models.product_price_response_trial_interval_type_2_type_1 import (
    ProductPriceResponseTrialIntervalType2Type1,
    check_product_price_response_trial_interval_type_2_type_1,
)
from ..models.product_price_response_trial_interval_type_3_type_1 import (
    ProductPriceResponseTrialIntervalType3Type1,
    check_product_price_response_trial_interval_type_3_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductPriceResponse")


@_attrs_define
class ProductPriceResponse:
    """
    Attributes:
        id (int): The ID of the Product Price as an integer. Example: 1.
        is_primary (bool | Unset): A boolean indicating whether the Product Price is the default. Default: False.
            Example: True.
        payment_type (ProductPriceResponsePaymentType | Unset): The type of payment. Must be one of 'free', 'one-time',
            'subscription', or 'payment-plan'. Example: subscription.
        label (None | str | Unset): The description for the Product Price. This value is required when is_primary is
            false.
        price (str | Unset): The amount in dollars to be charged. Example: 10.0.
        days_until_expiry (None | str | Unset): The number of days, after purchase, that a student will be enrolled in
            the course.
        pay_button_text (None | str | Unset): This text that is displayed on the Buy Button on the course card and the
            course landing page.
        number_of_payments (None | str | Unset): The number of recurring payments for a Product Price with payment_type
            of 'payment-plan'.
        interval (ProductPriceResponseInterval | Unset): The billing frequency. Must be one of 'month' or 'year'.
            Example: month.
        interval_count (str | Unset): The number of intervals between billings. For example, if interval is 'month' and
            interval_count is '1', the billing frequency is once every month. Example: 1.
        trial_interval (None | ProductPriceResponseTrialIntervalType1 | ProductPriceResponseTrialIntervalType2Type1 |
            ProductPriceResponseTrialIntervalType3Type1 | Unset): The interval for the trial period. Must be one of 'day' or
            'month'.
        trial_interval_count (None | str | Unset): The number of intervals for the trial period. For example, if
            trial_interval is 'month' and trial_interval_count is '6', the free trial will end (and regular payments will
            begin) in 6 months.
        custom_first_price (None | str | Unset): Students pay this amount for the first payment period of the
            subscription.
        price_name (str | Unset): The name of the Product Price. If is_primary is true, returns the name of the product,
            otherwise returns "{Product name} - {Product Price label}". Example: Learn Jiu Jitsu.
        currency (str | Unset): The three-letter ISO currency code of the Product Price. Must be a supported currency.
            Default: 'usd'. Example: usd.
    """

    id: int
    is_primary: bool | Unset = False
    payment_type: ProductPriceResponsePaymentType | Unset = UNSET
    label: None | str | Unset = UNSET
    price: str | Unset = UNSET
    days_until_expiry: None | str | Unset = UNSET
    pay_button_text: None | str | Unset = UNSET
    number_of_payments: None | str | Unset = UNSET
    interval: ProductPriceResponseInterval | Unset = UNSET
    interval_count: str | Unset = UNSET
    trial_interval: (
        None
        | ProductPriceResponseTrialIntervalType1
        | ProductPriceResponseTrialIntervalType2Type1
        | ProductPriceResponseTrialIntervalType3Type1
        | Unset
    ) = UNSET
    trial_interval_count: None | str | Unset = UNSET
    custom_first_price: None | str | Unset = UNSET
    price_name: str | Unset = UNSET
    currency: str | Unset = "usd"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_primary = self.is_primary

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        price = self.price

        days_until_expiry: None | str | Unset
        if isinstance(self.days_until_expiry, Unset):
            days_until_expiry = UNSET
        else:
            days_until_expiry = self.days_until_expiry

        pay_button_text: None | str | Unset
        if isinstance(self.pay_button_text, Unset):
            pay_button_text = UNSET
        else:
            pay_button_text = self.pay_button_text

        number_of_payments: None | str | Unset
        if isinstance(self.number_of_payments, Unset):
            number_of_payments = UNSET
        else:
            number_of_payments = self.number_of_payments

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval

        interval_count = self.interval_count

        trial_interval: None | str | Unset
        if isinstance(self.trial_interval, Unset):
            trial_interval = UNSET
        elif (
            isinstance(self.trial_interval, str)
            or isinstance(self.trial_interval, str)
            or isinstance(self.trial_interval, str)
        ):
            trial_interval = self.trial_interval
        else:
            trial_interval = self.trial_interval

        trial_interval_count: None | str | Unset
        if isinstance(self.trial_interval_count, Unset):
            trial_interval_count = UNSET
        else:
            trial_interval_count = self.trial_interval_count

        custom_first_price: None | str | Unset
        if isinstance(self.custom_first_price, Unset):
            custom_first_price = UNSET
        else:
            custom_first_price = self.custom_first_price

        price_name = self.price_name

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if label is not UNSET:
            field_dict["label"] = label
        if price is not UNSET:
            field_dict["price"] = price
        if days_until_expiry is not UNSET:
            field_dict["days_until_expiry"] = days_until_expiry
        if pay_button_text is not UNSET:
            field_dict["pay_button_text"] = pay_button_text
        if number_of_payments is not UNSET:
            field_dict["number_of_payments"] = number_of_payments
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if trial_interval is not UNSET:
            field_dict["trial_interval"] = trial_interval
        if trial_interval_count is not UNSET:
            field_dict["trial_interval_count"] = trial_interval_count
        if custom_first_price is not UNSET:
            field_dict["custom_first_price"] = custom_first_price
        if price_name is not UNSET:
            field_dict["price_name"] = price_name
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        is_primary = d.pop("is_primary", UNSET)

        _payment_type = d.pop("payment_type", UNSET)
        payment_type: ProductPriceResponsePaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = check_product_price_response_payment_type(_payment_type)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        price = d.pop("price", UNSET)

        def _parse_days_until_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        days_until_expiry = _parse_days_until_expiry(d.pop("days_until_expiry", UNSET))

        def _parse_pay_button_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pay_button_text = _parse_pay_button_text(d.pop("pay_button_text", UNSET))

        def _parse_number_of_payments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_of_payments = _parse_number_of_payments(
            d.pop("number_of_payments", UNSET)
        )

        _interval = d.pop("interval", UNSET)
        interval: ProductPriceResponseInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = check_product_price_response_interval(_interval)

        interval_count = d.pop("interval_count", UNSET)

        def _parse_trial_interval(
            data: object,
        ) -> (
            None
            | ProductPriceResponseTrialIntervalType1
            | ProductPriceResponseTrialIntervalType2Type1
            | ProductPriceResponseTrialIntervalType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_interval_type_1 = (
                    check_product_price_response_trial_interval_type_1(data)
                )

                return trial_interval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_interval_type_2_type_1 = (
                    check_product_price_response_trial_interval_type_2_type_1(data)
                )

                return trial_interval_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trial_interval_type_3_type_1 = (
                    check_product_price_response_trial_interval_type_3_type_1(data)
                )

                return trial_interval_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProductPriceResponseTrialIntervalType1
                | ProductPriceResponseTrialIntervalType2Type1
                | ProductPriceResponseTrialIntervalType3Type1
                | Unset,
                data,
            )

        trial_interval = _parse_trial_interval(d.pop("trial_interval", UNSET))

        def _parse_trial_interval_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_interval_count = _parse_trial_interval_count(
            d.pop("trial_interval_count", UNSET)
        )

        def _parse_custom_first_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_first_price = _parse_custom_first_price(
            d.pop("custom_first_price", UNSET)
        )

        price_name = d.pop("price_name", UNSET)

        currency = d.pop("currency", UNSET)

        product_price_response = cls(
            id=id,
            is_primary=is_primary,
            payment_type=payment_type,
            label=label,
            price=price,
            days_until_expiry=days_until_expiry,
            pay_button_text=pay_button_text,
            number_of_payments=number_of_payments,
            interval=interval,
            interval_count=interval_count,
            trial_interval=trial_interval,
            trial_interval_count=trial_interval_count,
            custom_first_price=custom_first_price,
            price_name=price_name,
            currency=currency,
        )

        product_price_response.additional_properties = d
        return product_price_response

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
