"""The engine's source parsers: what the ThriveCart mock really delivers (account webhooks as a
PHP form and as all-strings JSON, and event subscriptions), hand-written SamCart Notify posts,
and arbitrary input, which may only ever be an EventParseError."""

from __future__ import annotations

import copy
import datetime
import itertools
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from aiothinkific.engine.model import CartEvent, EventParseError, Item, ItemKind, Source, Trigger
from aiothinkific.engine.sources import (
    decode_fields,
    is_ping,
    parse_notify,
    parse_subscription_event,
    parse_webhook,
    samcart,
    thrivecart,
)
from aiothinkific.mock.thrivecart import (
    MOCK_THRIVECART_HOST,
    ThriveCartSettings,
    create_thrivecart_app,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

CONTROL = MOCK_THRIVECART_HOST + "/_mock/thrivecart"
RECEIVER = "http://receiver.test"
START = 1_700_000_000


@dataclass
class Received:
    path: str
    content_type: str
    body: bytes

    def fields(self) -> dict[str, Any]:
        return decode_fields(self.body, self.content_type)


@dataclass
class Receiver:
    """Records every POST; the first ``failures`` notices to ``/flaky`` answer 500, so the
    mock delivers them again."""

    failures: int = 0
    received: list[Received] = field(default_factory=list)

    async def endpoint(self, request: Request) -> Response:
        body = await request.body()
        if request.method == "POST":
            content_type = request.headers.get("content-type", "")
            self.received.append(Received(request.url.path, content_type, body))
            if request.url.path == "/flaky" and body != b"ping=1" and self.failures > 0:
                self.failures -= 1
                return Response(status_code=500)
        return Response(status_code=200)

    def at(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path and r.body != b"ping=1"]


@dataclass
class Mock:
    http: httpx.AsyncClient
    app: Any
    receiver: Receiver

    async def purchase(self, **fields: Any) -> dict[str, Any]:
        answer = await self.http.post(CONTROL + "/purchases", json=fields)
        assert answer.status_code == 201, answer.text
        body: dict[str, Any] = answer.json()
        return body

    async def control(self, path: str, **body: Any) -> None:
        answer = await self.http.post(CONTROL + path, json=body)
        assert answer.status_code == 200, answer.text

    async def drain(self) -> None:
        await self.app.state.deliverer.drain()


@pytest.fixture
async def mock() -> AsyncIterator[Mock]:
    receiver = Receiver()
    routes = [Route("/{path:path}", receiver.endpoint, methods=["HEAD", "POST"])]
    settings = ThriveCartSettings(
        webhook_transport=httpx.ASGITransport(app=Starlette(routes=routes)),
        secret_word="S3CRET",
        clock=itertools.count(START, 7).__next__,  # every request a later second
    )
    app = create_thrivecart_app(settings)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=MOCK_THRIVECART_HOST + "/api/external",
        headers={"Authorization": "Bearer mock-thrivecart-key"},
    ) as http:
        found = Mock(http, app, receiver)
        for path, form in (("/form", "form"), ("/json", "json")):
            answer = await http.post(
                CONTROL + "/webhooks", json={"url": RECEIVER + path, "format": form}
            )
            assert answer.status_code == 201, answer.text
        sub = {"event": "*", "target_url": RECEIVER + "/events"}
        assert (await http.post("/subscribe", json=sub)).status_code == 201
        yield found


async def story(mock: Mock) -> tuple[dict[str, Any], dict[str, Any]]:
    """A purchase of product 4 with its bump, then its bump refunded; a subscription (373)
    bought, rebilled, failing a rebill, cancelled."""
    bumped = await mock.purchase(product_id=4, bump_id=4, email=" Ann@Example.com ", name="Ann Lee")
    await mock.control(f"/orders/{bumped['order_id']}/refund", reference="bump-4")
    monthly = await mock.purchase(product_id=373, email="sub@example.com", name="Sam")
    sub_id = monthly["subscription_ids"]["product-373"]
    for action in ("rebill", "rebill_failed", "cancel"):
        await mock.control(f"/subscriptions/{sub_id}/{action}")
    await mock.drain()
    return bumped, monthly


def webhooks(mock: Mock, path: str) -> list[CartEvent]:
    return [parse_webhook(r.fields()) for r in mock.receiver.at(path)]


async def test_a_purchase_with_a_bump_fans_out_one_item_each(mock: Mock) -> None:
    bumped, _ = await story(mock)
    purchase = webhooks(mock, "/form")[0]
    assert purchase.source is Source.THRIVECART
    assert (purchase.cart_event, purchase.trigger) == ("order.success", Trigger.PRODUCT_PURCHASED)
    assert purchase.items == (
        Item(ItemKind.PRODUCT, "4", "My Product + Bump", 9900),
        Item(ItemKind.BUMP, "4", "Special Bump Offer", 3200),
    )
    assert purchase.order_id == str(bumped["order_id"])
    assert (purchase.amount_cents, purchase.currency, purchase.test) == (13100, "GBP", False)
    customer = purchase.customer
    assert (customer.email, customer.first_name, customer.last_name) == (
        "Ann@Example.com",
        "Ann",
        "Lee",
    )
    assert purchase.occurred_at.tzinfo is datetime.UTC
    assert purchase.occurred_at.timestamp() >= START


async def test_a_refund_of_the_bump_is_that_one_item(mock: Mock) -> None:
    await story(mock)
    refund = webhooks(mock, "/form")[1]
    assert (refund.cart_event, refund.trigger) == ("order.refund", Trigger.PRODUCT_REFUNDED)
    assert refund.items == (Item(ItemKind.BUMP, "4", "Special Bump Offer", 3200),)
    assert refund.amount_cents == 3200


async def test_subscription_events_carry_the_subscriptions_item(mock: Mock) -> None:
    _, monthly = await story(mock)
    sub_id = str(monthly["subscription_ids"]["product-373"])
    purchase, rebill, failed, cancelled = webhooks(mock, "/form")[2:]
    assert purchase.items == (Item(ItemKind.PRODUCT, "373", "Trial Funnel", 12500, sub_id),)
    assert [(e.cart_event, e.trigger) for e in (rebill, failed, cancelled)] == [
        ("order.subscription_payment", Trigger.SUBSCRIPTION_CHARGED),
        ("order.rebill_failed", Trigger.SUBSCRIPTION_CHARGE_FAILED),
        ("order.subscription_cancelled", Trigger.SUBSCRIPTION_CANCELED),
    ]
    for event in (rebill, failed, cancelled):
        assert event.subscription_id == sub_id
        ((item),) = event.items
        assert (item.ref, item.name) == ("product-373", "Trial Funnel")
        assert item.subscription_id == sub_id
    assert rebill.items[0].amount_cents == 12500
    assert cancelled.items[0].amount_cents is None  # a cancellation charges nothing


async def test_form_and_json_variants_parse_to_equal_events(mock: Mock) -> None:
    await story(mock)
    form, as_json = webhooks(mock, "/form"), webhooks(mock, "/json")
    assert len(form) == 6
    assert [r.content_type for r in mock.receiver.at("/json")] == ["application/json"] * 6
    assert form == as_json


async def test_a_redelivered_notice_keeps_its_key_and_notices_differ(mock: Mock) -> None:
    await mock.http.post(CONTROL + "/webhooks", json={"url": RECEIVER + "/flaky"})
    mock.receiver.failures = 1
    await story(mock)
    flaky = webhooks(mock, "/flaky")
    assert len(flaky) == 7  # the first notice twice
    assert flaky[0] == flaky[1]
    keys = [event.key for event in flaky[1:]]
    assert len(set(keys)) == len(keys) == 6
    assert keys == [event.key for event in webhooks(mock, "/form")]


async def test_event_subscriptions_are_keyed_by_webhook_id_and_typed_by_name(mock: Mock) -> None:
    await story(mock)
    deliveries = mock.receiver.at("/events")
    events = [parse_subscription_event(r.fields()) for r in deliveries]
    assert [e.cart_event for e in events] == [
        "order_payment_product",
        "order_payment_bump",
        "order_refund_bump",
        "order_payment_product",
        "order_rebill",
        "order_rebill_failed",
        "order_rebill_cancelled",
    ]
    assert [e.key for e in events] == [r.fields()["webhook_id"] for r in deliveries]
    assert len({e.key for e in events}) == len(events)
    assert all(e.source is Source.THRIVECART_EVENTS for e in events)
    product, bump, refund = events[:3]
    assert [i.ref for i in product.items] == ["product-4"]
    assert bump.items == (Item(ItemKind.BUMP, "4", "Special Bump Offer", 3200),)
    assert (refund.trigger, [i.ref for i in refund.items]) == (
        Trigger.PRODUCT_REFUNDED,
        ["bump-4"],
    )
    assert [e.trigger for e in events[4:]] == [
        Trigger.SUBSCRIPTION_CHARGED,
        Trigger.SUBSCRIPTION_CHARGE_FAILED,
        Trigger.SUBSCRIPTION_CANCELED,
    ]
    # The account webhook's parser would not take it: it needs no webhook_id, but the
    # subscription's parser does.
    without = {k: v for k, v in deliveries[0].fields().items() if k != "webhook_id"}
    with pytest.raises(EventParseError, match=r"webhook_id is missing"):
        parse_subscription_event(without)


async def test_test_mode_and_the_registration_ping(mock: Mock) -> None:
    await mock.purchase(product_id=2, email="t@example.com", mode="test")
    await mock.drain()
    (form,) = mock.receiver.at("/form")
    assert parse_webhook(form.fields()).test is True
    pings = [r for r in mock.receiver.received if r.body == b"ping=1"]
    assert len(pings) == 2  # one per webhook added
    assert is_ping(pings[0].fields()) and not is_ping(form.fields())


async def test_a_refund_below_the_items_charge_is_partial(mock: Mock) -> None:
    await story(mock)
    refund = mock.receiver.at("/events")[2].fields()
    assert parse_subscription_event(refund).trigger is Trigger.PRODUCT_REFUNDED
    charge = {"type": "bump", "name": "Special Bump Offer", "reference": "bump-4", "amount": 3200}
    partial = copy.deepcopy(refund)
    partial["order"]["charges"] = [charge]
    partial["refund"]["amount"] = 1000
    event = parse_subscription_event(partial)
    assert event.trigger is Trigger.PRODUCT_PARTIALLY_REFUNDED
    assert event.amount_cents == event.items[0].amount_cents == 1000
    partial["refund"]["amount"] = 3200
    assert parse_subscription_event(partial).trigger is Trigger.PRODUCT_REFUNDED


async def test_missing_or_invalid_parts_name_the_field(mock: Mock) -> None:
    await mock.purchase(product_id=4, bump_id=4, email="x@example.com")
    await mock.drain()
    good = mock.receiver.at("/json")[0].fields()
    broken: list[tuple[str, Any, str]] = [
        ("customer", {"name": "X"}, "customer.email is missing"),
        ("event", "null", "event is missing"),
        ("order", {**good["order"], "total": "12.50"}, "order.total is not an integer"),
        ("purchase_map", ["course-4"], r"purchase_map\[0\] is not an item type"),
    ]
    for name, value, message in broken:
        with pytest.raises(EventParseError, match=message):
            parse_webhook({**good, name: value})
    charges = copy.deepcopy(good["order"]["charges"])
    charges[1]["amount"] = "lots"
    with pytest.raises(EventParseError, match=r"order.charges\[1\].amount is not an integer"):
        parse_webhook({**good, "order": {**good["order"], "charges": charges}})
    untimed = {k: v for k, v in good.items() if k not in ("timestamp", "order_timestamp")}
    with pytest.raises(EventParseError, match=r"timestamp is missing"):
        parse_webhook(untimed)
    older = {k: v for k, v in good.items() if k != "timestamp"}
    assert parse_webhook(older).occurred_at.timestamp() == int(good["order_timestamp"])


def test_trigger_tables_cover_every_trigger() -> None:
    for module in (thrivecart, samcart):
        rows = module.trigger_table()
        assert {trigger for _, trigger, _ in rows} >= {t.value for t in Trigger}
        assert all(len(row) == 3 and all(isinstance(cell, str) for cell in row) for row in rows)
    tc = {event: trigger for event, trigger, _ in thrivecart.trigger_table()}
    assert tc["order.success"] == tc["order_payment_upsell"] == "product_purchased"
    assert tc["subscription_paused"] == tc["cart_abandoned"] == "-"
    assert tc["order_rebill_completed"] == tc["order.subscription_completed"]
    notes = {note for event, _, note in thrivecart.trigger_table() if event == "-"}
    assert any("delinquent" in note for note in notes)
    assert any("recovered" in note for note in notes)
    assert thrivecart.TRIGGERS["affiliate_commission_earned"] is None


# -- forms ---------------------------------------------------------------------------------

FORM = "application/x-www-form-urlencoded; charset=UTF-8"


def test_php_bracket_keys_nest_and_indexes_become_lists() -> None:
    body = (
        b"event=order.success&customer[email]=a%40b.c&order[charges][1][amount]=2"
        b"&order[charges][0][amount]=1&tags[]=x&tags[]=y&ids[01]=z&empty="
    )
    assert decode_fields(body, FORM) == {
        "event": "order.success",
        "customer": {"email": "a@b.c"},
        "order": {"charges": [{"amount": "1"}, {"amount": "2"}]},
        "tags": ["x", "y"],
        "ids": {"01": "z"},
        "empty": "",
    }
    assert decode_fields(b'{"a": [1]}', "application/json") == {"a": [1]}


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"a=1&a[b]=2", FORM, "conflicting form field 'a\\[b\\]'"),
        (b"a[b]=2&a=1", FORM, "conflicting form field 'a'"),
        (b"a=1&a=2", FORM, "duplicate form field 'a'"),
        (b"a=\xff", FORM, "not UTF-8"),
        (b"a" + b"[x]" * 40 + b"=1", FORM, "deeper than"),
        (b"[1]", "application/json", "not an object"),
        (b"{", "application/json", "not valid JSON"),
        (b"[" * 100_000, "application/json", "not valid JSON"),
        (b'{"a":' * 40 + b"1" + b"}" * 40, "application/json", "deeper than"),
        (b"x" * (2 << 20), FORM, "larger than"),
        (b"&".join(b"k%d=1" % n for n in range(6000)), FORM, "more than"),
        (b"--b\r\n", "multipart/form-data; boundary=b", "multipart/form-data is not supported"),
        (b"a=1", "text/plain", "unsupported content type 'text/plain'"),
    ],
)
def test_undecodable_bodies_say_why(body: bytes, content_type: str, message: str) -> None:
    with pytest.raises(EventParseError, match=message):
        decode_fields(body, content_type)


# -- SamCart ------------------------------------------------------------------------------


def notify(kind: str = "Order", **changes: Any) -> dict[str, Any]:
    """A Notify URL post of a two-product order, in the shape SamCart sends."""
    fields: dict[str, Any] = {
        "type": kind,
        "product": {"id": "12,13", "name": "Course,Workbook", "price": "49.00,9.00"},
        "customer": {
            "customer_id": 77,
            "first_name": "Ann",
            "last_name": "Lee",
            "email": " ann@example.com",
        },
        "order": {
            "id": 5001,
            "total": "58.00",
            "subscription_id": None,
            "created_at": "2024-03-01 10:20:30",
            "custom_fields": [
                {"name": "Company", "slug": "company", "value": "Acme"},
                {"name": "Role", "slug": "", "value": "CTO"},
            ],
        },
    }
    fields.update(changes)
    return fields


def test_a_samcart_order_fans_out_its_products() -> None:
    event = parse_notify(notify())
    assert (event.source, event.trigger) == (Source.SAMCART, Trigger.PRODUCT_PURCHASED)
    assert event.items == (
        Item(ItemKind.PRODUCT, "12", "Course", 4900),
        Item(ItemKind.PRODUCT, "13", "Workbook", 900),
    )
    assert event.occurred_at == datetime.datetime(2024, 3, 1, 10, 20, 30, tzinfo=datetime.UTC)
    assert (event.order_id, event.amount_cents, event.subscription_id) == ("5001", 5800, None)
    assert event.customer.email == "ann@example.com"
    assert dict(event.customer.custom_fields) == {"company": "Acme", "Role": "CTO"}
    # Only the order's time: the body's hash tells this event from the order's others.
    assert event.key.startswith(f"Order:5001:12,13:{int(event.occurred_at.timestamp())}:sha256:")
    assert parse_notify(notify()).key == event.key


def test_samcart_refunds_and_cancels() -> None:
    single = {"id": 12, "name": "Course, Deluxe", "price": "49.00"}
    sub = {**notify()["order"], "subscription_id": 900}
    refund = parse_notify(notify("Refund", product=single, timestamp="2024-03-02T08:00:00Z"))
    assert refund.trigger is Trigger.PRODUCT_REFUNDED
    assert refund.items == (Item(ItemKind.PRODUCT, "12", "Course, Deluxe", 4900),)
    assert refund.occurred_at == datetime.datetime(2024, 3, 2, 8, tzinfo=datetime.UTC)
    partial = parse_notify(notify("PartialRefund", product=single))
    assert partial.trigger is Trigger.PRODUCT_PARTIALLY_REFUNDED
    assert len({refund.key, partial.key, parse_notify(notify()).key}) == 3
    cancel = parse_notify(notify("Cancel", product=single, order=sub))
    assert (cancel.trigger, cancel.subscription_id) == (Trigger.SUBSCRIPTION_CANCELED, "900")
    assert cancel.items[0].subscription_id == "900"
    kinds = {
        "RecurringPaymentSucceeded": Trigger.SUBSCRIPTION_CHARGED,
        "RecurringPaymentFailed": Trigger.SUBSCRIPTION_CHARGE_FAILED,
        "RecurringPaymentRecovered": Trigger.SUBSCRIPTION_RECOVERED,
        "SubscriptionRestarted": Trigger.SUBSCRIPTION_RESTARTED,
        "SubscriptionDelinquent": Trigger.SUBSCRIPTION_DELINQUENT,
        "SubscriptionCompleted": Trigger.SUBSCRIPTION_COMPLETED,
    }
    for kind, trigger in kinds.items():
        assert parse_notify(notify(kind, order=sub)).trigger is trigger


def test_samcart_unknown_types_and_keyless_posts() -> None:
    unknown = parse_notify(notify("UpsellDeclined"))
    assert (unknown.cart_event, unknown.trigger) == ("UpsellDeclined", None)
    orderless = notify(order={"created_at": "2024-03-01T10:20:30+02:00"})
    event = parse_notify(orderless)
    assert event.key.startswith("sha256:") and len(event.key) == 7 + 64
    assert parse_notify(copy.deepcopy(orderless)).key == event.key
    assert event.occurred_at == datetime.datetime(2024, 3, 1, 8, 20, 30, tzinfo=datetime.UTC)
    with pytest.raises(EventParseError, match=r"order.created_at is missing"):
        parse_notify(notify(order={"id": 1}))
    with pytest.raises(EventParseError, match=r"product.price is not an amount"):
        parse_notify(notify(product={"id": "1", "price": "4.999"}))
    with pytest.raises(EventParseError, match=r"type is missing"):
        parse_notify({k: v for k, v in notify().items() if k != "type"})
    with pytest.raises(EventParseError, match=r"customer.email is missing"):
        parse_notify(notify(customer={"first_name": "Ann"}))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"product": {"id": "1", "price": "1e999999"}}, "product.price is not an amount"),
        ({"product": {"id": "1", "price": "\u0661\u0662"}}, "product.price is not an amount"),
        ({"timestamp": "\u00b2"}, "timestamp is not a date-time"),
        ({"timestamp": "1212121212121212"}, "timestamp is not a date-time"),
        ({"created_at": "0001-01-01T00:00:00+01:00"}, "created_at is not a date-time"),
        ({"customer": "ann@example.com"}, "customer is not an object"),
    ],
)
def test_odd_samcart_values_are_parse_errors(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(EventParseError, match=message):
        parse_notify(notify(**changes))


# -- anything at all ----------------------------------------------------------------------

PARSERS = (parse_webhook, parse_subscription_event, parse_notify)
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8),
                                                                         inner, max_size=4),
    max_leaves=20,
)  # fmt: skip
keys = st.sampled_from(
    ["event", "customer", "order", "timestamp", "order_timestamp", "purchase_map", "purchases",
     "refund", "subscription", "subscription_ids", "webhook_id", "type", "product", "mode_int",
     "created_at"]
)  # fmt: skip


def only_parse_errors(fields: dict[str, Any]) -> None:
    for parse in PARSERS:
        try:
            event = parse(fields)
        except EventParseError as error:
            assert str(error)  # it names the problem
        else:
            assert isinstance(event, CartEvent) and event.key and "@" in event.customer.email


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=300) | st.text(max_size=200).map(str.encode),
    st.sampled_from(
        [FORM, "application/json", "multipart/form-data", "text/plain", "", "APPLICATION/JSON"]
    ),
)
def test_any_body_decodes_or_raises_a_parse_error(body: bytes, content_type: str) -> None:
    try:
        fields = decode_fields(body, content_type)
    except EventParseError as error:
        assert str(error)
        return
    assert isinstance(fields, dict)
    only_parse_errors(fields)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys | st.text(max_size=6), json_values, max_size=8))
@example({"event": {"\\u0000": None}})  # six characters, not a NUL: kept
@example({"email": "a\x00@b.c"})  # a NUL: refused
@example({"email": "a\ud800@b.c"})  # a lone surrogate: refused
def test_any_json_object_parses_or_raises_a_parse_error(fields: dict[str, Any]) -> None:
    only_parse_errors(fields)
    json_body = json.dumps(fields).encode()
    try:
        decoded = decode_fields(json_body, "application/json")
    except EventParseError:
        # Only text no database keeps is refused: a NUL, or a lone surrogate.
        assert unstorable(json.loads(json_body))
        return
    assert decoded == json.loads(json_body)


def unstorable(value: Any) -> bool:
    if isinstance(value, dict):
        return any(unstorable(k) or unstorable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(unstorable(item) for item in value)
    return isinstance(value, str) and any(
        ch == "\x00" or 0xD800 <= ord(ch) <= 0xDFFF for ch in value
    )


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_mutated_real_notices_only_raise_parse_errors(data: st.DataObject) -> None:
    """Real notice shapes with one part replaced by anything."""
    base = {**notify(), "event": "order.success", "timestamp": "1700000000",
            "customer": {"email": "a@b.c", "name": "A B"}, "purchase_map": ["product-1"],
            "purchases": ["One"], "order": {"total": 100, "charges": [{"reference": "product-1",
            "amount": 100}], "created_at": "2024-01-01"}, "webhook_id": "1-1-x"}  # fmt: skip
    for parse in PARSERS:
        assert isinstance(parse(base), CartEvent)
    mutated = copy.deepcopy(base)
    target = mutated
    path = data.draw(st.lists(keys | st.sampled_from(["email", "total", "charges", "id"]),
                              min_size=1, max_size=3))  # fmt: skip
    for name in path[:-1]:
        if not isinstance(target.get(name), dict):
            break
        target = target[name]
    target[path[-1]] = data.draw(json_values)
    only_parse_errors(mutated)
