"""What stands between a request and the routes: authentication, Thinkific's rate limit, and
injected faults. Plain ASGI classes (not ``BaseHTTPMiddleware``): they are on every request's
path, and a dropped connection needs control of the raw ``send``.

Order, outermost first: :class:`Authenticator` (401), :class:`RateLimitEmulator` (429, counted per
credential), :class:`FaultInjector` (latency, 500/503, dropped connections).
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict, deque
from collections.abc import Mapping
from hmac import compare_digest

import anyio
import httpx
from starlette.middleware import Middleware
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from aiothinkific.mock.settings import MockSettings

#: Served without credentials, limits or faults.
OPEN_PATHS = frozenset({"/openapi.json"})
WINDOW_SECONDS = 60.0


def _guarded(scope: Scope) -> bool:
    return scope["type"] == "http" and scope["path"] not in OPEN_PATHS


def credential_of(scope: Scope) -> str:
    """The secret the request authenticated with (set by :class:`Authenticator`)."""
    state = scope.get("state") or {}
    credential: str = state.get("credential", "")
    return credential


#: The headers credentials come in.
CREDENTIAL_HEADERS = frozenset({b"authorization", b"x-auth-api-key", b"x-auth-subdomain"})


def header_map(scope: Scope) -> dict[str, str]:
    """The request's credential headers by (lowercase) name, each name's first value: what
    Starlette's ``Headers.get`` finds, in one pass instead of a scan per lookup."""
    return {
        name.decode("latin-1"): value.decode("latin-1")
        for name, value in reversed(scope["headers"])
        if name in CREDENTIAL_HEADERS
    }


def _same(given: str | None, expected: str | None) -> bool:
    if given is None or expected is None:
        return False
    return compare_digest(given.encode(), expected.encode())


class Authenticator:
    """401 ``{"error": ...}`` unless the request carries the site's ``X-Auth-API-Key`` and
    ``X-Auth-Subdomain``, or its ``Authorization: Bearer`` token."""

    def __init__(self, app: ASGIApp, settings: MockSettings) -> None:
        self.app = app
        self.settings = settings

    def authenticate(self, headers: Mapping[str, str], path: str = "") -> tuple[str | None, str]:
        """The credential used, or ``None`` and why not."""
        authorization = headers.get("authorization")
        if authorization is not None:
            scheme, _, token = authorization.strip().partition(" ")
            if scheme.lower() == "bearer" and _same(token.strip(), self.settings.access_token):
                return token.strip(), ""
            # The Webhooks API (v2) takes a private app's API key as the bearer token.
            webhooks = path.startswith(self.settings.webhooks_base_path + "/")
            bearer = scheme.lower() == "bearer"
            if webhooks and bearer and _same(token.strip(), self.settings.api_key):
                return token.strip(), ""
        key, subdomain = headers.get("x-auth-api-key"), headers.get("x-auth-subdomain")
        if _same(key, self.settings.api_key) and _same(subdomain, self.settings.subdomain):
            return key, ""
        if authorization is None and key is None and subdomain is None:
            return None, (
                "Missing credentials: send X-Auth-API-Key and X-Auth-Subdomain, "
                "or Authorization: Bearer <access token>"
            )
        return None, "Invalid API key, subdomain or access token"

    def refusal(self, reason: str) -> dict[str, str]:
        """The 401's body."""
        return {"error": reason}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _guarded(scope):
            await self.app(scope, receive, send)
            return
        credential, reason = self.authenticate(header_map(scope), scope["path"])
        if credential is None:
            await JSONResponse(self.refusal(reason), 401)(scope, receive, send)
            return
        scope.setdefault("state", {})["credential"] = credential
        await self.app(scope, receive, send)


class RateLimitEmulator:
    """The server's side of Thinkific's rate limit (the client paces itself with
    :class:`aiothinkific._ratelimit.RateLimiter`). Per credential: ``requests_per_minute`` in
    any 60 s (a sliding window) and ``max_in_flight`` at once. Over either, 429 with
    ``RateLimit-Reset`` (epoch seconds when a request will pass) and ``Retry-After`` (seconds).
    Refused requests do not count."""

    def __init__(self, app: ASGIApp, settings: MockSettings) -> None:
        self.app = app
        self.per_minute = settings.requests_per_minute
        self.max_in_flight = settings.max_in_flight
        self.clock = settings.clock
        self.recent: defaultdict[str, deque[float]] = defaultdict(deque)
        self.in_flight: Counter[str] = Counter()

    def refusal(self, key: str, now: float) -> float | None:
        """When the request may be sent again, or ``None`` if it may go now."""
        if self.per_minute is not None:
            recent = self.recent[key]
            while recent and recent[0] <= now - WINDOW_SECONDS:
                recent.popleft()
            if len(recent) >= self.per_minute:
                return recent[-self.per_minute] + WINDOW_SECONDS
        if self.max_in_flight is not None and self.in_flight[key] >= self.max_in_flight:
            return now + 1.0
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _guarded(scope) or (self.per_minute is None and self.max_in_flight is None):
            await self.app(scope, receive, send)
            return
        key, now = credential_of(scope), self.clock()
        reset = self.refusal(key, now)
        if reset is not None:
            headers = {
                "RateLimit-Reset": str(math.ceil(reset)),
                "Retry-After": str(max(1, math.ceil(reset - now))),
            }
            body = {"error": "Too many requests: rate limit exceeded"}
            await JSONResponse(body, 429, headers=headers)(scope, receive, send)
            return
        if self.per_minute is not None:
            self.recent[key].append(now)
        self.in_flight[key] += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight[key] -= 1


def site_middleware(
    settings: MockSettings, authenticator: type[Authenticator] = Authenticator
) -> list[Middleware]:
    """What stands before a mock site's routes, outermost first: ``authenticator`` (the
    vendor's credentials), then the rate limit emulation and the injected faults where the
    settings ask for them (they are fixed for the site's life)."""
    layers = [Middleware(authenticator, settings=settings)]
    if settings.requests_per_minute is not None or settings.max_in_flight is not None:
        layers.append(Middleware(RateLimitEmulator, settings=settings))
    if settings.latency or settings.error_rate or settings.drop_rate:
        layers.append(Middleware(FaultInjector, settings=settings))
    return layers


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised mid-response to drop the connection.

    Under a real server (uvicorn) the connection is closed and the client sees its own protocol
    error. In process (``httpx.ASGITransport``) this exception reaches the client as it is, so it
    is an ``httpx.TransportError``: the client handles it like a peer that hung up.
    """


class FaultInjector:
    """Before the request reaches its handler: wait ``latency`` seconds, then, drawn from an RNG
    seeded with the site's seed, drop the connection (``drop_rate``) or answer 500/503
    (``error_rate``). Nothing is written when a fault is injected."""

    def __init__(self, app: ASGIApp, settings: MockSettings) -> None:
        self.app = app
        self.latency = settings.latency
        self.error_rate = settings.error_rate
        self.drop_rate = settings.drop_rate
        self.rng = random.Random(f"faults:{settings.seed}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _guarded(scope):
            await self.app(scope, receive, send)
            return
        if self.latency:
            await anyio.sleep(self.latency)
        if self.error_rate or self.drop_rate:
            roll = self.rng.random()
            if roll < self.drop_rate:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", b"4096"),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": b'{"items":[', "more_body": True})
                raise DroppedConnection("connection dropped by the mock server (fault injection)")
            if roll < self.drop_rate + self.error_rate:
                status = self.rng.choice((500, 503))
                message = "Internal Server Error" if status == 500 else "Service Unavailable"
                await JSONResponse({"error": message}, status)(scope, receive, send)
                return
        await self.app(scope, receive, send)
