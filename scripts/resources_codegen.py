"""The overlay's resource classes, written from a patched spec and its resource table.

The table (``spec/<api>.resources.yaml``) decides only names: which resource (``tk.users``) and
method (``.list``) each operation becomes, and what a path parameter is called (``id`` ->
``user_id``). Everything else comes from the spec through openapi-python-client's own parser, so
types, argument names and defaults are exactly those of the generated functions the methods call:

- query parameters become keyword arguments (``query[email]`` -> ``email``);
- a JSON body object becomes keyword arguments, one per field (a body of another shape is one
  ``body`` argument);
- optional arguments default to ``NOT_GIVEN`` (not sent); ``None`` is accepted only where the spec
  says the value may be null;
- a list operation (the table's ``pagination`` parameters, an ``items`` array in the answer)
  returns an ``AsyncPaginator``; an answer without a body returns ``None``; any other the model.

An operation the table does not name gets a default name at once and is reported, so a vendor update
never needs a hand edit; a table entry whose operation is gone stops the run.
"""

from __future__ import annotations

import json
import keyword
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    ListProperty,
    LiteralEnumProperty,
    ModelProperty,
    Property,
)
from openapi_python_client.strings import safe_for_docstring, snake_case

TEMPLATES = Path(__file__).resolve().parent / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PAGINATOR_ARGS = ("limit", "page_size")  # what every list method adds to the spec's arguments
# Attributes a resource may not take: the client's own (and the other API's resource names are
# checked by the client's test of its attributes).
CLIENT_ATTRIBUTES = frozenset(
    {
        "aclose",
        "base_url",
        "credentials",
        "generated",
        "generated_webhooks",
        "http",
        "limiter",
        "max_retries",
        "request",
        "timeout",
        "webhooks_base_url",
        "with_options",
    }
)
# Words an operationId uses for "the thing this resource is" and for "by its id", dropped from a
# default method name: getCourseByID -> get, getChaptersByCourseID -> list_chapters.
_NOISE = {"by", "id"}
_DOC_WIDTH = 88  # a docstring line, indented in a method, stays within the line length


class TableError(Exception):
    """The resource table does not fit the spec (names the entry and what is wrong).

    ``vanished`` holds (operationId, resource, method) for entries whose operation is gone."""

    def __init__(self, message: str, vanished: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__(message)
        self.vanished = vanished or []


@dataclass(frozen=True)
class Arg:
    """One argument of an overlay method and how it reaches the generated function."""

    name: str  # the overlay's argument name
    target: str  # the generated function's (or body model's) keyword
    type: str  # the overlay's annotation
    required: bool
    description: str
    convert: str = ""  # a function the value goes through ("str" for int-or-str path ids)
    allowed: str = ""  # the generated set of values an enum argument must be one of

    @property
    def annotation(self) -> str:
        return self.type if self.required else f"{self.type} | NotGiven"

    @property
    def value(self) -> str:
        value = self.name
        if self.allowed:
            value = f'checked("{self.name}", {value}, {self.allowed})'
        if not self.required:
            value = f"given({value})"
        return f"{self.convert}({value})" if self.convert else value


@dataclass
class Method:
    operation_id: str
    name: str
    module: str  # generated module: thinkific_admin_client.api.<tag>.<module>
    tag_module: str
    summary: str
    description: str
    path_args: list[Arg]
    query_args: list[Arg]
    body_args: list[Arg]  # fields of the body model (or the one ``body`` argument)
    body_model: str | None  # the model built from body_args; None: body_args is [body] or []
    returns: str  # "paginated", "none" or "model"
    model: str | None  # the success model (the page model when paginated)
    item: str | None  # the item type of a paginated list
    paging: dict[str, str]  # "page", "size", "cursor" -> the generated function's keyword
    items_field: str  # a paginated answer's list of items
    total: str  # where a paginated answer counts all items ("meta.total"), if it does
    defaulted: bool  # named by the default rule, not the table

    @property
    def args(self) -> list[Arg]:
        return self.path_args + self.query_args + self.body_args

    @property
    def docstring(self) -> str:
        """The spec's summary, description and parameter descriptions, wrapped to fit a method
        body (the closing quotes on a line of their own when it runs over one line)."""
        paragraphs = [p for p in (self.summary, self.description) if p] or [self.operation_id]
        lines: list[str] = []
        for paragraph in paragraphs:
            lines += [*textwrap.wrap(paragraph, _DOC_WIDTH, break_on_hyphens=False), ""]
        documented = [(a.name, a.description) for a in self.args if a.description]
        if self.returns == "paginated":
            documented += [
                ("limit", "The most items returned in all (every item when None)."),
                ("page_size", "How many items each request asks for."),
            ]
        if documented:
            lines.append("Args:")
            for name, text in documented:
                lines += textwrap.wrap(
                    f"{name}: {text}",
                    _DOC_WIDTH,
                    initial_indent="    ",
                    subsequent_indent="        ",
                    break_on_hyphens=False,
                )
        text = "\n".join(lines).strip()
        return safe_for_docstring(text + ("\n" if "\n" in text else ""))


@dataclass
class ResourceClass:
    attribute: str
    class_name: str
    tag: str
    methods: list[Method] = field(default_factory=list)


@dataclass
class Rendered:
    source: str
    new_operations: list[str]  # "getX -> tk.things.get_x" for operations the table does not name


def _text(value: Any) -> str:
    if value is None:
        return ""
    raw = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
    return " ".join(raw.split())


def _code(value: Any) -> str:
    return str(value.as_unembedded_code())


def _type_of(prop: Property) -> str:
    """The property's type without ``Unset``, with ``builtins.`` on ``list``/``dict`` because a
    resource method named ``list`` shadows the builtin inside its class."""
    text = _code(prop.get_type_string(no_optional=True))
    return re.sub(r"(?<![\w.])(list|dict)\[", r"builtins.\1[", text)


def _models_in(prop: Any, found: set[str]) -> None:
    """Names of the generated model and enum classes a property's type refers to."""
    class_info = getattr(prop, "class_info", None)
    if class_info is not None:
        found.add(str(class_info.name))
    if isinstance(prop, ListProperty):
        _models_in(prop.inner_property, found)
    for inner in getattr(prop, "inner_properties", None) or ():
        _models_in(inner, found)


def _enum_of(prop: Any) -> LiteralEnumProperty | None:
    """The literal enum an argument's value (or each of its items) must belong to."""
    if isinstance(prop, ListProperty):
        prop = prop.inner_property
    return prop if isinstance(prop, LiteralEnumProperty) else None


def default_attribute(tag: str) -> str:
    return snake_case(tag)


def default_method(operation_id: str, resource: str, paginated: bool) -> str:
    words = snake_case(operation_id).split("_")
    verb, rest = words[0], words[1:]
    own = set(resource.split("_")) | {w.rstrip("s") for w in resource.split("_")}
    rest = [w for w in rest if w not in own and w.rstrip("s") not in own and w not in _NOISE]
    if verb == "get" and paginated:
        verb = "list"
    return "_".join([verb, *rest])


class Generator:
    """Resource classes for one API from its patched spec, generator config and table."""

    def __init__(self, doc: dict[str, Any], config_path: Path, table: dict[str, Any]) -> None:
        self.doc = doc
        self.table = table
        self.package: str = table["package"]
        self.pagination: dict[str, str] = table.get("pagination") or {}
        config = Config.from_sources(
            ConfigFile.load_from_path(config_path), MetaType.NONE, None, "utf-8", True, None
        )
        data = GeneratorData.from_dict(json.loads(json.dumps(doc)), config=config)
        if not isinstance(data, GeneratorData):
            raise TableError(f"the generator cannot parse the spec: {data}")
        self.endpoints: dict[tuple[str, str], tuple[str, Endpoint]] = {
            (endpoint.method, _text(endpoint.path)): (str(tag), endpoint)
            for tag, collection in data.endpoint_collections_by_tag.items()
            for endpoint in collection.endpoints
        }
        self.models: set[str] = set()
        self.enum_values: dict[str, str] = {}  # NAME_VALUES -> its models module

    def allowed(self, prop: Any) -> str:
        """The name of the generated value set ``prop`` must be in (imported), or ``""``."""
        enum = _enum_of(prop)
        if enum is None:
            return ""
        name = f"{enum.get_class_name_snake_case().upper()}_VALUES"
        self.enum_values[name] = str(enum.class_info.module_name)
        return name

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(method, path, operation) for every operation of the spec, in document order."""
        return [
            (method, path, item[method])
            for path, item in self.doc["paths"].items()
            for method in HTTP_METHODS
            if method in item
        ]

    def resources(self) -> tuple[list[ResourceClass], list[str]]:
        entries = {
            operation_id: (resource_name, resource, entry)
            for resource_name, resource in (self.table.get("resources") or {}).items()
            for operation_id, entry in (resource.get("operations") or {}).items()
        }
        by_tag = {
            resource.get("tag", resource_name): resource_name
            for resource_name, resource in (self.table.get("resources") or {}).items()
        }
        spec_ids = {self.operation_id(m, p, op) for m, p, op in self.operations()}
        vanished = sorted(set(entries) - spec_ids)
        if vanished:
            raise TableError(
                "entries for operations the spec no longer has: "
                + ", ".join(
                    f"{o} (tk.{entries[o][0]}.{self.method_name(entries[o][2])})" for o in vanished
                )
                + "; remove them from the table",
                [(o, entries[o][0], self.method_name(entries[o][2])) for o in vanished],
            )
        classes: dict[str, ResourceClass] = {}
        new: list[str] = []
        for method, path, op in self.operations():
            operation_id = self.operation_id(method, path, op)
            tag = (op.get("tags") or ["default"])[0]
            if operation_id in entries:
                attribute, resource, entry = entries[operation_id]
            else:
                attribute = by_tag.get(tag) or default_attribute(tag)
                resource, entry = (self.table.get("resources") or {}).get(attribute) or {}, None
            if attribute not in classes:
                class_name = resource.get("class") or "".join(
                    w.capitalize() for w in attribute.split("_")
                )
                classes[attribute] = ResourceClass(attribute, class_name, tag)
            built = self.method(method, path, op, attribute, entry)
            if built.defaulted:
                new.append(f"{operation_id} -> tk.{attribute}.{built.name}")
            if any(m.name == built.name for m in classes[attribute].methods):
                raise TableError(
                    f"{operation_id}: tk.{attribute}.{built.name} is already taken; "
                    f"name it in the table"
                )
            classes[attribute].methods.append(built)
        for resource_class in classes.values():
            self.check_resource_names(resource_class.attribute, resource_class.class_name)
        return list(classes.values()), new

    def operation_id(self, method: str, path: str, op: dict[str, Any]) -> str:
        """The operation's id; one the vendor left out is the generator's name for it."""
        if op.get("operationId"):
            return str(op["operationId"])
        found = self.endpoints.get((method, path))
        return str(found[1].name) if found else f"{method}_{path}"

    def check_resource_names(self, attribute: str, class_name: str) -> None:
        if not attribute.isidentifier() or keyword.iskeyword(attribute):
            raise TableError(f"tk.{attribute} is not a Python name; name the resource in the table")
        if attribute in CLIENT_ATTRIBUTES:
            raise TableError(
                f"tk.{attribute} is the client's own attribute; name the resource in the table"
            )
        if class_name in self.models or not class_name.isidentifier():
            raise TableError(
                f"class {class_name} (tk.{attribute}) is a generated model's name or not a "
                f"Python name; give the resource a class: in the table"
            )

    @staticmethod
    def method_name(entry: str | dict[str, Any]) -> str:
        return entry if isinstance(entry, str) else str(entry.get("method"))

    def method(
        self,
        http_method: str,
        path: str,
        op: dict[str, Any],
        attribute: str,
        entry: str | dict[str, Any] | None,
    ) -> Method:
        operation_id = self.operation_id(http_method, path, op)
        if (http_method, path) not in self.endpoints:
            raise TableError(
                f"{operation_id} ({http_method.upper()} {path}): openapi-python-client skipped "
                f"it (see its warnings in generated/README.md); fix the spec with a patch"
            )
        tag_module, endpoint = self.endpoints[(http_method, path)]
        entry = {"method": entry} if isinstance(entry, str) else (entry or {})
        own: dict[str, str] = entry.get("args") or {}
        known = {_text(p.name) for p in endpoint.list_all_parameters()} | set(
            self.body_fields(endpoint)
        )
        unknown = set(own) - known
        if unknown:
            raise TableError(f"{operation_id}: no such parameter {', '.join(sorted(unknown))}")
        # The table's args rename a parameter wherever it appears; an entry's, in its operation.
        renames = {**(self.table.get("args") or {}), **own}

        paging = self.paging(attribute)
        path_args = [self.path_arg(p, renames) for p in endpoint.path_parameters]
        query = {_text(p.name): p for p in endpoint.query_parameters}
        paginated = self.is_paginated(endpoint, query, paging)
        skip = set(self.paging_roles(paging).values()) if paginated else set()
        query_args = [self.query_arg(p, renames) for name, p in query.items() if name not in skip]
        header_args = [self.query_arg(p, renames) for p in endpoint.header_parameters]
        body_args, body_model = self.body(endpoint, renames)
        query_args += header_args  # passed as keywords, as the generated function takes them
        names = [a.name for a in path_args + query_args + body_args]
        if paginated:
            names += list(PAGINATOR_ARGS)
        clashes = sorted({n for n in names if names.count(n) > 1})
        if clashes:
            raise TableError(f"{operation_id}: arguments named twice: {', '.join(clashes)}")

        model, item, returns = self.answer(endpoint, paginated, paging["items"])
        name = entry.get("method") or default_method(operation_id, attribute, paginated)
        if keyword.iskeyword(name):
            name += "_"
        if not name.isidentifier():
            raise TableError(f"{operation_id}: {name!r} is not a Python name; name it in the table")
        return Method(
            operation_id=operation_id,
            name=name,
            module=str(endpoint.name),
            tag_module=tag_module,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            path_args=path_args,
            query_args=query_args,
            body_args=body_args,
            body_model=body_model,
            returns=returns,
            model=model,
            item=item,
            paging={
                role: str(query[raw].python_name)
                for role, raw in self.paging_roles(paging).items()
                if paginated and raw in query
            },
            items_field=paging["items"] if paginated else "",
            total=paging.get("total", "") if paginated else "",
            defaulted="method" not in entry,
        )

    def path_arg(self, prop: Property, renames: dict[str, str]) -> Arg:
        raw = _text(prop.name)
        kind = _type_of(prop)
        self._note(prop)
        # Ids the spec types as strings (external ids, site script ids) also take ints.
        as_str = kind == "str"
        return Arg(
            name=renames.get(raw, str(prop.python_name)),
            target=str(prop.python_name),
            type="int | str" if as_str else kind,
            required=True,
            description=_text(prop.description),
            convert="str" if as_str else "",
            allowed=self.allowed(prop),
        )

    def query_arg(self, prop: Property, renames: dict[str, str]) -> Arg:
        raw = _text(prop.name)
        bracketed = re.fullmatch(r"\w+\[(\w+)\]", raw)
        default = bracketed.group(1) if bracketed else str(prop.python_name)
        self._note(prop)
        return Arg(
            name=renames.get(raw, default),
            target=str(prop.python_name),
            type=_type_of(prop),
            required=prop.required,
            description=_text(prop.description),
            allowed=self.allowed(prop),
        )

    @staticmethod
    def body_fields(endpoint: Endpoint) -> list[str]:
        """The body's field names as the API spells them (``order_info[order_id]``)."""
        prop = endpoint.bodies[0].prop if endpoint.bodies else None
        if not isinstance(prop, ModelProperty) or prop.required_properties is None:
            return []
        fields = [*prop.required_properties, *(prop.optional_properties or [])]
        return [_text(f.name) for f in fields]

    def body(self, endpoint: Endpoint, renames: dict[str, str]) -> tuple[list[Arg], str | None]:
        if not endpoint.bodies:
            return [], None
        prop = endpoint.bodies[0].prop
        self._note(prop)
        if isinstance(prop, ModelProperty) and prop.required_properties is not None:
            fields = [*prop.required_properties, *(prop.optional_properties or [])]
            for f in fields:
                self._note(f)
            args = [
                Arg(
                    name=renames.get(_text(f.name), str(f.python_name)),
                    target=str(f.python_name),
                    type=_type_of(f),
                    required=f.required,
                    description=_text(f.description),
                    allowed=self.allowed(f),
                )
                for f in fields
            ]
            return args, str(prop.class_info.name)
        return [Arg("body", "body", _type_of(prop), True, "the request body")], None

    def paging(self, attribute: str) -> dict[str, str]:
        """The table's pagination settings, with the resource's own on top: ``page``, ``size``
        and ``cursor`` name query parameters, ``items`` the answer's list, ``total`` (a dotted
        path) where an answer counts every item (pages are then numbered from it)."""
        resource = (self.table.get("resources") or {}).get(attribute) or {}
        return {"items": "items", **self.pagination, **(resource.get("pagination") or {})}

    @staticmethod
    def paging_roles(paging: dict[str, str]) -> dict[str, str]:
        return {role: paging[role] for role in ("page", "size", "cursor") if paging.get(role)}

    def is_paginated(
        self, endpoint: Endpoint, query: dict[str, Property], paging: dict[str, str]
    ) -> bool:
        numbered = paging.get("page") in query and paging.get("size") in query
        cursored = paging.get("cursor") in query
        if endpoint.method != "get" or not (numbered or cursored):
            return False
        model = self.success(endpoint)
        return model is not None and self._items(model, paging["items"]) is not None

    def success(self, endpoint: Endpoint) -> ModelProperty | None:
        """The model of the lowest documented 2xx answer with one, if any."""
        for response in sorted(endpoint.responses, key=lambda r: r.status_code.pattern):
            if response.status_code.pattern.startswith("2") and isinstance(
                response.prop, ModelProperty
            ):
                return response.prop
        return None

    def _items(self, model: ModelProperty, name: str) -> ListProperty | None:
        for f in model.required_properties or []:
            if _text(f.name) == name and isinstance(f, ListProperty):
                return f
        return None

    def answer(
        self, endpoint: Endpoint, paginated: bool, items_field: str
    ) -> tuple[str | None, str | None, str]:
        """What the method returns: ``(model, item, "paginated" | "model")`` for a model answer,
        ``(type, None, "parsed")`` for another body (a list, say), ``(None, None, "none")``."""
        model = self.success(endpoint)
        if model is None:
            body = self.success_body(endpoint)
            if body is None:
                return None, None, "none"
            self._note(body)
            return _type_of(body), None, "parsed"
        self._note(model)
        if paginated:
            items = self._items(model, items_field)
            assert items is not None
            self._note(items)
            return str(model.class_info.name), _type_of(items.inner_property), "paginated"
        return str(model.class_info.name), None, "model"

    def success_body(self, endpoint: Endpoint) -> Any:
        """The parsed body of the lowest 2xx answer that has one and is not a model."""
        for response in sorted(endpoint.responses, key=lambda r: r.status_code.pattern):
            prop = response.prop
            if (
                response.status_code.pattern.startswith("2")
                and _code(prop.get_type_string()) not in ("Any", "None")
                and not isinstance(prop, ModelProperty)
            ):
                return prop
        return None

    def _note(self, prop: Any) -> None:
        _models_in(prop, self.models)


def render(
    doc: dict[str, Any], config_path: Path, table_path: Path, source_name: str, target: Path
) -> Rendered:
    """The resources module for one API (formatted as the rest of the overlay)."""
    table = yaml.safe_load(table_path.read_text(encoding="utf-8"))
    generator = Generator(doc, config_path, table)
    resources, new = generator.resources()
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    source = env.get_template("resources.py.jinja").render(
        package=generator.package,
        client_attribute=table.get("client", "generated"),
        client_module=table.get("client_module", "aiothinkific._client"),
        client_class=table.get("client_class", "Thinkific"),
        mixin=table["mixin"],
        title=_text(doc.get("info", {}).get("title")),
        source_name=source_name,
        table_name=table_path.name,
        resources=resources,
        models=sorted(generator.models),
        enum_values=sorted(generator.enum_values.items()),
        uses_datetime=any(
            "datetime." in a.type for r in resources for m in r.methods for a in m.args
        ),
        uses_file=any(
            re.search(r"\bFile\b", t)
            for r in resources
            for m in r.methods
            for t in [*(a.type for a in m.args), m.model or ""]
        ),
        uses_cast=any(m.returns == "parsed" for r in resources for m in r.methods),
        uses_counted=any(m.total for r in resources for m in r.methods),
        uses_builtins=any(
            "builtins." in t
            for r in resources
            for m in r.methods
            for t in [*(a.type for a in m.args), m.item or "", m.model or ""]
        ),
        uses_any=any(
            re.search(r"\bAny\b", t)
            for r in resources
            for m in r.methods
            for t in [*(a.type for a in m.args), m.item or "", m.model or ""]
        ),
    )
    formatted = _formatted(source, target)
    try:
        compile(formatted, str(target), "exec")
    except SyntaxError as error:  # a name the checks above missed: stop, never write it
        raise TableError(
            f"the module written for {source_name} does not compile: {error}"
        ) from None
    return Rendered(formatted, new)


def _formatted(source: str, target: Path) -> str:
    """The source as ruff (the pinned one beside this interpreter) formats ``target``, then
    checked by it as the overlay is: a module ruff finds fault with is never written. The
    target's path tells ruff which imports are the overlay's own."""

    def ruff(*args: str, text: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                str(Path(sys.executable).parent / "ruff"),
                *args,
                "--stdin-filename",
                str(target),
                "-",
            ],
            input=text,
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )

    fixed = ruff("check", "--fix-only", "--quiet", text=source).stdout
    formatted = ruff("format", "--quiet", text=fixed)
    if formatted.returncode != 0:
        raise TableError(f"the module written for {target.name} is not Python:\n{formatted.stderr}")
    lint = ruff("check", "--quiet", text=formatted.stdout)
    if lint.returncode != 0:
        raise TableError(f"the module written for {target.name} fails ruff:\n{lint.stdout}")
    return formatted.stdout
