"""The harness's own checks, run beside schemathesis's built-in ones.

:func:`valid_input_refused_for_schema_reasons`: a request valid under the spec may still be
refused with 422 for a rule no schema can state (an email already taken, a referenced record
that does not exist, a publish request already handled), so ``positive_data_acceptance`` lets
422 pass. This check keeps that from hiding bugs: a
422 to schema-valid input must not give a schema reason (wrong type, out of range, blank...), since
then the server and the spec disagree about what is valid. (A 422 with any other reason is
caught per operation instead: ``test_provider`` fails an operation whose schema-valid requests
were all refused with 422, see :class:`PositiveOutcomes`.)

:func:`created_resource_exists`: a successful create is followed along its links to a read of
the new record (``createUser`` -> ``getUserByID``), which must answer 2xx. Schemathesis's own
``ensure_resource_availability`` only judges a linked call whose every parameter came from the
link, and the credential headers the spec declares never do, so it is silent against a real
server; this check makes the read itself, with the request's own credentials, on any target.

:func:`pagination_metadata_consistent`: a page's ``meta.pagination`` agrees with the page it
came with and with the request (``page``, ``limit``): next and previous pages, page count,
the item count of a last page. ``test_pagination`` walks whole listings across pages.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from schemathesis import Case, CheckContext, CheckFunction, GenerationMode, Response
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    negative_data_rejection,
    unsupported_method,
)

from aiothinkific.contract.apis import APIS, Api, api_of
from aiothinkific.contract.cleanup import CREDENTIAL_HEADERS, json_pointer, remembers_created
from aiothinkific.specs import Spec

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


def positive_statuses(api: Api) -> list[str]:
    """What may answer a schema-valid request of ``api``: ThriveCart refuses a business rule
    (a subscription that is not the account's, a refund already made) with 400, not 422."""
    return [*POSITIVE_STATUSES, "400"] if api.vendor == "thrivecart" else POSITIVE_STATUSES


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


#: Request headers a follow-up call of a check repeats: the credentials the original carried.


def _pointer(document: Any, expression: str) -> Any:
    """The value ``$response.body#/a/b`` names in ``document`` (None if it names nothing)."""
    if not expression.startswith("$response.body#"):
        return None
    return json_pointer(document, expression.split("#", 1)[1])


def read_links(case: Case[Any], status: int) -> list[tuple[str, dict[str, str]]]:
    """(GET path template, {path parameter: body expression}) of the response's links that read
    a record by path parameters only: the reads of what a create made."""
    definition = case.operation.definition.raw
    response = definition.get("responses", {}).get(str(status), {})
    if "$ref" in response:
        return []
    found = []
    api = api_of(case.operation.schema.raw_schema)
    for link in response.get("links", {}).values():
        target = _operation_by_id(api, link.get("operationId", ""))
        parameters = link.get("parameters", {})
        if target is None or target[0] != "GET" or not parameters or "requestBody" in link:
            continue
        names = set(re.findall(r"{([^}]+)}", target[1]))
        if names and names == set(parameters):
            found.append((target[1], parameters))
    return found


@cache
def _operation_by_id(api: Api, operation_id: str) -> tuple[str, str] | None:
    """(method, path) of one of ``api``'s operations (a link names one of its own spec's)."""
    for op in api.spec.operations:
        if op.operation_id == operation_id:
            return op.method.upper(), op.path
    return None


def created_resource_exists(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Fail when a successful create answers a record its own read link cannot find."""
    if case.method.upper() != "POST" or not 200 <= response.status_code < 300:
        return None
    links = read_links(case, response.status_code)
    if not links:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None  # the content type and schema checks report a body that is not JSON
    headers = {
        name: value
        for name, value in response.request.headers.items()
        if name.lower() in CREDENTIAL_HEADERS
    }
    transport = dict(ctx.internals.transport_kwargs or {}) if ctx is not None else {}
    for key in ("headers", "params", "json", "data", "method", "url", "cookies"):
        transport.pop(key, None)
    for template, parameters in links:
        values = {name: _pointer(body, expr) for name, expr in parameters.items()}
        if any(value is None for value in values.values()):
            continue  # the schema checks report a create answered without its id
        try:
            operation = case.operation.schema[template]["GET"]
        except KeyError:
            continue  # a schema filtered to other operations (a chain family's)
        read = operation.Case(path_parameters=values, headers=headers)
        answer = read.call(**transport)
        if not 200 <= answer.status_code < 300:
            path = template.format(**values)
            raise AssertionError(
                f"Created resource not found: {case.method.upper()} {case.path} answered "
                f"{response.status_code} with {values}, then GET {path} answered "
                f"{answer.status_code}"
            )
    return None


def pagination_problems(body: Any, query: dict[str, Any]) -> list[str]:
    """What is wrong with a page's ``meta.pagination`` given its items and the request's
    ``page`` and ``limit`` (none for a body that is not a page)."""
    if not isinstance(body, dict) or not isinstance(body.get("items"), list):
        return []
    meta = body.get("meta")
    pagination = meta.get("pagination") if isinstance(meta, dict) else None
    if not isinstance(pagination, dict):
        return []
    numbers = ("current_page", "total_pages", "total_items")
    if not all(type(pagination.get(key)) is int for key in numbers):
        return []  # the schema checks report missing or mistyped fields
    count = len(body["items"])
    page, pages, total = (pagination[key] for key in numbers)
    next_page, prev_page = pagination.get("next_page"), pagination.get("prev_page")
    problems = []
    requested = _int(query.get("page"), 1)
    limit = _int(query.get("limit"), None)
    if requested is not None and requested >= 1 and page != requested:
        problems.append(f"current_page {page} for page {requested}")
    expected_next = page + 1 if page < pages else None
    if next_page != expected_next:
        problems.append(
            f"next_page {next_page} on page {page} of {pages} (expected {expected_next})"
        )
    expected_prev = page - 1 if 1 < page <= pages else None
    if prev_page != expected_prev:
        problems.append(
            f"prev_page {prev_page} on page {page} of {pages} (expected {expected_prev})"
        )
    if page > pages and count:
        problems.append(f"{count} items on page {page} past the last ({pages})")
    if limit is None and page < pages:
        limit = count  # a full page: the page size the server used
    if limit is not None and limit >= 1:
        if pages != math.ceil(total / limit):
            problems.append(f"total_pages {pages} for {total} items, {limit} a page")
        if count > limit:
            problems.append(f"{count} items on a page of {limit}")
        if page < pages and count != limit:
            problems.append(f"{count} items on page {page} of {pages}, not a full page of {limit}")
        if page == pages and total != (page - 1) * limit + count:
            problems.append(
                f"total_items {total}, but the last page ({page}, {limit} a page) has {count}"
            )
    elif page == pages == 1 and total != count:
        problems.append(f"total_items {total}, but the only page has {count}")
    return problems


def _int(value: Any, default: int | None) -> int | None:
    if value is None:
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def pagination_metadata_consistent(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """Fail when a 200 page's pagination metadata contradicts its items or the request."""
    if case.method.upper() != "GET" or response.status_code != 200:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    problems = pagination_problems(body, dict(case.query or {}))
    if problems:
        raise AssertionError("Pagination metadata contradicts the page: " + "; ".join(problems))
    return None


#: Field messages of a 422 that refuses a reference to a record the site does not have (a
#: random id in a schema-valid body): expected of any request the harness cannot fill with the
#: site's own ids.
MISSING_REFERENCE = re.compile(r"(must exist|not found|does not exist|is not a valid \w+)", re.I)


class PositiveOutcomes:
    """The answers an operation's schema-valid requests met. ``valid_input_refused_for_schema_
    reasons`` lets a 422 with a business reason pass one example at a time; an operation whose
    every schema-valid request was refused with 422 (and none accepted), for reasons other than
    references to records that do not exist, refuses valid data wholesale."""

    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.reasons: Counter[str] = Counter()

    def record(self, case: Case[Any], response: Response | None) -> None:
        meta = case.meta
        if response is None or meta is None or meta.generation.mode is not GenerationMode.POSITIVE:
            return
        self.statuses[response.status_code] += 1
        if response.status_code == 422:
            try:
                body = json.loads(response.content)
            except ValueError:
                body = None
            messages = [m for _, m in field_messages(body)]
            if not messages or not all(MISSING_REFERENCE.search(m) for m in messages):
                self.reasons["; ".join(f"{f}: {m}" for f, m in field_messages(body)) or "?"] += 1

    def problem(self, operation_id: str) -> str | None:
        accepted = sum(n for status, n in self.statuses.items() if 200 <= status < 300)
        refused = sum(self.reasons.values())
        if accepted or refused < MIN_REFUSALS:
            return None
        reasons = ", ".join(f"{r!r} x {n}" for r, n in self.reasons.most_common(3))
        return (
            f"{operation_id}: no schema-valid request was accepted; {refused} refused with 422 "
            f"({reasons}) (statuses: {dict(sorted(self.statuses.items()))})"
        )


#: Schema-valid requests an operation must have refused with 422 for other reasons than missing
#: references (and accepted none) before :class:`PositiveOutcomes` calls it a refusal of valid
#: data, not bad luck.
MIN_REFUSALS = 3


def wrong_target(response: Response) -> str | None:
    """Why an answer cannot come from the API under test, if it cannot: the APIs answer JSON
    and never redirect, so a redirect (to a login page, say) or an HTML page means the base URL
    names something else."""
    status = response.status_code
    content_type = ";".join(response.headers.get("content-type", [])).lower()
    if 300 <= status < 400:
        where = ";".join(response.headers.get("location", [])) or "somewhere"
        return f"it redirects ({status}) to {where}"
    if "text/html" in content_type:
        return f"it answers an HTML page ({status})"
    return None


def answers_as_the_api(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """End the whole run (exit code 2) at the first answer that is not the API's: every
    other check would fail on it, for a reason the user cannot act on."""
    problem = wrong_target(response)
    if problem is not None:
        pytest.exit(
            f"wrong target: {case.method.upper()} {case.formatted_path} is not the API, "
            f"{problem}; check the base URL",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )
    return None


ADDITIONAL_CHECKS: list[CheckFunction] = [
    answers_as_the_api,
    remembers_created,
    valid_input_refused_for_schema_reasons,
    created_resource_exists,
    pagination_metadata_consistent,
]


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


def excluded_checks(operation_id: str, case: Case[Any] | None = None) -> list[CheckFunction]:
    """Built-in checks that do not apply to an operation (see :func:`shadowed_operations`) or
    to one example (see :func:`negative_body_lost_in_form`)."""
    excluded = []
    if operation_id in shadowed_operations():
        excluded += [unsupported_method, allow_header_conformance]
    if case is not None and negative_body_lost_in_form(case):
        excluded.append(negative_data_rejection)
    return excluded


#: Bodies whose fields travel as text: a value's JSON type does not survive them.
FORM_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data")


def negative_body_lost_in_form(case: Case[Any]) -> bool:
    """A schema-violating body sent as a form: its violation is often a type (``false`` where
    a string is due, ``0`` for a boolean), which form encoding turns into text that is valid
    (``"false"``, ``"0"``). The server cannot see it, so it owes no refusal; violations in
    the query, headers or path are still checked."""
    meta = case.meta
    body = meta.components.get(ParameterLocation.BODY) if meta is not None else None
    media = (case.media_type or "").split(";")[0].strip().lower()
    return body is not None and body.mode is GenerationMode.NEGATIVE and media in FORM_MEDIA
