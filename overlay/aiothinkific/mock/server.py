"""The spec-driven core of a mock: one route per operation of the spec it is given.

Each request is validated against that spec (:mod:`~aiothinkific.mock.validation`), its handler
runs inside a transaction, and the answer carries the status the spec documents; events the
handler emits are published once the transaction has committed. Thinkific's mock site
(:func:`~aiothinkific.mock.app.create_app`) is this core configured with Thinkific's handlers,
seed, middleware, Webhooks API and control routes.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Match, Route

from aiothinkific.mock import timefmt
from aiothinkific.mock.engine import Call, Handler
from aiothinkific.mock.errors import ApiError
from aiothinkific.mock.middleware import credential_of
from aiothinkific.mock.settings import MAX_BODY_BYTES
from aiothinkific.mock.store import Doc, Store
from aiothinkific.mock.validation import RequestValidator, digits_value, validators
from aiothinkific.mock.webhooks import collect_events
from aiothinkific.specs import Operation, Spec

#: The mock's logger: which operations run on generic behaviour, stale handlers.
logger = logging.getLogger("aiothinkific.mock")


def error_response(error: ApiError) -> Response:
    return JSONResponse(error.body, error.status, headers=error.headers)


@dataclass
class SpecServer:
    """The operations of ``spec`` served under ``base_path`` from ``store``, each by its entry in
    ``handlers`` (operation id -> handler; every operation of the spec needs one)."""

    spec: Spec
    store: Store
    handlers: Mapping[str, Handler]
    base_path: str = ""
    seed: int = 0
    clock: Callable[[], float] = time.time
    max_body_bytes: int = MAX_BODY_BYTES
    #: Where the events a request emitted go once it has committed (webhook deliveries).
    publish: Callable[[list[Doc]], None] = lambda events: None
    rng: random.Random = field(init=False)
    validators: Mapping[str, RequestValidator] = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(f"data:{self.seed}")
        self.validators = validators(self.spec)
        missing = [op.operation_id for op in self.spec.operations if op not in self]
        if missing:
            raise ValueError(f"operations without a handler: {', '.join(missing)}")

    def __contains__(self, operation: object) -> bool:
        return isinstance(operation, Operation) and operation.operation_id in self.handlers

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
        handler = self.handlers[operation.operation_id]
        status = operation.success_status
        documents_body = operation.responses[status] is not None
        write = operation.method != "GET"

        async def handle(request: Request) -> Response:
            try:
                if self.declared_too_large(request):
                    raise ApiError(413, {"error": "Request body is too large"})
                path = validator.path(request.path_params)
                raw = b""
                if validator.body_validator is not None:
                    raw = await self.read_body(request)
                query = validator.query(request.query_params)
                body = validator.body(raw, request.headers.get("content-type"))
                call = Call(
                    spec=self.spec,
                    operation=operation,
                    path=path,
                    query=query,
                    body=body,
                    headers=request.headers,
                    credential=credential_of(request.scope),
                    store=self.store,
                    now=timefmt.from_epoch(self.clock()),
                    rng=self.rng,
                )
                with collect_events() as events, self.store.transaction(write=write):
                    result = handler(call)
            except ApiError as error:
                return error_response(error)
            self.publish(events)
            if not documents_body:
                return Response(status_code=status)
            return JSONResponse(result, status)

        return Route(
            self.base_path + operation.path,
            handle,
            methods=[operation.method],
            name=operation.operation_id,
        )

    async def openapi(self, request: Request) -> Response:
        """The spec served, its server pointing at this mock."""
        server = str(request.base_url).rstrip("/") + self.base_path
        return Response(self.spec.served(server), media_type="application/json")


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
