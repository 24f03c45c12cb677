"""The resources cover the spec: one overlay method per operation, each sending that operation.

Everything is derived from the patched spec shipped in the generated package, so an operation added
by a spec update fails here until the overlay has a method for it.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific._pagination import AsyncPaginator
from aiothinkific.examples_transport import ExamplesTransport
from aiothinkific.resources._base import Resource
from aiothinkific.specs import admin_spec
from openapi_python_client.strings import snake_case
from thinkific_admin_client.types import Unset

SPEC = admin_spec().document
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> dict[str, tuple[str, str, str]]:
    """operationId -> (HTTP method, path template, tag)."""
    return {
        op["operationId"]: (method.upper(), path, op["tags"][0])
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


OPERATIONS = spec_operations()


def overlay_methods() -> Iterator[tuple[str, str, str, Callable[..., Any]]]:
    """(operationId, resource attribute, method name, function) for every marked method."""
    tk = Thinkific(api_key="k", subdomain="s")
    for attribute, resource in vars(tk).items():
        if not isinstance(resource, Resource):
            continue
        for name, function in inspect.getmembers(type(resource), inspect.isfunction):
            operation_id = getattr(function, "operation_id", None)
            if operation_id is not None:
                yield operation_id, attribute, name, function


METHODS = list(overlay_methods())
BY_OPERATION = {operation_id: (attr, name, fn) for operation_id, attr, name, fn in METHODS}


def generated_module(operation_id: str) -> types.ModuleType:
    """The generated module of an operation: the generator names it snake_case(operationId)."""
    tag = OPERATIONS[operation_id][2]
    package = snake_case(tag)
    return importlib.import_module(
        f"thinkific_admin_client.api.{package}.{snake_case(operation_id)}"
    )


def test_every_operation_has_exactly_one_overlay_method() -> None:
    claimed: dict[str, list[str]] = {}
    for operation_id, attribute, name, _ in METHODS:
        claimed.setdefault(operation_id, []).append(f"{attribute}.{name}")
    missing = sorted(set(OPERATIONS) - set(claimed))
    unknown = sorted(set(claimed) - set(OPERATIONS))
    doubled = {op: where for op, where in claimed.items() if len(where) > 1}
    assert not missing, f"operations without an overlay method: {missing}"
    assert not unknown, f"methods claiming operations the spec does not have: {unknown}"
    assert not doubled, f"operations claimed twice: {doubled}"
    assert len(OPERATIONS) == 77


def test_one_resource_per_tag() -> None:
    tags_by_resource: dict[str, set[str]] = {}
    for operation_id, attribute, _, _ in METHODS:
        tags_by_resource.setdefault(attribute, set()).add(OPERATIONS[operation_id][2])
    mixed = {resource: tags for resource, tags in tags_by_resource.items() if len(tags) > 1}
    assert not mixed, f"resources spanning several tags: {mixed}"
    all_tags = {tag for _, _, tag in OPERATIONS.values()}
    assert len(tags_by_resource) == len(all_tags) == 21


def body_model(operation_id: str) -> type | None:
    hints = typing.get_type_hints(generated_module(operation_id)._get_kwargs)
    body = hints.get("body")
    return body if isinstance(body, type) and attrs.has(body) else None


BODY_OPERATIONS = sorted(op for op in OPERATIONS if body_model(op) is not None)


@pytest.mark.parametrize("operation_id", BODY_OPERATIONS)
def test_body_arguments_are_the_generated_model_fields(operation_id: str) -> None:
    """A body field added or renamed by a spec update must show up in the overlay method."""
    model = body_model(operation_id)
    assert model is not None
    fields = [f.name for f in attrs.fields(model) if f.init]
    _, _, function = BY_OPERATION[operation_id]
    keyword_only = [
        name
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY
    ]
    body_arguments = [name for name in keyword_only if name in fields]
    assert body_arguments == fields, f"{function.__qualname__} body arguments differ from {model}"
    generated_parameters = set(
        inspect.signature(generated_module(operation_id)._get_kwargs).parameters
    )
    others = set(keyword_only) - set(fields)
    unexplained = {
        name
        for name in others
        if name not in generated_parameters and f"query{name}" not in generated_parameters
    }
    assert not unexplained, f"{function.__qualname__} has arguments the operation lacks"


# --- Each method sends its own operation ---------------------------------------------------


def value_for(annotation: Any) -> Any:
    """A plausible argument for a parameter annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a not in (type(None), Unset)]
        return value_for(options[0])
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if origin is list:
        return [value_for(typing.get_args(annotation)[0])]
    if annotation is datetime.datetime:
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    if isinstance(annotation, type) and attrs.has(annotation):
        hints = typing.get_type_hints(annotation)
        required = [f for f in attrs.fields(annotation) if f.init and f.default is attrs.NOTHING]
        return annotation(**{f.name: value_for(hints[f.name]) for f in required})
    return {int: 1, str: "x", float: 1.5, bool: True}[annotation]


def arguments(function: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(function)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "self" or parameter.default is not inspect.Parameter.empty:
            continue
        value = value_for(hints[name])
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return args, kwargs


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_method_sends_its_operation(operation_id: str) -> None:
    method, path, _ = OPERATIONS[operation_id]
    attribute, name, _ = BY_OPERATION[operation_id]
    prefix = httpx.URL(SPEC["servers"][0]["url"]).path.rstrip("/")
    pattern = re.compile(prefix + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
    examples = ExamplesTransport()
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return await examples.handle_async_request(request)

    transport = httpx.MockTransport(record)
    async with Thinkific(
        api_key="k", subdomain="s", transport=transport, requests_per_minute=None
    ) as tk:
        bound = getattr(getattr(tk, attribute), name)
        args, kwargs = arguments(bound)
        result = bound(*args, **kwargs)
        if isinstance(result, AsyncPaginator):
            page = await result.first_page()
            assert isinstance(page.items, list)
        else:
            await result
    assert len(sent) == 1
    assert sent[0].method == method
    assert pattern.match(sent[0].url.path), f"{sent[0].url.path} is not {path}"
