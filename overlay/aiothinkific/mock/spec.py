"""The patched spec as the mock reads it: one :class:`Operation` per (method, path).

Everything the server knows about routes, parameters, bodies and documented responses comes
from here, so the mock cannot drift from the spec the client was generated from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from aiothinkific.examples_transport import patched_spec, resolve, sample

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

__all__ = [
    "JSON",
    "Operation",
    "Parameter",
    "component",
    "operations",
    "patched_spec",
    "resolve",
    "served_spec",
    "template",
]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: JSON


@dataclass(frozen=True)
class Operation:
    """One spec operation: what it accepts and which responses it documents.

    ``responses`` maps each documented status to its JSON schema, or ``None`` when that status
    is documented without a body.
    """

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema: JSON | None
    body_required: bool
    responses: Mapping[int, JSON | None]

    @property
    def success_status(self) -> int:
        """The status a successful call answers: the lowest documented 2xx."""
        return min(status for status in self.responses if 200 <= status < 300)

    def params(self, location: str) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == location)


def _parameters(spec: JSON, item: JSON, operation: JSON) -> tuple[Parameter, ...]:
    """Path-item parameters overridden by the operation's own (same name and location)."""
    merged: dict[tuple[str, str], Parameter] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = resolve(spec, raw)
        schema = resolve(spec, param.get("schema", {}))
        merged[(param["name"], param["in"])] = Parameter(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required", param["in"] == "path")),
            schema=schema,
        )
    return tuple(merged.values())


def _responses(spec: JSON, operation: JSON) -> dict[int, JSON | None]:
    documented: dict[int, JSON | None] = {}
    for status, raw in operation["responses"].items():
        if not status.isdigit():
            continue
        media = resolve(spec, raw).get("content", {}).get("application/json")
        documented[int(status)] = None if media is None else media.get("schema", {})
    return documented


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the patched spec, in document order."""
    spec = patched_spec()
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            body = resolve(spec, raw.get("requestBody", {}))
            media = body.get("content", {}).get("application/json")
            found.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=_parameters(spec, item, raw),
                    body_schema=None if media is None else media.get("schema", {}),
                    body_required=bool(body.get("required", False)),
                    responses=_responses(spec, raw),
                )
            )
    return tuple(found)


def component(name: str) -> JSON:
    """A schema of ``components/schemas`` by name."""
    schema: JSON = patched_spec()["components"]["schemas"][name]
    return schema


def template(name: str) -> JSON:
    """A complete example object of a component schema: the starting point of seed records,
    so they carry every field the spec documents."""
    value = sample(patched_spec(), component(name))
    if not isinstance(value, dict):
        raise TypeError(f"schema {name} is not an object")
    return value


def served_spec(server_url: str) -> bytes:
    """The patched spec as served by a mock at ``server_url`` (its only server)."""
    spec = {
        key: [{"url": server_url}] if key == "servers" else value
        for key, value in patched_spec().items()
    }
    return json.dumps(spec, separators=(",", ":")).encode()
