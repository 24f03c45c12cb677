"""The mock's Webhooks API (v2) and its deliveries.

Webhooks registered under ``settings.webhooks_base_path`` (``/api/v2``) live in the mock's store.
Backends call :func:`emit` inside their transaction when something a topic watches happens; the
event is recorded (``GET /events/{id}``) and, once the request has committed, POSTed as a signed
envelope to every webhook of its topic, from a background task. ``settings.redeliver`` sends each
delivery twice, as a real sender may. Unlike Thinkific, which refuses non-https and localhost
target URLs, the mock accepts ``http://127.0.0.1:...`` so tests can receive on a local port.
"""

from __future__ import annotations

import asyncio
import contextvars
import datetime
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiothinkific._logging import logger
from aiothinkific.mock import timefmt
from aiothinkific.mock.engine import Call
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Doc, Store, compare, eq, is_id
from aiothinkific.mock.validation import digits_value
from aiothinkific.webhooks._api import is_web_url
from aiothinkific.webhooks.events import SIGNATURE_HEADER, TOPICS, sign

WEBHOOK, EVENT = "webhook", "webhook_event"
DEFAULT_LIMIT = 25
#: The most webhooks in a page, whatever ``limit`` asks (the cursor carries on from there).
MAX_LIMIT = 250
_OUTBOX: contextvars.ContextVar[list[Doc] | None] = contextvars.ContextVar(
    "mock_webhook_outbox", default=None
)


@contextmanager
def outbox() -> Iterator[list[Doc]]:
    """Collect the events emitted while a request runs (delivered once it has committed)."""
    events: list[Doc] = []
    token = _OUTBOX.set(events)
    try:
        yield events
    finally:
        _OUTBOX.reset(token)


def emit(call: Call, topic: str, payload: Doc) -> None:
    """Record a ``topic`` event if a webhook watches it; deliver it after the request commits."""
    _emit(call.store, call.now, topic, payload)


def _emit(store: Store, now: datetime.datetime, topic: str, payload: Doc) -> None:
    if store.first(WEBHOOK, [eq("topic", topic)]) is None:
        return
    resource, _, action = topic.partition(".")
    (number,) = store.next_ids(EVENT)
    envelope = {
        "id": f"{now:%Y%m%d%H%M%S}{number:09d}",
        "resource": resource,
        "action": action,
        "tenant_id": "1",
        "created_at": timefmt.iso(now),
        "payload": payload,
    }
    store.put_many(EVENT, [{"id": number, "event_id": envelope["id"], "envelope": envelope}])
    events = _OUTBOX.get()
    if events is not None:
        events.append(envelope)


async def record_progress(app: Any, enrollment_id: int, percentage: float) -> None:
    """What a student's progress does (no Admin API call can): set the enrollment's progress
    (0-100) and emit ``enrollment.progress``, and ``enrollment.completed`` at 100. Call it from
    the event loop the mock ``app`` runs in."""
    store: Store = app.state.store
    now = timefmt.from_epoch(app.state.settings.clock())
    with outbox() as events, store.transaction():
        doc = store.get("enrollment", enrollment_id)
        if doc is None:
            raise KeyError(f"no enrollment {enrollment_id}")
        stamp = timefmt.iso(now)
        doc["percentage_completed"] = min(max(percentage, 0.0), 100.0) / 100
        doc["started_at"] = doc.get("started_at") or stamp
        doc["updated_at"] = stamp
        done = percentage >= 100
        if done:
            doc["completed_at"] = doc.get("completed_at") or stamp
        store.replace("enrollment", doc)
        user, course = store.get("user", doc["user_id"]), store.get("course", doc["course_id"])
        payload = enrollment_payload(doc, user or {"id": doc["user_id"]}, course or {"id": 0})
        _emit(store, now, "enrollment.progress", payload)
        if done:
            _emit(store, now, "enrollment.completed", payload)
    app.state.deliverer.publish(events)


# -- payloads, as Thinkific sends them ----------------------------------------------------------


def user_summary(user: Doc) -> Doc:
    return {k: user.get(k) for k in ("id", "email", "first_name", "last_name")}


def enrollment_payload(enrollment: Doc, user: Doc, course: Doc) -> Doc:
    return {
        "id": enrollment["id"],
        "course_id": course["id"],
        "course": {"id": course["id"], "name": course.get("name")},
        "user": user_summary(user),
        # The Admin API shows a fraction (0.24); webhooks send a percentage string ("24.0").
        "percentage_completed": str(
            round(float(enrollment.get("percentage_completed") or 0) * 100, 1)
        ),
        "activated_at": enrollment.get("activated_at"),
        "completed_at": enrollment.get("completed_at"),
        "expiry_date": enrollment.get("expiry_date"),
        "started_at": enrollment.get("started_at"),
        "free_trial": enrollment.get("activated_at") is None,
    }


def order_payload(order: Doc, user: Doc, product: Doc) -> Doc:
    paid = sum(t["amount"] for t in order.get("transactions", []) if t["action"] == "purchase")
    return {
        "id": order["id"],
        "order_number": str(order["id"]),
        "amount_cents": round(paid * 100),
        "amount_dollars": str(float(paid)),
        "billing_name": user.get("full_name"),
        "coupon": None,
        "payment_type": order.get("order_type"),
        "product_id": product["id"],
        "product_name": product.get("name"),
        "status": "complete",
        "user": user_summary(user),
        "affiliate_referral_code": None,
    }


# -- delivery ----------------------------------------------------------------------------------


class Deliverer:
    """POSTs envelopes to the webhooks of their topic, signed with the site's API key."""

    def __init__(self, settings: MockSettings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.tasks: set[asyncio.Task[None]] = set()

    def publish(self, envelopes: list[Doc]) -> None:
        if not envelopes:
            return
        task = asyncio.get_running_loop().create_task(self._deliver(envelopes))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def drain(self) -> None:
        """Wait for the deliveries under way (for tests)."""
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    async def _deliver(self, envelopes: list[Doc]) -> None:
        secret = self.settings.api_key or self.settings.access_token or ""
        times = 2 if self.settings.redeliver else 1
        transport = self.settings.webhook_transport
        async with httpx.AsyncClient(transport=transport, timeout=10.0) as http:
            for envelope in envelopes:
                topic = f"{envelope['resource']}.{envelope['action']}"
                with self.store.transaction(write=False):
                    hooks = self.store.select(WEBHOOK, [eq("topic", topic)])
                body = json.dumps(envelope).encode()
                headers = {"content-type": "application/json", SIGNATURE_HEADER: sign(secret, body)}
                for hook in hooks:
                    for _ in range(times):
                        try:
                            await http.post(hook["target_url"], content=body, headers=headers)
                        except httpx.HTTPError as error:
                            logger.warning("mock webhook %s not delivered: %r", topic, error)


# -- the Webhooks API ----------------------------------------------------------------------------


def _show(doc: Doc) -> Doc:
    return {"id": str(doc["id"]), "status": "active"} | {
        k: doc.get(k)
        for k in ("topic", "target_url", "created_at", "created_by", "updated_at", "updated_by")
    }


def _invalid(request_body: Any) -> dict[str, str]:
    data = request_body if isinstance(request_body, dict) else {}
    errors = {}
    topic = data.get("topic")
    if not isinstance(topic, str) or topic not in TOPICS:
        errors["topic"] = "invalid format"
    if not is_web_url(data.get("target_url")):
        errors["url"] = "is not valid"
    return errors


def _webhook_id(request: Request) -> int | None:
    raw = request.path_params["id"]
    return digits_value(raw)


def _limit_errors(raw: str | None) -> dict[str, str]:
    """What is wrong with a ``limit`` (an integer of 1 or more, the spec says), in the API's
    422 wording."""
    if raw is None:
        return {}
    if digits_value(raw.removeprefix("-")) is None:
        return {"limit": "must be an integer"}
    if int(raw) < 1:
        return {"limit": "must be greater than or equal to 1"}
    return {}


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's 404 (no route) and 405 (no such method, its ``Allow`` header naming the
    path's methods), as JSON like the rest of the API."""
    assert isinstance(exc, HTTPException)
    return JSONResponse({"error": exc.detail}, exc.status_code, headers=exc.headers)


def create_webhooks_app(settings: MockSettings, store: Store) -> Starlette:
    """The Webhooks API routes, to mount at ``settings.webhooks_base_path``."""

    def now() -> str:
        return timefmt.iso(timefmt.from_epoch(settings.clock()))

    async def body_of(request: Request) -> Any:
        try:
            return json.loads(await request.body())
        except (ValueError, RecursionError):
            return None

    async def list_webhooks(request: Request) -> Response:
        limit_raw, cursor = request.query_params.get("limit"), request.query_params.get("next")
        errors = _limit_errors(limit_raw)
        if errors:
            return JSONResponse({"errors": errors}, 422)
        limit = min(int(limit_raw), MAX_LIMIT) if limit_raw is not None else DEFAULT_LIMIT
        # The mock's cursors are webhook ids; any other cursor starts from the first page.
        after = digits_value(cursor) or 0
        with store.transaction(write=False):
            docs = []
            if is_id(after):  # beyond any id SQLite can hold: past the last page
                docs = store.select(WEBHOOK, [compare("id", ">", after)], limit=limit + 1)
        page = docs[:limit]
        more = len(docs) > limit
        meta = {"next": str(page[-1]["id"]) if more else None}
        return JSONResponse({"items": [_show(d) for d in page], "meta": meta})

    async def create_webhook(request: Request) -> Response:
        data = await body_of(request)
        errors = _invalid(data)
        if errors:
            return JSONResponse({"errors": errors}, 422)
        stamp = now()
        doc = {"topic": data["topic"], "target_url": data["target_url"], "created_at": stamp,
               "created_by": "api", "updated_at": stamp, "updated_by": "api"}  # fmt: skip
        with store.transaction():
            store.insert(WEBHOOK, doc)
        return JSONResponse(_show(doc), 201)

    async def webhooks(request: Request) -> Response:
        """``/webhooks``: one route for its two methods, so a 405 there allows both."""
        if request.method == "POST":
            return await create_webhook(request)
        return await list_webhooks(request)

    async def one_webhook(request: Request) -> Response:
        webhook_id = _webhook_id(request)
        data = await body_of(request) if request.method == "PUT" else None
        with store.transaction(write=request.method != "GET"):
            doc = store.get(WEBHOOK, webhook_id) if webhook_id is not None else None
            if doc is None:
                return JSONResponse({"error": "Not Found"}, 404)
            if request.method == "DELETE":
                store.delete(WEBHOOK, doc["id"])
                return Response(status_code=204)
            if request.method == "PUT":
                errors = _invalid(data)
                if errors or not isinstance(data, dict):
                    return JSONResponse({"errors": errors}, 422)
                doc.update(topic=data["topic"], target_url=data["target_url"], updated_at=now())
                store.replace(WEBHOOK, doc)
        return JSONResponse(_show(doc))

    async def get_event(request: Request) -> Response:
        with store.transaction(write=False):
            doc = store.first(EVENT, [eq("event_id", request.path_params["id"])])
        if doc is None:
            return JSONResponse({"error": "Not Found"}, 404)
        return JSONResponse(doc["envelope"])

    return Starlette(
        routes=[
            Route("/webhooks", webhooks, methods=["GET", "POST"]),
            Route("/webhooks/{id}", one_webhook, methods=["GET", "PUT", "DELETE"]),
            Route("/events/{id}", get_event, methods=["GET"]),
        ],
        exception_handlers={HTTPException: _http_error},
    )
