from typing import Literal

CreateEventSubscriptionXTCMode = Literal["live", "test"]

CREATE_EVENT_SUBSCRIPTION_XTC_MODE_VALUES: set[CreateEventSubscriptionXTCMode] = {
    "live",
    "test",
}


def check_create_event_subscription_xtc_mode(
    value: str,
) -> CreateEventSubscriptionXTCMode:
    if value in CREATE_EVENT_SUBSCRIPTION_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EVENT_SUBSCRIPTION_XTC_MODE_VALUES!r}"
    )
