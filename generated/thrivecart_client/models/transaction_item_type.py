from typing import Literal

TransactionItemType = Literal["bump", "downsell", "product", "upsell"]

TRANSACTION_ITEM_TYPE_VALUES: set[TransactionItemType] = {
    "bump",
    "downsell",
    "product",
    "upsell",
}


def check_transaction_item_type(value: str) -> TransactionItemType:
    if value in TRANSACTION_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSACTION_ITEM_TYPE_VALUES!r}"
    )
