from typing import Literal

DeleteUserByIdProvider = Literal["OPENID_CONNECT", "SSO"]

DELETE_USER_BY_ID_PROVIDER_VALUES: set[DeleteUserByIdProvider] = {
    "OPENID_CONNECT",
    "SSO",
}


def check_delete_user_by_id_provider(value: str) -> DeleteUserByIdProvider:
    if value in DELETE_USER_BY_ID_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_USER_BY_ID_PROVIDER_VALUES!r}"
    )
