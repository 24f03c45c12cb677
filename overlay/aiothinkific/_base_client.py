"""What every API client of this package shares (``Thinkific``, ``ThriveCart``): one HTTP
client and rate limiter, the requesters every call goes through, derived clients with other
settings, closing."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import httpx

from aiothinkific._clock import Clock
from aiothinkific._ratelimit import RateLimiter
from aiothinkific._requester import Requester, TimeoutTypes
from aiothinkific._retries import RetryPolicy
from aiothinkific._types import NOT_GIVEN, NotGiven

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class BaseClient:
    """The shared machinery. A subclass makes its limiter and HTTP client with :meth:`_setup`
    and its requesters in ``__init__``, lists them in :meth:`_requesters` (the main API's first)
    and points its generated clients and resources at them in :meth:`_bind`."""

    limiter: RateLimiter
    _requester: Requester  # the main API's requester (``request()`` uses it)
    _owns_http: bool

    def _setup(
        self,
        *,
        requests_per_minute: float | None,
        max_in_flight: int | None,
        timeout: TimeoutTypes | NotGiven,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        http2: bool,
        clock: Clock,
    ) -> tuple[httpx.AsyncClient, TimeoutTypes]:
        """The rate limiter, and the HTTP client with the timeout calls use."""
        self.limiter = RateLimiter(requests_per_minute, max_in_flight, clock=clock)
        self._owns_http = http_client is None
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        if http_client is None:
            pool = max_in_flight or 100
            http_client = httpx.AsyncClient(
                timeout=timeout,
                transport=transport,
                http2=http2,
                limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool),
            )
        return http_client, timeout

    def _requesters(self) -> Sequence[Requester]:
        return [self._requester]

    def _replace_requesters(self, requesters: Sequence[Requester]) -> None:
        self._requester = requesters[0]

    def _bind(self) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Self:
        """A client for some calls with other settings, sharing this one's connections and rate
        limiter: ``await client.with_options(max_retries=0).users.get(1)``."""
        derived = copy.copy(self)
        derived._owns_http = False
        requesters = [copy.copy(r) for r in self._requesters()]
        for requester in requesters:
            if not isinstance(timeout, NotGiven):
                requester.timeout = timeout
            if max_retries is not None:
                requester.retry = RetryPolicy(max_retries=max_retries)
        derived._replace_requesters(requesters)
        derived._bind()
        return derived

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        data: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Any API call, with the client's auth, rate limit, retries and errors: ``path`` is
        relative to the base URL (``/users``). Auth headers cannot be overridden."""
        return await self._requester.request(
            method, path, params=params, json=json, data=data, headers=headers
        )

    @property
    def max_retries(self) -> int:
        return self._requester.retry.max_retries

    @property
    def timeout(self) -> TimeoutTypes:
        return self._requester.timeout

    @property
    def http(self) -> httpx.AsyncClient:
        return self._requester.http

    async def aclose(self) -> None:
        """Close the connections, unless the HTTP client was passed in (then its owner closes it)
        or this client came from ``with_options`` (its parent owns them)."""
        if self._owns_http:
            await self._requester.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
