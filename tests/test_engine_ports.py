"""The engine with everything on real ports: the ThriveCart mock (uvicorn) delivers over HTTP to
the engine's receiver (uvicorn, worker in its lifespan), which acts on the Thinkific mock
(uvicorn) through the overlay client. Also the windows a crash can leave: an action marked
started whose request did or did not reach Thinkific, and a bundle enrollment Thinkific
accepts with 202 (asynchronous), confirmed later."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.engine import Backoff, Engine, LogQuery, Secrets
from aiothinkific.engine.rules import loads_rules
from aiothinkific.mock import MockSettings, create_app, mock_client
from aiothinkific.mock.thrivecart import ThriveCartSettings
from aiothinkific.webhooks.serving import serving

SECRET_WORD = "ports-secret"
RULES = """
rules:
  - {name: main, product: product-4, trigger: Product Purchased,
     action: Create Course Enrollment, course: 1}
  - {name: bump, product: bump-4, trigger: Product Purchased,
     action: Create Course Enrollment, course: 2}
  - {name: refund-main, product: product-4, trigger: Product Refunded,
     action: Expire Course Enrollment, course: 1}
  - {name: refund-bump, product: bump-4, trigger: Product Refunded,
     action: Expire Course Enrollment, course: 2}
  - {name: member, product: 373, trigger: Product Purchased,
     action: Create Bundle Enrollment, bundle: Programming Bundle}
  - {name: member-ends, product: 373, trigger: Subscription Canceled,
     action: Expire Bundle Enrollment, bundle: Programming Bundle}
"""


@pytest.fixture
def thrivecart_mock_settings() -> ThriveCartSettings:
    return ThriveCartSettings(secret_word=SECRET_WORD)


def active(enrollment: Any) -> bool:
    expiry = enrollment.expiry_date
    expired = isinstance(expiry, datetime.datetime) and expiry <= datetime.datetime.now(
        datetime.UTC
    )
    return enrollment.activated_at is not None and not expired


async def settled(engine: Engine, count: int) -> None:
    """Until ``count`` events are stored and none is open."""
    for _ in range(400):
        stored = sum(engine.store.status_counts().values())
        if stored >= count and not engine.store.has_open():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"not settled: {engine.store.status_counts()}")


async def test_purchase_bump_refund_cancel_and_redelivery_over_http(
    engine_db: str, thinkific_mock_server: str, thrivecart_mock: str
) -> None:
    control = thrivecart_mock.removesuffix("/api/external") + "/_mock/thrivecart"
    async with Thinkific(api_key="mock-key", subdomain="mock", base_url=thinkific_mock_server,
                         requests_per_minute=None) as tk:  # fmt: skip
        engine = await Engine.open(loads_rules(RULES), tk, database=engine_db,
                                   secrets=Secrets(thrivecart=SECRET_WORD))  # fmt: skip
        async with (
            serving(engine.app(), "127.0.0.1", 0, lifespan="on") as root,
            httpx.AsyncClient(headers={"Authorization": "Bearer mock-thrivecart-key"}) as cart,
        ):
            added = await cart.post(control + "/webhooks", json={"url": root + "/thrivecart"})
            assert added.status_code == 201, added.text  # the HEAD and ping were answered
            buyer = {"product_id": 4, "bump_id": 4, "email": "pat@example.com", "name": "Pat Doe"}
            bought = await cart.post(control + "/purchases", json=buyer)
            order = bought.json()
            await settled(engine, 1)
            user = [u async for u in tk.users.list(email="pat@example.com")]
            assert len(user) == 1
            enrolled = {e.course_id: e async for e in tk.enrollments.list(user_id=user[0].id)}
            assert set(enrolled) == {1, 2} and all(map(active, enrolled.values()))

            for reference in ("product-4", "bump-4"):
                await cart.post(f"{control}/orders/{order['order_id']}/refund",
                                json={"reference": reference})  # fmt: skip
            await settled(engine, 3)
            enrolled = {e.course_id: e async for e in tk.enrollments.list(user_id=user[0].id)}
            assert set(enrolled) == {1, 2} and not any(map(active, enrolled.values()))

            member = await cart.post(
                control + "/purchases", json={"product_id": 373, "email": "pat@example.com"}
            )
            subscription = member.json()["subscription_ids"]["product-373"]
            await settled(engine, 4)
            in_bundle = [e async for e in tk.bundles.list_enrollments(1, user_id=user[0].id)]
            assert in_bundle and all(map(active, in_bundle))
            await cart.post(f"{control}/subscriptions/{subscription}/cancel")
            await settled(engine, 5)
            in_bundle = [e async for e in tk.bundles.list_enrollments(1, user_id=user[0].id)]
            assert in_bundle and not any(map(active, in_bundle))

            # ThriveCart sends a notice again: answered, counted, nothing done twice.
            first = engine.store.event(1)
            assert first is not None
            again = await cart.post(root + "/thrivecart", content=first.raw,
                                    headers={"content-type": first.content_type})  # fmt: skip
            assert again.json()["status"] == "duplicate"
            await settled(engine, 5)
            count = len([e async for e in tk.enrollments.list(user_id=user[0].id)])
            assert count == 4  # courses 1 and 2, and the bundle's 3 and 4 (1, 2 joined it)
        statuses = {e.cart_event: e.status for e in engine.log(LogQuery(limit=10))}
        assert statuses == {
            "order.success": "done",
            "order.refund": "done",
            "order.subscription_cancelled": "done",
        }
        assert engine.entry(1) is not None and engine.entry(1).deliveries == 2  # type: ignore[union-attr]
        engine.close()


# -- the windows a crash leaves --------------------------------------------------------------


class Accepting:
    """Answers the bundle enrollment POST with 202 (Thinkific doing it in the background): the
    mock has done it already, so a later check finds it."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        bundle_post = (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and (scope["path"].endswith("/enrollments") and "/bundles/" in scope["path"])
        )

        async def accepted(message: Any) -> None:
            if message["type"] == "http.response.start" and message["status"] == 201:
                message = {**message, "status": 202}
            await send(message)

        await self.app(scope, receive, accepted if bundle_post else send)


@pytest.fixture
async def in_process(engine_db: str) -> AsyncIterator[tuple[Engine, Thinkific, httpx.AsyncClient]]:
    settings = MockSettings()
    async with mock_client(settings, app=Accepting(create_app(settings))) as tk:
        engine = await Engine.open(loads_rules(RULES), tk, database=engine_db,
                                   secrets=Secrets(thrivecart=SECRET_WORD),
                                   backoff=Backoff(base=0.0, cap=0.0))  # fmt: skip
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=engine.app()), base_url="http://engine.test"
        ) as receiver:
            yield engine, tk, receiver
        engine.close()


def notice(product: str, email: str, order_id: int = 500, timestamp: int = 1764500000) -> str:
    number = product.partition("-")[2]
    return (
        f"event=order.success&mode=live&base_product={number}&order_id={order_id}"
        f"&invoice_id=1&currency=USD&customer_id=3&customer[email]={email}"
        f"&customer[first_name]=Ro&customer[last_name]=Ma&order[total]=100"
        f"&purchases[0]=Thing&purchase_map[0]={product}&purchase_map_flat={product}"
        f"&timestamp={timestamp}&thrivecart_secret={SECRET_WORD}"
    )


async def post(receiver: httpx.AsyncClient, body: str) -> int:
    answer = await receiver.post(
        "/thrivecart", content=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert answer.status_code == 202, answer.text
    seq: int = answer.json()["event"]
    return seq


async def test_an_action_a_crash_cut_off_after_its_request_is_not_repeated(
    in_process: tuple[Engine, Thinkific, httpx.AsyncClient],
) -> None:
    engine, tk, receiver = in_process
    seq = await post(receiver, notice("product-4", "ro@example.com"))
    # What the crashed process did: planned, marked started, and Thinkific enrolled.
    engine.store.plan(seq, [("main", "create_course_enrollment", 1, "Python", "product-4")])
    engine.store.set_action(seq, 0, "started", attempt=True)
    user = await tk.users.create(first_name="Ro", last_name="Ma", email="ro@example.com")
    await tk.enrollments.create(course_id=1, user_id=user.id,
                                activated_at=datetime.datetime.now(datetime.UTC))  # fmt: skip
    await engine.worker.drain()
    found = [e async for e in tk.enrollments.list(user_id=user.id)]
    assert [e.course_id for e in found] == [1]
    (action,) = engine.entry(seq).actions  # type: ignore[union-attr]
    assert (action.status, action.attempts) == ("done", 2)
    assert action.answer == f"enrollment {found[0].id} already active"


async def test_an_action_a_crash_cut_off_before_its_request_is_carried_out(
    in_process: tuple[Engine, Thinkific, httpx.AsyncClient],
) -> None:
    engine, tk, receiver = in_process
    seq = await post(receiver, notice("product-4", "sy@example.com"))
    engine.store.plan(seq, [("main", "create_course_enrollment", 1, "Python", "product-4")])
    engine.store.set_action(seq, 0, "started", attempt=True)
    await engine.worker.drain()
    (user,) = [u async for u in tk.users.list(email="sy@example.com")]
    found = [e async for e in tk.enrollments.list(user_id=user.id)]
    assert [(e.course_id, active(e)) for e in found] == [(1, True)]


async def test_a_202_bundle_enrollment_is_confirmed_later(
    in_process: tuple[Engine, Thinkific, httpx.AsyncClient],
) -> None:
    engine, _, receiver = in_process
    seq = await post(receiver, notice("product-373", "ty@example.com"))
    await engine.worker.drain()  # the first run: Thinkific answers 202
    await engine.worker.drain()  # due again at once (no backoff here): confirmed
    entry = engine.entry(seq)
    assert entry is not None and entry.status == "done"
    (action,) = entry.actions
    assert (action.status, action.answer) == ("done", "bundle enrollment confirmed")


async def test_a_customers_events_run_in_the_carts_order(
    in_process: tuple[Engine, Thinkific, httpx.AsyncClient],
) -> None:
    engine, tk, receiver = in_process
    refund = (
        notice("product-4", "uma@example.com", timestamp=1764500100).replace(
            "event=order.success", "event=order.refund"
        )
        + "&refund[product_id]=4&refund[type]=product&refund[amount]=100&refund[name]=Thing"
    )
    # Both arrive before the worker runs, the refund first: it is applied second.
    await post(receiver, refund)
    await post(receiver, notice("product-4", "uma@example.com"))
    await engine.worker.drain()
    (user,) = [u async for u in tk.users.list(email="uma@example.com")]
    (enrollment,) = [e async for e in tk.enrollments.list(user_id=user.id)]
    assert not active(enrollment)  # enrolled by the purchase, then expired by the refund
    log = engine.log()
    assert [(e.cart_event, [a.status for a in e.actions]) for e in log] == [
        ("order.success", ["done"]),
        ("order.refund", ["done"]),
    ]
