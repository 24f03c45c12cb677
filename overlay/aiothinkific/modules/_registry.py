"""The catalogue: every module by key, lookup with suggestions, the fields table, running a module
by key, and the markdown table of all modules."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from aiothinkific.modules._convert import ModuleError
from aiothinkific.modules._fields import Field
from aiothinkific.modules._model import Bundle, Module
from aiothinkific.modules.categories import categories
from aiothinkific.modules.coupons import coupons
from aiothinkific.modules.enrollments import enrollments
from aiothinkific.modules.instructors import instructors
from aiothinkific.modules.orders import orders
from aiothinkific.modules.other import other
from aiothinkific.modules.promotions import promotions
from aiothinkific.modules.triggers import triggers
from aiothinkific.modules.users import users

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

GROUPS = (
    triggers,
    users,
    instructors,
    categories,
    coupons,
    promotions,
    enrollments,
    orders,
    other,
)

MODULES: dict[str, Module] = {module.key: module for group in GROUPS for module in group.modules}
"""Every module of the catalogue by key, in the catalogue's order."""

DESCRIBE_COLUMNS = ("Label", "Name", "Type", "Required", "Default", "Options", "Help")


class UnknownModuleError(ModuleError, LookupError):
    """No module has the key (or Make label) asked for."""


def get_module(key: str) -> Module:
    """The module with this key (``getUser``) or Make label (``Get a User``, any case)."""
    module = MODULES.get(key)
    if module is not None:
        return module
    for module in MODULES.values():
        if module.label.lower() == key.strip().lower():
            return module
    labels = {module.label: module.key for module in MODULES.values()}
    close = difflib.get_close_matches(key, list(MODULES), 3, 0.6)
    close += [labels[label] for label in difflib.get_close_matches(key, list(labels), 3, 0.6)]
    hint = f" Did you mean {', '.join(dict.fromkeys(close))}?" if close else ""
    raise UnknownModuleError(
        f"no module {key!r}.{hint} `aiothinkific modules list` shows them all."
    )


def describe(module: Module | str) -> list[dict[str, str]]:
    """The rows of the module's fields table, one per field (``DESCRIBE_COLUMNS``); the
    sub-fields of a collection follow it (``Custom Profile Field > Label``,
    ``custom_profile_field.label``)."""
    if isinstance(module, str):
        module = get_module(module)
    return [row for field in module.fields for row in _rows(field)]


def _rows(field: Field, label: str = "", name: str = "") -> list[dict[str, str]]:
    row = {
        "Label": label + field.label,
        "Name": name + field.name,
        "Type": field.type_label,
        "Required": "yes" if field.required else "",
        "Default": "" if field.default is None else str(field.default),
        "Options": ", ".join(str(option) for option in (field.item or field).options),
        "Help": field.help,
    }
    nested = [
        sub_row
        for sub in field.fields
        for sub_row in _rows(sub, f"{row['Label']} > ", f"{row['Name']}.")
    ]
    return [row, *nested]


async def run_module(tk: Thinkific, key: str, inputs: Mapping[str, Any]) -> list[Bundle]:
    """Run the module ``key`` with ``inputs`` (validated first: bad input sends no request)."""
    return await get_module(key).run(tk, inputs)


def catalogue_markdown() -> str:
    """A markdown table of every module: group, Make name, key, kind (with a trigger's topic)."""
    lines = ["| Group | Make module | Key | Kind |", "|---|---|---|---|"]
    for module in MODULES.values():
        kind = f"{module.kind} (`{module.topic}`)" if module.topic else module.kind
        lines.append(f"| {module.group} | {module.label} | `{module.key}` | {kind} |")
    return "\n".join(lines) + "\n"
