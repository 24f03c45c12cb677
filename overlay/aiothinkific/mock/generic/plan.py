"""What an operation without a handler does, read from its method, its path and its documented
answer, REST's conventions being the guide (as in moto's generic backends):

- ``GET /things`` (a list answer) lists the records of ``/things``;
- ``GET /things/{id}`` reads one; ``PUT``/``PATCH`` on it updates it; ``DELETE`` removes it;
- ``POST /things`` creates one;
- ``GET``/``PUT`` on a literal path with no list answer (``/site/settings``) reads or updates the
  one record there;
- anything else (``POST /things/{id}/approve``) acts on the record its path names: that record
  must exist; nothing changes.

A collection is keyed by its concrete path (``/courses/5/instructors``), so nested records belong
to their parent. One the spec can create (``POST`` on its path) holds exactly what was created; one
it cannot is a catalogue, a few records drawn from the seed the first time it is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from aiothinkific.specs import JSON, Operation, PathTemplate, Spec


class Action(Enum):
    LIST = "list"
    READ = "read"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ACT = "act"


@dataclass(frozen=True)
class Plan:
    """The generic behaviour of one operation.

    ``collection`` is where its records live and ``id_param`` the path parameter naming one
    (``None`` for a list, a create or a path's single record). ``record_schema`` is one record as
    this operation answers it. ``owner`` is the ``GET`` that reads the record the path names,
    when another operation serves it (a handler's record is only ever read, never changed, by
    generic behaviour); ``parent`` the ``GET`` of the record the collection belongs to, which
    must exist. ``creatable``: the spec creates records in the collection.
    """

    operation: Operation
    action: Action
    collection: PathTemplate
    id_param: str | None
    record_schema: JSON | None
    owner: Operation | None
    parent: Operation | None
    creatable: bool


def list_items_schema(spec: Spec, schema: JSON | None) -> JSON | None:
    """The schema of one item when ``schema`` answers a list (an array, or an object with an
    ``items`` array, as Thinkific's ``{items, meta}``), else ``None``."""
    if schema is None:
        return None
    resolved = spec.resolve(schema)
    if resolved.get("type") == "array":
        items: JSON = resolved.get("items", {})
        return items
    prop = spec.resolve(resolved.get("properties", {}).get("items", {}))
    if prop.get("type") == "array":
        found: JSON = prop.get("items", {})
        return found
    return None


def _record_getter(spec: Spec, path: PathTemplate) -> Operation | None:
    """The ``GET`` of the nearest path, ``path`` itself included, that names one record."""
    for candidate in [path, *path.ancestors()]:
        if candidate.ends_with_param:
            found = spec.find("GET", candidate)
            if found is not None:
                return found
    return None


def _action(spec: Spec, operation: Operation) -> Action:
    template, method = operation.template, operation.method
    if method == "GET":
        if template.ends_with_param:
            return Action.READ
        listed = list_items_schema(spec, operation.success_schema) is not None
        return Action.LIST if listed else Action.READ
    if method == "POST" and not template.ends_with_param:
        return Action.CREATE
    if method in ("PUT", "PATCH"):
        if template.ends_with_param:
            return Action.UPDATE
        getter = spec.find("GET", template)
        single = getter is not None and list_items_schema(spec, getter.success_schema) is None
        return Action.UPDATE if single else Action.ACT
    if method == "DELETE" and template.ends_with_param:
        return Action.DELETE
    return Action.ACT


def plan(spec: Spec, operation: Operation, generic: frozenset[str]) -> Plan:
    """How ``operation`` behaves; ``generic`` names the operations generic behaviour serves
    (the others have handlers)."""
    action = _action(spec, operation)
    template = operation.template
    member = template.ends_with_param and action is not Action.ACT
    collection = template.parent if member and template.parent is not None else template
    record_schema = operation.success_schema
    if action is Action.LIST:
        record_schema = list_items_schema(spec, record_schema)
    owner = None
    if action is Action.ACT:
        owner = _record_getter(spec, template)
    elif member and action is not Action.READ:
        getter = spec.find("GET", template)
        if getter is not None and getter.operation_id not in generic:
            owner = getter
    above = collection.parent
    parent = None if above is None or owner is not None else _record_getter(spec, above)
    return Plan(
        operation=operation,
        action=action,
        collection=collection,
        id_param=template.params[-1] if member else None,
        record_schema=record_schema,
        owner=owner,
        parent=parent,
        creatable=spec.find("POST", collection) is not None,
    )
