"""Consumer contract: whatever the spec allows the server to answer, the client must take.

For every operation and every documented response, Hypothesis draws bodies valid under the spec
(the patched one for the Admin API, the Webhooks API's for ``tk.webhooks``, ThriveCart's for the
``ThriveCart`` client) and serves them through ``httpx.MockTransport``. The generated client
must parse each into its model, and the model must survive ``from_dict(to_dict())``; the overlay
method must return the same result for a success and raise the typed error for an error status."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import AsyncGenerator
from contextlib import aclosing
from functools import cache
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiothinkific import (
    APIStatusError,
    AppsNotAvailableError,
    AsyncPaginator,
    AuthenticationError,
    BadRequestError,
    InsufficientScopeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Thinkific,
    ThriveCart,
    UnprocessableEntityError,
)
from aiothinkific._base_client import BaseClient
from aiothinkific.contract.bodies import media_schema, strategy
from aiothinkific.contract.calls import Operation, arguments, operations
from aiothinkific.contract.settings import current
from aiothinkific.contract.summary import Tally

BASE_URL = "https://api.example.com/api/public/v1"
INSUFFICIENT_SCOPE = "#/components/responses/ErrorForbiddenInsufficientScopeResponse"
ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


@cache
def body_strategy(operation_id: str, status: str) -> st.SearchStrategy[Any] | None:
    """Bodies of a documented response (None: it documents no body)."""
    op = operations()[operation_id]
    schema = media_schema(op.api, op.spec, status)
    return None if schema is None else strategy(op.api, schema)


def documented() -> list[tuple[str, str]]:
    """(operationId, status) for every documented response."""
    return [
        (name, status)
        for name, op in operations().items()
        for status in op.spec["responses"]
        if status.isdigit()
    ]


def expected_error(op: Operation, status: int) -> type[APIStatusError]:
    """The overlay's error type for a documented error response."""
    if status == 403 and op.api.vendor == "thrivecart":
        return PermissionDeniedError
    if status == 403:
        ref = op.spec["responses"]["403"].get("$ref")
        return InsufficientScopeError if ref == INSUFFICIENT_SCOPE else AppsNotAvailableError
    if status >= 500:
        return InternalServerError
    return ERRORS.get(status, APIStatusError)


def assert_round_trip(parsed: Any) -> None:
    """A parsed model comes back the same from its own dict (lists: each item)."""
    for model in parsed if isinstance(parsed, list) else [parsed]:
        assert attrs.has(type(model)), f"parsed into {type(model).__name__}, not a model"
        again = type(model).from_dict(model.to_dict())
        assert again == model, f"{type(model).__name__} changes in a to_dict/from_dict round trip"


def differences(parsed: Any, body: Any, where: str = "") -> list[str]:
    """Where a model's ``to_dict()`` says something else than the body it was parsed from (a
    date-time may be spelt otherwise: ``Z`` or ``+00:00``, digits of a second)."""
    if isinstance(body, dict) and isinstance(parsed, dict):
        found = [f"{where}/{k}: missing" for k in body.keys() - parsed.keys()]
        found += [f"{where}/{k}: added" for k in parsed.keys() - body.keys()]
        for key in body.keys() & parsed.keys():
            found += differences(parsed[key], body[key], f"{where}/{key}")
        return found
    if isinstance(body, list) and isinstance(parsed, list) and len(body) == len(parsed):
        return [
            d
            for i, (p, b) in enumerate(zip(parsed, body, strict=True))
            for d in differences(p, b, f"{where}/{i}")
        ]
    if isinstance(body, str) and isinstance(parsed, str) and body != parsed:
        try:
            same = datetime.datetime.fromisoformat(body) == datetime.datetime.fromisoformat(parsed)
        except ValueError:
            same = False
        return [] if same else [f"{where}: {parsed!r}, served {body!r}"]
    if type(body) is not type(parsed) and not (
        isinstance(body, int | float)
        and isinstance(parsed, int | float)
        and not isinstance(body, bool)
        and not isinstance(parsed, bool)
    ):
        return [f"{where}: {parsed!r}, served {body!r}"]
    return [] if body == parsed else [f"{where}: {parsed!r}, served {body!r}"]


def assert_parsed_as_served(parsed: Any, body: Any) -> None:
    """The model says what the served body said: no field lost, retyped or changed."""
    dumped = [m.to_dict() for m in parsed] if isinstance(parsed, list) else parsed.to_dict()
    found = differences(dumped, body)
    assert not found, f"{type(parsed).__name__} does not say what was served: {found[:5]}"


async def exercise(op: Operation, status: int, body: Any, has_body: bool) -> None:
    """Serve ``body`` with ``status`` to the generated function and to the overlay method."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body) if has_body else httpx.Response(status)

    transport = httpx.MockTransport(answer)
    function = op.generated.asyncio_detailed
    args, kwargs = arguments(function)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
        client = op.api.module().Client(base_url=BASE_URL).set_async_httpx_client(http)
        response = await function(*args, client=client, **kwargs)
    parsed = response.parsed
    if has_body:
        assert parsed is not None, f"{status} body was not parsed"
        assert_round_trip(parsed)
        assert_parsed_as_served(parsed, body)
    else:
        assert parsed is None

    async with overlay_client(op, transport) as client:
        method = getattr(getattr(client, op.resource), op.method_name)
        args, kwargs = arguments(method)
        if status >= 400:
            with pytest.raises(APIStatusError) as raised:
                await _result(method(*args, **kwargs), parsed)
            error = raised.value
            wanted = expected_error(op, status)
            assert type(error) is wanted, f"{status} raised {type(error).__name__}, not {wanted}"
            assert error.status_code == status
            if isinstance(error, UnprocessableEntityError):
                assert all(isinstance(m, list) for m in error.errors.values())
            return
        result = await _result(method(*args, **kwargs), parsed)
        if isinstance(result, list) and not isinstance(parsed, list):  # a listing's first page
            assert result == page_items(parsed)
        elif result is not None or parsed is not None:
            assert result == parsed, "the overlay returned another value than the generated parse"


def page_items(page: Any) -> list[Any]:
    """The items of a parsed page: its list field (``items``, ``transactions``, ...)."""
    lists = [v for v in attrs.asdict(page, recurse=False).values() if isinstance(v, list)]
    assert len(lists) == 1, f"{type(page).__name__} has {len(lists)} lists, not one of items"
    return list(lists[0])


def overlay_client(op: Operation, transport: httpx.MockTransport) -> BaseClient:
    """The overlay client of the operation's vendor, unpaced and without retries."""
    if op.api.vendor == "thrivecart":
        return ThriveCart(
            api_key="k",
            base_url=BASE_URL,
            transport=transport,
            requests_per_minute=None,
            max_retries=0,
        )
    return Thinkific(
        api_key="k",
        subdomain="s",
        base_url=BASE_URL,
        transport=transport,
        requests_per_minute=None,
        max_retries=0,
    )


async def _result(call: Any, parsed: Any) -> Any:
    """A method's result: awaited, or the first page's items of a paginator or of a cursor
    listing (``tk.webhooks.list()``: as many as the ``parsed`` page holds, since here every
    cursor is answered the same page)."""
    if isinstance(call, AsyncPaginator):
        return (await call.first_page()).items
    if isinstance(call, AsyncGenerator):
        page = getattr(parsed, "items", None)
        page_size = len(page) if isinstance(page, list) else 0
        items: list[Any] = []
        async with aclosing(call) as listing:
            async for item in listing:
                items.append(item)
                if len(items) == page_size:
                    break
        return items
    return await call


PROFILE = current().profile


@pytest.mark.parametrize(("operation_id", "status"), documented())
@settings(
    max_examples=PROFILE.consumer_examples,
    derandomize=PROFILE.derandomize,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_consumer(operation_id: str, status: str, data: st.DataObject, tally: Tally) -> None:
    bodies = body_strategy(operation_id, status)
    body = None if bodies is None else data.draw(bodies, label="body")
    with tally.example("consumer", operation_id):
        asyncio.run(exercise(operations()[operation_id], int(status), body, bodies is not None))
