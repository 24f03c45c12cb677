from typing import Literal

UserResponseRolesItem = Literal[
    "affiliate", "course_admin", "group_analyst", "site_admin"
]

USER_RESPONSE_ROLES_ITEM_VALUES: set[UserResponseRolesItem] = {
    "affiliate",
    "course_admin",
    "group_analyst",
    "site_admin",
}


def check_user_response_roles_item(value: str) -> UserResponseRolesItem:
    if value in USER_RESPONSE_ROLES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_RESPONSE_ROLES_ITEM_VALUES!r}"
    )
