"""The harness's own check, run beside schemathesis's built-in ones.

A request valid under the spec may still be refused with 422 for a rule no schema can state
(an email already taken, a referenced record that does not exist, a publish request already
handled), so ``positive_data_acceptance`` lets 422 pass. This check keeps that from hiding bugs: a
422 to schema-valid input must not give a schema reason (wrong type, out of range, blank...), since
then the server and the spec disagree about what is valid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from aiothinkific.specs import Spec
from schemathesis import Case, CheckContext, CheckFunction, GenerationMode, Response
from schemathesis.specs.openapi.checks import allow_header_conformance, unsupported_method

from contract_tests.apis import APIS

#: Field messages that restate a schema keyword (Rails' wording, as the API and the mock use it):
#: type, enum, length, format or pattern, int64 range, required; and the Webhooks API's "invalid
#: format" for a topic that is not one of its enum. Numeric bounds are left out: the API words
#: conditional rules the same way (a percentage discount "must be less than or equal to 100",
#: which the spec's description states and a schema cannot).
SCHEMA_MESSAGES = re.compile(
    r"(must be (an integer|a number|a string|true or false|an array|an object)"
    r"|is not included in the list|is too (short|long).*|is invalid|is out of range"
    r"|can't be blank|invalid format)"
)
#: Statuses ``positive_data_acceptance`` allows: its defaults, and 422 for business rules.
POSITIVE_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]


def field_messages(body: Any) -> Iterator[tuple[str, str]]:
    """(field, message) pairs of a Thinkific 422 body: ``{"errors": {"f": ["m"]}}`` or a list."""
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, dict):
        for field, messages in errors.items():
            for message in messages if isinstance(messages, list) else [messages]:
                yield str(field), str(message)
    elif isinstance(errors, list):
        for item in errors:
            pairs = item.items() if isinstance(item, dict) else [("base", item)]
            for field, message in pairs:
                yield str(field), str(message)


def valid_input_refused_for_schema_reasons(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """Fail when schema-valid (positive) input is answered 422 with a schema-level reason."""
    meta = case.meta
    if meta is None or meta.generation.mode is not GenerationMode.POSITIVE:
        return None
    if response.status_code != 422:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None  # content_type_conformance and the schema checks report a non-JSON body
    reasons = [f"{f}: {m}" for f, m in field_messages(body) if SCHEMA_MESSAGES.fullmatch(m)]
    if reasons:
        raise AssertionError(
            "Schema-valid input refused for a schema reason (the server and the spec disagree "
            f"about what is valid): {'; '.join(reasons)}"
        )
    return None


ADDITIONAL_CHECKS: list[CheckFunction] = [valid_input_refused_for_schema_reasons]


@cache
def shadowed_operations() -> frozenset[str]:
    """Operations on a literal path that another path's template also matches
    (``/coupons/bulk_create`` is ``/coupons/{id}`` too). Another method on such a path is a
    documented call of the templated operation (GET /coupons/bulk_create gets coupon
    "bulk_create": 404), not an undeclared method that owes a 405 and an ``Allow`` header, so
    ``unsupported_method`` and ``allow_header_conformance`` do not apply to them."""
    return frozenset().union(*(_shadowed(api.spec) for api in APIS))


def _shadowed(spec: Spec) -> set[str]:
    templates = {op.template for op in spec.operations}
    return {
        op.operation_id
        for op in spec.operations
        if any(other.covers(op.template) for other in templates)
    }


def excluded_checks(operation_id: str) -> list[CheckFunction]:
    """Built-in checks that do not apply to an operation (see :func:`shadowed_operations`)."""
    if operation_id in shadowed_operations():
        return [unsupported_method, allow_header_conformance]
    return []
