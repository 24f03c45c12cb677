"""Serving an ASGI app (the receiver, the mocks) with uvicorn, with limits that keep slow or idle
clients from holding it: inside a running event loop for as long as a block runs (``async with
serving(receiver, "127.0.0.1", 8000) as url: ...``), or as a program (``run(receiver)``).

The protocol is uvicorn's httptools one (llhttp, in C: far less CPU per request than the
pure-Python h11). uvicorn alone closes an idle connection only after a first response, waits
for a request's head forever, and buffers a head of any size; :class:`HttpToolsProtocol` also
closes a connection whose request head has not arrived ``head_timeout`` seconds after it opened
or after its last response, and answers 431 to a head beyond ``max_head_bytes``. The receiver
bounds the reading of a body itself (``body_timeout``, 408). With the ``uvicorn`` command, the
same limits are ``--http aiothinkific.webhooks.serving:HttpToolsProtocol --timeout-keep-alive 5
--limit-concurrency 500``."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _UvicornHttpTools

#: Seconds a connection may take to send a request's head (and stay idle before one).
HEAD_TIMEOUT = 10.0
TIMEOUT_KEEP_ALIVE = 5
#: Connections and requests at once beyond which uvicorn answers 503 (the sender retries).
LIMIT_CONCURRENCY = 500
#: The most bytes of an unfinished request head buffered before a 431.
MAX_HEAD_BYTES = 16 * 1024


class HttpToolsProtocol(_UvicornHttpTools):
    """uvicorn's httptools protocol, which also closes a connection that does not send a
    request's head within ``head_timeout`` seconds (from its opening or its last response) and
    answers 431 to a head longer than ``max_head_bytes``."""

    head_timeout: float = HEAD_TIMEOUT
    max_head_bytes: int = MAX_HEAD_BYTES
    _head_timer: asyncio.TimerHandle | None = None
    _awaiting_head = False  # between a connection's opening or a response, and the next head
    _head_bytes = 0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        # A response is written in parts (head, then body); with Nagle's algorithm on, a kept-
        # alive connection's second part waits for the peer's delayed ACK: 40 ms a request.
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
        self._await_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._awaiting_head:
            return
        self._head_bytes += len(data)
        if self._head_bytes > self.max_head_bytes and not self.transport.is_closing():
            self._disarm_head_timer()
            self._refuse_head()

    def on_headers_complete(self) -> None:
        self._awaiting_head = False
        self._disarm_head_timer()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        pipelined = bool(self.pipeline)  # the next request's head is in already
        super().on_response_complete()
        if not pipelined and not self.transport.is_closing():
            self._await_head()

    def _await_head(self) -> None:
        self._awaiting_head, self._head_bytes = True, 0
        self._disarm_head_timer()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._awaiting_head and not self.transport.is_closing():
            self.transport.close()

    def _refuse_head(self) -> None:
        message = f"Request head longer than {self.max_head_bytes} bytes".encode()
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
            b"content-type: text/plain; charset=utf-8\r\n"
            + b"content-length: %d\r\nconnection: close\r\n\r\n" % len(message)
            + message
        )
        self.transport.close()


def config(
    app: ASGIApp,
    *,
    head_timeout: float = HEAD_TIMEOUT,
    max_head_bytes: int = MAX_HEAD_BYTES,
    **options: Any,
) -> uvicorn.Config:
    """A uvicorn configuration with this module's limits; ``options`` override them."""
    limits = {"head_timeout": head_timeout, "max_head_bytes": max_head_bytes}
    settings: dict[str, Any] = {
        "http": type("HttpToolsProtocol", (HttpToolsProtocol,), limits),
        "timeout_keep_alive": TIMEOUT_KEEP_ALIVE,
        "limit_concurrency": LIMIT_CONCURRENCY,
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
