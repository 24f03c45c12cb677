"""What the harness leaves behind on a real target: nothing it can remove.

With ``--allow-writes`` on a real school or account, every write is tagged (:func:`tag_writes`:
``+aiothinkific-contract-<n>`` in an email, ``aiothinkific-contract-<n>`` after a name, slug or
code), and every record a successful create answers is remembered (:func:`remembers_created`, a
check run on every answer) with the operation that removes it: the create's removal link
(``DeleteUserByID``, ``DeleteAffiliate``, ``CancelEventSubscription``...) or, for the Webhooks
API, whose spec has no links, ``deleteWebhook``. A record whose removal the suites already
made is forgotten; at the end of the run (:meth:`Cleanup.remove_all`) the others are removed
and those that could not be are reported by the summary, as are records the API has no
removal for (an enrollment, an external order).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from requests.structures import CaseInsensitiveDict
from schemathesis import Case, CheckContext, Response

from aiothinkific.contract.apis import WEBHOOKS, api_of
from aiothinkific.contract.settings import current

#: The request headers that carry credentials (Thinkific's key and subdomain, a bearer token).
CREDENTIAL_HEADERS = ("authorization", "x-auth-api-key", "x-auth-subdomain")
#: What marks a record as the harness's own.
TAG = "aiothinkific-contract"
#: Body fields the servers keep unique (Rails ``uniqueness``: the user and instructor email,
#: the category and instructor slug, the group name, the coupon code): tagged on every write.
TAGGED_FIELDS = ("email", "slug", "name", "code")
#: The links that remove what their create made (never CancelSubscription, which a customer's
#: answer links: it would cancel a real subscription).
REMOVAL = re.compile(r"^(Delete\w+|CancelEventSubscription)$")
#: The Webhooks API's create and the removal its spec has no link for.
UNLINKED_REMOVALS = {"createWebhook": ("deleteWebhook", {"id": "$response.body#/id"})}


def tag_writes(case: Case[Any], number: int) -> None:
    """Tag the fields of a write that name the record (an email keeps its format with a
    ``+tag``): the run's records can be told from the site's own, and a value an earlier run
    took is not refused now."""
    body = case.body
    if case.method.upper() not in ("POST", "PUT") or not isinstance(body, dict):
        return
    for name in TAGGED_FIELDS:
        value = body.get(name)
        if not isinstance(value, str) or not value:
            continue
        if name == "email" and "@" in value:
            local, domain = value.rsplit("@", 1)
            body[name] = f"{local}+{TAG}-{number}@{domain}"
        elif name != "email":
            body[name] = f"{value}-{TAG}-{number}"


@dataclass
class Created:
    """A record the run created, and how it is removed."""

    description: str  # "POST /users -> 201 {id: 7}"
    case: Case[Any]  # the removal, ready to send
    removal_path: str


@dataclass
class Cleanup:
    created: dict[str, Created] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # created, and the API cannot remove them
    removed: int = 0

    def note(self, case: Case[Any], response: Response) -> None:
        """Remember what a create made; forget what a removal removed (or found gone)."""
        status = response.status_code
        path = case.formatted_path
        if path in self.created and (200 <= status < 300 or status == 404):
            self.created.pop(path)
            return
        if case.method.upper() != "POST" or not 200 <= status < 300:
            return
        try:
            body = json.loads(response.content)
        except ValueError:
            return
        sent = response.request.headers
        credentials = {k: v for k, v in sent.items() if k.lower() in CREDENTIAL_HEADERS}
        found = removals(case, status)
        if not found and isinstance(body, dict) and "id" in body:
            # A record the API gives no way to remove (an enrollment, an external order).
            self.kept.append(f"{case.method.upper()} {case.path} -> {status}: id {body['id']}")
            return
        for operation_id, parameters, request_body in found:
            removal = removal_case(case, operation_id, parameters, request_body, body)
            if removal is None:
                continue
            headers: Any = removal.headers
            if headers is None:
                removal.headers = headers = CaseInsensitiveDict()
            headers.update(credentials)  # the create's own
            key = removal.formatted_path + json.dumps(removal.body, sort_keys=True, default=str)
            self.created[key] = Created(
                f"{case.method.upper()} {case.path} -> {status}: {json.dumps(body)[:120]}",
                removal,
                removal.formatted_path,
            )
            return

    def remove_all(self) -> None:
        """Remove every record still there; remember those that could not be removed."""
        for key, created in list(self.created.items()):
            try:
                answer = created.case.call()
            except Exception as error:  # a connection that failed: report, go on with the rest
                self.failed.append(f"{created.description} ({type(error).__name__})")
                continue
            if 200 <= answer.status_code < 300 or answer.status_code == 404:
                self.removed += 1
            else:
                self.failed.append(
                    f"{created.description}: {created.case.method.upper()} "
                    f"{created.removal_path} answered {answer.status_code}"
                )
            self.created.pop(key)

    def outcome(self) -> dict[str, Any]:
        """What :meth:`lines` reports, as plain data (from a pytest-xdist worker)."""
        return {"removed": self.removed, "failed": self.failed, "kept": self.kept}

    def merge(self, outcome: dict[str, Any]) -> None:
        """Add the outcome of another process's run (see :meth:`outcome`)."""
        self.removed += outcome["removed"]
        self.failed += outcome["failed"]
        self.kept += outcome["kept"]

    def lines(self) -> list[str]:
        if not (self.removed or self.failed or self.kept):
            return []
        lines = [f"cleanup: removed {self.removed} records the run created"]
        lines += [f"cleanup: could not remove {failure}" for failure in self.failed]
        lines += [f"cleanup: left (the API has no removal for it) {kept}" for kept in self.kept]
        return lines


CLEANUP = Cleanup()


def removals(case: Case[Any], status: int) -> list[tuple[str, dict[str, str], Any]]:
    """(operationId, path parameters, request body) of each removal a create's answer links."""
    definition = case.operation.definition.raw
    found = []
    response = definition.get("responses", {}).get(str(status), {})
    for name, link in (response.get("links") or {}).items():
        if REMOVAL.match(name):
            found.append((link["operationId"], link.get("parameters", {}), link.get("requestBody")))
    unlinked = UNLINKED_REMOVALS.get(definition.get("operationId", ""))
    if unlinked is not None and api_of(case.operation.schema.raw_schema) == WEBHOOKS:
        found.append((unlinked[0], unlinked[1], None))
    return found


def removal_case(
    create: Case[Any],
    operation_id: str,
    parameters: dict[str, str],
    request_body: Any,
    answer: Any,
) -> Case[Any] | None:
    """The removal of what ``create`` made, with its credentials; None if the answer lacks
    what the removal needs."""

    def value(expression: Any) -> Any:
        if not isinstance(expression, str):
            return expression
        if expression.startswith("$request.body#"):
            return json_pointer(create.body, expression.split("#", 1)[1])
        if expression.startswith("$response.body#"):
            return json_pointer(answer, expression.split("#", 1)[1])
        return expression

    path_values = {name: value(expr) for name, expr in parameters.items()}
    body = (
        {k: value(v) for k, v in request_body.items()} if isinstance(request_body, dict) else None
    )
    if any(v is None for v in path_values.values()) or (body and None in body.values()):
        return None
    schema: Any = create.operation.schema
    parts: dict[str, Any] = {"path_parameters": path_values} if path_values else {}
    if body:
        parts["body"] = body
    removal: Case[Any] = schema.find_operation_by_id(operation_id).Case(**parts)
    return removal


def remembers_created(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A check on every answer: on a real target, what a create made is remembered for the
    cleanup (and what a removal removed is forgotten)."""
    api = api_of(case.operation.schema.raw_schema)
    run = current()
    target = run.thrivecart if api.vendor == "thrivecart" else run.target
    if not target.is_mock:
        CLEANUP.note(case, response)
    return None


def json_pointer(document: Any, path: str) -> Any:
    """The value a JSON pointer (``/a/0/b``) names in ``document``, or None."""
    value = document
    for token in filter(None, path.split("/")):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None
    return value
