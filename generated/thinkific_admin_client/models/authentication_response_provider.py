from typing import Literal

AuthenticationResponseProvider = Literal["OPENID_CONNECT", "SSO"]

AUTHENTICATION_RESPONSE_PROVIDER_VALUES: set[AuthenticationResponseProvider] = {
    "OPENID_CONNECT",
    "SSO",
}


def check_authentication_response_provider(
    value: str,
) -> AuthenticationResponseProvider:
    if value in AUTHENTICATION_RESPONSE_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTHENTICATION_RESPONSE_PROVIDER_VALUES!r}"
    )
