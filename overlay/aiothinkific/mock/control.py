"""Mock-only controls: what no Admin API call can cause on a real site (a student's progress),
caused over HTTP, so a mock in another process (``aiothinkific mock serve``) can fire every
instant trigger end to end. Same credentials as the Admin API.

``POST /_mock/enrollments/{id}/progress`` with ``{"percentage_completed": 50}`` sets the
enrollment's progress and sends ``enrollment.progress``, and ``enrollment.completed`` at 100
(:func:`record_progress` in process)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiothinkific.mock import timefmt
from aiothinkific.mock.backends.records import COURSES, ENROLLMENTS, USERS
from aiothinkific.mock.store import Store
from aiothinkific.mock.validation import digits_value
from aiothinkific.mock.webhooks import collect_events, emit_at, enrollment_payload

PROGRESS_PATH = "/_mock/enrollments/{id}/progress"


async def record_progress(app: Any, enrollment_id: int, percentage: float) -> None:
    """What a student's progress does (no Admin API call can): set the enrollment's progress
    (0-100) and emit ``enrollment.progress``, and ``enrollment.completed`` at 100. Call it from
    the event loop the mock ``app`` runs in."""
    store: Store = app.state.store
    now = timefmt.from_epoch(app.state.settings.clock())
    with collect_events() as events, store.transaction():
        doc = store.get(ENROLLMENTS.kind, enrollment_id)
        if doc is None:
            raise KeyError(f"no enrollment {enrollment_id}")
        stamp = timefmt.iso(now)
        doc["percentage_completed"] = min(max(percentage, 0.0), 100.0) / 100
        doc["started_at"] = doc.get("started_at") or stamp
        doc["updated_at"] = stamp
        done = percentage >= 100
        if done:
            doc["completed_at"] = doc.get("completed_at") or stamp
        store.replace(ENROLLMENTS.kind, doc)
        user = store.get(USERS.kind, doc["user_id"])
        course = store.get(COURSES.kind, doc["course_id"])
        payload = enrollment_payload(doc, user or {"id": doc["user_id"]}, course or {"id": 0})
        emit_at(store, now, "enrollment.progress", payload)
        if done:
            emit_at(store, now, "enrollment.completed", payload)
    app.state.deliverer.publish(events)


async def progress(request: Request) -> Response:
    enrollment_id = digits_value(request.path_params["id"])
    if enrollment_id is None:
        return JSONResponse({"error": "Record not found"}, 404)
    try:
        data = json.loads(await request.body())
    except (ValueError, RecursionError):
        return JSONResponse({"error": "the body is not JSON"}, 400)
    percentage = _percentage(data)
    if percentage is None:
        errors = {"percentage_completed": ["must be a number from 0 to 100"]}
        return JSONResponse({"errors": errors}, 422)
    try:
        await record_progress(request.app, enrollment_id, percentage)
    except KeyError:
        return JSONResponse({"error": "Record not found"}, 404)
    return Response(status_code=204)


def _percentage(data: object) -> float | None:
    value = data.get("percentage_completed") if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    # Compared before float() (a huge integer overflows it); NaN compares false.
    return float(value) if 0 <= value <= 100 else None


ROUTES = [Route(PROGRESS_PATH, progress, methods=["POST"])]
