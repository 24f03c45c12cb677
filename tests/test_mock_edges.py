"""The mock at the edges of its input: integers of any length, clients that go away mid-body,
bodies the spec requires but a request leaves out, empty query values."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiothinkific.mock import MockSettings, create_app
from aiothinkific.mock.validation import BEYOND_INT64, digits_value, integer_value
from aiothinkific.specs import admin_spec
from starlette.applications import Starlette

ROOT = "http://mock"
BASE = "/api/public/v1"
AUTH = {"Authorization": "Bearer mock-token"}
#: More digits than Python's int() takes from a string (4,300 by default).
HUGE = "9" * 4400


@pytest.fixture
def app() -> Starlette:
    return create_app(MockSettings(seed_users=5))


@pytest.fixture
async def api(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url=ROOT, headers=AUTH) as client:
        yield client


# --------------------------------------------------------------------------------------------
# Integers of any length
# --------------------------------------------------------------------------------------------


def test_digits_value_reads_any_length_without_int_of_the_whole_string() -> None:
    assert digits_value("0042") == 42
    assert digits_value("9223372036854775807") == 2**63 - 1
    assert digits_value("9" * 19) == 10**19 - 1
    assert digits_value("1" + "0" * 19) == BEYOND_INT64
    assert digits_value(HUGE) == BEYOND_INT64
    assert digits_value("0" * 5000 + "7") == 7
    for bad in (None, "", "-1", "+1", "1.0", " 1", "¹", "\u0661"):
        assert digits_value(bad) is None
    assert integer_value("-" + HUGE) == -BEYOND_INT64
    assert integer_value("+12") == 12
    assert integer_value("--1") is None


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", f"{BASE}/users/{HUGE}", 404),
        ("PUT", f"{BASE}/users/{HUGE}", 404),
        ("DELETE", f"{BASE}/users/{HUGE}", 404),
        ("GET", f"{BASE}/users/{HUGE}/authentications", 404),
        ("GET", f"{BASE}/users?limit={HUGE}", 422),
        ("GET", f"{BASE}/users?page={HUGE}", 422),
        ("GET", f"{BASE}/users?query[group_id]={HUGE}", 422),
        ("GET", f"{BASE}/courses/{HUGE}", 404),
        ("GET", f"{BASE}/site_scripts/{HUGE}", 404),
        ("GET", f"/api/v2/webhooks/{HUGE}", 404),
        ("PUT", f"/api/v2/webhooks/{HUGE}", 404),
        ("DELETE", f"/api/v2/webhooks/{HUGE}", 404),
        ("GET", f"/api/v2/webhooks?limit={HUGE}", 200),
        ("GET", f"/api/v2/webhooks?limit=-{HUGE}", 422),
        ("GET", f"/api/v2/webhooks?next={HUGE}", 200),
        ("POST", f"/_mock/enrollments/{HUGE}/progress", 404),
    ],
)
async def test_integers_of_any_length_never_500(
    api: httpx.AsyncClient, method: str, path: str, status: int
) -> None:
    body: Any = {"percentage_completed": 100} if method in ("POST", "PUT") else None
    response = await api.request(method, path, json=body)
    assert response.status_code == status, response.text


async def test_webhooks_past_the_last_page_with_a_huge_cursor(api: httpx.AsyncClient) -> None:
    created = await api.post(
        "/api/v2/webhooks",
        json={"topic": "user.signup", "target_url": "https://example.com/hook"},
    )
    assert created.status_code == 201, created.text
    assert (await api.get(f"/api/v2/webhooks?next={HUGE}")).json()["items"] == []
    assert len((await api.get(f"/api/v2/webhooks?limit={HUGE}")).json()["items"]) == 1


async def test_a_huge_content_length_is_413_in_process(api: httpx.AsyncClient) -> None:
    response = await api.post(
        f"{BASE}/users", content=b"{}", headers={"content-length": HUGE, **AUTH}
    )
    assert response.status_code == 413


# --------------------------------------------------------------------------------------------
# A client that goes away mid-body
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", [f"{BASE}/users", "/api/v2/webhooks", "/_mock/enrollments/1/progress"]
)
async def test_a_client_gone_mid_body_is_logged_at_debug_only(
    app: Starlette, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    messages = [
        {"type": "http.request", "body": b'{"first_na', "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"authorization", b"Bearer mock-token"), (b"content-length", b"40")],
        "client": ("127.0.0.1", 1),
        "server": ("mock", 80),
    }
    with caplog.at_level(logging.DEBUG):
        await app(scope, receive, send)  # no exception escapes the app
    assert [r for r in caplog.records if r.levelno > logging.DEBUG] == []
    assert all(r.exc_info is None for r in caplog.records)
    assert any("disconnected" in r.getMessage() for r in caplog.records)
    assert not any(m.get("status") == 500 for m in sent)


# --------------------------------------------------------------------------------------------
# Required bodies
# --------------------------------------------------------------------------------------------

REQUIRED_BODIES = [op for op in admin_spec().operations if op.body_required]


def test_the_spec_requires_every_body_it_documents() -> None:
    assert {(op.method, op.path) for op in REQUIRED_BODIES} >= {
        ("PUT", "/users/{id}"),
        ("PUT", "/enrollments/{id}"),
    }


@pytest.mark.parametrize("operation", REQUIRED_BODIES, ids=lambda op: op.operation_id)
async def test_a_required_body_left_out_is_422(api: httpx.AsyncClient, operation: Any) -> None:
    path = operation.path
    for name in operation.template.params:
        path = path.replace("{" + name + "}", "1")
    for content in (b"", b"  \n"):
        query = {p.name: "1" for p in operation.params("query") if p.required}
        response = await api.request(operation.method, BASE + path, params=query, content=content)
        assert response.status_code in (404, 422), response.text
        if response.status_code == 422:
            assert response.json() == {"errors": {"base": ["can't be blank"]}}


async def test_put_without_a_body_changes_nothing(api: httpx.AsyncClient) -> None:
    before = (await api.get(f"{BASE}/users/1")).json()
    assert (await api.put(f"{BASE}/users/1")).status_code == 422
    assert (await api.put(f"{BASE}/enrollments/1")).status_code == 422
    assert (await api.put(f"{BASE}/users/1", json={})).status_code == 204  # a body, if empty
    assert (await api.get(f"{BASE}/users/1")).json() == before


# --------------------------------------------------------------------------------------------
# Empty query values
# --------------------------------------------------------------------------------------------


async def test_an_empty_query_value_is_checked_against_its_schema(api: httpx.AsyncClient) -> None:
    response = await api.get(f"{BASE}/users/2?provider=")
    assert response.status_code == 422
    assert response.json() == {"errors": {"provider": ["is not included in the list"]}}
    # Where the spec allows an empty value (allowEmptyValue), it is "not given".
    page = await api.get(f"{BASE}/users?page=&limit=&query[email]=")
    assert page.status_code == 200, page.text
    assert page.json()["meta"]["pagination"]["current_page"] == 1


def test_every_query_parameter_without_allow_empty_refuses_what_its_schema_refuses() -> None:
    from aiothinkific.mock.errors import ApiError
    from aiothinkific.mock.validation import validators

    checked = 0
    for operation_id, validator in validators(admin_spec()).items():
        for compiled in validator.params["query"]:
            param = compiled.param
            if param.allow_empty:
                continue
            refuses = param.schema.get("type") in ("integer", "number", "boolean") or any(
                key in param.schema for key in ("enum", "minLength", "pattern")
            )
            try:
                validator.query({param.name: ""})
                refused: dict[str, Any] = {}
            except ApiError as error:
                assert error.status == 422
                refused = error.body["errors"]
            assert (param.name in refused) == (refuses or param.required), (operation_id, param)
            checked += 1
    assert checked > 0


# --------------------------------------------------------------------------------------------
# Spec and mock agree
# --------------------------------------------------------------------------------------------


async def test_bulk_coupon_code_length_bound_is_the_specs(api: httpx.AsyncClient) -> None:
    schema = admin_spec().component("BulkCreateCouponRequest")["properties"]
    assert schema["bulk_coupon_code_length"]["maximum"] == 64
    promotion = await api.post(
        f"{BASE}/promotions",
        json={"name": "P", "discount_type": "fixed", "amount": 5, "product_ids": []},
    )
    assert promotion.status_code == 201, promotion.text
    url = f"{BASE}/coupons/bulk_create?promotion_id={promotion.json()['id']}"
    too_long = await api.post(url, json={"bulk_quantity": 1, "bulk_coupon_code_length": 65})
    assert too_long.json() == {
        "errors": {"bulk_coupon_code_length": ["must be less than or equal to 64"]}
    }
    longest = await api.post(url, json={"bulk_quantity": 1, "bulk_coupon_code_length": 64})
    assert [len(c["code"]) for c in longest.json()["items"]] == [64]


def test_site_script_request_says_exactly_one_of_src_or_content() -> None:
    description = admin_spec().component("SiteScriptRequest")["description"]
    assert "exactly one of `src`" in description


def test_webhook_target_url_documents_the_mocks_rule() -> None:
    from aiothinkific.specs import webhooks_spec

    target = webhooks_spec().component("WebhookRequest")["properties"]["target_url"]
    assert "absolute http or https URL with a host" in target["description"]


@pytest.mark.parametrize(
    ("when", "stored"),
    [
        ("0001-01-01T00:00:03+02:00", "0001-01-01T00:00:00.000Z"),  # UTC in year 0
        ("9999-12-31T23:00:00-02:00", "9999-12-31T23:59:59.999Z"),  # UTC in year 10000
    ],
)
async def test_a_valid_date_time_past_pythons_range_is_accepted(
    api: httpx.AsyncClient, when: str, stored: str
) -> None:
    """RFC 3339 allows them and Rails reads them; the mock keeps the nearest instant it can."""
    answer = await api.post(
        f"{BASE}/enrollments", json={"course_id": 1, "user_id": 1, "activated_at": when}
    )
    assert answer.status_code == 201, answer.text
    assert answer.json()["activated_at"] == stored
