"""What every backend shares: the validated request a handler gets (:class:`Call`), and
:class:`Records`, which finds, lists and shows documents of one kind the way Thinkific does (404
bodies, ``page``/``limit`` pagination, response-shaped output).

A handler is ``def handler(call: Call) -> body``: it returns the success body (``None`` when the
spec documents none) and raises :class:`~aiothinkific.mock.errors.ApiError` for anything else.
The success status is the spec's, not the handler's choice. Handlers are registered with
:func:`~aiothinkific.mock.registry.handles`.
"""

from __future__ import annotations

import datetime
import math
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from aiothinkific.mock import jsoncodec, timefmt
from aiothinkific.mock.errors import field_error, invalid, not_found, taken
from aiothinkific.mock.store import Doc, Filter, Store, eq, eq_nocase
from aiothinkific.specs import JSON, Operation, Spec, per_spec

DEFAULT_LIMIT = 25


@dataclass
class Call:
    """One request that passed validation: the spec served and the operation called, typed
    parameters, a JSON body, the store. (Read-only to handlers; not frozen: that would cost
    every request a slower ``__init__``.)"""

    spec: Spec
    operation: Operation
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    headers: Mapping[str, str]
    credential: str
    store: Store
    clock: Callable[[], float]
    rng: random.Random

    @cached_property
    def now(self) -> datetime.datetime:
        """The request's time (read when a handler first asks: most never do)."""
        return timefmt.from_epoch(self.clock())

    @property
    def timestamp(self) -> str:
        return timefmt.iso(self.now)

    @property
    def id(self) -> int:
        """The ``{id}`` path parameter (validated as an integer where the spec says so)."""
        value: int = self.path["id"]
        return value

    @property
    def data(self) -> dict[str, Any]:
        """The JSON body as an object (validation guarantees it is one)."""
        return self.body if isinstance(self.body, dict) else {}

    def required(self, *names: str) -> None:
        """422 for fields the spec leaves optional but the API needs."""
        missing = {name: ["can't be blank"] for name in names if self.data.get(name) is None}
        if missing:
            raise invalid(missing)


Handler = Callable[[Call], Any]


@per_spec
def response_fields(spec: Spec, schema_name: str) -> tuple[str, ...]:
    """The fields a response schema documents (its properties, and required names)."""
    schema = spec.resolve(spec.component(schema_name))
    names = list(schema.get("properties", {}))
    names += [name for name in schema.get("required", ()) if name not in names]
    return tuple(names)


class Projection:
    """Documents cut to the fields of one response schema, in the schema's order. (A
    comprehension: ``itemgetter`` and ``zip`` measured slower for documents this size.)"""

    def __init__(self, fields: tuple[str, ...]) -> None:
        self.fields = fields

    def __call__(self, doc: Doc) -> JSON:
        return {name: doc[name] for name in self.fields if name in doc}


@per_spec
def projection(spec: Spec, schema_name: str) -> Projection:
    return Projection(response_fields(spec, schema_name))


def project(spec: Spec, schema_name: str, doc: Doc) -> JSON:
    """``doc`` cut to the fields of ``schema_name``: internal fields never leak out."""
    return projection(spec, schema_name)(doc)


def pagination(page: int, limit: int, total: int, count: int) -> JSON:
    """Thinkific's (Kaminari's) pagination metadata for one page of ``count`` items."""
    total_pages = math.ceil(total / limit)
    first = (page - 1) * limit + 1
    return {
        "current_page": page,
        "next_page": page + 1 if page < total_pages else None,
        "prev_page": page - 1 if 1 < page <= total_pages else None,
        "total_pages": total_pages,
        "total_items": total,
        "entries_info": f"{first}-{first + count - 1} of {total}" if count else f"0-0 of {total}",
    }


Render = Callable[[Call, Doc], Doc]


class Records:
    """The stored records of one ``kind`` (users, courses...), shown as ``schema`` (after
    ``render`` adds derived fields). Not the client's ``resources``: this is the mock's side."""

    def __init__(self, kind: str, schema: str, render: Render | None = None) -> None:
        self.kind = kind
        self.schema = schema
        self.render = render

    def get(self, call: Call, doc_id: Any) -> Doc | None:
        return call.store.get(self.kind, doc_id)

    def find(self, call: Call, doc_id: Any) -> Doc:
        """The document, or 404."""
        doc = self.get(call, doc_id)
        if doc is None:
            raise not_found()
        return doc

    def must_exist(self, call: Call, doc_id: Any, field: str) -> Doc:
        """The document a body field refers to, or 422 on that field."""
        doc = self.get(call, doc_id)
        if doc is None:
            raise field_error(field, "must exist")
        return doc

    def show(self, call: Call, doc: Doc) -> JSON:
        return project(call.spec, self.schema, self.render(call, doc) if self.render else doc)

    def page(self, call: Call, filters: Sequence[Filter] = ()) -> JSON:
        """One page of the documents matching ``filters``, as ``{"items", "meta"}``."""
        page = call.query.get("page", 1)
        limit = call.query.get("limit", DEFAULT_LIMIT)
        total = call.store.count(self.kind, filters)
        offset = (page - 1) * limit
        items = self.items(call, filters, limit, offset) if offset < total else []
        return {
            "items": items,
            "meta": {"pagination": pagination(page, limit, total, len(items))},
        }

    def items(
        self, call: Call, filters: Sequence[Filter], limit: int, offset: int
    ) -> list[JSON] | jsoncodec.EncodedArray:
        """A page's items: as the store keeps them shown where it does (for this spec's
        schema), else its documents decoded and cut (after ``render``)."""
        cut = projection(call.spec, self.schema)  # once for the page, not per item
        store = call.store
        if store.shown_fields.get(self.kind) == cut.fields:
            shown = store.select_shown(self.kind, filters, limit=limit, offset=offset)
            return jsoncodec.EncodedArray(shown)
        docs = store.select(self.kind, filters, limit=limit, offset=offset)
        render = self.render
        return [cut(render(call, doc)) for doc in docs] if render else list(map(cut, docs))

    def insert(self, call: Call, doc: Doc) -> Doc:
        return call.store.insert(self.kind, doc)

    def save(self, call: Call, doc: Doc) -> None:
        call.store.replace(self.kind, doc)

    def delete(self, call: Call, doc_id: int) -> None:
        if not call.store.delete(self.kind, doc_id):
            raise not_found()

    def check_unique(
        self,
        call: Call,
        field: str,
        value: Any,
        *,
        current: int | None = None,
        nocase: bool = False,
    ) -> None:
        """422 ``has already been taken`` if another document has ``value`` in ``field``."""
        match = eq_nocase(field, value) if nocase else eq(field, value)
        other = call.store.first(self.kind, [match])
        if other is not None and other["id"] != current:
            raise taken(field)

    def all_exist(self, call: Call, ids: Iterable[int]) -> bool:
        wanted = set(ids)
        return len(call.store.get_many(self.kind, wanted)) == len(wanted)


def changes(call: Call, fields: Iterable[str]) -> dict[str, Any]:
    """The body's values for ``fields`` that were sent (date-times in the stored format)."""
    spec = call.spec
    properties = spec.resolve(call.operation.body_schema or {}).get("properties", {})
    sent: dict[str, Any] = {}
    for name in fields:
        if name not in call.data:
            continue
        value = call.data[name]
        prop = spec.resolve(properties.get(name, {}))
        if isinstance(value, str) and prop.get("format") == "date-time":
            value = timefmt.normalize(value)
        sent[name] = value
    return sent
