"""Customers, the transaction log, refunds and the subscription state changes (cancel, pause,
resume), as ThriveCart answers them; the changes themselves are
:mod:`aiothinkific.mock.thrivecart.orders`'."""

from __future__ import annotations

from collections import Counter
from typing import Any

from aiothinkific.mock.engine import Call
from aiothinkific.mock.store import Doc, Filter, eq, eq_nocase
from aiothinkific.mock.thrivecart import orders
from aiothinkific.mock.thrivecart.records import (
    CUSTOMER,
    ORDER,
    SUBSCRIPTION,
    TRANSACTION,
    error,
    handles,
    mode_of,
    project,
    text,
)

TRANSACTION_FIELDS = ("event_id", "base_product", "date", "time", "timestamp",
                      "transaction_type", "item_type", "item_id", "amount", "order_id",
                      "invoice_id", "currency", "processor", "customer", "reference")  # fmt: skip
SUBSCRIPTION_FIELDS = ("status", "order_id", "invoice_id", "subscription_id",
                       "subscription_reference", "currency", "frequency", "amount", "payments",
                       "payments_remaining", "total_paid", "last_payment", "date_started",
                       "processor", "item_name", "item_type", "item_id", "next_payment",
                       "events")  # fmt: skip


def any_of(*conditions: Filter) -> Filter:
    return Filter(
        "(" + " OR ".join(c.sql for c in conditions) + ")",
        tuple(p for c in conditions for p in c.params),
    )


def show_transaction(doc: Doc) -> Doc:
    moment = orders.from_epoch(doc["timestamp"])
    shown = {**doc, "event_id": str(doc["id"]), "date": orders.stamp(moment)[:10],
             "time": orders.stamp(moment)}  # fmt: skip
    return project(shown, TRANSACTION_FIELDS)


@handles("searchTransactions")
def search_transactions(call: Call) -> Any:
    """Newest first; ``query`` finds a customer email, an order id or an invoice id."""
    filters = [eq("mode", mode_of(call))]
    kind = call.query.get("transactionType", "any")
    if kind != "any":
        filters.append(eq("transaction_type", kind))
    if call.query.get("currency"):
        filters.append(eq_nocase("currency", call.query["currency"]))
    query = (call.query.get("query") or "").strip()
    if query:
        filters.append(any_of(eq_nocase("email", query), eq("order_id", query),
                              eq("invoice_id", query)))  # fmt: skip
    page, size = call.query["page"], call.query["perPage"]
    total = call.store.count(TRANSACTION, filters)
    # The log is stored oldest first (ids grow with time): page p newest first is this slice.
    end = max(total - (page - 1) * size, 0)
    start = max(end - size, 0)
    docs = call.store.select(TRANSACTION, filters, limit=end - start, offset=start) if end else []
    shown = [show_transaction(doc) for doc in reversed(docs)]
    return {"transactions": shown, "meta": {"total": total, "results": len(shown)}}


def show_subscription(sub: Doc) -> Doc:
    remaining = max(sub["payments_total"] - sub["payments"], 0) if sub["payments_total"] else 0
    shown = {**sub, "order_id": str(sub["order_id"]), "invoice_id": str(sub["invoice_id"]),
             "subscription_id": str(sub["id"]), "subscription_reference": sub["reference"],
             "amount": str(sub["amount"]), "payments": str(sub["payments"]),
             "payments_remaining": str(remaining), "total_paid": str(sub["total_paid"]),
             "item_id": str(sub["item_id"]), "next_payment": text(sub["next_payment"])}  # fmt: skip
    return project(shown, SUBSCRIPTION_FIELDS)


@handles("getCustomer")
def get_customer(call: Call) -> Any:
    mode = mode_of(call)
    email = call.data["email"]
    customer = call.store.first(CUSTOMER, [eq("mode", mode), eq_nocase("email", email)])
    if customer is None:
        raise error("There are no orders associated with this customer.", 404)
    bought = call.store.select(ORDER, [eq("mode", mode), eq("customer_id", customer["id"])])
    purchases = [
        {"status": item["status"], "order_id": str(order["id"]),
         "invoice_id": str(order["invoice_id"]), "processor": order["processor"],
         "amount": item["amount"], "net_amount": 0 if item["status"] == "refunded"
         else item["amount"], "currency": order["currency"], "item_name": item["name"],
         "item_type": item["type"], "item_id": str(item["id"]), "reference": item["reference"]}
        for order in bought for item in order["items"] if "subscription_id" not in item
    ]  # fmt: skip
    subs = call.store.select(SUBSCRIPTION, [eq("mode", mode), eq_nocase("email", email)])
    paid: Counter[str] = Counter()
    for doc in call.store.select(TRANSACTION, [eq("mode", mode), eq_nocase("email", email)]):
        sign = {"charge": 1, "rebill": 1, "refund": -1}.get(doc["transaction_type"], 0)
        paid[doc["currency"]] += sign * doc["amount"]
    return {
        "customer": {"name": customer["name"], "email": customer["email"]},
        "purchases": purchases,
        "subscriptions": [show_subscription(sub) for sub in subs],
        "lifetime_value": dict(paid),
    }


def subscription_of(call: Call) -> Doc:
    return orders.find_subscription(
        call.store, mode_of(call), call.data["order_id"], call.data["subscription_id"]
    )


@handles("cancelSubscription")
def cancel_subscription(call: Call) -> Any:
    orders.cancel(call.store, call.now, subscription_of(call))
    return {"success": True, "message": "This subscription has been successfully cancelled."}


@handles("pauseSubscription")
def pause_subscription(call: Call) -> Any:
    sub = subscription_of(call)
    orders.pause(call.store, call.now, sub, call.data.get("auto_resume"))
    return {"success": True, "customer_id": sub["customer_ref"], "frequency": sub["frequency"],
            "plan_id": sub["plan_id"],
            "message": "This subscription has been successfully paused."}  # fmt: skip


@handles("resumeSubscription")
def resume_subscription(call: Call) -> Any:
    sub = subscription_of(call)
    orders.resume(call.store, call.now, sub)
    return {"success": True, "subscription_id": f"sub_{sub['id']:014d}",
            "message": "This subscription has been successfully resumed."}  # fmt: skip


@handles("refundTransaction")
def refund_transaction(call: Call) -> Any:
    order = orders.find_order(call.store, mode_of(call), call.data["order_id"])
    orders.refund(call.store, call.now, order, call.data["reference"], call.data.get("reason"))
    return {"success": True, "message": "This refund has been issued successfully."}
