from typing import Literal

PauseSubscriptionXTCMode = Literal["live", "test"]

PAUSE_SUBSCRIPTION_XTC_MODE_VALUES: set[PauseSubscriptionXTCMode] = {
    "live",
    "test",
}


def check_pause_subscription_xtc_mode(value: str) -> PauseSubscriptionXTCMode:
    if value in PAUSE_SUBSCRIPTION_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAUSE_SUBSCRIPTION_XTC_MODE_VALUES!r}"
    )
