from typing import Literal

SearchTransactionsTransactionType = Literal[
    "any", "cancel", "charge", "rebill", "refund"
]

SEARCH_TRANSACTIONS_TRANSACTION_TYPE_VALUES: set[SearchTransactionsTransactionType] = {
    "any",
    "cancel",
    "charge",
    "rebill",
    "refund",
}


def check_search_transactions_transaction_type(
    value: str,
) -> SearchTransactionsTransactionType:
    if value in SEARCH_TRANSACTIONS_TRANSACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TRANSACTIONS_TRANSACTION_TYPE_VALUES!r}"
    )
