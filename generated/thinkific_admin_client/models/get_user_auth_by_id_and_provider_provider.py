from typing import Literal

GetUserAuthByIdAndProviderProvider = Literal["OPENID_CONNECT", "SSO"]

GET_USER_AUTH_BY_ID_AND_PROVIDER_PROVIDER_VALUES: set[
    GetUserAuthByIdAndProviderProvider
] = {
    "OPENID_CONNECT",
    "SSO",
}


def check_get_user_auth_by_id_and_provider_provider(
    value: str,
) -> GetUserAuthByIdAndProviderProvider:
    if value in GET_USER_AUTH_BY_ID_AND_PROVIDER_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_AUTH_BY_ID_AND_PROVIDER_PROVIDER_VALUES!r}"
    )
