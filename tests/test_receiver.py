"""The webhook receiver: signatures, bad bodies, dedupe, dispatch, failures and replay."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiothinkific.webhooks import (
    SIGNATURE_HEADER,
    EnrollmentPayload,
    EventStore,
    OrderPayload,
    WebhookEvent,
    WebhookReceiver,
    sign,
)
from starlette.applications import Starlette
from starlette.routing import Mount

SECRET = "receiver-secret-123"

ENROLLMENT = {
    "id": "20190131191810790022472",
    "resource": "enrollment",
    "action": "created",
    "tenant_id": "59",
    "created_at": "2019-01-31T19:18:10.790Z",
    "payload": {
        "id": 7,
        "course_id": 3,
        "course": {"id": 3, "name": "Python"},
        "user": {"id": 5, "email": "ada@example.com", "first_name": "Ada", "last_name": "L"},
        "percentage_completed": "24.0",
        "activated_at": "2019-01-31T19:18:10Z",
        "completed_at": None,
        "expiry_date": None,
        "started_at": None,
        "free_trial": False,
    },
}


def body_of(envelope: Any) -> bytes:
    return json.dumps(envelope).encode()


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    return {SIGNATURE_HEADER: sign(secret, body), "content-type": "application/json"}


class Recorder:
    def __init__(self, fail: int = 0) -> None:
        self.events: list[WebhookEvent] = []
        self.fail = fail

    async def __call__(self, event: WebhookEvent) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("handler broke")
        self.events.append(event)


def client_for(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver")


async def post(receiver: Any, body: bytes, headers: dict[str, str], path: str = "/") -> Any:
    async with client_for(receiver) as client:
        return await client.post(path, content=body, headers=headers)


async def test_a_signed_event_reaches_its_handler_typed() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    body = body_of(ENROLLMENT)
    response = await post(receiver, body, signed(body))
    assert response.status_code == 200
    [event] = handler.events
    assert event.id == ENROLLMENT["id"] and event.topic == "enrollment.created"
    assert event.tenant_id == "59" and event.created_at is not None
    assert isinstance(event.payload, EnrollmentPayload)
    assert event.payload.percentage_completed == 24.0
    assert event.payload.user.email == "ada@example.com" and event.payload.course.name == "Python"


async def test_order_payloads_are_typed_and_others_stay_dicts() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("order.created", handler)
    receiver.on("user.signup", handler)
    order = {"id": "1", "resource": "order", "action": "created",
             "payload": {"id": 9, "amount_cents": 1000, "amount_dollars": "10.0",
                         "product_name": "P", "user": {"id": 1}}}  # fmt: skip
    user = {"id": "2", "resource": "user", "action": "signup", "payload": {"id": 1}}
    for envelope in (order, user):
        body = body_of(envelope)
        assert (await post(receiver, body, signed(body))).status_code == 200
    assert isinstance(handler.events[0].payload, OrderPayload)
    assert handler.events[0].payload.amount_dollars == 10.0
    assert handler.events[1].payload == {"id": 1}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {SIGNATURE_HEADER: ""},
        {SIGNATURE_HEADER: "0" * 64},
        {SIGNATURE_HEADER: sign("another-secret", body_of(ENROLLMENT))},
        {SIGNATURE_HEADER: "not hex at all"},
    ],
)
async def test_a_missing_or_wrong_signature_is_401_and_runs_nothing(
    headers: dict[str, str],
) -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    response = await post(receiver, body_of(ENROLLMENT), headers)
    assert response.status_code == 401
    assert handler.events == []


async def test_a_signature_of_another_body_is_401() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    body = body_of(ENROLLMENT)
    tampered = body.replace(b"24.0", b"99.0")
    assert (await post(receiver, tampered, signed(body))).status_code == 401
    assert handler.events == []


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"\xff\xfe", b"[1, 2]", b'"text"', b'{"resource": "user"}', b"", b"null"],
)
async def test_a_signed_body_that_is_not_an_envelope_is_400(body: bytes) -> None:
    receiver = WebhookReceiver(SECRET)
    response = await post(receiver, body, signed(body))
    assert response.status_code == 400


async def test_an_oversized_body_is_413_even_without_content_length() -> None:
    receiver, handler = WebhookReceiver(SECRET, max_body_bytes=100), Recorder()
    receiver.on("enrollment.created", handler)
    body = body_of(ENROLLMENT)
    assert (await post(receiver, body, signed(body))).status_code == 413

    async def chunks() -> Any:
        for _ in range(10):
            yield b"x" * 50

    async with client_for(receiver) as client:
        response = await client.post("/", content=chunks(), headers={SIGNATURE_HEADER: "0"})
    assert response.status_code == 413
    assert handler.events == []


async def test_an_unknown_topic_is_acknowledged_ignored_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    receiver = WebhookReceiver(SECRET)
    body = body_of({"id": "1", "resource": "spaceship", "action": "launched", "payload": {}})
    with caplog.at_level(logging.INFO, logger="aiothinkific"):
        response = await post(receiver, body, signed(body))
    assert response.status_code == 200 and response.json() == {"status": "ignored"}
    assert "unknown topic spaceship.launched" in caplog.text


async def test_a_redelivery_runs_the_handler_once() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    body = body_of(ENROLLMENT)
    answers = [(await post(receiver, body, signed(body))).json() for _ in range(3)]
    assert answers == [{"status": "ok"}, {"status": "duplicate"}, {"status": "duplicate"}]
    assert len(handler.events) == 1


async def test_dedupe_survives_a_restart_with_a_file_store(tmp_path: Path) -> None:
    database = str(tmp_path / "events.sqlite")
    body = body_of(ENROLLMENT)
    first, second = Recorder(), Recorder()
    receiver = WebhookReceiver(SECRET, store=database)
    receiver.on("enrollment.created", first)
    await post(receiver, body, signed(body))
    receiver.store.close()
    restarted = WebhookReceiver(SECRET, store=EventStore(database))
    restarted.on("enrollment.created", second)
    await post(restarted, body, signed(body))
    assert len(first.events) == 1 and second.events == []


async def test_a_failing_handler_is_recorded_answered_2xx_and_replayed() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder(fail=2)
    receiver.on("enrollment.created", handler)
    body = body_of(ENROLLMENT)
    response = await post(receiver, body, signed(body))
    assert response.status_code == 200
    stored = receiver.store.get(ENROLLMENT["id"])
    assert stored is not None and stored.status == "failed" and stored.error == "RuntimeError"
    # A redelivery does not run it again (the replay does, under our control).
    await post(receiver, body, signed(body))
    assert (await receiver.replay_failed()).failed == 1
    result = await receiver.replay_failed()
    assert (result.replayed, result.failed) == (1, 0)
    assert len(handler.events) == 1
    assert receiver.store.get(ENROLLMENT["id"]).status == "done"  # type: ignore[union-attr]
    assert (await receiver.replay_failed()).replayed == 0


async def test_an_event_cut_off_mid_handler_gives_its_lease_up_and_is_replayed(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "events.sqlite")
    crashed = WebhookReceiver(SECRET, store=database)

    async def stopped_midway(event: WebhookEvent) -> None:
        raise asyncio.CancelledError  # the process is stopped while the handler runs

    crashed.on("enrollment.created", stopped_midway)
    body = body_of(ENROLLMENT)
    with pytest.raises(asyncio.CancelledError):
        await post(crashed, body, signed(body))
    stored = crashed.store.get(ENROLLMENT["id"])
    assert stored is not None and (stored.status, stored.owner) == ("handling", None)

    restarted, handler = WebhookReceiver(SECRET, store=database), Recorder()
    restarted.on("enrollment.created", handler)
    assert (await restarted.replay_failed(interrupted_after=None)).replayed == 0
    result = await restarted.replay_failed()
    assert (result.replayed, result.failed) == (1, 0)
    assert [event.id for event in handler.events] == [ENROLLMENT["id"]]
    stored = restarted.store.get(ENROLLMENT["id"])
    assert stored is not None and (stored.status, stored.attempts) == ("done", 1)
    assert (await restarted.replay_failed()).replayed == 0


async def test_a_live_lease_is_left_alone_and_an_expired_one_is_taken_over(tmp_path: Path) -> None:
    database = str(tmp_path / "events.sqlite")
    body = body_of(ENROLLMENT)
    release = asyncio.Event()

    async def stuck(event: WebhookEvent) -> None:
        await release.wait()

    first = WebhookReceiver(SECRET, store=database, lease_seconds=0.3)
    first.on("enrollment.created", stuck)
    running = asyncio.create_task(post(first, body, signed(body)))
    await asyncio.sleep(0.5)  # past one lease: renewed while the handler runs
    second, handler = WebhookReceiver(SECRET, store=database, lease_seconds=0.3), Recorder()
    second.on("enrollment.created", handler)
    assert (await post(second, body, signed(body))).json() == {"status": "duplicate"}
    assert (await second.recover()).replayed == 0 and handler.events == []

    # The first receiver stops renewing (as a frozen or killed process would): its lease expires.
    first.store.renew = lambda *args: True  # type: ignore[method-assign]
    await asyncio.sleep(0.5)
    # The redelivery runs it, or the second receiver's own sweep did already: once either way.
    answer = (await post(second, body, signed(body))).json()
    assert answer in ({"status": "ok"}, {"status": "duplicate"})
    assert len(handler.events) == 1
    assert (await post(second, body, signed(body))).json() == {"status": "duplicate"}
    release.set()
    await running  # the first one ends after it lost the lease: the record stays second's
    stored = second.store.get(ENROLLMENT["id"])
    assert stored is not None and (stored.status, stored.owner) == ("done", second.owner)


async def test_concurrent_duplicates_in_one_process_run_the_handler_once() -> None:
    receiver, calls = WebhookReceiver(SECRET), []

    async def slow(event: WebhookEvent) -> None:
        calls.append(event.id)
        await asyncio.sleep(0.05)

    receiver.on("enrollment.created", slow)
    body = body_of(ENROLLMENT)
    answers = await asyncio.gather(*(post(receiver, body, signed(body)) for _ in range(20)))
    assert sorted(a.json()["status"] for a in answers) == ["duplicate"] * 19 + ["ok"]
    assert calls == [ENROLLMENT["id"]]


@contextlib.asynccontextmanager
async def lifespan(app: Any) -> Any:
    """Drive an ASGI app's lifespan: startup on entry, shutdown on exit."""
    inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    task = asyncio.create_task(app({"type": "lifespan"}, inbox.get, outbox.put))
    await inbox.put({"type": "lifespan.startup"})
    assert (await outbox.get())["type"] == "lifespan.startup.complete"
    try:
        yield
    finally:
        await inbox.put({"type": "lifespan.shutdown"})
        assert (await outbox.get())["type"] == "lifespan.shutdown.complete"
        await task


async def test_startup_recovers_events_a_previous_process_left(tmp_path: Path) -> None:
    database = str(tmp_path / "events.sqlite")
    store = EventStore(database)
    envelopes = [{**ENROLLMENT, "id": f"evt-{n}"} for n in range(3)]
    # As a killed process leaves them: one being handled by an owner that is gone, one failed.
    store.claim("evt-0", "enrollment.created", body_of(envelopes[0]), owner=None, lease=30)
    store.claim("evt-1", "enrollment.created", body_of(envelopes[1]), owner="gone|1|x", lease=0)
    store.finish("evt-1", "RuntimeError")
    store.claim("evt-2", "enrollment.created", body_of(envelopes[2]), owner="gone|1|x", lease=30)
    store.finish("evt-2")
    store.close()

    receiver, handler = WebhookReceiver(SECRET, store=database), Recorder()
    receiver.on("enrollment.created", handler)
    async with lifespan(receiver):
        for _ in range(200):
            if len(handler.events) == 2:
                break
            await asyncio.sleep(0.01)
    assert sorted(event.id for event in handler.events) == ["evt-0", "evt-1"]
    assert {receiver.store.get(f"evt-{n}").status for n in range(3)} == {"done"}  # type: ignore[union-attr]


async def test_a_replay_leaves_events_it_has_no_handler_for(tmp_path: Path) -> None:
    database = str(tmp_path / "events.sqlite")
    first = WebhookReceiver(SECRET, store=database)
    first.on("enrollment.created", Recorder(fail=1))
    body = body_of(ENROLLMENT)
    await post(first, body, signed(body))

    other = WebhookReceiver(SECRET, store=database)
    other.on("order.created", Recorder())
    result = await other.replay_failed()
    assert (result.replayed, result.failed) == (0, 0)
    assert other.store.get(ENROLLMENT["id"]).status == "failed"  # type: ignore[union-attr]


async def test_the_receiver_mounts_in_a_starlette_app() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.handles("enrollment.created")(handler)
    app = Starlette(routes=[Mount("/hooks/thinkific", app=receiver)])
    body = body_of(ENROLLMENT)
    response = await post(app, body, signed(body), path="/hooks/thinkific/")
    assert response.status_code == 200 and len(handler.events) == 1
    async with client_for(app) as client:
        assert (await client.get("/hooks/thinkific/")).status_code == 405


async def test_the_secret_is_in_no_repr_answer_or_log(caplog: pytest.LogCaptureFixture) -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder(fail=1)
    receiver.on("enrollment.created", handler)
    body = body_of(ENROLLMENT)
    texts = [repr(receiver), repr(receiver.store)]
    with caplog.at_level(logging.DEBUG, logger="aiothinkific"):
        for headers in ({}, {SIGNATURE_HEADER: "bad"}, signed(body)):
            texts.append((await post(receiver, body, headers)).text)
        await receiver.replay_failed()
    texts.append(caplog.text)
    assert not any(SECRET in text for text in texts)


def test_a_receiver_needs_a_secret() -> None:
    with pytest.raises(ValueError):
        WebhookReceiver("")


async def test_an_id_with_a_lone_surrogate_is_stored_handled_and_deduped() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    lone = json.dumps({**ENROLLMENT, "id": "evt-\ud800"}).encode()  # JSON-escaped: \\ud800
    assert b"\\ud800" in lone
    answers = [(await post(receiver, lone, signed(lone))).json() for _ in range(2)]
    assert answers == [{"status": "ok"}, {"status": "duplicate"}]
    assert [event.id for event in handler.events] == ["evt-\ud800"]
    stored = receiver.store.get("evt-\ud800")
    assert stored is not None and (stored.id, stored.status) == ("evt-\ud800", "done")
    # The escape's own spelling is another id, not a duplicate.
    spelled = body_of({**ENROLLMENT, "id": "evt-\\ud800"})
    assert (await post(receiver, spelled, signed(spelled))).json() == {"status": "ok"}
    assert len(handler.events) == 2


async def test_a_failed_event_with_a_lone_surrogate_is_replayed(tmp_path: Path) -> None:
    receiver, handler = WebhookReceiver(SECRET, store=str(tmp_path / "e.sqlite")), Recorder(1)
    receiver.on("enrollment.created", handler)
    lone = json.dumps({**ENROLLMENT, "id": "\udfff"}).encode()
    assert (await post(receiver, lone, signed(lone))).status_code == 200
    assert (await receiver.replay_failed()).replayed == 1
    assert [event.id for event in handler.events] == ["\udfff"]


BIG = "9" * 5000


@pytest.mark.parametrize(
    ("field", "raw", "note"),
    [
        ("user", {"id": "--5"}, "payload.user.id: not an integer (str)"),
        ("user", {"id": "+-5"}, "payload.user.id: not an integer (str)"),
        ("id", BIG, "payload.id: not an integer (str)"),
        ("course_id", "RAW_BIG", "payload.course_id: not an integer (Decimal)"),
        ("percentage_completed", "RAW_BIG", None),
        ("activated_at", 5, "payload.activated_at: not an ISO 8601 time (int)"),
        ("course", [1], "payload.course: not an object (list)"),
    ],
)
async def test_a_payload_field_that_does_not_convert_is_noted_not_refused(
    field: str, raw: Any, note: str | None
) -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    envelope = {**ENROLLMENT, "payload": {**ENROLLMENT["payload"], field: raw}}  # type: ignore[dict-item]
    body = body_of(envelope).replace(b'"RAW_BIG"', BIG.encode())
    response = await post(receiver, body, signed(body))
    assert response.json() == {"status": "ok"}
    [event] = handler.events
    assert isinstance(event.payload, EnrollmentPayload)
    assert event.payload.course_id is None or field != "course_id"
    assert list(event.typing_errors) == ([note] if note else [])
    assert event.raw["payload"][field] is not None  # the value as sent is still there
    stored = receiver.store.get(ENROLLMENT["id"])
    assert stored is not None and stored.status == "done" and stored.note == note


async def test_an_integer_id_of_any_length_is_an_id() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("order.created", handler)
    body = b'{"id": ' + BIG.encode() + b', "resource": "order", "action": "created"}'
    assert (await post(receiver, body, signed(body))).json() == {"status": "ok"}
    assert handler.events[0].id == BIG


async def test_json_nested_too_deeply_is_a_clear_400() -> None:
    body = b'{"id": "1", "resource": "user", "action": "signup", "payload": ' + b"[" * 100_000
    body += b"]" * 100_000 + b"}"
    response = await post(WebhookReceiver(SECRET), body, signed(body))
    assert response.status_code == 400 and response.json() == {"status": "JSON nested too deeply"}


def readme_mount_line() -> str:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    section = readme.split("## Webhooks and instant triggers", 1)[1]
    [line] = [line for line in section.splitlines() if line.startswith("app = Starlette(")]
    return line.split("#", 1)[0].strip()


@pytest.mark.parametrize("path", ["/thinkific", "/thinkific/"])
async def test_the_readme_mount_takes_posts_with_and_without_the_slash(path: str) -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    namespace: dict[str, Any] = {"Starlette": Starlette, "receiver": receiver}
    exec(readme_mount_line(), namespace)  # the README's line, as written
    body = body_of(ENROLLMENT)
    response = await post(namespace["app"], body, signed(body), path=path)
    assert (response.status_code, response.json()) == (200, {"status": "ok"})
    assert len(handler.events) == 1
    async with client_for(namespace["app"]) as client:
        assert (await client.get(path)).status_code == 405


async def test_a_bare_mount_redirects_its_root_which_is_why_routes_exists() -> None:
    app = Starlette(routes=[Mount("/thinkific", app=WebhookReceiver(SECRET))])
    body = body_of(ENROLLMENT)
    assert (await post(app, body, signed(body), path="/thinkific")).status_code == 307


def test_a_claim_takes_over_an_expired_lease_or_a_gone_owner_once() -> None:
    store = EventStore()
    assert store.claim("e", "t", b"{}", owner="a|1|live", lease=30)
    assert not store.claim("e", "t", b"{}", owner="b", lease=30)  # live lease elsewhere
    store.claim("f", "t", b"{}", owner="a|1|live", lease=-1)  # expired
    assert store.claim("f", "t", b"{}", owner="b", lease=30)
    assert not store.claim("f", "t", b"{}", owner="c", lease=30)  # taken: once
    gone = WebhookReceiver(SECRET).owner.rsplit("|", 1)[0] + "|not-a-receiver"
    store.claim("g", "t", b"{}", owner=gone, lease=30)  # this process, no such receiver
    assert store.claim("g", "t", b"{}", owner="b", lease=30)


async def test_a_handler_registered_after_start_up_gets_what_a_previous_process_left(
    tmp_path: Path,
) -> None:
    database = str(tmp_path / "events.sqlite")
    store = EventStore(database)
    store.claim("left", "enrollment.created", body_of({**ENROLLMENT, "id": "left"}), lease=30)
    store.finish("left", "RuntimeError")  # failed, by an owner that is gone
    store.close()
    receiver, handler = WebhookReceiver(SECRET, store=database), Recorder()
    async with lifespan(receiver):
        await asyncio.sleep(0.05)  # start-up recovery: no handler yet, left alone
        assert receiver.store.get("left").status == "failed"  # type: ignore[union-attr]
        receiver.on("enrollment.created", handler)  # as modules watch does, once serving
        for _ in range(200):
            if handler.events:
                break
            await asyncio.sleep(0.01)
    assert [event.id for event in handler.events] == ["left"]


async def test_an_unavailable_store_is_503_so_the_sender_retries_never_500() -> None:
    receiver, handler = WebhookReceiver(SECRET), Recorder()
    receiver.on("enrollment.created", handler)
    receiver.store.close()
    body = body_of(ENROLLMENT)
    response = await post(receiver, body, signed(body))
    assert response.status_code == 503 and handler.events == []
