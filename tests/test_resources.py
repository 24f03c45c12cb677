"""The resources cover the spec: one overlay method per operation, each sending that operation.

The resource classes are generated from the spec and its names table (scripts/regenerate); these
tests check the result against the spec shipped in the generated package, so nothing here counts
operations by hand.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from aiothinkific import NOT_GIVEN, NotGiven, Thinkific
from aiothinkific._pagination import AsyncPaginator
from aiothinkific.examples_transport import ExamplesTransport
from aiothinkific.mock import mock_client
from aiothinkific.resources import thinkific, thinkific_webhooks
from aiothinkific.resources._base import Resource
from aiothinkific.specs import admin_spec, webhooks_spec
from thinkific_admin_client.types import Unset

SPEC = admin_spec().document
WEBHOOKS_SPEC = webhooks_spec().document
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
GENERATED = {thinkific: "thinkific_admin_client", thinkific_webhooks: "thinkific_webhooks_client"}


def spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """operationId -> (HTTP method, path template, tag)."""
    return {
        op["operationId"]: (method.upper(), path, op["tags"][0])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


OPERATIONS = spec_operations(SPEC)
WEBHOOK_OPERATIONS = spec_operations(WEBHOOKS_SPEC)


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
    """The generated module a resource method calls (it imports it by name)."""
    _, _, function = BY_OPERATION[operation_id]
    module = inspect.getmodule(function)
    for package in GENERATED.values():
        for name, value in vars(module).items():
            if (
                isinstance(value, types.ModuleType)
                and value.__name__.startswith(f"{package}.api.")
                and name in inspect.getsource(function)
            ):
                found = importlib.import_module(value.__name__)
                if f"{name}.asyncio_detailed(" in inspect.getsource(function):
                    return found
    raise LookupError(operation_id)


def test_every_operation_of_both_apis_has_exactly_one_overlay_method() -> None:
    claimed: dict[str, list[str]] = {}
    for operation_id, attribute, name, _ in METHODS:
        claimed.setdefault(operation_id, []).append(f"{attribute}.{name}")
    every = set(OPERATIONS) | set(WEBHOOK_OPERATIONS)
    missing = sorted(every - set(claimed))
    unknown = sorted(set(claimed) - every)
    doubled = {op: where for op, where in claimed.items() if len(where) > 1}
    assert not missing, f"operations without an overlay method: {missing}"
    assert not unknown, f"methods claiming operations the spec does not have: {unknown}"
    assert not doubled, f"operations claimed twice: {doubled}"


def test_admin_resources_follow_the_tags() -> None:
    """Every Admin API resource holds the operations of one spec tag (the table maps tags to
    attributes), and every tag has its resource."""
    tags_by_resource: dict[str, set[str]] = {}
    for operation_id, attribute, _, _ in METHODS:
        if operation_id in OPERATIONS:
            tags_by_resource.setdefault(attribute, set()).add(OPERATIONS[operation_id][2])
    mixed = {resource: tags for resource, tags in tags_by_resource.items() if len(tags) > 1}
    assert not mixed, f"resources spanning several tags: {mixed}"
    all_tags = {tag for _, _, tag in OPERATIONS.values()}
    assert {tag for tags in tags_by_resource.values() for tag in tags} == all_tags


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_docstrings_come_from_the_spec(operation_id: str) -> None:
    _, path, _ = OPERATIONS[operation_id]
    spec_op = next(
        op
        for op in SPEC["paths"][path].values()
        if isinstance(op, dict) and op.get("operationId") == operation_id
    )
    _, _, function = BY_OPERATION[operation_id]
    doc = " ".join((function.__doc__ or "").split())
    for text in (spec_op.get("summary"), spec_op.get("description")):
        if text:
            assert " ".join(text.split()) in doc


def body_model(operation_id: str) -> type | None:
    module = generated_module(operation_id)
    hints = typing.get_type_hints(module._get_kwargs, vars(module))
    body = hints.get("body")
    return body if isinstance(body, type) and attrs.has(body) else None


BODY_OPERATIONS = sorted(
    op for op in [*OPERATIONS, *WEBHOOK_OPERATIONS] if body_model(op) is not None
)


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
        options = [a for a in typing.get_args(annotation) if a not in (type(None), Unset, NotGiven)]
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


# --- Not given, None, and values the spec does not allow ---------------------------------------


def recording_client(sent: list[httpx.Request], status: int = 204) -> Thinkific:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status)

    return Thinkific(
        api_key="k",
        subdomain="s",
        transport=httpx.MockTransport(answer),
        requests_per_minute=None,
    )


async def test_arguments_not_given_are_not_sent_and_none_clears() -> None:
    sent: list[httpx.Request] = []
    async with recording_client(sent) as tk:
        await tk.users.update(7, first_name="Ada", bio=None, company=NOT_GIVEN)
    assert json.loads(sent[0].content) == {"first_name": "Ada", "bio": None}
    assert sent[0].url.path.endswith("/users/7")


async def test_a_value_outside_the_spec_enum_is_refused_before_any_request() -> None:
    sent: list[httpx.Request] = []
    async with recording_client(sent) as tk:
        with pytest.raises(ValueError, match="provider: 'LDAP' is not one of"):
            await tk.users.get(7, provider="LDAP")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="roles: 'owner' is not one of"):
            await tk.users.create(
                first_name="A",
                last_name="B",
                email="a@b.co",
                roles=["affiliate", "owner"],  # type: ignore[list-item]
            )
        with pytest.raises(ValueError, match=r"topic: 'nope\.never' is not one of"):
            await tk.webhooks.create(topic="nope.never", target_url="https://example.com")  # type: ignore[arg-type]
    assert sent == []


def test_not_given_is_one_falsy_singleton() -> None:
    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


async def test_every_listing_returns_the_same_paginator_type() -> None:
    async with mock_client() as tk:
        for _ in range(3):
            await tk.webhooks.create(topic="user.signup", target_url="http://127.0.0.1/x")
        webhooks = tk.webhooks.list(page_size=2)
        assert isinstance(webhooks, AsyncPaginator)
        assert isinstance(tk.users.list(), AsyncPaginator)
        pages = [page async for page in webhooks.pages()]
        assert [len(p.items) for p in pages] == [2, 1]
        assert [p.number for p in pages] == [1, 2]
        first = await tk.webhooks.list(page_size=2).first_page()
        assert len(first.items) == 2 and first.next_page == 2
        assert len(await tk.webhooks.list(limit=1).to_list()) == 1


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("SSO", True),
        (("SSO", "OPENID_CONNECT"), True),
        (["SSO", None], True),
        (NOT_GIVEN, True),
        ("LDAP", False),
        (["SSO", "LDAP"], False),
        ({"unhashable": 1}, False),
        (True, False),
    ],
)
def test_checked_accepts_only_the_spec_values(value: Any, accepted: bool) -> None:
    from aiothinkific.resources._base import checked

    allowed = {"SSO", "OPENID_CONNECT", 1}
    if accepted:
        assert checked("provider", value, allowed) is value
    else:
        with pytest.raises(
            ValueError, match=r"provider: .* is not one of 'OPENID_CONNECT', 'SSO', 1"
        ):
            checked("provider", value, allowed)
