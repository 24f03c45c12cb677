"""The APIs under contract, each with its own spec and generated package: Thinkific's Admin API
(v1, the vendor spec with its patches) and Webhooks API (v2, ``spec/thinkific-webhooks.yaml``),
and ThriveCart's API (converted from the vendor's Postman collection, with its patches).

Each generated package ships the spec it was generated from as ``openapi.json`` (the patched one
where there are patches); ``scripts/regenerate --check`` keeps it the same as its source.

Operation ids are unique within a spec, not across vendors (both Thinkific and ThriveCart have a
``getProducts``): the harness names an operation of a ``qualified`` API ``<api>.<operationId>``
(``thrivecart.getProducts``) in its tally, summary and test ids.
"""

from __future__ import annotations

import importlib
import types
from dataclasses import dataclass
from typing import Any

from aiothinkific.specs import ADMIN_PACKAGE, THRIVECART_PACKAGE, WEBHOOKS_PACKAGE, Spec, load_spec


@dataclass(frozen=True)
class Api:
    """One API: its name in the harness, its generated package and whose API it is."""

    name: str
    package: str
    vendor: str
    qualified: bool = False

    @property
    def spec(self) -> Spec:
        return load_spec(self.package)

    def module(self, name: str = "") -> types.ModuleType:
        """The generated package, or one of its modules (``"models"``, ``"api.events"``)."""
        return importlib.import_module(f"{self.package}.{name}" if name else self.package)

    def label(self, operation_id: str) -> str:
        """The harness's name for one of this API's operations."""
        return f"{self.name}.{operation_id}" if self.qualified else operation_id


ADMIN = Api("admin", ADMIN_PACKAGE, "thinkific")
WEBHOOKS = Api("webhooks", WEBHOOKS_PACKAGE, "thinkific")
THRIVECART = Api("thrivecart", THRIVECART_PACKAGE, "thrivecart", qualified=True)
APIS = (ADMIN, WEBHOOKS, THRIVECART)


def api_of(document: Any) -> Api:
    """The API a spec document (as a schemathesis schema holds it) belongs to, by its title."""
    title = (document.get("info") or {}).get("title") if isinstance(document, dict) else None
    for api in APIS:
        if api.spec.document["info"]["title"] == title:
            return api
    return ADMIN
