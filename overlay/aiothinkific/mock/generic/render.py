"""Answers built from stored records, always valid under the schema the operation documents.

A record is first drawn from its schema (:func:`~aiothinkific.specs.sample`: examples first,
keyed by the record, so it reads the same in a list and alone), then each stored field that the
schema documents and allows replaces the drawn one. A list answer holds the page's records; the
fields beside them (``meta.pagination`` in Thinkific's ``{items, meta}``) take the page's numbers
where their names say what they are, and are null where the schema allows it (no next cursor:
every record of the page is there), or drawn otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from aiothinkific.mock.validation import FORMATS
from aiothinkific.specs import JSON, Spec, sample

logger = logging.getLogger("aiothinkific.mock")


def is_valid(spec: Spec, schema: JSON, value: Any) -> bool:
    return spec.is_valid(schema, value, FORMATS)


def properties(spec: Spec, schema: JSON) -> dict[str, Any]:
    """The properties an object schema documents, those of its ``allOf`` parts included."""
    resolved = spec.resolve(schema)
    found: dict[str, Any] = {}
    for part in resolved.get("allOf", ()):
        found.update(properties(spec, part))
    found.update(resolved.get("properties", {}))
    return found


def _fitting(spec: Spec, schema: JSON, value: Any) -> tuple[bool, Any]:
    """``value``, or its text (an integer id where the schema wants a string), if it fits."""
    if is_valid(spec, schema, value):
        return True, value
    is_integer = isinstance(value, int) and not isinstance(value, bool)
    if is_integer and is_valid(spec, schema, str(value)):
        return True, str(value)
    return False, None


def _overlay(spec: Spec, schema: JSON, drawn: Any, stored: Any) -> Any:
    if not isinstance(drawn, dict) or not isinstance(stored, Mapping):
        fits, value = _fitting(spec, schema, stored)
        return value if fits else drawn
    merged = dict(drawn)
    for name, prop in properties(spec, schema).items():
        if name in stored:
            fits, value = _fitting(spec, prop, stored[name])
            if fits:
                merged[name] = value
    return merged


def conform(spec: Spec, schema: JSON, stored: Any, key: str) -> Any:
    """``stored`` (a record, or ``None``) as a value valid under ``schema``; what cannot be
    shown validly is drawn instead (keyed by ``key``)."""
    value: Any = None
    # Examples first; without them for a spec whose example breaks its schema; the drawn
    # record alone when a stored field that fits on its own breaks the whole (a oneOf).
    for examples, keep_stored in ((True, True), (False, True), (True, False), (False, False)):
        drawn = sample(spec, schema, key, examples=examples)
        value = _overlay(spec, schema, drawn, stored) if keep_stored else drawn
        if is_valid(spec, schema, value):
            return value
    logger.warning("no value valid under the documented schema could be built for %s", key)
    return value


def _beside_items(spec: Spec, schema: JSON, drawn: Any, numbers: Mapping[str, Any]) -> Any:
    """The drawn fields of an object beside the items, with the page's numbers put in."""
    props = properties(spec, schema)
    if not props or not isinstance(drawn, dict):
        return drawn
    return {
        name: _beside_item(spec, name, prop, drawn.get(name), numbers)
        for name, prop in props.items()
        if name in drawn or name in numbers
    }


def _beside_item(
    spec: Spec, name: str, schema: JSON, drawn: Any, numbers: Mapping[str, Any]
) -> Any:
    if name in numbers:
        fits, value = _fitting(spec, schema, numbers[name])
        if fits:
            return value
    if properties(spec, schema) and isinstance(drawn, dict):
        return _beside_items(spec, schema, drawn, numbers)
    if spec.resolve(schema).get("nullable"):
        return None
    return drawn


def list_body(
    spec: Spec, schema: JSON, items: list[Any], numbers: Mapping[str, Any], key: str
) -> Any:
    """A list answer holding ``items``: a bare array, or an object with them as ``items`` and
    ``numbers`` (``total_items``, ``next_page``...) in the fields of those names beside them."""
    if spec.resolve(schema).get("type") == "array":
        return items
    drawn = sample(spec, schema, key)
    body = _beside_items(spec, schema, drawn, numbers)
    body = {**body, "items": items} if isinstance(body, dict) else {"items": items}
    if is_valid(spec, schema, body):
        return body
    fallback = {**drawn, "items": items} if isinstance(drawn, dict) else body
    if is_valid(spec, schema, fallback):
        return fallback
    logger.warning("no list answer valid under the documented schema could be built for %s", key)
    return body
