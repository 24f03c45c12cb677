"""Checks that responses match the patched spec, for tests of the mock (and of anything else
serving the API).

Independent of the mock's routing: the operation is found from the spec's own paths
(:meth:`~aiothinkific.specs.Spec.match`). A documented status must carry a body valid against its
schema (checked with ``OAS30Validator``, ``$ref``s resolved against the spec), or no body if the
spec documents none. A status the operation does not document (401, 404 on a list, 413, 429,
5xx...) must be a JSON error in Thinkific's shape: ``{"error": "..."}``, or ``{"errors": ...}``
for a 422. A 2xx the spec does not list is an error.

Use it as an httpx response hook: ``httpx.AsyncClient(event_hooks={"response": [checker.hook]})``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from aiothinkific.mock.settings import DEFAULT_BASE_PATH
from aiothinkific.specs import JSON, Operation, Spec, admin_spec

_ERROR: JSON = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string", "minLength": 1}},
}
_ERRORS: JSON = {
    "type": "object",
    "required": ["errors"],
    "allOf": [{"$ref": "#/components/schemas/UnprocessableEntityError"}],
}
#: The same for a spec without Thinkific's error schema (another API served by the mock).
_ANY_ERRORS: JSON = {"type": "object", "required": ["errors"]}


class ContractViolation(AssertionError):
    """A response the spec does not allow."""


@dataclass
class ResponseChecker:
    """Validates responses against ``spec`` (the packaged patched spec unless given) and
    records ``(operation_id, status)`` of each."""

    base_path: str = DEFAULT_BASE_PATH
    seen: list[tuple[str, int]] = field(default_factory=list)
    spec: Spec = field(default_factory=admin_spec)

    def _errors_schema(self) -> JSON:
        schemas = self.spec.document.get("components", {}).get("schemas", {})
        return _ERRORS if "UnprocessableEntityError" in schemas else _ANY_ERRORS

    def operation(self, method: str, path: str) -> Operation | None:
        """The spec operation serving ``method path``, if any (``path`` after the base path)."""
        found = self.spec.match(method, path)
        return None if found is None else found[0]

    def _validate(self, schema: JSON, body: Any, where: str) -> None:
        validator = self.spec.validator(schema)
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
        if errors:
            details = "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
            raise ContractViolation(f"{where}: body does not match its schema: {details}")

    def check(self, method: str, path: str, status: int, content: bytes) -> str | None:
        """Raise :class:`ContractViolation` unless the response is allowed; the operation id."""
        where = f"{method} {path} -> {status}"
        if path == "/openapi.json":
            return None
        relative = path[len(self.base_path) :] if path.startswith(self.base_path) else None
        operation = None if relative is None else self.operation(method, relative)
        operation_id = None if operation is None else operation.operation_id
        if operation_id is not None:
            self.seen.append((operation_id, status))
        if operation is None or status not in operation.responses:
            if 200 <= status < 300:
                raise ContractViolation(f"{where}: success status not documented")
            shape = self._errors_schema() if status == 422 else _ERROR
            self._validate(shape, _json(content, where), where)
            return operation_id
        schema = operation.responses[status]
        if schema is None:
            if content:
                raise ContractViolation(f"{where}: documented without a body, got {content!r}")
            return operation_id
        body = _json(content, where)
        self._validate(schema, body, where)
        if status >= 400:
            self._validate(self._errors_schema() if status == 422 else _ERROR, body, where)
        return operation_id

    async def hook(self, response: httpx.Response) -> None:
        """httpx response hook: check every response the client receives."""
        await response.aread()
        request = response.request
        self.check(request.method, request.url.path, response.status_code, response.content)

    def succeeded(self) -> set[str]:
        """Operation ids seen answering a 2xx."""
        return {operation_id for operation_id, status in self.seen if 200 <= status < 300}


def _json(content: bytes, where: str) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        raise ContractViolation(f"{where}: body is not JSON: {content[:200]!r}") from None
