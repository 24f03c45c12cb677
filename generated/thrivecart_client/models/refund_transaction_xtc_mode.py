from typing import Literal

RefundTransactionXTCMode = Literal["live", "test"]

REFUND_TRANSACTION_XTC_MODE_VALUES: set[RefundTransactionXTCMode] = {
    "live",
    "test",
}


def check_refund_transaction_xtc_mode(value: str) -> RefundTransactionXTCMode:
    if value in REFUND_TRANSACTION_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFUND_TRANSACTION_XTC_MODE_VALUES!r}"
    )
