from typing import Literal

ExternalOrderRequestOrderType = Literal["one-time", "payment-plan", "subscription"]

EXTERNAL_ORDER_REQUEST_ORDER_TYPE_VALUES: set[ExternalOrderRequestOrderType] = {
    "one-time",
    "payment-plan",
    "subscription",
}


def check_external_order_request_order_type(
    value: str,
) -> ExternalOrderRequestOrderType:
    if value in EXTERNAL_ORDER_REQUEST_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ORDER_REQUEST_ORDER_TYPE_VALUES!r}"
    )
