"""The two APIs under contract, each with its own spec and generated package: the Admin API (v1,
the vendor spec with its patches) and the Webhooks API (v2, ``spec/thinkific-webhooks.yaml``).

Each generated package ships the spec it was generated from as ``openapi.json`` (the patched one
for the Admin API); ``scripts/regenerate --check`` keeps it the same as its source.
"""

from __future__ import annotations

import importlib
import types
from dataclasses import dataclass

from aiothinkific.specs import ADMIN_PACKAGE, WEBHOOKS_PACKAGE, Spec, load_spec


@dataclass(frozen=True)
class Api:
    """One API: its name in the harness and its generated package."""

    name: str
    package: str

    @property
    def spec(self) -> Spec:
        return load_spec(self.package)

    def module(self, name: str = "") -> types.ModuleType:
        """The generated package, or one of its modules (``"models"``, ``"api.events"``)."""
        return importlib.import_module(f"{self.package}.{name}" if name else self.package)


ADMIN = Api("admin", ADMIN_PACKAGE)
WEBHOOKS = Api("webhooks", WEBHOOKS_PACKAGE)
APIS = (ADMIN, WEBHOOKS)
