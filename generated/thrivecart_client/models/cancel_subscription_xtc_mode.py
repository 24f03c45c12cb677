from typing import Literal

CancelSubscriptionXTCMode = Literal["live", "test"]

CANCEL_SUBSCRIPTION_XTC_MODE_VALUES: set[CancelSubscriptionXTCMode] = {
    "live",
    "test",
}


def check_cancel_subscription_xtc_mode(value: str) -> CancelSubscriptionXTCMode:
    if value in CANCEL_SUBSCRIPTION_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_SUBSCRIPTION_XTC_MODE_VALUES!r}"
    )
