"""The fields of a module, as Make shows them: label, API name, type, required flag, help text,
options. The small constructors (``text``, ``integer``, ``select``...) keep declarations short."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

FieldType = Literal[
    "text",
    "email",
    "number",
    "integer",
    "boolean",
    "date",
    "select",
    "array",
    "collection",
    "map",
    "json",
]
"""What a field accepts (conversions in ``_convert``):

- ``text``: a string (a number is taken as its text); ``email``: text with one ``@``.
- ``integer``: a whole number or a string of digits; ``number``: a finite number or numeric
  string.
- ``boolean``: true/false, or the strings "true"/"false".
- ``date``: an ISO 8601 date or date-time string (no time zone: UTC).
- ``select``: one of the field's options, by value or label (any case).
- ``array``: a list, each item checked as the field's ``item``.
- ``collection``: an object with the field's sub-``fields``.
- ``map``: name/value pairs, as an object or as Make's list of ``{"key": ..., "value": ...}``.
- ``json``: any JSON value (a string is parsed as JSON text).
"""

Check = Callable[[Any], Any]
"""A field's extra rule: gets the converted value, returns it (maybe normalised) or raises
``ValueError`` with the message to show."""


@dataclass(frozen=True)
class Option:
    """One choice of a select field: the value sent to the API and the label Make shows."""

    value: str
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.value)

    def __str__(self) -> str:
        return self.value if self.label == self.value else f"{self.label} ({self.value})"


@dataclass(frozen=True)
class Field:
    """One input of a module. ``name`` is the key in the inputs and the API's name for the value
    (a body field, a ``query[...]`` filter or the record id in the path)."""

    name: str
    label: str
    type: FieldType
    help: str = ""
    required: bool = False
    options: tuple[Option, ...] = ()
    item: Field | None = None
    fields: tuple[Field, ...] = ()
    default: Any = None
    minimum: int | None = None
    check: Check | None = None

    @property
    def type_label(self) -> str:
        """The type as a fields table shows it: ``array of select``, ``integer >= 1``..."""
        if self.item is not None:
            return f"array of {self.item.type_label}"
        if self.minimum is not None:
            return f"{self.type} >= {self.minimum}"
        return self.type


def text(name: str, label: str, help: str = "", *, required: bool = False) -> Field:
    return Field(name, label, "text", help, required)


def email(name: str, label: str, help: str = "", *, required: bool = False) -> Field:
    return Field(name, label, "email", help, required)


def integer(
    name: str, label: str, help: str = "", *, required: bool = False, minimum: int | None = None
) -> Field:
    return Field(name, label, "integer", help, required, minimum=minimum)


def record_id(name: str, label: str, help: str, *, required: bool = True) -> Field:
    """The id of a record (``User``, ``Instructor ID``...): a whole number, 1 or more."""
    return Field(name, label, "integer", help, required, minimum=1)


def number(name: str, label: str, help: str = "", *, required: bool = False) -> Field:
    return Field(name, label, "number", help, required)


def boolean(name: str, label: str, help: str = "", *, required: bool = False) -> Field:
    return Field(name, label, "boolean", help, required)


def date(name: str, label: str, help: str = "", *, required: bool = False) -> Field:
    return Field(name, label, "date", help, required)


def select(
    name: str,
    label: str,
    options: tuple[Option, ...],
    help: str = "",
    *,
    required: bool = False,
    default: str | None = None,
) -> Field:
    return Field(name, label, "select", help, required, options=options, default=default)


def array(name: str, label: str, item: Field, help: str = "") -> Field:
    return Field(name, label, "array", help, item=item)


def collection(name: str, label: str, fields: tuple[Field, ...], help: str = "") -> Field:
    return Field(name, label, "collection", help, fields=fields)


def limit(things: str) -> Field:
    """The ``Limit`` of every Search/List module: the most bundles one run returns."""
    return Field(
        "limit",
        "Limit",
        "integer",
        f"Set the maximum number of {things} the module should return during one execution cycle.",
        minimum=1,
        default=10,
    )


def requiring(fields: tuple[Field, ...], *names: str) -> tuple[Field, ...]:
    """``fields`` with those ``names`` required and the others optional (Create modules require
    what the matching Update modules leave optional)."""
    return tuple(replace(field, required=field.name in names) for field in fields)
