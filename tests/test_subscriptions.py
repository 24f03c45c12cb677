"""Watch triggers: start registers (or reuses) the webhook, stop deletes it; and the round trip
end to end: the mock and a receiver on real ports, the event caused through the client, the
verified typed event in the handler exactly once, with or without redelivery."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.mock import MockSettings, create_app, mock_client
from aiothinkific.mock.control import record_progress
from aiothinkific.mock.inprocess import MOCK_HOST
from aiothinkific.modules import Module, ModuleNotRunnableError, get_module
from aiothinkific.webhooks import EnrollmentPayload, WebhookEvent, WebhookReceiver
from aiothinkific.webhooks.serving import serving

TARGET = "http://127.0.0.1:9/hooks"
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}


def trigger(key: str) -> Module:
    return get_module(key)


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []
        self.arrived = threading.Event()

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)
        self.arrived.set()


async def test_start_registers_reuses_and_stop_deletes() -> None:
    watch = trigger("watchEnrollmentCreated")
    async with mock_client() as tk:
        first = await watch.start(tk, target_url=TARGET)
        again = await watch.start(tk, target_url=TARGET)
        other = await watch.start(tk, target_url=TARGET + "/other")
        assert not first.reused and again.reused and not other.reused
        assert again.webhook.id == first.webhook.id
        hooks = [(w.topic, w.target_url) async for w in tk.webhooks.list()]
        assert hooks == [("enrollment.created", TARGET), ("enrollment.created", TARGET + "/other")]
        await first.stop()
        await again.stop()  # already deleted: fine
        assert [w.target_url async for w in tk.webhooks.list()] == [TARGET + "/other"]


async def test_every_watch_trigger_registers_its_topic() -> None:
    keys = {
        "watchOrderCreated": "order.created",
        "watchEnrollmentCreated": "enrollment.created",
        "watchEnrollmentCompleted": "enrollment.completed",
        "watchEnrollmentProgress": "enrollment.progress",
        "watchEnrollmentTrial": "enrollment.trial",
        "watchNewUser": "user.signup",
    }
    async with mock_client() as tk:
        for key, topic in keys.items():
            subscription = await trigger(key).start(tk, target_url=TARGET)
            assert subscription.topic == topic
        assert sorted([w.topic async for w in tk.webhooks.list()]) == sorted(keys.values())


async def test_a_module_that_is_not_a_trigger_cannot_start() -> None:
    async with mock_client() as tk:
        with pytest.raises(ModuleNotRunnableError):
            await trigger("getUser").start(tk, target_url=TARGET)


async def test_stop_unregisters_the_handler() -> None:
    receiver, recorder = WebhookReceiver("mock-key"), Recorder()
    async with mock_client() as tk:
        subscription = await trigger("watchNewUser").start(
            tk, target_url=TARGET, receiver=receiver, handler=recorder
        )
        assert receiver.topics == {"user.signup"}
        await subscription.stop()
        assert receiver.topics == set()


async def test_progress_and_completion_fire_their_triggers_in_process() -> None:
    receiver, progress, completed = WebhookReceiver("mock-key"), Recorder(), Recorder()
    settings = MockSettings(webhook_transport=httpx.ASGITransport(app=receiver))
    app = create_app(settings)
    async with mock_client(settings, app=app) as tk:
        url = "http://127.0.0.1/hooks"
        await trigger("watchEnrollmentProgress").start(
            tk, target_url=url, receiver=receiver, handler=progress
        )
        await trigger("watchEnrollmentCompleted").start(
            tk, target_url=url, receiver=receiver, handler=completed
        )
        enrollment = (await tk.enrollments.list(limit=1).first_page()).items[0]
        await record_progress(app, enrollment.id, 24)
        await record_progress(app, enrollment.id, 100)
        await app.state.deliverer.drain()
    assert [e.payload.percentage_completed for e in progress.events] == [24.0, 100.0]  # type: ignore[union-attr]
    [done] = completed.events
    assert isinstance(done.payload, EnrollmentPayload) and done.payload.completed_at is not None


async def test_the_mock_control_route_records_progress_over_http() -> None:
    receiver, completed = WebhookReceiver("mock-key"), Recorder()
    settings = MockSettings(webhook_transport=httpx.ASGITransport(app=receiver))
    app = create_app(settings)
    async with mock_client(settings, app=app) as tk:
        await trigger("watchEnrollmentCompleted").start(
            tk, target_url="http://127.0.0.1/hooks", receiver=receiver, handler=completed
        )
        enrollment = (await tk.enrollments.list(limit=1).first_page()).items[0]
        progress = f"/_mock/enrollments/{enrollment.id}/progress"
        answer = await tk.http.post(
            MOCK_HOST + progress, json={"percentage_completed": 100}, headers=AUTH
        )
        assert answer.status_code == 204
        await app.state.deliverer.drain()
        assert (await tk.enrollments.get(enrollment.id)).percentage_completed == 1.0
        [event] = completed.events
        assert isinstance(event.payload, EnrollmentPayload) and event.payload.id == enrollment.id

        async def refused(path: str, body: Any, headers: dict[str, str] = AUTH) -> Any:
            answer = await tk.http.post(MOCK_HOST + path, json=body, headers=headers)
            return answer.status_code, answer.json()

        bad = {"errors": {"percentage_completed": ["must be a number from 0 to 100"]}}
        for value in (101, -1, "50", True, None, 10**400):
            assert await refused(progress, {"percentage_completed": value}) == (422, bad)
        assert await refused(progress, [50]) == (422, bad)
        assert (await refused(progress, {"percentage_completed": 5}, {}))[0] == 401
        for path in ("/_mock/enrollments/999999/progress", "/_mock/enrollments/x/progress",
                     "/_mock/enrollments/99999999999999999999999/progress"):  # fmt: skip
            assert await refused(path, {"percentage_completed": 5}) == (
                404,
                {"error": "Record not found"},
            )
        answer = await tk.http.post(MOCK_HOST + progress, content=b"{", headers=AUTH)
        assert answer.status_code == 400
    assert len(completed.events) == 1


# -- end to end, on real ports -------------------------------------------------------------------


async def wait_for(condition: Any, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


@pytest.mark.parametrize("redeliver", [False, True], ids=["once", "redelivered"])
async def test_watch_enrollment_created_end_to_end(redeliver: bool) -> None:
    settings = MockSettings(redeliver=redeliver)
    receiver, handler = WebhookReceiver(settings.api_key or ""), Recorder()
    answered: list[int] = []

    async def counting(scope: Any, receive: Any, send: Any) -> None:
        async def send_and_count(message: Any) -> None:
            if message["type"] == "http.response.start":
                answered.append(message["status"])
            await send(message)

        await receiver(scope, receive, send_and_count)

    async with (
        serving(create_app(settings), "127.0.0.1", 0) as mock_url,
        serving(counting, "127.0.0.1", 0) as receiver_url,
        Thinkific(
            api_key=settings.api_key,
            subdomain=settings.subdomain,
            base_url=mock_url + settings.base_path,
            webhooks_base_url=mock_url + settings.webhooks_base_path,
        ) as tk,
    ):
        subscription = await trigger("watchEnrollmentCreated").start(
            tk, target_url=receiver_url + "/", receiver=receiver, handler=handler
        )
        user = await tk.users.create(first_name="Ada", last_name="L", email="ada@e2e.test")
        course = (await tk.courses.list(limit=1).first_page()).items[0]
        enrollment = await tk.enrollments.create(
            course_id=course.id, user_id=user.id, activated_at=datetime_now()
        )
        deliveries = 2 if redeliver else 1
        await wait_for(lambda: len(answered) == deliveries)
        await subscription.stop()
        assert [w async for w in tk.webhooks.list()] == []
    assert answered == [200] * deliveries
    [event] = handler.events
    assert event.topic == "enrollment.created"
    assert isinstance(event.payload, EnrollmentPayload)
    assert event.payload.id == enrollment.id and event.payload.user.email == "ada@e2e.test"
    assert event.payload.free_trial is False
    stored = receiver.store.get(event.id)
    assert stored is not None and stored.status == "done" and stored.attempts == 1


def datetime_now() -> Any:
    import datetime

    return datetime.datetime.now(datetime.UTC)
