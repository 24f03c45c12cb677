"""Tests of scripts/restore_spec.py: the spec it rebuilds from the whitespace-collapsed vendor text.

The collapsed copy lost every line break and indent, so each test pins down one thing the restorer
had to decide: that the result is the pinned text (the committed file while it is this revision),
that no token was lost or moved, that the document is well-formed OpenAPI, and how each place the
grammar alone leaves open was read. They test the restorer on its own input, so a later vendor
revision in spec/thinkific.yaml does not fail them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "restore_spec.py"
COLLAPSED = ROOT / "spec" / "vendor" / "thinkific.collapsed.txt"
SPEC = ROOT / "spec" / "thinkific.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SITE_SCRIPT_ERRORS = (
    "MissingInput",
    "InvalidSource",
    "MissingHMACHeaderForContentInput",
    "InvalidHMACHeaderForContentInput",
)


def load_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("restore_spec", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it executes
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rs() -> ModuleType:
    return load_module()


@pytest.fixture(scope="module")
def collapsed() -> str:
    return COLLAPSED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def restored(rs: ModuleType, collapsed: str) -> str:
    text: str = rs.restore(collapsed)
    return text


@pytest.fixture(scope="module")
def doc(restored: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(restored)
    return loaded


@pytest.fixture(scope="module")
def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"]
    return found


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
def walk(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any, Any]]:
    """Every (path to the mapping, key, value) entry in the tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from walk(value, (*path, n))


def refs(doc: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Every $ref in the document, with the path of the mapping that holds it."""
    return [(path, value) for path, key, value in walk(doc) if key == "$ref"]


def resolve_pointer(doc: dict[str, Any], ref: str) -> Any:
    """The node a local JSON pointer names; KeyError if there is none."""
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise KeyError(ref)
        node = node[part]
    return node


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def media_422(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    content: dict[str, Any] = doc["paths"][path][method]["responses"][422]["content"]
    return content


# ---------------------------------------------------------------------------------------------
# 1. reproducible
# ---------------------------------------------------------------------------------------------
def test_restore_is_the_pinned_text(rs: ModuleType, restored: str) -> None:
    assert hashlib.sha256(restored.encode("utf-8")).hexdigest() == rs.RESTORED_SHA256


def test_restore_matches_committed_spec_while_same_revision(
    rs: ModuleType, collapsed: str, restored: str
) -> None:
    spec = SPEC.read_text(encoding="utf-8")
    if not rs.same_revision(spec, collapsed):
        pytest.skip("spec/thinkific.yaml is a later vendor revision")
    assert restored == spec


def test_restore_is_deterministic(rs: ModuleType, collapsed: str, restored: str) -> None:
    assert rs.restore(collapsed) == restored


def test_check_passes_on_committed_spec(rs: ModuleType) -> None:
    assert rs.main(["--check"]) == 0


@pytest.fixture
def quick_restore(
    rs: ModuleType, collapsed: str, restored: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rs.restore answers the collapsed copy from the fixture: a restoration takes a second, and
    these tests are about the check around it."""
    real = rs.restore
    monkeypatch.setattr(rs, "restore", lambda text: restored if text == collapsed else real(text))


@pytest.mark.usefixtures("quick_restore")
def test_check_fails_on_altered_layout(rs: ModuleType, restored: str, tmp_path: Path) -> None:
    """Same revision (same tokens), other bytes: the spec must be the restoration."""
    out = tmp_path / "thinkific.yaml"
    out.write_text(restored, encoding="utf-8")
    assert rs.main(["--check", "--out", str(out)]) == 0
    out.write_text(restored.replace("title: Thinkific", "title:  Thinkific", 1), encoding="utf-8")
    assert out.read_text(encoding="utf-8") != restored
    assert rs.main(["--check", "--out", str(out)]) == 1
    assert rs.main(["--check", "--out", str(tmp_path / "missing.yaml")]) == 1


@pytest.fixture(scope="module")
def later_revision(doc: dict[str, Any]) -> str:
    """A different, already indented vendor revision, as a spec update would bring."""
    later = {**doc, "info": {**doc["info"], "version": "v2"}}
    later["paths"] = {
        **doc["paths"],
        "/ping": {"get": {"responses": {"200": {"description": "pong"}}}},
    }
    text: str = yaml.safe_dump(later, sort_keys=False, width=100)
    return text


def test_check_passes_after_a_spec_update(
    rs: ModuleType, later_revision: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Replacing spec/thinkific.yaml with another revision does not fail the restoration check:
    it still tests the restorer on its collapsed copy and says the spec is another revision."""
    out = tmp_path / "thinkific.yaml"
    out.write_text(later_revision, encoding="utf-8")
    capsys.readouterr()
    assert rs.main(["--check", "--out", str(out)]) == 0
    assert "thinkific.yaml is a different revision from thinkific.collapsed.txt" in (
        capsys.readouterr().out
    )


@pytest.mark.usefixtures("quick_restore")
def test_check_still_tests_the_restorer_after_a_spec_update(
    rs: ModuleType,
    restored: str,
    later_revision: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With another revision in place, a restorer whose output moved still fails: the pin, the
    tokens and the YAML are checked on the restoration itself."""
    out = tmp_path / "thinkific.yaml"
    out.write_text(later_revision, encoding="utf-8")
    assert rs.check(rs.DEFAULT_COLLAPSED, out) == []
    pinned = rs.RESTORED_SHA256
    monkeypatch.setattr(rs, "RESTORED_SHA256", "0" * 64)
    [problem] = rs.check(rs.DEFAULT_COLLAPSED, out)
    assert problem.startswith("the restoration of thinkific.collapsed.txt changed")
    assert rs.main(["--check", "--out", str(out)]) == 1
    monkeypatch.setattr(rs, "RESTORED_SHA256", pinned)
    monkeypatch.setattr(rs, "restore", lambda text: text)  # the right tokens, but no YAML
    [_, problem] = rs.check(rs.DEFAULT_COLLAPSED, out)
    assert problem.startswith("the restoration is not valid YAML")
    monkeypatch.setattr(rs, "restore", lambda text: restored.replace("  version: v1\n", "", 1))
    [_, problem] = rs.check(rs.DEFAULT_COLLAPSED, out)
    assert problem == "the restoration has not exactly the tokens of thinkific.collapsed.txt"


def test_main_never_overwrites_another_revision(
    rs: ModuleType, later_revision: str, tmp_path: Path
) -> None:
    out = tmp_path / "thinkific.yaml"
    out.write_text(later_revision, encoding="utf-8")
    assert rs.main(["--out", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == later_revision


def test_main_writes_out_from_collapsed(rs: ModuleType, tmp_path: Path) -> None:
    collapsed = tmp_path / "collapsed.txt"
    collapsed.write_text(
        "openapi: 3.0.1 info: title: T version: v1 paths: /a: get: responses: 200: description: ok",
        encoding="utf-8",
    )
    out = tmp_path / "sub" / "out.yaml"
    assert rs.main(["--collapsed", str(collapsed), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == rs.restore(collapsed.read_text(encoding="utf-8"))
    assert rs.main(["--check", "--collapsed", str(collapsed), "--out", str(out)]) == 0
    assert rs.main(["--collapsed", str(collapsed), "--out", str(out)]) == 0  # same revision


# ---------------------------------------------------------------------------------------------
# 2. tokens
# ---------------------------------------------------------------------------------------------
def test_tokens_are_the_collapsed_copys(collapsed: str, restored: str) -> None:
    assert restored.split() == collapsed.split()


# ---------------------------------------------------------------------------------------------
# 3. parses, and every $ref resolves
# ---------------------------------------------------------------------------------------------
def test_parses_as_openapi_3_0_1(doc: dict[str, Any]) -> None:
    assert isinstance(doc, dict)
    assert doc["openapi"] == "3.0.1"
    assert list(doc) == [
        "openapi",
        "info",
        "externalDocs",
        "servers",
        "security",
        "tags",
        "paths",
        "components",
    ]
    assert doc["info"]["version"] == "v1"


def test_every_ref_resolves(doc: dict[str, Any]) -> None:
    all_refs = refs(doc)
    assert len(all_refs) == 282
    unresolved = set()
    for _, ref in all_refs:
        try:
            resolve_pointer(doc, ref)
        except KeyError:
            unresolved.add(ref)
    assert unresolved == set()


def test_site_script_error_refs_point_at_examples_filed_under_responses(
    doc: dict[str, Any],
) -> None:
    """The vendor filed four Example objects under components/responses/SiteScriptPutPostError
    and refers to them from the `examples` of the site-script 422 responses. As pointers they
    resolve (the restorer kept them where the vendor put them); what they resolve to is an Example
    object, and SiteScriptPutPostError itself is no Response object (no description, no content).
    """
    prefix = "#/components/responses/SiteScriptPutPostError/"
    into = [(path, ref) for path, ref in refs(doc) if ref.startswith(prefix)]
    assert {ref for _, ref in into} == {prefix + name for name in SITE_SCRIPT_ERRORS}
    assert len(into) == 8  # POST /site_scripts and PUT /site_scripts/{id}, four each
    for path, ref in into:
        assert path[0] == "paths" and path[1] in ("/site_scripts", "/site_scripts/{id}")
        assert path[3:] == (
            "responses",
            422,
            "content",
            "application/json",
            "examples",
            ref.rsplit("/", 1)[1],
        )
        assert set(resolve_pointer(doc, ref)) == {"value"}
    holder = doc["components"]["responses"]["SiteScriptPutPostError"]
    assert "description" not in holder and "content" not in holder
    other_refs = [
        ref
        for _, ref in refs(doc)
        if ref.startswith("#/components/responses/") and not ref.startswith(prefix)
    ]
    for ref in other_refs:
        assert "description" in resolve_pointer(doc, ref)


# ---------------------------------------------------------------------------------------------
# 4. counts
# ---------------------------------------------------------------------------------------------
def test_operation_path_and_tag_counts(doc: dict[str, Any]) -> None:
    ops = operations(doc)
    assert len(ops) == 77
    assert len(doc["paths"]) == 50
    assert all(path.startswith("/") for path in doc["paths"])
    declared = [tag["name"] for tag in doc["tags"]]
    used = {tag for _, _, op in ops for tag in op["tags"]}
    assert len(declared) == len(set(declared)) == 21
    assert used == set(declared)
    ids = [op["operationId"] for _, _, op in ops if "operationId" in op]
    assert len(ids) == len(set(ids)) == 73  # the vendor left four operations without one


def test_path_items_hold_only_operations_and_parameters(doc: dict[str, Any]) -> None:
    for path, item in doc["paths"].items():
        assert set(item) <= {*HTTP_METHODS, "parameters"}, path


def test_codegen_extension_sits_on_operations(doc: dict[str, Any]) -> None:
    holders = [path for path, key, _ in walk(doc) if key == "x-codegen-request-body-name"]
    assert len(holders) == 17
    for path in holders:
        assert len(path) == 3 and path[0] == "paths" and path[2] in HTTP_METHODS, path


# ---------------------------------------------------------------------------------------------
# 5. the ambiguous places
# ---------------------------------------------------------------------------------------------
def test_order_created_at_is_one_key(rs: ModuleType, schemas: dict[str, Any]) -> None:
    """`... example: complete created at: type: string` reads either as the status example
    "complete created" plus a property `at`, or as the example "complete" plus a property
    `created at`. The property's description ("The date/time that the Order was created.") and
    the order statuses the API returns settle it: `created at` is one key (a vendor typo of
    `created_at`), the status example is "complete". It is the only key with a space."""
    props = schemas["OrderResponse"]["properties"]
    assert props["status"]["example"] == "complete"
    assert props["created at"] == {
        "type": "string",
        "description": "The date/time that the Order was created.",
    }
    assert "at" not in props
    assert list(props)[-3:] == ["status", "created at", "id"]
    assert rs.EXPLICIT_DECISIONS["multi_word_keys"] == frozenset({"created at"})


def test_no_other_multi_word_keys(doc: dict[str, Any]) -> None:
    """Only the one explicit decision introduces a key with a space."""
    spaced = [(path, key) for path, key, _ in walk(doc) if isinstance(key, str) and " " in key]
    assert spaced == [(("components", "schemas", "OrderResponse", "properties"), "created at")]


def test_error_not_found_example_on_object(schemas: dict[str, Any]) -> None:
    """`example: error: Record not found.` follows the string property `error`. A mapping is no
    example of a string, so it can only illustrate the object schema; the sibling error schemas
    (ErrorForbiddenAppsNotAvailable, ...) are written the same way."""
    schema = schemas["ErrorNotFound"]
    assert schema["type"] == "object"
    assert schema["example"] == {"error": "Record not found."}
    assert schema["properties"]["error"] == {
        "type": "string",
        "description": "item not found error",
    }
    forbidden = schemas["ErrorForbiddenAppsNotAvailable"]
    assert "example" in forbidden and "example" not in forbidden["properties"]["error"]


def test_pagination_description_on_schema(schemas: dict[str, Any]) -> None:
    """`entries_info` already has `description: Entries info` when the second `description:
    Pagination metadata` arrives; a mapping cannot hold a key twice, and the `properties` map
    would take it only as a property (a schema, not a string), so it closes back to Pagination."""
    pagination = schemas["Pagination"]
    assert pagination["description"] == "Pagination metadata"
    assert pagination["properties"]["entries_info"] == {
        "type": "string",
        "description": "Entries info",
        "example": "1-10 of 10",
    }
    assert "description" not in pagination["properties"]


def test_keyword_named_properties(schemas: dict[str, Any]) -> None:
    """Inside `properties` a key names a property whatever it is called: a `description:` whose
    value is a mapping (`type: string ...`) is a property schema, not the keyword (which takes a
    string). Same for CollectionResponse's boolean `default` property."""
    product = schemas["ProductResponse"]
    assert product["properties"]["description"]["type"] == "string"
    assert "description" not in product
    collection = schemas["CollectionResponse"]
    assert collection["properties"]["default"]["type"] == "boolean"
    assert "default" not in collection


@pytest.mark.parametrize("method", ["post", "put"])
def test_bundle_enrollment_request_required_and_example(doc: dict[str, Any], method: str) -> None:
    """`required: [user_id]` and `example: user_id: 1 ...` follow `expiry_date`'s `format`. A
    property of type string takes neither a required list (object keyword) nor a mapping example:
    `required` belongs to the inline object schema. That schema has no description of its own, a
    bare type, so the example after it is the media type's (beside `schema`), as the vendor wrote
    it; it lists all three properties."""
    media = doc["paths"]["/bundles/{id}/enrollments"][method]["requestBody"]["content"][
        "application/json"
    ]
    assert list(media) == ["schema", "example"]
    schema = media["schema"]
    assert list(schema) == ["type", "properties", "required"]
    assert schema["required"] == ["user_id"]
    assert media["example"] == {
        "user_id": 1,
        "activated_at": "2015-08-26T03:33:33.723Z",
        "expiry_date": "2016-08-26T03:33:33.723Z",
    }
    assert set(media["example"]) == set(schema["properties"])
    assert schema["properties"]["expiry_date"] == {
        "type": "string",
        "description": "The date/time at which the Enrollment should be expired. If not "
        "provided, the Enrollment does not expire.",
        "format": "date-time",
    }


def test_bundle_enrollment_filter_examples_on_parameters(doc: dict[str, Any]) -> None:
    """`- name: query[email] in: query description: ... schema: type: string example: ...`: the
    description is the parameter's and its schema a bare type, so the example after the schema is
    the Parameter object's (name, in, description, schema, example), for all fourteen filters."""
    params = doc["paths"]["/bundles/{id}/enrollments"]["get"]["parameters"]
    assert [p["name"] for p in params[:3]] == ["id", "page", "limit"]
    filters = params[3:]
    assert len(filters) == 14
    for param in filters:
        assert list(param) == ["name", "in", "description", "schema", "example"], param["name"]
        assert set(param["schema"]) <= {"type", "format"}, param["name"]
    examples = {p["name"]: p["example"] for p in filters}
    assert examples.pop("query[user_id]") == 123
    assert examples.pop("query[email]") == "user@example.com"
    assert set(examples.values()) == {"2021-04-27"}
    assert all(p["schema"] == {"type": "string", "format": "date-time"} for p in filters[2:])


@pytest.mark.parametrize(
    ("path", "method"),
    [
        ("/users/{id}", "get"),
        ("/users/{id}", "put"),
        ("/users/{id}", "delete"),
        ("/users/{id}/authentications/{provider}", "get"),
    ],
)
def test_provider_example_on_its_described_schema(
    doc: dict[str, Any], path: str, method: str
) -> None:
    """The counter-example: `provider`'s schema has a description of its own (`schema: type: string
    enum: [...] description: Provider that creates the user ... example: SSO`), so it is
    documented as a schema and the example after its description is the schema's."""
    params = [p for p in doc["paths"][path][method]["parameters"] if p["name"] == "provider"]
    assert len(params) == 1
    param = params[0]
    assert "example" not in param
    assert list(param["schema"]) == ["type", "enum", "description", "example"]
    assert param["schema"]["example"] == "SSO"


def test_external_order_id_example_stays_with_its_property(doc: dict[str, Any]) -> None:
    """A bare own schema gives up only an example written right after it: inside its
    `properties`, `id: type: number example: 1` is the property's."""
    media = doc["paths"]["/external_orders"]["post"]["responses"][201]["content"][
        "application/json"
    ]
    assert list(media) == ["schema"]
    assert media["schema"]["properties"] == {"id": {"type": "number", "example": 1}}


def test_administered_course_ids_example_inside_items(schemas: dict[str, Any]) -> None:
    """`administered_course_ids: type: array description: ... items: type: number example: [10,
    20, 30]`: the list example follows the items' `type`, and the vendor's text has it there,
    inside `items` (a slip the spec patch moves to the array). Only mapping data is bounded by a
    schema's type (its keys name properties); a list stays with the innermost schema."""
    prop = schemas["UserResponse"]["properties"]["administered_course_ids"]
    assert prop == {
        "type": "array",
        "description": "User's administered course ids",
        "items": {"type": "number", "example": [10, 20, 30]},
    }


def test_site_scripts_list_example_on_items_then_meta(schemas: dict[str, Any]) -> None:
    """The list example comes right after `items: $ref: SiteScriptResponse`. A `$ref` stands alone,
    so the `example:` belongs to the `items` array property; its entries are SiteScriptResponse
    data, whose `description` keys are fields of the data, not schema keywords. `meta:` is not a
    SiteScriptResponse field, so the example ends there and `meta` is the next property."""
    schema = schemas["GetSiteScriptsResponse"]
    assert schema["required"] == ["items", "meta"]
    assert list(schema["properties"]) == ["items", "meta"]
    items = schema["properties"]["items"]
    assert items["type"] == "array"
    assert items["items"] == {"$ref": "#/components/schemas/SiteScriptResponse"}
    example = items["example"]
    assert isinstance(example, list) and len(example) == 2
    response_fields = set(schemas["SiteScriptResponse"]["properties"])
    for entry in example:
        assert isinstance(entry, dict)
        assert entry["description"].startswith("MyApp's Tracking Script runs")
        assert set(entry) <= response_fields
        assert "meta" not in entry
    assert [entry["id"] for entry in example] == [
        "123e4567-e89b-12d3-a456-426614174000",
        "123e4567-e89b-12d3-a456-426614174999",
    ]
    assert schema["properties"]["meta"] == {"$ref": "#/components/schemas/Meta"}


def test_example_value_holds_description(doc: dict[str, Any]) -> None:
    """In `value: content: ... name: ... description: ...` the `description` is a SiteScript
    field (the request requires it) sitting between `name` and `page_scopes`, not the Example
    object's own description."""
    example = doc["components"]["examples"]["SiteScriptWithContentRequest"]
    assert list(example) == ["summary", "value"]
    value = example["value"]
    assert list(value)[:4] == ["content", "name", "description", "page_scopes"]
    assert value["description"].startswith("MyApp's Tracking Script runs")
    assert value["page_scopes"] == ["landing_pages", "course_player"]


def test_site_script_put_post_error_siblings(doc: dict[str, Any]) -> None:
    """The four named error examples are siblings under SiteScriptPutPostError (the refs name
    them there), each an Example with `value: errors: base: [message]`; none nests in another's
    value."""
    holder = doc["components"]["responses"]["SiteScriptPutPostError"]
    assert list(holder) == list(SITE_SCRIPT_ERRORS)
    messages = {name: entry["value"]["errors"]["base"] for name, entry in holder.items()}
    for name, entry in holder.items():
        assert list(entry) == ["value"], name
        assert list(entry["value"]) == ["errors"], name
        assert list(entry["value"]["errors"]) == ["base"], name
    assert messages == {
        "MissingInput": ["must provide one of: src or content"],
        "InvalidSource": ["the source of the script must match the app's domain"],
        "MissingHMACHeaderForContentInput": ["Missing header `HMAC-SHA256-SIGNATURE`"],
        "InvalidHMACHeaderForContentInput": ["Invalid header `HMAC-SHA256-SIGNATURE`"],
    }


@pytest.mark.parametrize(
    ("path", "method", "errors"),
    [
        ("/collections", "post", {"name": ["can't be blank"]}),
        ("/coupons", "post", {"code": ["Can't be blank"]}),
        ("/coupons/{id}", "put", {"code": ["Can't be blank"]}),
    ],
)
def test_unprocessable_entity_content_entry(
    doc: dict[str, Any],
    path: str,
    method: str,
    errors: dict[str, list[str]],
) -> None:
    """`UnprocessableEntity: example: ...` follows the `schema: $ref` of application/json. It is
    no MediaType field and a `$ref` stands alone, so the nearest map that can take a name is
    `content`: the vendor's mistake is kept where it was written (the spec patch repairs it),
    and `x-codegen-request-body-name` then closes back to the operation."""
    content = media_422(doc, path, method)
    assert list(content) == ["application/json", "UnprocessableEntity"]
    assert content["application/json"] == {
        "schema": {"$ref": "#/components/schemas/UnprocessableEntityError"},
    }
    assert content["UnprocessableEntity"] == {"example": {"errors": errors}}
    op = doc["paths"][path][method]
    assert op["x-codegen-request-body-name"] == "body"
    assert list(op)[-1] == "x-codegen-request-body-name"


def test_only_those_three_content_entries_are_not_media_types(doc: dict[str, Any]) -> None:
    odd = []
    for path, method, op in operations(doc):
        bodies = [op.get("requestBody", {}), *op["responses"].values()]
        for body in bodies:
            odd += [(path, method, name) for name in body.get("content", {}) if "/" not in name]
    assert sorted(odd) == [
        ("/collections", "post", "UnprocessableEntity"),
        ("/coupons", "post", "UnprocessableEntity"),
        ("/coupons/{id}", "put", "UnprocessableEntity"),
    ]


def test_status_codes_at_responses_level(doc: dict[str, Any]) -> None:
    """`404:` right after the 422 example `errors: - user_ids: ...` could continue that data, but
    a status code is a name the `responses` map is made for, and the example is bounded by its
    UnprocessableEntityError schema, which has no such field."""
    responses = doc["paths"]["/groups/{group_id}/analysts"]["get"]["responses"]
    assert list(responses) == [200, 403, 422, 404]
    assert responses[422]["content"]["application/json"]["example"] == {
        "errors": [{"user_ids": "Invalid user IDs: 1"}],
    }
    assert responses[404]["description"] == "Not Found"
    assert responses[404]["content"]["application/json"] == {
        "schema": {"$ref": "#/components/schemas/ErrorNotFound"},
        "example": {"error": [{"group_id": "Could not find group with ID 1."}]},
    }


def test_every_status_code_key_is_under_responses(doc: dict[str, Any]) -> None:
    codes = [
        (path, key)
        for path, key, _ in walk(doc)
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit())
    ]
    assert len(codes) == 225
    assert all(path[-1] == "responses" for path, _ in codes)
    for _, _, op in operations(doc):
        assert op["responses"]
        assert all(isinstance(code, int) and 100 <= code <= 599 for code in op["responses"])


def test_literal_block_description_keeps_lines(schemas: dict[str, Any]) -> None:
    """`description: |` runs until a key its schema can take: the markdown table stays in the
    text, one row a line, and `example:` (a list, so a sibling of the array schema's keywords)
    follows it."""
    for name in ("SiteScriptRequest", "SiteScriptResponse"):
        scopes = schemas[name]["properties"]["page_scopes"]
        assert list(scopes) == ["type", "description", "example", "items"], name
        lines = scopes["description"].splitlines()
        assert lines[0] == (
            "An array of page and domain identifiers that the Site Script should be injected onto."
        )
        assert "| checkout | checkout_thankyou_page |" in lines
        assert "| Page Grouping | Page Identifiers Included |" in lines
        assert "| all | all page identifiers listed above |" in lines
        assert "example:" not in scopes["description"]
        assert scopes["example"] == ["landing_pages", "course_player"]
        assert scopes["items"]["type"] == "string"
        assert len(scopes["items"]["enum"]) == 13


@pytest.mark.parametrize(
    ("path", "method", "first", "last"),
    [
        ("/site_scripts", "post", "Create Site Script request body", "`content` attribute"),
        ("/site_scripts/{id}", "put", "Update Site Script request body", "`content` attribute."),
    ],
)
def test_literal_block_request_descriptions(
    doc: dict[str, Any], path: str, method: str, first: str, last: str
) -> None:
    """The request-body blocks end at `content:`, which the RequestBody takes as a map of media
    types; `required: true` after it closes back to the RequestBody too."""
    body = doc["paths"][path][method]["requestBody"]
    assert list(body) == ["description", "content", "required"]
    text = body["description"]
    assert text.startswith(first)
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert " ".join(text.split()).endswith(f"examples with `src` or {last}")
    assert "content:" not in text and "application/json" not in text
    assert list(body["content"]) == ["application/json"]
    assert body["required"] is True


def test_top_level_security(doc: dict[str, Any]) -> None:
    """`security: - OAuthAccessToken: [] - ApiKey: [] ApiKeySubdomain: []`: a dash opens a new
    requirement, a key without one joins the current one, so ApiKey and ApiKeySubdomain are
    required together (the subdomain travels with the key)."""
    assert doc["security"] == [
        {"OAuthAccessToken": []},
        {"ApiKey": [], "ApiKeySubdomain": []},
    ]
    names = {name for requirement in doc["security"] for name in requirement}
    assert names == set(doc["components"]["securitySchemes"])


# ---------------------------------------------------------------------------------------------
# the restorer on small synthetic documents
# ---------------------------------------------------------------------------------------------
def restore_small(rs: ModuleType, text: str) -> dict[str, Any]:
    out = rs.restore(text)
    assert out.split() == text.split()
    loaded: dict[str, Any] = yaml.safe_load(out)
    return loaded


def test_small_document(rs: ModuleType) -> None:
    doc = restore_small(
        rs,
        "openapi: 3.0.1 info: title: T version: v1 paths: /a: get: responses: 200: description: ok",
    )
    assert doc == {
        "openapi": "3.0.1",
        "info": {"title": "T", "version": "v1"},
        "paths": {"/a": {"get": {"responses": {200: {"description": "ok"}}}}},
    }
    assert doc["paths"]["/a"]["get"]["responses"][200]["description"] == "ok"


def test_small_dashes_inside_scalars(rs: ModuleType) -> None:
    doc = restore_small(
        rs,
        "openapi: 3.0.1 info: title: T description: Pick one - or the other - not both "
        "version: v1 paths: /a: get: summary: A - B responses: 200: description: ok - fine",
    )
    assert doc["info"]["description"] == "Pick one - or the other - not both"
    assert doc["info"]["version"] == "v1"
    assert doc["paths"]["/a"]["get"]["summary"] == "A - B"
    assert doc["paths"]["/a"]["get"]["responses"][200]["description"] == "ok - fine"


def test_small_lists_statuses_and_schema_example(rs: ModuleType) -> None:
    doc = restore_small(
        rs,
        "openapi: 3.0.1 info: title: T version: v1 paths: /a: get: tags: - X - Y "
        "responses: 200: description: ok 404: description: nope components: schemas: "
        "Thing: type: object properties: name: type: string description: The name "
        "example: name: foo",
    )
    get = doc["paths"]["/a"]["get"]
    assert get["tags"] == ["X", "Y"]
    assert get["responses"] == {200: {"description": "ok"}, 404: {"description": "nope"}}
    thing = doc["components"]["schemas"]["Thing"]
    assert thing["properties"] == {"name": {"type": "string", "description": "The name"}}
    assert thing["example"] == {"name": "foo"}


def test_small_example_after_a_bare_own_schema(rs: ModuleType) -> None:
    """The rule on its own: after a Parameter's or media type's own schema that has no
    description, `example` is the Parameter's or media type's; after one with a description it
    is the schema's; inside `properties` it is the property's."""
    doc = restore_small(
        rs,
        "openapi: 3.0.1 info: title: T version: v1 paths: /a: post: parameters: "
        "- name: q in: query description: Q schema: type: string example: x "
        "- name: r in: query schema: type: string description: R example: y "
        "requestBody: content: application/json: schema: type: object properties: "
        "n: type: number example: 1 example: n: 2 responses: 200: description: ok",
    )
    post = doc["paths"]["/a"]["post"]
    q, r = post["parameters"]
    assert q["schema"] == {"type": "string"}
    assert q["example"] == "x"
    assert r["schema"] == {"type": "string", "description": "R", "example": "y"}
    assert "example" not in r
    media = post["requestBody"]["content"]["application/json"]
    assert media["schema"]["properties"] == {"n": {"type": "number", "example": 1}}
    assert media["example"] == {"n": 2}


def test_small_malformed_document_raises(rs: ModuleType) -> None:
    """`paths` must hold path items named "/..."; with no place for it the restorer refuses."""
    with pytest.raises(SyntaxError, match="no place for key 'paths'"):
        rs.restore("openapi: 3.0.1 info: title: T version: v1 paths: nope: - 1")
