from typing import Literal

SearchTransactionsXTCMode = Literal["live", "test"]

SEARCH_TRANSACTIONS_XTC_MODE_VALUES: set[SearchTransactionsXTCMode] = {
    "live",
    "test",
}


def check_search_transactions_xtc_mode(value: str) -> SearchTransactionsXTCMode:
    if value in SEARCH_TRANSACTIONS_XTC_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_TRANSACTIONS_XTC_MODE_VALUES!r}"
    )
