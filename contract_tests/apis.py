"""The two APIs under contract, each with its own spec and generated package: the Admin API (v1,
the vendor spec with its patches) and the Webhooks API (v2, ``spec/thinkific-webhooks.yaml``).

Each generated package ships the spec it was generated from as ``openapi.json`` (the patched one
for the Admin API); ``scripts/regenerate --check`` keeps it the same as its source.
"""

from __future__ import annotations

import importlib
import json
import types
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any


@dataclass(frozen=True)
class Api:
    """One API: its name in the harness and its generated package."""

    name: str
    package: str

    @property
    def spec(self) -> dict[str, Any]:
        return _shipped_spec(self.package)

    def module(self, name: str = "") -> types.ModuleType:
        """The generated package, or one of its modules (``"models"``, ``"api.events"``)."""
        return importlib.import_module(f"{self.package}.{name}" if name else self.package)


@cache
def _shipped_spec(package: str) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(files(package).joinpath("openapi.json").read_text("utf-8"))
    return spec


ADMIN = Api("admin", "thinkific_admin_client")
WEBHOOKS = Api("webhooks", "thinkific_webhooks_client")
APIS = (ADMIN, WEBHOOKS)
