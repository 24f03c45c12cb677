"""The ThriveCart client on the shared core: credentials and mode, the request bodies as the API
reads them, typed errors with retries, paced calls and pagination counted by ``meta.total``."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest
from aiothinkific import (
    AuthenticationError,
    BadRequestError,
    CredentialsError,
    NotFoundError,
    RateLimitError,
    ThriveCart,
)
from aiothinkific._exceptions import error_message
from aiothinkific._thrivecart import DEFAULT_THRIVECART_BASE_URL

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "THRIVECART_API_KEY",
        "THRIVECART_ACCESS_TOKEN",
        "THRIVECART_BASE_URL",
        "THRIVECART_MODE",
    ):
        monkeypatch.delenv(name, raising=False)


def client(handler: Handler, **options: object) -> ThriveCart:
    settings: dict[str, object] = {"api_key": "tc-secret", "requests_per_minute": None}
    settings.update(options)
    return ThriveCart(transport=httpx.MockTransport(handler), **settings)  # type: ignore[arg-type]


def ok(body: object, seen: list[httpx.Request] | None = None) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, json=body)

    return answer


ACTION = {"success": True, "message": "This subscription has been successfully cancelled."}


async def test_credentials_come_from_arguments_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(CredentialsError, match="THRIVECART_API_KEY"):
        ThriveCart()
    with pytest.raises(CredentialsError, match="not both"):
        ThriveCart(api_key="a", access_token="b")
    monkeypatch.setenv("THRIVECART_ACCESS_TOKEN", "from-env")
    seen: list[httpx.Request] = []
    async with client(
        ok({"account_name": "a", "account_id": "1", "account_url": "u"}, seen), api_key=None
    ) as tc:
        await tc.account.ping()
    assert seen[0].headers["Authorization"] == "Bearer from-env"
    assert str(seen[0].url) == DEFAULT_THRIVECART_BASE_URL + "/ping"


async def test_secrets_never_appear_in_repr_logs_or_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": "invalid_token"})

    caplog.set_level(logging.DEBUG, logger="aiothinkific")
    async with client(refuse) as tc:
        with pytest.raises(AuthenticationError) as raised:
            await tc.account.ping()
        shown = [repr(tc), repr(tc.credentials), str(raised.value), caplog.text]
    assert not any("tc-secret" in text for text in shown)


@pytest.mark.parametrize(
    ("mode", "env", "sent"), [(None, None, "live"), ("test", None, "test"), (None, "test", "test")]
)
async def test_mode_is_sent_on_every_call(
    mode: str | None, env: str | None, sent: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if env:
        monkeypatch.setenv("THRIVECART_MODE", env)
    seen: list[httpx.Request] = []
    async with client(ok([], seen), mode=mode) as tc:
        await tc.products.list()
        await tc.bumps.list()
    assert [r.headers["X-TC-Mode"] for r in seen] == [sent, sent]


async def test_a_call_may_choose_its_own_mode_and_a_bad_mode_is_refused() -> None:
    seen: list[httpx.Request] = []
    async with client(ok(ACTION, seen)) as tc:
        await tc.subscriptions.cancel(order_id="851411", subscription_id="253", mode="test")
        with pytest.raises(ValueError, match="mode: 'sandbox' is not one of"):
            await tc.subscriptions.cancel(
                order_id="1",
                subscription_id="2",
                mode="sandbox",  # type: ignore[arg-type]
            )
    assert [r.headers["X-TC-Mode"] for r in seen] == ["test"]
    with pytest.raises(ValueError, match="'live', 'test'"):
        ThriveCart(api_key="k", mode="sandbox")  # type: ignore[arg-type]


async def test_writes_are_form_encoded_as_the_collection_documents() -> None:
    seen: list[httpx.Request] = []
    async with client(ok(ACTION, seen)) as tc:
        result = await tc.subscriptions.cancel(order_id="851411", subscription_id="253")
        await tc.affiliates.register(
            "alexis_fortier", product_ids=json.dumps([1, 2]), auto_approve=True
        )
    assert result.message == ACTION["message"]
    cancel, register = seen
    assert cancel.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(cancel.content.decode()) == {"order_id": ["851411"], "subscription_id": ["253"]}
    assert register.url.path.endswith("/affiliates/alexis_fortier/register")
    assert parse_qs(register.content.decode()) == {
        "product_ids": ["[1, 2]"],
        "auto_approve": ["true"],
    }


async def test_students_are_multipart_with_bracket_keys_and_subscribe_is_json() -> None:
    seen: list[httpx.Request] = []
    student = {
        "auto_signin_url": "https://a.test/signin",
        "student": {"id": "1", "username": "s@example.com"},
    }
    async with client(ok(student, seen)) as tc:
        access = await tc.students.create(
            email="s@example.com", course_id="7", order_id="851362", purchase_type="product"
        )
    assert access.auto_signin_url == "https://a.test/signin"
    body = seen[0].content
    assert seen[0].headers["Content-Type"].startswith("multipart/form-data")
    part = rb'name="order_info\[order_id\]"\r\n(Content-Type: text/plain\r\n)?\r\n851362\r\n'
    assert re.search(part, body), body
    assert b'name="order_info[purchase_type]"' in body

    seen.clear()
    async with client(ok({"subscription_id": 253485285}, seen)) as tc:
        created = await tc.event_subscriptions.subscribe(
            event="order_refund", target_url="https://hooks.example.com/tc/1"
        )
    assert created.subscription_id == 253485285
    assert json.loads(seen[0].content) == {
        "event": "order_refund",
        "target_url": "https://hooks.example.com/tc/1",
    }


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (400, {"error": "You must provide a valid order ID."}, BadRequestError),
        (401, {"error": "invalid_token", "error_description": "The token is invalid"}, None),
        (404, {"error": "The requested charge could not be identified."}, NotFoundError),
    ],
)
async def test_errors_are_typed_and_carry_the_api_message(
    status: int, body: dict[str, str], error: type[Exception] | None
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    async with client(refuse) as tc:
        with pytest.raises(error or AuthenticationError) as raised:
            await tc.refunds.create(order_id="851362", reference="product-299")
    assert raised.value.status_code == status  # type: ignore[attr-defined]
    assert body["error"] in str(raised.value)
    assert error_message(body) == (
        "[invalid_token] The token is invalid" if status == 401 else body["error"]
    )


async def test_a_rate_limited_call_is_retried_then_reported() -> None:
    statuses = iter([429, 429, 200])

    def limited(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        return httpx.Response(status, json=[] if status == 200 else {"error": "rate_limited"})

    async with client(limited, max_retries=2) as tc:
        assert await tc.products.list() == []

    def always(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"error": "rate_limited"})

    async with client(always, max_retries=0) as tc:
        with pytest.raises(RateLimitError) as raised:
            await tc.products.list()
    assert raised.value.retry_after is None  # ThriveCart may send no Retry-After


async def test_calls_are_paced_at_sixty_a_minute_by_default() -> None:
    tc = ThriveCart(api_key="k")
    assert tc.limiter.requests_per_minute == 60
    quick = tc.with_options(max_retries=0)
    assert quick.limiter is tc.limiter
    assert quick.max_retries == 0 and tc.max_retries > 0
    await tc.aclose()


def transactions_of(total: int) -> Handler:
    """A transaction search over ``total`` transactions, newest (highest id) first."""

    def search(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        per_page = int(request.url.params["perPage"])
        ids = list(range(total, 0, -1))[(page - 1) * per_page : page * per_page]
        items = [
            {
                "event_id": str(i),
                "transaction_type": "charge",
                "order_id": str(1000 + i),
                "amount": 100 * i,
                "currency": "USD",
                "customer": {"name": "C", "email": f"c{i}@example.com"},
            }
            for i in ids
        ]
        return httpx.Response(
            200, json={"transactions": items, "meta": {"total": total, "results": len(items)}}
        )

    return search


async def test_transaction_search_walks_every_page_by_the_total() -> None:
    async with client(transactions_of(23)) as tc:
        events = [t.event_id async for t in tc.transactions.search(page_size=5)]
        first = await tc.transactions.search(page_size=5, transaction_type="charge")
        limited = await tc.transactions.search(limit=7, page_size=5).to_list()
    assert events == [str(i) for i in range(23, 0, -1)]
    assert first.total_items == 23 and first.total_pages == 5 and first.next_page == 2
    assert len(limited) == 7


async def test_an_empty_search_is_one_page() -> None:
    seen: list[httpx.Request] = []

    def empty(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return transactions_of(0)(request)

    async with client(empty) as tc:
        assert [t async for t in tc.transactions.search()] == []
    assert len(seen) == 1
