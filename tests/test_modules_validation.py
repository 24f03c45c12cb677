"""Module inputs are checked and converted before any request: one ``ModuleInputError`` names
every bad field by its Make label, and nothing reaches the network."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.modules import MODULES, Field, ModuleInputError, get_module, run_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


class NetworkTouched(Exception):
    """Raised by the transport: a request was about to be sent."""


class NoNetwork(httpx.AsyncBaseTransport):
    """A transport that fails the test's expectations if it is ever called."""

    def __init__(self) -> None:
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        raise NetworkTouched(f"{request.method} {request.url}")


def offline_client(transport: NoNetwork) -> Thinkific:
    return Thinkific(
        api_key="key",
        subdomain="school",
        transport=transport,
        max_retries=0,
        requests_per_minute=None,
    )


@pytest.fixture
def transport() -> NoNetwork:
    return NoNetwork()


@pytest.fixture
async def tk(transport: NoNetwork) -> AsyncIterator[Thinkific]:
    async with offline_client(transport) as client:
        yield client


async def rejected(tk: Thinkific, key: str, inputs: Any) -> ModuleInputError:
    """The error running ``key`` with ``inputs`` raises (the network is never reached)."""
    with pytest.raises(ModuleInputError) as caught:
        await run_module(tk, key, inputs)
    return caught.value


def labels(error: ModuleInputError) -> list[str | None]:
    return [problem.label for problem in error.problems]


async def test_missing_required_fields_are_named_by_label(
    tk: Thinkific, transport: NoNetwork
) -> None:
    error = await rejected(tk, "createUser", {"bio": "Hello"})
    assert labels(error) == ["First Name", "Last Name", "Email"]
    assert all(problem.message == "is required" for problem in error.problems)
    assert "Create a User" in str(error) and "First Name (first_name): is required" in str(error)
    assert transport.calls == 0


async def test_every_problem_is_reported_at_once(tk: Thinkific, transport: NoNetwork) -> None:
    inputs = {
        "name": "Sale",
        "discount_type": "half off",
        "amount": "ten",
        "starts_at": "next monday",
        "product_ids": [1, "two"],
        "coupon": "X",
    }
    error = await rejected(tk, "createPromotion", inputs)
    assert sorted(map(str, labels(error))) == [
        "Amount",
        "Discount Type",
        "None",  # the unknown key
        "Products",
        "Starts At",
    ]
    message = str(error)
    assert "Discount Type (discount_type): must be one of Fixed (fixed), Percentage" in message
    assert "Products (product_ids): item 2 must be a whole number, got 'two'" in message
    assert "'coupon': unknown field" in message
    assert "The fields of Create a Promotion: name, discount_type" in message
    assert transport.calls == 0


@pytest.mark.parametrize(
    ("key", "inputs", "label", "says"),
    [
        ("getUser", {"user_id": "abc"}, "User", "must be a whole number, got 'abc'"),
        ("getUser", {"user_id": True}, "User", "must be a whole number, got true"),
        ("getUser", {"user_id": 1.5}, "User", "must be a whole number"),
        ("getUser", {"user_id": 0}, "User", "must be between 1 and"),
        ("getUser", {"user_id": 2**70}, "User", "must be between 1 and"),
        ("getUser", {"user_id": [1]}, "User", "must be a whole number, got a list"),
        ("searchUsers", {"limit": -1}, "Limit", "must be between 1 and"),
        ("searchUsers", {"email": "not-an-email"}, "Email", "must be an email address"),
        ("searchUsers", {"role": "teacher"}, "Role", "must be one of Site Admin (site_admin)"),
        ("searchUsers", {"custom_profile_field": "Phone"}, "Custom Profile Field", "object"),
        (
            "searchUsers",
            {"custom_profile_field": {"label": "Phone", "colour": "red"}},
            "Custom Profile Field",
            "'colour': unknown field",
        ),
        ("createUser", {"first_name": {"a": 1}}, "First Name", "must be text, got an object"),
        ("createUser", {"first_name": False}, "First Name", "must be text, got false"),
        ("createUser", {"roles": "site_admin"}, "Roles", "must be a list"),
        ("createUser", {"roles": ["Teacher"]}, "Roles", "item 1 must be one of"),
        ("createUser", {"send_welcome_email": "maybe"}, "Send Welcome Mail", "true or false"),
        ("createUser", {"affiliate_commission": "20%"}, "Affiliate Commission", "a number"),
        ("createUser", {"affiliate_commission": "nan"}, "Affiliate Commission", "a number"),
        (
            "createUser",
            {"affiliate_commission_type": "percent"},
            "Affiliate Commission Type",
            "must be one of %, $",
        ),
        ("createPromotion", {"expires_at": "31/01/2024"}, "Expires At", "ISO 8601"),
        ("createCoupon", {"quantity": 0}, "Quantity", "must be between 1 and"),
        ("makeApiCall", {"method": "HEAD"}, "Method", "must be one of GET, POST"),
        ("makeApiCall", {"headers": "X-A: 1"}, "Headers", "object of names to values"),
        ("makeApiCall", {"headers": {"X-A": {"b": 1}}}, "Headers", "must be text"),
        ("makeApiCall", {"headers": {"Bad Name": "1"}}, "Headers", "not a valid header name"),
        ("makeApiCall", {"headers": {"X-A": "a\r\nB: c"}}, "Headers", "printable ASCII"),
        ("makeApiCall", {"headers": {"X-A": "café"}}, "Headers", "printable ASCII"),
        ("makeApiCall", {"body": "{not json"}, "Body", "must be JSON"),
        ("makeApiCall", {"qs": [{"key": "a", "val": 1}]}, "Query String", "key"),
    ],
)
async def test_a_wrong_value_is_named_by_its_label(
    tk: Thinkific, transport: NoNetwork, key: str, inputs: dict[str, Any], label: str, says: str
) -> None:
    error = await rejected(tk, key, inputs)
    problem = next(p for p in error.problems if p.label == label)
    assert says in problem.message
    assert f"{label} (" in str(error)
    assert transport.calls == 0


async def test_unknown_keys_are_rejected_by_name_with_a_suggestion(
    tk: Thinkific, transport: NoNetwork
) -> None:
    error = await rejected(tk, "getUser", {"user_id": 1, "userid": 1, "Email": "a@b.co"})
    assert [(p.name, p.label) for p in error.problems] == [("userid", None), ("Email", None)]
    assert "'userid': unknown field (did you mean 'user_id'?)" in str(error)
    # A Make label used as a key points to the field's name.
    error = await rejected(tk, "createUser", {"First Name": "Ada"})
    assert "'First Name': unknown field (did you mean 'first_name'?)" in str(error)
    assert transport.calls == 0


@pytest.mark.parametrize("inputs", [[], "user_id=1", 5, None])
async def test_inputs_must_be_an_object(tk: Thinkific, inputs: Any) -> None:
    error = await rejected(tk, "getUser", inputs)
    assert "must be an object of field names to values" in str(error)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("https://evil.example/v1/users", "not an absolute URL"),
        ("http://api.thinkific.com/api/public/v1/users", "not an absolute URL"),
        ("//evil.example/v1/users", "not an absolute URL"),
        ("v1/users", "a path relative to https://api.thinkific.com/api/public"),
        ("/users", "must start with /v1/"),
        ("/v2/webhooks", "must start with /v1/"),
        ("/v1x/users", "must start with /v1/"),
        ("/v1/../../admin", "'..' segments"),
        ("/v1/%2e%2e/%2E%2E/admin", "'..' segments"),
        ("/v1/./users", "'..' segments"),
        ("/v1/users#frag", "'#'"),
        ("/v1/us ers", "spaces"),
        ("/v1\\..\\admin", "'\\'"),
        ("/v1/users\n", None),  # a trailing newline is trimmed, as Make trims fields
    ],
)
async def test_make_an_api_call_takes_only_paths_under_the_api_root(
    tk: Thinkific, transport: NoNetwork, url: str, says: str | None
) -> None:
    if says is None:
        assert get_module("makeApiCall").validate({"url": url})["url"] == "/v1/users"
        return
    error = await rejected(tk, "makeApiCall", {"url": url})
    assert labels(error) == ["URL"]
    assert says in error.problems[0].message
    assert transport.calls == 0


def test_values_are_converted_to_what_the_api_takes() -> None:
    values = get_module("createPromotion").validate(
        {
            "name": 2024,
            "discount_type": "Percentage",
            "amount": "12.5",
            "starts_at": "2024-01-31",
            "expires_at": "2024-02-29T23:59:00+01:00",
            "product_ids": ["1", 2, 3.0],
            "duration": 3,
            "description": "",
        }
    )
    assert values == {
        "name": "2024",
        "discount_type": "percentage",
        "amount": 12.5,
        "starts_at": datetime.datetime(2024, 1, 31, tzinfo=datetime.UTC),
        "expires_at": datetime.datetime(
            2024, 2, 29, 23, 59, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ),
        "product_ids": [1, 2, 3],
        "duration": 3,
    }
    user = get_module("createUser").validate(
        {
            "first_name": "Ada",
            "last_name": "Lovelace",
            "email": " ada@example.com ",
            "roles": ["Site Admin", "course_admin", "GROUP ANALYST"],
            "send_welcome_email": "TRUE",
            "affiliate_program": False,
            "affiliate_commission_type": "$",
            "bio": None,
        }
    )
    assert user == {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.com",
        "roles": ["site_admin", "course_admin", "group_analyst"],
        "send_welcome_email": True,
        "affiliate_program": False,
        "affiliate_commission_type": "$",
    }


def test_empty_values_mean_not_given_and_defaults_fill_in() -> None:
    module = get_module("searchUsers")
    assert module.validate({}) == {"limit": 10}
    assert module.validate({"limit": None, "email": "", "group_id": " 7 "}) == {
        "limit": 10,
        "group_id": 7,
    }
    assert module.validate({"custom_profile_field": {"label": "Phone"}}) == {
        "limit": 10,
        "custom_profile_field": {"label": "Phone"},
    }


def test_make_an_api_call_inputs_take_objects_or_make_key_value_lists() -> None:
    module = get_module("makeApiCall")
    values = module.validate(
        {
            "url": "/v1/users",
            "method": "post",
            "headers": [{"key": "X-Trace", "value": 7}],
            "qs": {"query[email]": "a@b.co", "flag": True, "empty": None},
            "body": '{"first_name": "Ada"}',
        }
    )
    assert values == {
        "url": "/v1/users",
        "method": "POST",
        "headers": [("X-Trace", "7")],
        "qs": [("query[email]", "a@b.co"), ("flag", "true"), ("empty", "")],
        "body": {"first_name": "Ada"},
    }
    assert module.validate({"url": "/v1", "body": {"a": [1, None]}})["body"] == {"a": [1, None]}


# Random inputs for every runnable module, plausible or pure JSON noise: they validate (and the
# module then tries the network) or raise ModuleInputError before any request; nothing else.

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)
words = st.text(st.characters(codec="ascii", categories=["L", "N"]), min_size=1, max_size=8)


def plausible(field: Field) -> st.SearchStrategy[Any]:
    """Values of the field's type, mostly valid."""
    low = field.minimum if field.minimum is not None else -(2**63)
    by_type: dict[str, st.SearchStrategy[Any]] = {
        "text": st.text(max_size=20),
        "email": st.builds("{}@{}.com".format, words, words),
        "integer": st.integers(low, 2**63 - 1) | st.integers(low, 10**6).map(str),
        "number": st.floats(-1e6, 1e6) | st.integers(-(10**6), 10**6).map(str),
        "boolean": st.booleans() | st.sampled_from(["true", "False"]),
        "date": st.datetimes().map(datetime.datetime.isoformat) | st.dates().map(str),
        "select": st.sampled_from(
            [o.value for o in field.options] + [o.label for o in field.options]
        ),
        "map": st.dictionaries(
            words, st.text(st.characters(codec="ascii", min_codepoint=32), max_size=8), max_size=2
        ),
        "json": json_values,
        "url": st.sampled_from(["/v1/users", "/v1/instructors?limit=10", "/v1"]),
    }
    if field.type == "array":
        assert field.item is not None
        return st.lists(plausible(field.item), max_size=3)
    if field.type == "collection":
        return st.fixed_dictionaries({}, optional={f.name: plausible(f) for f in field.fields})
    return by_type["url" if field.name == "url" else field.type]


def module_inputs(key: str) -> st.SearchStrategy[Any]:
    fields = MODULES[key].fields
    valid = st.fixed_dictionaries(
        {f.name: plausible(f) for f in fields if f.required},
        optional={f.name: plausible(f) | json_values for f in fields if not f.required},
    )
    names = st.sampled_from([f.name for f in fields]) | st.text(max_size=8)
    noise = st.dictionaries(names, json_values, max_size=len(fields) + 1)
    return valid | noise | json_values


RUNNABLE = sorted(key for key, module in MODULES.items() if module.handler is not None)


@pytest.fixture(scope="module")
def offline() -> Iterator[tuple[asyncio.Runner, Thinkific, NoNetwork]]:
    """One event loop and offline client for all the examples of a module."""
    transport = NoNetwork()
    with asyncio.Runner() as runner:

        async def make() -> Thinkific:
            return offline_client(transport)

        client = runner.run(make())
        yield runner, client, transport
        runner.run(client.aclose())


@pytest.mark.parametrize("key", RUNNABLE)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_inputs_validate_or_raise_module_input_error(
    offline: tuple[asyncio.Runner, Thinkific, NoNetwork], key: str, data: st.DataObject
) -> None:
    runner, tk, transport = offline
    # As the CLI gets them: through JSON (no Python-only values).
    inputs = json.loads(json.dumps(data.draw(module_inputs(key), label="inputs")))
    transport.calls = 0
    try:
        runner.run(run_module(tk, key, inputs))
    except ModuleInputError:
        assert transport.calls == 0
    except NetworkTouched:
        assert transport.calls == 1
        MODULES[key].validate(inputs)  # it was valid
    else:
        raise AssertionError("the offline transport should have been reached")
