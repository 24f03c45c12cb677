"""The webhook receiver: an ASGI app that takes Thinkific's deliveries.

It answers on any path it is mounted at (``Starlette(routes=receiver.routes("/thinkific"))``,
which takes POSTs with and without the trailing slash) or standalone (``uvicorn module:receiver``,
or :func:`aiothinkific.webhooks.serving.run` with server limits). For each POST it checks, in this
order: the body fits ``max_body_bytes`` (413) and arrives within ``body_timeout`` (408),
``X-Thinkific-Hmac-Sha256`` is the body's HMAC with the secret (401), the body is a JSON envelope
with an id, a resource and an action (400). Then it records the event, so a redelivery is answered
without running the handlers again, and awaits the handlers of the topic. A handler that raises
leaves the event ``failed`` for :meth:`WebhookReceiver.replay_failed`; the answer is still 200,
because an error answer only makes Thinkific send it again.

While its handlers run, an event holds a lease (this receiver, renewed every third of
``lease_seconds``). An event a crash cut off (its lease expired, or its owner's process is gone)
is run again when it is redelivered, and by :meth:`WebhookReceiver.recover`, which the receiver
runs itself on start-up (the ASGI lifespan, or its first request without one) and every
``lease_seconds`` while it serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from aiothinkific._logging import logger
from aiothinkific.webhooks.events import (
    SIGNATURE_HEADER,
    TOPICS,
    EnvelopeError,
    WebhookEvent,
    loads,
    verify,
)
from aiothinkific.webhooks.store import EventStore, StoredEvent, new_owner

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

EventHandler = Callable[[WebhookEvent], Awaitable[None]]
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: A record from before leases, still being handled this long after it arrived, was cut off.
DEFAULT_INTERRUPTED_AFTER = 600.0
DEFAULT_LEASE_SECONDS = 30.0
DEFAULT_BODY_TIMEOUT = 10.0
#: How many attempts :meth:`WebhookReceiver.recover` gives a failed event (replay_failed: any).
DEFAULT_MAX_ATTEMPTS = 3
_RECOVER_CONCURRENCY = 8


@dataclass(frozen=True)
class ReplayResult:
    replayed: int
    failed: int


class WebhookReceiver:
    """Receive, verify, dedupe and dispatch Thinkific webhooks.

    ``secret`` is the API key (private apps) or the app's client secret (public apps); it never
    appears in a repr, a log line or an answer. ``store`` is an :class:`EventStore` or a SQLite
    path (``":memory:"`` by default; give a file to keep dedupe and recovery across restarts).
    ``body_timeout`` bounds the reading of a body (408 after it); ``lease_seconds`` is how long
    an event's handling is held without renewal before another may take it over;
    ``max_attempts`` caps the runs :meth:`recover` gives a failed event.
    """

    def __init__(
        self,
        secret: str,
        *,
        store: EventStore | str = ":memory:",
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    ) -> None:
        if not secret:
            raise ValueError("a webhook secret is required (the API key or client secret)")
        if lease_seconds <= 0 or body_timeout <= 0:
            raise ValueError("lease_seconds and body_timeout must be positive")
        self._secret = secret
        self.store = store if isinstance(store, EventStore) else EventStore(store)
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self.lease_seconds = lease_seconds
        self.max_attempts = max_attempts
        #: This receiver's lease owner (host, process, random).
        self.owner = new_owner()
        self._handlers: defaultdict[str, list[EventHandler]] = defaultdict(list)
        self._background: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None

    def __repr__(self) -> str:
        return f"WebhookReceiver(topics={sorted(self.topics)!r})"

    @property
    def topics(self) -> set[str]:
        return {topic for topic, handlers in self._handlers.items() if handlers}

    def on(self, topic: str, handler: EventHandler) -> EventHandler:
        """Run ``handler`` for each new event of ``topic`` (``order.created``...). Events of
        ``topic`` a crash cut off are recovered soon after (when the receiver is serving)."""
        self._handlers[topic].append(handler)
        if self._wake is not None:
            self._wake.set()
        return handler

    def handles(self, topic: str) -> Callable[[EventHandler], EventHandler]:
        """The decorator form of :meth:`on`: ``@receiver.handles("user.signup")``."""
        return lambda handler: self.on(topic, handler)

    def off(self, topic: str, handler: EventHandler) -> None:
        """Unregister ``handler`` (no error if it was not registered)."""
        if handler in self._handlers.get(topic, []):
            self._handlers[topic].remove(handler)

    def routes(self, path: str) -> list[BaseRoute]:
        """Starlette routes serving the receiver at ``path`` and below, with and without the
        trailing slash: ``Starlette(routes=receiver.routes("/thinkific"))``. (A bare
        ``Mount("/thinkific", ...)`` answers a POST to ``/thinkific`` with a 307 redirect to
        ``/thinkific/``, which webhook senders do not follow.)"""
        from starlette.routing import Mount, Route

        path = "/" + path.strip("/")
        return [Route(path, endpoint=self), Mount(path, app=self)]

    # -- ASGI ---------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self._start_background()  # without a lifespan: on first use
        response = await self._answer(Request(scope, receive))
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._start_background()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.stop_background()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _start_background(self) -> None:
        loop = asyncio.get_running_loop()
        task = self._background
        if task is not None and not task.done() and task.get_loop() is loop:
            return
        self._wake = asyncio.Event()
        self._background = loop.create_task(self._recover_forever(self._wake))

    async def stop_background(self) -> None:
        """Stop the recovery that runs while the receiver serves (the lifespan's shutdown does)."""
        task, self._background = self._background, None
        if task is not None and task.get_loop() is asyncio.get_running_loop():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _recover_forever(self, wake: asyncio.Event) -> None:
        # On start-up and when a handler is registered (modules watch registers its own after
        # the server starts): interrupted and failed events; every lease_seconds: interrupted.
        failed = True
        while True:
            try:
                await self.recover(failed=failed)
            except Exception:
                logger.exception("webhook recovery failed; trying again later")
            wake.clear()
            try:
                await asyncio.wait_for(wake.wait(), self.lease_seconds)
                failed = True
            except TimeoutError:
                failed = False

    async def _answer(self, request: Request) -> Response:
        if request.method != "POST":
            return _status(405, "only POST is accepted", headers={"Allow": "POST"})
        body = await read_body(request, self.max_body_bytes, self.body_timeout)
        if isinstance(body, Response):
            return body
        if not verify(self._secret, body, request.headers.get(SIGNATURE_HEADER)):
            logger.warning("webhook refused: missing or invalid %s", SIGNATURE_HEADER)
            return _status(401, "missing or invalid signature")
        try:
            event = WebhookEvent.parse(loads(body))
        except EnvelopeError as error:
            return _status(400, str(error))
        except RecursionError:
            return _status(400, "JSON nested too deeply")
        except ValueError:  # JSON syntax, bad UTF-8
            return _status(400, "malformed JSON")
        try:
            return await self._dispatch(event, body)
        except sqlite3.Error as error:  # locked by another process too long, disk full...
            logger.error("webhook %s not recorded: %s", _shown(event.id), error)
            return _status(503, "the event store is unavailable; send it again later")

    async def _dispatch(self, event: WebhookEvent, body: bytes) -> Response:
        handlers = list(self._handlers.get(event.topic, ()))
        if not handlers:
            known = "no handler for" if event.topic in TOPICS else "unknown topic"
            logger.info("webhook %s ignored: %s %s", _shown(event.id), known, _shown(event.topic))
            return _status(200, "ignored")
        if event.typing_errors:
            logger.warning("webhook %s (%s): fields not typed: %s", _shown(event.id), event.topic,
                           "; ".join(event.typing_errors))  # fmt: skip
        note = "; ".join(event.typing_errors) or None
        claimed = self.store.claim(
            event.id, event.topic, body, owner=self.owner, lease=self.lease_seconds, note=note
        )
        if not claimed:
            logger.info(
                "webhook %s (%s) is a redelivery: not handled again", _shown(event.id), event.topic
            )
            return _status(200, "duplicate")
        await self._run(event, handlers)
        return _status(200, "ok")

    async def _run(self, event: WebhookEvent, handlers: list[EventHandler]) -> bool:
        """Run every handler under a renewed lease; record the event done, or failed (naming
        the error type). Cancelled, it gives the lease up, so the event is recovered at once."""
        renewing = asyncio.create_task(self._renew(event.id))
        try:
            for handler in handlers:
                try:
                    await handler(event)
                except Exception as error:
                    logger.exception(
                        "webhook %s (%s): handler failed", _shown(event.id), event.topic
                    )
                    self._finish(event, type(error).__name__)
                    return False
        except BaseException:
            self.store.release(event.id, self.owner)
            raise
        finally:
            renewing.cancel()
        self._finish(event, None)
        return True

    def _finish(self, event: WebhookEvent, error: str | None) -> None:
        if not self.store.finish(event.id, error, owner=self.owner):
            logger.warning(
                "webhook %s (%s): its lease expired and another receiver took it over while it "
                "was handled here", _shown(event.id), event.topic,
            )  # fmt: skip

    async def _renew(self, event_id: str) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            if not self.store.renew(event_id, self.owner, self.lease_seconds):
                return

    async def recover(self, *, failed: bool = True) -> ReplayResult:
        """Run the events a crash or a stop cut off (being handled under a lease that expired, or
        by a receiver whose process is gone), and, when ``failed``, those another receiver (a
        previous process) recorded as failed fewer than ``max_attempts`` times. Each is taken
        once (no two receivers run it); an event whose topic has no handler here is left alone.
        The receiver calls this itself."""
        stored = self.store.with_status("handling")
        if failed:
            stored += [
                record
                for record in self.store.with_status("failed")
                if record.attempts < self.max_attempts and record.owner != self.owner
            ]
        return await self._rerun(stored, failed=failed, interrupted_before=None)

    async def replay_failed(
        self, *, interrupted_after: float | None = DEFAULT_INTERRUPTED_AFTER
    ) -> ReplayResult:
        """Run the handlers again for every event recorded as failed, and (unless
        ``interrupted_after`` is ``None``) every event a crash or a stop cut off: its lease
        expired or its owner's process is gone (or, recorded before leases, it arrived more than
        ``interrupted_after`` seconds ago). An event whose topic has no handler now is left as it
        is, for a receiver that has one."""
        stored = self.store.with_status("failed")
        cutoff = None
        if interrupted_after is not None:
            cutoff = time.time() - interrupted_after
            stored += self.store.with_status("handling")
        return await self._rerun(stored, failed=True, interrupted_before=cutoff,
                                 interrupted=interrupted_after is not None)  # fmt: skip

    async def _rerun(
        self, stored: Iterable[StoredEvent], *, failed: bool, interrupted_before: float | None,
        interrupted: bool = True,
    ) -> ReplayResult:  # fmt: skip
        results: list[bool] = []
        limit = asyncio.Semaphore(_RECOVER_CONCURRENCY)

        async def rerun(record: StoredEvent) -> None:
            if record.status == "handling" and not interrupted:
                return
            try:
                event = WebhookEvent.parse(loads(record.body))
            except (ValueError, RecursionError):  # stored by a version that took it
                return
            handlers = list(self._handlers.get(event.topic, ()))
            async with limit:
                if handlers and self.store.reclaim(
                    record.id, owner=self.owner, lease=self.lease_seconds,
                    failed=failed and record.status == "failed",
                    interrupted_before=interrupted_before,
                ):  # fmt: skip
                    results.append(await self._run(event, handlers))

        await asyncio.gather(*(rerun(record) for record in stored))
        return ReplayResult(sum(results), len(results) - sum(results))


async def read_body(request: Request, max_bytes: int, timeout: float) -> bytes | Response:
    """The request's body, or the answer refusing it: 413 over ``max_bytes`` (by its declared
    length before reading), 408 when it has not arrived in ``timeout`` seconds, 400 when the
    client went away."""
    declared = request.headers.get("content-length", "").lstrip("0")
    # Compared by length first: int() refuses a string of more than 4,300 digits.
    if (
        declared.isascii()
        and declared.isdigit()
        and (len(declared) > len(str(max_bytes)) or int(declared) > max_bytes)
    ):
        return _status(413, "body too large", close=True)
    chunks, size = [], 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > max_bytes:
                    return _status(413, "body too large", close=True)
                chunks.append(chunk)
    except TimeoutError:
        logger.warning("request refused: the body did not arrive in %ss", timeout)
        return _status(408, "the body did not arrive in time", close=True)
    except ClientDisconnect:
        return _status(400, "client disconnected", close=True)
    return b"".join(chunks)


def _shown(text: str) -> str:
    """``text`` for a log line: a lone surrogate (``"\\ud800"``) escaped, not a logging error."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _status(
    status: int, message: str, headers: dict[str, str] | None = None, close: bool = False
) -> Response:
    """A JSON answer; ``close``: the body was not read to its end, so the connection closes."""
    if close:
        headers = {**(headers or {}), "Connection": "close"}
    return JSONResponse({"status": message}, status, headers=headers)
