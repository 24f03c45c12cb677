"""Mock-only controls: what no Admin API call can cause on a real site (a student's progress),
caused over HTTP, so a mock in another process (``aiothinkific mock serve``) can fire every
instant trigger end to end. Same credentials as the Admin API.

``POST /_mock/enrollments/{id}/progress`` with ``{"percentage_completed": 50}`` sets the
enrollment's progress and sends ``enrollment.progress``, and ``enrollment.completed`` at 100
(:func:`~aiothinkific.mock.webhooks.record_progress` in process)."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from aiothinkific.mock.validation import digits_value
from aiothinkific.mock.webhooks import record_progress

PROGRESS_PATH = "/_mock/enrollments/{id}/progress"


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
