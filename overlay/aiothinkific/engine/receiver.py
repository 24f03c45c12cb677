"""The engine's receiver: an ASGI app taking the carts' deliveries, one route per source.

- ``POST {path}/thrivecart``: ThriveCart's account webhooks ("Webhooks & notifications"), form-
  encoded or JSON; the body's ``thrivecart_secret`` must equal the account's secret word.
  ThriveCart checks a URL with a HEAD and a ``ping`` POST before it adds it: both are answered.
- ``POST {path}/thrivecart/events?secret=...``: ThriveCart's event subscriptions (JSON); the
  secret is a token you put in the ``target_url`` you subscribe, since these carry none.
- ``POST {path}/samcart?secret=...``: SamCart's Notify URL (JSON), the token likewise in the URL.

A source without a configured secret takes nothing. A request failing its secret gets 401 and
leaves no trace but a counter. A verified delivery is stored raw before it is answered (2xx),
with its canonical event, or kept as ``unparsed`` with the reason when it is not an event the
engine understands; a second delivery of one event is counted and answered ``duplicate``.
Mount it with :meth:`CartReceiver.routes` (``Starlette(routes=receiver.routes("/carts"))``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router
from starlette.types import Receive, Scope, Send

from aiothinkific._logging import logger
from aiothinkific.engine.codec import event_to_json
from aiothinkific.engine.model import CartEvent, EventParseError, Source
from aiothinkific.engine.sources import (
    decode_fields,
    is_ping,
    parse_notify,
    parse_subscription_event,
    parse_webhook,
)
from aiothinkific.engine.store import SqlStore
from aiothinkific.engine.thinkific import normal_email
from aiothinkific.webhooks.receiver import read_body

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
#: A delivery's decoded fields, or why they could not be decoded.
Fields = dict[str, Any] | EventParseError
DEFAULT_BODY_TIMEOUT = 10.0
PARSERS: dict[Source, Callable[[dict[str, Any]], CartEvent]] = {
    Source.THRIVECART: parse_webhook,
    Source.THRIVECART_EVENTS: parse_subscription_event,
    Source.SAMCART: parse_notify,
}


@dataclass(frozen=True)
class Secrets:
    """Each source's secret (``None``: that source is refused). Never shown."""

    thrivecart: str | None = field(default=None, repr=False)
    thrivecart_events: str | None = field(default=None, repr=False)
    samcart: str | None = field(default=None, repr=False)

    def of(self, source: Source) -> str | None:
        return {
            Source.THRIVECART: self.thrivecart,
            Source.THRIVECART_EVENTS: self.thrivecart_events,
            Source.SAMCART: self.samcart,
        }.get(source)  # a reconcile fix has no route, so no secret

    def configured(self) -> list[Source]:
        return [source for source in Source if self.of(source)]


def _same(given: object, expected: str | None) -> bool:
    if expected is None or not isinstance(given, str):
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode())


def secret_word_of(body: bytes) -> object:
    """The ``thrivecart_secret`` of a body that does not decode as an event's fields (a field
    sent twice, a NUL...), read leniently: a verified delivery is kept, even unparsed."""
    text = body.decode("utf-8", "replace")
    with contextlib.suppress(ValueError, RecursionError):
        data = json.loads(text)
        if isinstance(data, dict):
            return data.get("thrivecart_secret")
    found = [v for k, v in parse_qsl(text, keep_blank_values=True) if k == "thrivecart_secret"]
    return found[0] if len(found) == 1 else None


def _answer(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"status": message, **extra}, status)


class CartReceiver:
    """Receives for ``store``; ``on_event`` is called after a new event is stored (the worker's
    wake-up)."""

    def __init__(
        self,
        store: SqlStore,
        secrets: Secrets,
        *,
        on_event: Callable[[], None] = lambda: None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        self.store = store
        self.secrets = secrets
        self.on_event = on_event
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self._router = Router(
            routes=[
                Route("/thrivecart", self._thrivecart, methods=["POST", "HEAD", "GET"]),
                Route("/thrivecart/events", self._thrivecart_events, methods=["POST"]),
                Route("/samcart", self._samcart, methods=["POST"]),
            ]
        )

    def __repr__(self) -> str:
        return f"CartReceiver(sources={[s.value for s in self.secrets.configured()]})"

    def routes(self, path: str) -> list[BaseRoute]:
        """Starlette routes serving the receiver under ``path``."""
        return [Mount("/" + path.strip("/"), app=self)]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._router(scope, receive, send)

    # -- the routes --------------------------------------------------------------------------

    async def _thrivecart(self, request: Request) -> Response:
        if request.method != "POST":  # ThriveCart's check of a new webhook URL
            return _answer(200, "ok")
        delivery = await self._read(request)
        if isinstance(delivery, Response):
            return delivery
        body, content_type, fields = delivery
        secret = secret_word_of(body) if isinstance(fields, EventParseError) else (
            fields.get("thrivecart_secret")
        )  # fmt: skip
        if secret is None and not isinstance(fields, EventParseError) and is_ping(fields):
            self.store.count("pings:thrivecart")
            return _answer(200, "ok")
        if not _same(secret, self.secrets.thrivecart):
            return self._refuse(Source.THRIVECART)
        return self._keep(Source.THRIVECART, body, content_type, fields)

    async def _thrivecart_events(self, request: Request) -> Response:
        return await self._with_url_secret(Source.THRIVECART_EVENTS, request)

    async def _samcart(self, request: Request) -> Response:
        return await self._with_url_secret(Source.SAMCART, request)

    async def _with_url_secret(self, source: Source, request: Request) -> Response:
        if not _same(request.query_params.get("secret"), self.secrets.of(source)):
            return self._refuse(source)
        delivery = await self._read(request)
        if isinstance(delivery, Response):
            return delivery
        return self._keep(source, *delivery)

    async def _read(self, request: Request) -> tuple[bytes, str, Fields] | Response:
        """The body, its content type and its fields (or why they cannot be read), or the
        answer refusing the body (too large, too slow)."""
        body = await read_body(request, self.max_body_bytes, self.body_timeout)
        if isinstance(body, Response):
            return body
        content_type = request.headers.get("content-type", "")
        try:
            fields: Fields = decode_fields(body, content_type)
        except EventParseError as error:
            fields = error
        return body, content_type, fields

    def _refuse(self, source: Source) -> Response:
        self.store.count(f"refused:{source.value}")  # the only trace: a flood fills nothing
        logger.debug("engine: a %s delivery was refused: missing or wrong secret", source.value)
        return _answer(401, "missing or wrong secret")

    def _keep(
        self,
        source: Source,
        body: bytes,
        content_type: str,
        fields: Fields,
    ) -> Response:
        """Store a verified delivery (parsed, or as unparsed with its reason) and answer."""
        try:
            if isinstance(fields, EventParseError):
                raise fields
            event = PARSERS[source](fields)
        except EventParseError as error:
            key = "raw:" + hashlib.sha256(body).hexdigest()
            return self._store(source, key, body, content_type, None, str(error))
        return self._store(source, event.key, body, content_type, event, None)

    def _store(
        self,
        source: Source,
        key: str,
        body: bytes,
        content_type: str,
        event: CartEvent | None,
        error: str | None,
    ) -> Response:
        try:
            if event is None:
                seq, new = self.store.accept(source.value, key, body, content_type,
                                             event=None, error=error)  # fmt: skip
            else:
                products = " ".join(item.ref for item in event.items)
                seq, new = self.store.accept(
                    source.value, key, body, content_type,
                    event=event_to_json(event),
                    email=normal_email(event.customer.email),
                    cart_event=event.cart_event,
                    trigger=event.trigger.value if event.trigger else None,
                    products=f" {products} ",
                    occurred_at=event.occurred_at.timestamp(),
                )  # fmt: skip
        except self.store.errors as failure:  # locked, disk full: the cart sends it again
            logger.error("engine: a %s delivery was not stored: %s", source.value, failure)
            return _answer(503, "the event store is unavailable; send it again later")
        if not new:
            return _answer(200, "duplicate", event=seq)
        if event is None:
            logger.warning("engine: event %s kept unparsed: %s", seq, error)
            return _answer(202, "kept, unparsed", event=seq, error=error)
        self.on_event()
        return _answer(202, "accepted", event=seq)
