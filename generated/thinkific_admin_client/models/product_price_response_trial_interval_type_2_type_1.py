from typing import Literal

ProductPriceResponseTrialIntervalType2Type1 = Literal["day", "month"]

PRODUCT_PRICE_RESPONSE_TRIAL_INTERVAL_TYPE_2_TYPE_1_VALUES: set[
    ProductPriceResponseTrialIntervalType2Type1
] = {
    "day",
    "month",
}


def check_product_price_response_trial_interval_type_2_type_1(
    value: str,
) -> ProductPriceResponseTrialIntervalType2Type1:
    if value in PRODUCT_PRICE_RESPONSE_TRIAL_INTERVAL_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRODUCT_PRICE_RESPONSE_TRIAL_INTERVAL_TYPE_2_TYPE_1_VALUES!r}"
    )
