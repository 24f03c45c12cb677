"""ThriveCart's records in the mock's store, its handler registry, and what every handler
shares: the mode a call runs in and ThriveCart's error answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiothinkific.mock.engine import Call
from aiothinkific.mock.errors import ApiError, InvalidRequest
from aiothinkific.mock.registry import HandlerRegistry

#: ThriveCart's handlers, in :mod:`aiothinkific.mock.thrivecart.handlers` (never Thinkific's).
THRIVECART = HandlerRegistry("aiothinkific.mock.thrivecart.handlers")
handles = THRIVECART.handles

#: The store's kinds. Catalogue items are shared by both modes; everything a customer does is
#: kept per mode (``mode`` field).
PRODUCT, BUMP, UPSELL, DOWNSELL = "tc_product", "tc_bump", "tc_upsell", "tc_downsell"
ITEM_KINDS = {"product": PRODUCT, "bump": BUMP, "upsell": UPSELL, "downsell": DOWNSELL}
CUSTOMER, ORDER, SUBSCRIPTION = "tc_customer", "tc_order", "tc_subscription"
TRANSACTION, AFFILIATE, STUDENT = "tc_transaction", "tc_affiliate", "tc_student"
EVENT_SUBSCRIPTION, ACCOUNT_WEBHOOK, EVENT = (
    "tc_event_subscription",
    "tc_account_webhook",
    "tc_event",
)
MODES = ("live", "test")
#: The account's subdomain in the links the API answers with (as in the vendor's examples).
ACCOUNT = "myaccount"


def error(message: str, status: int = 400, **extra: str) -> ApiError:
    """ThriveCart's error answer: ``{"error": message}`` (plus ``reason`` and the like)."""
    return ApiError(status, {"error": message, **extra})


def mode_of(call: Call) -> str:
    """``X-TC-Mode`` (live unless given); 400 for any other value."""
    mode = call.headers.get("x-tc-mode", "live").strip().lower() or "live"
    if mode not in MODES:
        raise error("The X-TC-Mode header must be live or test.")
    return mode


def field_label(name: str) -> str:
    """``order_id`` -> ``order ID``, ``order_info[purchase_type]`` -> ``purchase type``."""
    last = name.rsplit("[", 1)[-1].rstrip("]").rsplit(".", 1)[-1]
    words = last.split("_")
    return " ".join("ID" if word == "id" else "URL" if word == "url" else word for word in words)


def thrivecart_errors(raised: ApiError) -> ApiError:
    """ThriveCart's error style: a request the spec refuses answers 400 with a sentence naming
    its first bad field ("You must provide a valid order ID."), never a 422."""
    if isinstance(raised, InvalidRequest):
        name = next(iter(raised.errors), "base")
        if name == "base":
            return error("You must provide the required parameters.")
        return error(f"You must provide a valid {field_label(name)}.")
    return raised


def text(value: Any) -> str:
    return "" if value is None else str(value)


def project(doc: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: doc[name] for name in fields if name in doc}
