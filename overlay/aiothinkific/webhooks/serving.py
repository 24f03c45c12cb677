"""Serving an ASGI app (the receiver) with uvicorn inside a running event loop, for as long as a
block runs: ``async with serving(receiver, "127.0.0.1", 8000) as url: ...``."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterator

import uvicorn
from starlette.types import ASGIApp


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the caller decides when to stop, so it can
    clean up (delete a webhook) first; uvicorn would re-raise the signal after stopping."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@contextlib.asynccontextmanager
async def serving(app: ASGIApp, host: str, port: int) -> AsyncIterator[str]:
    """Serve ``app`` on ``host:port`` (0: a free port) and yield its URL once it accepts
    connections. The socket is bound here, so a port in use raises ``OSError`` (uvicorn itself
    would exit the process); leaving the block stops the server after in-flight requests."""
    sock = socket.create_server((host, port))
    server = _Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
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
