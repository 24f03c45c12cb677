"""The one path every request takes: auth headers, the rate limiter, retries, logging, typed errors.

The generated functions call ``request(method=..., url=..., params=..., json=...)`` on what they
take for an ``httpx.AsyncClient``; ``Requester`` offers that method, so generated request building
and response parsing are used unchanged while sending goes through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from aiothinkific._clock import Clock
from aiothinkific._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    error_from_response,
)
from aiothinkific._logging import logger
from aiothinkific._ratelimit import RateLimiter
from aiothinkific._retries import RetryPolicy, server_wait

TimeoutTypes = httpx.Timeout | float | None
#: Makes the typed error of an API's error response (each vendor reads its own error bodies).
ErrorFactory = Callable[[httpx.Response, str, str], APIStatusError]

#: What a connection attempt can raise that httpx does not wrap in a ``TransportError``: a port
#: out of range is an ``OverflowError`` from ``connect()``, inside anyio's ``ExceptionGroup``.
_UNWRAPPED_CONNECT_ERRORS = (OverflowError, ExceptionGroup)


def _shown(url: str) -> str:
    """``url`` without a ``user:password@`` part, fit for an error message."""
    return _USERINFO.sub("//", url, count=1)


_USERINFO = re.compile(r"//[^/?#@]*@")


def _transport_error(error: Exception) -> httpx.TransportError:
    """``error`` as the httpx transport error it stands for; anything else is re-raised."""
    if isinstance(error, httpx.TransportError):
        return error
    leaves = error.exceptions if isinstance(error, ExceptionGroup) else (error,)
    if leaves and all(isinstance(leaf, OverflowError | OSError) for leaf in leaves):
        return httpx.ConnectError("; ".join(str(leaf) for leaf in leaves))
    raise error


class Requester:
    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str,
        auth_headers: Mapping[str, str],
        limiter: RateLimiter,
        retry: RetryPolicy,
        timeout: TimeoutTypes,
        clock: Clock,
        default_headers: Mapping[str, str] | None = None,
        error_for: ErrorFactory = error_from_response,
    ) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self._auth_headers = dict(auth_headers)
        self._default_headers = dict(default_headers or {})
        self._error_for = error_for
        self.limiter = limiter
        self.retry = retry
        self.timeout = timeout
        self._clock = clock

    def __repr__(self) -> str:
        return f"Requester(base_url={self.base_url!r}, retry={self.retry!r})"

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request (with retries); return the success response or raise a typed error.

        ``url`` is relative to the base URL (``/users``) or absolute. ``data`` is a form body,
        ``files`` a multipart one. The default headers come first, the caller's replace them,
        and auth headers are added last, so no caller-supplied header can replace those.
        """
        # Header names are case-insensitive: update() drops a caller's "x-auth-api-key" (any
        # case) before adding ours, where a dict merge would send both.
        merged = httpx.Headers(self._default_headers)
        merged.update(httpx.Headers(headers))
        merged.update(self._auth_headers)
        full_url = self.base_url + url if url.startswith("/") else url
        try:
            request = self.http.build_request(
                method.upper(),
                full_url,
                params=params or None,  # an empty dict makes httpx rebuild the URL for nothing
                json=json,
                content=content,
                data=data,
                files=files,
                headers=merged,
                timeout=self.timeout,
            )
        except httpx.InvalidURL as error:  # e.g. a base URL with an unclosed "[" or a bad port
            raise APIConnectionError(
                method.upper(), _shown(full_url), f"InvalidURL: {error}"
            ) from None
        return await self.send(request)

    async def send(self, request: httpx.Request) -> httpx.Response:
        method, url = request.method, _shown(str(request.url))
        path = request.url.raw_path.decode("ascii", "replace")
        retry = 0
        while True:
            attempt = retry + 1
            started = self._clock.monotonic()
            try:
                async with self.limiter.slot():
                    response = await self.http.send(request)
            except (httpx.TransportError, *_UNWRAPPED_CONNECT_ERRORS) as raised:
                error = _transport_error(raised)
                elapsed_ms = (self._clock.monotonic() - started) * 1000
                failure = type(error).__name__
                # A URL that cannot be sent (bad scheme, port out of range) fails the same way
                # every time: no retry.
                permanent = error is not raised or isinstance(error, httpx.UnsupportedProtocol)
                if (
                    not permanent
                    and retry < self.retry.max_retries
                    and self.retry.retries_error(method, error)
                ):
                    retry += 1
                    await self._wait(self.retry.backoff(retry), method, path, failure, attempt)
                    continue
                logger.warning(
                    "%s %s failed: %s after %.1f ms (attempt %d)",
                    method,
                    path,
                    failure,
                    elapsed_ms,
                    attempt,
                    extra={"method": method, "path": path, "attempt": attempt},
                )
                if isinstance(error, httpx.TimeoutException):
                    raise APITimeoutError(method, url) from error
                raise APIConnectionError(method, url, f"{failure}: {error}") from error

            status = response.status_code
            elapsed_ms = (self._clock.monotonic() - started) * 1000
            logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d)",
                method,
                path,
                status,
                elapsed_ms,
                attempt,
                extra={
                    "method": method,
                    "path": path,
                    "status": status,
                    "duration_ms": elapsed_ms,
                    "attempt": attempt,
                },
            )
            if status < 400:
                return response

            asked = server_wait(response.headers, self._clock.time())
            if status == 429 and asked is not None and asked <= self.retry.max_server_wait:
                # Everyone sharing this limiter waits, not just this request. (A longer wait
                # fails fast instead: better an error now than a silent stall.)
                self.limiter.pause_until(self._clock.monotonic() + asked)
            may_retry = retry < self.retry.max_retries and self.retry.retries_response(
                method, response
            )
            if may_retry and (asked is None or asked <= self.retry.max_server_wait):
                retry += 1
                delay = asked if asked is not None else self.retry.backoff(retry)
                await self._wait(delay, method, path, str(status), attempt)
                continue
            api_error = self._error_for(response, method, url)
            if isinstance(api_error, RateLimitError):
                api_error.retry_after = asked
            logger.info(
                "%s %s -> %d, giving up after attempt %d",
                method,
                path,
                status,
                attempt,
                extra={"method": method, "path": path, "status": status, "attempt": attempt},
            )
            raise api_error

    async def _wait(self, delay: float, method: str, path: str, why: str, attempt: int) -> None:
        logger.info(
            "%s %s -> %s; retrying in %.2f s (attempt %d of %d)",
            method,
            path,
            why,
            delay,
            attempt,
            self.retry.max_retries + 1,
            extra={"method": method, "path": path, "attempt": attempt, "retry_in": delay},
        )
        await self._clock.sleep(delay)
