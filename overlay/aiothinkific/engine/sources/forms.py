"""A delivery's body as one nested dict, whatever the cart encoded it as.

Carts post PHP-style forms (``customer[email]``, ``order[charges][0][amount]``: PHP's
``http_build_query``) or JSON; the parsers want one shape, so a form is rebuilt the way PHP's
``$_POST`` would see it: bracket keys become nested dicts, and a dict whose keys are all
indexes becomes a list in index order. Anything that cannot be read is an
:class:`~aiothinkific.engine.model.EventParseError`, never another exception, because the
receiver keeps such a delivery as unparsed rather than failing.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

from aiothinkific.engine.model import EventParseError

#: Larger bodies are refused: no cart notice comes near this.
MAX_BODY = 1 << 20
MAX_FIELDS = 5000
#: Brackets in one key, and levels of JSON: real notices use three or four.
MAX_DEPTH = 16

_KEY = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])*)")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
#: An index PHP would make a list position of (no leading zeros, so ``01`` stays a name).
_INDEX = re.compile(r"0|[1-9][0-9]{0,8}")


def decode_fields(body: bytes, content_type: str) -> dict[str, Any]:
    """The fields of ``body``, sent as ``content_type`` (form or JSON)."""
    if len(body) > MAX_BODY:
        raise EventParseError(f"the body is larger than {MAX_BODY} bytes")
    media = content_type.split(";", 1)[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise EventParseError("the body is not UTF-8 text") from None
    if media == "application/x-www-form-urlencoded":
        return _storable(_form(text))
    if media == "application/json" or media.endswith("+json"):
        return _storable(_json(text))
    if media == "multipart/form-data":
        raise EventParseError(
            "multipart/form-data is not supported: carts post urlencoded forms or JSON"
        )
    raise EventParseError(f"unsupported content type {media or '(none)'!r}")


def _storable(fields: dict[str, Any]) -> dict[str, Any]:
    """Refuse text no database keeps as text: JSON escapes can spell a lone surrogate
    (``"\\ud800"``), and PostgreSQL refuses NUL characters, which SQLite would take."""
    try:
        json.dumps(fields, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise EventParseError("the body holds text that is not valid Unicode") from None
    stack: list[Any] = [fields]
    while stack:  # walked, not searched as JSON text: there "\\u0000" may be six characters
        value = stack.pop()
        if isinstance(value, dict):
            stack += [*value.keys(), *value.values()]
        elif isinstance(value, list):
            stack += value
        elif isinstance(value, str) and "\x00" in value:
            raise EventParseError("the body holds a NUL character")
    return fields


def _json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise EventParseError("the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise EventParseError("the JSON body is not an object")
    _check_depth(data)
    return data


def _check_depth(data: Any) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` (walked without recursion)."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise EventParseError(f"the body nests deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _form(text: str) -> dict[str, Any]:
    try:
        pairs = parse_qsl(
            text, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS
        )
    except ValueError:
        raise EventParseError(f"the form has more than {MAX_FIELDS} fields") from None
    root: dict[str, Any] = {}
    for key, value in pairs:
        _put(root, key, value)
    # The top level stays a mapping of field names even when they are all digits ("0=...").
    result: dict[str, Any] = {key: _listify(value) for key, value in root.items()}
    return result


def _put(root: dict[str, Any], key: str, value: str) -> None:
    """Store ``value`` under the PHP path ``key`` (``a[b][]``); a key that is not a bracket
    path is taken as a plain name."""
    match = _KEY.fullmatch(key)
    path = [match.group(1), *_SEGMENT.findall(match.group(2))] if match else [key]
    if len(path) > MAX_DEPTH:
        raise EventParseError(f"the field {key[:80]!r} nests deeper than {MAX_DEPTH} levels")
    node = root
    for depth, name in enumerate(path):
        if name == "" and depth:  # ``a[]``: PHP appends
            name = str(len(node))
        last = depth == len(path) - 1
        found = node.get(name)
        if last:
            if found is not None:
                kind = "duplicate" if isinstance(found, str) else "conflicting"
                raise EventParseError(f"{kind} form field {key[:80]!r}")
            node[name] = value
        elif found is None:
            node[name] = node = {}
        elif isinstance(found, dict):
            node = found
        else:
            raise EventParseError(f"conflicting form field {key[:80]!r}")


def _listify(value: Any) -> Any:
    """Dicts whose keys are all indexes become lists in index order (PHP's arrays)."""
    if not isinstance(value, dict):
        return value
    items = {key: _listify(item) for key, item in value.items()}
    if items and all(_INDEX.fullmatch(key) for key in items):
        return [items[key] for key in sorted(items, key=int)]
    return items
