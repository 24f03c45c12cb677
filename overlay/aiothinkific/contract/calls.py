"""How to call each operation of every API: its generated module, its overlay method, and
plausible arguments (the approach of ``tests/test_resources.py``: one value per annotation,
required ones only)."""

from __future__ import annotations

import datetime
import inspect
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import attrs
from openapi_python_client.strings import snake_case
from thinkific_admin_client.types import Unset as AdminUnset
from thinkific_webhooks_client.types import Unset as WebhooksUnset
from thrivecart_client.types import Unset as ThriveCartUnset

from aiothinkific import Thinkific, ThriveCart
from aiothinkific.contract.apis import ADMIN, APIS, THRIVECART, Api
from aiothinkific.resources._base import Resource

#: Parameters typed ``str`` whose arbitrary values the overlay refuses before sending anything
#: (``tk.webhooks`` checks the topic is one of Thinkific's).
NAMED_VALUES = {"topic": "enrollment.created", "target_url": "https://example.com/thinkific"}


@dataclass(frozen=True)
class Operation:
    """One spec operation and where the client implements it."""

    api: Api
    operation_id: str
    method: str
    path: str
    spec: dict[str, Any]
    resource: str
    method_name: str

    @property
    def generated(self) -> types.ModuleType:
        """The generated module (the generator names it after the tag and the operationId)."""
        package = snake_case(self.spec["tags"][0])
        return self.api.module(f"api.{package}.{snake_case(self.operation_id)}")


def _marked_methods(client: object) -> dict[str, tuple[str, str]]:
    """operationId -> (resource attribute, method name), from the ``operation_id`` marks."""
    found = {}
    for attribute, resource in vars(client).items():
        if isinstance(resource, Resource):
            for name, function in inspect.getmembers(type(resource), inspect.isfunction):
                operation_id = getattr(function, "operation_id", None)
                if operation_id is not None:
                    found[operation_id] = (attribute, name)
    return found


@cache
def overlay_methods() -> dict[str, tuple[str, str]]:
    """Harness name of each operation -> (resource attribute, method name): Thinkific's
    (both its APIs, whose ids are unique between them) and ThriveCart's."""
    thrivecart = _marked_methods(ThriveCart(api_key="k"))
    return _marked_methods(Thinkific(api_key="k", subdomain="s")) | {
        THRIVECART.label(op): where for op, where in thrivecart.items()
    }


@cache
def operations() -> dict[str, Operation]:
    """Every operation of every API, by its harness name."""
    methods = overlay_methods()
    return {
        api.label(op.operation_id): Operation(
            api,
            op.operation_id,
            op.method,
            op.path,
            op.definition,
            *methods[api.label(op.operation_id)],
        )
        for api in APIS
        for op in api.spec.operations
    }


def value_for(annotation: Any) -> Any:
    """A plausible argument for a parameter annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        unset = (type(None), AdminUnset, WebhooksUnset, ThriveCartUnset)
        options = [a for a in typing.get_args(annotation) if a not in unset]
        return value_for(options[0])
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin is list:
        return [value_for(typing.get_args(annotation)[0])]
    if annotation is datetime.datetime:
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    if isinstance(annotation, type) and attrs.has(annotation):
        hints = _hints(annotation)
        required = [f for f in attrs.fields(annotation) if f.init and f.default is attrs.NOTHING]
        return annotation(**{f.name: value_for(hints[f.name]) for f in required})
    return {int: 1, str: "x", float: 1.5, bool: True}[annotation]


def _hints(obj: Any) -> dict[str, Any]:
    """Resolved annotations; generated models name each other only for type checkers."""
    api = next((a for a in APIS if obj.__module__.startswith(a.package + ".")), ADMIN)
    return typing.get_type_hints(obj, localns=vars(api.module("models")))


def arguments(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """Values for the required parameters of ``function`` (``client`` and ``self`` excepted)."""
    hints = _hints(function)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name in ("self", "client") or parameter.default is not inspect.Parameter.empty:
            continue
        value = NAMED_VALUES[name] if name in NAMED_VALUES else value_for(hints[name])
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return args, kwargs
