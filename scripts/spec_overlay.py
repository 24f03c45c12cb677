"""Apply OpenAPI Overlay 1.0 documents to an OpenAPI document.

Every fix to the vendor spec is an overlay action (a JSONPath ``target``, an ``update`` or
``remove``, and a ``description`` of why). An action whose target matches nothing is an error: after
a spec update it means the fix no longer applies and needs a look, not silence.

Merging follows the Overlay 1.0 text: an ``update`` on an object merges into it (objects
recursively; lists and scalars are replaced); an ``update`` on a list appends to it.
One extension: ``x-keys-to-strings: true`` turns the integer keys of the target objects into
strings (YAML reads ``200:`` as an integer; OpenAPI response codes are strings).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml


class OverlayError(Exception):
    """An overlay document that cannot be applied as written."""


@dataclass(frozen=True)
class AppliedAction:
    overlay: str
    target: str
    description: str
    matches: int


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    return copy.deepcopy(update)


def apply_overlay(doc: Any, overlay: dict, name: str) -> list[AppliedAction]:
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{name}: not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    applied = []
    for number, action in enumerate(overlay.get("actions") or [], start=1):
        where = f"{name} action {number}"
        target = action.get("target")
        if not target:
            raise OverlayError(f"{where}: no target")
        if not action.get("description"):
            raise OverlayError(f"{where} ({target}): every fix needs a description of why")
        try:
            nodes = list(jsonpath.find(target, doc))
        except jsonpath.JSONPathError as error:
            raise OverlayError(f"{where}: target {target} is not valid JSONPath: {error}") from None
        if not nodes:
            raise OverlayError(
                f"{where}: target {target} matches nothing; the spec changed under this fix "
                f"({action['description'].strip().splitlines()[0]})"
            )
        for node in nodes:
            apply_action(doc, node, action, where)
        applied.append(AppliedAction(name, target, action["description"].strip(), len(nodes)))
    return applied


def apply_action(doc: Any, node: Any, action: dict, where: str) -> None:
    if action.get("remove"):
        parent: Any = doc
        *parents, last = node.location
        for step in parents:
            parent = parent[step]
        del parent[last]
        return
    if action.get("x-keys-to-strings"):
        if not isinstance(node.value, dict):
            raise OverlayError(f"{where}: x-keys-to-strings needs an object target")
        entries = list(node.value.items())
        node.value.clear()
        node.value.update((str(key), value) for key, value in entries)
        return
    if "update" not in action:
        raise OverlayError(f"{where}: an action needs 'update' or 'remove'")
    if isinstance(node.value, list):
        node.value.append(copy.deepcopy(action["update"]))
    elif isinstance(node.value, dict) and isinstance(action["update"], dict):
        merge(node.value, action["update"])
    else:
        raise OverlayError(f"{where}: update targets must be objects or lists")


SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"


def patched_spec(spec_name: str) -> tuple[Any, list[AppliedAction]]:
    """spec/<spec_name> with its overlay, spec/patches/<stem>.overlay.yaml, applied."""
    return overlaid(load_yaml(SPEC_DIR / spec_name), spec_name)


def overlaid(doc: Any, spec_name: str) -> tuple[Any, list[AppliedAction]]:
    """``doc`` (the text of spec/<spec_name>) with that spec's overlay applied."""
    patch = SPEC_DIR / "patches" / spec_name.replace(".yaml", ".overlay.yaml")
    applied = apply_overlay(doc, load_yaml(patch), patch.name) if patch.exists() else []
    return doc, applied
