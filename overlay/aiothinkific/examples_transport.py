"""An in-process stand-in for the API: every operation answers its documented success example.

Routes and bodies come from the patched spec shipped in the generated package, so nothing here
can drift from it. It keeps no state; it lets the client run end to end without a network.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

import httpx

JSON = dict[str, Any]
PLACEHOLDERS: dict[str, Any] = {"integer": 1, "number": 1.5, "boolean": True, "string": "x"}


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


def sample(spec: JSON, schema: Any) -> Any:
    """A value for a schema: its example where it has one, else a minimal valid value."""
    schema = resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    if "anyOf" in schema:
        return sample(spec, schema["anyOf"][0])
    kind = schema.get("type", "object")
    if kind == "object":
        return {name: sample(spec, prop) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(spec, schema.get("items", {}))]
    if schema.get("format") == "date-time":
        return "2024-01-01T00:00:00Z"
    return schema.get("enum", [PLACEHOLDERS.get(kind, "x")])[0]


def success(spec: JSON, operation: JSON) -> httpx.Response:
    status = min(code for code in operation["responses"] if code.startswith("2"))
    response = resolve(spec, operation["responses"][status])
    media = response.get("content", {}).get("application/json")
    if media is None:
        return httpx.Response(int(status))
    if "example" in media:
        body = media["example"]
    elif media.get("examples"):
        body = resolve(spec, next(iter(media["examples"].values())))["value"]
    else:
        body = sample(spec, media["schema"])
    return httpx.Response(int(status), json=body)


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
