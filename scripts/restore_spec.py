#!/usr/bin/env python3
"""Restore the whitespace-collapsed vendor text to indented YAML (spec/thinkific.yaml).

The input, spec/vendor/thinkific.collapsed.txt, is the Thinkific Admin API (OpenAPI 3.0.1, YAML)
with every run of whitespace collapsed into one space. Every token survived, so the document is
rebuilt by deciding, for every token, what it is (a key, a list dash, a scalar word) and at which
depth it sits. The OpenAPI 3.0 grammar below decides the depth: a key goes to the innermost open
mapping that can hold it, judged by the key's name and by the shape of the value that follows it
(an ``example`` after a parameter's or media type's own schema that has no description of its
own is the parameter's or media type's). Example values (free-form data) are bounded by the
schema they illustrate where that schema is known, and otherwise end where the surrounding
OpenAPI structure can take the key. The few places the grammar leaves open are listed in
``EXPLICIT_DECISIONS`` and covered by tests.

The restoration is how this revision's indented text was obtained, once; a later vendor revision
comes indented and simply replaces spec/thinkific.yaml. So ``--check`` tests the restorer on its
own input, not against whatever spec/thinkific.yaml holds now:

- the restoration of the collapsed copy is byte for byte the pinned text (``RESTORED_SHA256``,
  the text committed as spec/thinkific.yaml when it was restored), has exactly the collapsed
  copy's tokens, and is valid YAML;
- while spec/thinkific.yaml is still that revision (the same tokens), it must be the restoration;
  when it is another revision, the check says so and passes.

Usage:  scripts/restore_spec.py [--collapsed PATH] [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_COLLAPSED = ROOT / "spec" / "vendor" / "thinkific.collapsed.txt"
DEFAULT_OUT = ROOT / "spec" / "thinkific.yaml"
# sha256 of the restoration of DEFAULT_COLLAPSED: the text committed as spec/thinkific.yaml when it
# was restored. A change to the restorer that changes its output must update this on purpose.
RESTORED_SHA256 = "622088a6d639a05d6f919131cd64ee9088b230d3ecc7db5acb809d43dcac5346"

# Where grammar alone cannot decide. Each entry: what was decided and why (tests cover each).
EXPLICIT_DECISIONS = {
    # OrderResponse: "... example: complete created at: type: string ..." could be the example
    # "complete created" followed by a property "at", or the example "complete" followed by a
    # property "created at" (the order's creation time, as its description says). Plain YAML keys
    # may contain spaces; the second reading is the only sensible one.
    "multi_word_keys": frozenset({"created at"}),
}

# ---------------------------------------------------------------------------------------------
# The OpenAPI 3.0 grammar: object type -> field -> value type.
# Value types: "str" (any scalar), "any" (free-form data), "list:T", "map:T", or an object type.
# ---------------------------------------------------------------------------------------------
S = "str"
GRAMMAR: dict[str, dict[str, str]] = {
    "OpenAPI": {
        "openapi": S,
        "info": "Info",
        "servers": "list:Server",
        "paths": "Paths",
        "components": "Components",
        "security": "list:SecurityRequirement",
        "tags": "list:Tag",
        "externalDocs": "ExternalDocs",
    },
    "Info": {
        "title": S,
        "description": S,
        "termsOfService": S,
        "contact": "Contact",
        "license": "License",
        "version": S,
    },
    "Contact": {"name": S, "url": S, "email": S},
    "License": {"name": S, "url": S},
    "Server": {"url": S, "description": S, "variables": "map:any"},
    "ExternalDocs": {"description": S, "url": S},
    "Tag": {"name": S, "description": S, "externalDocs": "ExternalDocs"},
    "PathItem": {
        "$ref": S,
        "summary": S,
        "description": S,
        "get": "Operation",
        "put": "Operation",
        "post": "Operation",
        "delete": "Operation",
        "options": "Operation",
        "head": "Operation",
        "patch": "Operation",
        "trace": "Operation",
        "servers": "list:Server",
        "parameters": "list:Parameter",
    },
    "Operation": {
        "tags": "list:str",
        "summary": S,
        "description": S,
        "externalDocs": "ExternalDocs",
        "operationId": S,
        "parameters": "list:Parameter",
        "requestBody": "RequestBody",
        "responses": "Responses",
        "callbacks": "map:any",
        "deprecated": S,
        "security": "list:SecurityRequirement",
        "servers": "list:Server",
        # The only extension in the document: swagger2openapi puts it on operations.
        "x-codegen-request-body-name": S,
    },
    "Parameter": {
        "$ref": S,
        "name": S,
        "in": S,
        "description": S,
        "required": S,
        "deprecated": S,
        "allowEmptyValue": S,
        "style": S,
        "explode": S,
        "allowReserved": S,
        "schema": "Schema",
        "example": "any",
        "examples": "map:Example",
        "content": "map:MediaType",
    },
    "RequestBody": {"$ref": S, "description": S, "content": "map:MediaType", "required": S},
    "MediaType": {
        "schema": "Schema",
        "example": "any",
        "examples": "map:Example",
        "encoding": "map:any",
    },
    "Response": {
        "$ref": S,
        "description": S,
        "headers": "map:any",
        "content": "map:MediaType",
        "links": "map:any",
    },
    "Example": {"$ref": S, "summary": S, "description": S, "value": "any", "externalValue": S},
    "Schema": {
        "$ref": S,
        "title": S,
        "multipleOf": S,
        "maximum": S,
        "exclusiveMaximum": S,
        "minimum": S,
        "exclusiveMinimum": S,
        "maxLength": S,
        "minLength": S,
        "pattern": S,
        "maxItems": S,
        "minItems": S,
        "uniqueItems": S,
        "maxProperties": S,
        "minProperties": S,
        "required": "list:str",
        "enum": "list:any",
        "type": S,
        "allOf": "list:Schema",
        "oneOf": "list:Schema",
        "anyOf": "list:Schema",
        "not": "Schema",
        "items": "Schema",
        "properties": "map:Schema",
        "additionalProperties": "Schema",
        "description": S,
        "format": S,
        "default": "any",
        "nullable": S,
        "discriminator": "map:any",
        "readOnly": S,
        "writeOnly": S,
        "xml": "map:any",
        "externalDocs": "ExternalDocs",
        "example": "any",
        "deprecated": S,
    },
    "Components": {
        "schemas": "map:Schema",
        "responses": "map:Response",
        "parameters": "map:Parameter",
        "examples": "map:Example",
        "requestBodies": "map:RequestBody",
        "headers": "map:any",
        "securitySchemes": "map:SecurityScheme",
        "links": "map:any",
        "callbacks": "map:any",
    },
    "SecurityScheme": {
        "$ref": S,
        "type": S,
        "description": S,
        "name": S,
        "in": S,
        "scheme": S,
        "bearerFormat": S,
        "flows": "map:any",
        "openIdConnectUrl": S,
    },
}
OBJECT_KEYWORDS = {
    "required",
    "properties",
    "additionalProperties",
    "maxProperties",
    "minProperties",
}
ARRAY_KEYWORDS = {"items", "maxItems", "minItems", "uniqueItems"}
# Named maps: map type -> (entry type, rule for the names it may hold, or None for any name).
NAMED_MAPS: dict[str, tuple[str, Callable[[str], bool] | None]] = {
    "Paths": ("PathItem", lambda k: k.startswith("/")),
    "Responses": ("Response", lambda k: bool(re.fullmatch(r"[1-5](\d\d|XX)|default", k))),
    "SecurityRequirement": ("list:str", None),  # scheme name -> scope names
}


def map_entry(map_type: str) -> tuple[str, Callable[[str], bool] | None]:
    """Entry type and name rule of a map type ("map:Schema", "Paths", ...)."""
    if map_type.startswith("map:"):
        return map_type[4:], None
    return NAMED_MAPS[map_type]


def is_map_type(vtype: str) -> bool:
    return vtype.startswith("map:") or vtype in NAMED_MAPS


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------
def name_style(name: str) -> str:
    return "upper" if name[:1].isupper() else "lower"


def is_key(tok: str) -> bool:
    return len(tok) > 1 and tok.endswith(":")


def key_name(tok: str) -> str:
    return tok[:-1]


@dataclass
class Scalar:
    """A scalar exactly as written (plain, quoted, flow or literal block)."""

    text: str
    style: str = "plain"  # plain | quoted | flow | block

    def value(self) -> str:
        if self.style == "quoted":
            return self.text[1:-1]
        return self.text


def quoted_end(toks: list[str], i: int) -> int:
    """Index after the token closing the quoted scalar that starts at toks[i]."""
    quote = toks[i][0]
    text = ""
    for j in range(i, len(toks)):
        text = toks[j] if j == i else text + " " + toks[j]
        if quote == "'":
            body = text[1:]
            closed = (
                len(body) > 0
                and body.endswith("'")
                and (len(body) - len(body.rstrip("'"))) % 2 == 1
            )
        else:
            body = text[1:]
            closed = len(body) > 0 and body.endswith('"') and not body.endswith('\\"')
        if closed:
            return j + 1
    raise SyntaxError(f"unterminated quoted scalar at token {i}: {toks[i]!r}")


def flow_end(toks: list[str], i: int) -> int:
    depth = 0
    for j in range(i, len(toks)):
        depth += sum(toks[j].count(c) for c in "[{") - sum(toks[j].count(c) for c in "]}")
        if depth == 0:
            return j + 1
    raise SyntaxError(f"unterminated flow sequence at token {i}")


# ---------------------------------------------------------------------------------------------
# Shapes: what the value starting at a token position looks like, without parsing it.
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Shape:
    kind: str  # map | seq | scalar | flow ([...] or {...})
    pos: int  # index of the value's first token


def shape_at(toks: list[str], i: int) -> Shape:
    if i >= len(toks):
        return Shape("scalar", i)
    tok = toks[i]
    if is_key(tok) and tok[0] not in "'\"[":
        return Shape("map", i)
    if tok == "-":
        return Shape("seq", i)
    if tok[0] in "[{":
        return Shape("flow", i)
    return Shape("scalar", i)


class Grammar:
    def __init__(self, toks: list[str]):
        self.toks = toks

    def first_key(self, shape: Shape) -> str:
        return key_name(self.toks[shape.pos])

    def item_shape(self, shape: Shape) -> Shape:
        return shape_at(self.toks, shape.pos + 1)

    def entry_shape(self, shape: Shape) -> Shape:
        """Shape of the first entry's value in a mapping."""
        return shape_at(self.toks, shape.pos + 1)

    def fits(self, vtype: str, shape: Shape) -> bool:
        """Can a value of this shape be of this type?"""
        if vtype == "any":
            return True
        if vtype == S:
            return shape.kind == "scalar"
        if vtype.startswith("list:"):
            item = vtype[5:]
            if shape.kind == "flow":
                return self.toks[shape.pos].startswith("[") and item in (S, "any")
            if shape.kind != "seq":
                return False
            return self.fits(item, self.item_shape(shape))
        if is_map_type(vtype):
            if shape.kind == "flow":
                return self.toks[shape.pos].startswith("{")
            if shape.kind != "map":
                return False
            return self.map_entry_fits(vtype, self.first_key(shape), self.entry_shape(shape))
        # An object type: a mapping whose first key is one of its fields.
        return shape.kind == "map" and self.first_key(shape) in GRAMMAR[vtype]

    def map_entry_fits(self, map_type: str, key: str, shape: Shape) -> bool:
        entry_type, rule = map_entry(map_type)
        if rule is not None and not rule(key):
            return False
        return self.fits(entry_type, shape)


# ---------------------------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------------------------
@dataclass
class Level:
    """One open mapping or sequence."""

    kind: str  # object | map | any | seq
    vtype: str  # object type, map entry type, or sequence item type
    node: Any  # dict or list being filled
    anchor: int = -1  # for "any" levels: stack index of the structure the data hangs from
    schema: dict | None = None  # for "any" levels: the schema the data illustrates, if known
    item_kinds: set[str] = field(default_factory=set)  # for sequences: shapes seen so far
    signatures: set[tuple[str, str]] = field(default_factory=set)  # for data: entry shapes
    holder: str = ""  # for objects: the type of the object whose field this one is


class Restorer:
    def __init__(self, text: str, known_schemas: dict[str, Any] | None = None):
        self.toks = text.split()
        self.grammar = Grammar(self.toks)
        self.i = 0
        self.stack: list[Level] = []
        self.known_schemas = known_schemas or {}

    # -- schema lookups, to bound example data ----------------------------------------------
    def resolve(self, schema: Any) -> dict | None:
        for _ in range(10):
            if not isinstance(schema, dict):
                return None
            ref = schema.get("$ref")
            if ref is None:
                return schema
            name = ref.value().rsplit("/", 1)[-1] if isinstance(ref, Scalar) else ""
            schema = self.known_schemas.get(name) or self.schemas_so_far().get(name)
        return None

    def sub_schema(self, schema: dict | None, key: str) -> dict | None:
        schema = self.resolve(schema)
        props = schema.get("properties") if schema else None
        return self.resolve(props.get(key)) if isinstance(props, dict) else None

    def item_schema(self, schema: dict | None) -> dict | None:
        schema = self.resolve(schema)
        return self.resolve(schema.get("items")) if schema else None

    def schemas_so_far(self) -> dict[str, Any]:
        """components/schemas as parsed up to here (while it is still open on the stack)."""
        for below, level in zip(self.stack, self.stack[1:], strict=False):
            if below.vtype == "Components" and level.vtype == "map:Schema":
                return level.node
        return {}

    @staticmethod
    def schema_props(schema: dict | None) -> set[str] | None:
        props = schema.get("properties") if schema else None
        return set(props) if isinstance(props, dict) else None

    # -- where a key belongs ----------------------------------------------------------------
    def object_accepts(self, level: Level, key: str, shape: Shape) -> bool:
        node = level.node
        if key in node or "$ref" in node:  # duplicates are impossible; a $ref stands alone
            return False
        fields = GRAMMAR[level.vtype]
        if key not in fields or not self.grammar.fits(fields[key], shape):
            return False
        if level.vtype == "Schema":
            if key == "example" and self.is_bare_own_schema(level):
                return False
            return self.fits_schema_type(node, key, shape)
        return True

    @staticmethod
    def is_bare_own_schema(level: Level) -> bool:
        """A Parameter's or media type's own schema with no description of its own.

        Such a schema is a bare type (`schema: type: string format: date-time`), and an `example`
        after it is its holder's, which takes one too: the vendor writes a parameter as name, in,
        description, schema, example. A schema with its own description (the `provider`
        parameter's) is documented as a schema, and its example follows that description."""
        return level.holder in ("Parameter", "MediaType") and "description" not in level.node

    @staticmethod
    def fits_schema_type(schema: dict, key: str, shape: Shape) -> bool:
        """Keywords and example data that only make sense for the schema's declared type."""
        declared = schema.get("type")
        declared = declared.value() if isinstance(declared, Scalar) else None
        if declared is None:
            return True
        if key in OBJECT_KEYWORDS:
            return declared == "object"
        if key in ARRAY_KEYWORDS:
            return declared == "array"
        # Mapping data names properties, so it illustrates an object. A list or a scalar stays
        # with the innermost schema whatever its type: the vendor filed the list example of
        # administered_course_ids inside its number `items` (the spec patch moves it).
        if key in ("example", "default") and shape.kind == "map":
            return declared == "object"
        return True

    def structure_accepts(
        self, level: Level, key: str, shape: Shape, relaxed: bool = False
    ) -> bool:
        """Does a structure (non-data) level accept this key? Relaxed: a named map takes any
        mapping under a name it allows, even one that is not the object it should hold."""
        if level.kind == "object":
            return not relaxed and self.object_accepts(level, key, shape)
        if level.kind == "map" and key not in level.node:
            if relaxed:
                rule = map_entry(level.vtype)[1]
                return shape.kind == "map" and (rule is None or rule(key))
            return self.grammar.map_entry_fits(level.vtype, key, shape)
        return False

    def owner_of_key(self, key: str, shape: Shape) -> int:
        """Stack index of the mapping the key belongs to."""
        # The stack is OpenAPI structure at the bottom, then possibly example data on top.
        data_candidates: list[int] = []
        for idx in range(len(self.stack) - 1, -1, -1):
            level = self.stack[idx]
            if level.anchor < 0:
                break  # structure from here down
            if level.kind == "seq" or key in level.node:
                continue
            props = self.schema_props(level.schema)
            if props is not None:
                if key in props:
                    return idx
                continue
            # Unknown data: it ends only where the structure around its anchor takes the key.
            if self.structure_owner(key, shape, below=level.anchor) is None:
                data_candidates.append(idx)
        if data_candidates:
            return self.most_similar(data_candidates, shape)
        owner = self.structure_owner(key, shape, below=len(self.stack))
        if owner is None:
            # Not a well-formed entry anywhere (a vendor mistake the spec patch repairs):
            # file it under the map it is named like.
            owner = self.structure_owner(key, shape, below=len(self.stack), relaxed=True)
        if owner is None:
            raise SyntaxError(f"no place for key {key!r} at token {self.i}: {self.context()}")
        return owner

    def structure_owner(
        self, key: str, shape: Shape, below: int, relaxed: bool = False
    ) -> int | None:
        """The structure level under stack[below] that takes the key, innermost first."""
        accepting = [
            idx
            for idx in range(below - 1, -1, -1)
            if self.structure_accepts(self.stack[idx], key, shape, relaxed)
        ]
        if not accepting:
            return None
        if not self.is_open_map(accepting[0]):
            return accepting[0]
        # A name any map could hold goes to the map made for such names ("403" to responses,
        # "/users" to paths), else to the map whose names look like it (schema names are
        # CamelCase, property names snake_case), else to the innermost map.
        for idx in accepting:
            if self.stack[idx].kind == "map" and map_entry(self.stack[idx].vtype)[1]:
                return idx
        for idx in accepting:
            if self.is_open_map(idx) and any(
                name_style(key) == name_style(k) for k in self.stack[idx].node
            ):
                return idx
        return accepting[0]

    def is_open_map(self, idx: int) -> bool:
        level = self.stack[idx]
        return level.kind == "map" and map_entry(level.vtype)[1] is None

    def most_similar(self, candidates: list[int], shape: Shape) -> int:
        """Among data mappings that could take a key, prefer one whose entries look alike."""
        signature = self.signature(shape)
        for idx in candidates:
            if signature in self.stack[idx].signatures:
                return idx
        return candidates[0]

    def signature(self, shape: Shape) -> tuple[str, str]:
        if shape.kind == "map":
            return ("map", self.grammar.first_key(shape))
        if shape.kind == "seq":
            return ("seq", self.grammar.item_shape(shape).kind)
        return (shape.kind, "")

    def owner_of_dash(self, shape: Shape) -> int:
        for idx in range(len(self.stack) - 1, -1, -1):
            level = self.stack[idx]
            if level.kind != "seq":
                continue
            kind = "map" if shape.kind == "map" else "other"
            if level.item_kinds and kind not in level.item_kinds:
                continue  # lists here are homogeneous: scalars or mappings, not both
            if self.grammar.fits(level.vtype, Shape("seq", shape.pos - 1)):
                return idx
        raise SyntaxError(f"no list for item at token {self.i}: {self.context()}")

    def context(self) -> str:
        return " ".join(self.toks[max(0, self.i - 12) : self.i + 12])

    # -- values -------------------------------------------------------------------------------
    def parse(self) -> dict:
        root = Level("object", "OpenAPI", {})
        self.stack.append(root)
        self.parse_mapping_entries(root)
        if self.i != len(self.toks):
            raise SyntaxError(f"stopped early at token {self.i}: {self.context()}")
        return root.node

    def parse_value(self, vtype: str, data_schema: dict | None, parent: int) -> Any:
        """Parse the value starting at self.i, of type vtype, hanging from stack[parent]."""
        toks = self.toks
        shape = shape_at(toks, self.i)
        if shape.kind == "map":
            return self.parse_mapping(vtype, data_schema, parent)
        if shape.kind == "seq":
            return self.parse_sequence(vtype, data_schema, parent)
        if shape.kind == "flow":
            end = flow_end(toks, self.i)
            text = " ".join(toks[self.i : end])
            self.i = end
            return Scalar(text, "flow")
        tok = toks[self.i]
        if tok in ("|", "|-", ">", ">-"):
            return self.parse_block(parent)
        if tok[0] in "'\"":
            end = quoted_end(toks, self.i)
            text = " ".join(toks[self.i : end])
            self.i = end
            return Scalar(text, "quoted")
        return self.parse_plain(in_sequence=self.stack[parent].kind == "seq")

    def parse_plain(self, in_sequence: bool) -> Scalar:
        toks, start = self.toks, self.i
        while self.i < len(toks):
            if self.key_at(self.i):
                break
            if toks[self.i] == "-" and self.i > start and (in_sequence or self.key_at(self.i + 1)):
                break
            self.i += 1
        return Scalar(" ".join(toks[start : self.i]))

    def parse_block(self, parent: int) -> Scalar:
        """A literal block: its words run until a key the enclosing structure accepts."""
        toks = self.toks
        indicator = toks[self.i]
        self.i += 1
        start = self.i
        while self.i < len(toks):
            tok = toks[self.i]
            if is_key(tok):
                shape = shape_at(toks, self.i + 1)
                key = key_name(tok)
                if any(
                    self.structure_accepts(self.stack[j], key, shape) for j in range(parent + 1)
                ):
                    break
            self.i += 1
        return Scalar(indicator + "\n" + " ".join(toks[start : self.i]), "block")

    def key_at(self, i: int) -> tuple[str, int] | None:
        """The key starting at token i and the index after it, if a key starts there.
        Keys are one token, except the multi-word keys of EXPLICIT_DECISIONS."""
        toks = self.toks
        if i < len(toks) and is_key(toks[i]):
            return key_name(toks[i]), i + 1
        if i + 1 < len(toks) and is_key(toks[i + 1]):
            name = f"{toks[i]} {key_name(toks[i + 1])}"
            if name in EXPLICIT_DECISIONS["multi_word_keys"]:
                return name, i + 2
        return None

    def anchor_for(self, parent: int) -> int:
        """The structure that data under stack[parent] hangs from."""
        anchor = self.stack[parent].anchor
        return anchor if anchor >= 0 else parent

    def parse_mapping(self, vtype: str, data_schema: dict | None, parent: int) -> dict:
        first = key_name(self.toks[self.i])
        if vtype == "any" or (vtype in GRAMMAR and first not in GRAMMAR[vtype]):
            # Free-form data, or an object whose first key is not one of its fields
            # (a vendor mistake the spec patch repairs): read it as data.
            level = Level(
                "any", "any", {}, anchor=self.anchor_for(parent), schema=self.resolve(data_schema)
            )
        elif vtype in GRAMMAR:
            level = Level("object", vtype, {}, holder=self.stack[parent].vtype)
        else:
            level = Level("map", vtype, {})
        self.stack.append(level)
        self.parse_mapping_entries(level)
        self.stack.pop()
        return level.node

    def parse_mapping_entries(self, level: Level) -> None:
        me = len(self.stack) - 1
        forced = True  # the first key of a mapping is always its own
        while self.i < len(self.toks):
            key = self.key_at(self.i)
            if key is None:
                return  # a list dash: it belongs to an enclosing sequence
            name, after = key
            shape = shape_at(self.toks, after)
            if not forced and self.owner_of_key(name, shape) != me:
                return
            forced = False
            self.i = after
            vtype, data_schema = self.child_type(level, name)
            # The entry is visible to sibling checks while its value is read.
            level.node[name] = None
            level.signatures.add(self.signature(shape))
            level.node[name] = self.parse_value(vtype, data_schema, me)

    def child_type(self, level: Level, key: str) -> tuple[str, dict | None]:
        """Type of the value under key, and the schema example data there illustrates."""
        if level.kind == "any":
            return "any", self.sub_schema(level.schema, key)
        if level.kind == "map":
            return map_entry(level.vtype)[0], None
        vtype = GRAMMAR[level.vtype].get(key, "any")
        if level.vtype == "Schema" and key in ("example", "default"):
            return vtype, level.node
        if level.vtype in ("MediaType", "Parameter") and key == "example":
            return vtype, level.node.get("schema")
        if level.vtype == "Example" and key == "value":
            return vtype, self.example_schema()
        return vtype, None

    def example_schema(self) -> dict | None:
        """The schema of the media type an Example object sits in, if any."""
        for level in reversed(self.stack):
            if level.kind == "object" and level.vtype == "MediaType":
                return level.node.get("schema")
        return None

    def parse_sequence(self, vtype: str, data_schema: dict | None, parent: int) -> list:
        item_type = vtype[5:] if vtype.startswith("list:") else "any"
        level = Level("seq", vtype if vtype.startswith("list:") else "list:any", [])
        if vtype == "any":
            level.anchor = self.anchor_for(parent)
        self.stack.append(level)
        me = len(self.stack) - 1
        item_schema = self.item_schema(data_schema) if data_schema else None
        while self.i < len(self.toks) and self.toks[self.i] == "-":
            shape = shape_at(self.toks, self.i + 1)
            if level.node and self.owner_of_dash(shape) != me:
                break
            self.i += 1
            level.item_kinds.add("map" if shape.kind == "map" else "other")
            level.node.append(self.parse_value(item_type, item_schema, me))
        self.stack.pop()
        return level.node


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
BLOCK_WIDTH = 96


def wrap_prose(words: list[str]) -> list[str]:
    return textwrap.wrap(
        " ".join(words), BLOCK_WIDTH, break_long_words=False, break_on_hyphens=False
    )


def block_lines(words: list[str]) -> list[str]:
    """Lay out a literal block's words: prose wrapped, markdown table rows one to a line."""
    lines: list[str] = []
    prose: list[str] = []
    row: list[str] = []
    in_table = False
    for n, word in enumerate(words):
        starts_row = (
            word == "|" and not row and (in_table or (n > 0 and words[n - 1].endswith(":")))
        )
        if starts_row and not in_table:
            lines.extend(wrap_prose(prose))
            lines.append("")  # markdown wants a blank line before a table
            prose, in_table = [], True
        if row or starts_row:
            row.append(word)
            if word.endswith("|") and len(row) > 1 and words[n + 1 : n + 2] in (["|"], []):
                lines.append(" ".join(row))
                row = []
            continue
        in_table = False
        prose.append(word)
    lines.extend(wrap_prose(prose))
    if row:
        lines.append(" ".join(row))
    return lines


def emit(node: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(node, dict):
        for key, value in node.items():
            write_entry(f"{pad}{key}:", value, indent, out)
    else:
        for value in node:
            write_entry(f"{pad}-", value, indent, out, in_list=True)


def write_entry(head: str, value: Any, indent: int, out: list[str], in_list: bool = False) -> None:
    if isinstance(value, Scalar):
        if value.style == "block":
            indicator, _, body = value.text.partition("\n")
            out.append(f"{head} {indicator}")
            out.extend((" " * (indent + 2) + line).rstrip() for line in block_lines(body.split()))
        else:
            out.append(f"{head} {value.text}")
        return
    if in_list and isinstance(value, dict):
        # "- key: value" with the rest of the mapping aligned under the first key
        inner: list[str] = []
        emit(value, indent + 2, inner)
        inner[0] = head + inner[0][len(head) :]
        out.extend(inner)
        return
    out.append(head)
    emit(value, indent + 2, out)


def restore(collapsed: str) -> str:
    """The restored YAML text of a collapsed OpenAPI document."""
    first = Restorer(collapsed).parse()
    schemas = first.get("components", {}).get("schemas", {})
    # Second pass: example data bounded by the schemas (including ones defined later on).
    tree = Restorer(collapsed, known_schemas=schemas).parse()
    out: list[str] = []
    emit(tree, 0, out)
    return "\n".join(out) + "\n"


def same_revision(text: str, collapsed: str) -> bool:
    """Is the text the revision the collapsed copy was made from (token for token)?"""
    return text.split() == collapsed.split()


def check(collapsed_path: Path, spec_path: Path) -> list[str]:
    """What is wrong with the restoration of a collapsed copy (nothing: an empty list)."""
    collapsed = collapsed_path.read_text(encoding="utf-8")
    text = restore(collapsed)
    problems = []
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    # The pin is the committed copy's; another input (a test's, say) has none.
    if collapsed_path.resolve() == DEFAULT_COLLAPSED.resolve() and digest != RESTORED_SHA256:
        problems.append(
            f"the restoration of {collapsed_path.name} changed: sha256 {digest}, pinned "
            f"{RESTORED_SHA256}. If that is intended, pin the new value in RESTORED_SHA256 (and "
            f"rewrite {DEFAULT_OUT.name} while it is this revision)"
        )
    if not same_revision(text, collapsed):
        problems.append(f"the restoration has not exactly the tokens of {collapsed_path.name}")
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as error:
        problems.append(f"the restoration is not valid YAML: {error}")
    if not spec_path.exists():
        problems.append(f"{spec_path} does not exist")
    elif not same_revision(current := spec_path.read_text(encoding="utf-8"), collapsed):
        print(f"{spec_path.name} is a different revision from {collapsed_path.name}: not compared")
    elif current != text:
        problems.append(f"{spec_path} is this revision but not its restoration")
    else:
        print(f"{spec_path.name} is its restoration, byte for byte")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collapsed", type=Path, default=DEFAULT_COLLAPSED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the restoration is not what it should be (see above)",
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.collapsed, args.out)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"{args.collapsed.name} restores as pinned")
        return 1 if problems else 0
    collapsed = args.collapsed.read_text(encoding="utf-8")
    if args.out.exists() and not same_revision(args.out.read_text(encoding="utf-8"), collapsed):
        # After a spec update the file is the vendor's newer text: never overwrite it.
        print(f"{args.out} is another revision; not overwritten (use --out)", file=sys.stderr)
        return 1
    text = restore(collapsed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
