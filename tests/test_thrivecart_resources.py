"""ThriveCart's resources, generated from the patched spec and spec/thrivecart.resources.yaml:
every request of the collection is one typed method that sends its own operation, with the
generated model's body fields (bracket keys under the table's names) as its arguments."""

from __future__ import annotations

import inspect
import re
import typing
from typing import Any

import attrs
import httpx
import pytest
from aiothinkific import AsyncPaginator, ThriveCart
from aiothinkific.examples_transport import ExamplesTransport
from aiothinkific.resources import thrivecart
from aiothinkific.resources._base import Resource
from aiothinkific.specs import thrivecart_spec
from test_resources import arguments

SPEC = thrivecart_spec()
OPERATIONS = {op.operation_id: op for op in SPEC.operations}


def marked_methods() -> dict[str, list[tuple[str, str]]]:
    """operationId -> every (resource, method) of the client that claims it."""
    claimed: dict[str, list[tuple[str, str]]] = {}
    tc = ThriveCart(api_key="k")
    for attribute, resource in vars(tc).items():
        if isinstance(resource, Resource):
            for name, function in inspect.getmembers(type(resource), inspect.isfunction):
                operation_id = getattr(function, "operation_id", None)
                if operation_id is not None:
                    claimed.setdefault(operation_id, []).append((attribute, name))
    return claimed


CLAIMED = marked_methods()


def test_every_operation_has_exactly_one_method() -> None:
    assert sorted(CLAIMED) == sorted(OPERATIONS)
    assert all(len(where) == 1 for where in CLAIMED.values()), CLAIMED


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_each_method_sends_its_operation(operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    ((attribute, name),) = CLAIMED[operation_id]
    pattern = re.compile(
        re.escape(SPEC.base_path) + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(operation.path))
    )
    examples = ExamplesTransport(SPEC)
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return await examples.handle_async_request(request)

    async with ThriveCart(
        api_key="k", transport=httpx.MockTransport(record), requests_per_minute=None
    ) as tc:
        method = getattr(getattr(tc, attribute), name)
        args, kwargs = arguments(method)
        result = method(*args, **kwargs)
        answer = await (result.first_page() if isinstance(result, AsyncPaginator) else result)
    assert answer is not None
    assert len(sent) == 1
    assert sent[0].method == operation.method
    assert pattern.fullmatch(sent[0].url.path), f"{sent[0].url.path} is not {operation.path}"


def body_model(function: Any) -> type | None:
    """The generated body model a resource method builds (from its generated module)."""
    source = inspect.getsource(function)
    for value in vars(thrivecart).values():
        if isinstance(value, type) and attrs.has(value) and f"body={value.__name__}(" in source:
            return value
    return None


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_body_arguments_are_the_generated_model_fields(operation_id: str) -> None:
    ((attribute, name),) = CLAIMED[operation_id]
    function = getattr(type(getattr(ThriveCart(api_key="k"), attribute)), name)
    model = body_model(function)
    if model is None:
        assert "requestBody" not in OPERATIONS[operation_id].definition
        return
    renamed = {"tags": "tag", "order_infoorder_id": "order_id"}  # spec/thrivecart.resources.yaml
    renamed |= {"order_infopurchase_type": "purchase_type", "order_infopurchase_id": "purchase_id"}
    fields = [renamed.get(f.name, f.name) for f in attrs.fields(model) if f.init]
    hints = typing.get_type_hints(function)
    keyword_only = [
        n
        for n, p in inspect.signature(function).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and n in hints
    ]
    assert [n for n in keyword_only if n in fields] == fields
