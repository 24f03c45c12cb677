"""Every runnable module against the bundled mock site, from Python: Make-shaped bundles,
Limit across pages, Update modules that change only what is given, and Make an API Call."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from aiothinkific import NotFoundError, Thinkific, UnprocessableEntityError
from aiothinkific.mock import MOCK_HOST, MockSettings, create_app, mock_client
from aiothinkific.modules import MODULES, ModuleInputError, run_module

Scenario = Callable[[Thinkific], Awaitable[None]]
SCENARIOS: dict[str, Scenario] = {}


def scenario(key: str) -> Callable[[Scenario], Scenario]:
    def register(function: Scenario) -> Scenario:
        SCENARIOS[key] = function
        return function

    return register


async def run(tk: Thinkific, key: str, inputs: dict[str, Any]) -> list[dict[str, Any]]:
    """Run a module; its bundles must be plain JSON."""
    bundles = await run_module(tk, key, inputs)
    assert isinstance(bundles, list)
    assert json.loads(json.dumps(bundles)) == bundles
    return bundles


@pytest.fixture
async def tk() -> AsyncIterator[Thinkific]:
    async with mock_client() as client:
        yield client


# Users


@scenario("getUser")
async def _get_user(tk: Thinkific) -> None:
    [user] = await run(tk, "getUser", {"user_id": "1"})
    assert user == (await tk.users.get(1)).to_dict()


@scenario("createUser")
async def _create_user(tk: Thinkific) -> None:
    inputs = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.com",
        "password": "s3cret!",
        "roles": ["Course Admin"],
        "bio": "Analyst",
        "company": "Engines",
        "headline": "Programmer",
        "affiliate_program": True,
        "affiliate_commission": "20",
        "affiliate_payout_email": "payouts@example.com",
        "affiliate_code": "ADA",
        "affiliate_commission_type": "%",
        "send_welcome_email": True,
        "external_id": "ext-1",
    }
    [user] = await run(tk, "createUser", inputs)
    assert user["email"] == "ada@example.com" and user["full_name"] == "Ada Lovelace"
    assert sorted(user["roles"]) == ["affiliate", "course_admin"]
    assert (user["affiliate_code"], user["affiliate_commission"]) == ("ADA", 20.0)
    assert (await tk.users.get("ext-1", provider="SSO")).id == user["id"]


@scenario("updateUser")
async def _update_user(tk: Thinkific) -> None:
    before = (await tk.users.get(4)).to_dict()
    assert "affiliate" in before["roles"]
    [user] = await run(
        tk, "updateUser", {"user_id": 4, "bio": "New bio", "affiliate_program": False}
    )
    assert user["bio"] == "New bio"
    assert "affiliate" not in user["roles"]
    unchanged = {k: v for k, v in before.items() if k not in ("bio", "roles")}
    assert {k: user[k] for k in unchanged} == unchanged


@scenario("deleteUser")
async def _delete_user(tk: Thinkific) -> None:
    assert await run(tk, "deleteUser", {"user_id": 3}) == [{"id": 3, "deleted": True}]
    with pytest.raises(NotFoundError):
        await tk.users.get(3)


@scenario("searchUsers")
async def _search_users(tk: Thinkific) -> None:
    everyone = await run(tk, "searchUsers", {"limit": 1000})
    assert len(everyone) == 30
    assert len(await run(tk, "searchUsers", {})) == 10  # the default Limit
    [linus] = await run(tk, "searchUsers", {"email": "linus.hamilton.1@example.com"})
    assert linus["id"] == 1
    admins = await run(tk, "searchUsers", {"role": "Site Admin", "limit": 100})
    assert admins and all("site_admin" in user["roles"] for user in admins)
    assert len(admins) == sum("site_admin" in user["roles"] for user in everyone)
    phone = linus["custom_profile_fields"][0]["value"]
    by_field = await run(
        tk, "searchUsers", {"custom_profile_field": {"label": "Phone", "value": phone}}
    )
    assert [user["id"] for user in by_field] == [1]
    assert await run(tk, "searchUsers", {"external_source": "nowhere"}) == []
    group = (await tk.groups.create(name="Cohort")).id
    for user_id in (2, 5):
        await tk.group_users.create(user_id=user_id, group_names=["Cohort"])
    assert [u["id"] for u in await run(tk, "searchUsers", {"group_id": group})] == [2, 5]


# Instructors


@scenario("getInstructor")
async def _get_instructor(tk: Thinkific) -> None:
    [instructor] = await run(tk, "getInstructor", {"instructor_id": 1})
    assert instructor["slug"] == "ada-lovelace"


@scenario("createInstructor")
async def _create_instructor(tk: Thinkific) -> None:
    inputs = {
        "first_name": "Grace",
        "last_name": "Hopper",
        "slug": "grace",
        "user_id": 2,
        "title": "Rear Admiral",
        "bio": "COBOL",
        "avatar_url": "https://example.com/grace.png",
        "email": "grace@example.com",
    }
    [instructor] = await run(tk, "createInstructor", inputs)
    assert {k: instructor[k] for k in inputs} == inputs


@scenario("updateInstructor")
async def _update_instructor(tk: Thinkific) -> None:
    before = (await tk.instructors.get(2)).to_dict()
    [after] = await run(tk, "updateInstructor", {"instructor_id": 2, "title": "Dr."})
    assert after == before | {"title": "Dr."}


@scenario("deleteInstructor")
async def _delete_instructor(tk: Thinkific) -> None:
    assert await run(tk, "deleteInstructor", {"instructor_id": 1}) == [{"id": 1, "deleted": True}]
    with pytest.raises(NotFoundError):
        await tk.instructors.get(1)


@scenario("listInstructors")
async def _list_instructors(tk: Thinkific) -> None:
    every = await run(tk, "listInstructors", {"limit": 100})
    assert [i["id"] for i in every] == [i.id async for i in tk.instructors.list()]
    assert len(await run(tk, "listInstructors", {"limit": 2})) == 2


# Categories


@scenario("getCategory")
async def _get_category(tk: Thinkific) -> None:
    [category] = await run(tk, "getCategory", {"category_id": 2})
    assert category["name"] == "Programming"


@scenario("createCategory")
async def _create_category(tk: Thinkific) -> None:
    inputs = {"name": "Design", "description": "Visual things", "slug": "visual-design-1"}
    [category] = await run(tk, "createCategory", inputs)
    assert {k: category[k] for k in inputs} == inputs


@scenario("updateCategory")
async def _update_category(tk: Thinkific) -> None:
    before = (await tk.categories.get(2)).to_dict()
    [after] = await run(tk, "updateCategory", {"category_id": 2, "name": "Coding"})
    assert after == before | {"name": "Coding"}


@scenario("deleteCategory")
async def _delete_category(tk: Thinkific) -> None:
    assert await run(tk, "deleteCategory", {"category_id": 2}) == [{"id": 2, "deleted": True}]
    with pytest.raises(NotFoundError):
        await tk.categories.get(2)


@scenario("listCategories")
async def _list_categories(tk: Thinkific) -> None:
    every = await run(tk, "listCategories", {"limit": 100})
    assert [c["id"] for c in every] == [c.id async for c in tk.categories.list()]
    assert len(await run(tk, "listCategories", {"limit": 1})) == 1


# Coupons


@scenario("getCoupon")
async def _get_coupon(tk: Thinkific) -> None:
    [coupon] = await run(tk, "getCoupon", {"promotion_id": 1, "coupon_id": 2})
    assert (coupon["id"], coupon["promotion_id"]) == (2, 1)
    assert await run(tk, "getCoupon", {"coupon_id": 2}) == [coupon]  # Promotion is optional


@scenario("createCoupon")
async def _create_coupon(tk: Thinkific) -> None:
    inputs = {"promotion_id": 2, "code": "SAVE-10%", "note": "For students", "quantity": "10"}
    [coupon] = await run(tk, "createCoupon", inputs)
    assert (coupon["code"], coupon["note"], coupon["quantity"]) == ("SAVE-10%", "For students", 10)
    assert coupon["promotion_id"] == 2
    assert coupon["id"] in (await tk.promotions.get(2)).coupon_ids


@scenario("updateCoupon")
async def _update_coupon(tk: Thinkific) -> None:
    before = (await tk.coupons.get(1)).to_dict()
    [after] = await run(tk, "updateCoupon", {"promotion_id": 1, "coupon_id": 1, "quantity": 99})
    assert after == before | {"quantity": 99}


@scenario("deleteCoupon")
async def _delete_coupon(tk: Thinkific) -> None:
    assert await run(tk, "deleteCoupon", {"promotion_id": 1, "coupon_id": 3}) == [
        {"id": 3, "deleted": True}
    ]
    assert await run(tk, "deleteCoupon", {"coupon_id": 4}) == [{"id": 4, "deleted": True}]
    with pytest.raises(NotFoundError):
        await tk.coupons.get(3)


@scenario("listCoupons")
async def _list_coupons(tk: Thinkific) -> None:
    coupons = await run(tk, "listCoupons", {"promotion_id": 1})
    assert [c["id"] for c in coupons] == [1, 2, 3]
    assert all(c["promotion_id"] == 1 for c in coupons)
    assert len(await run(tk, "listCoupons", {"promotion_id": 1, "limit": 2})) == 2


# Promotions


@scenario("getPromotion")
async def _get_promotion(tk: Thinkific) -> None:
    [promotion] = await run(tk, "getPromotion", {"promotion_id": 1})
    assert promotion["name"] == "Spring Sale"


@scenario("createPromotion")
async def _create_promotion(tk: Thinkific) -> None:
    inputs = {
        "name": "Summer",
        "discount_type": "Fixed",
        "amount": "15",
        "description": "Sun",
        "starts_at": "2030-06-01",
        "expires_at": "2030-08-31T23:59:00Z",
        "product_ids": [1, "2"],
        "duration": 3,
    }
    [promotion] = await run(tk, "createPromotion", inputs)
    assert (promotion["name"], promotion["discount_type"], promotion["amount"]) == (
        "Summer",
        "fixed",
        15.0,
    )
    assert promotion["starts_at"].startswith("2030-06-01T00:00:00")
    assert promotion["expires_at"].startswith("2030-08-31T23:59:00")
    assert promotion["duration"] == 3


@scenario("updatePromotion")
async def _update_promotion(tk: Thinkific) -> None:
    before = (await tk.promotions.get(1)).to_dict()
    [after] = await run(tk, "updatePromotion", {"promotion_id": 1, "amount": 30})
    assert after == before | {"amount": 30.0}
    [after] = await run(tk, "updatePromotion", {"promotion_id": 1, "discount_type": "fixed"})
    assert (after["discount_type"], after["amount"], after["coupon_ids"]) == (
        "fixed",
        30.0,
        before["coupon_ids"],
    )


@scenario("deletePromotion")
async def _delete_promotion(tk: Thinkific) -> None:
    assert await run(tk, "deletePromotion", {"promotion_id": 2}) == [{"id": 2, "deleted": True}]
    with pytest.raises(NotFoundError):
        await tk.promotions.get(2)


@scenario("listPromotions")
async def _list_promotions(tk: Thinkific) -> None:
    every = await run(tk, "listPromotions", {"limit": 100})
    assert [p["id"] for p in every] == [p.id async for p in tk.promotions.list()]
    assert len(await run(tk, "listPromotions", {"limit": 1})) == 1


# Enrollments


@scenario("createEnrollment")
async def _create_enrollment(tk: Thinkific) -> None:
    user = (await tk.users.create(first_name="E", last_name="N", email="en@example.com")).id
    [trial] = await run(tk, "createEnrollment", {"course_id": 1, "user_id": user})
    assert (trial["user_id"], trial["course_id"], trial["is_free_trial"]) == (user, 1, True)
    [full] = await run(
        tk,
        "createEnrollment",
        {
            "course_id": 2,
            "user_id": user,
            "activated_at": "2024-01-01T00:00:00Z",
            "expiry_date": "2099-01-01",
        },
    )
    assert (full["is_free_trial"], full["expired"]) == (False, False)
    assert full["expiry_date"].startswith("2099-01-01")


@scenario("getEnrollment")
async def _get_enrollment(tk: Thinkific) -> None:
    [enrollment] = await run(tk, "getEnrollment", {"enrollment_id": 1})
    assert enrollment == (await tk.enrollments.get(1)).to_dict()


@scenario("updateEnrollment")
async def _update_enrollment(tk: Thinkific) -> None:
    before = (await tk.enrollments.get(1)).to_dict()
    [after] = await run(tk, "updateEnrollment", {"enrollment_id": 1, "expiry_date": "2098-05-01"})
    assert after["expiry_date"].startswith("2098-05-01")
    assert after["activated_at"] == before["activated_at"]


@scenario("expireEnrollment")
async def _expire_enrollment(tk: Thinkific) -> None:
    assert (await tk.enrollments.get(1)).expired is False
    [after] = await run(tk, "expireEnrollment", {"enrollment_id": 1})
    assert after["expired"] is True and after["expiry_date"] is not None


@scenario("listEnrollments")
async def _list_enrollments(tk: Thinkific) -> None:
    every = await run(tk, "listEnrollments", {"limit": 1000})
    assert len(every) == len([e async for e in tk.enrollments.list()])
    mine = await run(tk, "listEnrollments", {"user_id": 1, "limit": 100})
    assert mine and all(e["user_id"] == 1 for e in mine)
    done = await run(tk, "listEnrollments", {"completed": "true", "limit": 100})
    assert done and all(e["completed"] for e in done)
    trials = await run(tk, "listEnrollments", {"free_trial": True, "limit": 100})
    assert all(e["is_free_trial"] for e in trials)
    expired = await run(tk, "listEnrollments", {"expired": True, "limit": 100})
    assert expired and all(e["expired"] for e in expired)
    assert await run(tk, "listEnrollments", {"created_after": "2100-01-01", "limit": 5}) == []
    in_course = await run(tk, "listEnrollments", {"course_id": 8, "email": mine[0]["user_email"]})
    assert all(e["course_id"] == 8 and e["user_id"] == 1 for e in in_course)


# Orders


@scenario("getOrder")
async def _get_order(tk: Thinkific) -> None:
    [order] = await run(tk, "getOrder", {"order_id": 1})
    assert order == (await tk.orders.get(1)).to_dict()


@scenario("listOrders")
async def _list_orders(tk: Thinkific) -> None:
    orders = await run(tk, "listOrders", {"limit": 3})
    assert [o["id"] for o in orders] == [1, 2, 3]


# Other


@scenario("makeApiCall")
async def _make_api_call(tk: Thinkific) -> None:
    [response] = await run(tk, "makeApiCall", {"url": "/v1/instructors?limit=2"})
    assert response["status"] == 200
    assert response["headers"]["content-type"].startswith("application/json")
    assert len(response["body"]["items"]) == 2
    assert response["body"]["meta"]["pagination"]["current_page"] == 1


def test_the_scenarios_cover_every_runnable_module() -> None:
    runnable = {key for key, module in MODULES.items() if module.kind != "instant trigger"}
    assert set(SCENARIOS) == runnable


@pytest.mark.parametrize("key", sorted(SCENARIOS))
async def test_module_runs_against_the_mock(tk: Thinkific, key: str) -> None:
    await SCENARIOS[key](tk)


# Limit across pages


class Recording(httpx.AsyncBaseTransport):
    """Passes requests to the mock app and keeps them."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


@pytest.fixture
async def recorded() -> AsyncIterator[tuple[Thinkific, Recording]]:
    settings = MockSettings(seed_users=60)
    transport = Recording(create_app(settings))
    async with Thinkific(
        api_key=settings.api_key,
        subdomain=settings.subdomain,
        base_url=MOCK_HOST + settings.base_path,
        transport=transport,
        requests_per_minute=None,
    ) as client:
        yield client, transport


async def test_search_users_honours_limit_across_pages(
    recorded: tuple[Thinkific, Recording],
) -> None:
    tk, transport = recorded
    users = await run(tk, "searchUsers", {"limit": 40})
    assert len(users) == 40
    assert len({user["id"] for user in users}) == 40
    pages = [r.url.params["page"] for r in transport.requests]
    assert sorted(pages) == ["1", "2"]  # 25 + 15, not all 60 users

    transport.requests.clear()
    assert len(await run(tk, "searchUsers", {"limit": 500})) == 60
    assert len(transport.requests) == 3


async def test_list_modules_stop_at_limit_on_every_listing(
    recorded: tuple[Thinkific, Recording],
) -> None:
    tk, transport = recorded
    for key, inputs in [
        ("listEnrollments", {"limit": 30}),
        ("listOrders", {"limit": 27}),
    ]:
        transport.requests.clear()
        bundles = await run(tk, key, inputs)
        assert len(bundles) == inputs["limit"], key
        assert len(transport.requests) == 2, key


# Update modules send only what changes on top of the current record


async def test_update_a_user_sends_only_the_given_fields(
    recorded: tuple[Thinkific, Recording],
) -> None:
    tk, transport = recorded
    await run(tk, "updateUser", {"user_id": 1, "company": "Acme"})
    put = next(r for r in transport.requests if r.method == "PUT")
    assert json.loads(put.content) == {"company": "Acme"}


async def test_update_an_instructor_sends_the_full_record(
    recorded: tuple[Thinkific, Recording],
) -> None:
    tk, transport = recorded
    await run(tk, "updateInstructor", {"instructor_id": 1, "bio": "New"})
    put = next(r for r in transport.requests if r.method == "PUT")
    sent = json.loads(put.content)
    assert sent["bio"] == "New"
    assert (sent["first_name"], sent["last_name"], sent["slug"]) == (
        "Ada",
        "Lovelace",
        "ada-lovelace",
    )
    assert "user_id" not in sent  # null on the record: not sent


async def test_a_coupon_of_another_promotion_is_refused(tk: Thinkific) -> None:
    with pytest.raises(ModuleInputError, match="belongs to promotion 1"):
        await run(tk, "updateCoupon", {"promotion_id": 2, "coupon_id": 1, "code": "X"})
    with pytest.raises(ModuleInputError, match="Coupon"):
        await run(tk, "deleteCoupon", {"promotion_id": 2, "coupon_id": 1})
    assert (await tk.coupons.get(1)).code != "X"


async def test_api_errors_are_the_clients_typed_errors(tk: Thinkific) -> None:
    with pytest.raises(NotFoundError):
        await run(tk, "getUser", {"user_id": 999})
    with pytest.raises(UnprocessableEntityError) as caught:
        await run(
            tk,
            "createUser",
            {"first_name": "A", "last_name": "B", "email": "linus.hamilton.1@example.com"},
        )
    assert "email" in caught.value.errors


# Make an API Call


async def test_api_call_get_with_query_string(recorded: tuple[Thinkific, Recording]) -> None:
    tk, transport = recorded
    [response] = await run(
        tk,
        "makeApiCall",
        {
            "url": "/v1/users?limit=5",
            "method": "GET",
            "qs": [
                {"key": "query[email]", "value": "linus.hamilton.1@example.com"},
                {"key": "page", "value": 1},
            ],
        },
    )
    assert response["status"] == 200
    assert [user["id"] for user in response["body"]["items"]] == [1]
    [request] = transport.requests
    assert request.url.path == "/api/public/v1/users"
    assert dict(request.url.params) == {
        "limit": "5",
        "query[email]": "linus.hamilton.1@example.com",
        "page": "1",
    }


async def test_api_call_post_with_body(tk: Thinkific) -> None:
    body = {"first_name": "Kat", "last_name": "Johnson", "slug": "kat"}
    [response] = await run(
        tk, "makeApiCall", {"url": "/v1/instructors", "method": "POST", "body": body}
    )
    assert response["status"] == 201
    created = response["body"]
    assert (await tk.instructors.get(created["id"])).slug == "kat"
    category = {"name": "Design", "description": "Visual", "slug": "visual-design-2"}
    [as_text] = await run(
        tk,
        "makeApiCall",
        {"url": "/v1/collections", "method": "post", "body": json.dumps(category)},
    )
    assert as_text["status"] == 201


async def test_api_call_put_and_delete(tk: Thinkific) -> None:
    [put] = await run(
        tk,
        "makeApiCall",
        {
            "url": "/v1/collections/2",
            "method": "PUT",
            "body": {"name": "Renamed", "description": "D", "slug": "renamed"},
        },
    )
    assert put["status"] == 204 and put["body"] is None
    assert (await tk.categories.get(2)).name == "Renamed"
    [gone] = await run(tk, "makeApiCall", {"url": "/v1/collections/2", "method": "DELETE"})
    assert gone["status"] == 204


async def test_api_call_cannot_override_auth(recorded: tuple[Thinkific, Recording]) -> None:
    tk, transport = recorded
    headers = {
        "X-Auth-API-Key": "stolen",
        "x-auth-subdomain": "other-school",
        "Authorization": "Bearer stolen",
        "X-Request-Id": "abc-123",
    }
    [response] = await run(tk, "makeApiCall", {"url": "/v1/users/1", "headers": headers})
    assert response["status"] == 200
    [request] = transport.requests
    assert request.headers["x-auth-api-key"] == "mock-key"
    assert request.headers.get_list("x-auth-api-key") == ["mock-key"]
    assert request.headers["x-auth-subdomain"] == "mock"
    assert "authorization" not in request.headers
    assert request.headers["x-request-id"] == "abc-123"


async def test_api_call_errors_raise_and_bad_urls_send_nothing(
    recorded: tuple[Thinkific, Recording],
) -> None:
    tk, transport = recorded
    with pytest.raises(NotFoundError):
        await run(tk, "makeApiCall", {"url": "/v1/users/999"})
    transport.requests.clear()
    for url in ("https://api.thinkific.com/api/public/v1/users", "/v1/../../etc", "/users"):
        with pytest.raises(ModuleInputError, match="URL"):
            await run(tk, "makeApiCall", {"url": url})
    assert transport.requests == []


async def test_api_call_root_path(recorded: tuple[Thinkific, Recording]) -> None:
    tk, transport = recorded
    with pytest.raises(NotFoundError):
        await run(tk, "makeApiCall", {"url": "/v1"})
    assert transport.requests[0].url.path == "/api/public/v1/"
