"""``tk.webhooks`` against the mock's Webhooks API, and the mock's signed deliveries (in process:
the mock delivers straight into a receiver through an ASGI transport)."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest
from aiothinkific import ConfigurationError, Thinkific, UnprocessableEntityError
from aiothinkific.mock import MockSettings, create_app, mock_client
from aiothinkific.mock.inprocess import MOCK_HOST
from aiothinkific.webhooks import EnrollmentPayload, OrderPayload, WebhookEvent, WebhookReceiver

TARGET = "http://127.0.0.1:9/hooks"


async def test_create_get_update_list_delete() -> None:
    async with mock_client() as tk:
        created = await tk.webhooks.create(topic="order.created", target_url=TARGET)
        assert isinstance(created.id, str) and created.status == "active"
        assert created.topic == "order.created" and created.target_url == TARGET
        assert isinstance(created.created_at, datetime.datetime)
        assert (await tk.webhooks.get(created.id)).target_url == TARGET
        updated = await tk.webhooks.update(
            created.id, topic="user.signup", target_url=TARGET + "/2"
        )
        assert (updated.topic, updated.target_url) == ("user.signup", TARGET + "/2")
        await tk.webhooks.delete(created.id)
        assert [w async for w in tk.webhooks.list()] == []


async def test_list_follows_the_next_cursor() -> None:
    requests: list[httpx.Request] = []
    app = create_app()
    async with mock_client(app=app) as tk:
        tk.http.event_hooks["request"].append(_record(requests))
        ids = [
            (await tk.webhooks.create(topic="user.signup", target_url=f"{TARGET}/{n}")).id
            for n in range(7)
        ]
        listed = [w.id async for w in tk.webhooks.list(page_size=3)]
    assert listed == ids
    pages = [r for r in requests if r.method == "GET"]
    assert len(pages) == 3 and "next=" in str(pages[1].url)


def _record(requests: list[httpx.Request]) -> Any:
    async def hook(request: httpx.Request) -> None:
        requests.append(request)

    return hook


async def test_bearer_auth_with_the_api_key_and_the_webhooks_base_url() -> None:
    requests: list[httpx.Request] = []
    async with mock_client() as tk:
        tk.http.event_hooks["request"].append(_record(requests))
        await tk.webhooks.create(topic="user.signup", target_url=TARGET)
    [request] = requests
    assert str(request.url) == MOCK_HOST + "/api/v2/webhooks"
    assert request.headers["authorization"] == "Bearer mock-key"
    assert "x-auth-api-key" not in request.headers


def test_the_webhooks_base_url_comes_from_the_argument_or_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Thinkific(api_key="k", subdomain="s").webhooks_base_url == (
        "https://api.thinkific.com/api/v2"
    )
    monkeypatch.setenv("THINKIFIC_WEBHOOKS_BASE_URL", "https://example.test/api/v2")
    assert Thinkific(api_key="k", subdomain="s").webhooks_base_url == "https://example.test/api/v2"
    tk = Thinkific(api_key="sekrit-xyz", subdomain="s", webhooks_base_url="https://other.test/v2")
    assert tk.webhooks_base_url == "https://other.test/v2"
    reprs = (repr(tk), repr(tk.webhooks), repr(tk.generated_webhooks), repr(vars(tk.webhooks)))
    assert not any("sekrit-xyz" in text for text in reprs)


@pytest.mark.parametrize(
    ("base_url", "webhooks_base_url"),
    [
        ("http://127.0.0.1:8080/api/public/v1", "http://127.0.0.1:8080/api/v2"),
        ("https://proxy.test/thinkific/api/public/v1/", "https://proxy.test/thinkific/api/v2"),
        ("https://api.thinkific.com/api/public/v1", "https://api.thinkific.com/api/v2"),
        ("https://api.thinkific.com/other", "https://api.thinkific.com/api/v2"),
        # Never a real host from a base URL that does not name it: no root at all.
        ("https://proxy.test/other/layout", None),
        ("http://127.0.0.1:8080/", None),
    ],
)
def test_the_webhooks_base_url_sits_beside_a_thinkific_shaped_base_url(
    base_url: str, webhooks_base_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("THINKIFIC_WEBHOOKS_BASE_URL", raising=False)
    assert Thinkific(api_key="k", subdomain="s", base_url=base_url).webhooks_base_url == (
        webhooks_base_url
    )


async def test_without_a_webhooks_root_the_calls_fail_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("THINKIFIC_WEBHOOKS_BASE_URL", raising=False)
    requests: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"items": []}))
    async with Thinkific(
        api_key="k", subdomain="s", base_url="https://proxy.test/other", transport=transport
    ) as tk:
        tk.http.event_hooks["request"].append(_record(requests))
        with pytest.raises(ConfigurationError, match="THINKIFIC_WEBHOOKS_BASE_URL"):
            await tk.webhooks.create(topic="user.signup", target_url=TARGET)
        with pytest.raises(ConfigurationError, match="no Webhooks API root"):
            await tk.with_options(max_retries=0).webhooks.list().to_list()
    assert requests == []


async def test_an_unknown_topic_is_refused_before_any_request() -> None:
    requests: list[httpx.Request] = []
    async with mock_client() as tk:
        tk.http.event_hooks["request"].append(_record(requests))
        with pytest.raises(ValueError, match="topic"):
            await tk.webhooks.create(topic="nope.never", target_url=TARGET)
    assert requests == []


async def test_the_mock_answers_422_for_a_bad_topic_or_url() -> None:
    async with mock_client() as tk:
        base = tk.webhooks_base_url
        with pytest.raises(UnprocessableEntityError) as error:
            await tk.with_options(max_retries=0)._webhooks_requester.request(
                "POST", base + "/webhooks", json={"topic": "bad", "target_url": "not a url"}
            )
    assert error.value.status_code == 422
    assert error.value.body == {"errors": {"topic": "invalid format", "url": "is not valid"}}


async def test_the_mock_webhooks_api_answers_bad_input_with_json_errors_never_a_500() -> None:
    bearer = {"Authorization": "Bearer mock-key"}
    async with mock_client() as tk:
        base = tk.webhooks_base_url

        async def answer(method: str, path: str, **options: Any) -> tuple[int, Any]:
            response = await tk.http.request(method, base + path, headers=bearer, **options)
            return response.status_code, response.json()

        await tk.webhooks.create(topic="user.signup", target_url=TARGET)
        too_small, not_integer = "must be greater than or equal to 1", "must be an integer"
        for limit, message in [
            ("0", too_small),
            ("-3", too_small),
            ("x", not_integer),
            ("1.5", not_integer),
        ]:
            assert await answer("GET", f"/webhooks?limit={limit}") == (
                422,
                {"errors": {"limit": message}},
            ), limit
        status, body = await answer("GET", "/webhooks?limit=" + "9" * 40)  # capped, not a 500
        assert status == 200 and len(body["items"]) == 1
        assert await answer("GET", "/webhooks?next=" + "9" * 40) == (
            200,
            {"items": [], "meta": {"next": None}},
        )
        for data in ({"topic": {"a": 1}, "target_url": TARGET},
                     {"topic": "user.signup", "target_url": "http://[::1"}):  # fmt: skip
            status, body = await answer("POST", "/webhooks", json=data)
            assert status == 422, data
        response = await tk.http.delete(base + "/webhooks", headers=bearer)
        assert response.status_code == 405
        assert {"GET", "POST"} <= set(response.headers["allow"].split(", "))
        assert "error" in response.json()
        assert (await answer("GET", "/nowhere"))[0] == 404


async def test_a_missing_webhook_is_404() -> None:
    from aiothinkific import NotFoundError

    async with mock_client() as tk:
        with pytest.raises(NotFoundError):
            await tk.webhooks.get("999")
        with pytest.raises(NotFoundError):
            await tk.webhooks.delete("abc")
        with pytest.raises(NotFoundError):
            await tk.webhooks.get_event("1")


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)


async def _site(redeliver: bool = False) -> tuple[Thinkific, Any, WebhookReceiver, Recorder]:
    receiver, recorder = WebhookReceiver("mock-key"), Recorder()
    settings = MockSettings(
        redeliver=redeliver, webhook_transport=httpx.ASGITransport(app=receiver)
    )
    app = create_app(settings)
    return mock_client(settings, app=app), app, receiver, recorder


@pytest.mark.parametrize("redeliver", [False, True])
async def test_the_mock_delivers_signed_typed_events_once_each(redeliver: bool) -> None:
    tk, app, receiver, recorder = await _site(redeliver)
    async with tk:
        for topic in ("user.signup", "enrollment.created", "enrollment.trial", "order.created"):
            receiver.on(topic, recorder)
            await tk.webhooks.create(topic=topic, target_url="http://127.0.0.1/hooks")
        user = await tk.users.create(first_name="Ada", last_name="L", email="ada@example.com")
        course = (await tk.courses.list(limit=1).first_page()).items[0]
        await tk.enrollments.create(course_id=course.id, user_id=user.id)  # no activation: trial
        product = (await tk.products.list(limit=1).first_page()).items[0]
        await tk.external_orders.create(
            payment_provider="stripe", product_id=product.id, user_id=user.id, order_type="one-time"
        )
        await app.state.deliverer.drain()
        topics = [event.topic for event in recorder.events]
        assert topics == ["user.signup", "enrollment.created", "enrollment.trial", "order.created"]
        signup, created, trial, order = recorder.events
        assert signup.payload["email"] == "ada@example.com"  # type: ignore[index]
        assert isinstance(created.payload, EnrollmentPayload)
        assert created.payload.user.id == user.id and created.payload.course_id == course.id
        assert created.payload.free_trial and trial.payload == created.payload
        assert isinstance(order.payload, OrderPayload) and order.payload.product_id == product.id
        event = await tk.webhooks.get_event(order.id)
        assert event.id == order.id and event.resource == "order"


async def test_nothing_is_recorded_or_sent_without_a_webhook() -> None:
    tk, app, receiver, recorder = await _site()
    async with tk:
        receiver.on("user.signup", recorder)
        await tk.users.create(first_name="A", last_name="B", email="a@example.com")
        await app.state.deliverer.drain()
    assert recorder.events == []


async def test_an_unreachable_target_does_not_fail_the_request() -> None:
    settings = MockSettings()
    app = create_app(settings)
    async with mock_client(settings, app=app) as tk:
        await tk.webhooks.create(topic="user.signup", target_url="http://127.0.0.1:9/none")
        user = await tk.users.create(first_name="A", last_name="B", email="a@example.com")
        await app.state.deliverer.drain()
        assert user.email == "a@example.com"


async def test_with_options_applies_to_the_webhooks_api_too() -> None:
    async with mock_client() as tk:
        quick = tk.with_options(max_retries=0, timeout=2)
        assert quick._webhooks_requester.retry.max_retries == 0
        assert quick._webhooks_requester.timeout == 2
        assert tk._webhooks_requester.retry.max_retries == tk.max_retries
        assert quick._webhooks_requester.limiter is tk.limiter
        await quick.webhooks.create(topic="user.signup", target_url=TARGET)
        assert len([w async for w in tk.webhooks.list()]) == 1
