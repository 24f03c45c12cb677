"""Fuzzing the receiver at the ASGI level (raw header bytes, any body, any chunking): no answer
is a 5xx, and no handler runs unless the body carries its valid signature."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from aiothinkific.webhooks import SIGNATURE_HEADER, WebhookEvent, WebhookReceiver, sign
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

SECRET = "fuzz-secret"
TOPICS = ["enrollment.created", "order.created", "user.signup", "x.y"]

header_names = st.one_of(
    st.sampled_from([SIGNATURE_HEADER.lower().encode(), b"content-length", b"content-type"]),
    st.binary(min_size=1, max_size=20),
)
headers = st.lists(st.tuples(header_names, st.binary(max_size=80)), max_size=6)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=12), st.integers(), st.none()),
        "resource": st.one_of(st.sampled_from(["enrollment", "order", "user"]), json_values),
        "action": st.one_of(st.sampled_from(["created", "signup", "progress"]), json_values),
        "tenant_id": json_values,
        "created_at": st.one_of(st.text(max_size=30), json_values),
        "payload": json_values,
    },
)
# Envelopes with a usable id and a topic with a handler, and arbitrary payloads.
handled = st.fixed_dictionaries(
    {
        "id": st.text(min_size=1, max_size=12)
        | st.text(st.characters(min_codepoint=0xD7F0, max_codepoint=0xE010), min_size=1),
        "resource": st.sampled_from(["enrollment", "order", "user"]),
        "action": st.sampled_from(["created", "signup"]),
    },
    optional={"tenant_id": json_values, "created_at": json_values, "payload": json_values},
)
bodies = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    envelopes.map(lambda v: json.dumps(v).encode()),
    handled.map(lambda v: json.dumps(v).encode()),
)


async def call(receiver: WebhookReceiver, method: str, raw_headers: list[Any], body: bytes,
               chunk: int) -> int:  # fmt: skip
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": "/",
        "raw_path": b"/",
        "query_string": b"",
        "headers": raw_headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    parts = [body[i : i + chunk] for i in range(0, len(body), chunk)] or [b""]
    messages = [
        {"type": "http.request", "body": part, "more_body": n < len(parts) - 1}
        for n, part in enumerate(parts)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await receiver(scope, receive, send)
    status: int = sent[0]["status"]
    return status


class Counter:
    def __init__(self) -> None:
        self.calls: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.calls.append(event)


def make_receiver(max_body_bytes: int = 1024) -> tuple[WebhookReceiver, Counter]:
    receiver, counter = WebhookReceiver(SECRET, max_body_bytes=max_body_bytes), Counter()
    for topic in TOPICS:
        receiver.on(topic, counter)
    return receiver, counter


FUZZ = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(
    method=st.sampled_from(["POST"] * 6 + ["GET", "PUT", "DELETE"]),
    raw_headers=headers,
    body=bodies,
    chunk=st.integers(1, 400),
)
def test_unsigned_random_requests_never_5xx_and_never_reach_a_handler(
    method: str, raw_headers: list[Any], body: bytes, chunk: int
) -> None:
    receiver, counter = make_receiver(max_body_bytes=256)
    status = asyncio.run(call(receiver, method, raw_headers, body, chunk))
    event(f"status {status}")
    assert status < 500
    valid = sign(SECRET, body).encode()
    signatures = [
        v.strip().lower() for k, v in raw_headers if k.lower() == b"x-thinkific-hmac-sha256"
    ]
    if counter.calls:
        assert signatures and signatures[0] == valid


@FUZZ
@given(body=bodies, raw_headers=headers, chunk=st.integers(1, 400))
def test_validly_signed_random_bodies_never_5xx(
    body: bytes, raw_headers: list[Any], chunk: int
) -> None:
    receiver, counter = make_receiver()
    signed = [(SIGNATURE_HEADER.lower().encode(), sign(SECRET, body).encode())]
    others = [(k, v) for k, v in raw_headers if k.lower() != SIGNATURE_HEADER.lower().encode()]
    status = asyncio.run(call(receiver, "POST", signed + others, body, chunk))
    event(f"status {status}, handler calls {len(counter.calls)}")
    assert status < 500
    if status == 200:
        assert len(counter.calls) <= 1
    else:
        assert counter.calls == []


@pytest.mark.parametrize("declared", ["9" * 4400, "0" * 4400 + "12", "00000000000000000000000"])
async def test_a_content_length_of_any_length_is_read_without_a_500(declared: str) -> None:
    receiver = WebhookReceiver("secret", store=":memory:")
    body = b"{}"
    status = await call(receiver, "POST", [(b"content-length", declared.encode())], body, 64)
    # Too large (413), or small and then judged on the body: never a 500.
    assert status in (400, 401, 413)
    if declared.lstrip("0") and len(declared.lstrip("0")) > 10:
        assert status == 413
