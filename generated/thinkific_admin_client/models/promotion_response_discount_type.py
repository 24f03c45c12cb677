from typing import Literal

PromotionResponseDiscountType = Literal["fixed", "percentage"]

PROMOTION_RESPONSE_DISCOUNT_TYPE_VALUES: set[PromotionResponseDiscountType] = {
    "fixed",
    "percentage",
}


def check_promotion_response_discount_type(value: str) -> PromotionResponseDiscountType:
    if value in PROMOTION_RESPONSE_DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMOTION_RESPONSE_DISCOUNT_TYPE_VALUES!r}"
    )
