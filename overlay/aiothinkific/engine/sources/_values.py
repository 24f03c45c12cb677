"""Reading one field of decoded fields, whichever way the cart typed it.

ThriveCart's JSON webhooks send every scalar as a string (``"null"``, ``"12500"``), its forms
send ``null`` as an empty value, its event subscriptions send real types: these helpers accept
all three, so one parser serves them, and name the field in every error.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from aiothinkific.engine.model import EventParseError

_INTEGER = re.compile(r"-?[0-9]{1,18}")


def child(fields: Any, name: str) -> dict[str, Any]:
    """The object ``fields[name]``; absent, empty or ``"null"`` is ``{}``."""
    value = fields.get(name) if isinstance(fields, dict) else None
    if isinstance(value, dict):
        return value
    if value is None or value == "" or value == "null" or value == []:
        return {}
    raise EventParseError(f"{name} is not an object")


def items_of(fields: dict[str, Any], name: str) -> list[Any]:
    """The list ``fields[name]`` (a form's list, or a JSON list); absent is ``[]``."""
    value = fields.get(name)
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and not value:
        return []
    if value is None or value == "" or value == "null":
        return []
    raise EventParseError(f"{name} is not a list")


def text(fields: dict[str, Any], name: str, label: str | None = None) -> str | None:
    """The scalar ``fields[name]`` as stripped text; absent, empty or ``"null"`` is ``None``."""
    value = fields.get(name)
    if value is None or isinstance(value, bool):
        return None if value is None else str(int(value))
    if isinstance(value, int) and abs(value) >= 10**18:
        raise EventParseError(f"{label or name} is too large")
    if isinstance(value, int | float | str):
        found = str(value).strip()
        return None if found in ("", "null") else found
    raise EventParseError(f"{label or name} is not a single value")


def integer(fields: dict[str, Any], name: str, label: str | None = None) -> int | None:
    """The integer ``fields[name]`` (``12500`` or ``"12500"``); absent is ``None``."""
    value = fields.get(name)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    found = text(fields, name, label)
    if found is None:
        return None
    if not _INTEGER.fullmatch(found):
        raise EventParseError(f"{label or name} is not an integer: {found[:40]!r}")
    return int(found)


def from_epoch(seconds: int, label: str) -> datetime.datetime:
    try:
        return datetime.datetime.fromtimestamp(seconds, datetime.UTC)
    except (OverflowError, OSError, ValueError):
        raise EventParseError(f"{label} is not a valid time: {seconds}") from None


def flag(fields: dict[str, Any], name: str) -> bool:
    """``true``/``1``/``"true"``/``"1"`` (a form's checkbox or a JSON boolean)."""
    value = fields.get(name)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes")


def custom_fields(value: Any) -> dict[str, str]:
    """Custom fields as name -> text, from a dict (``custom_fields[Company]=Acme``) or a list
    of ``{slug|name|id, value}`` objects; values that are not scalars (or lists of them) are
    left out."""
    pairs: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list):
        for entry in value:
            if isinstance(entry, dict):
                name = entry.get("slug") or entry.get("name") or entry.get("id")
                pairs.append((name, entry.get("value")))
    found: dict[str, str] = {}
    for name, item in pairs:
        if not isinstance(name, str | int) or isinstance(name, bool) or name == "":
            continue
        if isinstance(item, list):
            item = ", ".join(str(part) for part in item if isinstance(part, str | int | float))
        if isinstance(item, str | int | float) and item != "null":
            found[str(name)] = str(item)
    return found
