from typing import Literal

CreateUserRequestProvider = Literal["OPENID_CONNECT", "SSO"]

CREATE_USER_REQUEST_PROVIDER_VALUES: set[CreateUserRequestProvider] = {
    "OPENID_CONNECT",
    "SSO",
}


def check_create_user_request_provider(value: str) -> CreateUserRequestProvider:
    if value in CREATE_USER_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_REQUEST_PROVIDER_VALUES!r}"
    )
