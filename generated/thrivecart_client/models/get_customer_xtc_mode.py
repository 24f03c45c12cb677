from typing import Literal

GetCustomerXTCMode = Literal["live", "test"]

GET_CUSTOMER_XTC_MODE_VALUES: set[GetCustomerXTCMode] = {
    "live",
    "test",
}


def check_get_customer_xtc_mode(value: str) -> GetCustomerXTCMode:
    if value in GET_CUSTOMER_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_XTC_MODE_VALUES!r}"
    )
