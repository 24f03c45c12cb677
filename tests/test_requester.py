"""The single request path: retries and their waits, the shared rate limiter, with_options, auth
headers, logging, and secrets kept out of logs, errors and reprs."""

from __future__ import annotations

import asyncio
import email.utils
import itertools
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from aiothinkific import DEFAULT_BASE_URL, Thinkific
from aiothinkific._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)
from aiothinkific._logging import configure_from_environment, logger
from aiothinkific._retries import RetryPolicy, server_wait
from fakes import FakeClock, Listing, make_client, users

URL = DEFAULT_BASE_URL + "/users"


@dataclass
class R:
    """A response to give: built fresh for every request."""

    status: int
    body: Any = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def build(self) -> httpx.Response:
        return httpx.Response(self.status, json=self.body, headers=self.headers)


@dataclass
class Fail:
    """A transport error to raise instead of answering."""

    error: type[httpx.TransportError]
    message: str = "simulated"


class Script:
    """Answers requests with ``steps`` in turn (the last one repeats); records each request and
    the virtual time it was sent at."""

    def __init__(self, *steps: R | Fail, clock: FakeClock | None = None) -> None:
        self.steps = steps
        self.clock = clock
        self.requests: list[httpx.Request] = []
        self.times: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.clock is not None:
            self.times.append(self.clock.monotonic())
        step = self.steps[min(len(self.requests), len(self.steps)) - 1]
        if isinstance(step, Fail):
            raise step.error(step.message, request=request)
        return step.build()


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("THINKIFIC_LOG", "THINKIFIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


# --- Retries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
async def test_get_is_retried_on_a_retryable_status_then_succeeds(status: int) -> None:
    script = Script(R(status), R(status), R(200, {"ok": True}))
    async with make_client(script) as tk:
        response = await tk.request("GET", "/users")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert len(script.requests) == 3


@pytest.mark.parametrize(
    ("status", "error"),
    [(429, RateLimitError), (500, InternalServerError), (502, InternalServerError)],
)
@pytest.mark.parametrize("max_retries", [1, 3])
async def test_attempts_are_capped_at_max_retries_plus_one(
    status: int, error: type[APIStatusError], max_retries: int
) -> None:
    clock = FakeClock()
    script = Script(R(status, {"error": "nope"}))
    async with make_client(script, clock=clock, max_retries=max_retries) as tk:
        with pytest.raises(error) as raised:
            await tk.request("GET", "/users")
    assert len(script.requests) == max_retries + 1
    assert len(clock.sleeps) == max_retries
    assert raised.value.status_code == status


async def test_default_is_three_retries() -> None:
    script = Script(R(503))
    async with make_client(script) as tk:
        assert tk.max_retries == 3
        with pytest.raises(InternalServerError):
            await tk.request("GET", "/users")
    assert len(script.requests) == 4


@pytest.mark.parametrize("step", [R(500), R(429), Fail(httpx.ConnectError)])
async def test_max_retries_zero_disables_retries(step: R | Fail) -> None:
    clock = FakeClock()
    script = Script(step, R(200))
    async with make_client(script, clock=clock, max_retries=0) as tk:
        with pytest.raises((APIStatusError, APIConnectionError)):
            await tk.request("GET", "/users")
    assert len(script.requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_not_retried(status: int) -> None:
    script = Script(R(status), R(200))
    async with make_client(script) as tk:
        with pytest.raises(APIStatusError):
            await tk.request("GET", "/users")
    assert len(script.requests) == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_non_idempotent_request_is_not_retried_on_5xx(method: str) -> None:
    script = Script(R(500), R(200))
    async with make_client(script) as tk:
        with pytest.raises(InternalServerError):
            await tk.request(method, "/users", json={"first_name": "A"})
    assert len(script.requests) == 1


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
async def test_idempotent_writes_are_retried_on_5xx(method: str) -> None:
    script = Script(R(502), R(204))
    async with make_client(script) as tk:
        response = await tk.request(method, "/users/1")
    assert response.status_code == 204
    assert len(script.requests) == 2


async def test_post_is_retried_on_429_with_the_same_body() -> None:
    # Documented choice: a 429 is refused before the request is processed.
    script = Script(R(429), R(201, {"id": 7}))
    async with make_client(script) as tk:
        response = await tk.request("POST", "/users", json={"email": "a@example.com"})
    assert response.json() == {"id": 7}
    assert [r.content for r in script.requests] == [b'{"email":"a@example.com"}'] * 2


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_post_is_retried_on_errors_raised_before_sending(
    error: type[httpx.TransportError],
) -> None:
    script = Script(Fail(error), R(201, {"id": 1}))
    async with make_client(script) as tk:
        response = await tk.request("POST", "/users", json={})
    assert response.status_code == 201
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (httpx.ReadError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
    ],
)
async def test_post_is_not_retried_on_errors_after_sending(
    error: type[httpx.TransportError], raised: type[Exception]
) -> None:
    # The request may have been processed: sending it again could create a second user.
    script = Script(Fail(error), R(201))
    async with make_client(script) as tk:
        with pytest.raises(raised):
            await tk.request("POST", "/users", json={})
    assert len(script.requests) == 1


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
async def test_get_is_retried_on_errors_after_sending(error: type[httpx.TransportError]) -> None:
    script = Script(Fail(error), R(200, {"ok": 1}))
    async with make_client(script) as tk:
        response = await tk.request("GET", "/users")
    assert response.json() == {"ok": 1}
    assert len(script.requests) == 2


async def test_persistent_transport_error_raises_the_typed_error_with_its_cause() -> None:
    script = Script(Fail(httpx.ReadTimeout, "read timed out"))
    async with make_client(script, max_retries=2) as tk:
        with pytest.raises(APITimeoutError) as raised:
            await tk.request("GET", "/users")
    assert len(script.requests) == 3
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)


def test_backoff_doubles_within_its_jitter_bounds() -> None:
    low = RetryPolicy(random=lambda: 0.0)
    high = RetryPolicy(random=lambda: 0.999999)
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]  # initial 0.5, doubling, capped at 8
    for retry, ceiling in enumerate(ceilings, start=1):
        assert low.backoff(retry) == pytest.approx(ceiling / 2)
        assert high.backoff(retry) == pytest.approx(ceiling, rel=1e-5)
        assert high.backoff(retry) <= ceiling


def test_backoff_honours_initial_and_max_delay() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=3.0, random=lambda: 0.999999)
    assert [round(policy.backoff(n), 3) for n in (1, 2, 3, 4)] == [1.0, 2.0, 3.0, 3.0]


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        Thinkific(api_key="k", subdomain="s", max_retries=-1)


async def test_client_backoff_sleeps_grow_exponentially_within_bounds() -> None:
    clock = FakeClock()
    script = Script(R(500))
    async with make_client(script, clock=clock, max_retries=6) as tk:
        with pytest.raises(InternalServerError):
            await tk.request("GET", "/users")
    assert len(clock.sleeps) == 6
    for retry, slept in enumerate(clock.sleeps, start=1):
        ceiling = min(8.0, 0.5 * 2 ** (retry - 1))
        assert ceiling / 2 <= slept <= ceiling, (retry, slept)
    # While doubling (before the cap) the jitter ranges do not overlap, so waits only grow.
    assert clock.sleeps[:5] == sorted(clock.sleeps[:5])


async def test_retries_are_sent_after_the_backoff_in_virtual_time() -> None:
    clock = FakeClock()
    script = Script(R(503), R(503), R(200), clock=clock)
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    gaps = [b - a for a, b in itertools.pairwise(script.times)]
    assert gaps == pytest.approx(clock.sleeps)
    assert 0.25 <= gaps[0] <= 0.5
    assert 0.5 <= gaps[1] <= 1.0


def http_date(epoch: float) -> str:
    return email.utils.format_datetime(datetime.fromtimestamp(epoch, UTC), usegmt=True)


async def test_retry_after_seconds_is_waited_exactly() -> None:
    clock = FakeClock()
    script = Script(R(429, headers={"Retry-After": "3"}), R(200), clock=clock)
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    # Waited 3 s once: the requester's own wait and the limiter pause do not add up.
    assert clock.sleeps == [3.0]
    assert script.times[1] - script.times[0] == pytest.approx(3.0)


async def test_retry_after_http_date_is_waited_until() -> None:
    clock = FakeClock()
    when = http_date(clock.time() + 7)
    script = Script(R(429, headers={"Retry-After": when}), R(200))
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    assert clock.sleeps == [pytest.approx(7.0)]


async def test_ratelimit_reset_epoch_is_waited_until() -> None:
    clock = FakeClock()
    reset = int(clock.time()) + 5
    expected = reset - clock.time()
    script = Script(R(429, headers={"RateLimit-Reset": str(reset)}), R(200))
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    assert clock.sleeps == [pytest.approx(expected)]
    assert expected == 5.0


async def test_retry_after_on_a_5xx_is_honoured() -> None:
    clock = FakeClock()
    script = Script(R(503, headers={"Retry-After": "2"}), R(200))
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    assert clock.sleeps == [2.0]


async def test_unparseable_retry_after_falls_back_to_backoff() -> None:
    clock = FakeClock()
    script = Script(R(429, headers={"Retry-After": "soon"}), R(200))
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    (slept,) = clock.sleeps
    assert 0.25 <= slept <= 0.5


def test_server_wait_parsing() -> None:
    now = 1_700_000_000.0
    assert server_wait(httpx.Headers({"Retry-After": "3"}), now) == 3.0
    assert server_wait(httpx.Headers({"Retry-After": "0"}), now) == 0.0
    assert server_wait(httpx.Headers({"Retry-After": http_date(now + 9)}), now) == 9.0
    assert server_wait(httpx.Headers({"Retry-After": http_date(now - 9)}), now) == 0.0
    assert server_wait(httpx.Headers({"RateLimit-Reset": str(int(now) + 11)}), now) == 11.0
    assert server_wait(httpx.Headers({"RateLimit-Reset": "4"}), now) == 4.0  # IETF: seconds
    assert server_wait(httpx.Headers({"Retry-After": "2", "RateLimit-Reset": "50"}), now) == 2.0
    assert server_wait(httpx.Headers({"Retry-After": "x", "RateLimit-Reset": "5"}), now) == 5.0
    for bad in ("-1", "nan", "inf", "soon", ""):
        assert server_wait(httpx.Headers({"Retry-After": bad}), now) is None, bad
    assert server_wait(httpx.Headers(), now) is None


async def test_server_wait_longer_than_max_server_wait_is_not_retried() -> None:
    clock = FakeClock()
    script = Script(R(429, {"error": "slow down"}, {"Retry-After": "121"}), R(200))
    async with make_client(script, clock=clock) as tk:
        with pytest.raises(RateLimitError) as raised:
            await tk.request("GET", "/users")
    assert raised.value.retry_after == 121.0
    assert len(script.requests) == 1
    assert clock.sleeps == []


async def test_server_wait_of_exactly_max_server_wait_is_retried() -> None:
    clock = FakeClock()
    script = Script(R(429, headers={"Retry-After": "120"}), R(200))
    async with make_client(script, clock=clock) as tk:
        await tk.request("GET", "/users")
    assert clock.sleeps == [120.0]


async def test_rate_limit_error_after_the_last_retry_carries_retry_after() -> None:
    script = Script(R(429, headers={"Retry-After": "2"}))
    async with make_client(script, max_retries=1) as tk:
        with pytest.raises(RateLimitError) as raised:
            await tk.request("GET", "/users")
    assert raised.value.retry_after == 2.0
    assert len(script.requests) == 2


async def test_rate_limit_error_without_a_server_wait_has_no_retry_after() -> None:
    async with make_client(Script(R(429)), max_retries=0) as tk:
        with pytest.raises(RateLimitError) as raised:
            await tk.request("GET", "/users")
    assert raised.value.retry_after is None


async def test_a_429_pauses_every_request_sharing_the_limiter() -> None:
    clock = FakeClock()
    sent: dict[str, float] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        sent[request.url.path.rsplit("/", 1)[-1]] = clock.monotonic()
        if request.url.path.endswith("/a"):
            return httpx.Response(429, headers={"Retry-After": "10"})
        return httpx.Response(200)

    start = clock.monotonic()
    async with make_client(handler, clock=clock, max_in_flight=1) as tk:
        no_retry = tk.with_options(max_retries=0)

        async def call_a() -> None:
            with pytest.raises(RateLimitError):
                await no_retry.request("GET", "/a")

        # /b queues behind /a for the one in-flight place; /a's 429 then holds it back.
        await asyncio.gather(call_a(), tk.request("GET", "/b"))
    assert sent["a"] == start
    assert sent["b"] == pytest.approx(start + 10)


async def test_a_429_pause_holds_back_later_requests_too() -> None:
    clock = FakeClock()
    script = Script(R(429, headers={"Retry-After": "10"}), R(200), clock=clock)
    async with make_client(script, clock=clock, max_retries=0) as tk:
        with pytest.raises(RateLimitError):
            await tk.request("GET", "/users")
        await tk.request("GET", "/users")
    assert clock.sleeps == [10.0]
    assert script.times[1] - script.times[0] == pytest.approx(10.0)


async def test_a_5xx_retry_after_does_not_pause_other_requests() -> None:
    clock = FakeClock()
    script = Script(R(503, headers={"Retry-After": "50"}), R(200), clock=clock)
    async with make_client(script, clock=clock, max_retries=0) as tk:
        with pytest.raises(InternalServerError):
            await tk.request("GET", "/users")
        await tk.request("GET", "/users")
    assert clock.sleeps == []


# --- with_options -----------------------------------------------------------------------------


async def test_with_options_max_retries_zero_shares_limiter_and_connection() -> None:
    clock = FakeClock()
    script = Script(R(500), R(500), R(200))
    async with make_client(script, clock=clock) as tk:
        once = tk.with_options(max_retries=0)
        assert once.limiter is tk.limiter
        assert once.http is tk.http
        assert once.max_retries == 0
        with pytest.raises(InternalServerError):
            await once.request("GET", "/users")
        assert len(script.requests) == 1
        # The parent keeps its retries.
        assert tk.max_retries == 3
        await tk.request("GET", "/users")
        assert len(script.requests) == 3
        # Closing the derived client leaves the shared connections open.
        await once.aclose()
        assert not tk.http.is_closed
    assert tk.http.is_closed


async def test_with_options_shares_the_pacing() -> None:
    clock = FakeClock()
    script = Script(R(200), clock=clock)
    async with make_client(script, clock=clock, requests_per_minute=120) as tk:
        await tk.request("GET", "/users")
        await tk.with_options(max_retries=1).request("GET", "/users")
    assert script.times[1] - script.times[0] == pytest.approx(0.5)


async def test_with_options_derived_resources_use_the_new_settings() -> None:
    script = Script(R(500), R(200))
    async with make_client(script) as tk:
        with pytest.raises(InternalServerError):
            await tk.with_options(max_retries=0).users.get(1)
    assert len(script.requests) == 1


def timeouts(request: httpx.Request) -> dict[str, float | None]:
    value: dict[str, float | None] = request.extensions["timeout"]
    return value


async def test_with_options_timeout_sets_the_per_request_timeout() -> None:
    script = Script(R(200, {"id": 1}))  # users.get parses a user: it has an id
    async with make_client(script) as tk:
        await tk.request("GET", "/users")
        await tk.with_options(timeout=5).request("GET", "/users")
        await tk.with_options(timeout=httpx.Timeout(1.0, connect=2.0)).users.get(1)
        await tk.request("GET", "/users")
    assert [timeouts(r) for r in script.requests] == [
        {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0},
        {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0},
        {"connect": 2.0, "read": 1.0, "write": 1.0, "pool": 1.0},
        {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0},
    ]


async def test_client_timeout_argument_reaches_the_request() -> None:
    script = Script(R(200))
    async with make_client(script, timeout=7.0) as tk:
        await tk.request("GET", "/users")
    assert timeouts(script.requests[0]) == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


# --- Auth -------------------------------------------------------------------------------------


async def test_api_key_and_subdomain_headers() -> None:
    script = Script(R(200))
    async with make_client(script, api_key="k-1", subdomain="myschool") as tk:
        await tk.request("GET", "/users")
    (request,) = script.requests
    assert request.headers["X-Auth-API-Key"] == "k-1"
    assert request.headers["X-Auth-Subdomain"] == "myschool"
    assert "Authorization" not in request.headers
    assert str(request.url) == URL


async def test_bearer_token_header() -> None:
    script = Script(R(200))
    async with make_client(script, access_token="tok-1") as tk:
        await tk.request("GET", "/users")
    (request,) = script.requests
    assert request.headers["Authorization"] == "Bearer tok-1"
    assert "X-Auth-API-Key" not in request.headers
    assert "X-Auth-Subdomain" not in request.headers


@pytest.mark.parametrize(
    "evil",
    [
        {"X-Auth-API-Key": "evil", "X-Auth-Subdomain": "evilschool"},
        {"x-auth-api-key": "evil", "x-auth-subdomain": "evilschool"},
        {"X-AUTH-API-KEY": "evil"},
    ],
)
async def test_caller_headers_cannot_override_api_key_auth(evil: dict[str, str]) -> None:
    script = Script(R(200))
    async with make_client(script, api_key="k-1", subdomain="myschool") as tk:
        await tk.request("GET", "/users", headers={**evil, "X-Trace": "t-1"})
    (request,) = script.requests
    assert request.headers.get_list("X-Auth-API-Key") == ["k-1"]
    assert request.headers.get_list("X-Auth-Subdomain") == ["myschool"]
    assert request.headers["X-Trace"] == "t-1"  # other headers do get through


@pytest.mark.parametrize("name", ["Authorization", "authorization"])
async def test_caller_headers_cannot_override_bearer_auth(name: str) -> None:
    script = Script(R(200))
    async with make_client(script, access_token="tok-1") as tk:
        await tk.request("GET", "/users", headers={name: "Bearer evil"})
    assert script.requests[0].headers.get_list("Authorization") == ["Bearer tok-1"]


async def test_user_http_client_works_with_its_hooks_and_stays_open() -> None:
    script = Script(R(500), R(200, {"id": 1}))
    hooked_requests: list[httpx.Request] = []
    hooked_statuses: list[int] = []

    async def on_request(request: httpx.Request) -> None:
        hooked_requests.append(request)

    async def on_response(response: httpx.Response) -> None:
        hooked_statuses.append(response.status_code)

    http = httpx.AsyncClient(
        transport=httpx.MockTransport(script),
        headers={"X-Auth-API-Key": "from-the-http-client", "User-Agent": "mine/1.0"},
        event_hooks={"request": [on_request], "response": [on_response]},
    )
    tk = Thinkific(api_key="k-1", subdomain="myschool", http_client=http, clock=FakeClock())
    assert tk.http is http
    user = await tk.users.get(1)
    assert user.id == 1
    assert hooked_statuses == [500, 200]  # the hooks see every attempt
    assert len(hooked_requests) == 2
    request = script.requests[-1]
    assert request.headers.get_list("X-Auth-API-Key") == ["k-1"]
    assert request.headers["User-Agent"] == "mine/1.0"

    await tk.aclose()
    assert not http.is_closed  # the caller's client is the caller's to close
    await tk.request("GET", "/users")  # and still usable through the Thinkific
    await http.aclose()
    assert http.is_closed


async def test_own_http_client_is_closed_on_exit() -> None:
    async with make_client(Script(R(200))) as tk:
        await tk.request("GET", "/users")
        assert not tk.http.is_closed
    assert tk.http.is_closed


# --- Logging ----------------------------------------------------------------------------------


async def test_log_records_carry_method_path_status_and_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="aiothinkific")
    script = Script(R(503), R(200))
    async with make_client(script) as tk:
        await tk.request("GET", "/users")
    records = [r for r in caplog.records if r.name == "aiothinkific"]
    sent = [r for r in records if hasattr(r, "status") and hasattr(r, "duration_ms")]
    assert [(r.method, r.path, r.status, r.attempt) for r in sent] == [  # type: ignore[attr-defined]
        ("GET", "/api/public/v1/users", 503, 1),
        ("GET", "/api/public/v1/users", 200, 2),
    ]
    assert all(r.levelno == logging.DEBUG for r in sent)
    (retrying,) = [r for r in records if hasattr(r, "retry_in")]
    assert retrying.levelno == logging.INFO
    assert (retrying.method, retrying.attempt) == ("GET", 1)  # type: ignore[attr-defined]
    assert "retrying" in retrying.getMessage()


async def test_giving_up_and_transport_failures_are_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="aiothinkific")
    async with make_client(Script(R(404)), max_retries=0) as tk:
        with pytest.raises(APIStatusError):
            await tk.request("GET", "/users/9")
    async with make_client(Script(Fail(httpx.ConnectError)), max_retries=0) as tk:
        with pytest.raises(APIConnectionError):
            await tk.request("DELETE", "/users/9")
    gave_up = [r for r in caplog.records if "giving up" in r.getMessage()]
    assert [(r.method, r.path, r.status, r.attempt) for r in gave_up] == [  # type: ignore[attr-defined]
        ("GET", "/api/public/v1/users/9", 404, 1)
    ]
    failed = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [(r.method, r.path, r.attempt) for r in failed] == [  # type: ignore[attr-defined]
        ("DELETE", "/api/public/v1/users/9", 1)
    ]
    assert "ConnectError" in failed[0].getMessage()


@pytest.fixture
def bare_logger() -> Iterator[None]:
    """The package logger without handlers or level, restored afterwards."""
    saved_handlers, saved_level = logger.handlers[:], logger.level
    logger.handlers.clear()
    logger.setLevel(logging.NOTSET)
    try:
        yield
    finally:
        logger.handlers[:] = saved_handlers
        logger.setLevel(saved_level)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_thinkific_log_env_attaches_a_handler(
    monkeypatch: pytest.MonkeyPatch, bare_logger: None, value: str, level: int
) -> None:
    monkeypatch.setenv("THINKIFIC_LOG", value)
    configure_from_environment()
    assert len(logger.handlers) == 1
    assert isinstance(logger.handlers[0], logging.StreamHandler)
    assert logger.level == level
    configure_from_environment()  # once only
    assert len(logger.handlers) == 1


def test_thinkific_log_unset_or_unknown_leaves_logging_alone(
    monkeypatch: pytest.MonkeyPatch, bare_logger: None
) -> None:
    configure_from_environment()
    monkeypatch.setenv("THINKIFIC_LOG", "loud")
    configure_from_environment()
    assert logger.handlers == []
    assert logger.level == logging.NOTSET


def test_thinkific_log_defers_to_an_existing_handler(
    monkeypatch: pytest.MonkeyPatch, bare_logger: None
) -> None:
    mine = logging.NullHandler()
    logger.addHandler(mine)
    monkeypatch.setenv("THINKIFIC_LOG", "debug")
    configure_from_environment()
    assert logger.handlers == [mine]
    assert logger.level == logging.NOTSET


def test_thinkific_log_is_honoured_by_the_client(
    monkeypatch: pytest.MonkeyPatch, bare_logger: None
) -> None:
    monkeypatch.setenv("THINKIFIC_LOG", "debug")
    Thinkific(api_key="k", subdomain="s")
    assert len(logger.handlers) == 1
    assert logger.level == logging.DEBUG


# --- Secrets ----------------------------------------------------------------------------------

SECRETS = [
    pytest.param({"api_key": "SECRET-KEY-123", "subdomain": "school"}, "SECRET-KEY-123", id="key"),
    pytest.param({"access_token": "SECRET-TOKEN-456"}, "SECRET-TOKEN-456", id="token"),
]


@pytest.mark.parametrize(("credentials", "secret"), SECRETS)
async def test_secrets_reach_no_log_error_or_repr(
    caplog: pytest.LogCaptureFixture, credentials: dict[str, str], secret: str
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    caplog.set_level(logging.DEBUG, logger="aiothinkific")
    seen_secret: list[bool] = []
    listing = Listing(users(range(1, 8)))
    attempts: dict[str, int] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen_secret.append(secret in str(request.headers.raw))
        path = request.url.path.removeprefix("/api/public/v1")
        attempts[path] = attempts.get(path, 0) + 1
        n = attempts[path]
        if path == "/users" and request.method == "GET":
            return listing(request)
        if path == "/users/1":
            return httpx.Response(200, json={"id": 1})
        if path == "/retried":
            return httpx.Response(429 if n == 1 else 200, headers={"Retry-After": "1"})
        if path == "/flaky":
            return httpx.Response(503 if n == 1 else 200)
        if path == "/unauthorized":
            return httpx.Response(401, json={"error": "Invalid API key"})
        if path == "/invalid":
            return httpx.Response(422, json={"errors": {"email": ["has already been taken"]}})
        if path == "/broken":
            return httpx.Response(500, text="<html>oops</html>")
        if path == "/limited":
            return httpx.Response(429, headers={"Retry-After": "999"})
        if path == "/down":
            raise httpx.ConnectError("connection refused", request=request)
        if path == "/slow":
            raise httpx.ReadTimeout("read timed out", request=request)
        if path == "/users/2":
            return httpx.Response(200, json=[1, 2])  # not a user
        return httpx.Response(404, json={"error": "Record not found."})

    errors: list[BaseException] = []
    tk = make_client(handler, requests_per_minute=120, **credentials)
    async with tk:
        await tk.users.get(1)
        assert len(await tk.users.list(page_size=3).to_list()) == 7
        await tk.request("GET", "/retried")
        await tk.request("GET", "/flaky")
        for method, path in [
            ("GET", "/unauthorized"),
            ("POST", "/invalid"),
            ("POST", "/broken"),
            ("GET", "/limited"),
            ("GET", "/down"),
            ("POST", "/slow"),
            ("GET", "/nowhere"),
        ]:
            with pytest.raises(Exception) as raised:
                await tk.request(method, path, json={"x": 1} if method == "POST" else None)
            errors.append(raised.value)
        with pytest.raises(UnexpectedResponseError) as unexpected:
            await tk.users.get(2)
        errors.append(unexpected.value)
        derived = tk.with_options(max_retries=0, timeout=3)
        reprs = [
            repr(tk),
            str(tk),
            repr(derived),
            repr(tk.limiter),
            repr(tk._requester),
            repr(derived._requester),
            repr(tk._requester.retry),
            repr(tk.generated),
            repr(tk.users),
            repr(tk.users.list(limit=3)),
            repr(tk.credentials),
        ]

    assert seen_secret and all(seen_secret)  # the secret was really in play
    assert [type(e) for e in errors] == [
        AuthenticationError,
        UnprocessableEntityError,
        InternalServerError,
        RateLimitError,
        APIConnectionError,
        APITimeoutError,
        NotFoundError,
        UnexpectedResponseError,
    ]
    texts = list(reprs)
    for error in errors:
        texts += [str(error), repr(error), repr(vars(error)), str(error.__cause__)]
    records = caplog.records
    assert any(r.name == "aiothinkific" and r.levelno == logging.DEBUG for r in records)
    assert any("giving up" in r.getMessage() for r in records)
    for record in records:
        texts.append(record.getMessage())
        texts += [str(value) for value in vars(record).values()]
    texts.append(caplog.text)
    leaks = [text for text in texts if secret in text]
    assert leaks == []


async def test_a_server_wait_too_long_to_honour_does_not_stall_later_calls() -> None:
    clock = FakeClock()
    script = Script(R(429, headers={"Retry-After": "999"}), R(200))
    async with make_client(script, clock=clock) as tk:
        with pytest.raises(RateLimitError):
            await tk.request("GET", "/users")
        await tk.request("GET", "/users")
    assert clock.sleeps == []
    assert len(script.requests) == 2


async def test_timeout_none_means_no_timeout() -> None:
    script = Script(R(200), R(200))
    async with make_client(script) as tk:
        await tk.with_options(timeout=None).request("GET", "/users")
    async with make_client(script, timeout=None) as tk:
        await tk.request("GET", "/users")
    none = {"connect": None, "read": None, "write": None, "pool": None}
    assert [timeouts(r) for r in script.requests] == [none, none]


async def test_a_users_http_client_keeps_its_own_timeout() -> None:
    script = Script(R(200))
    own = httpx.AsyncClient(transport=httpx.MockTransport(script), timeout=3.0)
    async with Thinkific(api_key="k", subdomain="s", http_client=own) as tk:
        await tk.request("GET", "/users")
    await own.aclose()
    assert timeouts(script.requests[0]) == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:99999/api/public/v1",  # connect(): OverflowError in an ExceptionGroup
        "http://[::1",  # httpx.InvalidURL while building the request
        "not-a-url",  # httpx.UnsupportedProtocol
    ],
)
async def test_an_unusable_base_url_is_a_connection_error_at_once(base_url: str) -> None:
    async with Thinkific(api_key="k", subdomain="s", base_url=base_url, max_retries=3) as tk:
        with pytest.raises(APIConnectionError) as raised:
            await asyncio.wait_for(tk.users.get(1), timeout=5)  # not retried: fails at once
    assert "GET" in str(raised.value)


async def test_other_errors_of_a_transport_are_not_disguised() -> None:
    class Broken(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise ExceptionGroup("bug", [KeyError("x")])

    async with Thinkific(api_key="k", subdomain="s", transport=Broken()) as tk:
        with pytest.raises(ExceptionGroup):
            await tk.users.get(1)


async def test_errors_never_show_a_password_in_the_url() -> None:
    for base_url in ("http://ada:pa55word@127.0.0.1:9/api/public/v1", "http://ada:pa55word@[::1"):
        async with Thinkific(api_key="k", subdomain="s", base_url=base_url, max_retries=0) as tk:
            with pytest.raises(APIConnectionError) as raised:
                await tk.users.get(1)
        assert "pa55word" not in str(raised.value) and "ada" not in str(raised.value)
