"""The mock's fast paths answer exactly what the slow ones did: orjson against Starlette's
JSONResponse, the segment-indexed router against Starlette's Router, a page's in-place cut of
its documents against the copying one."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from aiothinkific.mock import MockSettings, create_app, jsoncodec
from aiothinkific.mock.routing import SegmentIndexedRouter
from aiothinkific.specs import admin_spec
from starlette.responses import JSONResponse
from starlette.routing import Match, Router

VALUES: list[Any] = [
    {"a": 1, "b": [1.5, None, True, "é ü 中 \u2028"], "c": {"d": -0.0, "e": 1e16}},
    {"big": 2**70},  # beyond orjson: the standard library's answer
    {1: "non-string key"},
    [],
    "text",
    0.1,
]


@pytest.mark.parametrize("value", VALUES)
def test_dumps_is_byte_for_byte_json_response(value: Any) -> None:
    assert json.loads(jsoncodec.dumps(value)) == json.loads(JSONResponse(value).body)
    if not isinstance(value, dict) or ("big" not in value and 1 not in value):
        assert jsoncodec.FastJSONResponse(value).body == JSONResponse(value).body


def test_loads_takes_integers_beyond_64_bits() -> None:
    assert jsoncodec.loads(f'{{"n": {2**70}}}') == {"n": 2**70}
    assert jsoncodec.loads('{"n": 1, "s": "\\u00e9"}') == {"n": 1, "s": "é"}


@pytest.mark.parametrize(
    "doc",
    [
        {"id": 1, "name": "a", "email": "e"},  # the schema's fields, in its order
        {"id": 1, "name": "a", "email": "e", "internal": 1, "secret": "s"},  # and others
        {"email": "e", "id": 1, "secret": "s", "name": "a"},  # out of order
        {"name": "a", "hidden": None},  # fields missing
        {},
    ],
)
def test_a_pages_in_place_cut_is_the_copying_cut(doc: dict[str, Any]) -> None:
    from aiothinkific.mock.engine import Projection

    cut = Projection(("id", "name", "email"))
    expected = cut(dict(doc))
    taken = cut.take(dict(doc))
    assert taken == expected and list(taken) == list(expected)


def _first(routes: Any, scope: Any) -> Any:
    """The route Starlette's loop hands the request to, and how it matched."""
    partial = None
    for route in routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            return route, "full"
        if match is Match.PARTIAL and partial is None:
            partial = route
    return (partial, "partial") if partial else (None, None)


def test_the_indexed_router_picks_the_route_starlettes_would() -> None:
    app = create_app(MockSettings(seed_users=0))
    router = app.router
    assert isinstance(router, SegmentIndexedRouter)
    plain = Router(routes=router.routes, redirect_slashes=False)
    paths = [
        "/api/public/v1" + op.path.replace("{", "").replace("}", "")
        for op in admin_spec().operations
    ]
    paths += ["/api/public/v1/users/", "/openapi.json", "/api/v2/webhooks/1", "/nope", "/"]
    paths += ["/api/public/v2/users", "/api/public/v1/nope/1", "/api/public/v1/users/1/x/y/z"]
    tried = []
    for path in paths:
        for method in ("GET", "POST", "PUT", "DELETE", "PATCH"):
            scope = {"type": "http", "path": path, "method": method, "root_path": ""}
            candidates = router.candidates(path)
            assert _first(candidates, scope) == _first(plain.routes, scope), (method, path)
            tried.append(len(candidates))
    assert max(tried) < len(plain.routes) / 4  # the point of the index: few routes tried


async def test_answers_and_405s_through_the_indexed_router() -> None:
    app = create_app(MockSettings(seed_users=3))
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": "Bearer mock-token"}
    async with httpx.AsyncClient(transport=transport, base_url="http://m") as client:
        users = await client.get("/api/public/v1/users", headers=headers)
        assert users.status_code == 200 and len(users.json()["items"]) == 3
        wrong = await client.patch("/api/public/v1/users/1", headers=headers)
        assert wrong.status_code == 405
        assert wrong.headers["allow"] == "DELETE, GET, HEAD, PUT"
        assert (await client.get("/api/public/v1/users/", headers=headers)).status_code == 404


def test_integer_bounds_fast_path_says_what_the_schema_validator_says() -> None:
    from aiothinkific.mock.validation import schema_errors, validators

    checked = 0
    for validator in validators(admin_spec()).values():
        for location in ("path", "query"):
            for compiled in validator.params[location]:
                if compiled.bounds is None:
                    continue
                for value in (-(2**63), -1, 0, 1, 2, 25, 250, 251, 1000, 2**63 - 1):
                    fast: dict[str, list[str]] = {}
                    slow: dict[str, list[str]] = {}
                    valid = compiled.errors(value, fast)
                    schema_errors(compiled.validator, value, slow, (compiled.param.name,))
                    assert fast == slow and valid == (not slow), (compiled.param, value)
                    checked += 1
    assert checked > 100
