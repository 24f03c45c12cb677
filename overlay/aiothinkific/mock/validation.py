"""Requests checked against the spec before any handler runs.

A handler only ever sees path parameters, query parameters and a JSON body of the types the spec
documents, so bad input is answered the way Thinkific answers it (404 for an id that is not one,
422 ``{"errors": {"field": [...]}}`` for bad values, 400 ``{"error": ...}`` for a body that is not
JSON) and never reaches code that could fail on it. Validators are compiled once per operation of
each spec served.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import FormatChecker  # type: ignore[import-untyped]

from aiothinkific.mock import timefmt
from aiothinkific.mock.errors import ApiError, bad_request, invalid, not_found
from aiothinkific.specs import JSON, Operation, Parameter, Spec, per_spec

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_DEPTH = 32
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TRUE, _FALSE = frozenset({"true", "1"}), frozenset({"false", "0"})
#: Whitespace as JSON Schema patterns (ECMA-262) read it; Python's ``str.isspace`` also counts
#: \x1c-\x1f and \x85, so a value the spec calls non-blank would be refused as blank.
WHITESPACE = "".join(
    [
        "\t\n\v\f\r \u00a0\u1680",
        *map(chr, range(0x2000, 0x200B)),
        "\u2028\u2029\u202f\u205f\u3000\ufeff",
    ]
)
#: The spec's pattern for text that must not be blank (Rails' presence validation).
NON_BLANK = r"[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
_TYPE_NAMES = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "true or false",
    "array": "an array",
    "object": "an object",
}

FORMATS = FormatChecker(formats=())


#: Digits of the longest value :func:`digits_value` reads exactly (``INT64_MAX`` has 19).
_MAX_DIGITS = 19
#: What :func:`digits_value` gives for more digits than that: the least such value, beyond
#: int64 either side.
BEYOND_INT64 = 10_000_000_000_000_000_000  # 10**19


def digits_value(raw: str | None) -> int | None:
    """``raw`` as a non-negative integer when it is ASCII digits only (``int("¹")`` raises,
    though ``"¹".isdigit()``); otherwise ``None``. Every integer the mock reads from a request
    (ids, ``limit``, ``page``, cursors, ``Content-Length``) is read here.

    More than 19 significant digits come back as :data:`BEYOND_INT64`: larger than any id,
    limit or size the mock compares them with, and never converted, so a string of any length
    is cheap and safe (``int()`` refuses more than 4,300 digits with a ``ValueError``).
    """
    if not raw or not raw.isascii() or not raw.isdigit():
        return None
    significant = raw.lstrip("0")
    if len(significant) > _MAX_DIGITS:
        return BEYOND_INT64
    return int(significant or "0")


def integer_value(raw: str) -> int | None:
    """``raw`` as an integer with an optional sign (``+``/``-``), read by :func:`digits_value`;
    ``None`` when it is not one."""
    magnitude = digits_value(raw[1:] if raw[:1] in ("+", "-") else raw)
    if magnitude is None:
        return None
    return -magnitude if raw[:1] == "-" else magnitude


def is_blank(text: str) -> bool:
    """Empty or only whitespace (the spec's whitespace, see :data:`WHITESPACE`)."""
    return not text.strip(WHITESPACE)


@FORMATS.checks("date-time")  # type: ignore[untyped-decorator]
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or timefmt.parse(value) is not None


@FORMATS.checks("date")  # type: ignore[untyped-decorator]
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or timefmt.parse(value, allow_date=True) is not None


@FORMATS.checks("int64")  # type: ignore[untyped-decorator]
def _is_int64(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or INT64_MIN <= value <= INT64_MAX


@FORMATS.checks("email")  # type: ignore[untyped-decorator]
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or _EMAIL.fullmatch(value) is not None


@FORMATS.checks("uri")  # type: ignore[untyped-decorator]
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc)


Errors = dict[str, list[str]]
#: Keywords of an integer parameter's schema that :attr:`_CompiledParam.bounds` covers.
_PLAIN_INTEGER_KEYS = frozenset(
    {"type", "format", "minimum", "maximum", "default", "description", "example"}
)


def _field(path: Iterable[Any]) -> str:
    """``["transaction", "amount"]`` -> ``transaction.amount``; list indexes in brackets."""
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "base"


def _add(errors: Errors, field: str, message: str) -> None:
    messages = errors.setdefault(field, [])
    if message not in messages:
        messages.append(message)


def _message(error: Any) -> str:
    """Rails' wording for one failed schema keyword."""
    keyword, expected = error.validator, error.validator_value
    if keyword == "type":
        if error.instance is None:
            return "can't be blank"
        return f"must be {_TYPE_NAMES.get(expected, expected)}"
    if keyword == "enum":
        return "is not included in the list"
    if keyword == "minimum":
        return f"must be greater than or equal to {expected}"
    if keyword == "maximum":
        return f"must be less than or equal to {expected}"
    if keyword == "minLength":
        return f"is too short (minimum is {expected} characters)"
    if keyword == "maxLength":
        return f"is too long (maximum is {expected} characters)"
    if keyword == "format" and expected == "int64":
        return "is out of range"
    if keyword == "pattern" and expected == NON_BLANK:
        return "can't be blank"
    return "is invalid"


def schema_errors(validator: Any, instance: Any, errors: Errors, prefix: tuple[Any, ...]) -> None:
    """Add every schema violation of ``instance`` to ``errors``, keyed by field."""
    for error in validator.iter_errors(instance):
        path = (*prefix, *error.absolute_path)
        if error.validator == "required":
            for name in error.validator_value:
                if isinstance(error.instance, dict) and name not in error.instance:
                    _add(errors, _field((*path, name)), "can't be blank")
        else:
            _add(errors, _field(path), _message(error))


def compile_schema(spec: Spec, schema: JSON) -> Any:
    """An OAS 3.0 validator for ``schema`` whose ``$ref``s resolve against ``spec``, with the
    mock's format checks (date-times as Rails reads them, int64 ranges, emails, URIs)."""
    return spec.validator(schema, FORMATS)


def _scan(body: Any) -> None:
    """What JSON allows but the API cannot take: deep nesting and strings that are not UTF-8
    (400). Integers beyond 64 bits are refused where the schema declares an integer (its int64
    format); elsewhere (a field the API ignores) they pass, as they do in the API. Iterative, so
    depth cannot overflow."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(body, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise bad_request(f"JSON nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key)
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise bad_request("Invalid JSON: strings must be valid UTF-8") from None


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"number out of range: {text}")
    return number


def _no_constants(text: str) -> Any:
    raise ValueError(f"{text} is not JSON")


def parse_json(raw: bytes) -> Any:
    """The body as JSON, or 400 ``{"error": ...}``."""
    try:
        return json.loads(raw.decode("utf-8"), parse_float=_finite, parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad_request("Invalid JSON in request body") from None


FORM, MULTIPART = "application/x-www-form-urlencoded", "multipart/form-data"


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _is_json(content_type: str | None) -> bool:
    if content_type is None:
        return True
    media = _media(content_type)
    return media == "application/json" or (media.startswith("application/") and "+json" in media)


def parse_form(raw: bytes, content_type: str | None) -> list[tuple[str, str]]:
    """The fields of a urlencoded or multipart body, in order (a key may repeat); 400 when it
    cannot be read. Multipart is read with the stdlib's MIME parser; files are read as text."""
    if _media(content_type) == FORM:
        try:
            return parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            raise bad_request("The form body cannot be read") from None
    header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser().parsebytes(header + raw)
    if not message.is_multipart():
        raise bad_request("The multipart body cannot be read")
    fields = []
    for part in message.get_payload():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        try:
            fields.append((name, data.decode(part.get_content_charset() or "utf-8")))
        except (UnicodeDecodeError, LookupError):
            raise bad_request(f"The value of {name} is not UTF-8 text") from None
    return fields


def _coerce_text(text: str, schema: JSON) -> Any:
    """A form value (always text) as the type its schema gives, when it reads as one; left as
    text otherwise, for the schema check to refuse with its own message."""
    kind = schema.get("type")
    stripped = text.strip()
    if kind == "integer":
        value = integer_value(stripped)
        return text if value is None else value
    if kind == "number":
        try:
            return _finite(stripped)
        except ValueError:
            return text
    if kind == "boolean":  # "True" too: the generated client sends str(True) in multipart
        if stripped.lower() in _TRUE:
            return True
        if stripped.lower() in _FALSE:
            return False
    return text


def coerce_fields(spec: Spec, schema: JSON, fields: Sequence[tuple[str, Any]]) -> JSON:
    """Form fields (or a JSON object's, whose scalars a form vendor also takes as text) as the
    body its object ``schema`` describes: text coerced per property, repeated keys (and
    ``key[]``) gathered into arrays where the property is one, a JSON array or object sent for
    a property that is JSON-encoded text encoded, and an empty optional value left out (a
    form sends fields left blank as ``""``)."""
    resolved = spec.resolve(schema)
    properties = resolved.get("properties", {})
    required = set(resolved.get("required", ()))
    body: JSON = {}
    for key, value in fields:
        name = key[:-2] if key.endswith("[]") and key[:-2] in properties else key
        prop = spec.resolve(properties.get(name, {}))
        if value == "" and name not in required:
            continue
        if prop.get("type") == "array":
            items = spec.resolve(prop.get("items", {}))
            values = value if isinstance(value, list) else [value]
            body.setdefault(name, []).extend(
                _coerce_text(item, items) if isinstance(item, str) else item for item in values
            )
        elif isinstance(value, str):
            body[name] = _coerce_text(value, prop)
        elif prop.get("type") == "string" and isinstance(value, list | dict):
            body[name] = json.dumps(value)
        elif prop.get("type") == "string" and isinstance(value, int | float):
            body[name] = json.dumps(value)  # "Numbers often arrive as strings", and back
        else:
            body[name] = value
    return body


@dataclass(frozen=True)
class _CompiledParam:
    param: Parameter
    kind: str
    validator: Any
    default: Any

    @functools.cached_property
    def bounds(self) -> tuple[Any, Any] | None:
        """``(minimum, maximum)`` when they are all the schema checks of a coerced integer (its
        type and int64 range are the coercion's): checked without the schema validator, with
        its messages. ``None``: the validator checks it."""
        schema = self.param.schema
        if self.kind != "integer" or not schema.keys() <= _PLAIN_INTEGER_KEYS:
            return None
        if schema.get("format", "int64") != "int64":
            return None
        return schema.get("minimum"), schema.get("maximum")

    def errors(self, value: Any, errors: Errors) -> bool:
        """Add what the schema says is wrong with the coerced ``value``; whether it is valid."""
        bounds = self.bounds
        if bounds is None:
            before = len(errors)
            schema_errors(self.validator, value, errors, (self.param.name,))
            return len(errors) == before
        low, high = bounds
        if low is not None and value < low:
            _add(errors, self.param.name, f"must be greater than or equal to {low}")
            return False
        if high is not None and value > high:
            _add(errors, self.param.name, f"must be less than or equal to {high}")
            return False
        return True

    def coerce(self, raw: str) -> Any:
        """The raw string as the type the spec gives, or ``ValueError(message)``."""
        text = raw.strip()
        if self.kind == "integer":
            if text.isdigit() and text.isascii() and len(text) < 19:  # plainly within int64
                return int(text)
            value = integer_value(text)
            if value is None or abs(value) >= BEYOND_INT64:  # not digits, or more than 19
                raise ValueError("must be an integer")
            if not INT64_MIN <= value <= INT64_MAX:
                raise ValueError("is out of range")
            return value
        if self.kind == "number":
            try:
                return _finite(text)
            except ValueError:
                raise ValueError("must be a number") from None
        if self.kind == "boolean":
            if text.lower() in _TRUE:
                return True
            if text.lower() in _FALSE:
                return False
            raise ValueError("must be true or false")
        if self.param.schema.get("format") == "date-time":
            # Filters take a date as well as a date-time; compared in the stored format.
            normalized = timefmt.normalize(text, allow_date=True)
            if normalized is None:
                raise ValueError("is invalid")
            return normalized
        return raw


class RequestValidator:
    """The compiled checks of one operation of ``spec``."""

    def __init__(self, spec: Spec, operation: Operation) -> None:
        self.operation = operation
        self.params = {
            location: tuple(
                _CompiledParam(
                    param=p,
                    kind=p.schema.get("type", "string"),
                    validator=compile_schema(spec, p.schema),
                    default=p.schema.get("default"),
                )
                for p in operation.params(location)
            )
            for location in ("path", "query")
        }
        #: By name, the query parameters; the defaults of optional ones; the required ones.
        self.query_params = {c.param.name: c for c in self.params["query"]}
        self.query_defaults = {
            c.param.name: c.default
            for c in self.params["query"]
            if not c.param.required and c.default is not None
        }
        self.query_required = tuple(c.param.name for c in self.params["query"] if c.param.required)
        schema = operation.body_schema
        self.spec = spec
        self.body_schema = schema
        #: A form body (urlencoded or multipart) is documented: forms and JSON are taken alike.
        self.takes_forms = operation.body_media in (FORM, MULTIPART)
        self.body_validator = None if schema is None else compile_schema(spec, schema)
        self.body_required = operation.body_required
        resolved = {} if schema is None else spec.resolve(schema)
        self.body_required_fields: tuple[str, ...] = tuple(resolved.get("required", ()))

    def path(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """Path parameters; one that is not of its type names no record, so 404."""
        values: dict[str, Any] = {}
        for compiled in self.params["path"]:
            try:
                value = compiled.coerce(raw[compiled.param.name])
            except (KeyError, ValueError):
                raise not_found() from None
            if not compiled.errors(value, {}):
                raise not_found()
            values[compiled.param.name] = value
        return values

    def query(self, raw: Mapping[str, str]) -> dict[str, Any]:
        """Query parameters with their defaults; unknown ones are ignored, as Rails does.

        An empty value (``?page=``) is "not given" where the spec allows it
        (``allowEmptyValue``); anywhere else it is checked like any other value (an integer, a
        boolean, an enum or a pattern refuse it: 422), and one the schema accepts (a free-form
        string) is then taken as not given too, so its default applies and no filter matches on
        ``""``. A required parameter may not be empty. (Only the parameters given are looked
        at: an operation has many, a request few.)"""
        values = dict(self.query_defaults)
        errors: Errors = {}
        for name, text in raw.items():
            compiled = self.query_params.get(name)
            if compiled is None:
                continue
            param = compiled.param
            if text == "" and (param.allow_empty or param.required):
                continue  # not given
            try:
                value = compiled.coerce(text)
            except ValueError as error:
                _add(errors, name, str(error))
                continue
            if compiled.errors(value, errors) and text != "":
                values[name] = value
        for name in self.query_required:
            if not raw.get(name):
                _add(errors, name, "can't be blank")
        if errors:  # in the spec's order of the parameters
            raise invalid({name: errors[name] for name in self.query_params if name in errors})
        return values

    def body(
        self, raw: bytes, content_type: str | None, aliases: Mapping[str, str] | None = None
    ) -> Any:
        """The JSON body, checked against the operation's schema. An empty body (nothing, or
        only whitespace) is no body: where the spec requires one (``requestBody.required``) it
        is refused like a ``null`` body (422, ``base``: "can't be blank"), otherwise it is
        ``{}``. ``aliases`` names fields the vendor also takes for a documented one (sent
        under the alias only, they are renamed before the schema check)."""
        if self.body_validator is None:
            return None
        if raw.strip():
            body = self.parse(raw, content_type)
            if aliases and isinstance(body, dict):
                for alias, name in aliases.items():
                    if alias in body and name not in body:
                        body[name] = body.pop(alias)
        elif self.body_required:
            raise invalid({"base": ["can't be blank"]})
        else:
            body = {}
        _scan(body)
        errors: Errors = {}
        schema_errors(self.body_validator, body, errors, ())
        if isinstance(body, dict):
            for name in self.body_required_fields:
                value = body.get(name)
                if isinstance(value, str) and is_blank(value):
                    _add(errors, name, "can't be blank")
        if errors:
            raise invalid(errors)
        return body

    def parse(self, raw: bytes, content_type: str | None) -> Any:
        """A non-empty body as JSON; for an operation that takes forms, a urlencoded or
        multipart one too, and either coerced by the schema (:func:`coerce_fields`)."""
        assert self.body_schema is not None
        if self.takes_forms and _media(content_type) in (FORM, MULTIPART):
            return coerce_fields(self.spec, self.body_schema, parse_form(raw, content_type))
        if not _is_json(content_type):
            raise ApiError(400, {"error": "Content-Type must be application/json"})
        body = parse_json(raw)
        if self.takes_forms and isinstance(body, dict):
            return coerce_fields(self.spec, self.body_schema, list(body.items()))
        return body


@per_spec
def validators(spec: Spec) -> dict[str, RequestValidator]:
    """One compiled validator per operation id of ``spec``, shared by every app serving it."""
    return {op.operation_id: RequestValidator(spec, op) for op in spec.operations}
