"""The spec-driven core of a mock: one route per operation of the spec it is given.

Each request is validated against that spec (:mod:`~aiothinkific.mock.validation`), its handler
runs inside a transaction, and the answer carries the status the spec documents; events the
handler emits are published once the transaction has committed. An operation without a handler
gets generic behaviour (:mod:`~aiothinkific.mock.generic`), so any spec is served whole.

:func:`create_spec_app` is the core alone, for any spec. Thinkific's mock site
(:func:`~aiothinkific.mock.app.create_app`) is the core configured with Thinkific's handlers,
seed, middleware, Webhooks API and control routes.
"""

from __future__ import annotations

import dataclasses
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import Receive, Scope, Send

from aiothinkific.mock.engine import Call, Handler
from aiothinkific.mock.errors import DISCONNECT_HANDLERS, ApiError
from aiothinkific.mock.generic import GenericBehaviour
from aiothinkific.mock.jsoncodec import FastJSONResponse
from aiothinkific.mock.middleware import credential_of
from aiothinkific.mock.registry import Coverage, coverage
from aiothinkific.mock.routing import SegmentIndexedRouter
from aiothinkific.mock.settings import MAX_BODY_BYTES
from aiothinkific.mock.store import Doc, Store
from aiothinkific.mock.validation import RequestValidator, digits_value, validators
from aiothinkific.mock.webhooks import collect_events
from aiothinkific.specs import Operation, Spec

#: The mock's logger: which operations run on generic behaviour, stale handlers.
logger = logging.getLogger("aiothinkific.mock")


def error_response(error: ApiError) -> Response:
    return FastJSONResponse(error.body, error.status, headers=error.headers)


def thinkific_errors(error: ApiError) -> ApiError:
    """The error answers as raised: Thinkific's style (422 ``{"errors": {...}}`` and so on)."""
    return error


@dataclass
class SpecServer:
    """The operations of ``spec`` served under ``base_path`` from ``store``: each by its entry in
    ``handlers`` (operation id -> handler), or by generic behaviour where it has none. Handlers of
    operations the spec does not have are ignored (``coverage.stale``)."""

    spec: Spec
    store: Store
    handlers: Mapping[str, Handler]
    base_path: str = ""
    seed: int = 0
    clock: Callable[[], float] = time.time
    max_body_bytes: int = MAX_BODY_BYTES
    #: Where the events a request emitted go once it has committed (webhook deliveries).
    publish: Callable[[list[Doc]], None] = lambda events: None
    #: The vendor's error style: what each error raised is answered as.
    error_style: Callable[[ApiError], ApiError] = thinkific_errors
    #: Per operation id, body fields the vendor also takes under another name (alias -> name).
    body_aliases: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    rng: random.Random = field(init=False)
    validators: Mapping[str, RequestValidator] = field(init=False)
    coverage: Coverage = field(init=False)
    #: What serves each operation: its handler, or its generic behaviour.
    served_by: Mapping[str, Handler] = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"data:{self.seed}")
        self.validators = validators(self.spec)
        self.coverage = coverage(self.spec, self.handlers)
        generic = GenericBehaviour(
            self.spec,
            generic=frozenset(self.coverage.generic),
            seed=self.seed,
            read_record=self.read_record,
        )
        self.served_by = {
            op.operation_id: self.coverage.handled.get(op.operation_id) or generic.handler(op)
            for op in self.spec.operations
        }
        if self.coverage.generic:
            logger.info(
                "%d operations run on generic behaviour (no handler): %s",
                len(self.coverage.generic),
                ", ".join(self.coverage.generic),
            )
        if self.coverage.stale:
            logger.warning(
                "handlers for operations the spec does not have, ignored: %s",
                ", ".join(self.coverage.stale),
            )

    def read_record(self, call: Call, operation: Operation) -> Any:
        """What ``operation`` (the ``GET`` of a record whose path is a prefix of the call's)
        answers for the call's path values: the record, or the 404 it raises."""
        names = operation.template.params
        values = [call.path[name] for name in call.operation.template.params][: len(names)]
        validator = self.validators[operation.operation_id]
        path = validator.path({n: str(v) for n, v in zip(names, values, strict=True)})
        try:
            query = validator.query({})
        except ApiError:  # a required query parameter: read the record without it
            query = {}
        inner = dataclasses.replace(call, operation=operation, path=path, query=query, body=None)
        try:
            return self.served_by[operation.operation_id](inner)
        except ApiError as error:
            if error.status == 404:
                raise
            return None

    def routes(self) -> list[Route]:
        """One route per operation, literal path segments tried before parameters."""
        ordered = sorted(self.spec.operations, key=lambda op: op.template.order_key)
        return [self.endpoint(op) for op in ordered]

    async def read_body(self, request: Request) -> bytes:
        """The request body, or 413 once it is larger than the limit."""
        limit = self.max_body_bytes
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ApiError(413, {"error": f"Request body is larger than {limit} bytes"})
            chunks.append(chunk)
        return b"".join(chunks)

    def declared_too_large(self, request: Request) -> bool:
        declared = digits_value(request.headers.get("content-length"))
        return declared is not None and declared > self.max_body_bytes

    def endpoint(self, operation: Operation) -> Route:
        validator = self.validators[operation.operation_id]
        handler = self.served_by[operation.operation_id]
        status = operation.success_status
        documents_body = operation.responses[status] is not None
        write = operation.method != "GET"
        aliases = self.body_aliases.get(operation.operation_id)

        async def handle(request: Request) -> Response:
            try:
                path = validator.path(request.path_params)
                raw = b""
                if validator.body_validator is not None:  # (a body elsewhere is not read)
                    if self.declared_too_large(request):
                        raise ApiError(413, {"error": "Request body is too large"})
                    raw = await self.read_body(request)
                query = validator.query(query_values(request.scope["query_string"]))
                body = None
                if validator.body_validator is not None:
                    body = validator.body(raw, request.headers.get("content-type"), aliases)
                call = Call(
                    spec=self.spec,
                    operation=operation,
                    path=path,
                    query=query,
                    body=body,
                    headers=request.headers,
                    credential=credential_of(request.scope),
                    store=self.store,
                    clock=self.clock,
                    rng=self.rng,
                )
                with collect_events() as events, self.store.transaction(write=write):
                    result = handler(call)
            except ApiError as error:
                return error_response(self.error_style(error))
            self.publish(events)
            if not documents_body:
                return Response(status_code=status)
            return FastJSONResponse(result, status)

        return Route(
            self.base_path + operation.path,
            PlainEndpoint(handle),
            methods=[operation.method],
            name=operation.operation_id,
        )

    async def openapi(self, request: Request) -> Response:
        """The spec served, its server pointing at this mock."""
        server = str(request.base_url).rstrip("/") + self.base_path
        return Response(self.spec.served(server), media_type="application/json")


def query_values(query_string: bytes) -> dict[str, str]:
    """The query's values by name (a repeated name's last), as ``dict(request.query_params)``
    gives them; plain ``name=value`` pairs are split without the parser, which only matters
    for escapes (``%``, ``+``)."""
    text = query_string.decode("latin-1")
    if "%" in text or "+" in text:
        return dict(parse_qsl(text, keep_blank_values=True))
    return dict(pair.partition("=")[::2] for pair in text.split("&") if pair)


class PlainEndpoint:
    """An endpoint (``Request`` -> ``Response``) as a bare ASGI app. Starlette would wrap a
    function endpoint in a second exception layer of its own on every request; the app's
    ``ExceptionMiddleware`` already handles what escapes, with the same handlers."""

    def __init__(self, handle: Callable[[Request], Awaitable[Response]]) -> None:
        self.handle = handle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)


async def http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 (no route) and 405 (no such method), as JSON. A 405 lists every
    method the path has (Starlette names only those of the first route matching it)."""
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        allowed = {
            method
            for route in request.app.router.routes
            if isinstance(route, Route) and route.matches(request.scope)[0] is Match.PARTIAL
            for method in route.methods or ()
        }
        headers["Allow"] = ", ".join(sorted(allowed))
    return JSONResponse({"error": exc.detail}, exc.status_code, headers=headers)


async def server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": "Internal Server Error"}, 500)


def spec_app(
    server: SpecServer,
    *,
    routes: Sequence[BaseRoute] = (),
    middleware: Sequence[Middleware] = (),
) -> Starlette:
    """An ASGI app of ``server``'s operations, its spec at ``/openapi.json``, then ``routes``;
    JSON answers to unknown paths (404), methods (405) and failures (500). ``app.state`` holds
    the spec, the store, and the operations on generic behaviour and the stale handlers."""
    app = Starlette(
        routes=[Route("/openapi.json", server.openapi, methods=["GET"]), *server.routes(), *routes],
        middleware=list(middleware),
        exception_handlers={
            HTTPException: http_error,
            **DISCONNECT_HANDLERS,
            Exception: server_error,
        },
    )
    # "/users/" is not "/users": a 404 JSON answer, not a redirect a client would not expect.
    # The router tries only the routes with as many segments as the request's path.
    app.router = SegmentIndexedRouter(routes=app.router.routes, redirect_slashes=False)
    # Every request commits, so nothing needs closing at shutdown; and an app may be started
    # more than once (a test client per test), so shutdown must not close the store.
    app.state.spec = server.spec
    app.state.store = server.store
    app.state.generic_operations = server.coverage.generic
    app.state.stale_handlers = server.coverage.stale
    return app


def create_spec_app(
    spec: Spec,
    *,
    handlers: Mapping[str, Handler] | None = None,
    base_path: str | None = None,
    seed: int = 0,
    database: str = ":memory:",
    clock: Callable[[], float] = time.time,
) -> Starlette:
    """A mock of any API from its spec alone: every operation served by ``handlers`` or, for
    the rest (all of them by default), by generic behaviour; under ``base_path`` (the path of
    the spec's first server unless given). No credentials are checked."""
    server = SpecServer(
        spec,
        Store(database),
        handlers or {},
        base_path=spec.base_path if base_path is None else base_path,
        seed=seed,
        clock=clock,
    )
    return spec_app(server)
