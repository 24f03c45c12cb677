"""The spec patch: every action applies; the result is valid OpenAPI whose data fits its schemas."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from conftest import ROOT
from lint_spec import lint
from openapi_spec_validator import OpenAPIV30SpecValidator
from spec_overlay import OverlayError, apply_overlay, load_yaml, patched_spec

METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def patched() -> dict[str, Any]:
    doc, _ = patched_spec("thinkific.yaml")
    return doc


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (m, p, op) for p, item in doc["paths"].items() for m, op in item.items() if m in METHODS
    ]


def overlay_of(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "actions": list(actions)}


def test_patched_spec_is_valid_openapi(patched: dict[str, Any]) -> None:
    errors = [e.message for e in OpenAPIV30SpecValidator(patched).iter_errors()]
    assert errors == []


def test_vendor_spec_is_not_valid_and_the_lint_finds_its_defects() -> None:
    """The checks can fail: the unpatched text trips both of them."""
    vendor = load_yaml(ROOT / "spec" / "thinkific.yaml")
    keys_only = overlay_of(
        {
            "target": "$.paths.*.*.responses",
            "x-keys-to-strings": True,
            "description": "string keys so the validator can walk it",
        }
    )
    apply_overlay(vendor, keys_only, "test")
    assert list(OpenAPIV30SpecValidator(vendor).iter_errors())
    findings = lint(vendor)
    assert len(findings) > 50
    assert any("ProductPriceResponse/properties/label" in f.pointer for f in findings)


def test_lint_finds_nothing_in_the_patched_spec(patched: dict[str, Any]) -> None:
    assert [str(f) for f in lint(patched)] == []


def test_lint_reports_a_bad_example_and_a_bad_default(patched: dict[str, Any]) -> None:
    doc = copy.deepcopy(patched)
    doc["components"]["schemas"]["Pagination"]["properties"]["total_items"]["example"] = "many"
    doc["paths"]["/users"]["get"]["parameters"][0]["schema"]["default"] = "first"
    pointers = {f.pointer for f in lint(doc)}
    assert "/components/schemas/Pagination/properties/total_items/example" in pointers
    assert "/paths/~1users/get/parameters/0/schema/default" in pointers


def test_every_operation_has_a_unique_operation_id(patched: dict[str, Any]) -> None:
    ids = [op.get("operationId") for _, _, op in operations(patched)]
    vendor = load_yaml(ROOT / "spec" / "thinkific.yaml")
    assert len(ids) == len(operations(vendor))  # the patches add and remove no operation
    assert None not in ids
    assert len(set(ids)) == len(ids)


def test_response_codes_are_strings(patched: dict[str, Any]) -> None:
    codes = {code for _, _, op in operations(patched) for code in op["responses"]}
    assert codes and all(isinstance(code, str) for code in codes)


def test_ids_pages_and_limits_are_integers(patched: dict[str, Any]) -> None:
    for method, path, op in operations(patched):
        for parameter in op.get("parameters", []):
            assert parameter["schema"]["type"] != "number", (method, path, parameter["name"])
            if parameter["name"] == "page":
                assert parameter["schema"]["default"] == 1
            if parameter["name"] == "limit":
                assert parameter["schema"]["default"] == 25
    for name, schema in patched["components"]["schemas"].items():
        for prop, definition in schema.get("properties", {}).items():
            if prop == "id" or prop.endswith("_id"):
                assert definition.get("type") in ("integer", "string"), (name, prop)


def test_fields_the_api_returns_as_null_are_nullable(patched: dict[str, Any]) -> None:
    schemas = patched["components"]["schemas"]
    assert schemas["UserResponse"]["properties"]["bio"]["nullable"] is True
    assert schemas["UserResponse"]["properties"]["company"]["nullable"] is True
    assert schemas["EnrollmentResponse"]["properties"]["expiry_date"]["nullable"] is True
    assert schemas["EnrollmentResponse"]["properties"]["completed_at"]["nullable"] is True
    assert schemas["ProductPriceResponse"]["properties"]["label"]["nullable"] is True
    assert schemas["Pagination"]["properties"]["next_page"]["nullable"] is True


def test_site_script_error_examples_moved_to_components_examples(patched: dict[str, Any]) -> None:
    assert "SiteScriptPutPostError" not in patched["components"].get("responses", {})
    examples = patched["paths"]["/site_scripts"]["post"]["responses"]["422"]["content"][
        "application/json"
    ]["examples"]
    for ref in examples.values():
        name = ref["$ref"].rsplit("/", 1)[-1]
        assert ref["$ref"].startswith("#/components/examples/")
        assert "errors" in patched["components"]["examples"][name]["value"]


def test_an_action_whose_target_matches_nothing_fails_loudly() -> None:
    doc = {"openapi": "3.0.1", "paths": {}}
    with pytest.raises(OverlayError, match=r"matches nothing.*moved"):
        apply_overlay(
            doc,
            overlay_of({"target": "$.paths['/gone'].get", "remove": True, "description": "moved"}),
            "test.overlay.yaml",
        )


def test_an_invalid_target_names_the_action() -> None:
    with pytest.raises(OverlayError, match=r"action 1: target .* is not valid JSONPath"):
        apply_overlay(
            {"a": {}},
            overlay_of({"target": "$.a[Unquoted]", "update": {"b": 1}, "description": "why"}),
            "test",
        )


def test_list_responses_require_items_and_meta(patched: dict[str, Any]) -> None:
    schemas = patched["components"]["schemas"]
    for name, schema in schemas.items():
        if name.startswith("Get") and {"items", "meta"} <= set(schema.get("properties", {})):
            assert {"items", "meta"} <= set(schema.get("required", [])), name


def test_an_action_needs_a_reason() -> None:
    with pytest.raises(OverlayError, match="description"):
        apply_overlay({"a": {}}, overlay_of({"target": "$.a", "update": {"b": 1}}), "test")


def test_update_merges_objects_and_appends_to_lists_remove_deletes() -> None:
    doc: dict[str, Any] = {"a": {"b": {"c": 1, "d": 2}, "list": [1]}, "gone": {"x": 1}}
    applied = apply_overlay(
        doc,
        overlay_of(
            {"target": "$.a", "update": {"b": {"c": 10}, "e": 3}, "description": "merge"},
            {"target": "$.a.list", "update": 2, "description": "append"},
            {"target": "$.gone", "remove": True, "description": "remove"},
        ),
        "test",
    )
    assert doc == {"a": {"b": {"c": 10, "d": 2}, "list": [1, 2], "e": 3}}
    assert [a.matches for a in applied] == [1, 1, 1]


def test_keys_to_strings_keeps_order() -> None:
    doc = {"r": {200: "ok", "default": "other", 404: "missing"}}
    apply_overlay(
        doc,
        overlay_of({"target": "$.r", "x-keys-to-strings": True, "description": "codes"}),
        "test",
    )
    assert list(doc["r"].items()) == [("200", "ok"), ("default", "other"), ("404", "missing")]
