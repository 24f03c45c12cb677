from typing import Literal

TransactionTransactionType = Literal["cancel", "charge", "rebill", "refund"]

TRANSACTION_TRANSACTION_TYPE_VALUES: set[TransactionTransactionType] = {
    "cancel",
    "charge",
    "rebill",
    "refund",
}


def check_transaction_transaction_type(value: str) -> TransactionTransactionType:
    if value in TRANSACTION_TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSACTION_TRANSACTION_TYPE_VALUES!r}"
    )
