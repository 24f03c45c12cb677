from typing import Literal

UpdateUserByIdProvider = Literal["OPENID_CONNECT", "SSO"]

UPDATE_USER_BY_ID_PROVIDER_VALUES: set[UpdateUserByIdProvider] = {
    "OPENID_CONNECT",
    "SSO",
}


def check_update_user_by_id_provider(value: str) -> UpdateUserByIdProvider:
    if value in UPDATE_USER_BY_ID_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_USER_BY_ID_PROVIDER_VALUES!r}"
    )
