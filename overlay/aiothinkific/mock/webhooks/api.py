"""The Webhooks API (v2), served under ``settings.webhooks_base_path`` (``/api/v2``).

Its rules are the real service's, not those of the Admin API's validation: errors are single
messages (``{"errors": {"topic": "invalid format"}}``), a ``limit`` beyond the largest page is
capped rather than refused, ids and cursors are strings. Topics are the spec's own enum (the
generated ``Topic``). Unlike Thinkific, which refuses non-https and localhost target URLs, the
mock accepts ``http://127.0.0.1:...`` so tests can receive on a local port.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from thinkific_webhooks_client.models.topic import TOPIC_VALUES

from aiothinkific.mock import timefmt
from aiothinkific.mock.errors import DISCONNECT_HANDLERS
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Doc, Store, compare, eq, is_id
from aiothinkific.mock.validation import digits_value, integer_value
from aiothinkific.mock.webhooks.outbox import EVENT, WEBHOOK
from aiothinkific.webhooks._api import is_web_url

DEFAULT_LIMIT = 25
#: The most webhooks in a page, whatever ``limit`` asks (the cursor carries on from there).
MAX_LIMIT = 250


def _show(doc: Doc) -> Doc:
    return {"id": str(doc["id"]), "status": "active"} | {
        k: doc.get(k)
        for k in ("topic", "target_url", "created_at", "created_by", "updated_at", "updated_by")
    }


def _invalid(request_body: Any) -> dict[str, str]:
    data = request_body if isinstance(request_body, dict) else {}
    errors = {}
    topic = data.get("topic")
    if not isinstance(topic, str) or topic not in TOPIC_VALUES:
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
    value = integer_value(raw)
    if value is None:
        return {"limit": "must be an integer"}
    if value < 1:
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
        value = None if limit_raw is None else integer_value(limit_raw)
        limit = DEFAULT_LIMIT if value is None else min(value, MAX_LIMIT)
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
        exception_handlers={HTTPException: _http_error, **DISCONNECT_HANDLERS},
    )
