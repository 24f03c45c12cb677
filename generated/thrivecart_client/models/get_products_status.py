from typing import Literal

GetProductsStatus = Literal["live", "test"]

GET_PRODUCTS_STATUS_VALUES: set[GetProductsStatus] = {
    "live",
    "test",
}


def check_get_products_status(value: str) -> GetProductsStatus:
    if value in GET_PRODUCTS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PRODUCTS_STATUS_VALUES!r}"
    )
