"""The mock's fast paths answer exactly what the slow ones did: orjson against Starlette's
JSONResponse, the segment-indexed router against Starlette's Router, pages of the documents kept
as shown against the same pages decoded and cut."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiothinkific.mock import MockSettings, create_app, jsoncodec
from aiothinkific.mock.engine import Projection
from aiothinkific.mock.errors import ApiError, invalid
from aiothinkific.mock.routing import PATH_CACHE_SIZE, SegmentIndexedRouter
from aiothinkific.mock.server import query_values
from aiothinkific.mock.store import Store, eq
from aiothinkific.mock.validation import RequestValidator, validators
from aiothinkific.specs import admin_spec
from hypothesis import example, given
from hypothesis import strategies as st
from starlette.datastructures import QueryParams
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
        for status in (200, 201, 422, 204):
            fast, slow = jsoncodec.FastJSONResponse(value, status), JSONResponse(value, status)
            assert (fast.body, fast.raw_headers) == (slow.body, slow.raw_headers)
        fast = jsoncodec.FastJSONResponse(value, 429, headers={"Retry-After": "3"})
        slow = JSONResponse(value, 429, headers={"Retry-After": "3"})
        assert (fast.body, fast.raw_headers) == (slow.body, slow.raw_headers)


def test_an_encoded_array_is_written_as_it_is_even_beside_what_orjson_cannot_take() -> None:
    items = jsoncodec.EncodedArray([b'{"id":1,"name":"\xc3\xa9"}', b"{}"])
    assert len(items) == 2
    assert jsoncodec.dumps({"items": items}) == b'{"items":[{"id":1,"name":"\xc3\xa9"},{}]}'
    big = jsoncodec.dumps({"items": items, "n": 2**70})  # the standard library's turn
    assert json.loads(big) == {"items": [{"id": 1, "name": "é"}, {}], "n": 2**70}
    assert jsoncodec.dumps(jsoncodec.EncodedArray([])) == b"[]"


@given(st.lists(st.text("ab=&%+;2F é", max_size=6), max_size=5).map("&".join))
@example("page=1&limit=25&page=2")  # a repeated name: its last value
@example("a&=b&&c=1=2&%zz=%41+%2B")
def test_query_values_are_what_starlettes_query_params_give(query: str) -> None:
    raw = query.encode("latin-1", "replace")
    assert query_values(raw) == dict(QueryParams(raw))


def test_loads_takes_integers_beyond_64_bits() -> None:
    assert jsoncodec.loads(f'{{"n": {2**70}}}') == {"n": 2**70}
    assert jsoncodec.loads('{"n": 1, "s": "\\u00e9"}') == {"n": 1, "s": "é"}


FIELDS = ("id", "name", "email")


def _shown_as_cut(store: Store, kind: str) -> None:
    """The shown documents are the stored ones cut to the fields, byte for byte."""
    expected = [jsoncodec.dumps(Projection(FIELDS)(doc)) for doc in store.select(kind)]
    assert store.select_shown(kind, limit=1000) == expected
    assert store.count(kind) == len(expected)


def test_every_write_keeps_the_shown_documents_in_step() -> None:
    store = Store()
    store.show_as("user", FIELDS)
    store.insert("user", {"email": "a@x", "name": "A", "secret": "s"})
    store.put_many("user", [{"id": n, "name": f"N{n}", "email": f"{n}@x"} for n in (5, 6, 7)])
    store.put_many("other", [{"id": 1, "name": "not shown"}])
    _shown_as_cut(store, "user")
    assert store.select_shown("user", limit=1)[0] == b'{"id":1,"name":"A","email":"a@x"}'
    store.replace("user", {"id": 5, "email": "new@x", "name": "Renamed", "internal": 1})
    _shown_as_cut(store, "user")
    assert store.update_where("user", [eq("name", "N6")], {"name": "Moved", "email": "m@x"}) == 1
    _shown_as_cut(store, "user")
    assert store.delete("user", 7)
    _shown_as_cut(store, "user")
    assert [d["name"] for d in store.select("user")] == ["A", "Renamed", "Moved"]
    with pytest.raises(ValueError, match="'other' are not kept as shown"):
        store.select_shown("other", limit=1)


def test_a_transaction_is_all_or_nothing_and_those_inside_it_are_part_of_it() -> None:
    store = Store()
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("user", {"name": "kept?"})
        with store.transaction():
            store.insert("user", {"name": "inner"})
        raise RuntimeError("the request failed")
    assert store.select("user") == [] and not store.db.in_transaction
    with store.transaction(), store.transaction(write=False):
        store.insert("user", {"name": "both"})
        assert store.db.in_transaction
    assert [d["name"] for d in store.select("user")] == ["both"] and not store.db.in_transaction


def test_reads_of_an_in_memory_store_begin_no_transaction_and_a_write_inside_begins_its_own(
    tmp_path: Path,
) -> None:
    store = Store()
    with store.transaction(write=False):
        assert not store.db.in_transaction  # nothing else can write in between
        with pytest.raises(RuntimeError), store.transaction():
            store.insert("user", {"name": "undone"})
            assert store.db.in_transaction
            raise RuntimeError("the write failed")
        assert not store.db.in_transaction
    assert store.select("user") == []
    shared = Store(str(tmp_path / "shared.sqlite"))  # another process may write between reads
    with shared.transaction(write=False):
        assert shared.db.in_transaction
    assert not shared.db.in_transaction
    shared.close()


def test_a_database_from_before_the_column_or_from_another_spec_is_shown_anew(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:  # the docs table as it was before ``shown``
        old.execute("CREATE TABLE docs (kind TEXT, id INTEGER, body TEXT, PRIMARY KEY (kind, id))")
        old.execute("""INSERT INTO docs VALUES ('user', 1, '{"id":1,"email":"e","name":"n"}')""")
    store = Store(str(path))
    store.show_as("user", FIELDS)
    assert store.select_shown("user", limit=5) == [b'{"id":1,"name":"n","email":"e"}']
    assert store.count("user") == 1  # counted once: the file is from before the counts
    store.close()
    store = Store(str(path))  # the same file under a spec whose schema has other fields
    store.show_as("user", ("email", "id"))
    assert store.select_shown("user", limit=5) == [b'{"email":"e","id":1}']
    store.close()


async def test_pages_answer_byte_for_byte_what_decoding_and_cutting_would() -> None:
    """Pages of the kinds kept shown, after writes of every sort (a rename also renames the
    user's copies on orders), against the same pages with the decoding path forced."""
    app = create_app(MockSettings(seed_users=30))
    store: Store = app.state.store
    transport = httpx.ASGITransport(app=app)
    headers = {"Authorization": "Bearer mock-token"}
    base = "http://m/api/public/v1"
    async with httpx.AsyncClient(transport=transport, base_url=base, headers=headers) as client:
        user = {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}
        assert (await client.post("/users", json=user)).status_code == 201
        renamed = {"first_name": "Grace", "last_name": "Hopper"}
        assert (await client.put("/users/1", json=renamed)).status_code == 204
        assert (await client.delete("/users/2")).status_code == 204
        lists = ["/users?limit=250", "/users?page=3&limit=7", "/orders?limit=250", "/courses",
                 "/instructors", "/groups", "/custom_profile_field_definitions"]  # fmt: skip
        shown = {path: (await client.get(path)).content for path in lists}
        kept = dict(store.shown_fields)
        store.shown_fields.clear()  # every page decoded and cut, as before the column
        decoded = {path: (await client.get(path)).content for path in lists}
        store.shown_fields.update(kept)
    assert shown == decoded
    users = json.loads(shown["/users?limit=250"])["items"]
    assert users[0]["full_name"] == "Grace Hopper" and users[-1]["email"] == "ada@example.com"
    assert 2 not in [u["id"] for u in users]
    orders = [o for o in json.loads(shown["/orders?limit=250"])["items"] if o["user_id"] == 1]
    assert orders and {o["user_name"] for o in orders} == {"Grace Hopper"}
    assert {"users", "orders", "courses"} <= {kind + "s" for kind in kept}


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
    for number in range(PATH_CACHE_SIZE + 10):  # more paths than it remembers: it starts afresh
        assert router.candidates(f"/api/public/v1/users/{number}") == router._candidates(
            f"/api/public/v1/users/{number}"
        )
    assert 0 < len(router._by_path) <= PATH_CACHE_SIZE


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


def _query_one_by_one(validator: RequestValidator, raw: dict[str, str]) -> dict[str, Any]:
    """The query read parameter by parameter in the spec's order (how ``query`` read it before
    it looked only at the names given): the reference it must agree with."""
    values: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for compiled in validator.params["query"]:
        param, text = compiled.param, raw.get(compiled.param.name)
        if text is None or (text == "" and (param.allow_empty or param.required)):
            if param.required:
                errors.setdefault(param.name, []).append("can't be blank")
            elif compiled.default is not None:
                values[param.name] = compiled.default
            continue
        try:
            value = compiled.coerce(text)
        except ValueError as error:
            errors.setdefault(param.name, []).append(str(error))
            continue
        if not compiled.errors(value, errors):
            continue
        if text == "":
            if compiled.default is not None:
                values[param.name] = compiled.default
            continue
        values[param.name] = value
    if errors:
        raise invalid(errors)
    return values


QUERIED = [v for v in validators(admin_spec()).values() if v.params["query"]]
QUERY_TEXTS = ["", "1", "0", "-3", "25", "250", "abc", "true", "2026-01-02", " 7 ", "9" * 25]


@given(st.data())
def test_query_reads_the_given_names_as_the_spec_order_reading_does(data: st.DataObject) -> None:
    validator = data.draw(st.sampled_from(QUERIED))
    names = [c.param.name for c in validator.params["query"]] + ["unknown"]
    raw = data.draw(st.dictionaries(st.sampled_from(names), st.sampled_from(QUERY_TEXTS)))

    def outcome(read: Any) -> Any:
        try:
            return read(raw)
        except ApiError as error:  # the same messages, the fields in the same order
            return error.status, json.dumps(error.body)

    assert outcome(validator.query) == outcome(lambda r: _query_one_by_one(validator, r))
