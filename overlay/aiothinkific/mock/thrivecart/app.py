"""ThriveCart's mock account: the mock's spec-driven core (:class:`SpecServer`) configured with
ThriveCart's spec, handlers, seed, error style and authentication, the shared middleware (rate
limit, faults), the deliverer of its webhooks and its control routes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx
from starlette.applications import Starlette

from aiothinkific._thrivecart import ThriveCart
from aiothinkific.mock.middleware import Authenticator, _same, site_middleware
from aiothinkific.mock.server import SpecServer, spec_app
from aiothinkific.mock.store import Store
from aiothinkific.mock.thrivecart.control import make_routes
from aiothinkific.mock.thrivecart.delivery import ThriveCartDeliverer
from aiothinkific.mock.thrivecart.records import THRIVECART, thrivecart_errors
from aiothinkific.mock.thrivecart.seed import seed_thrivecart
from aiothinkific.mock.thrivecart.settings import ThriveCartSettings
from aiothinkific.specs import Spec, thrivecart_spec

MOCK_THRIVECART_HOST = "http://mock.thrivecart.test"
INVALID_TOKEN = {
    "error": "invalid_token",
    "error_description": "The access token provided is invalid",
}


class ThriveCartAuthenticator(Authenticator):
    """401 ``invalid_token`` unless the request carries ``Authorization: Bearer <api key>``."""

    def authenticate(self, headers: Mapping[str, str], path: str = "") -> tuple[str | None, str]:
        scheme, _, token = (headers.get("authorization") or "").strip().partition(" ")
        if scheme.lower() == "bearer" and _same(token.strip(), self.settings.api_key):
            return token.strip(), ""
        return None, "invalid_token"

    def refusal(self, reason: str) -> dict[str, str]:
        return dict(INVALID_TOKEN)


def create_thrivecart_app(
    settings: ThriveCartSettings | None = None, *, spec: Spec | None = None
) -> Starlette:
    """A mock ThriveCart account as an ASGI app (uvicorn, or ``httpx.ASGITransport`` in
    process): every operation of ``spec`` (the packaged patched spec unless given) under
    ``settings.base_path`` (``/api/external``), the control routes under
    ``settings.control_path``. ``app.state`` holds the store, the deliverer and the settings."""
    settings = settings or ThriveCartSettings()
    spec = spec or thrivecart_spec()
    store = Store(settings.database)
    seed_thrivecart(store, seed=settings.seed, customers=settings.seed_customers)
    deliverer = ThriveCartDeliverer(settings, store)
    server = SpecServer(
        spec,
        store,
        THRIVECART.handlers(),
        base_path=settings.base_path,
        seed=settings.seed,
        clock=settings.clock,
        max_body_bytes=settings.max_body_bytes,
        publish=deliverer.publish,
        error_style=thrivecart_errors,
        body_aliases={"cancelEventSubscription": {"target_url": "url"}},
    )
    app = spec_app(
        server,
        routes=make_routes(settings),
        middleware=site_middleware(settings, ThriveCartAuthenticator),
    )
    app.state.settings = settings
    app.state.deliverer = deliverer
    return app


def thrivecart_mock_client(
    settings: ThriveCartSettings | None = None, *, app: Starlette | None = None, **options: object
) -> ThriveCart:
    """A ``ThriveCart`` client talking to an in-process mock account: ``app`` if given (made with
    the same ``settings``), else a new one. Client-side pacing is off unless asked for."""
    settings = settings or ThriveCartSettings()
    options.setdefault("requests_per_minute", None)
    return ThriveCart(
        api_key=settings.api_key,
        base_url=MOCK_THRIVECART_HOST + settings.base_path,
        transport=httpx.ASGITransport(
            app=app if app is not None else create_thrivecart_app(settings)
        ),
        **options,  # type: ignore[arg-type]
    )


async def purchase_notices(
    purchases: Iterable[dict[str, Any]], *, secret_word: str = "MOCKSECRETWORD"
) -> list[tuple[bytes, str]]:
    """What ThriveCart posts to an account webhook for each of ``purchases`` (the control
    route's bodies: ``{"product_id": 4, "email": ...}``): ``(body, content type)`` pairs, in
    order, from a fresh mock account. For feeding a receiver real notices (tests, benchmarks)."""
    notices: list[tuple[bytes, str]] = []

    def keep(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.content != b"ping=1":
            notices.append((request.content, request.headers["content-type"]))
        return httpx.Response(200)

    settings = ThriveCartSettings(
        webhook_transport=httpx.MockTransport(keep), secret_word=secret_word
    )
    app = create_thrivecart_app(settings)
    control = MOCK_THRIVECART_HOST + settings.control_path
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        headers={"Authorization": f"Bearer {settings.api_key}"},
    ) as cart:
        await cart.post(control + "/webhooks", json={"url": "https://receiver.test/thrivecart"})
        for purchase in purchases:
            answer = await cart.post(control + "/purchases", json=purchase)
            if answer.status_code != 201:
                raise ValueError(f"purchase {purchase!r} refused: {answer.text}")
        await app.state.deliverer.drain()
    return notices
