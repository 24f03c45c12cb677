from typing import Literal

CancelEventSubscriptionXTCMode = Literal["live", "test"]

CANCEL_EVENT_SUBSCRIPTION_XTC_MODE_VALUES: set[CancelEventSubscriptionXTCMode] = {
    "live",
    "test",
}


def check_cancel_event_subscription_xtc_mode(
    value: str,
) -> CancelEventSubscriptionXTCMode:
    if value in CANCEL_EVENT_SUBSCRIPTION_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CANCEL_EVENT_SUBSCRIPTION_XTC_MODE_VALUES!r}"
    )
