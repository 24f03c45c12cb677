from typing import Literal

SiteScriptRequestPageScopesItem = Literal[
    "all",
    "bundle_landing_page",
    "checkout",
    "checkout_thankyou_page",
    "collections_landing_page",
    "coming_soon_page",
    "course_landing_page",
    "course_player",
    "home_landing_page",
    "landing_pages",
    "learning_experience",
    "page_template",
    "student_dashboard",
]

SITE_SCRIPT_REQUEST_PAGE_SCOPES_ITEM_VALUES: set[SiteScriptRequestPageScopesItem] = {
    "all",
    "bundle_landing_page",
    "checkout",
    "checkout_thankyou_page",
    "collections_landing_page",
    "coming_soon_page",
    "course_landing_page",
    "course_player",
    "home_landing_page",
    "landing_pages",
    "learning_experience",
    "page_template",
    "student_dashboard",
}


def check_site_script_request_page_scopes_item(
    value: str,
) -> SiteScriptRequestPageScopesItem:
    if value in SITE_SCRIPT_REQUEST_PAGE_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SITE_SCRIPT_REQUEST_PAGE_SCOPES_ITEM_VALUES!r}"
    )
