"""Typed errors: each status to its class, the request and body on every error, field errors,
transport failures, and bodies that are not what they should be."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from aiothinkific import DEFAULT_BASE_URL
from aiothinkific._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AppsNotAvailableError,
    AuthenticationError,
    BadRequestError,
    InsufficientScopeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ThinkificError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    error_from_response,
    field_errors,
)
from fakes import make_client


async def error_for(status: int, method: str = "GET", path: str = "/users/5", **kw: Any) -> Any:
    """The error raised for one request answered with ``status`` (no retries)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, **kw)

    async with make_client(handler, max_retries=0) as tk:
        with pytest.raises(ThinkificError) as raised:
            await tk.request(method, path)
    return raised.value


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (400, {"error": "Missing parameter"}, BadRequestError),
        (401, {"error": "Invalid API key"}, AuthenticationError),
        (
            403,
            {"error": "Access to Apps is not available on your plan. Upgrade to gain access"},
            AppsNotAvailableError,
        ),
        (403, {"error": "Access token has insufficient scope."}, InsufficientScopeError),
        (403, {"error": "Forbidden"}, AppsNotAvailableError),
        (404, {"error": "Record not found."}, NotFoundError),
        (422, {"errors": {"email": ["has already been taken"]}}, UnprocessableEntityError),
        (429, {"error": "Too many requests"}, RateLimitError),
        (500, {"error": "boom"}, InternalServerError),
        (502, {"error": "bad gateway"}, InternalServerError),
        (503, {}, InternalServerError),
        (504, {}, InternalServerError),
        (599, {}, InternalServerError),
        (405, {"error": "Method not allowed"}, APIStatusError),
        (409, {"error": "Conflict"}, APIStatusError),
        (418, {}, APIStatusError),
    ],
)
async def test_each_status_maps_to_its_error(
    status: int, body: dict[str, Any], cls: type[APIStatusError]
) -> None:
    error = await error_for(status, json=body)
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.body == body
    assert error.method == "GET"
    assert error.url == DEFAULT_BASE_URL + "/users/5"
    assert str(status) in str(error)
    assert "GET " + DEFAULT_BASE_URL + "/users/5" in str(error)


async def test_403_flavours_share_a_base() -> None:
    apps = await error_for(403, json={"error": "Access to Apps is not available"})
    scope = await error_for(403, json={"error": "Access token has insufficient scope."})
    assert isinstance(apps, PermissionDeniedError)
    assert isinstance(scope, PermissionDeniedError)
    assert not isinstance(apps, InsufficientScopeError)
    assert not isinstance(scope, AppsNotAvailableError)


async def test_errors_carry_the_method_query_and_response_headers() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, json={"error": "Record not found."}, headers={"X-Request-Id": "r1"}
        )

    async with make_client(handler) as tk:
        with pytest.raises(NotFoundError) as raised:
            await tk.request("delete", "/users/5", params={"provider": "sso"})
    error = raised.value
    assert error.method == "DELETE"
    assert error.url == DEFAULT_BASE_URL + "/users/5?provider=sso"
    assert error.headers["X-Request-Id"] == "r1"


async def test_resource_call_raises_the_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "Record not found."})

    async with make_client(handler) as tk:
        with pytest.raises(NotFoundError) as raised:
            await tk.users.get(404)
    assert raised.value.url == DEFAULT_BASE_URL + "/users/404"
    assert raised.value.body == {"error": "Record not found."}


async def test_422_field_errors_from_the_usual_form() -> None:
    error = await error_for(
        422,
        "POST",
        "/users",
        json={"errors": {"email": ["has already been taken"], "first_name": ["can't be blank"]}},
    )
    assert isinstance(error, UnprocessableEntityError)
    assert error.errors == {
        "email": ["has already been taken"],
        "first_name": ["can't be blank"],
    }
    assert error.method == "POST"


async def test_422_field_errors_from_a_list_of_messages() -> None:
    error = await error_for(422, json={"errors": ["Email has already been taken", "Oops"]})
    assert isinstance(error, UnprocessableEntityError)
    assert error.errors == {"base": ["Email has already been taken", "Oops"]}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"errors": {"email": ["taken", "invalid"]}}, {"email": ["taken", "invalid"]}),
        ({"errors": {"email": "taken"}}, {"email": ["taken"]}),
        ({"errors": ["a", "b"]}, {"base": ["a", "b"]}),
        ({"errors": "bad input"}, {"base": ["bad input"]}),
        # The spec's list form may hold {"field": "message"} objects as well as messages.
        (
            {"errors": [{"email": "has already been taken"}, "Something else"]},
            {"email": ["has already been taken"], "base": ["Something else"]},
        ),
        (
            {"errors": [{"email": "taken"}, {"email": "invalid"}]},
            {"email": ["taken", "invalid"]},
        ),
        ({"errors": {}}, {}),
        ({"error": "no errors key"}, {}),
        ({}, {}),
        (None, {}),
        ("<html>nope</html>", {}),
        ([1, 2], {}),
    ],
)
def test_field_errors(body: Any, expected: dict[str, list[str]]) -> None:
    assert field_errors(body) == expected


async def test_html_error_body_does_not_crash() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    error = await error_for(502, text=html, headers={"Content-Type": "text/html"})
    assert isinstance(error, InternalServerError)
    assert error.body == html
    assert "502 Bad Gateway" in str(error)


async def test_html_422_body_gives_no_field_errors() -> None:
    error = await error_for(422, text="<html>Unprocessable</html>")
    assert isinstance(error, UnprocessableEntityError)
    assert error.errors == {}


@pytest.mark.parametrize(
    ("kwargs", "body"),
    [
        ({}, None),
        ({"content": b"\x80 not utf-8 \xc3"}, "\ufffd not utf-8 \ufffd"),  # UnicodeDecodeError
        ({"content": b"\xff\xfe not utf-16"}, None),  # JSONDecodeError
        ({"text": "{truncated json"}, "{truncated json"),
        ({"text": "null"}, None),
    ],
)
async def test_odd_error_bodies_do_not_crash(kwargs: dict[str, Any], body: Any) -> None:
    error = await error_for(400, **kwargs)
    assert isinstance(error, BadRequestError)
    if body is not None:
        assert error.body == body
    assert "400" in str(error)
    repr(error)


async def test_long_error_body_is_summarised_in_the_message() -> None:
    error = await error_for(500, text="x" * 10_000)
    assert isinstance(error, InternalServerError)
    assert len(error.body) == 10_000  # the body is kept whole
    assert len(str(error)) < 500  # the message is not


def test_error_from_response_directly() -> None:
    request = httpx.Request("GET", "https://example.com/x")
    response = httpx.Response(401, json={"error": "nope"}, request=request)
    error = error_from_response(response, "GET", "https://example.com/x")
    assert type(error) is AuthenticationError
    assert (error.status_code, error.body) == (401, {"error": "nope"})


@pytest.mark.parametrize(
    ("error", "cls"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ReadError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ConnectTimeout, APITimeoutError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.PoolTimeout, APITimeoutError),
    ],
)
async def test_transport_errors_become_typed_errors(
    error: type[httpx.TransportError], cls: type[APIConnectionError]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("simulated failure", request=request)

    async with make_client(handler, max_retries=0) as tk:
        with pytest.raises(APIConnectionError) as raised:
            await tk.request("GET", "/users")
    assert type(raised.value) is cls
    assert raised.value.method == "GET"
    assert raised.value.url == DEFAULT_BASE_URL + "/users"
    assert isinstance(raised.value.__cause__, error)
    assert not isinstance(raised.value, APIStatusError)


def test_timeout_is_a_connection_error() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, ThinkificError)
    assert issubclass(APIStatusError, ThinkificError)
    assert issubclass(UnexpectedResponseError, ThinkificError)


# --- Success bodies that do not match the spec -----------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"json": [1, 2]},
        {"json": {"id": 1, "created_at": "not a date"}},
        {"text": "<html>maintenance</html>"},
        {"content": b""},
    ],
    ids=["list", "bad-date", "html", "empty"],
)
async def test_success_body_not_matching_the_spec_is_unexpected(kwargs: dict[str, Any]) -> None:
    async with make_client(lambda request: httpx.Response(200, **kwargs)) as tk:
        with pytest.raises(UnexpectedResponseError) as raised:
            await tk.users.get(1)
    assert not isinstance(raised.value, KeyError | TypeError | ValueError)
    assert raised.value.__cause__ is not None


@pytest.mark.parametrize(
    "body",
    [
        {"meta": {"pagination": {"current_page": 1}}},  # no items
        {"items": [], "meta": {"pagination": "page one"}},
        {"items": "none", "meta": {}},
        {"items": []},  # no meta
    ],
)
async def test_list_body_not_matching_the_spec_is_unexpected(body: dict[str, Any]) -> None:
    async with make_client(lambda request: httpx.Response(200, json=body)) as tk:
        with pytest.raises(UnexpectedResponseError):
            await tk.users.list().to_list()


async def test_undocumented_success_status_is_parsed_as_the_documented_body() -> None:
    async with make_client(lambda request: httpx.Response(201, json={"id": 3})) as tk:
        user = await tk.users.get(3)
    assert user.id == 3


async def test_undocumented_success_status_with_a_bad_body_is_unexpected() -> None:
    async with make_client(lambda request: httpx.Response(203, json=[1])) as tk:
        with pytest.raises(UnexpectedResponseError, match="UserResponse"):
            await tk.users.get(3)


async def test_no_content_operation_accepts_its_204() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    async with make_client(handler) as tk:
        assert await tk.users.delete(9) is None
    assert seen[0].method == "DELETE"
    assert seen[0].url.path.endswith("/users/9")
