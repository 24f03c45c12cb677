"""The mock server as a whole: authentication, Thinkific's rate limit, injected faults, the
deterministic seed, pagination and filters, a database file that persists, the speed of a list on
a large site, the spec it serves, and the overlay client working against it."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific._exceptions import APIConnectionError
from aiothinkific.mock import DroppedConnection, MockSettings, create_app
from aiothinkific.mock.contract import ContractViolation, ResponseChecker
from aiothinkific.specs import admin_spec
from starlette.applications import Starlette

BASE = "http://mock/api/public/v1"
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}
LISTS = (
    "/users",
    "/courses",
    "/products",
    "/orders",
    "/enrollments",
    "/bundles/1/courses",
    "/collections",
    "/promotions",
    "/coupons",
    "/groups",
    "/instructors",
    "/custom_profile_field_definitions",
    "/product_publish_requests",
    "/course_reviews",
)


def connect(
    app: Starlette, headers: dict[str, Any] | None = None, checker: ResponseChecker | None = None
) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=BASE,
        headers=AUTH if headers is None else headers,
        event_hooks={"response": [(checker or ResponseChecker()).hook]},
    )


@pytest.fixture
async def api() -> AsyncIterator[httpx.AsyncClient]:
    async with connect(create_app()) as client:
        yield client


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------------------------
# Authentication
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Auth-API-Key": "mock-key"},
        {"X-Auth-Subdomain": "mock"},
        {"X-Auth-API-Key": "wrong", "X-Auth-Subdomain": "mock"},
        {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "Mock"},  # subdomains are exact
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic bW9jay1rZXk6"},
        {"Authorization": "Bearer"},
        {"X-Auth-API-Key": "mock-kéy".encode("latin-1"), "X-Auth-Subdomain": "mock"},
    ],
)
async def test_missing_or_wrong_credentials_are_401(headers: dict[str, Any]) -> None:
    async with connect(create_app(), headers=headers) as api:
        for method, path in (("GET", "/users"), ("POST", "/users"), ("GET", "/nope")):
            response = await api.request(method, path)
            assert response.status_code == 401
            assert isinstance(response.json()["error"], str)


@pytest.mark.parametrize(
    "headers",
    [AUTH, {"Authorization": "Bearer mock-token"}, {"authorization": "bearer  mock-token "}],
)
async def test_api_key_and_bearer_token_are_accepted(headers: dict[str, str]) -> None:
    async with connect(create_app(), headers=headers) as api:
        assert (await api.get("/users")).status_code == 200


async def test_credentials_are_settings() -> None:
    settings = MockSettings(api_key="k", subdomain="school", access_token=None)
    async with connect(
        create_app(settings), {"X-Auth-API-Key": "k", "X-Auth-Subdomain": "school"}
    ) as api:
        assert (await api.get("/users")).status_code == 200
    async with connect(create_app(settings), {"Authorization": "Bearer mock-token"}) as api:
        assert (await api.get("/users")).status_code == 401


async def test_the_spec_is_served_without_credentials_pointing_at_the_mock() -> None:
    async with connect(create_app(), headers={}) as api:
        response = await api.get("http://mock/openapi.json")
    assert response.status_code == 200
    served = response.json()
    assert served["servers"] == [{"url": "http://mock/api/public/v1"}]
    assert {**served, "servers": None} == {**admin_spec().document, "servers": None}


# --------------------------------------------------------------------------------------------
# Rate limit
# --------------------------------------------------------------------------------------------


async def test_requests_per_minute_are_limited_with_reset_headers() -> None:
    clock = FakeClock()
    app = create_app(MockSettings(requests_per_minute=3, clock=clock))
    async with connect(app) as api:
        for _ in range(3):
            assert (await api.get("/courses")).status_code == 200
            clock.now += 1
        refused = await api.get("/courses")
        assert refused.status_code == 429
        assert refused.json() == {"error": "Too many requests: rate limit exceeded"}
        reset = 1_700_000_000 + 60  # when the first of the three leaves the window
        assert int(refused.headers["RateLimit-Reset"]) == reset
        assert int(refused.headers["Retry-After"]) == math.ceil(reset - clock.now) == 57
        assert (await api.get("http://mock/openapi.json")).status_code == 200  # not limited
        clock.now = reset
        assert (await api.get("/courses")).status_code == 200
        assert (await api.get("/courses")).status_code == 429


async def test_credentials_are_limited_separately_and_refusals_do_not_count() -> None:
    clock = FakeClock()
    app = create_app(MockSettings(requests_per_minute=1, clock=clock))
    async with connect(app) as key, connect(app, {"Authorization": "Bearer mock-token"}) as token:
        assert (await key.get("/courses")).status_code == 200
        assert (await token.get("/courses")).status_code == 200
        for _ in range(5):
            assert (await key.get("/courses")).status_code == 429
        clock.now += 60
        assert (await key.get("/courses")).status_code == 200


async def test_requests_in_flight_are_limited() -> None:
    app = create_app(MockSettings(max_in_flight=2, latency=0.05))
    async with connect(app) as api:
        responses = await asyncio.gather(*(api.get("/courses") for _ in range(6)))
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [200, 200, 429, 429, 429, 429]
        refused = next(r for r in responses if r.status_code == 429)
        assert refused.headers["Retry-After"] == "1"
        assert (await api.get("/courses")).status_code == 200  # the slots are free again


# --------------------------------------------------------------------------------------------
# Faults
# --------------------------------------------------------------------------------------------


async def test_faults_are_off_by_default(api: httpx.AsyncClient) -> None:
    responses = await asyncio.gather(*(api.get("/courses/1") for _ in range(50)))
    assert {r.status_code for r in responses} == {200}


async def test_error_rate_answers_500_or_503() -> None:
    async with connect(create_app(MockSettings(error_rate=1.0))) as api:
        statuses = [
            (await api.post("/groups", json={"name": f"g{i}"})).status_code for i in range(20)
        ]
        assert set(statuses) == {500, 503}
    # Nothing was written by the failed requests.
    async with connect(create_app(MockSettings(error_rate=1.0))) as api:
        assert (await api.get("http://mock/openapi.json")).status_code == 200


async def test_faults_are_drawn_from_the_seed() -> None:
    async def statuses(seed: int) -> list[int]:
        async with connect(create_app(MockSettings(seed=seed, error_rate=0.5))) as api:
            return [(await api.get("/courses/1")).status_code for _ in range(40)]

    first = await statuses(1)
    assert first == await statuses(1)
    assert first != await statuses(2)
    assert 5 < first.count(200) < 35


async def test_drop_rate_drops_the_connection() -> None:
    async with connect(create_app(MockSettings(drop_rate=1.0))) as api:
        with pytest.raises(httpx.RemoteProtocolError) as dropped:
            await api.get("/courses")
        assert isinstance(dropped.value, DroppedConnection)
    settings = MockSettings(drop_rate=1.0)
    async with Thinkific(
        api_key="mock-key",
        subdomain="mock",
        base_url=BASE,
        transport=httpx.ASGITransport(app=create_app(settings)),
        requests_per_minute=None,
        max_retries=0,
    ) as tk:
        with pytest.raises(APIConnectionError):
            await tk.users.get(1)


async def test_latency_delays_every_answer() -> None:
    async with connect(create_app(MockSettings(latency=0.05))) as api:
        started = time.perf_counter()
        await asyncio.gather(*(api.get("/courses/1") for _ in range(5)))
        elapsed = time.perf_counter() - started
    assert 0.05 <= elapsed < 1.0  # concurrent requests wait together


def test_settings_are_checked() -> None:
    for bad in (
        {"error_rate": 1.5},
        {"drop_rate": -0.1},
        {"error_rate": 0.6, "drop_rate": 0.6},
        {"latency": -1},
        {"requests_per_minute": 0},
        {"max_in_flight": 0},
        {"base_path": "api/"},
        {"seed_users": -1},
    ):
        with pytest.raises(ValueError):
            MockSettings(**bad)


# --------------------------------------------------------------------------------------------
# Seed
# --------------------------------------------------------------------------------------------


async def snapshot(app: Starlette) -> dict[str, Any]:
    async with connect(app) as api:
        required = {"/coupons": {"promotion_id": 1}, "/course_reviews": {"course_id": 1}}
        return {
            path: (await api.get(path, params={"limit": 100, **required.get(path, {})})).json()
            for path in LISTS
        }


async def test_the_same_seed_gives_the_same_site() -> None:
    first = await snapshot(create_app(MockSettings(seed=7)))
    assert first == await snapshot(create_app(MockSettings(seed=7)))
    other = await snapshot(create_app(MockSettings(seed=8)))
    assert other["/users"] != first["/users"]
    assert other["/courses"]["meta"] == first["/courses"]["meta"]  # same shape, other details
    for path, body in first.items():
        assert body["items"], f"the seed leaves {path} empty"


async def test_seed_users_sets_the_number_of_users() -> None:
    async with connect(create_app(MockSettings(seed_users=0))) as api:
        assert (await api.get("/users")).json()["meta"]["pagination"]["total_items"] == 0
        assert (await api.get("/courses")).json()["meta"]["pagination"]["total_items"] == 12


async def test_a_database_file_keeps_its_state(tmp_path: Path) -> None:
    database = str(tmp_path / "site.sqlite3")
    async with connect(create_app(MockSettings(database=database))) as api:
        user = (
            await api.post("/users", json={"first_name": "A", "last_name": "B", "email": "a@b.co"})
        ).json()
    async with connect(create_app(MockSettings(database=database, seed=99))) as api:
        assert (await api.get(f"/users/{user['id']}")).json() == user
        total = (await api.get("/users")).json()["meta"]["pagination"]["total_items"]
        assert total == 31  # seeded once, not again
        again = await api.post(
            "/users", json={"first_name": "C", "last_name": "D", "email": "c@d.co"}
        )
        assert again.json()["id"] == user["id"] + 1


# --------------------------------------------------------------------------------------------
# Pagination and filters
# --------------------------------------------------------------------------------------------


async def test_pagination_meta_is_thinkifics() -> None:
    async with connect(create_app(MockSettings(seed_users=60))) as api:
        first = (await api.get("/users")).json()
        assert len(first["items"]) == 25
        assert first["meta"]["pagination"] == {
            "current_page": 1,
            "next_page": 2,
            "prev_page": None,
            "total_pages": 3,
            "total_items": 60,
            "entries_info": "1-25 of 60",
        }
        last = (await api.get("/users", params={"page": 3})).json()
        assert [u["id"] for u in last["items"]] == list(range(51, 61))
        assert last["meta"]["pagination"] == {
            "current_page": 3,
            "next_page": None,
            "prev_page": 2,
            "total_pages": 3,
            "total_items": 60,
            "entries_info": "51-60 of 60",
        }
        beyond = (await api.get("/users", params={"page": 10**12})).json()
        assert beyond["items"] == []
        assert beyond["meta"]["pagination"]["next_page"] is None
        assert (await api.delete("/users/60")).status_code == 204
        after = (await api.get("/users", params={"page": 3})).json()["meta"]["pagination"]
        assert (after["total_items"], after["entries_info"]) == (59, "51-59 of 59")
        ten = (await api.get("/users", params={"page": 2, "limit": 10})).json()
        assert [u["id"] for u in ten["items"]] == list(range(11, 21))
        assert ten["meta"]["pagination"]["entries_info"] == "11-20 of 59"
        none = (await api.get("/users", params={"query[email]": "nobody@example.com"})).json()
        assert none == {
            "items": [],
            "meta": {
                "pagination": {
                    "current_page": 1,
                    "next_page": None,
                    "prev_page": None,
                    "total_pages": 0,
                    "total_items": 0,
                    "entries_info": "0-0 of 0",
                }
            },
        }


async def test_user_filters(api: httpx.AsyncClient) -> None:
    async def ids(**params: Any) -> list[int]:
        body = (await api.get("/users", params={"limit": 100, **params})).json()
        return [u["id"] for u in body["items"]]

    everyone = (await api.get("/users", params={"limit": 100})).json()["items"]
    admins = [u["id"] for u in everyone if "site_admin" in u["roles"]]
    assert await ids(**{"query[role]": "site_admin"}) == admins == [1]
    analysts = [u["id"] for u in everyone if "group_analyst" in u["roles"]]
    assert await ids(**{"query[role]": "group_analyst"}) == analysts != []
    phones = [u for u in everyone if u["custom_profile_fields"]]
    assert await ids(**{"query[custom_profile_field_label]": "Phone"}) == [u["id"] for u in phones]
    value = phones[1]["custom_profile_fields"][0]["value"]
    assert await ids(**{"query[custom_profile_field_value]": value}) == [phones[1]["id"]]
    group = await ids(**{"query[group_id]": 1})
    assert group and set(group) < {u["id"] for u in everyone}
    assert await ids(**{"query[group_id]": 1, "query[role]": "site_admin"}) == [1]
    await api.put("/users/2", json={"external_source": "crm"})
    assert await ids(**{"query[external_source]": "crm"}) == [2]


async def test_enrollment_filters(api: httpx.AsyncClient) -> None:
    everything = (await api.get("/enrollments", params={"limit": 1000})).json()["items"]

    async def ids(**params: Any) -> set[int]:
        body = (await api.get("/enrollments", params={"limit": 1000, **params})).json()
        return {e["id"] for e in body["items"]}

    def where(test: Any) -> set[int]:
        return {e["id"] for e in everything if test(e)}

    assert await ids(**{"query[completed]": "true"}) == where(lambda e: e["completed"]) != set()
    assert await ids(**{"query[completed]": "false"}) == where(lambda e: not e["completed"])
    assert await ids(**{"query[expired]": "true"}) == where(lambda e: e["expired"]) != set()
    assert await ids(**{"query[free_trial]": "true"}) == where(lambda e: e["is_free_trial"])
    assert await ids(**{"query[full]": "true"}) == where(lambda e: not e["is_free_trial"])
    assert await ids(**{"query[course_id]": 3}) == where(lambda e: e["course_id"] == 3)
    email = everything[0]["user_email"]
    assert await ids(**{"query[email]": email.upper()}) == where(lambda e: e["user_email"] == email)
    assert await ids(**{"query[updated_after]": "2023-12-20T00:00:00Z"}) == where(
        lambda e: e["updated_at"] > "2023-12-20T00:00:00.000Z"
    )
    assert await ids(**{"query[updated_on_or_before]": "2023-12-20"}) == where(
        lambda e: e["updated_at"][:10] <= "2023-12-20"
    )
    assert await ids(**{"query[updated_on]": everything[0]["updated_at"]}) == where(
        lambda e: e["updated_at"][:10] == everything[0]["updated_at"][:10]
    )
    created = await ids(**{"query[created_before]": "2099-01-01T00:00:00Z"})
    assert created == where(lambda e: True)


# --------------------------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------------------------


async def test_listing_users_on_a_large_site_pages_and_finds_by_email() -> None:
    """GET /users on 10,000 users: the first page, a deep page, and an email lookup answer
    exactly what they should. (How fast is the benchmark's to say: scripts/bench_mock.py.)"""
    app = create_app(MockSettings(seed_users=10_000))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=BASE, headers=AUTH
    ) as api:
        first = await api.get("/users", params={"page": 1, "limit": 25})
        assert first.json()["meta"]["pagination"]["total_items"] == 10_000
        assert [u["id"] for u in first.json()["items"]] == list(range(1, 26))
        last_user = (await api.get("/users", params={"page": 400})).json()["items"][-1]
        assert last_user["id"] == 10_000
        found = await api.get("/users", params={"query[email]": last_user["email"]})
        assert [u["id"] for u in found.json()["items"]] == [10_000]


# --------------------------------------------------------------------------------------------
# The overlay client against the mock
# --------------------------------------------------------------------------------------------


async def test_the_client_works_against_the_mock() -> None:
    app = create_app()
    async with Thinkific(
        api_key="mock-key",
        subdomain="mock",
        base_url=BASE,
        transport=httpx.ASGITransport(app=app),
        requests_per_minute=None,
    ) as tk:
        user = await tk.users.create(
            first_name="Ada", last_name="Lovelace", email="ada@example.com"
        )
        assert user.full_name == "Ada Lovelace"
        users = [u async for u in tk.users.list()]
        assert len(users) == 31 and users[-1].id == user.id
        enrollment = await tk.enrollments.create(course_id=1, user_id=user.id)
        assert enrollment.user_id == user.id and enrollment.is_free_trial
        assert (await tk.users.get(user.id)).email == "ada@example.com"
        mine = [e async for e in tk.enrollments.list(user_id=user.id)]
        assert [e.id for e in mine] == [enrollment.id]


# --------------------------------------------------------------------------------------------
# The response checker itself
# --------------------------------------------------------------------------------------------


def test_the_checker_catches_what_the_spec_does_not_allow() -> None:
    checker = ResponseChecker()
    users = "/api/public/v1/users"
    checker.check("GET", users, 200, json.dumps({"items": [], "meta": {}}).encode())
    for method, path, status, body in (
        ("GET", users, 200, {"items": [{"id": "1"}], "meta": {}}),  # id is an integer
        ("GET", users, 200, {"items": []}),  # meta is required
        ("GET", users, 201, {}),  # not a documented success
        ("GET", users, 404, {"message": "x"}),  # not Thinkific's error shape
        ("POST", users, 422, {"errors": 3}),
        ("PUT", users + "/1", 204, {"a": 1}),  # documented without a body
        ("GET", "/api/public/v1/nope", 404, "<html>"),
    ):
        with pytest.raises(ContractViolation):
            checker.check(method, path, status, json.dumps(body).encode())
    by_coupon = checker.operation("GET", "/promotions/by_coupon")
    assert by_coupon is not None and by_coupon.operation_id == "getPromotionByCoupon"


async def test_a_custom_field_sent_without_a_value_is_never_answered_as_null() -> None:
    """The contract suite's finding: a custom profile field given only its definition id was
    answered with ``"value": null``, which the spec's string ``value`` forbids."""
    async with connect(create_app()) as api:  # the checker validates every answer
        definition = (await api.get("/custom_profile_field_definitions")).json()["items"][0]
        created = await api.post(
            "/users",
            json={
                "first_name": "A",
                "last_name": "B",
                "email": "a@b.co",
                "custom_profile_fields": [{"custom_profile_field_definition_id": definition["id"]}],
            },
        )
        assert created.status_code == 201
        (field,) = created.json()["custom_profile_fields"]
        assert "value" not in field
        user_id = created.json()["id"]
        fields = [{"custom_profile_field_definition_id": definition["id"], "value": "42"}]
        await api.put(f"/users/{user_id}", json={"custom_profile_fields": fields})
        await api.put(
            f"/users/{user_id}",
            json={
                "custom_profile_fields": [{"custom_profile_field_definition_id": definition["id"]}]
            },
        )
        (kept,) = (await api.get(f"/users/{user_id}")).json()["custom_profile_fields"]
        assert kept["value"] == "42"
