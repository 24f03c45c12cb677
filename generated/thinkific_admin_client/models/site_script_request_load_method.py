from typing import Literal

SiteScriptRequestLoadMethod = Literal["async", "default", "defer"]

SITE_SCRIPT_REQUEST_LOAD_METHOD_VALUES: set[SiteScriptRequestLoadMethod] = {
    "async",
    "default",
    "defer",
}


def check_site_script_request_load_method(value: str) -> SiteScriptRequestLoadMethod:
    if value in SITE_SCRIPT_REQUEST_LOAD_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_REQUEST_LOAD_METHOD_VALUES!r}"
    )
