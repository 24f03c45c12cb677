"""Data that a spec's schemas allow, drawn deterministically.

:func:`sample` gives a value for a schema: the schema's ``example`` (or ``default``) where it has
one, otherwise a value its type and constraints (enum, format, bounds, lengths, pattern, item
counts) allow; a string without a format takes the one its name implies (``created_at``).
Values that are not examples come from a random generator seeded with ``key`` and the value's
place in the record (``items/0/email``), so the same key always gives the same data, and a field
reads the same wherever it appears (a record in a list and the same record alone).
"""

from __future__ import annotations

import copy
import datetime
import math
import random
import re
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiothinkific.specs.patterns import matching_text

if TYPE_CHECKING:
    from aiothinkific.specs.document import Spec

JSON = dict[str, Any]
Path = tuple[str | int, ...]
EPOCH = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india")


class _Cycle(Exception):
    """A schema that refers to itself here, with no way to stop (a required field)."""


def _timestamp(rng: random.Random) -> str:
    moment = EPOCH + datetime.timedelta(seconds=rng.randrange(365 * 24 * 3600))
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _word(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)}-{rng.randint(1, 99)}"


FORMATS: dict[str, Callable[[random.Random], str]] = {
    "date-time": _timestamp,
    "date": lambda rng: _timestamp(rng)[:10],
    "email": lambda rng: f"{rng.choice(WORDS)}.{rng.randint(1, 999)}@example.com",
    "uri": lambda rng: f"https://example.com/{rng.choice(WORDS)}",
    "url": lambda rng: f"https://example.com/{rng.choice(WORDS)}",
    "uuid": lambda rng: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "hostname": lambda rng: f"{rng.choice(WORDS)}.example.com",
    "ipv4": lambda rng: f"192.0.2.{rng.randint(1, 254)}",
    "byte": lambda rng: "eA==",
}


def _format_named(name: str) -> str:
    """The format a string field's name implies when its schema gives none (``created_at``,
    ``email``, ``avatar_url``): drawn data then reads like the real thing."""
    if name.endswith("_at"):
        return "date-time"
    if name == "email" or name.endswith("_email"):
        return "email"
    if name == "url" or name.endswith("_url"):
        return "uri"
    return ""


def sample(spec: Spec, schema: Any, key: str = "", *, examples: bool = True) -> Any:
    """A value for ``schema`` (an object of ``spec``'s document); ``examples=False`` ignores
    the spec's examples and defaults (for a spec whose example breaks its own schema)."""
    try:
        return _Sampler(spec, key, examples).value(schema, (), frozenset())
    except _Cycle:
        return None


def media_example(spec: Spec, media: JSON) -> Any:
    """A media type's body: its example, else its first ``examples`` value, else a sample."""
    if "example" in media:
        return copy.deepcopy(media["example"])
    if media.get("examples"):
        first = next(iter(media["examples"].values()))
        return copy.deepcopy(spec.resolve(first)["value"])
    return sample(spec, media.get("schema", {}))


class _Sampler:
    def __init__(self, spec: Spec, key: str, examples: bool) -> None:
        self.spec = spec
        self.key = key
        self.examples = examples

    def rng(self, path: Path) -> random.Random:
        return random.Random(f"{self.key}|{'/'.join(map(str, path))}")

    def value(self, schema: Any, path: Path, seen: frozenset[str]) -> Any:
        if not isinstance(schema, dict):
            return _word(self.rng(path))
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise _Cycle(ref)
            return self.value(self.spec.resolve(schema), path, seen | {ref})
        if self.examples:
            for name in ("example", "default"):
                if name in schema:
                    return copy.deepcopy(schema[name])
        if schema.get("enum"):
            choices = [value for value in schema["enum"] if value is not None] or [None]
            return self.rng(path).choice(choices)
        if "allOf" in schema:
            return self.all_of(schema, path, seen)
        for combinator in ("oneOf", "anyOf"):
            if schema.get(combinator):
                return self.first_option(schema[combinator], path, seen)
        kind = schema.get("type", "object")
        if isinstance(kind, list):  # OpenAPI 3.1: ["string", "null"]
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            return self.object(schema, path, seen)
        if kind == "array":
            return self.array(schema, path, seen)
        rng = self.rng(path)
        if kind == "string":
            return self.string(schema, rng, path)
        if kind == "integer":
            return self.integer(schema, rng)
        if kind == "number":
            return self.number(schema, rng)
        if kind == "boolean":
            return rng.random() < 0.5
        return None

    def all_of(self, schema: JSON, path: Path, seen: frozenset[str]) -> Any:
        parts = [self.value(part, path, seen) for part in schema["allOf"]]
        if not all(isinstance(part, dict) for part in parts):
            return parts[0]
        merged: JSON = {}
        for part in parts:
            merged.update(part)
        if schema.get("properties"):  # properties beside the allOf
            merged.update(self.object({"properties": schema["properties"]}, path, seen))
        return merged

    def first_option(self, options: list[Any], path: Path, seen: frozenset[str]) -> Any:
        for option in options:
            try:
                return self.value(option, path, seen)
            except _Cycle:
                continue
        raise _Cycle("no option ends")

    def object(self, schema: JSON, path: Path, seen: frozenset[str]) -> JSON:
        required = set(schema.get("required", ()))
        properties = schema.get("properties", {})
        found: JSON = {}
        for name, prop in properties.items():
            try:
                found[name] = self.value(prop, (*path, name), seen)
            except _Cycle:
                if name in required:
                    raise
        for name in sorted(required - set(properties)):
            found[name] = _word(self.rng((*path, name)))
        return found

    def array(self, schema: JSON, path: Path, seen: frozenset[str]) -> list[Any]:
        low = int(schema.get("minItems", 0))
        count = max(low, 1)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        try:
            return [self.value(schema.get("items", {}), (*path, i), seen) for i in range(count)]
        except _Cycle:
            if low:
                raise
            return []

    def string(self, schema: JSON, rng: random.Random, path: Path) -> str:
        fmt = schema.get("format")
        if fmt is None and not {"pattern", "minLength", "maxLength"} & schema.keys():
            fmt = _format_named(str(path[-1]) if path else "")
        make = FORMATS.get(fmt or "")
        text = make(rng) if make is not None else _word(rng)
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        if make is None:
            text = text.ljust(low, "x")
            if high is not None:
                text = text[: int(high)]
        pattern = schema.get("pattern")
        if pattern is not None and re.search(pattern, text) is None:
            text = matching_text(pattern) or text
        return text

    def integer(self, schema: JSON, rng: random.Random) -> int:
        low, high = _bounds(schema, step=1)
        multiple = schema.get("multipleOf")
        if multiple:
            first, last = math.ceil(low / multiple), math.floor(high / multiple)
            return int(rng.randint(first, max(first, last)) * multiple)
        return rng.randint(math.ceil(low), math.floor(high))

    def number(self, schema: JSON, rng: random.Random) -> float:
        low, high = _bounds(schema, step=0.01)
        multiple = schema.get("multipleOf")
        if multiple:
            first, last = math.ceil(low / multiple), math.floor(high / multiple)
            return float(rng.randint(first, max(first, last)) * multiple)
        return min(max(round(rng.uniform(low, high), 2), low), high)


def _bounds(schema: JSON, step: float) -> tuple[float, float]:
    """The range a number may take: the schema's bounds (exclusive ones moved in by ``step``),
    else 1 to 1000 around whichever bound is given."""
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and schema.get("exclusiveMinimum") is True:
        low += step
    if high is not None and schema.get("exclusiveMaximum") is True:
        high -= step
    if low is None:
        low = 1 if high is None or high >= 1 else high - 999
    if high is None:
        high = max(low, 1) + 999
    return float(low), float(high)
