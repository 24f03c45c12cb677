"""Input validation: every problem of a module's inputs found at once, before any request.

``None`` and ``""`` mean "not given", as an empty field in Make does: a required field then
reports "is required", an optional one is left out (or takes its default).
"""

from __future__ import annotations

import datetime
import difflib
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aiothinkific.modules._fields import Field

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Problem:
    """What is wrong with one input. ``label`` is the field's Make label (``None`` for an input
    key the module does not have)."""

    name: str
    message: str
    label: str | None = None

    def __str__(self) -> str:
        where = f"{self.label} ({self.name})" if self.label else repr(self.name)
        return f"{where}: {self.message}"


class ModuleError(Exception):
    """Base of the errors about modules themselves (not about an API call)."""


class ModuleInputError(ModuleError, ValueError):
    """The inputs of a module are not valid; ``problems`` lists each one, by field label."""

    def __init__(self, module: str, problems: list[Problem], hint: str = "") -> None:
        self.module = module
        self.problems = problems
        lines = "".join(f"\n  - {problem}" for problem in problems)
        super().__init__(f"invalid input for {module}:{lines}" + (f"\n{hint}" if hint else ""))


class Invalid(ValueError):
    """Raised by a conversion: the message says what is wrong with the value."""


def validate(module: str, fields: tuple[Field, ...], inputs: object) -> dict[str, Any]:
    """``inputs`` checked and converted for ``fields``: absent optional fields are left out,
    defaults filled in. Raises ``ModuleInputError`` listing every problem."""
    if not isinstance(inputs, Mapping):
        problem = Problem(
            "inputs", f"must be an object of field names to values, got {_show(inputs)}"
        )
        raise ModuleInputError(module, [problem])
    values, problems = _fields(fields, inputs)
    if problems:
        hint = ""
        if any(problem.label is None for problem in problems):
            hint = f"The fields of {module}: " + (", ".join(f.name for f in fields) or "none")
        raise ModuleInputError(module, problems, hint)
    return values


def _fields(
    fields: tuple[Field, ...], inputs: Mapping[Any, Any]
) -> tuple[dict[str, Any], list[Problem]]:
    by_name = {field.name: field for field in fields}
    problems = [_unknown(key, fields) for key in inputs if key not in by_name]
    values: dict[str, Any] = {}
    for field in fields:
        raw = inputs.get(field.name)
        if raw is None or raw == "":
            if field.default is not None:
                values[field.name] = field.default
            elif field.required:
                problems.append(Problem(field.name, "is required", field.label))
            continue
        try:
            values[field.name] = convert(field, raw)
        except Invalid as error:
            problems.append(Problem(field.name, str(error), field.label))
    return values, problems


def _unknown(key: object, fields: tuple[Field, ...]) -> Problem:
    names = [field.name for field in fields]
    message = "unknown field"
    if isinstance(key, str):
        by_label = {field.label.lower(): field.name for field in fields}
        close = by_label.get(key.lower()) or next(
            iter(difflib.get_close_matches(key, names, 1)), None
        )
        if close:
            message += f" (did you mean {close!r}?)"
    return Problem(key if isinstance(key, str) else repr(key), message)


def convert(field: Field, value: Any) -> Any:
    """``value`` as ``field`` takes it, or ``Invalid``."""
    converted = _CONVERTERS[field.type](field, value)
    if field.check is not None:
        try:
            converted = field.check(converted)
        except ValueError as error:
            raise Invalid(str(error)) from None
    return converted


def _text(field: Field, value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise Invalid(f"must be text, got {_show(value)}")


def _email(field: Field, value: Any) -> str:
    address = _text(field, value).strip()
    if not _EMAIL.fullmatch(address):
        raise Invalid(f"must be an email address such as bob@example.com, got {_show(value)}")
    return address


def _integer(field: Field, value: Any) -> int:
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        number = int(value.strip())
    if number is None:
        raise Invalid(f"must be a whole number, got {_show(value)}")
    low = INT64_MIN if field.minimum is None else field.minimum
    if not low <= number <= INT64_MAX:
        raise Invalid(f"must be between {low} and {INT64_MAX}, got {number}")
    return number


def _number(field: Field, value: Any) -> int | float:
    number: int | float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int | float):
        number = value
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        number = float(value.strip())
    if number is None or not math.isfinite(number):
        raise Invalid(f"must be a number, got {_show(value)}")
    if abs(number) > INT64_MAX:
        raise Invalid(f"must be between {INT64_MIN} and {INT64_MAX}, got {number}")
    return number


def _boolean(field: Field, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise Invalid(f"must be true or false, got {_show(value)}")


def _date(field: Field, value: Any) -> datetime.datetime:
    when: datetime.datetime | None = None
    if isinstance(value, datetime.datetime):
        when = value
    elif isinstance(value, datetime.date):
        when = datetime.datetime.combine(value, datetime.time())
    elif isinstance(value, str):
        try:
            when = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            when = None
    if when is None:
        raise Invalid(
            f"must be an ISO 8601 date or date-time such as 2024-01-31 or "
            f"2024-01-31T09:30:00Z, got {_show(value)}"
        )
    return when if when.tzinfo is not None else when.replace(tzinfo=datetime.UTC)


def _select(field: Field, value: Any) -> str:
    if isinstance(value, str):
        wanted = value.strip().lower()
        for option in field.options:
            if wanted in (option.value.lower(), option.label.lower()):
                return option.value
    choices = ", ".join(str(option) for option in field.options)
    raise Invalid(f"must be one of {choices}; got {_show(value)}")


def _array(field: Field, value: Any) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise Invalid(f"must be a list, got {_show(value)}")
    assert field.item is not None, f"array field {field.name} declares no item"
    items, problems = [], []
    for number, item in enumerate(value, 1):
        try:
            items.append(convert(field.item, item))
        except Invalid as error:
            problems.append(f"item {number} {error}")
    if problems:
        raise Invalid("; ".join(problems))
    return items


def _collection(field: Field, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        names = ", ".join(sub.name for sub in field.fields)
        raise Invalid(f"must be an object with {names}, got {_show(value)}")
    values, problems = _fields(field.fields, value)
    if problems:
        raise Invalid("; ".join(str(problem) for problem in problems))
    return values


def _map(field: Field, value: Any) -> list[tuple[str, str]]:
    """Name/value pairs, in order (a name may repeat in Make's list form)."""
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif isinstance(value, list | tuple) and all(
        isinstance(item, Mapping) and set(item) <= {"key", "value"} and "key" in item
        for item in value
    ):
        pairs = [(item["key"], item.get("value")) for item in value]
    else:
        raise Invalid(
            'must be an object of names to values, or a list of {"key": ..., "value": ...}, '
            f"got {_show(value)}"
        )
    result = []
    for name, item in pairs:
        if not isinstance(name, str) or not name:
            raise Invalid(f"names must be non-empty text, got {_show(name)}")
        if item is None:
            item = ""
        elif isinstance(item, bool):
            item = "true" if item else "false"
        elif isinstance(item, int | float):
            item = str(item)
        elif not isinstance(item, str):
            raise Invalid(f"the value of {name!r} must be text, got {_show(item)}")
        result.append((name, item))
    return result


def _json(field: Field, value: Any) -> Any:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            raise Invalid(f"must be JSON, got {_show(value)}") from None
    try:
        _check_json(value)
    except RecursionError:
        raise Invalid("must be JSON nested less deeply") from None
    return value


def _check_json(value: Any) -> None:
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid(f"must be JSON, which has no {value}")
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check_json(item)
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise Invalid(f"must be JSON, whose object keys are text, got key {_show(key)}")
            _check_json(item)
        return
    raise Invalid(f"must be JSON, got {_show(value)}")


def _show(value: Any) -> str:
    """A short description of a bad value for an error message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_CONVERTERS: dict[str, Callable[[Field, Any], Any]] = {
    "text": _text,
    "email": _email,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "date": _date,
    "select": _select,
    "array": _array,
    "collection": _collection,
    "map": _map,
    "json": _json,
}
