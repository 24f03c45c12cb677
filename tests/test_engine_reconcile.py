"""``engine reconcile`` on mock sites seeded with each kind of drift: the ThriveCart mock's
purchases, refunds and cancellations (their webhooks delivered to the engine, or held back as if
lost), the Thinkific mock's enrollments changed behind the engine's back. Each kind is found
exactly; the fixes go through the queue; an interrupted run resumes from its checkpoint."""

from __future__ import annotations

import datetime
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiothinkific import APIStatusError, Thinkific, ThriveCart
from aiothinkific.cli import app
from aiothinkific.engine import Backoff, Engine, LogQuery, Secrets
from aiothinkific.engine.reconcile import CHECKPOINT, DriftKind, Report, reconcile
from aiothinkific.engine.rules import loads_rules
from aiothinkific.mock import MockSettings, create_app, mock_client
from aiothinkific.mock.backends.records import ENROLLMENTS
from aiothinkific.mock.thrivecart import (
    MOCK_THRIVECART_HOST,
    ThriveCartSettings,
    create_thrivecart_app,
    thrivecart_mock_client,
)
from starlette.types import Receive, Scope, Send
from typer.testing import CliRunner

CONTROL = MOCK_THRIVECART_HOST + "/_mock/thrivecart"
ENGINE = "http://engine.test"
SECRET_WORD = "S3CRET-word"
RULES = """
welcome_email: false
rules:
  - {name: main, product: product-4, trigger: Product Purchased,
     action: Create Course Enrollment, course: Python for Beginners}
  - {name: bump, product: bump-4, trigger: Product Purchased,
     action: Create Course Enrollment, course: Advanced Python}
  - {name: refund-main, product: product-4, trigger: Product Refunded,
     action: Expire Course Enrollment, course: Python for Beginners}
  - {name: refund-bump, product: bump-4, trigger: Product Refunded,
     action: Expire Course Enrollment, course: Advanced Python}
  - {name: membership, product: 250, trigger: Product Purchased,
     action: Create Bundle Enrollment, bundle: Programming Bundle}
  - {name: membership-ends, product: 250, trigger: Subscription Canceled,
     action: Expire Bundle Enrollment, bundle: Programming Bundle}
"""
PYTHON, ADVANCED, BUNDLE = 1, 2, 1
FIXABLE = {DriftKind.PAID_NOT_ENROLLED, DriftKind.REFUNDED_STILL_ENROLLED}


class Gate:
    """An ASGI wrapper that counts requests and, once ``fail_after`` have passed, answers 503
    to every other one (a 5xx storm, or the network gone)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.requests = 0
        self.fail_after: int | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests += 1
            if self.fail_after is not None and self.requests > self.fail_after:
                await send({"type": "http.response.start", "status": 503, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
        await self.app(scope, receive, send)


class Switch(httpx.AsyncBaseTransport):
    """The cart's way to the engine; ``lost`` drops its deliveries (answered 200 all the same)."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport
        self.lost = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.lost and request.method == "POST":
            await request.aread()
            return httpx.Response(200)
        return await self.transport.handle_async_request(request)


@dataclass
class Sites:
    engine: Engine
    tk: Thinkific
    thinkific: Gate
    thinkific_app: Any
    cart_app: Any
    cart_gate: Gate
    cart: httpx.AsyncClient
    switch: Switch

    def thrivecart(self, **options: Any) -> ThriveCart:
        settings = self.cart_app.state.settings
        return thrivecart_mock_client(settings, app=self.cart_gate, **options)

    async def delivered(self) -> None:
        await self.cart_app.state.deliverer.drain()
        await self.engine.worker.drain()

    async def purchase(self, *, lost: bool = False, **fields: Any) -> dict[str, Any]:
        self.switch.lost = lost
        answer = await self.cart.post(CONTROL + "/purchases", json=fields)
        assert answer.status_code == 201, answer.text
        await self.delivered()
        self.switch.lost = False
        body: dict[str, Any] = answer.json()
        return body

    async def refund(self, order_id: int, reference: str, *, lost: bool = False) -> None:
        self.switch.lost = lost
        answer = await self.cart.post(
            f"{CONTROL}/orders/{order_id}/refund", json={"reference": reference}
        )
        assert answer.status_code == 200, answer.text
        await self.delivered()
        self.switch.lost = False

    async def cancel(self, subscription_id: int, *, lost: bool = False) -> None:
        self.switch.lost = lost
        answer = await self.cart.post(f"{CONTROL}/subscriptions/{subscription_id}/cancel")
        assert answer.status_code == 200, answer.text
        await self.delivered()
        self.switch.lost = False

    async def enrollments(self, email: str, course_id: int) -> list[Any]:
        found = [e async for e in self.tk.enrollments.list(course_id=course_id, email=email)]
        return [e for e in found if e.user_email.lower() == email]

    async def run(self, **options: Any) -> Report:
        async with self.thrivecart() as tc:
            return await reconcile(self.engine, tc, **options)


@pytest.fixture
async def sites(tmp_path: Path) -> AsyncIterator[Sites]:
    settings = MockSettings()
    thinkific_app = create_app(settings)
    gate = Gate(thinkific_app)
    async with mock_client(settings, app=gate, max_retries=0) as tk:
        engine = await Engine.open(
            loads_rules(RULES), tk, database=str(tmp_path / "engine.sqlite"),
            secrets=Secrets(thrivecart=SECRET_WORD), backoff=Backoff(base=0.0, cap=0.0),
        )  # fmt: skip
        switch = Switch(httpx.ASGITransport(app=engine.app()))
        # No generated customers: the account's history is the collection's five orders (none
        # of a product the rules name) and what each test buys.
        cart_settings = ThriveCartSettings(
            webhook_transport=switch, secret_word=SECRET_WORD, seed_customers=0
        )
        cart_app = create_thrivecart_app(cart_settings)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=cart_app),
            headers={"Authorization": "Bearer mock-thrivecart-key"},
        ) as cart:
            added = await cart.post(
                CONTROL + "/webhooks", json={"url": ENGINE + "/thrivecart", "format": "form"}
            )
            assert added.status_code == 201, added.text
            yield Sites(engine, tk, gate, thinkific_app, cart_app, Gate(cart_app), cart, switch)
        engine.close()


def duplicate(sites: Sites, enrollment_id: int) -> int:
    """A second enrollment of the same user in the same course, made in the mock's store: the
    Admin API refuses to make one, but other integrations and imports do."""
    store = sites.thinkific_app.state.store
    with store.transaction():
        doc = store.get(ENROLLMENTS.kind, enrollment_id)
        assert doc is not None
        copy = {k: v for k, v in doc.items() if k != "id"}
        made: int = store.insert(ENROLLMENTS.kind, copy)["id"]
    return made


async def seed_drift(sites: Sites) -> dict[str, Any]:
    """One clean customer and one customer per kind of drift; what each was given."""
    await sites.purchase(product_id=4, bump_id=4, email="clean@example.com")
    await sites.purchase(product_id=250, email="member@example.com")  # the bundle: clean too
    # Paid but not enrolled: the webhook was lost; an enrollment expired by hand; a bundle
    # bought while its webhook was lost.
    lost = await sites.purchase(product_id=4, email="lost@example.com", lost=True)
    await sites.purchase(product_id=4, email="expired@example.com")
    (expired,) = await sites.enrollments("expired@example.com", PYTHON)
    await sites.tk.enrollments.update(expired.id, expiry_date=datetime.datetime(2020, 1, 1))
    await sites.purchase(product_id=250, email="lostbundle@example.com", lost=True)
    # Refunded or cancelled but still enrolled: the refund's and the cancellation's webhooks lost.
    order = await sites.purchase(product_id=4, bump_id=4, email="refunded@example.com")
    await sites.refund(order["order_id"], "bump-4", lost=True)
    sub = await sites.purchase(product_id=250, email="cancelled@example.com")
    await sites.cancel(sub["subscription_ids"]["product-250"], lost=True)
    # Enrolled twice.
    await sites.purchase(product_id=4, email="twice@example.com")
    (first,) = await sites.enrollments("twice@example.com", PYTHON)
    second = duplicate(sites, first.id)
    # Not granted: a customer of product 4 enrolled by hand in a course only the bump gives.
    await sites.purchase(product_id=4, email="gift@example.com")
    user_id = (await sites.enrollments("gift@example.com", PYTHON))[0].user_id
    gift = await sites.tk.enrollments.create(
        course_id=ADVANCED, user_id=user_id, activated_at=datetime.datetime.now(datetime.UTC)
    )
    return {"lost_order": lost["order_id"], "expired": expired.id, "twice": (first.id, second),
            "gift": gift.id}  # fmt: skip


def kinds(report: Report) -> set[tuple[str, str, str, int]]:
    return {(f.kind.value, f.email, f.target, f.target_id) for f in report.findings}


SEEDED = {
    ("paid-not-enrolled", "lost@example.com", "course", PYTHON),
    ("paid-not-enrolled", "expired@example.com", "course", PYTHON),
    ("paid-not-enrolled", "lostbundle@example.com", "bundle", BUNDLE),
    ("refunded-still-enrolled", "refunded@example.com", "course", ADVANCED),
    ("refunded-still-enrolled", "cancelled@example.com", "bundle", BUNDLE),
    ("enrolled-twice", "twice@example.com", "course", PYTHON),
    ("not-granted", "gift@example.com", "course", ADVANCED),
}


async def test_each_kind_of_drift_is_found_exactly(sites: Sites) -> None:
    seeded = await seed_drift(sites)
    read: list[tuple[str, int, int | None]] = []
    report = await sites.run(progress=lambda *step: read.append(step))
    assert ("course 1 enrollments", 1, 1) in read and ("bundle 1 enrollments", 1, 1) in read
    assert [step for step in read if step[0] == "thrivecart transactions"] == [
        ("thrivecart transactions", 1, 1)
    ]
    assert kinds(report) == SEEDED  # the clean customers (course and bundle) are not listed
    assert report.summary() == (
        "found 7: 3 paid-not-enrolled, 2 refunded-still-enrolled, 1 enrolled-twice, "
        "1 not-granted; queued 0 fixes"
    )
    by_email = {f.email: f for f in report.findings}
    lost = by_email["lost@example.com"]
    assert lost.cart is not None and lost.cart.origin == "thrivecart"  # the engine never saw it
    assert lost.cart.order_id == str(seeded["lost_order"]) and lost.enrollment_ids == ()
    assert by_email["expired@example.com"].enrollment_ids == (seeded["expired"],)
    assert by_email["twice@example.com"].enrollment_ids == tuple(sorted(seeded["twice"]))
    assert by_email["gift@example.com"].enrollment_ids == (seeded["gift"],)
    refunded = by_email["refunded@example.com"]
    assert refunded.cart is not None and "refund of bump-4" in refunded.cart.what
    assert (by_email["twice@example.com"].fix or "").startswith("reported only: which enrollment")
    assert (by_email["gift@example.com"].fix or "").startswith("reported only: it may be a gift")
    assert all(f.fix is None for f in report.findings if f.kind.fixable)  # not applied


async def test_apply_queues_fixes_that_the_worker_carries_out(sites: Sites) -> None:
    await seed_drift(sites)
    applied = await sites.run(apply=True)
    assert applied.queued == 5
    again = await sites.run(apply=True)  # before the worker ran: the same fixes, not queued
    assert again.queued == 0
    assert all((f.fix or "").startswith("already queued") for f in again.findings if f.kind.fixable)
    fixes = sites.engine.log(LogQuery(status="pending", limit=100))
    assert len(fixes) == 5 and {e.source for e in fixes} == {"reconcile"}
    await sites.engine.worker.drain()
    done = sites.engine.log(LogQuery(email="lost@example.com"))
    fix = next(e for e in done if e.source == "reconcile")
    assert fix.status == "done" and (fix.cart_event or "").startswith(
        "reconcile: paid-not-enrolled"
    )
    assert [(a.action, a.status) for a in fix.actions] == [("create_course_enrollment", "done")]
    (made,) = await sites.enrollments("lost@example.com", PYTHON)
    assert made.activated_at is not None and made.expiry_date is None
    after = await sites.run(apply=True)
    assert {f.kind for f in after.findings} == {DriftKind.ENROLLED_TWICE, DriftKind.NOT_GRANTED}
    assert after.queued == 0


async def test_a_failed_fix_is_said_and_replayed_with_its_own_plan(sites: Sites) -> None:
    await sites.purchase(product_id=4, email="lost@example.com", lost=True)
    (queued,) = (await sites.run(apply=True)).findings
    seq = int((queued.fix or "").rsplit("#", 1)[1])
    sites.thinkific.fail_after = sites.thinkific.requests  # Thinkific down while it runs
    while sites.engine.store.has_open():
        await sites.engine.worker.drain()
    sites.thinkific.fail_after = None
    (failed,) = (await sites.run(apply=True)).findings
    assert (
        failed.fix
        == f"its fix failed (event #{seq}): see engine log {seq}, then engine replay {seq}"
    )
    assert sites.engine.replay([seq]) == [seq]
    await sites.engine.worker.drain()
    entry = sites.engine.entry(seq)
    assert entry is not None and entry.status == "done"  # not "ignored": the fix was kept
    assert (await sites.run()).findings == []


async def test_without_thrivecart_the_engine_record_alone_is_the_history(sites: Sites) -> None:
    await seed_drift(sites)
    report = await reconcile(sites.engine, None)
    # What only ThriveCart knows (lost webhooks) is not found; the rest is.
    assert kinds(report) == {
        ("paid-not-enrolled", "expired@example.com", "course", PYTHON),
        ("enrolled-twice", "twice@example.com", "course", PYTHON),
        ("not-granted", "gift@example.com", "course", ADVANCED),
    }
    assert report.transactions == 0


async def test_no_drift_means_an_empty_report(sites: Sites) -> None:
    await sites.purchase(product_id=4, bump_id=4, email="clean@example.com")
    order = await sites.purchase(product_id=4, email="back@example.com")
    await sites.refund(order["order_id"], "product-4")  # delivered: expired as the rules say
    report = await sites.run()
    assert report.findings == [] and not report.drift
    assert report.summary().startswith("found 0: 0 paid-not-enrolled")


async def test_an_interrupted_run_resumes_where_it_stopped(sites: Sites) -> None:
    await seed_drift(sites)
    whole = await sites.run(thrivecart_page_size=3)  # the answer to get
    pages = -(-whole.transactions // 3)
    assert pages > 3
    sites.cart_gate.requests = 0
    sites.cart_gate.fail_after = 2  # a 5xx storm after two pages of transactions
    async with sites.thrivecart(max_retries=0) as tc:
        with pytest.raises(APIStatusError):
            await reconcile(sites.engine, tc, thrivecart_page_size=3)
    saved = sites.engine.store.snapshot(f"{CHECKPOINT}:thrivecart transactions")
    assert saved["next"] == 3 and len(saved["items"]) == 6
    sites.cart_gate.fail_after = None
    sites.cart_gate.requests = 0
    sites.thinkific.requests = 0
    sites.thinkific.fail_after = 1  # now Thinkific fails, after one page of enrollments
    async with sites.thrivecart(max_retries=0) as tc:
        with pytest.raises(APIStatusError):
            await reconcile(sites.engine, tc, resume=True, thrivecart_page_size=3)
    assert sites.cart_gate.requests == pages - 2  # only the pages not read yet
    sites.thinkific.fail_after = None
    sites.thinkific.requests = 0
    sites.cart_gate.requests = 0
    resumed = await sites.run(resume=True, thrivecart_page_size=3)
    assert sites.cart_gate.requests == 0  # every transaction page was kept
    assert sites.thinkific.requests == 3  # course 2, the bundle's enrollments, the bundle
    assert kinds(resumed) == kinds(whole) == SEEDED
    assert sites.engine.store.snapshot(CHECKPOINT) == []  # finished: the next run is fresh


async def test_a_run_without_resume_starts_afresh(sites: Sites) -> None:
    await sites.purchase(product_id=4, email="clean@example.com")
    sites.thinkific.fail_after = sites.thinkific.requests  # fail at Thinkific's first page
    with pytest.raises(APIStatusError):
        await sites.run()
    sites.thinkific.fail_after = None
    await sites.purchase(product_id=4, email="late@example.com", lost=True)
    report = await sites.run()  # not resumed: reads ThriveCart again, sees the new purchase
    assert kinds(report) == {("paid-not-enrolled", "late@example.com", "course", PYTHON)}


# -- the command, against both mocks on real ports -------------------------------------------

runner = CliRunner()
CLI_RULES = """
rules:
  - {name: python, product: 4, trigger: Product Purchased, action: Create Course Enrollment,
     course: Python for Beginners}
  - {name: refund, product: 4, trigger: Product Refunded, action: Expire Course Enrollment,
     course: 1}
"""


@pytest.fixture
def thrivecart_mock_settings() -> ThriveCartSettings:
    return ThriveCartSettings(seed_customers=0)  # no generated buyers of product 4


@pytest.fixture
def both(thinkific_mock_server: str, thrivecart_mock: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("THINKIFIC_API_KEY", "mock-key")
    monkeypatch.setenv("THINKIFIC_SUBDOMAIN", "mock")
    monkeypatch.setenv("THINKIFIC_BASE_URL", thinkific_mock_server)
    monkeypatch.setenv("THRIVECART_API_KEY", "mock-thrivecart-key")
    monkeypatch.setenv("THRIVECART_BASE_URL", thrivecart_mock)
    return thrivecart_mock.removesuffix("/api/external")


def command(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    rules = tmp_path / "rules.yaml"
    rules.write_text(CLI_RULES)
    result = runner.invoke(
        app, ["engine", "reconcile", "--rules", str(rules), "--db", str(tmp_path / "e.sqlite"),
              *args],
    )  # fmt: skip
    return result.exit_code, result.stdout, result.stderr


def test_the_command_exits_0_without_drift_and_1_with_it(both: str, tmp_path: Path) -> None:
    code, out, _ = command(tmp_path)
    assert code == 0
    assert out.strip() == (
        "found 0: 0 paid-not-enrolled, 0 refunded-still-enrolled, 0 enrolled-twice, "
        "0 not-granted; queued 0 fixes"
    )
    bought = httpx.post(
        both + "/_mock/thrivecart/purchases",
        json={"product_id": 4, "email": "nohook@example.com"},
        headers={"Authorization": "Bearer mock-thrivecart-key"},
    )  # no webhook is set up: the engine never hears of it
    assert bought.status_code == 201, bought.text
    code, out, _ = command(tmp_path, "--json")
    lines = out.strip().splitlines()
    assert code == 1
    finding = json.loads(lines[0])
    assert (finding["kind"], finding["email"], finding["target_id"]) == (
        "paid-not-enrolled", "nohook@example.com", 1)  # fmt: skip
    assert finding["cart"]["origin"] == "thrivecart" and finding["fix"] is None
    assert lines[1].startswith("found 1: 1 paid-not-enrolled") and lines[1].endswith(
        "queued 0 fixes"
    )
    code, out, _ = command(tmp_path, "--apply")
    assert code == 1 and out.strip().endswith("queued 1 fixes")
    assert "paid-not-enrolled" in out  # the table
    code, out, _ = command(tmp_path, "--apply")
    assert code == 1 and out.strip().endswith("queued 0 fixes")  # already queued


def test_bad_input_is_one_line_and_exit_2(both: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["engine", "reconcile", "--rules", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    code, _, err = command(tmp_path, "--thrivecart-base-url", "not a url")
    assert code == 2 and "--thrivecart-base-url" in err and len(err.strip().splitlines()) == 1
