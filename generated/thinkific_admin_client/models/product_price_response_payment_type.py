from typing import Literal

ProductPriceResponsePaymentType = Literal[
    "free", "one-time", "payment-plan", "subscription"
]

PRODUCT_PRICE_RESPONSE_PAYMENT_TYPE_VALUES: set[ProductPriceResponsePaymentType] = {
    "free",
    "one-time",
    "payment-plan",
    "subscription",
}


def check_product_price_response_payment_type(
    value: str,
) -> ProductPriceResponsePaymentType:
    if value in PRODUCT_PRICE_RESPONSE_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_PRICE_RESPONSE_PAYMENT_TYPE_VALUES!r}"
    )
