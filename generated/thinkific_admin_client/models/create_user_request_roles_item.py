from typing import Literal

CreateUserRequestRolesItem = Literal[
    "affiliate", "course_admin", "group_analyst", "site_admin"
]

CREATE_USER_REQUEST_ROLES_ITEM_VALUES: set[CreateUserRequestRolesItem] = {
    "affiliate",
    "course_admin",
    "group_analyst",
    "site_admin",
}


def check_create_user_request_roles_item(value: str) -> CreateUserRequestRolesItem:
    if value in CREATE_USER_REQUEST_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_REQUEST_ROLES_ITEM_VALUES!r}"
    )
