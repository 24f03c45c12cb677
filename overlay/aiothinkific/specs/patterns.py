"""A short string that a schema's ``pattern`` matches, built from the regex's own parse tree
(the few constructs schemas use: literals, classes, categories, repeats, groups, branches)."""

from __future__ import annotations

import importlib
import re
from typing import Any

#: Python's regex parser (``sre_parse`` before 3.11): the one reading of a pattern ``re`` has.
_parser: Any = importlib.import_module("re._parser")
_CATEGORIES = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "x",
}
_CANDIDATES = "xaA1-_ .@0zZ9"


class _Unsupported(Exception):
    pass


def matching_text(pattern: str) -> str | None:
    """A string ``re.search(pattern, ...)`` accepts, or ``None`` when none could be built."""
    try:
        text = _emit(_parser.parse(pattern))
    except (_Unsupported, re.error, TypeError, ValueError):
        return None
    return text if re.search(pattern, text) else None


def _emit(items: Any) -> str:
    out = []
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(argument))
        elif name == "NOT_LITERAL":
            out.append(next(c for c in _CANDIDATES if ord(c) != argument))
        elif name == "ANY":
            out.append("x")
        elif name == "IN":
            out.append(_member(argument))
        elif name == "CATEGORY":
            out.append(_CATEGORIES[str(argument)])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, inner = argument
            out.append(_emit(inner) * low)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            out.append(_emit(argument[-1]))
        elif name == "BRANCH":
            out.append(_emit(argument[1][0]))
        elif name != "AT":  # anchors add no characters
            raise _Unsupported(name)
    return "".join(out)


def _member(items: Any) -> str:
    """A character of a class (``[a-z]``, ``[^\\s]``)."""
    negated = bool(items) and str(items[0][0]) == "NEGATE"
    body = items[1:] if negated else items
    for candidate in _CANDIDATES + "".join(chr(c) for c in range(0x21, 0x7F)):
        if _in_class(candidate, body) != negated:
            return candidate
    raise _Unsupported("no character fits")


def _in_class(char: str, items: Any) -> bool:
    for op, argument in items:
        name = str(op)
        if name == "LITERAL" and ord(char) == argument:
            return True
        if name == "RANGE" and argument[0] <= ord(char) <= argument[1]:
            return True
        if name == "CATEGORY" and re.fullmatch(_category_regex(str(argument)), char):
            return True
    return False


def _category_regex(category: str) -> str:
    return {
        "CATEGORY_DIGIT": r"\d",
        "CATEGORY_NOT_DIGIT": r"\D",
        "CATEGORY_WORD": r"\w",
        "CATEGORY_NOT_WORD": r"\W",
        "CATEGORY_SPACE": r"\s",
        "CATEGORY_NOT_SPACE": r"\S",
    }.get(category, "(?!)")
