from typing import Literal

ProductPriceResponseInterval = Literal["month", "year"]

PRODUCT_PRICE_RESPONSE_INTERVAL_VALUES: set[ProductPriceResponseInterval] = {
    "month",
    "year",
}


def check_product_price_response_interval(value: str) -> ProductPriceResponseInterval:
    if value in PRODUCT_PRICE_RESPONSE_INTERVAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_PRICE_RESPONSE_INTERVAL_VALUES!r}"
    )
