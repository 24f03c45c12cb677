"""External orders (sales made outside Thinkific) and their purchase and refund transactions."""

from __future__ import annotations

from typing import Any

from aiothinkific.mock import webhooks
from aiothinkific.mock.backends.records import EXTERNAL_ORDERS, PRODUCTS, USERS
from aiothinkific.mock.engine import Call
from aiothinkific.mock.errors import field_error
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import Doc
from aiothinkific.specs import JSON


def _transaction(call: Call, action: str, sent: dict[str, Any]) -> Doc:
    return {
        "action": action,
        "amount": sent["amount"],
        "currency": sent["currency"],
        "reference": sent.get("reference"),
        "created_at": call.timestamp,
    }


def _balance(order: Doc, currency: str) -> float:
    """What was paid and not yet refunded, in ``currency``."""
    sign = {"purchase": 1, "refund": -1}
    return float(
        sum(
            sign.get(t["action"], 0) * t["amount"]
            for t in order["transactions"]
            if t["currency"].upper() == currency.upper()
        )
    )


@handles("createExternalOrder")
def create_external_order(call: Call) -> JSON:
    data = call.data
    user = USERS.must_exist(call, data["user_id"], "user_id")
    product = PRODUCTS.must_exist(call, data["product_id"], "product_id")
    doc: Doc = {
        "payment_provider": data["payment_provider"],
        "user_id": data["user_id"],
        "product_id": data["product_id"],
        "order_type": data["order_type"],
        "transactions": [],
        "created_at": call.timestamp,
    }
    if "transaction" in data:
        action = data["transaction"].get("action") or "purchase"
        doc["transactions"].append(_transaction(call, action, data["transaction"]))
    EXTERNAL_ORDERS.insert(call, doc)
    webhooks.emit(call, "order.created", webhooks.order_payload(doc, user, product))
    return {"id": doc["id"]}


def _record(call: Call, action: str) -> None:
    order = EXTERNAL_ORDERS.find(call, call.id)
    if call.data["amount"] <= 0:
        raise field_error("amount", "must be greater than 0")
    if action == "refund" and call.data["amount"] > _balance(order, call.data["currency"]):
        raise field_error("amount", "is more than was paid")
    order["transactions"].append(_transaction(call, action, call.data))
    EXTERNAL_ORDERS.save(call, order)


@handles("purchaseExternalOrderTransaction")
def purchase(call: Call) -> None:
    _record(call, "purchase")


@handles("refundExternalOrderTransaction")
def refund(call: Call) -> None:
    _record(call, "refund")
