"""Serving an ASGI app (the receiver) with uvicorn, with limits that keep slow or idle clients
from holding it: inside a running event loop for as long as a block runs (``async with
serving(receiver, "127.0.0.1", 8000) as url: ...``), or as a program (``run(receiver)``).

uvicorn alone closes an idle connection only after a first response, and waits for a request's
head forever; :class:`H11Protocol` also closes a connection whose request head has not arrived
``head_timeout`` seconds after it opened or after its last response. The receiver bounds the
reading of a body itself (``body_timeout``, 408). With the ``uvicorn`` command, the same limits
are ``--http aiothinkific.webhooks.serving:H11Protocol --timeout-keep-alive 5
--limit-concurrency 500 --h11-max-incomplete-event-size 16384``."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import h11
import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol as _UvicornH11

#: Seconds a connection may take to send a request's head (and stay idle before one).
HEAD_TIMEOUT = 10.0
TIMEOUT_KEEP_ALIVE = 5
#: Connections and requests at once beyond which uvicorn answers 503 (the sender retries).
LIMIT_CONCURRENCY = 500
#: The most bytes of a request head uvicorn buffers.
MAX_INCOMPLETE_EVENT_SIZE = 16 * 1024


class H11Protocol(_UvicornH11):
    """uvicorn's h11 protocol, which also closes a connection that does not send a request's
    head within ``head_timeout`` seconds (from its opening or its last response)."""

    head_timeout: float = HEAD_TIMEOUT
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        # A response is written in parts (head, then body); with Nagle's algorithm on, a kept-
        # alive connection's second part waits for the peer's delayed ACK: 40 ms a request.
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the head is in: the app reads the body
            self._disarm_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()

    def _arm_head_timer(self) -> None:
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def config(app: ASGIApp, *, head_timeout: float = HEAD_TIMEOUT, **options: Any) -> uvicorn.Config:
    """A uvicorn configuration with this module's limits; ``options`` override them."""
    protocol = type("H11Protocol", (H11Protocol,), {"head_timeout": head_timeout})
    settings: dict[str, Any] = {
        "http": protocol,
        "timeout_keep_alive": TIMEOUT_KEEP_ALIVE,
        "limit_concurrency": LIMIT_CONCURRENCY,
        "h11_max_incomplete_event_size": MAX_INCOMPLETE_EVENT_SIZE,
        "log_level": "warning",
        "lifespan": "auto",
    }
    return uvicorn.Config(app, **{**settings, **options})


def run(app: ASGIApp, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Serve ``app`` until the process is stopped, with this module's limits (a standalone
    receiver: ``run(WebhookReceiver(secret, store="events.sqlite"), "0.0.0.0", 8000)``)."""
    uvicorn.Server(config(app, host=host, port=port, **options)).run()


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the caller decides when to stop, so it can
    clean up (delete a webhook) first; uvicorn would re-raise the signal after stopping."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@contextlib.asynccontextmanager
async def serving(app: ASGIApp, host: str, port: int, **options: Any) -> AsyncIterator[str]:
    """Serve ``app`` on ``host:port`` (0: a free port; an IPv6 address such as ``::1`` too) and
    yield its URL once it accepts connections. The socket is bound here, so a port in use
    raises ``OSError`` (uvicorn itself would exit the process); leaving the block stops the
    server after in-flight requests.
    ``options`` are :func:`config`'s (``head_timeout``, uvicorn's settings)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.create_server((host, port), family=family)
    server = _Server(config(app, **options))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("the server stopped while starting")
            await asyncio.sleep(0.01)
        bound_host, bound_port = sock.getsockname()[:2]
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        yield f"http://{shown}:{bound_port}"
    finally:
        server.should_exit = True
        await task
        sock.close()
