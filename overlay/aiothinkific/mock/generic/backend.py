"""Generic behaviour: the handler of an operation that has none, acting on the store as its
:class:`~aiothinkific.mock.generic.plan.Plan` says, answering as
:mod:`~aiothinkific.mock.generic.render` builds it.

Records of a collection are documents of the store whose kind is the collection's concrete path
(``/courses/5/instructors``; a handler's kinds never start with ``/``). An unknown record is a
404 ``{"error": ...}``, as a handler answers it: a deleted record is gone, and a catalogue has
exactly the records its list shows. Everything drawn is keyed by the seed and the record's path,
so the same seed gives the same answers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from aiothinkific.mock.engine import DEFAULT_LIMIT, Call, Handler, pagination
from aiothinkific.mock.errors import not_found
from aiothinkific.mock.generic.plan import Action, Plan, plan
from aiothinkific.mock.generic.render import conform, list_body, properties
from aiothinkific.mock.store import Doc
from aiothinkific.mock.validation import digits_value
from aiothinkific.specs import JSON, Operation, Spec

#: How many records a catalogue (a collection the spec cannot create in) starts with.
CATALOGUE_SIZE = (2, 6)
#: Fields a record gets from the clock when its schema documents them.
CREATED, UPDATED = "created_at", "updated_at"

#: Runs another operation's handler (a ``GET`` of a record) with the path values of a call:
#: its answer, or the 404 it raises.
ReadRecord = Callable[[Call, Operation], Any]


class GenericBehaviour:
    """The handlers of ``spec``'s operations named in ``generic``."""

    def __init__(
        self, spec: Spec, *, generic: frozenset[str], seed: int, read_record: ReadRecord
    ) -> None:
        self.spec = spec
        self.generic = generic
        self.seed = seed
        self.read_record = read_record

    def handler(self, operation: Operation) -> Handler:
        how = plan(self.spec, operation, self.generic)
        act = {
            Action.LIST: self.list,
            Action.READ: self.read,
            Action.CREATE: self.create,
            Action.UPDATE: self.update,
            Action.DELETE: self.delete,
            Action.ACT: self.act,
        }[how.action]

        def generic_handler(call: Call) -> Any:
            if how.owner is not None:
                return self.on_owned_record(how, call)
            if how.parent is not None:
                self.read_record(call, how.parent)  # the record the collection belongs to
            return act(how, call)

        generic_handler.__name__ = f"generic_{how.action.value}"
        return generic_handler

    # -- where records are ------------------------------------------------------------------

    def kind(self, how: Plan, call: Call) -> str:
        return how.collection.fill(call.path)

    def key(self, kind: str, doc_id: object) -> str:
        return f"{self.seed}:{kind}/{doc_id}"

    def record_id(self, how: Plan, call: Call) -> int:
        """The id the path names (an integer, or a string of digits where ids are strings)."""
        if how.id_param is None:
            return 1  # the one record of a path that names no id
        value = call.path[how.id_param]
        found = digits_value(value) if isinstance(value, str) else value
        if not isinstance(found, int) or isinstance(found, bool):
            raise not_found()
        return found

    def catalogue(self, how: Plan, call: Call, kind: str) -> None:
        """A collection the spec cannot create in holds a few records, drawn the first time."""
        if how.creatable or call.store.get_meta(f"generic:{kind}") is not None:
            return
        count = random.Random(f"{self.seed}:{kind}").randint(*CATALOGUE_SIZE)
        call.store.put_many(kind, [{"id": doc_id} for doc_id in call.store.next_ids(kind, count)])
        call.store.set_meta(f"generic:{kind}", str(count))

    def find(self, how: Plan, call: Call) -> tuple[str, Doc]:
        kind = self.kind(how, call)
        self.catalogue(how, call, kind)
        doc = call.store.get(kind, self.record_id(how, call))
        if doc is None:
            raise not_found()
        return kind, doc

    def show(self, schema: JSON | None, kind: str, doc: Doc) -> Any:
        """The record as ``schema`` answers it (``None``: the answer has no body)."""
        if schema is None:
            return None
        return conform(self.spec, schema, doc, self.key(kind, doc["id"]))

    def fields(self, call: Call) -> Doc:
        """What a write sends, as record fields (the id is the server's to give)."""
        return {name: value for name, value in call.data.items() if name != "id"}

    def stamps(self, how: Plan, call: Call, *names: str) -> Doc:
        documented = properties(self.spec, how.record_schema) if how.record_schema else {}
        return {name: call.timestamp for name in names if name in documented}

    # -- the actions ------------------------------------------------------------------------

    def list(self, how: Plan, call: Call) -> Any:
        kind = self.kind(how, call)
        self.catalogue(how, call, kind)
        total = call.store.count(kind)
        query = {p.name for p in how.operation.params("query")}
        paged = bool(query & {"page", "limit", "per_page"})
        page = _count(call.query.get("page"), 1) if paged else 1
        size = call.query.get("limit", call.query.get("per_page"))
        limit = _count(size, DEFAULT_LIMIT) if paged else max(total, 1)
        offset = (page - 1) * limit
        docs = call.store.select(kind, limit=limit, offset=offset) if offset < total else []
        items = [self.show(how.record_schema or {}, kind, doc) for doc in docs]
        numbers = {
            **pagination(page, limit, total, len(docs)),
            "page": page,
            "per_page": limit,
            "limit": limit,
            "offset": offset,
            "total": total,
            "count": len(docs),
        }
        schema = how.operation.success_schema or {}
        return list_body(self.spec, schema, items, numbers, self.key(kind, "list"))

    def read(self, how: Plan, call: Call) -> Any:
        if how.id_param is None:  # the one record of a path: drawn until it is written
            kind = self.kind(how, call)
            doc = call.store.get(kind, 1) or {"id": 1}
            return self.show(how.record_schema, kind, doc)
        kind, doc = self.find(how, call)
        return self.show(how.record_schema, kind, doc)

    def create(self, how: Plan, call: Call) -> Any:
        kind = self.kind(how, call)
        doc = {**self.fields(call), **self.stamps(how, call, CREATED, UPDATED)}
        call.store.insert(kind, doc)
        return self.show(how.record_schema, kind, doc)

    def update(self, how: Plan, call: Call) -> Any:
        if how.id_param is None:
            kind = self.kind(how, call)
            stored = call.store.get(kind, 1)
            doc = {**(stored or {"id": 1}), **self.fields(call)}
            if stored is None:
                call.store.put_many(kind, [doc])
            else:
                call.store.replace(kind, doc)
            return self.show(how.record_schema, kind, doc)
        kind, doc = self.find(how, call)
        doc.update(self.fields(call))
        if UPDATED in doc:
            doc[UPDATED] = call.timestamp
        doc.update(self.stamps(how, call, UPDATED))
        call.store.replace(kind, doc)
        return self.show(how.record_schema, kind, doc)

    def delete(self, how: Plan, call: Call) -> Any:
        kind, doc = self.find(how, call)
        call.store.delete(kind, doc["id"])
        return self.show(how.record_schema, kind, doc)

    def act(self, how: Plan, call: Call) -> Any:
        """An action the spec names but generic behaviour cannot know: it answers (with what
        was sent, where the answer has those fields) and changes nothing."""
        schema, key = how.record_schema, self.key(self.kind(how, call), how.action.value)
        return None if schema is None else conform(self.spec, schema, call.data, key)

    def on_owned_record(self, how: Plan, call: Call) -> Any:
        """A write or an action on a record another operation reads (a handler's record, which
        generic behaviour does not change): the record must exist; it answers from it."""
        assert how.owner is not None
        record = self.read_record(call, how.owner)
        schema, key = how.record_schema, self.key(how.operation.template.fill(call.path), "")
        return None if schema is None else conform(self.spec, schema, record, key)


def _count(value: Any, default: int) -> int:
    """A page number or size from the query: a positive integer, else ``default`` (a spec may
    type them otherwise, or leave them unbounded)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return default
