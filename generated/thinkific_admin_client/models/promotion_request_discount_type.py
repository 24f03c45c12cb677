from typing import Literal

PromotionRequestDiscountType = Literal["fixed", "percentage"]

PROMOTION_REQUEST_DISCOUNT_TYPE_VALUES: set[PromotionRequestDiscountType] = {
    "fixed",
    "percentage",
}


def check_promotion_request_discount_type(value: str) -> PromotionRequestDiscountType:
    if value in PROMOTION_REQUEST_DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMOTION_REQUEST_DISCOUNT_TYPE_VALUES!r}"
    )
