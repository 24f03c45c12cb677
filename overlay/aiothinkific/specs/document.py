"""A spec as the project reads it: the document, ``$ref`` resolution, its operations, the
operation a request path matches, compiled schema validators.

:class:`Spec` computes each of these once per document, so several specs (the packaged one, a
test's variant of it, another vendor's) live side by side without sharing a cache.
"""

from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Callable
from functools import cache, cached_property
from importlib.resources import files
from typing import Any, Concatenate, ParamSpec, TypeVar
from urllib.parse import urlsplit

from aiothinkific.specs.operations import JSON, Operation, read_operations
from aiothinkific.specs.paths import PathTemplate

#: The generated packages; each ships the spec it was generated from as ``openapi.json`` (the
#: patched one for the Admin API), kept identical to its source by ``scripts/regenerate --check``.
ADMIN_PACKAGE = "thinkific_admin_client"
WEBHOOKS_PACKAGE = "thinkific_webhooks_client"
THRIVECART_PACKAGE = "thrivecart_client"

#: How many serialisations of the document (one per server URL) a spec keeps.
SERVED_KEPT = 8

P = ParamSpec("P")
R = TypeVar("R")


class Spec:
    """One OpenAPI 3.0 document and what is derived from it."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        self._validators: dict[tuple[int, int], Any] = {}
        self._served: dict[str, bytes] = {}

    def __repr__(self) -> str:
        info = self.document.get("info", {})
        return f"Spec({info.get('title', '?')!r} {info.get('version', '?')!r})"

    # -- the document -------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` followed (repeatedly); anything else as it is."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local references are supported, got {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def component(self, name: str) -> JSON:
        """A schema of ``components/schemas`` by name."""
        schema: JSON = self.document["components"]["schemas"][name]
        return schema

    @property
    def base_path(self) -> str:
        """The path of the first server URL (``/api/public/v1``), which prefixes every path."""
        servers = self.document.get("servers") or [{"url": "/"}]
        return urlsplit(str(servers[0]["url"])).path.rstrip("/")

    def served(self, server_url: str) -> bytes:
        """The document as JSON, its only server ``server_url`` (what a mock serves). The last
        few are kept: the URL comes from the request's Host, which any client may set."""
        if server_url not in self._served:
            if len(self._served) >= SERVED_KEPT:
                del self._served[next(iter(self._served))]
            document = {**self.document, "servers": [{"url": server_url}]}
            self._served[server_url] = json.dumps(document, separators=(",", ":")).encode()
        return self._served[server_url]

    # -- operations ---------------------------------------------------------------------------

    @cached_property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation, in document order."""
        return read_operations(self)

    @cached_property
    def _by_id(self) -> dict[str, Operation]:
        return {op.operation_id: op for op in self.operations}

    @cached_property
    def _routes(self) -> tuple[tuple[PathTemplate, Operation], ...]:
        ordered = sorted(self.operations, key=lambda op: op.template.order_key)
        return tuple((op.template, op) for op in ordered)

    def operation(self, operation_id: str) -> Operation:
        """The operation of that id (``KeyError`` if the spec has none)."""
        return self._by_id[operation_id]

    def find(self, method: str, template: PathTemplate | str) -> Operation | None:
        """The operation of ``method`` on a path template of the same shape as ``template``
        (its parameters may be named otherwise), if the spec has one."""
        shape = PathTemplate(str(template)).shape
        for candidate, op in self._routes:
            if op.method == method.upper() and candidate.shape == shape:
                return op
        return None

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving ``method`` on the concrete ``path`` (relative to the server
        root) and its path parameters; literal segments win over parameters."""
        for template, op in self._routes:
            if op.method != method.upper():
                continue
            values = template.match(path)
            if values is not None:
                return op, values
        return None

    # -- schemas ------------------------------------------------------------------------------

    def validator(self, schema: JSON, format_checker: Any = None) -> Any:
        """An OAS 3.0 validator of ``schema`` (an object of this document) whose ``$ref``s
        resolve against the document; compiled once per schema and format checker."""
        key = (id(schema), id(format_checker))
        if key not in self._validators:
            # Imported here: validation needs the ``mock`` extra; reading a spec does not.
            from openapi_schema_validator import OAS30Validator

            root = dict(self.resolve(schema))
            root["components"] = self.document.get("components", {})
            self._validators[key] = OAS30Validator(root, format_checker=format_checker)
        return self._validators[key]

    def is_valid(self, schema: JSON, value: Any, format_checker: Any = None) -> bool:
        return bool(self.validator(schema, format_checker).is_valid(value))


@cache
def load_spec(package: str) -> Spec:
    """The spec a generated package ships (``openapi.json``), read once per process."""
    text = files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    return Spec(json.loads(text))


def admin_spec() -> Spec:
    """The Admin API's patched spec, as ``thinkific_admin_client`` was generated from it."""
    return load_spec(ADMIN_PACKAGE)


def webhooks_spec() -> Spec:
    """The Webhooks API's spec, as ``thinkific_webhooks_client`` was generated from it."""
    return load_spec(WEBHOOKS_PACKAGE)


def per_spec(function: Callable[Concatenate[Spec, P], R]) -> Callable[Concatenate[Spec, P], R]:
    """Cache ``function(spec, *args)`` per spec (and arguments), for as long as the spec lives:
    what is derived from one spec is never served for another."""
    caches: weakref.WeakKeyDictionary[Spec, dict[Any, R]] = weakref.WeakKeyDictionary()

    @functools.wraps(function)
    def cached(spec: Spec, /, *args: P.args, **kwargs: P.kwargs) -> R:
        results = caches.get(spec)
        if results is None:
            results = caches[spec] = {}
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return results[key]
        except KeyError:
            found = results[key] = function(spec, *args, **kwargs)
            return found

    return cached


def thrivecart_spec() -> Spec:
    """The ThriveCart API's patched spec, as ``thrivecart_client`` was generated from it."""
    return load_spec(THRIVECART_PACKAGE)
