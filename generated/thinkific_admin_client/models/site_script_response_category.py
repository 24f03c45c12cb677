from typing import Literal

SiteScriptResponseCategory = Literal["analytics", "functional", "marketing"]

SITE_SCRIPT_RESPONSE_CATEGORY_VALUES: set[SiteScriptResponseCategory] = {
    "analytics",
    "functional",
    "marketing",
}


def check_site_script_response_category(value: str) -> SiteScriptResponseCategory:
    if value in SITE_SCRIPT_RESPONSE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_RESPONSE_CATEGORY_VALUES!r}"
    )
