"""The Starlette app: one route per spec operation, each running validation, then its handler
inside a transaction, then answering the status the spec documents."""

from __future__ import annotations

import random

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Match, Mount, Route

from aiothinkific.mock import control, timefmt, webhooks
from aiothinkific.mock.engine import Call, handlers
from aiothinkific.mock.errors import ApiError
from aiothinkific.mock.middleware import (
    Authenticator,
    FaultInjector,
    RateLimitEmulator,
    credential_of,
)
from aiothinkific.mock.seed import seed_store
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Store
from aiothinkific.mock.validation import digits_value, validators
from aiothinkific.specs import Operation, admin_spec


def error_response(error: ApiError) -> Response:
    return JSONResponse(error.body, error.status, headers=error.headers)


class MockServer:
    """One mock site: its settings, its store, and the endpoint of each operation."""

    def __init__(self, settings: MockSettings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.rng = random.Random(f"data:{settings.seed}")
        self.deliverer = webhooks.Deliverer(settings, store)

    async def read_body(self, request: Request) -> bytes:
        """The request body, or 413 once it is larger than the limit."""
        limit = self.settings.max_body_bytes
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ApiError(413, {"error": f"Request body is larger than {limit} bytes"})
            chunks.append(chunk)
        return b"".join(chunks)

    def declared_too_large(self, request: Request) -> bool:
        declared = digits_value(request.headers.get("content-length"))
        return declared is not None and declared > self.settings.max_body_bytes

    def endpoint(self, operation: Operation) -> Route:
        validator = validators()[operation.operation_id]
        handler = handlers()[operation.operation_id]
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
                    operation=operation,
                    path=path,
                    query=query,
                    body=body,
                    headers=request.headers,
                    credential=credential_of(request.scope),
                    store=self.store,
                    now=timefmt.from_epoch(self.settings.clock()),
                    rng=self.rng,
                )
                with webhooks.outbox() as events, self.store.transaction(write=write):
                    result = handler(call)
            except ApiError as error:
                return error_response(error)
            self.deliverer.publish(events)
            if not documents_body:
                return Response(status_code=status)
            return JSONResponse(result, status)

        return Route(
            self.settings.base_path + operation.path,
            handle,
            methods=[operation.method],
            name=operation.operation_id,
        )

    async def openapi(self, request: Request) -> Response:
        """The patched spec, its server pointing at this mock."""
        server = str(request.base_url).rstrip("/") + self.settings.base_path
        return Response(admin_spec().served(server), media_type="application/json")


async def _http_error(request: Request, exc: Exception) -> Response:
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


async def _server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": "Internal Server Error"}, 500)


def create_app(settings: MockSettings | None = None) -> Starlette:
    """A mock Thinkific site as an ASGI app (serve it with uvicorn, or call it in process with
    ``httpx.ASGITransport``). Every operation of the patched spec is served under
    ``settings.base_path``; the spec itself at ``/openapi.json``."""
    settings = settings or MockSettings()
    registry = handlers()
    operations = admin_spec().operations
    missing = [op.operation_id for op in operations if op.operation_id not in registry]
    if missing:
        raise RuntimeError(f"spec operations without a mock handler: {', '.join(missing)}")
    store = Store(settings.database)
    seed_store(store, seed=settings.seed, users=settings.seed_users)
    server = MockServer(settings, store)

    routes: list[BaseRoute] = [Route("/openapi.json", server.openapi, methods=["GET"])]
    ordered = sorted(operations, key=lambda op: op.template.order_key)
    routes += [server.endpoint(op) for op in ordered]
    routes.append(Mount(settings.webhooks_base_path, webhooks.create_webhooks_app(settings, store)))
    routes += control.ROUTES

    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(Authenticator, settings=settings),
            Middleware(RateLimitEmulator, settings=settings),
            Middleware(FaultInjector, settings=settings),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    # "/users/" is not "/users": a 404 JSON answer, not a redirect a client would not expect.
    app.router.redirect_slashes = False
    # Every request commits, so nothing needs closing at shutdown; and an app may be started
    # more than once (a test client per test), so shutdown must not close the store.
    app.state.settings = settings
    app.state.store = store
    app.state.deliverer = server.deliverer
    return app
