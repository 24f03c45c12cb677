from typing import Literal

UpdateUserRequestRolesItem = Literal[
    "affiliate", "course_admin", "group_analyst", "site_admin"
]

UPDATE_USER_REQUEST_ROLES_ITEM_VALUES: set[UpdateUserRequestRolesItem] = {
    "affiliate",
    "course_admin",
    "group_analyst",
    "site_admin",
}


def check_update_user_request_roles_item(value: str) -> UpdateUserRequestRolesItem:
    if value in UPDATE_USER_REQUEST_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_REQUEST_ROLES_ITEM_VALUES!r}"
    )
