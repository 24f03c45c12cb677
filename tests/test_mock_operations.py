"""The mock server, operation by operation: every operation of the spec on its happy
path and its main error paths, each response checked against the spec by ``ResponseChecker``
(OAS30Validator, ``$ref``s resolved against the spec) as the client receives it."""

from __future__ import annotations

import hashlib
import hmac
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from aiothinkific.mock import MockSettings, create_app
from aiothinkific.mock.contract import ResponseChecker
from aiothinkific.mock.registry import coverage, handlers
from aiothinkific.specs import admin_spec, sample
from starlette.applications import Starlette
from starlette.routing import Route

BASE = "http://mock/api/public/v1"
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}
MISSING = 999_999

Api = httpx.AsyncClient
Scenario = Callable[[Api], Awaitable[None]]


def connect(app: Starlette, checker: ResponseChecker) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=BASE,
        headers=AUTH,
        event_hooks={"response": [checker.hook]},
    )


@pytest.fixture
async def api() -> AsyncIterator[httpx.AsyncClient]:
    async with connect(create_app(), ResponseChecker()) as client:
        yield client


def errors(response: httpx.Response) -> Any:
    assert response.status_code == 422, response.text
    return response.json()["errors"]


_numbers = itertools.count(1)


async def new_user(api: Api, **extra: Any) -> dict[str, Any]:
    """A new user with an email no other test uses."""
    email = f"ada.{next(_numbers)}@example.com"
    body = {"first_name": "Ada", "last_name": "Lovelace", "email": email, **extra}
    response = await api.post("/users", json=body)
    assert response.status_code == 201, response.text
    user: dict[str, Any] = response.json()
    return user


# --------------------------------------------------------------------------------------------
# Scenarios, one per resource group
# --------------------------------------------------------------------------------------------


async def users(api: Api) -> None:
    user = await new_user(
        api,
        roles=["affiliate"],
        custom_profile_fields=[{"custom_profile_field_definition_id": 1, "value": "555"}],
        external_id="ext-ada",
        provider="OPENID_CONNECT",
    )
    assert user["full_name"] == "Ada Lovelace"
    assert user["roles"] == ["affiliate"]
    assert isinstance(user["id"], int)
    assert user["created_at"].endswith("Z")
    (field,) = user["custom_profile_fields"]
    assert (field["label"], field["value"]) == ("Phone", "555")
    assert "external_id" not in user  # internal, not in UserResponse

    taken = await api.post(
        "/users", json={"first_name": "A", "last_name": "B", "email": user["email"].upper()}
    )
    assert errors(taken) == {"email": ["has already been taken"]}
    blank = await api.post("/users", json={"first_name": " "})
    assert errors(blank) == {
        "email": ["can't be blank"],
        "last_name": ["can't be blank"],
        "first_name": ["can't be blank"],
    }
    unknown_field = await api.post(
        "/users",
        json={
            "first_name": "A",
            "last_name": "B",
            "email": "b@example.com",
            "custom_profile_fields": [{"custom_profile_field_definition_id": MISSING}],
        },
    )
    assert "custom_profile_fields" in errors(unknown_field)

    fetched = await api.get(f"/users/{user['id']}")
    assert fetched.json() == user
    by_external = await api.get("/users/ext-ada", params={"provider": "OPENID_CONNECT"})
    assert by_external.json()["id"] == user["id"]
    assert (await api.get("/users/ext-ada")).status_code == 404
    auth = await api.get(f"/users/{user['id']}/authentications/OPENID_CONNECT")
    assert auth.json() == {"provider": "OPENID_CONNECT", "external_id": "ext-ada"}
    assert (await api.get(f"/users/{user['id']}/authentications/SSO")).status_code == 404
    assert (await api.get(f"/users/{MISSING}/authentications/SSO")).status_code == 404

    listed = await api.get("/users", params={"query[email]": user["email"].upper()})
    assert [u["id"] for u in listed.json()["items"]] == [user["id"]]

    updated = await api.put(f"/users/{user['id']}", json={"first_name": "Augusta", "bio": None})
    assert updated.status_code == 204 and updated.content == b""
    after = (await api.get(f"/users/{user['id']}")).json()
    assert (after["full_name"], after["bio"], after["email"]) == (
        "Augusta Lovelace",
        None,
        user["email"],
    )
    other = (await api.get("/users/2")).json()
    clash = await api.put(f"/users/{user['id']}", json={"email": other["email"].upper()})
    assert errors(clash) == {"email": ["has already been taken"]}
    assert (await api.put(f"/users/{MISSING}", json={"bio": "x"})).status_code == 404

    assert (await api.delete(f"/users/{user['id']}")).status_code == 204
    assert (await api.get(f"/users/{user['id']}")).status_code == 404
    assert (await api.delete(f"/users/{user['id']}")).status_code == 404


async def enrollments(api: Api) -> None:
    user = await new_user(api)
    course = (await api.get("/courses/1")).json()
    created = await api.post(
        "/enrollments",
        json={"course_id": 1, "user_id": user["id"], "activated_at": "2024-05-01T12:00:00+02:00"},
    )
    assert created.status_code == 201, created.text
    enrollment = created.json()
    assert enrollment["activated_at"] == "2024-05-01T10:00:00.000Z"
    assert (enrollment["course_name"], enrollment["user_email"]) == (course["name"], user["email"])
    assert enrollment["is_free_trial"] is False
    assert enrollment["expired"] is enrollment["completed"] is False
    assert enrollment["expiry_date"] is None

    again = await api.post("/enrollments", json={"course_id": 1, "user_id": user["id"]})
    assert list(errors(again)) == ["user_id"]
    no_user = await api.post("/enrollments", json={"course_id": 1, "user_id": MISSING})
    assert errors(no_user) == {"user_id": ["must exist"]}
    no_course = await api.post("/enrollments", json={"course_id": MISSING, "user_id": user["id"]})
    assert errors(no_course) == {"course_id": ["must exist"]}
    assert errors(await api.post("/enrollments", json={})) == {
        "course_id": ["can't be blank"],
        "user_id": ["can't be blank"],
    }
    trial = await api.post("/enrollments", json={"course_id": 2, "user_id": user["id"]})
    assert trial.json()["is_free_trial"] is True

    fetched = await api.get(f"/enrollments/{enrollment['id']}")
    assert fetched.json() == enrollment
    assert (await api.get(f"/enrollments/{MISSING}")).status_code == 404

    expire = await api.put(
        f"/enrollments/{enrollment['id']}", json={"expiry_date": "2020-01-01T00:00:00Z"}
    )
    assert expire.status_code == 204
    assert (await api.get(f"/enrollments/{enrollment['id']}")).json()["expired"] is True
    assert (await api.put(f"/enrollments/{MISSING}", json={})).status_code == 404

    mine = {"query[user_id]": user["id"]}
    expired = await api.get("/enrollments", params={**mine, "query[expired]": "true"})
    assert [e["id"] for e in expired.json()["items"]] == [enrollment["id"]]
    current = await api.get("/enrollments", params={**mine, "query[expired]": "false"})
    assert [e["id"] for e in current.json()["items"]] == [trial.json()["id"]]
    trials = await api.get("/enrollments", params={**mine, "query[free_trial]": "true"})
    assert [e["id"] for e in trials.json()["items"]] == [trial.json()["id"]]


async def bundles(api: Api) -> None:
    user = await new_user(api)
    bundle = (await api.get("/bundles/1")).json()
    courses = await api.get("/bundles/1/courses")
    assert [c["id"] for c in courses.json()["items"]] == bundle["course_ids"]
    assert (await api.get(f"/bundles/{MISSING}")).status_code == 404
    assert (await api.get(f"/bundles/{MISSING}/courses")).status_code == 404

    enroll = await api.post(
        "/bundles/1/enrollments", json={"user_id": user["id"], "activated_at": "2024-01-01"}
    )
    assert errors(enroll) == {"activated_at": ["is invalid"]}  # a date is not a date-time
    enroll = await api.post(
        "/bundles/1/enrollments",
        json={"user_id": user["id"], "activated_at": "2024-01-01T00:00:00Z"},
    )
    assert enroll.status_code == 201 and enroll.content == b""
    listed = await api.get("/bundles/1/enrollments", params={"query[user_id]": user["id"]})
    assert sorted(e["course_id"] for e in listed.json()["items"]) == sorted(bundle["course_ids"])
    assert (await api.get(f"/bundles/{MISSING}/enrollments")).status_code == 404

    extend = await api.put(
        "/bundles/1/enrollments",
        json={"user_id": user["id"], "expiry_date": "2030-01-01T00:00:00Z"},
    )
    assert extend.status_code == 204
    listed = await api.get("/bundles/1/enrollments", params={"query[user_id]": user["id"]})
    assert {e["expiry_date"] for e in listed.json()["items"]} == {"2030-01-01T00:00:00.000Z"}
    not_enrolled = await api.put("/bundles/2/enrollments", json={"user_id": user["id"]})
    assert list(errors(not_enrolled)) == ["user_id"]
    unknown = await api.post("/bundles/1/enrollments", json={"user_id": MISSING})
    assert errors(unknown) == {"user_id": ["must exist"]}


async def catalog(api: Api) -> None:
    courses = (await api.get("/courses", params={"limit": 100})).json()
    assert courses["meta"]["pagination"]["total_items"] == 12
    course = (await api.get("/courses/1")).json()
    chapters = (await api.get("/courses/1/chapters")).json()["items"]
    assert [c["id"] for c in chapters] == course["chapter_ids"]
    chapter = (await api.get(f"/chapters/{chapters[0]['id']}")).json()
    contents = (await api.get(f"/chapters/{chapter['id']}/contents")).json()["items"]
    assert [c["id"] for c in contents] == chapter["content_ids"]
    content = (await api.get(f"/contents/{contents[0]['id']}")).json()
    assert content["chapter_id"] == chapter["id"]

    product = (await api.get(f"/products/{course['product_id']}")).json()
    assert (product["productable_type"], product["productable_id"]) == ("Course", 1)
    related = (await api.get(f"/products/{product['id']}/related")).json()["items"]
    assert [p["id"] for p in related] == product["related_product_ids"]
    products = (await api.get("/products")).json()
    assert products["meta"]["pagination"]["total_items"] == 15  # 12 courses + 3 bundles
    orders = (await api.get("/orders")).json()
    assert orders["meta"]["pagination"]["total_items"] == 40
    order = (await api.get(f"/orders/{orders['items'][0]['id']}")).json()
    assert order == orders["items"][0]
    fields = (await api.get("/custom_profile_field_definitions")).json()["items"]
    assert [f["label"] for f in fields] == ["Phone", "Company size", "Country"]

    for path in ("courses", "chapters", "contents", "products", "orders"):
        assert (await api.get(f"/{path}/{MISSING}")).status_code == 404
    for path in ("courses/{}/chapters", "chapters/{}/contents", "products/{}/related"):
        assert (await api.get("/" + path.format(MISSING))).status_code == 404


async def categories(api: Api) -> None:
    assert (await api.get("/collections")).json()["meta"]["pagination"]["total_items"] == 3
    body = {"name": "Data", "description": "Data courses", "slug": "data"}
    created = await api.post("/collections", json=body)
    assert created.status_code == 201
    category = created.json()
    assert (category["default"], category["product_ids"]) == (False, [])
    assert errors(await api.post("/collections", json=body)) == {"slug": ["has already been taken"]}
    assert (await api.get(f"/collections/{category['id']}")).json() == category

    renamed = await api.put(f"/collections/{category['id']}", json={**body, "name": "Data!"})
    assert renamed.status_code == 204
    assert (await api.get(f"/collections/{category['id']}")).json()["name"] == "Data!"
    assert (await api.put(f"/collections/{MISSING}", json=body)).status_code == 404

    members = f"/collection_memberships/{category['id']}"
    assert (await api.post(members, json={"product_ids": [3, 1]})).status_code == 201
    products = (await api.get(f"/collections/{category['id']}/products")).json()["items"]
    assert [p["id"] for p in products] == [1, 3]
    assert category["id"] in (await api.get("/products/3")).json()["collection_ids"]
    removed = await api.request("DELETE", members, json={"product_ids": [1]})
    assert removed.status_code == 204
    products = (await api.get(f"/collections/{category['id']}/products")).json()["items"]
    assert [p["id"] for p in products] == [3]
    assert (await api.post(members, json={"product_ids": [MISSING]})).status_code == 404
    unknown_category = f"/collection_memberships/{MISSING}"
    assert (await api.post(unknown_category, json={"product_ids": [1]})).status_code == 404
    assert (await api.get(f"/collections/{MISSING}/products")).status_code == 404

    assert (await api.delete(f"/collections/{category['id']}")).status_code == 204
    assert (await api.get(f"/collections/{category['id']}")).status_code == 404
    assert category["id"] not in (await api.get("/products/3")).json()["collection_ids"]
    assert (await api.delete(f"/collections/{category['id']}")).status_code == 404


async def promotions(api: Api) -> None:
    body = {"name": "Flash", "discount_type": "percentage", "amount": 15, "product_ids": [2]}
    created = await api.post("/promotions", json=body)
    assert created.status_code == 201, created.text
    promotion = created.json()
    assert promotion["coupon_ids"] == [] and "product_ids" not in promotion
    too_much = await api.post("/promotions", json={**body, "amount": 150})
    assert list(errors(too_much)) == ["amount"]
    bad_type = await api.post("/promotions", json={**body, "discount_type": "free"})
    assert errors(bad_type) == {"discount_type": ["is not included in the list"]}
    assert (await api.get(f"/promotions/{promotion['id']}")).json() == promotion
    assert (await api.get("/promotions")).json()["meta"]["pagination"]["total_items"] == 3
    assert (await api.put(f"/promotions/{promotion['id']}", json=body)).status_code == 204
    assert (await api.put(f"/promotions/{MISSING}", json=body)).status_code == 404

    coupons = {"promotion_id": promotion["id"]}
    coupon = await api.post("/coupons", params=coupons, json={"code": "FLASH15", "quantity": 5})
    assert coupon.status_code == 201
    assert coupon.json()["quantity_used"] == 0
    dup = await api.post("/coupons", params=coupons, json={"code": "flash15"})
    assert errors(dup) == {"code": ["has already been taken"]}
    assert (
        await api.post("/coupons", params={"promotion_id": MISSING}, json={"code": "X"})
    ).status_code == 404
    assert errors(await api.post("/coupons", json={"code": "X"})) == {
        "promotion_id": ["can't be blank"]
    }
    bulk = await api.post(
        "/coupons/bulk_create",
        params=coupons,
        json={"bulk_quantity": 3, "bulk_coupon_code_length": 10, "bulk_quantity_per_coupon": 2},
    )
    assert bulk.status_code == 201
    assert [(len(c["code"]), c["quantity"]) for c in bulk.json()["items"]] == [(10, 2)] * 3
    short = await api.post(
        "/coupons/bulk_create",
        params=coupons,
        json={"bulk_quantity": 1, "bulk_coupon_code_length": 3},
    )
    assert list(errors(short)) == ["bulk_coupon_code_length"]
    bulk_missing = await api.post(
        "/coupons/bulk_create", params={"promotion_id": MISSING}, json={"bulk_quantity": 1}
    )
    assert bulk_missing.status_code == 404
    listed = (await api.get("/coupons", params=coupons)).json()
    assert listed["meta"]["pagination"]["total_items"] == 4
    assert (await api.get("/coupons", params={"promotion_id": MISSING})).status_code == 404
    assert (await api.get(f"/promotions/{promotion['id']}")).json()["coupon_ids"] == [
        c["id"] for c in listed["items"]
    ]

    coupon_id = coupon.json()["id"]
    assert (await api.get(f"/coupons/{coupon_id}")).json() == coupon.json()
    changed = await api.put(f"/coupons/{coupon_id}", json={"code": "FLASH16", "quantity_used": 1})
    assert changed.status_code == 204
    assert (await api.get(f"/coupons/{coupon_id}")).json()["code"] == "FLASH16"
    assert (await api.put(f"/coupons/{MISSING}", json={"code": "Z"})).status_code == 404

    found = await api.get(
        "/promotions/by_coupon", params={"product_id": 2, "coupon_code": "flash16"}
    )
    assert found.json()["id"] == promotion["id"]
    other_product = {"product_id": 3, "coupon_code": "FLASH16"}
    assert (await api.get("/promotions/by_coupon", params=other_product)).status_code == 404
    assert errors(await api.get("/promotions/by_coupon", params={"product_id": 2})) == {
        "coupon_code": ["can't be blank"]
    }

    assert (await api.delete(f"/coupons/{coupon_id}")).status_code == 204
    assert (await api.get(f"/coupons/{coupon_id}")).status_code == 404
    assert (await api.delete(f"/coupons/{coupon_id}")).status_code == 404
    assert (await api.delete(f"/promotions/{promotion['id']}")).status_code == 204
    bulk_id = bulk.json()["items"][0]["id"]
    assert (await api.get(f"/coupons/{bulk_id}")).status_code == 404  # went with its promotion
    assert (await api.get(f"/promotions/{promotion['id']}")).status_code == 404
    assert (await api.delete(f"/promotions/{promotion['id']}")).status_code == 404


async def groups(api: Api) -> None:
    user = await new_user(api)
    created = await api.post("/groups", json={"name": "Cohort Z"})
    assert created.status_code == 200  # the spec documents 200 for this create
    group = created.json()
    assert len(group["token"]) == 8
    assert errors(await api.post("/groups", json={"name": "Cohort Z"})) == {
        "name": ["has already been taken"]
    }
    assert (await api.get(f"/groups/{group['id']}")).json() == group
    assert (await api.get("/groups")).json()["meta"]["pagination"]["total_items"] == 3

    join = await api.post("/group_users", json={"user_id": user["id"], "group_names": ["Cohort Z"]})
    assert join.status_code == 201 and join.content == b""
    members = await api.get("/users", params={"query[group_id]": group["id"]})
    assert [u["id"] for u in members.json()["items"]] == [user["id"]]
    unknown = await api.post("/group_users", json={"user_id": user["id"], "group_names": ["Nope"]})
    assert errors(unknown) == ["Invalid group_names"]

    analysts = f"/groups/{group['id']}/analysts"
    assert (await api.post(analysts, json={"user_ids": [user["id"]]})).status_code == 201
    assert (await api.get(analysts)).json() == {"group_analysts": [user["id"]]}
    assert errors(await api.post(analysts, json={"user_ids": [MISSING]})) == {
        "user_ids": ["must exist"]
    }
    assert (await api.delete(f"{analysts}/{user['id']}")).status_code == 204
    assert (await api.get(analysts)).json() == {"group_analysts": []}
    assert (await api.delete(f"{analysts}/{user['id']}")).status_code == 404

    mine = f"/group_analysts/{user['id']}/groups"
    assert (await api.post(mine, json={"group_ids": [group["id"]]})).status_code == 201
    assert (await api.get(analysts)).json() == {"group_analysts": [user["id"]]}
    assert errors(await api.post(mine, json={"group_ids": [MISSING]})) == {
        "group_ids": ["must exist"]
    }
    unknown_user = f"/group_analysts/{MISSING}/groups"
    assert (await api.post(unknown_user, json={"group_ids": [group["id"]]})).status_code == 404
    assert (await api.delete(f"{mine}/{group['id']}")).status_code == 204
    assert (await api.delete(f"{mine}/{group['id']}")).status_code == 404

    assert (await api.delete(f"/groups/{group['id']}")).status_code == 204
    assert (await api.get(analysts)).status_code == 404
    assert (await api.get(f"/groups/{group['id']}")).status_code == 404
    assert (await api.delete(f"/groups/{group['id']}")).status_code == 404


async def instructors(api: Api) -> None:
    body = {"first_name": "Bob", "last_name": "Jones", "slug": "bob-jones", "title": "Dr."}
    created = await api.post("/instructors", json=body)
    assert created.status_code == 201
    instructor = created.json()
    assert (instructor["bio"], instructor["title"]) == (None, "Dr.")
    assert errors(await api.post("/instructors", json=body)) == {"slug": ["has already been taken"]}
    no_user = await api.post("/instructors", json={**body, "slug": "x", "user_id": MISSING})
    assert errors(no_user) == {"user_id": ["must exist"]}
    assert (await api.get(f"/instructors/{instructor['id']}")).json() == instructor
    assert (await api.get("/instructors")).json()["meta"]["pagination"]["total_items"] == 4
    update = await api.put(f"/instructors/{instructor['id']}", json={**body, "bio": "Teaches."})
    assert update.status_code == 204
    assert (await api.get(f"/instructors/{instructor['id']}")).json()["bio"] == "Teaches."
    assert (await api.put(f"/instructors/{MISSING}", json=body)).status_code == 404
    assert (await api.delete(f"/instructors/{instructor['id']}")).status_code == 204
    assert (await api.get(f"/instructors/{instructor['id']}")).status_code == 404
    assert (await api.delete(f"/instructors/{instructor['id']}")).status_code == 404


async def external_orders(api: Api) -> None:
    user = await new_user(api)
    body = {
        "payment_provider": "Stripe",
        "user_id": user["id"],
        "product_id": 1,
        "order_type": "one-time",
        "transaction": {"amount": 100, "currency": "USD", "reference": "ch_1"},
    }
    created = await api.post("/external_orders", json=body)
    assert created.status_code == 201
    order_id = created.json()["id"]
    assert isinstance(order_id, int)
    assert errors(await api.post("/external_orders", json={**body, "product_id": MISSING})) == {
        "product_id": ["must exist"]
    }
    bad_type = await api.post("/external_orders", json={**body, "order_type": "barter"})
    assert errors(bad_type) == {"order_type": ["is not included in the list"]}

    tx = f"/external_orders/{order_id}/transactions"
    purchase = await api.post(f"{tx}/purchase", json={"amount": 50, "currency": "USD"})
    assert purchase.status_code == 200 and purchase.content == b""
    refund = await api.post(f"{tx}/refund", json={"amount": 150, "currency": "usd"})
    assert refund.status_code == 200
    too_much = await api.post(f"{tx}/refund", json={"amount": 1, "currency": "USD"})
    assert errors(too_much) == {"amount": ["is more than was paid"]}
    assert errors(await api.post(f"{tx}/purchase", json={"amount": 5})) == {
        "currency": ["can't be blank"]
    }
    missing = f"/external_orders/{MISSING}/transactions/purchase"
    assert (await api.post(missing, json={"amount": 1, "currency": "USD"})).status_code == 404


async def course_reviews(api: Api) -> None:
    user = await new_user(api)
    body = {
        "rating": 5,
        "title": "Great",
        "review_text": "Loved it",
        "user_id": user["id"],
        "approved": False,
    }
    created = await api.post("/course_reviews", params={"course_id": 1}, json=body)
    assert created.status_code == 201
    review = created.json()
    assert (review["course_id"], review["approved"]) == (1, False)
    assert (await api.get(f"/course_reviews/{review['id']}")).json() == review
    assert (await api.get(f"/course_reviews/{MISSING}")).status_code == 404
    pending = await api.get("/course_reviews", params={"course_id": 1, "approved": "false"})
    assert review["id"] in [r["id"] for r in pending.json()["items"]]
    assert all(not r["approved"] for r in pending.json()["items"])
    too_high = await api.post(
        "/course_reviews", params={"course_id": 1}, json={**body, "rating": 6}
    )
    assert errors(too_high) == {"rating": ["must be less than or equal to 5"]}
    no_course = await api.post("/course_reviews", params={"course_id": MISSING}, json=body)
    assert no_course.status_code == 404
    assert (await api.get("/course_reviews", params={"course_id": MISSING})).status_code == 404
    no_user = await api.post(
        "/course_reviews", params={"course_id": 1}, json={**body, "user_id": MISSING}
    )
    assert errors(no_user) == {"user_id": ["must exist"]}


async def site_scripts(api: Api) -> None:
    body = {
        "name": "Tracker",
        "description": "Counts visits",
        "page_scopes": ["all"],
        "category": "analytics",
    }
    created = await api.post("/site_scripts", json={**body, "src": "https://app.example.com/t.js"})
    assert created.status_code == 201, created.text
    script = created.json()
    assert isinstance(script["id"], str)
    assert (script["location"], script["load_method"]) == ("footer", "async")

    content = "console.log('hi')"
    signature = hmac.new(b"mock-key", content.encode(), hashlib.sha256).hexdigest()
    signed = await api.post(
        "/site_scripts",
        json={**body, "content": content},
        headers={"HMAC-SHA256-SIGNATURE": signature},
    )
    assert signed.status_code == 201, signed.text
    unsigned = await api.post("/site_scripts", json={**body, "content": content})
    assert errors(unsigned) == {"base": ["Missing header `HMAC-SHA256-SIGNATURE`"]}
    forged = await api.post(
        "/site_scripts", json={**body, "content": content}, headers={"HMAC-SHA256-SIGNATURE": "0"}
    )
    assert errors(forged) == {"base": ["Invalid header `HMAC-SHA256-SIGNATURE`"]}
    assert errors(await api.post("/site_scripts", json=body)) == {
        "base": ["must provide one of: src or content"]
    }
    bad_scope = await api.post("/site_scripts", json={**body, "page_scopes": ["moon"]})
    assert "page_scopes[0]" in errors(bad_scope)

    assert (await api.get(f"/site_scripts/{script['id']}")).json() == script
    listed = (await api.get("/site_scripts")).json()
    assert [s["id"] for s in listed["items"]] == [script["id"], signed.json()["id"]]
    moved = {**body, "src": "https://app.example.com/t2.js", "location": "head"}
    assert (await api.put(f"/site_scripts/{script['id']}", json=moved)).status_code == 204
    after = (await api.get(f"/site_scripts/{script['id']}")).json()
    assert (after["src"], after["location"], after["created_at"]) == (
        moved["src"],
        "head",
        script["created_at"],
    )
    for bad_id in ("nope", "01MOCK99999999999999999999"):
        assert (await api.get(f"/site_scripts/{bad_id}")).status_code == 404
        assert (await api.put(f"/site_scripts/{bad_id}", json=moved)).status_code == 404
    assert (await api.delete(f"/site_scripts/{script['id']}")).status_code == 204
    assert (await api.get(f"/site_scripts/{script['id']}")).status_code == 404
    assert (await api.delete(f"/site_scripts/{script['id']}")).status_code == 404


async def publish_requests(api: Api) -> None:
    listed = (await api.get("/product_publish_requests")).json()
    assert {r["status"] for r in listed["items"]} == {"pending"}
    first, second = listed["items"][:2]
    assert (await api.get(f"/product_publish_requests/{first['id']}")).json() == first
    assert (await api.get(f"/product_publish_requests/{MISSING}")).status_code == 404

    approve = f"/product_publish_requests/{first['id']}/approve"
    approved = await api.post(approve, json={"user_id": 1, "response_text": "Great"})
    assert approved.status_code == 200 and approved.content == b""
    after = (await api.get(f"/product_publish_requests/{first['id']}")).json()
    assert (after["status"], after["responding_user_id"], after["response_text"]) == (
        "approved",
        1,
        "Great",
    )
    assert after["completed_at"] is not None
    assert errors(await api.post(approve, json={"user_id": 1})) == {
        "status": ["has already been approved"]
    }

    deny = f"/product_publish_requests/{second['id']}/deny"
    assert errors(await api.post(deny, json={"user_id": MISSING})) == [{"user_id": "not found"}]
    assert errors(await api.post(deny, json={})) == {"user_id": ["can't be blank"]}
    assert (await api.post(deny, json={"user_id": 1})).status_code == 200
    after = (await api.get(f"/product_publish_requests/{second['id']}")).json()
    assert after["status"] == "denied"
    missing = f"/product_publish_requests/{MISSING}/deny"
    assert (await api.post(missing, json={"user_id": 1})).status_code == 404


SCENARIOS: dict[str, Scenario] = {
    scenario.__name__: scenario
    for scenario in (
        users,
        enrollments,
        bundles,
        catalog,
        categories,
        promotions,
        groups,
        instructors,
        external_orders,
        course_reviews,
        site_scripts,
        publish_requests,
    )
}


@pytest.mark.parametrize("name", SCENARIOS)
async def test_scenario(name: str, api: Api) -> None:
    await SCENARIOS[name](api)


async def test_every_operation_succeeds_and_every_response_matches_the_spec() -> None:
    """All scenarios against one server: each operation Thinkific's handlers serve answered a 2xx
    at least once, and no response (success or error) broke the spec. (Operations a vendor
    update adds run on generic behaviour until they get a handler: test_mock_generic.py and the
    contract suite cover those.)"""
    checker = ResponseChecker()
    async with connect(create_app(), checker) as api:
        for scenario in SCENARIOS.values():
            await scenario(api)
    handled = set(coverage(admin_spec()).handled)
    assert handled
    assert handled - checker.succeeded() == set()
    statuses = {status for _, status in checker.seen}
    assert {200, 201, 204, 404, 422} <= statuses


# --------------------------------------------------------------------------------------------
# Routes come from the spec
# --------------------------------------------------------------------------------------------


def test_every_spec_operation_is_served_by_a_handler_or_generic_behaviour() -> None:
    """Each operation is served by exactly one of Thinkific's handlers or, when a vendor update
    added it, by generic behaviour; a handler whose operation left the spec is reported stale."""
    covered = coverage(admin_spec())
    spec_ids = {op.operation_id for op in admin_spec().operations}
    assert set(covered.handled) | set(covered.generic) == spec_ids
    assert not set(covered.handled) & set(covered.generic)
    assert set(covered.handled) | set(covered.stale) == set(handlers())


def test_routes_are_the_spec_operations_and_the_mock_controls() -> None:
    app = create_app()
    served = {
        (method, route.path)
        for route in app.routes
        if isinstance(route, Route)
        for method in route.methods or ()
        if method != "HEAD"
    }
    expected = {(op.method, "/api/public/v1" + op.path) for op in admin_spec().operations}
    mock_only = {("GET", "/openapi.json"), ("POST", "/_mock/enrollments/{id}/progress")}
    assert served == expected | mock_only
    in_order = [route.path for route in app.routes if isinstance(route, Route)]
    promotions = "/api/public/v1/promotions/"
    assert in_order.index(promotions + "by_coupon") < in_order.index(promotions + "{id}")


def _valid_body(operation_id: str) -> Any:
    op = admin_spec().operation(operation_id)
    return None if op.body_schema is None else sample(admin_spec(), op.body_schema)


async def test_ids_that_name_nothing_are_404() -> None:
    """Every operation with ids in its path: an unknown id, or one that is not an id, is 404
    (never 500), whatever the rest of the request."""
    checker = ResponseChecker()
    wrong = []
    async with connect(create_app(MockSettings(seed_users=3)), checker) as api:
        for op in admin_spec().operations:
            if not op.params("path"):
                continue
            params = {p.name: 1 for p in op.params("query") if p.required}
            body = _valid_body(op.operation_id)
            for value in (str(MISSING), "abc", "1.5", "-1", "0", "9" * 30, "%20", "1e3"):
                path = op.template.fill(dict.fromkeys(op.template.params, value))
                response = await api.request(op.method, path, params=params, json=body)
                if response.status_code != 404:
                    wrong.append((op.operation_id, value, response.status_code))
    assert wrong == []
