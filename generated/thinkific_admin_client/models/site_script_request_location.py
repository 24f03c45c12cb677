from typing import Literal

SiteScriptRequestLocation = Literal["footer", "head"]

SITE_SCRIPT_REQUEST_LOCATION_VALUES: set[SiteScriptRequestLocation] = {
    "footer",
    "head",
}


def check_site_script_request_location(value: str) -> SiteScriptRequestLocation:
    if value in SITE_SCRIPT_REQUEST_LOCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_REQUEST_LOCATION_VALUES!r}"
    )
