"""Thinkific's mock site: the spec-driven core (:class:`~aiothinkific.mock.server.SpecServer`)
configured with Thinkific's handlers, seed and rules, its middleware (auth, rate limit, faults),
the Webhooks API and the mock-only control routes."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount

from aiothinkific.mock import control, webhooks
from aiothinkific.mock.backends.records import keep_shown
from aiothinkific.mock.middleware import site_middleware
from aiothinkific.mock.registry import handlers
from aiothinkific.mock.seed import seed_store
from aiothinkific.mock.server import SpecServer, spec_app
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Store
from aiothinkific.specs import Spec, admin_spec


def create_app(settings: MockSettings | None = None, *, spec: Spec | None = None) -> Starlette:
    """A mock Thinkific site as an ASGI app (serve it with uvicorn, or call it in process with
    ``httpx.ASGITransport``). Every operation of ``spec`` (the packaged patched spec unless
    given: a vendor update, or a test's variant of it) is served under ``settings.base_path``,
    by its handler or, without one, by generic behaviour; the spec itself at ``/openapi.json``.
    ``app.state.generic_operations`` and ``app.state.stale_handlers`` (handlers of operations the
    spec does not have, ignored) say how the handlers cover it; both are logged."""
    settings = settings or MockSettings()
    spec = spec or admin_spec()
    store = Store(settings.database)
    keep_shown(store, spec)
    seed_store(store, spec, seed=settings.seed, users=settings.seed_users)
    deliverer = webhooks.Deliverer(settings, store)
    server = SpecServer(
        spec,
        store,
        handlers(),
        base_path=settings.base_path,
        seed=settings.seed,
        clock=settings.clock,
        max_body_bytes=settings.max_body_bytes,
        publish=deliverer.publish,
    )
    app = spec_app(
        server,
        routes=[
            Mount(settings.webhooks_base_path, webhooks.create_webhooks_app(settings, store)),
            *control.ROUTES,
        ],
        middleware=site_middleware(settings),
    )
    app.state.settings = settings
    app.state.deliverer = deliverer
    return app
