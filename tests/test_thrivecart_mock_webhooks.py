"""The ThriveCart mock's webhooks, delivered to a receiver app through the deliverer's transport
hook: the account's webhooks (form with PHP bracket keys, or JSON with every scalar a string,
pinged when added, at most five) and the API's event subscriptions (JSON, filtered by event and
trigger fields, one ``webhook_id`` across retries)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from aiothinkific.mock.thrivecart import (
    MOCK_THRIVECART_HOST,
    ThriveCartSettings,
    create_thrivecart_app,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

CONTROL = MOCK_THRIVECART_HOST + "/_mock/thrivecart"
RECEIVER = "http://receiver.test"


@dataclass
class Received:
    method: str
    path: str
    content_type: str
    body: bytes

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode(), keep_blank_values=True))

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Records what it is sent; ``/refuse-head`` and ``/refuse-post`` fail their check, and the
    first ``failures`` POSTs to ``/flaky`` answer 500."""

    failures: int = 0
    received: list[Received] = field(default_factory=list)

    async def endpoint(self, request: Request) -> Response:
        body = await request.body()
        path = request.url.path
        self.received.append(
            Received(request.method, path, request.headers.get("content-type", ""), body)
        )
        if path == "/refuse-head" and request.method == "HEAD":
            return Response(status_code=405)
        if path == "/refuse-post" and request.method == "POST":
            return Response(status_code=404)
        flaky = path == "/flaky" and request.method == "POST" and b"ping" not in body
        if flaky and self.failures > 0:
            self.failures -= 1
            return Response(status_code=500)
        return Response(status_code=200)

    def app(self) -> Starlette:
        return Starlette(
            routes=[Route("/{path:path}", self.endpoint, methods=["HEAD", "POST", "GET"])]
        )

    def deliveries(self, path: str) -> list[Received]:
        """What reached ``path`` beyond the pings made when it was added."""
        return [
            r
            for r in self.received
            if r.path == path and r.method == "POST" and r.body != b"ping=1"
        ]


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
def app(receiver: Receiver) -> Any:
    settings = ThriveCartSettings(
        webhook_transport=httpx.ASGITransport(app=receiver.app()), secret_word="S3CRET"
    )
    return create_thrivecart_app(settings)


@pytest.fixture
async def http(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=MOCK_THRIVECART_HOST + "/api/external",
        headers={"Authorization": "Bearer mock-thrivecart-key"},
    ) as client:
        yield client


async def add_webhook(http: httpx.AsyncClient, path: str, form: str = "form") -> httpx.Response:
    return await http.post(CONTROL + "/webhooks", json={"url": RECEIVER + path, "format": form})


async def purchase(http: httpx.AsyncClient, app: Any, **fields: Any) -> dict[str, Any]:
    answer = await http.post(CONTROL + "/purchases", json=fields)
    assert answer.status_code == 201, answer.text
    await app.state.deliverer.drain()
    body: dict[str, Any] = answer.json()
    return body


async def test_account_webhook_form_with_php_bracket_keys(
    http: httpx.AsyncClient, app: Any, receiver: Receiver
) -> None:
    assert (await add_webhook(http, "/form")).status_code == 201
    assert [r.method for r in receiver.received] == ["HEAD", "POST"]
    order = await purchase(
        http, app, product_id=4, bump_id=4, email="ann@example.com", name="Ann Lee"
    )
    (delivery,) = receiver.deliveries("/form")
    assert delivery.content_type == "application/x-www-form-urlencoded"
    fields = delivery.form()
    assert fields["event"] == "order.success"
    assert fields["thrivecart_secret"] == "S3CRET"
    assert fields["thrivecart_account"] == "myaccount"
    assert fields["order_id"] == str(order["order_id"])
    assert (fields["mode"], fields["mode_int"]) == ("live", "2")
    assert fields["customer[email]"] == "ann@example.com"
    assert fields["customer[first_name]"] == "Ann"
    assert fields["order[charges][0][amount]"] == "9900"
    assert fields["order[charges][1][type]"] == "bump"
    assert (fields["purchase_map[0]"], fields["purchase_map[1]"]) == ("product-4", "bump-4")
    assert fields["purchase_map_flat"] == "product-4,bump-4"


async def test_account_webhook_json_has_every_scalar_a_string(
    http: httpx.AsyncClient, app: Any, receiver: Receiver
) -> None:
    assert (await add_webhook(http, "/json", "json")).status_code == 201
    order = await purchase(http, app, product_id=373, email="sub@example.com", mode="test")
    refund = await http.post(
        f"{CONTROL}/orders/{order['order_id']}/refund", json={"reference": "product-373"}
    )
    assert refund.status_code == 200
    sub_id = order["subscription_ids"]["product-373"]
    await http.post(f"{CONTROL}/subscriptions/{sub_id}/cancel")
    await app.state.deliverer.drain()
    bodies = [r.json() for r in receiver.deliveries("/json")]
    assert [b["event"] for b in bodies] == [
        "order.success",
        "order.refund",
        "order.subscription_cancelled",
    ]
    success, refunded, cancelled = bodies
    assert (success["mode"], success["mode_int"]) == ("test", "1")
    assert success["order"]["total"] == "12500"
    assert success["subscription_ids"] == {"product-373": str(sub_id)}
    assert success["order"]["tax"] == "null"
    assert refunded["refund"] == {
        "amount": "12500",
        "name": "Trial Funnel",
        "product_id": "373",
        "type": "product",
    }
    assert cancelled["subscription"] == {"type": "product", "id": str(sub_id), "product_id": "373"}

    def scalars(value: Any) -> list[Any]:
        if isinstance(value, dict):
            return [s for item in value.values() for s in scalars(item)]
        if isinstance(value, list):
            return [s for item in value for s in scalars(item)]
        return [value]

    assert all(isinstance(value, str) for body in bodies for value in scalars(body))


async def test_a_url_must_answer_head_and_post_and_five_at_most(
    http: httpx.AsyncClient, receiver: Receiver
) -> None:
    refused_head = await add_webhook(http, "/refuse-head")
    assert refused_head.status_code == 400 and "HEAD" in refused_head.json()["error"]
    refused_post = await add_webhook(http, "/refuse-post")
    assert refused_post.status_code == 400 and "POST" in refused_post.json()["error"]
    for number in range(5):
        assert (await add_webhook(http, f"/ok{number}")).status_code == 201
    sixth = await add_webhook(http, "/ok5")
    assert sixth.status_code == 400 and "5" in sixth.json()["error"]
    assert len((await http.get(CONTROL + "/webhooks")).json()) == 5
    assert (await http.delete(CONTROL + "/webhooks/1")).status_code == 204


async def test_event_subscriptions_get_typed_json_filtered_by_event_and_trigger_fields(
    http: httpx.AsyncClient, app: Any, receiver: Receiver
) -> None:
    subscriptions = [
        {"event": "*", "target_url": RECEIVER + "/all"},
        {"event": "order_payment_bump", "target_url": RECEIVER + "/bumps"},
        {"event": "*", "target_url": RECEIVER + "/live", "trigger_fields": {"mode_int": 2}},
        {"event": "order_refund_product", "target_url": RECEIVER + "/refunds"},
    ]
    for body in subscriptions:
        assert (await http.post("/subscribe", json=body)).status_code == 201
    live = await purchase(http, app, product_id=4, bump_id=4, email="l@example.com")
    await purchase(http, app, product_id=2, email="t@example.com", mode="test")
    await http.post(f"{CONTROL}/orders/{live['order_id']}/refund", json={"reference": "product-4"})
    await app.state.deliverer.drain()
    everything = [r.json() for r in receiver.deliveries("/all")]
    assert [b["event"] for b in everything] == [
        "order_payment_product",
        "order_payment_bump",
        "order_payment_product",
        "order_refund_product",
    ]
    assert all(r.content_type == "application/json" for r in receiver.deliveries("/all"))
    assert everything[0]["order_id"] == live["order_id"]  # typed: an integer
    assert [b["event"] for b in (r.json() for r in receiver.deliveries("/bumps"))] == [
        "order_payment_bump"
    ]
    assert {b["mode_int"] for b in (r.json() for r in receiver.deliveries("/live"))} == {2}
    (refund,) = [r.json() for r in receiver.deliveries("/refunds")]
    assert refund["refund"]["amount"] == 9900
    ids = [b["webhook_id"] for b in everything]
    assert len(set(ids)) == len(ids)


async def test_rebills_pauses_and_failures_reach_their_subscriptions(
    http: httpx.AsyncClient, app: Any, receiver: Receiver
) -> None:
    for event in ("order_rebill", "order_rebill_failed", "subscription_paused",
                  "subscription_resumed", "order_rebill_cancelled"):  # fmt: skip
        await http.post("/subscribe", json={"event": event, "target_url": RECEIVER + "/subs"})
    order = await purchase(http, app, product_id=373, email="r@example.com")
    sub_id = order["subscription_ids"]["product-373"]
    await http.post(f"{CONTROL}/subscriptions/{sub_id}/rebill")
    await http.post(f"{CONTROL}/subscriptions/{sub_id}/rebill_failed")
    ids = {"order_id": str(order["order_id"]), "subscription_id": str(sub_id)}
    assert (await http.post("/pauseSubscription", data=ids)).status_code == 200
    assert (await http.post("/resumeSubscription", data=ids)).status_code == 200
    assert (await http.post("/cancelSubscription", data=ids)).status_code == 200
    await app.state.deliverer.drain()
    events = [r.json()["event"] for r in receiver.deliveries("/subs")]
    assert events == [
        "order_rebill",
        "order_rebill_failed",
        "subscription_paused",
        "subscription_resumed",
        "order_rebill_cancelled",
    ]


async def test_a_failed_delivery_is_retried_with_the_same_webhook_id(
    http: httpx.AsyncClient, app: Any, receiver: Receiver
) -> None:
    receiver.failures = 2
    await http.post("/subscribe", json={"event": "*", "target_url": RECEIVER + "/flaky"})
    await purchase(http, app, product_id=2, email="f@example.com")
    attempts = [r.json() for r in receiver.deliveries("/flaky")]
    assert len(attempts) == 3
    assert len({a["webhook_id"] for a in attempts}) == 1


async def test_unsubscribed_urls_get_nothing(
    http: httpx.AsyncClient, app: Any, receiver: Receiver
) -> None:
    await http.post("/subscribe", json={"event": "*", "target_url": RECEIVER + "/gone"})
    assert (await http.post("/unsubscribe", data={"url": RECEIVER + "/gone"})).json() == []
    await purchase(http, app, product_id=2, email="g@example.com")
    assert receiver.deliveries("/gone") == []
