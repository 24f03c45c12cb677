"""Error answers (Thinkific's unless a vendor restyles them), raised anywhere in a request."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

logger = logging.getLogger("aiothinkific.mock")

NOT_FOUND = "Record not found."


class ApiError(Exception):
    """An error answer: ``status`` with a JSON ``body`` (and optional extra headers)."""

    def __init__(
        self, status: int, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})


class InvalidRequest(ApiError):
    """A request the spec refuses, field by field: Thinkific's 422 ``{"errors": {...}}``; a
    vendor with another error style answers it its own way from :attr:`errors`."""

    def __init__(self, errors: Mapping[str, Sequence[str]] | Sequence[Any]) -> None:
        if isinstance(errors, Mapping):
            self.errors: dict[str, list[str]] = {f: list(m) for f, m in errors.items()}
            super().__init__(422, {"errors": self.errors})
        else:
            self.errors = {"base": [str(item) for item in errors]}
            super().__init__(422, {"errors": list(errors)})


def not_found(message: str = NOT_FOUND) -> ApiError:
    """404 ``{"error": "Record not found."}``, what Rails' ``find`` answers."""
    return ApiError(404, {"error": message})


def bad_request(message: str) -> ApiError:
    return ApiError(400, {"error": message})


def invalid(errors: Mapping[str, Sequence[str]] | Sequence[Any]) -> ApiError:
    """422 ``{"errors": {"field": ["message", ...]}}`` (or a list of messages, as some do)."""
    return InvalidRequest(errors)


def field_error(field: str, message: str) -> ApiError:
    return invalid({field: [message]})


def taken(field: str) -> ApiError:
    return field_error(field, "has already been taken")


async def client_disconnected(request: Request, exc: Exception) -> Response:
    """The client went away before its body was read (or broke its chunked framing, which the
    server answers itself before it closes the connection): no answer can reach it and nothing
    is wrong with the mock, so it is logged at debug, without a traceback. The response
    returned is never sent (the server drops what an app sends after a disconnect)."""
    logger.debug(
        "client disconnected before its body was read: %s %s", request.method, request.url.path
    )
    return Response(status_code=400)


#: The exception handlers every app of the mock registers (a mounted app too: an exception
#: leaves it through its own middleware, which would log it, before the outer app sees it).
DISCONNECT_HANDLERS: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
    ClientDisconnect: client_disconnected
}
