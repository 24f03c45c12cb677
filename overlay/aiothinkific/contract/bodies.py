"""Response bodies valid under an API's spec (the patched one, the Webhooks API's), as Hypothesis
strategies.

The spec's OpenAPI 3.0 schemas are turned into JSON Schema (``nullable: true`` becomes a union with
null) and drawn from with schemathesis's own generator, the one it uses for requests, with its
string formats (date-time, email, uri...). Every component is converted, so ``$ref``s resolve.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build
from schemathesis.specs.openapi.converter import to_json_schema
from schemathesis.specs.openapi.formats import format_lengths_for, get_default_format_strategies

from aiothinkific.contract.apis import Api

#: The JSON Schema draft OpenAPI 3.0 schemas are read as (what schemathesis uses for them).
DRAFT = 4


def json_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI 3.0 schema as JSON Schema: ``nullable`` translated, response semantics."""
    return to_json_schema(schema, nullable_keyword="nullable", is_response_schema=True)


@cache
def _components(api: Api) -> dict[str, Any]:
    schemas = api.spec.document["components"]["schemas"]
    return {name: json_schema(schema) for name, schema in schemas.items()}


def media_schema(api: Api, operation: dict[str, Any], status: str) -> dict[str, Any] | None:
    """The JSON schema of a documented response's body, or None if it documents no body."""
    response = api.spec.resolve(operation["responses"][status])
    media = response.get("content", {}).get("application/json")
    return None if media is None else media.get("schema", {})


def strategy(api: Api, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Bodies valid under ``schema`` (an OpenAPI 3.0 schema of ``api``'s spec). Build it once
    per schema: each build canonicalizes the schema with every component."""
    root = json_schema(schema)
    root["components"] = {"schemas": _components(api)}
    formats = get_default_format_strategies()
    return build(root, draft=DRAFT, formats=formats, format_lengths=format_lengths_for(formats))
