"""Thinkific's mock site: the spec-driven core (:class:`~aiothinkific.mock.server.SpecServer`)
configured with Thinkific's handlers, seed and rules, its middleware (auth, rate limit, faults),
the Webhooks API and the mock-only control routes."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Mount, Route

from aiothinkific.mock import control, webhooks
from aiothinkific.mock.middleware import Authenticator, FaultInjector, RateLimitEmulator
from aiothinkific.mock.registry import coverage
from aiothinkific.mock.seed import seed_store
from aiothinkific.mock.server import SpecServer, http_error, logger, server_error
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Store
from aiothinkific.specs import Spec, admin_spec


def create_app(settings: MockSettings | None = None, *, spec: Spec | None = None) -> Starlette:
    """A mock Thinkific site as an ASGI app (serve it with uvicorn, or call it in process with
    ``httpx.ASGITransport``). Every operation of ``spec`` (the packaged patched spec unless
    given: a vendor update, or a test's variant of it) is served under ``settings.base_path``;
    the spec itself at ``/openapi.json``. Handlers of operations the spec does not have are
    logged and ignored (:func:`~aiothinkific.mock.registry.stale_handlers`)."""
    settings = settings or MockSettings()
    spec = spec or admin_spec()
    covered = coverage(spec)
    if covered.stale:
        logger.warning(
            "mock handlers for operations the spec does not have, ignored: %s",
            ", ".join(covered.stale),
        )
    store = Store(settings.database)
    seed_store(store, spec, seed=settings.seed, users=settings.seed_users)
    deliverer = webhooks.Deliverer(settings, store)
    server = SpecServer(
        spec,
        store,
        covered.handled,
        base_path=settings.base_path,
        seed=settings.seed,
        clock=settings.clock,
        max_body_bytes=settings.max_body_bytes,
        publish=deliverer.publish,
    )

    routes: list[BaseRoute] = [Route("/openapi.json", server.openapi, methods=["GET"])]
    routes += server.routes()
    routes.append(Mount(settings.webhooks_base_path, webhooks.create_webhooks_app(settings, store)))
    routes += control.ROUTES

    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(Authenticator, settings=settings),
            Middleware(RateLimitEmulator, settings=settings),
            Middleware(FaultInjector, settings=settings),
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    # "/users/" is not "/users": a 404 JSON answer, not a redirect a client would not expect.
    app.router.redirect_slashes = False
    # Every request commits, so nothing needs closing at shutdown; and an app may be started
    # more than once (a test client per test), so shutdown must not close the store.
    app.state.settings = settings
    app.state.spec = spec
    app.state.store = store
    app.state.deliverer = deliverer
    app.state.stale_handlers = covered.stale
    return app
