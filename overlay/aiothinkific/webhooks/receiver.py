"""The webhook receiver: an ASGI app that takes Thinkific's deliveries.

It answers on any path it is mounted at (``app.mount("/thinkific", receiver)`` in Starlette or
FastAPI) or standalone (``uvicorn.run(receiver)``). For each POST it checks, in this order: the
body fits ``max_body_bytes`` (413), ``X-Thinkific-Hmac-Sha256`` is the body's HMAC with the
secret (401), the body is a JSON envelope (400). Then it records the event id, so a redelivery
is answered without running the handlers again, and awaits the handlers of the topic. A handler
that raises leaves the event ``failed`` for :meth:`WebhookReceiver.replay_failed` (so does one cut
off by a crash, once it is old enough); the answer is still 200, because an error answer only
makes Thinkific send it again.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from aiothinkific._logging import logger
from aiothinkific.webhooks.events import (
    SIGNATURE_HEADER,
    TOPICS,
    EnvelopeError,
    WebhookEvent,
    verify,
)
from aiothinkific.webhooks.store import EventStore

EventHandler = Callable[[WebhookEvent], Awaitable[None]]
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: An event still being handled this long after it arrived was cut off by a stop or a crash.
DEFAULT_INTERRUPTED_AFTER = 600.0


class _TooLarge(Exception):
    pass


@dataclass(frozen=True)
class ReplayResult:
    replayed: int
    failed: int


class WebhookReceiver:
    """Receive, verify, dedupe and dispatch Thinkific webhooks.

    ``secret`` is the API key (private apps) or the app's client secret (public apps); it never
    appears in a repr, a log line or an answer. ``store`` is an :class:`EventStore` or a SQLite
    path (``":memory:"`` by default; give a file to keep dedupe across restarts).
    """

    def __init__(
        self,
        secret: str,
        *,
        store: EventStore | str = ":memory:",
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        if not secret:
            raise ValueError("a webhook secret is required (the API key or client secret)")
        self._secret = secret
        self.store = store if isinstance(store, EventStore) else EventStore(store)
        self.max_body_bytes = max_body_bytes
        self._handlers: defaultdict[str, list[EventHandler]] = defaultdict(list)

    def __repr__(self) -> str:
        return f"WebhookReceiver(topics={sorted(self.topics)!r})"

    @property
    def topics(self) -> set[str]:
        return {topic for topic, handlers in self._handlers.items() if handlers}

    def on(self, topic: str, handler: EventHandler) -> EventHandler:
        """Run ``handler`` for each new event of ``topic`` (``order.created``...)."""
        self._handlers[topic].append(handler)
        return handler

    def handles(self, topic: str) -> Callable[[EventHandler], EventHandler]:
        """The decorator form of :meth:`on`: ``@receiver.handles("user.signup")``."""
        return lambda handler: self.on(topic, handler)

    def off(self, topic: str, handler: EventHandler) -> None:
        """Unregister ``handler`` (no error if it was not registered)."""
        if handler in self._handlers.get(topic, []):
            self._handlers[topic].remove(handler)

    # -- ASGI ---------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        response = await self._answer(Request(scope, receive))
        await response(scope, receive, send)

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _answer(self, request: Request) -> Response:
        if request.method != "POST":
            return _status(405, "only POST is accepted", headers={"Allow": "POST"})
        declared = request.headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > self.max_body_bytes:
            return _status(413, "body too large")
        try:
            body = await self._read(request)
        except _TooLarge:
            return _status(413, "body too large")
        except ClientDisconnect:
            return _status(400, "client disconnected")
        if not verify(self._secret, body, request.headers.get(SIGNATURE_HEADER)):
            logger.warning("webhook refused: missing or invalid %s", SIGNATURE_HEADER)
            return _status(401, "missing or invalid signature")
        try:
            event = WebhookEvent.parse(json.loads(body))
        except (ValueError, RecursionError) as error:  # JSON errors, EnvelopeError, bad UTF-8
            reason = str(error) if isinstance(error, EnvelopeError) else "malformed JSON"
            return _status(400, reason)
        return await self._dispatch(event, body)

    async def _read(self, request: Request) -> bytes:
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _TooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    async def _dispatch(self, event: WebhookEvent, body: bytes) -> Response:
        handlers = list(self._handlers.get(event.topic, ()))
        if not handlers:
            known = "no handler for" if event.topic in TOPICS else "unknown topic"
            logger.info("webhook %s ignored: %s %s", event.id, known, event.topic)
            return _status(200, "ignored")
        if not self.store.claim(event.id, event.topic, body):
            logger.info("webhook %s (%s) is a redelivery: not handled again", event.id, event.topic)
            return _status(200, "duplicate")
        await self._run(event, handlers)
        return _status(200, "ok")

    async def _run(self, event: WebhookEvent, handlers: list[EventHandler]) -> bool:
        """Run every handler; record the event done, or failed (naming the error type)."""
        for handler in handlers:
            try:
                await handler(event)
            except Exception as error:
                logger.exception("webhook %s (%s): handler failed", event.id, event.topic)
                self.store.finish(event.id, error=type(error).__name__)
                return False
        self.store.finish(event.id)
        return True

    async def replay_failed(
        self, *, interrupted_after: float | None = DEFAULT_INTERRUPTED_AFTER
    ) -> ReplayResult:
        """Run the handlers again for every event recorded as failed, and for every event still
        being handled ``interrupted_after`` seconds after it arrived (the process stopped in the
        middle of its handler; ``None``: leave those alone). An event whose topic has no handler
        now is left as it is, for a receiver that has one."""
        stored = self.store.with_status("failed")
        if interrupted_after is not None:
            cutoff = time.time() - interrupted_after
            stored += self.store.with_status("handling", received_before=cutoff)
        replayed = failed = 0
        for event in (WebhookEvent.parse(json.loads(record.body)) for record in stored):
            handlers = list(self._handlers.get(event.topic, ()))
            if handlers:
                ok = await self._run(event, handlers)
                replayed += ok
                failed += not ok
        return ReplayResult(replayed, failed)


def _status(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"status": message}, status, headers=headers)
