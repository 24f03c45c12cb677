from typing import Literal

PricingOptionType = Literal["single", "split", "subscription"]

PRICING_OPTION_TYPE_VALUES: set[PricingOptionType] = {
    "single",
    "split",
    "subscription",
}


def check_pricing_option_type(value: str) -> PricingOptionType:
    if value in PRICING_OPTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRICING_OPTION_TYPE_VALUES!r}"
    )
