"""Make-style modules: the Thinkific app of the Make platform as declared objects.

Every module of the catalogue (``MODULES``) has a key (``getUser``), Make's label
(``Get a User``), a kind (instant trigger, action, search, universal), a group and its fields
with Make's labels, API names, types, required flags, help and options. Running one validates
its inputs first (``ModuleInputError`` names every bad field by its label; no request is sent),
then returns one bundle, a JSON-able dict, per item::

    from aiothinkific.modules import run_module

    bundles = await run_module(tk, "searchUsers", {"limit": 40, "role": "Site Admin"})

Search and List modules return at most ``Limit`` bundles (default 10), fetched across pages.
Delete modules return ``[{"id": ..., "deleted": true}]``. Update modules change only the fields
given: where the API replaces the whole record, the current values are fetched and sent along.
Instant triggers are declared (fields, webhook ``topic``) but do not run on demand.
"""

from aiothinkific.modules._convert import ModuleError, ModuleInputError, Problem
from aiothinkific.modules._fields import Field, FieldType, Option
from aiothinkific.modules._model import Bundle, Kind, Module, ModuleNotRunnableError
from aiothinkific.modules._registry import (
    DESCRIBE_COLUMNS,
    MODULES,
    UnknownModuleError,
    catalogue_markdown,
    describe,
    get_module,
    run_module,
)

__all__ = [
    "DESCRIBE_COLUMNS",
    "MODULES",
    "Bundle",
    "Field",
    "FieldType",
    "Kind",
    "Module",
    "ModuleError",
    "ModuleInputError",
    "ModuleNotRunnableError",
    "Option",
    "Problem",
    "UnknownModuleError",
    "catalogue_markdown",
    "describe",
    "get_module",
    "run_module",
]
