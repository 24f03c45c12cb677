from typing import Literal

SiteScriptResponseLocation = Literal["footer", "head"]

SITE_SCRIPT_RESPONSE_LOCATION_VALUES: set[SiteScriptResponseLocation] = {
    "footer",
    "head",
}


def check_site_script_response_location(value: str) -> SiteScriptResponseLocation:
    if value in SITE_SCRIPT_RESPONSE_LOCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_RESPONSE_LOCATION_VALUES!r}"
    )
