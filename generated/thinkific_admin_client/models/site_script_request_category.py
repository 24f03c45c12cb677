from typing import Literal

SiteScriptRequestCategory = Literal["analytics", "functional", "marketing"]

SITE_SCRIPT_REQUEST_CATEGORY_VALUES: set[SiteScriptRequestCategory] = {
    "analytics",
    "functional",
    "marketing",
}


def check_site_script_request_category(value: str) -> SiteScriptRequestCategory:
    if value in SITE_SCRIPT_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_REQUEST_CATEGORY_VALUES!r}"
    )
