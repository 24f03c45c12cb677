from typing import Literal

GetUserByIdProvider = Literal["OPENID_CONNECT", "SSO"]

GET_USER_BY_ID_PROVIDER_VALUES: set[GetUserByIdProvider] = {
    "OPENID_CONNECT",
    "SSO",
}


def check_get_user_by_id_provider(value: str) -> GetUserByIdProvider:
    if value in GET_USER_BY_ID_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_BY_ID_PROVIDER_VALUES!r}"
    )
