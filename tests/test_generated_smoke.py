"""Smoke test: every operation of the patched spec, called through the generated async client.

Everything is derived from the ``openapi.json`` shipped inside the generated package, at test time:
the operations, their parameters, their success responses and the bodies sent and returned. Each
operation is called through its generated ``asyncio_detailed`` function against an
``httpx.MockTransport`` that answers with the spec's own success response for that operation (its
``example``, else its first ``examples`` entry, else a body built from its schema). The test checks
the request the client sent and that the client parses the success body into the generated model.

A failure here means the spec's success example (or its schema) does not round-trip through the
generated client: fix it in the spec patch, not here.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
import thinkific_admin_client.api
from aiothinkific.specs import PathTemplate, admin_spec, media_example
from thinkific_admin_client.client import AuthenticatedClient

Json = Any
Schema = Mapping[str, Json]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TOKEN = "smoke-token"
DEFAULT_SERVER = "https://api.example.test"


class _Missing:
    """Marks "no body" (as opposed to a JSON ``null`` body)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


# --------------------------------------------------------------------------------------------
# The spec
# --------------------------------------------------------------------------------------------


SPEC = admin_spec()
resolve = SPEC.resolve


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str  # the spec's path template
    spec: Mapping[str, Json] = field(repr=False, compare=False)
    path_item: Mapping[str, Json] = field(repr=False, compare=False)

    @property
    def id(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def operation_id(self) -> str:
        operation_id = self.spec.get("operationId")
        assert isinstance(operation_id, str), f"{self.id} has no operationId"
        return operation_id

    def parameters(self) -> list[Mapping[str, Json]]:
        """Path-item and operation parameters, resolved; the operation's win on (name, in)."""
        merged: dict[tuple[str, str], Mapping[str, Json]] = {}
        for raw in [*self.path_item.get("parameters", []), *self.spec.get("parameters", [])]:
            parameter = resolve(raw)
            merged[(parameter["name"], parameter["in"])] = parameter
        return list(merged.values())

    def success_status(self) -> int:
        statuses = sorted(
            int(code) for code in self.spec.get("responses", {}) if re.fullmatch(r"2\d\d", code)
        )
        assert statuses, f"{self.id} documents no 2xx response"
        return statuses[0]

    def success_response(self) -> Mapping[str, Json]:
        response: Mapping[str, Json] = resolve(self.spec["responses"][str(self.success_status())])
        return response


def spec_operations() -> list[Operation]:
    operations: list[Operation] = []
    for path, path_item in SPEC.document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in path_item:
                operations.append(Operation(method.upper(), path, path_item[method], path_item))
    return operations


def server_base_path() -> tuple[str, str]:
    """The first server's URL and its path (which prefixes every request path)."""
    servers = SPEC.document.get("servers") or [{"url": DEFAULT_SERVER}]
    url = servers[0]["url"]
    if not urlparse(url).scheme:  # a relative server URL
        url = DEFAULT_SERVER + "/" + url.lstrip("/")
    return url, urlparse(url).path.rstrip("/")


def json_media(content: Mapping[str, Json] | None) -> Mapping[str, Json] | None:
    """The JSON media type object of a ``content`` map, if any."""
    for media_type, media in (content or {}).items():
        base = media_type.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return typing.cast(Mapping[str, Json], media)
    return None


# --------------------------------------------------------------------------------------------
# Parameter values
# --------------------------------------------------------------------------------------------


def schema_type(schema: Schema) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):  # 3.1 style ["string", "null"]
        declared = next((t for t in declared if t != "null"), None)
    if declared is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return typing.cast(str | None, declared)


def parameter_value(parameter: Mapping[str, Json]) -> Json:
    """A value for a required path/query parameter, from its schema."""
    schema = resolve(parameter.get("schema", {}))
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema_type(schema)
    if kind in ("integer", "number"):
        return 1
    if kind == "boolean":
        return True
    if kind == "string" and schema.get("format") == "date-time":
        return datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    if kind == "string" and schema.get("format") == "date":
        return datetime.date(2024, 1, 1)
    return "abc"


def as_url_text(value: Json) -> str:
    """How a parameter value appears in the URL the client sends."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------------------
# The generated modules, matched to operations by what their ``_get_kwargs`` produces
# --------------------------------------------------------------------------------------------


class _Probe(str):
    """Stands in for any required argument of ``_get_kwargs``: a string that also serialises
    like a model (``to_dict``) or a date (``isoformat``), so it lands in the URL or params as-is."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Json]:
        return {}

    def isoformat(self) -> str:
        return str(self)


_PROBE_RE = re.compile(r"zzprobe(\d+)zz")


@dataclass(frozen=True)
class Endpoint:
    """One generated module and the request its ``_get_kwargs`` makes."""

    module: types.ModuleType = field(compare=False)
    name: str
    method: str
    url: str = field(compare=False)  # the path the module builds, a probe for each argument
    arg_for_probe: Mapping[str, str] = field(compare=False)  # probe text -> python arg
    query_args: Mapping[str, str] = field(compare=False)  # python arg -> query parameter name

    def path_arg_names(self, operation: Operation) -> dict[str, str] | None:
        """python arg -> spec path parameter name, or None if this is not ``operation``."""
        if self.method != operation.method:
            return None
        values = PathTemplate(operation.path).match(self.url)
        if values is None or not all(_PROBE_RE.fullmatch(v) for v in values.values()):
            return None
        return {self.arg_for_probe[value]: name for name, value in values.items()}


def generated_modules() -> Iterator[types.ModuleType]:
    package = thinkific_admin_client.api
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "asyncio_detailed") and hasattr(module, "_get_kwargs"):
            yield module


def probe(module: types.ModuleType) -> Endpoint:
    get_kwargs: Callable[..., dict[str, Any]] = module._get_kwargs
    probes = {
        name: _Probe(f"zzprobe{index}zz")
        for index, (name, parameter) in enumerate(inspect.signature(get_kwargs).parameters.items())
        if parameter.default is inspect.Parameter.empty
    }
    arg_for_probe = {str(value): name for name, value in probes.items()}
    kwargs = get_kwargs(**probes)
    query_args = {
        arg_for_probe[str(value)]: key
        for key, value in (kwargs.get("params") or {}).items()
        if isinstance(value, str) and str(value) in arg_for_probe
    }
    return Endpoint(
        module=module,
        name=module.__name__,
        method=str(kwargs["method"]).upper(),
        url=kwargs["url"],
        arg_for_probe=arg_for_probe,
        query_args=query_args,
    )


@functools.cache
def endpoints() -> tuple[Endpoint, ...]:
    return tuple(probe(module) for module in generated_modules())


def endpoints_for(operation: Operation) -> list[tuple[Endpoint, dict[str, str]]]:
    found: list[tuple[Endpoint, dict[str, str]]] = []
    for endpoint in endpoints():
        path_names = endpoint.path_arg_names(operation)
        if path_names is not None:
            found.append((endpoint, path_names))
    return found


# --------------------------------------------------------------------------------------------
# Generated types
# --------------------------------------------------------------------------------------------


def _split_words(value: str) -> list[str]:
    """openapi-python-client's word splitting (``strings.split_words`` after ``sanitize``)."""
    delimiters = r"\. _-"
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in delimiters)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(delimiters)}]+", value)


def pascal_case(value: str) -> str:
    return "".join(w if w.isupper() else w.capitalize() for w in _split_words(value))


def model_classes(annotation: Any) -> list[type[Any]]:
    """The generated model classes (those with ``from_dict``) in a (union) annotation."""
    if isinstance(annotation, type):
        return [annotation] if hasattr(annotation, "from_dict") else []
    return [cls for arg in typing.get_args(annotation) for cls in model_classes(arg)]


def expected_response_class_name(operation: Operation, status: int, schema: Json) -> str:
    """The generator's class name for a response body: the component's, or an inline one."""
    if isinstance(schema, Mapping) and "$ref" in schema:
        return pascal_case(schema["$ref"].rsplit("/", 1)[-1])
    return pascal_case(f"{operation.operation_id}_response_{status}")


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------

OPERATIONS = spec_operations()


def test_every_operation_has_exactly_one_generated_module() -> None:
    api = Path(thinkific_admin_client.api.__file__).parent
    modules = [p for p in api.rglob("*.py") if p.name != "__init__.py"]
    assert OPERATIONS and len(modules) == len(OPERATIONS), (
        f"openapi.json has {len(OPERATIONS)} operations, generated/ {len(modules)} modules"
    )
    assert len({op.id for op in OPERATIONS}) == len(OPERATIONS)

    matches = {op.id: [endpoint.name for endpoint, _ in endpoints_for(op)] for op in OPERATIONS}
    unmatched = sorted(op_id for op_id, names in matches.items() if not names)
    ambiguous = {op_id: names for op_id, names in matches.items() if len(names) > 1}
    assert not unmatched, f"operations without a generated module: {unmatched}"
    assert not ambiguous, f"operations matching several generated modules: {ambiguous}"

    module_to_ops: dict[str, list[str]] = {}
    for op_id, names in matches.items():
        module_to_ops.setdefault(names[0], []).append(op_id)
    shared = {name: ops for name, ops in module_to_ops.items() if len(ops) > 1}
    assert not shared, f"generated modules matched by several operations: {shared}"

    all_modules = {endpoint.name for endpoint in endpoints()}
    assert set(module_to_ops) == all_modules, (
        f"generated modules matching no operation: {sorted(all_modules - set(module_to_ops))}"
    )
    assert len(module_to_ops) == len(OPERATIONS)


@dataclass
class PreparedCall:
    kwargs: dict[str, Any]
    expected_path: str
    expected_query: dict[str, str]
    sends_body: bool


def prepare_call(
    operation: Operation, endpoint: Endpoint, path_names: Mapping[str, str]
) -> PreparedCall:
    parameters = {(p["in"], p["name"]): p for p in operation.parameters()}
    kwargs: dict[str, Any] = {}

    expected_path = operation.path
    for arg, spec_name in path_names.items():
        value = parameter_value(parameters[("path", spec_name)])
        kwargs[arg] = value
        expected_path = expected_path.replace(f"{{{spec_name}}}", as_url_text(value))

    expected_query: dict[str, str] = {}
    for arg, spec_name in endpoint.query_args.items():
        value = parameter_value(parameters[("query", spec_name)])
        kwargs[arg] = value
        expected_query[spec_name] = as_url_text(value)

    function = endpoint.module.asyncio_detailed
    signature = inspect.signature(function)
    sends_body = False
    request_body = resolve(operation.spec.get("requestBody", {}))
    media = json_media(request_body.get("content"))
    if "body" in signature.parameters and media is not None:
        payload = media_example(SPEC, media)
        body_classes = model_classes(typing.get_type_hints(function)["body"])
        try:
            kwargs["body"] = body_classes[0].from_dict(payload) if body_classes else payload
        except Exception as exc:  # reported as a failure, cause chained
            pytest.fail(
                f"{operation.id} ({operation.operation_id}): request body sample does not load "
                f"into {body_classes[0].__name__}: {type(exc).__name__}: {exc}\n"
                f"payload: {json.dumps(payload)[:2000]}"
            )
        sends_body = True

    missing = [
        name
        for name, parameter in signature.parameters.items()
        if name != "client" and name not in kwargs and parameter.default is inspect.Parameter.empty
    ]
    assert not missing, f"{operation.id}: no value derived for required arguments {missing}"
    return PreparedCall(kwargs, expected_path, expected_query, sends_body)


@pytest.mark.asyncio
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.id)
async def test_operation_parses_its_success_example(operation: Operation) -> None:
    found = endpoints_for(operation)
    assert len(found) == 1, f"{operation.id}: expected one generated module, got {found}"
    endpoint, path_names = found[0]
    call = prepare_call(operation, endpoint, path_names)

    status = operation.success_status()
    response_spec = operation.success_response()
    media = json_media(response_spec.get("content"))
    body = media_example(SPEC, media) if media is not None else MISSING
    if status == 204:
        body = MISSING

    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if body is MISSING:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    server_url, base_path = server_base_path()
    client = AuthenticatedClient(
        base_url=server_url,
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    async with client:
        try:
            response = await endpoint.module.asyncio_detailed(client=client, **call.kwargs)
        except Exception as exc:  # reported as a failure, cause chained
            pytest.fail(
                f"{operation.id} ({operation.operation_id}): the spec's {status} response does not "
                f"parse in {endpoint.name}: {type(exc).__name__}: {exc}\n"
                f"body: {json.dumps(body)[:2000] if body is not MISSING else '<none>'}"
            )

    assert len(requests) == 1, f"{operation.id}: expected one request, saw {len(requests)}"
    request = requests[0]
    assert request.method == operation.method
    assert request.url.path == base_path + call.expected_path
    for name, text in call.expected_query.items():
        assert request.url.params.get(name) == text, f"{operation.id}: query parameter {name!r}"
    assert request.headers.get("Authorization") == f"Bearer {TOKEN}"
    if call.sends_body:
        assert request.headers.get("Content-Type") == "application/json"
        json.loads(request.content)

    assert response.status_code == status

    schema = media.get("schema") if media is not None else None
    if schema is None or body is MISSING:
        return
    assert response.parsed is not None, (
        f"{operation.id}: the {status} body did not parse (parsed is None)"
    )
    if schema_type(resolve(schema)) == "object":
        class_name = expected_response_class_name(operation, status, schema)
        return_hint = typing.get_type_hints(endpoint.module.asyncio_detailed)["return"]
        candidates = {
            cls.__name__: cls for arg in typing.get_args(return_hint) for cls in model_classes(arg)
        }
        assert class_name in candidates, (
            f"{operation.id}: no generated class {class_name} among {sorted(candidates)}"
        )
        assert isinstance(response.parsed, candidates[class_name]), (
            f"{operation.id}: parsed {type(response.parsed).__name__}, expected {class_name}"
        )
