from typing import Literal

SiteScriptResponseLoadMethod = Literal["async", "default", "defer"]

SITE_SCRIPT_RESPONSE_LOAD_METHOD_VALUES: set[SiteScriptResponseLoadMethod] = {
    "async",
    "default",
    "defer",
}


def check_site_script_response_load_method(value: str) -> SiteScriptResponseLoadMethod:
    if value in SITE_SCRIPT_RESPONSE_LOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_RESPONSE_LOAD_METHOD_VALUES!r}"
    )
