"""A small engine log for the log page's tests and screenshots: SamCart orders (done), an order
whose rule names a course Thinkific no longer has (failed), a refund that arrived before its
purchase (the purchase superseded), an unreadable delivery (unparsed) and a ThriveCart
delivery carrying the account's secret word."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from aiothinkific.engine import Engine, Rules

TOKEN = "page-token-0123456789"
THRIVECART_SECRET = "TcWord-ZEBRA-42"
SAMCART_SECRET = "sam-url-token-77"
RULES = """
welcome_email: false
rules:
  - {name: ml-course, source: samcart, product: 901, trigger: Product Purchased,
     action: Create Course Enrollment, course: Machine Learning}
  - {name: ml-refund, source: samcart, product: 901, trigger: Product Refunded,
     action: Expire Course Enrollment, course: Machine Learning}
  - {name: pandas-course, source: samcart, product: 902, trigger: Product Purchased,
     action: Create Course Enrollment, course: Data Analysis with Pandas}
"""
FAILING_RULE = "pandas-course"
Post = Callable[..., Awaitable[httpx.Response]]


def samcart(kind: str, order_id: int, created: str, email: str, product: str = "901",
            **extra: Any) -> dict[str, Any]:  # fmt: skip
    """A SamCart Notify post; its ``api_key`` is the SamCart account's key (a secret)."""
    first = email.split("@")[0].title()
    return {
        "type": kind,
        "api_key": "samcart-account-key-SECRET",
        "product": {"id": product, "name": f"Product {product}", "price": "199.00"},
        "customer": {"customer_id": str(order_id), "first_name": first, "last_name": "Doe",
                     "email": email},
        "order": {"id": str(order_id), "total": "199.00", "created_at": created},
        **extra,
    }  # fmt: skip


def break_rule(engine: Engine, name: str = FAILING_RULE) -> Rules:
    """The rule ``name`` points at a course Thinkific does not have (as after deleting it);
    the good rules are returned, to put back (the rules file fixed)."""
    good = engine.rules
    engine.rules = dataclasses.replace(
        good,
        rules=tuple(
            dataclasses.replace(rule, target_id=9999) if rule.name == name else rule
            for rule in good.rules
        ),
    )
    return good


async def seed(post: Post, settle: Callable[[], Awaitable[None]]) -> None:
    """Deliver the demo's events through the receiver (``post`` is an httpx client's ``post``);
    ``settle`` waits for the worker. The engine's failing rule must be broken first."""
    url = f"/samcart?secret={SAMCART_SECRET}"
    for order_id, email in ((5001, "ivy@example.com"), (5002, "sam@example.com")):
        answer = await post(url, json=samcart("Order", order_id, "2026-11-30 10:00:00", email))
        assert answer.status_code == 202, answer.text
    await settle()
    # A refund delivered before its purchase: the purchase, late, must not enroll again.
    refund = samcart("Refund", 5003, "2026-11-30 10:00:00", "lee@example.com",
                     created_at="2026-11-30 12:00:00")  # fmt: skip
    assert (await post(url, json=refund)).status_code == 202
    await settle()
    late = samcart("Order", 5003, "2026-11-30 10:00:00", "lee@example.com")
    assert (await post(url, json=late)).status_code == 202
    await settle()
    failing = samcart("Order", 5004, "2026-11-30 11:00:00", "pat@example.com", product="902")
    assert (await post(url, json=failing)).status_code == 202
    unreadable = await post(url, json={"type": "Order", "note": "no customer"})
    assert unreadable.status_code == 202, unreadable.text
    thrivecart = await post(
        "/thrivecart",
        content=f"thrivecart_secret={THRIVECART_SECRET}&event=order.success&mode=live".encode(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert thrivecart.status_code == 202, thrivecart.text
    await settle()
