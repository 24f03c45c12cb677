#!/usr/bin/env python3
"""Lint a spec's data against its own schemas.

Every ``example`` / ``examples`` value is validated against the schema it illustrates (schema
objects, media types, parameters), and every ``default`` against its schema, with OpenAPI 3.0
semantics (``nullable``, formats). A finding names the JSON pointer and what is wrong.

    scripts/lint_spec.py            lint the patched Admin API spec (what the client is made from)
    scripts/lint_spec.py --spec thrivecart.yaml   lint another patched spec of spec/
    scripts/lint_spec.py --vendor   lint the Admin API's vendor text as it is
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiothinkific.specs import Spec
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from spec_overlay import apply_overlay, load_yaml, patched_spec  # noqa: E402

DOC_URI = "urn:spec"
SCHEMA_CHILDREN = ("items", "not", "additionalProperties")
SCHEMA_LISTS = ("allOf", "oneOf", "anyOf")


@dataclass(frozen=True)
class Finding:
    pointer: str
    problem: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.problem}"


def pointer(parts: tuple[Any, ...]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class Linter:
    def __init__(self, doc: dict):
        self.doc = doc
        self.spec = Spec(doc)
        self.registry: Registry = Registry().with_resource(
            DOC_URI, Resource.from_contents(doc, default_specification=DRAFT4)
        )

    def problems(self, value: Any, schema_at: tuple[Any, ...]) -> list[str]:
        validator = OAS30Validator(
            {"$ref": f"{DOC_URI}#{pointer(schema_at)}"},
            registry=self.registry,
            format_checker=oas30_format_checker,
        )
        return sorted(
            f"{pointer(tuple(e.absolute_path)) if e.absolute_path else 'value'}: {e.message}"
            for e in validator.iter_errors(value)
        )

    def resolve(self, node: Any) -> Any:
        return self.spec.resolve(node)

    def findings(self) -> Iterator[Finding]:
        components = self.doc.get("components", {})
        for name in components.get("schemas", {}):
            yield from self.schema_findings(("components", "schemas", name))
        for path, item in self.doc.get("paths", {}).items():
            for method, operation in item.items():
                if not isinstance(operation, dict):
                    continue
                at = ("paths", path, method)
                for n, parameter in enumerate(operation.get("parameters", [])):
                    yield from self.holder_findings((*at, "parameters", n), parameter)
                body = self.resolve(operation.get("requestBody"))
                for media, holder in (body or {}).get("content", {}).items():
                    yield from self.holder_findings((*at, "requestBody", "content", media), holder)
                for status, response in operation.get("responses", {}).items():
                    response = self.resolve(response)
                    for media, holder in (response or {}).get("content", {}).items():
                        yield from self.holder_findings(
                            (*at, "responses", status, "content", media), holder
                        )

    def holder_findings(self, at: tuple[Any, ...], holder: dict) -> Iterator[Finding]:
        """A parameter or media type: its examples against its schema, and the schema itself."""
        if "schema" not in holder:
            return
        schema_at = (*at, "schema")
        if "example" in holder:
            for problem in self.problems(holder["example"], schema_at):
                yield Finding(pointer((*at, "example")), problem)
        for name, example in holder.get("examples", {}).items():
            example = self.resolve(example)
            for problem in self.problems(example.get("value"), schema_at):
                yield Finding(pointer((*at, "examples", name)), problem)
        if "$ref" not in holder["schema"]:
            yield from self.schema_findings(schema_at)

    def schema_findings(self, at: tuple[Any, ...]) -> Iterator[Finding]:
        schema: Any = self.doc
        for part in at:
            schema = schema[part]
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        for keyword in ("example", "default"):
            if keyword in schema:
                for problem in self.problems(schema[keyword], at):
                    yield Finding(pointer((*at, keyword)), problem)
        for name in schema.get("properties", {}):
            yield from self.schema_findings((*at, "properties", name))
        for child in SCHEMA_CHILDREN:
            if isinstance(schema.get(child), dict):
                yield from self.schema_findings((*at, child))
        for group in SCHEMA_LISTS:
            for n in range(len(schema.get(group, []))):
                yield from self.schema_findings((*at, group, n))


def lint(doc: dict) -> list[Finding]:
    return list(Linter(doc).findings())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate a spec's examples and defaults.")
    parser.add_argument("--vendor", action="store_true", help="lint spec/thinkific.yaml unpatched")
    parser.add_argument(
        "--spec", default="thinkific.yaml", help="the spec of spec/ to lint, patched"
    )
    args = parser.parse_args(argv)
    if args.vendor:
        doc = load_yaml(ROOT / "spec" / "thinkific.yaml")
        # Only the key fix, so that the document is JSON-shaped enough to walk.
        apply_overlay(
            doc,
            {
                "overlay": "1.0.0",
                "actions": [
                    {
                        "target": "$.paths.*.*.responses",
                        "x-keys-to-strings": True,
                        "description": "response codes as strings",
                    }
                ],
            },
            "lint",
        )
    else:
        doc, _ = patched_spec(args.spec)
    findings = lint(doc)
    for finding in findings:
        print(finding)
    print(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
