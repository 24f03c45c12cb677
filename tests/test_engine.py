"""The enrollment engine in process: the ThriveCart mock delivers its real webhooks to the
engine's receiver, the worker acts on the Thinkific mock through the overlay client; SamCart
posts are hand-written in SamCart's shape. Every scenario checks Thinkific's own state."""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.engine import Backoff, Engine, LogQuery, Secrets
from aiothinkific.engine.rules import loads_rules
from aiothinkific.mock import MockSettings, create_app, mock_client
from aiothinkific.mock.thrivecart import (
    MOCK_THRIVECART_HOST,
    ThriveCartSettings,
    create_thrivecart_app,
)
from starlette.types import Receive, Scope, Send

CONTROL = MOCK_THRIVECART_HOST + "/_mock/thrivecart"
ENGINE = "http://engine.test"
SECRET_WORD = "S3CRET-word"
SAMCART_SECRET = "sam-token"
EVENTS_SECRET = "events-token"

RULES = """
welcome_email: false
custom_fields:
  phone: Phone
rules:
  - name: main
    product: product-4
    trigger: Product Purchased
    action: Create Course Enrollment
    course: Python for Beginners
  - name: bump
    product: bump-4
    trigger: Product Purchased
    action: Create Course Enrollment
    course: Advanced Python
  - name: refund-main
    product: product-4
    trigger: Product Refunded
    action: Expire Course Enrollment
    course: Python for Beginners
  - name: refund-bump
    product: bump-4
    trigger: Product Refunded
    action: Expire Course Enrollment
    course: Advanced Python
  - name: membership
    product: 373
    trigger: Product Purchased
    action: Create Bundle Enrollment
    bundle: Programming Bundle
  - name: membership-ends
    product: 373
    trigger: Subscription Canceled
    action: Expire Bundle Enrollment
    bundle: Programming Bundle
  - name: samcart-course
    source: samcart
    product: 901
    trigger: Product Purchased
    action: Create Course Enrollment
    course: Machine Learning
  - name: samcart-refund
    source: samcart
    product: 901
    trigger: Product Refunded
    action: Expire Course Enrollment
    course: Machine Learning
"""
PYTHON, ADVANCED, MACHINE_LEARNING = 1, 2, 4
PROGRAMMING_BUNDLE_COURSES = (1, 2, 3, 4)


class Switch(httpx.AsyncBaseTransport):
    """The cart's way to the engine: sends, or holds the POSTs back (``held`` not None)."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport
        self.held: list[httpx.Request] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.held is None or request.method != "POST":
            return await self.transport.handle_async_request(request)
        await request.aread()
        self.held.append(request)
        return httpx.Response(200)


class Counting:
    """An ASGI wrapper counting the requests that reach the app, by method and path."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests: Counter[str] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests[f"{scope['method']} {scope['path']}"] += 1
        await self.app(scope, receive, send)

    def total(self) -> int:
        return sum(self.requests.values())


@dataclass
class Setup:
    engine: Engine
    tk: Thinkific
    thinkific: Counting
    thrivecart_app: Any
    cart: httpx.AsyncClient
    receiver: httpx.AsyncClient
    switch: Switch

    async def purchase(self, **fields: Any) -> dict[str, Any]:
        answer = await self.cart.post(CONTROL + "/purchases", json=fields)
        assert answer.status_code == 201, answer.text
        await self.delivered()
        body: dict[str, Any] = answer.json()
        return body

    async def refund(self, order_id: int, reference: str) -> None:
        answer = await self.cart.post(
            f"{CONTROL}/orders/{order_id}/refund", json={"reference": reference}
        )
        assert answer.status_code == 200, answer.text
        await self.delivered()

    async def delivered(self) -> None:
        """The cart's deliveries made, then the engine's work done."""
        await self.thrivecart_app.state.deliverer.drain()
        await self.engine.worker.drain()

    async def user(self, email: str) -> Any:
        users = [u async for u in self.tk.users.list(email=email)]
        assert len(users) <= 1
        return users[0] if users else None

    async def enrollments(self, email: str) -> dict[int, Any]:
        user = await self.user(email)
        if user is None:
            return {}
        found = [e async for e in self.tk.enrollments.list(user_id=user.id)]
        by_course = {e.course_id: e for e in found}
        assert len(by_course) == len(found), "an enrollment was made twice"
        return by_course


def active(enrollment: Any) -> bool:
    expiry = enrollment.expiry_date
    now = datetime.datetime.now(datetime.UTC)
    expired = isinstance(expiry, datetime.datetime) and expiry <= now
    return enrollment.activated_at is not None and not expired


async def open_setup(database: str, **options: Any) -> AsyncIterator[Setup]:
    settings = MockSettings()
    thinkific = Counting(create_app(settings))
    async with mock_client(settings, app=thinkific) as tk:
        engine = await Engine.open(
            loads_rules(RULES),
            tk,
            database=database,
            secrets=Secrets(
                thrivecart=SECRET_WORD, thrivecart_events=EVENTS_SECRET, samcart=SAMCART_SECRET
            ),
            backoff=Backoff(base=0.0, cap=0.0),
            **options,
        )
        engine_transport = httpx.ASGITransport(app=engine.app())
        switch = Switch(engine_transport)
        cart_settings = ThriveCartSettings(webhook_transport=switch, secret_word=SECRET_WORD)
        cart_app = create_thrivecart_app(cart_settings)
        async with (
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=cart_app),
                headers={"Authorization": "Bearer mock-thrivecart-key"},
            ) as cart,
            httpx.AsyncClient(transport=engine_transport, base_url=ENGINE) as receiver,
        ):
            added = await cart.post(
                CONTROL + "/webhooks", json={"url": ENGINE + "/thrivecart", "format": "form"}
            )
            assert added.status_code == 201, added.text
            thinkific.requests.clear()  # the school's snapshot is not an event's cost
            yield Setup(engine, tk, thinkific, cart_app, cart, receiver, switch)
        engine.close()


@pytest.fixture
async def setup(engine_db: str) -> AsyncIterator[Setup]:
    async for made in open_setup(engine_db):
        yield made


# -- ThriveCart, end to end ----------------------------------------------------------------------


async def test_a_purchase_with_a_bump_creates_the_user_and_two_enrollments(setup: Setup) -> None:
    await setup.purchase(product_id=4, bump_id=4, email="Ann@Example.com", name="Ann Lee")
    # New customer: create the user, then one request per enrollment.
    assert setup.thinkific.requests == {
        "POST /api/public/v1/users": 1,
        "POST /api/public/v1/enrollments": 2,
    }
    user = await setup.user("ann@example.com")
    assert (user.first_name, user.last_name) == ("Ann", "Lee")
    enrolled = await setup.enrollments("ann@example.com")
    assert set(enrolled) == {PYTHON, ADVANCED}
    assert all(active(e) for e in enrolled.values())  # activated: not free trials
    (entry,) = setup.engine.log()
    assert (entry.status, entry.cart_event, entry.trigger) == (
        "done",
        "order.success",
        "product_purchased",
    )
    assert [(a.rule, a.status) for a in entry.actions] == [("main", "done"), ("bump", "done")]


async def test_a_refund_expires_what_the_purchase_gave(setup: Setup) -> None:
    order = await setup.purchase(product_id=4, bump_id=4, email="bo@example.com")
    await setup.refund(order["order_id"], "bump-4")
    enrolled = await setup.enrollments("bo@example.com")
    assert active(enrolled[PYTHON]) and not active(enrolled[ADVANCED])
    await setup.refund(order["order_id"], "product-4")
    enrolled = await setup.enrollments("bo@example.com")
    assert not any(active(e) for e in enrolled.values())
    refunds = setup.engine.log(LogQuery(trigger="product_refunded"))
    assert [e.status for e in refunds] == ["done", "done"]
    assert "expired" in (refunds[0].actions[0].answer or "")


async def test_a_subscription_gives_a_bundle_and_its_cancellation_takes_it(setup: Setup) -> None:
    order = await setup.purchase(product_id=373, email="cy@example.com")
    enrolled = await setup.enrollments("cy@example.com")
    assert set(enrolled) == set(PROGRAMMING_BUNDLE_COURSES)
    assert all(active(e) for e in enrolled.values())
    subscription = order["subscription_ids"]["product-373"]
    answer = await setup.cart.post(f"{CONTROL}/subscriptions/{subscription}/cancel")
    assert answer.status_code == 200
    await setup.delivered()
    enrolled = await setup.enrollments("cy@example.com")
    assert not any(active(e) for e in enrolled.values())
    (cancel,) = setup.engine.log(LogQuery(trigger="subscription_canceled"))
    assert [a.status for a in cancel.actions] == ["done"]


async def test_a_redelivery_does_nothing_twice(setup: Setup) -> None:
    await setup.purchase(product_id=4, bump_id=4, email="di@example.com")
    (entry,) = setup.engine.log()
    raw = setup.engine.store.event(entry.seq)
    assert raw is not None
    before = setup.thinkific.total()
    again = await setup.receiver.post(
        "/thrivecart", content=raw.raw, headers={"content-type": raw.content_type}
    )
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    await setup.engine.worker.drain()
    assert setup.thinkific.total() == before
    (entry,) = setup.engine.log()
    assert entry.deliveries == 2
    assert len(await setup.enrollments("di@example.com")) == 2


async def test_a_returning_customer_costs_one_request_per_enrollment(setup: Setup) -> None:
    await setup.purchase(product_id=4, email="ed@example.com")
    setup.thinkific.requests.clear()
    await setup.purchase(product_id=373, email="ed@example.com")
    assert setup.thinkific.requests == {"POST /api/public/v1/bundles/1/enrollments": 1}


async def test_an_existing_school_user_is_found_not_duplicated(setup: Setup) -> None:
    created = await setup.tk.users.create(first_name="Fay", last_name="Oh", email="fay@example.com")
    await setup.purchase(product_id=4, email="FAY@example.com ")
    assert (await setup.user("fay@example.com")).id == created.id
    assert set(await setup.enrollments("fay@example.com")) == {PYTHON}


async def test_an_enrollment_made_before_is_activated_again_not_made_twice(setup: Setup) -> None:
    order = await setup.purchase(product_id=4, email="gus@example.com")
    await setup.refund(order["order_id"], "product-4")
    assert not active((await setup.enrollments("gus@example.com"))[PYTHON])
    await setup.purchase(product_id=4, email="gus@example.com")  # buys it again
    enrolled = await setup.enrollments("gus@example.com")
    assert list(enrolled) == [PYTHON] and active(enrolled[PYTHON])


# -- order -------------------------------------------------------------------------------------


async def captured_deliveries(setup: Setup) -> list[httpx.Request]:
    """Deliveries the cart makes from now on, held back instead of sent."""
    held: list[httpx.Request] = []
    setup.switch.held = held
    return held


async def test_a_refund_arriving_before_its_purchase_leaves_no_access(setup: Setup) -> None:
    held = await captured_deliveries(setup)
    answer = await setup.cart.post(
        CONTROL + "/purchases", json={"product_id": 4, "email": "hal@example.com"}
    )
    order = answer.json()
    await setup.thrivecart_app.state.deliverer.drain()
    await setup.cart.post(
        f"{CONTROL}/orders/{order['order_id']}/refund", json={"reference": "product-4"}
    )
    await setup.thrivecart_app.state.deliverer.drain()
    purchase, refund = held
    for request in (refund, purchase):  # the network swaps them
        sent = await setup.receiver.post(
            "/thrivecart", content=request.content, headers=dict(request.headers)
        )
        assert sent.status_code == 202
        await setup.engine.worker.drain()
    enrolled = await setup.enrollments("hal@example.com")
    assert not any(active(e) for e in enrolled.values())
    purchased = setup.engine.log(LogQuery(trigger="product_purchased"))[0]
    assert purchased.actions[0].status == "superseded"
    assert "later event" in (purchased.actions[0].answer or "")


# -- SamCart -----------------------------------------------------------------------------------


def samcart(kind: str, order_id: int, created: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": kind,
        "api_key": "samcart-account-key",
        "product": {"id": "901", "name": "ML Masterclass", "price": "199.00"},
        "customer": {
            "customer_id": "77",
            "first_name": "Ivy",
            "last_name": "Ng",
            "email": "ivy@example.com",
        },
        "order": {"id": str(order_id), "total": "199.00", "created_at": created,
                  "custom_fields": [{"name": "Phone", "slug": "phone", "value": "555-0101"}]},
        **extra,
    }  # fmt: skip


async def test_a_samcart_order_and_refund_enroll_and_expire(setup: Setup) -> None:
    order = samcart("Order", 5001, "2026-11-30 10:00:00")
    posted = await setup.receiver.post(f"/samcart?secret={SAMCART_SECRET}", json=order)
    assert posted.status_code == 202, posted.text
    await setup.engine.worker.drain()
    enrolled = await setup.enrollments("ivy@example.com")
    assert list(enrolled) == [MACHINE_LEARNING] and active(enrolled[MACHINE_LEARNING])
    user = await setup.user("ivy@example.com")
    fields = {f.label: f.value for f in user.custom_profile_fields}
    assert fields.get("Phone") == "555-0101"  # mapped custom field
    again = await setup.receiver.post(f"/samcart?secret={SAMCART_SECRET}", json=order)
    assert again.json()["status"] == "duplicate"
    refund = samcart("Refund", 5001, "2026-11-30 10:00:00", created_at="2026-11-30 12:00:00")
    posted = await setup.receiver.post(f"/samcart?secret={SAMCART_SECRET}", json=refund)
    assert posted.status_code == 202
    await setup.engine.worker.drain()
    assert not active((await setup.enrollments("ivy@example.com"))[MACHINE_LEARNING])
    assert [e.cart_event for e in setup.engine.log(LogQuery(email="IVY@example.com"))] == [
        "Refund",
        "Order",
    ]


# -- refusals and what cannot be parsed ------------------------------------------------------


async def test_a_wrong_or_missing_secret_is_refused_and_leaves_only_a_count(setup: Setup) -> None:
    order = samcart("Order", 6001, "2026-11-30 10:00:00")
    for path in ("/samcart?secret=nope", "/samcart", "/thrivecart/events?secret=" + SAMCART_SECRET):
        answer = await setup.receiver.post(path, json=order)
        assert answer.status_code == 401
    form = {"event": "order.success", "thrivecart_secret": "guess", "customer[email]": "x@y.z"}
    answer = await setup.receiver.post("/thrivecart", data=form)
    assert answer.status_code == 401
    assert setup.engine.log() == []
    assert setup.engine.store.counters() == {
        "pings:thrivecart": 1,  # ThriveCart's check when the webhook was added
        "refused:samcart": 2,
        "refused:thrivecart_events": 1,
        "refused:thrivecart": 1,
    }


async def test_thrivecart_checks_of_a_new_url_are_answered(setup: Setup) -> None:
    assert (await setup.receiver.head("/thrivecart")).status_code == 200
    assert (await setup.receiver.post("/thrivecart", data={"ping": "1"})).status_code == 200
    assert setup.engine.log() == []


async def test_a_verified_delivery_that_is_no_event_is_kept_unparsed(setup: Setup) -> None:
    form = {"event": "order.success", "thrivecart_secret": SECRET_WORD, "order_id": "9"}
    answer = await setup.receiver.post("/thrivecart", data=form)
    assert answer.status_code == 202 and answer.json()["status"] == "kept, unparsed"
    broken = await setup.receiver.post(
        f"/samcart?secret={SAMCART_SECRET}",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert broken.status_code == 202
    unparsed = setup.engine.log(LogQuery(status="unparsed"))
    assert len(unparsed) == 2
    assert all(e.error for e in unparsed)
    assert "email" in (unparsed[1].error or "")
    await setup.engine.worker.drain()
    assert setup.thinkific.total() == 0


# -- failures ----------------------------------------------------------------------------------


async def test_a_failing_action_is_parked_with_its_reason_and_replayed(
    engine_db: str,
) -> None:
    async for setup in open_setup(engine_db, max_attempts=2):
        # The course the rule names is gone from the school: Thinkific refuses (422/404).
        good = setup.engine.rules
        setup.engine.rules = dataclasses.replace(
            good,
            rules=tuple(
                dataclasses.replace(rule, target_id=9999) if rule.name == "main" else rule
                for rule in good.rules
            ),
        )
        await setup.purchase(product_id=4, bump_id=4, email="jo@example.com")
        (entry,) = setup.engine.log()
        assert entry.status == "failed"
        main, bump = entry.actions
        assert main.status == "failed" and "course_id" in (main.error or ""), main.error
        assert bump.status == "done"  # the other action was not held back
        assert set(await setup.enrollments("jo@example.com")) == {ADVANCED}
        setup.engine.rules = good  # the rules file fixed
        assert setup.engine.replay() == [entry.seq]
        await setup.engine.worker.drain()
        (entry,) = setup.engine.log()
        assert entry.status == "done"
        assert set(await setup.enrollments("jo@example.com")) == {PYTHON, ADVANCED}


async def test_transient_failures_are_retried_until_they_pass(engine_db: str) -> None:
    settings = MockSettings(error_rate=0.3, drop_rate=0.2, seed=3)
    thinkific = Counting(create_app(settings))
    async with mock_client(settings, app=thinkific, max_retries=0) as tk:
        engine = await Engine.open(
            loads_rules(RULES), tk, database=engine_db,
            secrets=Secrets(samcart=SAMCART_SECRET), backoff=Backoff(base=0.0, cap=0.0),
            max_attempts=50,
        )  # fmt: skip
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=engine.app()), base_url=ENGINE
        ) as receiver:
            for number in range(20):
                order = samcart("Order", 7000 + number, "2026-11-30 10:00:00")
                order["customer"]["email"] = f"t{number}@example.com"
                answer = await receiver.post(f"/samcart?secret={SAMCART_SECRET}", json=order)
                assert answer.status_code == 202
            await engine.worker.drain()
            while engine.store.has_open():
                await engine.worker.drain()
        statuses = Counter(e.status for e in engine.log(LogQuery(limit=100)))
        assert statuses == {"done": 20}
        assert any(e.attempts > 0 for e in engine.log(LogQuery(limit=100)))
        async with mock_client(settings, app=thinkific) as reader:
            enrollments = [e async for e in reader.enrollments.list(course_id=MACHINE_LEARNING)]
        emails = Counter(e.user_email for e in enrollments)
        assert len(emails) == 20 and set(emails.values()) == {1}
        engine.close()


# -- the log -----------------------------------------------------------------------------------


async def test_the_log_is_searchable_and_kept_to_its_size(engine_db: str) -> None:
    async for setup in open_setup(engine_db, log_size=4):
        for number in range(3):
            await setup.purchase(product_id=4, email=f"k{number}@example.com")
        await setup.purchase(product_id=373, email="k0@example.com")
        assert [e.email for e in setup.engine.log(LogQuery(email="k0@example.com"))] == [
            "k0@example.com",
            "k0@example.com",
        ]
        assert len(setup.engine.log(LogQuery(product="373"))) == 1
        assert len(setup.engine.log(LogQuery(product="4"))) == 3
        assert setup.engine.log(LogQuery(product="upsell-4")) == []
        assert len(setup.engine.log(LogQuery(status="done"))) == 4
        future = datetime.datetime.now(datetime.UTC).timestamp() + 60
        assert setup.engine.log(LogQuery(since=future)) == []
        await setup.purchase(product_id=4, email="k9@example.com")
        kept = setup.engine.log(LogQuery(limit=100))
        assert len(kept) == 4  # the oldest finished event is forgotten
        assert "k9@example.com" in {e.email for e in kept}
        detail = setup.engine.entry(kept[0].seq)
        assert detail is not None and json.dumps(detail.to_dict())


async def test_dry_run_says_what_would_happen_and_calls_nothing(setup: Setup) -> None:
    held = await captured_deliveries(setup)
    await setup.cart.post(
        CONTROL + "/purchases", json={"product_id": 4, "bump_id": 4, "email": "lu@example.com"}
    )
    await setup.thrivecart_app.state.deliverer.drain()
    from aiothinkific.engine.model import Source
    from aiothinkific.engine_cli import parse_delivery

    event = parse_delivery(Source.THRIVECART, held[0].content)
    assert setup.engine.dry_run(event) == [
        'product-4 (My Product + Bump): rule "main" -> Create Course Enrollment '
        '"Python for Beginners" (course 1)',
        'bump-4 (Special Bump Offer): rule "bump" -> Create Course Enrollment '
        '"Advanced Python" (course 2)',
    ]
    assert setup.thinkific.total() == 0
    assert await setup.user("lu@example.com") is None


# -- the sale as an external order (report_sale) ------------------------------------------------

SALE_RULES = """
rules:
  - {name: sold, product: 4, trigger: Product Purchased, action: Create Course Enrollment,
     course: 1, report_sale: true}
  - {name: refunded, product: 4, trigger: Product Refunded, action: Expire Course Enrollment,
     course: 1, report_sale: true}
"""


async def test_report_sale_records_the_sale_and_its_refund_as_an_external_order(
    setup: Setup,
) -> None:
    setup.engine.rules_file = loads_rules(SALE_RULES)
    await setup.engine.refresh()
    order = await setup.purchase(product_id=4, email="vic@example.com")
    await setup.refund(order["order_id"], "product-4")
    refund, sale = setup.engine.log()
    assert [(a.action, a.status) for a in sale.actions] == [
        ("create_course_enrollment", "done"),
        ("record_sale", "done"),
    ]
    assert sale.actions[1].answer == "external order 1 recorded"
    assert [(a.action, a.status) for a in refund.actions] == [
        ("expire_course_enrollment", "done"),
        ("record_refund", "done"),
    ]
    assert refund.actions[1].answer == "refund added to external order 1"
    assert setup.thinkific.requests["POST /api/public/v1/external_orders"] == 1
    refunds = setup.thinkific.requests["POST /api/public/v1/external_orders/1/transactions/refund"]
    assert refunds == 1


async def test_a_sale_a_crash_cut_off_is_not_recorded_twice_by_itself(setup: Setup) -> None:
    setup.engine.rules_file = loads_rules(SALE_RULES)
    await setup.engine.refresh()
    held = await captured_deliveries(setup)
    await setup.cart.post(CONTROL + "/purchases", json={"product_id": 4, "email": "wu@example.com"})
    await setup.thrivecart_app.state.deliverer.drain()
    answer = await setup.receiver.post(
        "/thrivecart", content=held[0].content, headers=dict(held[0].headers)
    )
    seq = answer.json()["event"]
    product = setup.engine.rules.rules[0].sale_product
    assert product is not None
    setup.engine.store.plan(seq, [("sold", "record_sale", product, "Python", "product-4")])
    setup.engine.store.set_action(seq, 0, "started", attempt=True)  # then the crash
    await setup.engine.worker.drain()
    entry = setup.engine.entry(seq)
    assert entry is not None and entry.status == "failed"
    assert "may be recorded already" in (entry.actions[0].error or "")
    assert "POST /api/public/v1/external_orders" not in setup.thinkific.requests
    assert entry.actions[1].status == "done"  # the enrollment went ahead


def test_report_sale_only_on_triggers_that_move_money() -> None:
    from aiothinkific.engine import RulesError

    with pytest.raises(RulesError, match="moves no money"):
        loads_rules(
            "rules:\n  - {product: 4, trigger: Subscription Canceled, report_sale: true,\n"
            "     action: Expire Course Enrollment, course: 1}\n"
        )


# -- what a review found ----------------------------------------------------------------------


async def test_text_no_database_keeps_is_kept_unparsed_not_a_500(setup: Setup) -> None:
    for body in (b'{"type": "Order", "customer": {"email": "a\\ud800@b.c"}}',
                 b'{"type": "Order", "customer": {"email": "a\\u0000@b.c"}}'):  # fmt: skip
        answer = await setup.receiver.post(
            f"/samcart?secret={SAMCART_SECRET}",
            content=body,
            headers={"content-type": "application/json"},
        )
        assert answer.status_code == 202, answer.text
        assert answer.json()["status"] == "kept, unparsed"
    errors = [e.error for e in setup.engine.log(LogQuery(status="unparsed"))]
    assert errors == [
        "the body holds a NUL character",
        "the body holds text that is not valid Unicode",
    ]


async def test_a_verified_thrivecart_delivery_that_does_not_decode_is_kept(setup: Setup) -> None:
    body = f"event=order.success&event=order.refund&thrivecart_secret={SECRET_WORD}"
    answer = await setup.receiver.post(
        "/thrivecart", content=body, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert answer.status_code == 202 and answer.json()["status"] == "kept, unparsed"
    forged = body.replace(SECRET_WORD, "guess")
    answer = await setup.receiver.post(
        "/thrivecart", content=forged, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert answer.status_code == 401


async def test_the_worker_outlives_a_store_that_fails_for_a_while(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio
    import sqlite3

    real_claim = setup.engine.store.claim
    failures = iter([sqlite3.OperationalError("database is locked")] * 2)

    def flaky_claim(*args: Any, **kwargs: Any) -> Any:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return real_claim(*args, **kwargs)

    monkeypatch.setattr(setup.engine.store, "claim", flaky_claim)
    setup.switch.held = None
    stop = asyncio.Event()
    worker = asyncio.create_task(setup.engine.worker.run(stop))
    answer = await setup.cart.post(
        CONTROL + "/purchases", json={"product_id": 4, "email": "xe@example.com"}
    )
    assert answer.status_code == 201
    await setup.thrivecart_app.state.deliverer.drain()
    for _ in range(200):
        if setup.engine.log() and setup.engine.log()[0].status == "done":
            break
        await asyncio.sleep(0.05)
    stop.set()
    await worker
    assert setup.engine.log()[0].status == "done"
    assert set(await setup.enrollments("xe@example.com")) == {PYTHON}


class RefusingOnce:
    """Answers the first external order POST with 429: nothing recorded, try again."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.refused = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and scope["method"] == "POST"
                and scope["path"].endswith("/external_orders") and not self.refused):  # fmt: skip
            self.refused = True
            headers = [(b"retry-after", b"0"), (b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 429, "headers": headers})
            await send({"type": "http.response.body", "body": b'{"error": "slow down"}'})
            return
        await self.app(scope, receive, send)


async def test_a_sale_refused_with_429_is_sent_again_not_parked(tmp_path: Path) -> None:
    settings = MockSettings()
    site = RefusingOnce(create_app(settings))
    async with mock_client(settings, app=site, max_retries=0) as tk:
        engine = await Engine.open(loads_rules(SALE_RULES), tk, database=str(tmp_path / "e.db"),
                                   secrets=Secrets(samcart=SAMCART_SECRET),
                                   backoff=Backoff(base=0.0, cap=0.0))  # fmt: skip
        order = samcart("Order", 8001, "2026-11-30 10:00:00")
        order["product"]["id"] = "4"
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=engine.app()), base_url=ENGINE
        ) as receiver:
            await receiver.post(f"/samcart?secret={SAMCART_SECRET}", json=order)
        engine.rules = dataclasses.replace(
            engine.rules,
            rules=tuple(dataclasses.replace(r, source=None) for r in engine.rules.rules),
        )  # the rules name ThriveCart products; this SamCart order buys the same one
        await engine.worker.drain()
        await engine.worker.drain()
        (entry,) = engine.log()
        assert site.refused and entry.status == "done", entry
        assert [a.status for a in entry.actions] == ["done", "done"]
        engine.close()
