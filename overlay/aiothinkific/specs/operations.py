"""The operations of a spec as plain records: one :class:`Operation` per (method, path), its
parameters merged and its ``$ref``s resolved, so a reader never walks the raw document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiothinkific.specs.paths import PathTemplate

if TYPE_CHECKING:
    from aiothinkific.specs.document import Spec

JSON = dict[str, Any]
#: The request body media types read, preferred first: an operation documented with a form
#: body is served from its form schema (a vendor such as ThriveCart posts forms).
BODY_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded", "multipart/form-data")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: JSON
    #: ``allowEmptyValue``: an empty value (``?page=``) may be sent, and means "not given".
    allow_empty: bool = False


@dataclass(frozen=True)
class Operation:
    """One spec operation: what it accepts and which responses it documents.

    ``responses`` maps each documented status to its JSON schema, or ``None`` when that status
    is documented without a body. ``definition`` is the operation's raw object in the document.
    ``body_media`` is the media type ``body_schema`` was read from (see :data:`BODY_MEDIA_TYPES`).
    """

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: JSON | None
    body_required: bool
    responses: Mapping[int, JSON | None]
    tags: tuple[str, ...] = ()
    definition: JSON = field(default_factory=dict, repr=False, compare=False)
    body_media: str | None = None

    @property
    def template(self) -> PathTemplate:
        return PathTemplate(self.path)

    @property
    def success_status(self) -> int:
        """The status a successful call answers: the lowest documented 2xx (200 when the spec
        documents none by number, e.g. only ``2XX`` or ``default``)."""
        return min((status for status in self.responses if 200 <= status < 300), default=200)

    @property
    def success_schema(self) -> JSON | None:
        """The schema of the success body (``None``: documented without one)."""
        return self.responses.get(self.success_status)

    def params(self, location: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)


def _parameters(spec: Spec, item: JSON, operation: JSON) -> tuple[Parameter, ...]:
    """Path-item parameters overridden by the operation's own (same name and location)."""
    merged: dict[tuple[str, str], Parameter] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = spec.resolve(raw)
        merged[(param["name"], param["in"])] = Parameter(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required", param["in"] == "path")),
            schema=spec.resolve(param.get("schema", {})),
            allow_empty=bool(param.get("allowEmptyValue", False)),
        )
    return tuple(merged.values())


def _responses(spec: Spec, operation: JSON) -> dict[int, JSON | None]:
    documented: dict[int, JSON | None] = {}
    for status, raw in operation.get("responses", {}).items():
        if not str(status).isdigit():
            continue
        media = spec.resolve(raw).get("content", {}).get("application/json")
        documented[int(status)] = None if media is None else media.get("schema", {})
    return documented


def read_operations(spec: Spec) -> tuple[Operation, ...]:
    """Every operation of ``spec``, in document order."""
    found = []
    for path, item in spec.document.get("paths", {}).items():
        for method in HTTP_METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            body = spec.resolve(raw.get("requestBody", {}))
            content = body.get("content", {})
            media_type = next((m for m in BODY_MEDIA_TYPES if m in content), None)
            media = None if media_type is None else content[media_type]
            found.append(
                Operation(
                    operation_id=raw.get("operationId") or f"{method.upper()} {path}",
                    method=method.upper(),
                    path=path,
                    parameters=_parameters(spec, item, raw),
                    body_schema=None if media is None else media.get("schema", {}),
                    body_required=bool(body.get("required", False)),
                    responses=_responses(spec, raw),
                    tags=tuple(raw.get("tags", ())),
                    definition=raw,
                    body_media=media_type,
                )
            )
    return tuple(found)
