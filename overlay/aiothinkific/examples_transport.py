"""An in-process stand-in for the API: every operation answers its documented success example.

Routes and bodies come from the patched spec shipped in the generated package, so nothing here
can drift from it. It keeps no state; it lets the client run end to end without a network.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

import httpx

JSON = dict[str, Any]
FORMAT_SAMPLES = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
TYPE_SAMPLES: dict[str, Any] = {"integer": 1, "number": 1.5, "boolean": True, "string": "x"}


@cache
def patched_spec() -> JSON:
    text = files("thinkific_admin_client").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: JSON = json.loads(text)
    return spec


def resolve(spec: JSON, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def sample(spec: JSON, schema: Any, seen: frozenset[str] = frozenset()) -> Any:
    """A value for a schema: its example where it has one, else a minimal valid value."""
    if isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        return None if ref in seen else sample(spec, resolve(spec, schema), seen | {ref})
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        merged: JSON = {}
        for part in schema["allOf"]:
            merged.update(sample(spec, part, seen) or {})
        return merged
    for combinator in ("anyOf", "oneOf"):
        if schema.get(combinator):
            return sample(spec, schema[combinator][0], seen)
    kind = schema.get("type", "object")
    if kind == "object":
        return {
            name: sample(spec, prop, seen) for name, prop in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [sample(spec, schema.get("items", {}), seen)]
    if kind == "string" and schema.get("format") in FORMAT_SAMPLES:
        return FORMAT_SAMPLES[schema["format"]]
    return TYPE_SAMPLES.get(kind, "x")


def media_example(spec: JSON, media: JSON) -> Any:
    """A media type's body: its example, else its first examples value, else one from its schema."""
    if "example" in media:
        return copy.deepcopy(media["example"])
    if media.get("examples"):
        return copy.deepcopy(resolve(spec, next(iter(media["examples"].values())))["value"])
    return sample(spec, media["schema"])


def success(spec: JSON, operation: JSON) -> httpx.Response:
    """The operation's lowest documented 2xx response, with its example body if it has one."""
    status = min(code for code in operation["responses"] if code.startswith("2"))
    response = resolve(spec, operation["responses"][status])
    media = response.get("content", {}).get("application/json")
    if media is None:
        return httpx.Response(int(status))
    return httpx.Response(int(status), json=media_example(spec, media))


class ExamplesTransport(httpx.AsyncBaseTransport):
    """Answers each request with the success example of the operation it matches (404 else)."""

    def __init__(self) -> None:
        spec = patched_spec()
        prefix = httpx.URL(spec["servers"][0]["url"]).path.rstrip("/")
        self.routes = [
            (method.upper(), re.compile(prefix + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), op)
            for path, item in spec["paths"].items()
            for method, op in item.items()
        ]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for method, pattern, operation in self.routes:
            if method == request.method and pattern.match(request.url.path):
                return success(patched_spec(), operation)
        return httpx.Response(404, json={"error": "Record not found"})
