"""The mock server on bad input: requests are checked against the spec before any handler runs,
answered the way Thinkific answers (400, 404, 405, 413, 422), never with a 500, and a failed
request leaves the database as it was."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiothinkific.mock import MockSettings, create_app
from aiothinkific.mock.contract import ResponseChecker
from aiothinkific.mock.engine import Call
from aiothinkific.mock.errors import invalid
from aiothinkific.mock.registry import handlers
from aiothinkific.specs import admin_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette

BASE = "http://mock/api/public/v1"
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}
USER = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}


def connect(
    app: Starlette, checker: ResponseChecker | None = None, *, raise_app_exceptions: bool = True
) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions),
        base_url=BASE,
        headers=AUTH,
        event_hooks={"response": [(checker or ResponseChecker()).hook]},
    )


@pytest.fixture
async def api() -> AsyncIterator[httpx.AsyncClient]:
    async with connect(create_app(MockSettings(seed_users=5))) as client:
        yield client


def errors(response: httpx.Response) -> Any:
    assert response.status_code == 422, response.text
    return response.json()["errors"]


# --------------------------------------------------------------------------------------------
# Bodies
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"{",
        b"not json",
        b'{"email": NaN}',
        b'{"amount": 1e999}',
        b"\xff\xfe",
        b'{"first_name": "\\ud800"}',  # a lone surrogate: valid JSON text, not valid UTF-8
        b"[" * 5000 + b"]" * 5000,
        b'{"a":' * 40 + b"1" + b"}" * 40,
        b'{"n": ' + b"1" * 5000 + b"}",
    ],
)
async def test_bodies_that_are_not_usable_json_are_400(
    api: httpx.AsyncClient, content: bytes
) -> None:
    response = await api.post(
        "/users", content=content, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert isinstance(response.json()["error"], str)


async def test_a_body_that_is_not_json_by_content_type_is_400(api: httpx.AsyncClient) -> None:
    response = await api.post(
        "/users", content=json.dumps(USER), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 400
    assert "application/json" in response.json()["error"]
    form = await api.post("/users", data=USER)
    assert form.status_code == 400
    vendor = await api.post(
        "/users", content=json.dumps(USER), headers={"content-type": "application/vnd.x+json"}
    )
    assert vendor.status_code == 201


async def test_field_errors_are_422_per_field(api: httpx.AsyncClient) -> None:
    bad = {
        "first_name": 1,
        "last_name": None,
        "email": "not-an-email",
        "roles": ["pope"],
        "password": "123",
        "affiliate_commission": "lots",
        "custom_profile_fields": [{"value": 3}],
        "provider": "LDAP",
    }
    assert errors(await api.post("/users", json=bad)) == {
        "first_name": ["must be a string"],
        "last_name": ["can't be blank"],
        "email": ["is invalid"],
        "roles[0]": ["is not included in the list"],
        "password": ["is too short (minimum is 6 characters)"],
        "affiliate_commission": ["must be a number"],
        "custom_profile_fields[0].custom_profile_field_definition_id": ["can't be blank"],
        "custom_profile_fields[0].value": ["must be a string"],
        "provider": ["is not included in the list"],
    }


async def test_body_that_is_not_an_object_is_422(api: httpx.AsyncClient) -> None:
    for body in ([USER], "user", 3):
        assert errors(await api.post("/users", json=body)) == {"base": ["must be an object"]}
    null = await api.post("/users", content=b"null", headers={"content-type": "application/json"})
    assert errors(null) == {"base": ["can't be blank"]}
    # No body at all where the spec requires one (every body it documents): refused like null.
    assert errors(await api.post("/users")) == {"base": ["can't be blank"]}
    blank = await api.post("/users", content=b" \n", headers={"content-type": "application/json"})
    assert errors(blank) == {"base": ["can't be blank"]}


async def test_integers_beyond_64_bits_are_422(api: httpx.AsyncClient) -> None:
    body = {"course_id": 2**70, "user_id": -(2**64)}
    assert errors(await api.post("/enrollments", json=body)) == {
        "course_id": ["is out of range"],
        "user_id": ["is out of range"],
    }


async def test_nullable_fields_take_null_and_others_do_not(api: httpx.AsyncClient) -> None:
    user = (await api.post("/users", json=USER)).json()
    ok = await api.put(f"/users/{user['id']}", json={"bio": None, "company": None})
    assert ok.status_code == 204
    assert errors(await api.put(f"/users/{user['id']}", json={"first_name": None})) == {
        "first_name": ["can't be blank"]
    }


async def test_huge_bodies_are_413(api: httpx.AsyncClient) -> None:
    huge = b'{"first_name": "' + b"x" * (1024 * 1024) + b'"}'
    response = await api.post("/users", content=huge, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "error" in response.json()

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: the limit holds as it streams
        yield b'{"first_name": "'
        for _ in range(20):
            yield b"x" * 65536
        yield b'"}'

    streamed = await api.post(
        "/users", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413
    small = MockSettings(seed_users=0, max_body_bytes=100)
    async with connect(create_app(small)) as client:
        assert (await client.post("/users", json={**USER, "bio": "x" * 200})).status_code == 413
        assert (await client.post("/users", json=USER)).status_code == 201


# --------------------------------------------------------------------------------------------
# Paths, methods and query parameters
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/nope", "/users/", "/users/1/nope", "/api/public/v2/users", "/", "/courses/1/x"]
)
async def test_unknown_paths_are_404_json(api: httpx.AsyncClient, path: str) -> None:
    response = await api.get(path)
    assert response.status_code == 404
    assert isinstance(response.json()["error"], str)


async def test_wrong_methods_are_405_json_with_allow(api: httpx.AsyncClient) -> None:
    response = await api.patch("/users")
    assert response.status_code == 405
    assert response.json() == {"error": "Method Not Allowed"}
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert (await api.delete("/courses/1")).status_code == 405
    assert (await api.delete("/coupons")).headers["allow"] == "GET, HEAD, POST"
    # PUT is served for /coupons/{id}, and "bulk_create" is no coupon id: 404, as Rails says.
    assert (await api.put("/coupons/bulk_create", json={"code": "X"})).status_code == 404


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"limit": "abc"}, {"limit": ["must be an integer"]}),
        ({"limit": "0"}, {"limit": ["must be greater than or equal to 1"]}),
        ({"page": "1.5"}, {"page": ["must be an integer"]}),
        ({"page": "99999999999999999999"}, {"page": ["must be an integer"]}),
        ({"query[group_id]": "x"}, {"query[group_id]": ["must be an integer"]}),
        (
            {"page": "-1", "limit": "x"},
            {"page": ["must be greater than or equal to 1"], "limit": ["must be an integer"]},
        ),
    ],
)
async def test_bad_query_parameters_are_422(
    api: httpx.AsyncClient, params: dict[str, str], expected: dict[str, list[str]]
) -> None:
    assert errors(await api.get("/users", params=params)) == expected


async def test_typed_filters_are_checked(api: httpx.AsyncClient) -> None:
    assert errors(await api.get("/enrollments", params={"query[completed]": "maybe"})) == {
        "query[completed]": ["must be true or false"]
    }
    assert errors(await api.get("/enrollments", params={"query[created_after]": "yesterday"})) == {
        "query[created_after]": ["is invalid"]
    }
    assert errors(await api.get("/users/1", params={"provider": "LDAP"})) == {
        "provider": ["is not included in the list"]
    }
    assert errors(await api.get("/course_reviews")) == {"course_id": ["can't be blank"]}
    ok = await api.get("/enrollments", params={"query[created_after]": "2020-01-01"})
    assert ok.status_code == 200  # a date is a fine date filter
    unknown = await api.get("/users", params={"query[shoe_size]": "44", "foo": "bar"})
    assert unknown.status_code == 200  # unknown parameters are ignored, as Rails does


# --------------------------------------------------------------------------------------------
# Transactions
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "status"), [(invalid({"name": ["nope"]}), 422), (RuntimeError("bug"), 500)]
)
async def test_a_failed_request_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, failure: Exception, status: int
) -> None:
    real = handlers()["createGroup"]

    def half_done(call: Call) -> Any:
        real(call)  # the group is written...
        raise failure  # ...then the request fails

    monkeypatch.setitem(handlers(), "createGroup", half_done)
    # The 500 is answered, then the exception goes on to the server (which logs it).
    async with connect(create_app(), raise_app_exceptions=False) as api:
        response = await api.post("/groups", json={"name": "Ghost"})
        assert response.status_code == status
        listed = (await api.get("/groups")).json()
        assert "Ghost" not in [g["name"] for g in listed["items"]]
        assert listed["meta"]["pagination"]["total_items"] == 2
    monkeypatch.undo()
    async with connect(create_app()) as api:
        created = (await api.post("/groups", json={"name": "Real"})).json()
        assert created["id"] == 3  # the failed attempt's id was rolled back too


# --------------------------------------------------------------------------------------------
# Never 500, whatever arrives
# --------------------------------------------------------------------------------------------

OPERATIONS = admin_spec().operations
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
SEGMENTS = st.one_of(
    st.integers(min_value=-5, max_value=60).map(str),
    st.sampled_from(["abc", "SSO", "OPENID_CONNECT", "0x10", "1e3", " 1", "%00", "..", "é"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="/?#\\"),
        min_size=1,
        max_size=12,
    ),
)
QUERY_VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["true", "false", "", "2024-01-01", "2024-01-01T00:00:00Z", "x", "SSO"]),
    st.text(max_size=12),
)
QUERY_NAMES = sorted({p.name for op in OPERATIONS for p in op.parameters if p.location == "query"})


BODY_FIELDS = sorted(
    {
        name
        for op in OPERATIONS
        for name in admin_spec().resolve(op.body_schema or {}).get("properties", {})
    }
)


@st.composite
def hostile_requests(draw: st.DrawFn) -> tuple[str, str, dict[str, str], bytes, dict[str, str]]:
    op = draw(st.sampled_from(OPERATIONS))
    method = draw(st.sampled_from([op.method, op.method, "GET", "POST", "PUT", "DELETE", "PATCH"]))
    path = op.template.fill({name: draw(SEGMENTS) for name in op.template.params})
    params = draw(
        st.dictionaries(
            st.sampled_from(QUERY_NAMES) | st.text(max_size=8), QUERY_VALUES, max_size=4
        )
    )
    body_kind = draw(st.sampled_from(["json", "json", "bytes", "none"]))
    headers = {"content-type": draw(st.sampled_from(["application/json", "text/plain", "x/y"]))}
    if body_kind == "json":
        value = draw(JSON_VALUES | st.dictionaries(st.sampled_from(BODY_FIELDS), JSON_VALUES))
        content = json.dumps(value).encode()
    elif body_kind == "bytes":
        content = draw(st.binary(max_size=64))
    else:
        content = b""
    return method, path, params, content, headers


HOSTILE_APP = create_app(MockSettings(seed_users=10))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=hostile_requests())
def test_no_input_makes_the_server_fail(
    request: tuple[str, str, dict[str, str], bytes, dict[str, str]],
) -> None:
    """Random operations, ids, query parameters, bodies and content types: every answer is a
    documented (or Thinkific-shaped error) response, never a 500."""
    method, path, params, content, headers = request

    async def send() -> httpx.Response:
        async with connect(HOSTILE_APP) as api:
            return await api.request(method, path, params=params, content=content, headers=headers)

    response = asyncio.run(send())
    assert response.status_code < 500, (method, path, params, content, response.text)


@pytest.mark.parametrize("digit_like", ["\u00b9", "\u0663", "\uff11"])
async def test_unicode_digits_are_not_ids_or_lengths(
    api: httpx.AsyncClient, digit_like: str
) -> None:
    """``str.isdigit()`` accepts superscripts and other scripts' digits; ``int()`` does not all."""
    assert (await api.get(f"/users/{digit_like}")).status_code == 404
    response = await api.post(
        "/users", content=json.dumps(USER).encode(), headers={"Content-Length": digit_like.encode()}
    )
    assert response.status_code < 500
