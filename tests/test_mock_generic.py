"""Generic behaviour: the mock serves every operation of the spec it is given, those without a
handler by spec-driven behaviour, as after a vendor update no handler was written for yet.

The vendor update is simulated on the packaged patched spec: a new read in the Courses group
(``GET /courses/{id}/instructors``, answering the existing ``GetInstructorsResponse``) and a new
collection with a small schema of its own (``/course_tags``: create, list, read, update, delete).
Every answer is checked against that spec as the client receives it (``ResponseChecker``), and
schemathesis drives each new operation with all its checks.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from aiothinkific.mock import (
    MockSettings,
    create_app,
    create_spec_app,
    generic_operations,
    stale_handlers,
)
from aiothinkific.mock.contract import ResponseChecker
from aiothinkific.mock.validation import NON_BLANK
from aiothinkific.specs import JSON, Spec, admin_spec, webhooks_spec
from schemathesis import GenerationMode
from starlette.applications import Starlette
from starlette.routing import Route

BASE = "http://mock/api/public/v1"
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}
MISSING = 999_999
CLOCK = 1_700_000_000.0


def _ref(kind: str, name: str) -> JSON:
    return {"$ref": f"#/components/{kind}/{name}"}


def _json(schema: JSON, description: str = "") -> JSON:
    return {"description": description or "OK", "content": {"application/json": {"schema": schema}}}


def vendor_update() -> Spec:
    """The packaged spec with the operations a vendor update adds (written as the vendor writes
    its own: the shared error responses, page and limit, tags)."""
    document = copy.deepcopy(admin_spec().document)
    paths, components = document["paths"], document["components"]
    chapters = paths["/courses/{id}/chapters"]["get"]
    paths["/courses/{id}/instructors"] = {
        "get": {
            **copy.deepcopy(chapters),
            "summary": "Get Instructors by Course ID",
            "description": "Returns the Instructors of the course identified by the provided id.",
            "operationId": "getCourseInstructors",
            "responses": {
                **copy.deepcopy(chapters["responses"]),
                "200": _json(_ref("schemas", "GetInstructorsResponse"), "Instructors"),
            },
        }
    }
    components["schemas"]["CourseTagRequest"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "pattern": NON_BLANK, "maxLength": 40},
            "color": {"type": "string", "enum": ["red", "green", "blue"]},
            "position": {"type": "integer", "minimum": 1, "format": "int64"},
        },
    }
    components["schemas"]["CourseTagResponse"] = {
        "type": "object",
        "required": ["id", "name", "created_at"],
        "properties": {
            "id": {"type": "integer", "format": "int64"},
            "name": {"type": "string"},
            "color": {"type": "string", "nullable": True},
            "position": {"type": "integer", "nullable": True},
            "created_at": {"type": "string", "format": "date-time"},
            "updated_at": {"type": "string", "format": "date-time"},
        },
    }
    components["schemas"]["GetCourseTagsResponse"] = {
        "type": "object",
        "required": ["items", "meta"],
        "properties": {
            "items": {"type": "array", "items": _ref("schemas", "CourseTagResponse")},
            "meta": _ref("schemas", "Meta"),
        },
    }
    errors = {
        "401": _ref("responses", "ErrorUnauthorizedResponse"),
        "403": _ref("responses", "ErrorForbiddenAppsNotAvailableResponse"),
    }
    not_found = {"404": _ref("responses", "ErrorNotFoundResponse")}
    bad_query = {"422": _ref("responses", "UnprocessableEntityResponse")}
    bad_body = {"400": _ref("responses", "ErrorBadRequestResponse"), **bad_query}
    body = {
        "required": True,
        "content": {"application/json": {"schema": _ref("schemas", "CourseTagRequest")}},
    }
    tag = _json(_ref("schemas", "CourseTagResponse"), "Course tag")
    tags = ["Course Tags"]
    paths["/course_tags"] = {
        "get": {
            "tags": tags,
            "operationId": "getCourseTags",
            "parameters": copy.deepcopy(chapters["parameters"][1:]),  # page, limit
            "responses": {
                "200": _json(_ref("schemas", "GetCourseTagsResponse")),
                **errors,
                **bad_query,
            },
        },
        "post": {
            "tags": tags,
            "operationId": "createCourseTag",
            "requestBody": body,
            "responses": {"201": tag, **errors, **bad_body},
        },
    }
    paths["/course_tags/{id}"] = {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "get": {
            "tags": tags,
            "operationId": "getCourseTagByID",
            "responses": {"200": tag, **errors, **not_found},
        },
        "put": {
            "tags": tags,
            "operationId": "updateCourseTagByID",
            "requestBody": body,
            "responses": {"204": {"description": "Updated"}, **errors, **not_found, **bad_body},
        },
        "delete": {
            "tags": tags,
            "operationId": "deleteCourseTagByID",
            "responses": {"204": {"description": "Deleted"}, **errors, **not_found},
        },
    }
    return Spec(document)


UPDATED = vendor_update()
ADDED = sorted(
    {op.operation_id for op in UPDATED.operations}
    - {op.operation_id for op in admin_spec().operations}
)


def updated_app(seed: int = 0) -> Starlette:
    return create_app(MockSettings(seed=seed, clock=lambda: CLOCK), spec=UPDATED)


def connect(app: Starlette, checker: ResponseChecker | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url=BASE,
        headers=AUTH,
        event_hooks={"response": [(checker or ResponseChecker(spec=UPDATED)).hook]},
    )


@pytest.fixture
async def api() -> AsyncIterator[httpx.AsyncClient]:
    async with connect(updated_app()) as client:
        yield client


# --------------------------------------------------------------------------------------------
# The app starts, and says what it serves generically
# --------------------------------------------------------------------------------------------


def test_a_vendor_update_starts_and_names_the_operations_on_generic_behaviour(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert ADDED  # the simulated update adds operations
    with caplog.at_level(logging.INFO, logger="aiothinkific.mock"):
        app = updated_app()
    assert sorted(app.state.generic_operations) == ADDED
    assert sorted(generic_operations(UPDATED)) == ADDED
    assert app.state.stale_handlers == stale_handlers(UPDATED) == ()
    (logged,) = [r for r in caplog.records if r.name == "aiothinkific.mock"]
    assert logged.levelno == logging.INFO
    assert all(operation_id in logged.getMessage() for operation_id in ADDED)
    served = {route.name for route in app.routes if isinstance(route, Route)}
    assert {op.operation_id for op in UPDATED.operations} <= served


async def test_a_handler_whose_operation_was_removed_is_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    document = copy.deepcopy(admin_spec().document)
    del document["paths"]["/courses/{id}/chapters"]
    removed = Spec(document)
    with caplog.at_level(logging.WARNING, logger="aiothinkific.mock"):
        app = create_app(spec=removed)
    assert app.state.stale_handlers == stale_handlers(removed) == ("getChaptersByCourseID",)
    assert app.state.generic_operations == ()
    (logged,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "getChaptersByCourseID" in logged.getMessage()
    async with connect(app, ResponseChecker(spec=removed)) as api:
        assert (await api.get("/courses/1/chapters")).status_code == 404  # no such route now
        assert (await api.get("/courses/1")).status_code == 200  # everything else is served


# --------------------------------------------------------------------------------------------
# Reads: from the store, else drawn from the schema (examples first), deterministic
# --------------------------------------------------------------------------------------------


async def test_the_new_read_answers_a_page_whose_pagination_fits_its_items(
    api: httpx.AsyncClient,
) -> None:
    page = (await api.get("/courses/1/instructors")).json()
    total = page["meta"]["pagination"]["total_items"]
    assert total >= 2
    assert [item["id"] for item in page["items"]] == list(range(1, total + 1))
    assert page["meta"]["pagination"] == {
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
        "total_pages": 1,
        "total_items": total,
        "entries_info": f"1-{total} of {total}",
    }
    second = (await api.get("/courses/1/instructors", params={"limit": 1, "page": 2})).json()
    assert second["items"] == [page["items"][1]]  # the same record, read the same
    assert second["meta"]["pagination"] == {
        "current_page": 2,
        "next_page": 3 if total > 2 else None,
        "prev_page": 1,
        "total_pages": total,
        "total_items": total,
        "entries_info": f"2-2 of {total}",
    }
    beyond = (await api.get("/courses/1/instructors", params={"page": 9})).json()
    assert beyond["items"] == [] and beyond["meta"]["pagination"]["total_items"] == total


async def test_the_new_read_uses_the_spec_examples_and_the_courses_it_belongs_to(
    api: httpx.AsyncClient,
) -> None:
    (instructor, *_) = (await api.get("/courses/1/instructors")).json()["items"]
    example = admin_spec().component("InstructorResponse")["properties"]["email"]["example"]
    assert instructor["email"] == example  # examples first
    for path in (f"/courses/{MISSING}/instructors", "/courses/abc/instructors"):
        response = await api.get(path)
        assert response.status_code == 404, path  # as the course itself is
        assert isinstance(response.json()["error"], str)
    invalid = await api.get("/courses/1/instructors", params={"limit": 0})
    assert invalid.status_code == 422
    assert "limit" in invalid.json()["errors"]


async def test_generic_answers_are_the_same_for_the_same_seed() -> None:
    async def answers(seed: int) -> list[Any]:
        async with connect(updated_app(seed)) as api:
            return [(await api.get(f"/courses/{c}/instructors")).json() for c in (1, 2)]

    assert await answers(0) == await answers(0)
    assert await answers(3) == await answers(3)


# --------------------------------------------------------------------------------------------
# Writes: a collection keyed by its path
# --------------------------------------------------------------------------------------------


async def test_a_new_collection_keeps_what_is_written_to_it() -> None:
    checker = ResponseChecker(spec=UPDATED)
    async with connect(updated_app(), checker) as api:
        assert (await api.get("/course_tags")).json()["items"] == []
        created = await api.post("/course_tags", json={"name": "Python", "color": "green"})
        assert created.status_code == 201, created.text
        tag = created.json()
        assert (tag["name"], tag["color"]) == ("Python", "green")
        assert isinstance(tag["id"], int) and tag["created_at"].endswith("Z")
        one = f"/course_tags/{tag['id']}"
        assert (await api.get(one)).json() == tag
        listed = (await api.get("/course_tags")).json()
        assert listed["items"] == [tag] and listed["meta"]["pagination"]["total_items"] == 1

        updated = await api.put(one, json={"name": "Python 3", "color": "blue", "position": 2})
        assert updated.status_code == 204 and updated.content == b""
        changed = (await api.get(one)).json()
        assert (changed["name"], changed["color"], changed["position"]) == ("Python 3", "blue", 2)
        assert changed["created_at"] == tag["created_at"]

        assert (await api.delete(one)).status_code == 204
        gone = await api.get(one)
        assert gone.status_code == 404 and isinstance(gone.json()["error"], str)
        assert (await api.delete(one)).status_code == 404
        assert (await api.put(one, json={"name": "Back"})).status_code == 404
        assert (await api.get("/course_tags")).json()["meta"]["pagination"]["total_items"] == 0
        assert (await api.get(f"/course_tags/{MISSING}")).status_code == 404
    writes = {"createCourseTag", "getCourseTagByID", "updateCourseTagByID", "deleteCourseTagByID"}
    assert writes <= checker.succeeded()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": 5}, "name"),
        ({"name": "  "}, "name"),
        ({"name": "A", "color": "purple"}, "color"),
        ({"name": "A", "position": 0}, "position"),
    ],
)
async def test_a_new_collection_refuses_invalid_bodies(
    api: httpx.AsyncClient, body: JSON, field: str
) -> None:
    refused = await api.post("/course_tags", json=body)
    assert refused.status_code == 422, refused.text
    assert field in refused.json()["errors"]
    tag = (await api.post("/course_tags", json={"name": "Kept"})).json()
    assert (await api.put(f"/course_tags/{tag['id']}", json=body)).status_code == 422
    assert (await api.get(f"/course_tags/{tag['id']}")).json() == tag  # nothing written
    assert (await api.get("/course_tags")).json()["meta"]["pagination"]["total_items"] == 1


# --------------------------------------------------------------------------------------------
# Conformance: schemathesis, every check, on each added operation
# --------------------------------------------------------------------------------------------

#: Half of the ids sent name records that exist (each test creates them first), so answers
#: with a record are checked too, not only 404s.
KNOWN_IDS = [1, 2, 3]
CONFIG = schemathesis.Config.from_dict(
    {
        "generation": {"database": "none"},
        "dictionaries": {"known_ids": {"values": KNOWN_IDS}},
        "parameters": {"path.id": {"dictionary": "known_ids", "probability": 0.5}},
        "auth": {
            "openapi": {"ApiKey": {"api_key": "mock-key"}, "ApiKeySubdomain": {"api_key": "mock"}}
        },
    }
)
CONTRACT = schemathesis.openapi.from_asgi("/openapi.json", updated_app(), config=CONFIG)


def app_with_tags() -> Starlette:
    """A fresh site where the known ids name course tags (and courses, from the seed)."""
    app = updated_app()

    async def create() -> None:
        async with connect(app) as api:
            for number in KNOWN_IDS:
                response = await api.post("/course_tags", json={"name": f"Tag {number}"})
                assert response.json()["id"] == number

    asyncio.run(create())
    return app


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("operation_id", ADDED)
def test_an_added_operation_passes_every_schemathesis_check(
    operation_id: str, mode: GenerationMode
) -> None:
    op = UPDATED.operation(operation_id)
    operation = CONTRACT[op.path][op.method]
    app = app_with_tags()

    @hypothesis.settings(
        max_examples=30,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    def conforms(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate(app=app)

    conforms()


# --------------------------------------------------------------------------------------------
# Any spec: the core alone
# --------------------------------------------------------------------------------------------


async def test_any_spec_is_served_by_generic_behaviour_alone() -> None:
    """The Webhooks API's spec, with no handler at all: string ids, a cursor page."""
    spec = webhooks_spec()
    app = create_spec_app(spec, clock=lambda: CLOCK)
    assert app.state.generic_operations == tuple(op.operation_id for op in spec.operations)
    checker = ResponseChecker(base_path="/api/v2", spec=spec)
    transport = httpx.ASGITransport(app=app)
    root = "http://mock/api/v2"
    async with httpx.AsyncClient(
        transport=transport, base_url=root, event_hooks={"response": [checker.hook]}
    ) as api:
        assert (await api.get("/webhooks")).json() == {"items": [], "meta": {"next": None}}
        sent = {"topic": "user.signup", "target_url": "https://example.com/hook"}
        hook = (await api.post("/webhooks", json=sent)).json()
        assert isinstance(hook["id"], str) and hook["topic"] == "user.signup"
        assert (await api.get(f"/webhooks/{hook['id']}")).json() == hook
        put = await api.put(f"/webhooks/{hook['id']}", json={**sent, "topic": "order.created"})
        assert put.json()["topic"] == "order.created"
        assert [h["id"] for h in (await api.get("/webhooks")).json()["items"]] == [hook["id"]]
        assert (await api.delete(f"/webhooks/{hook['id']}")).status_code == 204
        assert (await api.get(f"/webhooks/{hook['id']}")).status_code == 404
        assert (await api.post("/webhooks", json={"topic": "nope"})).status_code == 422
