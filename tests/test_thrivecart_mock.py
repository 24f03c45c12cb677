"""The ThriveCart mock through the ``ThriveCart`` client, in process: every operation, the state
changes, test and live mode kept apart, search and paging, and bad input answered 400."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiothinkific import ThriveCart
from aiothinkific._exceptions import APIStatusError
from aiothinkific.mock.thrivecart import (
    MOCK_THRIVECART_HOST,
    ThriveCartSettings,
    create_thrivecart_app,
    thrivecart_mock_client,
)
from aiothinkific.specs import thrivecart_spec

KATERINE = "faux-customer-616855039-78@thrivecartfaux.com"
NARCISA = "faux-customer-778560761-14@thrivecartfaux.com"
CONTROL = MOCK_THRIVECART_HOST + "/_mock/thrivecart"
#: The mock's clock in these tests (the auto-resume rule is relative to it).
NOW = 1_800_000_000
AUTH = {"Authorization": "Bearer mock-thrivecart-key"}


@pytest.fixture
def app() -> Any:
    return create_thrivecart_app(ThriveCartSettings(clock=lambda: NOW))


@pytest.fixture
async def tc(app: Any) -> AsyncIterator[ThriveCart]:
    async with thrivecart_mock_client(app=app) as client:
        yield client


@pytest.fixture
async def http(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url=MOCK_THRIVECART_HOST + "/api/external", headers=AUTH
    ) as client:
        yield client


async def buy(http: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    answer = await http.post(CONTROL + "/purchases", json={"email": "buyer@example.com", **fields})
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def status_of(call: Any) -> tuple[int, str]:
    with pytest.raises(APIStatusError) as raised:
        await call
    body = raised.value.body
    return raised.value.status_code, body["error"]


async def test_account_and_catalogue(tc: ThriveCart) -> None:
    account = await tc.account.ping()
    assert account.account_name == "myaccount"
    products = await tc.products.list()
    assert {"1", "2"} <= {p.product_id for p in products}
    live = await tc.products.list(status="live")
    assert live and all(p.status_string == "live" for p in live)
    product = await tc.products.get(2)
    assert product.name == "My Example Product"
    options = await tc.products.list_pricing_options(2)
    assert options[0].amount == 9500 and options[0].type_ == "single"
    bumps = await tc.bumps.list()
    assert "4" in {b.bump_id for b in bumps}
    bump = await tc.bumps.get(4)
    assert bump.product_id == bump.bump_id == "4"
    assert (await tc.bumps.list_pricing_options(4))[0].currency == "GBP"
    upsells, downsells = await tc.upsells.list(), await tc.downsells.list()
    assert {u.upsell_id for u in upsells} == {"1", "2"}
    assert {d.downsell_id for d in downsells} == {"1", "2"}
    assert (await tc.upsells.get(2)).name == "My Example Upsell"
    assert (await tc.upsells.list_pricing_options(2))[0].type_ == "subscription"
    assert (await tc.downsells.get(1)).name == "My Example Downsell"
    assert (await tc.downsells.list_pricing_options(1))[0].amount == 2700


async def test_unknown_bump_is_404_with_the_collections_reason(tc: ThriveCart) -> None:
    assert await status_of(tc.bumps.get(1)) == (404, "method.exception")


async def test_customer_history_and_subscription_lifecycle(tc: ThriveCart) -> None:
    history = await tc.customers.get(email=KATERINE)
    (sub,) = history.subscriptions
    assert (sub.order_id, sub.subscription_id, sub.status) == ("851411", "253", "active")
    assert history.purchases == []
    paused = await tc.subscriptions.pause(order_id="851411", subscription_id="253")
    assert paused.message == "This subscription has been successfully paused."
    assert await status_of(tc.subscriptions.pause(order_id="851411", subscription_id="253")) == (
        400,
        "This subscription is paused and cannot be paused.",
    )
    resumed = await tc.subscriptions.resume(order_id="851411", subscription_id="253")
    assert resumed.message == "This subscription has been successfully resumed."
    assert await status_of(tc.subscriptions.resume(order_id="851411", subscription_id="253")) == (
        400,
        "This subscription is not paused and cannot be resumed.",
    )
    cancelled = await tc.subscriptions.cancel(order_id="851411", subscription_id="253")
    assert cancelled.message == "This subscription has been successfully cancelled."
    again = await status_of(tc.subscriptions.cancel(order_id="851411", subscription_id="253"))
    assert again == (400, "This subscription has already been cancelled.")
    assert (await tc.customers.get(email=KATERINE)).subscriptions[0].status == "cancelled"
    log = [t async for t in tc.transactions.search(query="851411", transaction_type="cancel")]
    assert [t.transaction_type for t in log] == ["cancel"]


async def test_pause_needs_auto_resume_a_day_ahead(tc: ThriveCart) -> None:
    soon = NOW + 3600
    code, message = await status_of(
        tc.subscriptions.pause(order_id="851411", subscription_id="253", auto_resume=soon)
    )
    assert code == 400 and "24 hours" in message
    later = NOW + 3 * 24 * 3600
    paused = await tc.subscriptions.pause(
        order_id="851411", subscription_id="253", auto_resume=later
    )
    assert paused.success


async def test_a_subscription_of_another_order_is_refused(tc: ThriveCart) -> None:
    assert await status_of(tc.subscriptions.cancel(order_id="851411", subscription_id="999")) == (
        400,
        "You do not have permission to access this subscription.",
    )


async def test_refund_once_then_400_and_unknown_reference_404(tc: ThriveCart) -> None:
    done = await tc.refunds.create(order_id="851362", reference="product-299", reason="asked")
    assert done.message == "This refund has been issued successfully."
    assert await status_of(tc.refunds.create(order_id="851362", reference="product-299")) == (
        400,
        "This charge has already been refunded.",
    )
    assert await status_of(tc.refunds.create(order_id="851362", reference="product-1")) == (
        404,
        "The requested charge could not be identified.",
    )
    assert await status_of(tc.refunds.create(order_id="12", reference="product-299")) == (
        400,
        "You must provide a valid order ID.",
    )
    history = await tc.customers.get(email=NARCISA)
    assert history.purchases[0].status == "refunded"
    refunds = [t async for t in tc.transactions.search(query=NARCISA, transaction_type="refund")]
    assert [(t.amount, t.reference) for t in refunds] == [(9500, "product-299")]


async def test_unknown_customer_is_404(tc: ThriveCart) -> None:
    assert await status_of(tc.customers.get(email="fake@madeup.org")) == (
        404,
        "There are no orders associated with this customer.",
    )


async def test_search_pages_give_each_transaction_once_newest_first(
    tc: ThriveCart, http: httpx.AsyncClient
) -> None:
    for number in range(23):
        await buy(http, product_id=2, email=f"pager{number}@example.com")
    found = [t async for t in tc.transactions.search(query="", page_size=7)]
    total = (await http.get("/transactions", params={"perPage": 1})).json()["meta"]["total"]
    assert len(found) == total > 23
    ids = [int(t.event_id) for t in found]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids, reverse=True)
    stamps = [t.timestamp for t in found]
    assert stamps == sorted(stamps, reverse=True)


async def test_search_filters(tc: ThriveCart, http: httpx.AsyncClient) -> None:
    order = await buy(http, product_id=4, bump_id=4, email="gbp@example.com")
    by_order = [t async for t in tc.transactions.search(query=str(order["order_id"]))]
    assert {t.item_type for t in by_order} == {"product", "bump"}
    gbp = [t async for t in tc.transactions.search(currency="GBP", limit=50)]
    assert gbp and all(t.currency == "GBP" for t in gbp)
    by_invoice = [t async for t in tc.transactions.search(query=str(order["invoice_id"]))]
    assert len(by_invoice) == 2
    rebills = [t async for t in tc.transactions.search(transaction_type="rebill", limit=20)]
    assert rebills and all(t.transaction_type == "rebill" for t in rebills)


async def test_test_and_live_mode_are_kept_apart(tc: ThriveCart, http: httpx.AsyncClient) -> None:
    order = await buy(http, product_id=373, email="tester@example.com", mode="test")
    async with thrivecart_mock_client(app=http._transport.app, mode="test") as test_tc:  # type: ignore[attr-defined]
        history = await test_tc.customers.get(email="tester@example.com")
        assert history.subscriptions[0].order_id == str(order["order_id"])
        test_log = [t async for t in test_tc.transactions.search()]
        assert {t.order_id for t in test_log} == {str(order["order_id"])}
        code, _ = await status_of(test_tc.customers.get(email=KATERINE))
        assert code == 404
    assert (await status_of(tc.customers.get(email="tester@example.com")))[0] == 404
    sub_id = str(order["subscription_ids"]["product-373"])
    code, _ = await status_of(
        tc.subscriptions.cancel(order_id=str(order["order_id"]), subscription_id=sub_id)
    )
    assert code == 400


async def test_affiliate_lifecycle(tc: ThriveCart) -> None:
    created = await tc.affiliates.create(
        email="jane@example.com", name="Jane Doe", affiliate_id="jane_doe_01", product_ids="[2]"
    )
    assert created.affiliate_id == "jane_doe_01"
    assert [(p.product_id, p.status_string) for p in created.products] == [("2", "pending")]
    found = [a async for a in tc.affiliates.search(query="jane")]
    assert [a.email for a in found] == ["jane@example.com"]
    assert (await tc.affiliates.get(affiliate_id="jane@example.com")).user_id == created.user_id
    assert (await tc.affiliates.favorite("jane_doe_01")).success
    assert (await tc.affiliates.get(affiliate_id="jane_doe_01")).is_favourite is True
    assert (await tc.affiliates.unfavorite(created.user_id)).success
    assert (await tc.affiliates.get(affiliate_id="jane_doe_01")).is_favourite is False
    assert (await tc.affiliates.register("jane_doe_01", product_ids="[4, 5]")).success
    assert (await tc.affiliates.approve("jane_doe_01", product_ids="[2, 4]")).success
    assert (await tc.affiliates.reject("jane_doe_01", product_ids="[5]")).success
    statuses = {
        p.product_id: p.status_string
        for p in (await tc.affiliates.get(affiliate_id="jane_doe_01")).products
    }
    assert statuses == {"2": "active", "4": "active", "5": "rejected"}
    code, message = await status_of(tc.affiliates.approve("jane_doe_01", product_ids="[250]"))
    assert code == 400 and "250" in message
    commissions = json.dumps({"type": "percentage", "amount": 40})
    assert (
        await tc.affiliates.set_custom_commissions(
            "jane_doe_01", product_id="2", commission_object=commissions
        )
    ).success
    by_product = [a.affiliate_id async for a in tc.affiliates.search(product_id="2")]
    assert "jane_doe_01" in by_product
    assert (await tc.affiliates.delete("jane_doe_01")).success
    assert (await status_of(tc.affiliates.get(affiliate_id="jane_doe_01")))[0] == 404


async def test_affiliate_email_is_unique_and_handle_is_made_unique(tc: ThriveCart) -> None:
    first = await tc.affiliates.create(email="a1@example.com", affiliate_id="alexis_fortier")
    assert first.affiliate_id == "alexis_fortier2"
    code, message = await status_of(tc.affiliates.create(email="a1@example.com"))
    assert code == 400 and "already exists" in message


async def test_students_with_and_without_an_order(tc: ThriveCart) -> None:
    access = await tc.students.create(
        email="student@thrivecart.com", course_id="2255", name="Jane Smith", tag="api-student",
        order_id="9938882", purchase_type="product", purchase_id="5", trigger_emails=True,
    )  # fmt: skip
    assert access.student.username == "student@thrivecart.com"
    assert "access=" in access.auto_signin_url
    again = await tc.students.create(email="student@thrivecart.com", course_id="2256")
    assert again.student.id == access.student.id and "access=" not in again.auto_signin_url
    assert await status_of(
        tc.students.create(email="x@example.com", course_id="2", order_id="4356365")
    ) == (400, "To associate with an order, you must provide a valid order ID from your account.")


async def test_event_subscriptions_subscribe_and_unsubscribe(tc: ThriveCart) -> None:
    created = await tc.event_subscriptions.subscribe(
        event="order_refund_product", target_url="https://example.com/hook"
    )
    assert created.subscription_id > 0
    assert await tc.event_subscriptions.unsubscribe(url="https://example.com/hook") == []
    code, message = await status_of(
        tc.event_subscriptions.subscribe(event="no_such_event", target_url="https://e.com/h")
    )
    assert code == 400 and "no_such_event" in message


async def test_unsubscribe_takes_the_sdks_target_url(http: httpx.AsyncClient) -> None:
    answer = await http.post("/unsubscribe", data={"target_url": "https://example.com/h"})
    assert (answer.status_code, answer.json()) == (200, [])


async def test_json_bodies_are_taken_on_form_operations(http: httpx.AsyncClient) -> None:
    answer = await http.post(
        "/cancelSubscription", json={"order_id": 851411, "subscription_id": "253"}
    )
    assert answer.status_code == 200, answer.text
    answer = await http.post("/affiliates/edward_mann/register", json={"product_ids": [2, 4]})
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        (
            "/pauseSubscription",
            {"order_id": "", "subscription_id": ""},
            "You must provide a valid order ID.",
        ),
        (
            "/cancelSubscription",
            {"order_id": "851411"},
            "You must provide a valid subscription ID.",
        ),
        ("/refund", {"order_id": "abc", "reference": "x"}, "You must provide a valid order ID."),
        (
            "/refund",
            {"order_id": "851362", "reference": "product-299", "reason": "x" * 201},
            "You must provide a valid reason.",
        ),
        ("/customer", {"email": "not-an-email"}, "You must provide a valid email."),
        (
            "/pauseSubscription",
            {"order_id": "851411", "subscription_id": "253", "auto_resume": "tomorrow"},
            "You must provide a valid auto resume.",
        ),
        (
            "/affiliates",
            {"email": "new@example.com", "auto_approve": "maybe"},
            "You must provide a valid auto approve.",
        ),
        (
            "/affiliates/alexis_fortier/register",
            {"product_ids": "[x]"},
            "You must provide a valid list of product IDs.",
        ),
        (
            "/affiliates/alexis_fortier/custom_commissions",
            {"product_id": "2", "commission_object": "{"},
            "You must provide a valid commission object (JSON, or null).",
        ),
    ],
)
async def test_bad_input_is_400_with_a_sentence(
    http: httpx.AsyncClient, path: str, body: dict[str, str], message: str
) -> None:
    answer = await http.post(path, data=body)
    assert (answer.status_code, answer.json()) == (400, {"error": message})


async def test_bad_query_mode_and_bodies_are_400_never_500(http: httpx.AsyncClient) -> None:
    for answer in [
        await http.get("/transactions", params={"perPage": "500"}),
        await http.get("/transactions", params={"transactionType": "gift"}),
        await http.get("/transactions", headers={"X-TC-Mode": "sandbox"}),
        await http.post(
            "/refund", content=b"{not json", headers={"content-type": "application/json"}
        ),
        await http.post("/subscribe", json={"event": "*", "target_url": "not a url"}),
        await http.post("/students", files={"email": (None, "a@b.co"), "course_id": (None, "x")}),
    ]:
        assert answer.status_code == 400, answer.text
        assert isinstance(answer.json()["error"], str) and answer.json()["error"]


async def test_bad_token_is_invalid_token(app: Any) -> None:
    async with thrivecart_mock_client(ThriveCartSettings(api_key="other"), app=app) as client:
        assert await status_of(client.account.ping()) == (401, "invalid_token")


async def test_multipart_booleans_as_the_generated_client_sends_them(
    http: httpx.AsyncClient,
) -> None:
    for flag in ("True", "false", "1"):
        fields = {
            "email": (None, "s@example.com"),
            "course_id": (None, "3"),
            "trigger_emails": (None, flag),
        }
        answer = await http.post("/students", files=fields)
        assert answer.status_code == 200, answer.text


async def test_control_routes_drive_rebills_failures_refunds_cancellations(
    tc: ThriveCart, http: httpx.AsyncClient
) -> None:
    order = await buy(
        http, product_id=380, upsell_id=2, email="split@example.com", name="Sam Split"
    )
    assert order["references"][0].startswith("product-380-")
    split = order["subscription_ids"]["product-380"]
    first = (await http.post(f"{CONTROL}/subscriptions/{split}/rebill")).json()
    assert first["status"] == "active" and first["event_id"]
    last = (await http.post(f"{CONTROL}/subscriptions/{split}/rebill")).json()
    assert last["status"] == "completed"
    done = await http.post(f"{CONTROL}/subscriptions/{split}/rebill")
    assert done.status_code == 400
    upsell = order["subscription_ids"]["upsell-2"]
    failed = await http.post(f"{CONTROL}/subscriptions/{upsell}/rebill_failed")
    assert failed.json()["event_id"] is None
    cancel = await http.post(f"{CONTROL}/subscriptions/{upsell}/cancel")
    assert cancel.json()["status"] == "cancelled"
    refund = await http.post(
        f"{CONTROL}/orders/{order['order_id']}/refund", json={"reference": "product-380"}
    )
    assert refund.status_code == 200, refund.text
    kinds = [t.transaction_type async for t in tc.transactions.search(query="split@example.com")]
    assert kinds == ["refund", "cancel", "rebill", "rebill", "charge", "charge"]
    history = await tc.customers.get(email="split@example.com")
    assert {s.status for s in history.subscriptions} == {"completed", "cancelled"}
    assert history.lifetime_value.additional_properties == {"USD": 10000 * 3 + 1900 - 10000}


async def test_control_routes_refuse_bad_input(http: httpx.AsyncClient) -> None:
    for path, body in [
        ("/purchases", {"product_id": 99999, "email": "a@b.co"}),
        ("/purchases", {"product_id": 2, "email": "nobody"}),
        ("/purchases", {"product_id": 2, "email": "a@b.co", "mode": "sandbox"}),
        ("/subscriptions/424242/rebill", {}),
        ("/orders/851362/refund", {}),
    ]:
        answer = await http.post(CONTROL + path, json=body)
        assert 400 <= answer.status_code < 500 and answer.json()["error"], answer.text


def test_every_operation_has_a_thrivecart_handler() -> None:
    from aiothinkific.mock.registry import THINKIFIC, coverage
    from aiothinkific.mock.thrivecart.records import THRIVECART

    covered = coverage(thrivecart_spec(), THRIVECART.handlers())
    assert covered.generic == () and covered.stale == ()
    # Both vendors have a getProducts: each registry keeps its own.
    assert THRIVECART.handlers()["getProducts"] is not THINKIFIC.handlers()["getProducts"]
    modules = {handler.__module__ for handler in THRIVECART.handlers().values()}
    assert all(name.startswith("aiothinkific.mock.thrivecart.") for name in modules)


def test_the_same_seed_gives_the_same_account() -> None:
    def snapshot(seed: int) -> list[Any]:
        store = create_thrivecart_app(ThriveCartSettings(seed=seed)).state.store
        with store.transaction(write=False):
            return store.select("tc_transaction")

    assert snapshot(3) == snapshot(3) != snapshot(4)


def test_the_plugins_served_account_answers_on_a_real_port(thrivecart_mock: str) -> None:
    assert thrivecart_mock.startswith("http://127.0.0.1:")
    answer = httpx.get(thrivecart_mock + "/products/2", headers=AUTH)
    assert (answer.status_code, answer.json()["name"]) == (200, "My Example Product")
    refused = httpx.get(thrivecart_mock + "/ping")
    assert (refused.status_code, refused.json()["error"]) == (401, "invalid_token")


async def test_the_plugins_client_fixture(thrivecart_client: ThriveCart) -> None:
    assert (await thrivecart_client.customers.get(email=NARCISA)).customer.name == "Narcisa Joshua"
