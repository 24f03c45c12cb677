from typing import Literal

ResumeSubscriptionXTCMode = Literal["live", "test"]

RESUME_SUBSCRIPTION_XTC_MODE_VALUES: set[ResumeSubscriptionXTCMode] = {
    "live",
    "test",
}


def check_resume_subscription_xtc_mode(value: str) -> ResumeSubscriptionXTCMode:
    if value in RESUME_SUBSCRIPTION_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESUME_SUBSCRIPTION_XTC_MODE_VALUES!r}"
    )
