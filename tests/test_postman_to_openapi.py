"""scripts/postman_to_openapi.py: the ThriveCart collection becomes an OpenAPI document that
states what the collection states, the same bytes every run; the overlay makes it a spec whose
data fits its schemas."""

from __future__ import annotations

import json
from typing import Any

import postman_to_openapi as converter
import pytest
import yaml
from conftest import ROOT
from lint_spec import lint
from openapi_spec_validator import OpenAPIV30SpecValidator
from spec_overlay import overlaid

COLLECTION = ROOT / "spec" / "vendor" / "thrivecart.postman_collection.json"
METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def collection() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(COLLECTION.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def converted(collection: dict[str, Any]) -> dict[str, Any]:
    return converter.convert(collection)


def request_count(items: list[dict[str, Any]]) -> int:
    return sum(request_count(i["item"]) if "item" in i else 1 for i in items)


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (m, p, op) for p, item in doc["paths"].items() for m, op in item.items() if m in METHODS
    ]


def test_every_request_becomes_one_operation(
    collection: dict[str, Any], converted: dict[str, Any]
) -> None:
    assert len(operations(converted)) == request_count(collection["item"])
    assert converted["servers"] == [{"url": "https://thrivecart.com/api/external"}]
    assert converted["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


def test_the_committed_conversion_is_what_the_converter_writes(collection: dict[str, Any]) -> None:
    """Byte for byte, on every run (scripts/regenerate --check relies on it)."""
    first = converter.dump(converter.convert(collection))
    again = converter.dump(converter.convert(json.loads(json.dumps(collection))))
    assert first == again
    assert (ROOT / "spec" / "thrivecart.yaml").read_text(encoding="utf-8") == first


def test_raw_url_placeholders_and_query_strings_become_parameters(
    converted: dict[str, Any],
) -> None:
    product = converted["paths"]["/products/{product_id}"]["get"]
    assert product["parameters"][0] == {
        "name": "product_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
    }
    search = {p["name"]: p for p in converted["paths"]["/transactions"]["get"]["parameters"]}
    assert search["page"]["example"] == "1"
    assert "example" not in search["query"]  # query= sent empty
    assert search["currency"] == {"name": "currency", "in": "query", "schema": {"type": "string"}}
    assert search["X-TC-Mode"]["in"] == "header"


def test_bodies_keep_their_encoding_and_keys(converted: dict[str, Any]) -> None:
    paths = converted["paths"]
    form = paths["/cancelSubscription"]["post"]["requestBody"]["content"]
    assert set(form["application/x-www-form-urlencoded"]["schema"]["properties"]) == {
        "order_id",
        "subscription_id",
    }
    multipart = paths["/students"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert {"tags[]", "order_info[order_id]"} <= set(multipart["schema"]["properties"])
    raw = paths["/subscribe"]["post"]["requestBody"]["content"]["application/json"]
    assert raw["example"]["trigger_fields"] == {"mode_int": 2}


def test_saved_responses_become_examples_and_headers(converted: dict[str, Any]) -> None:
    students = converted["paths"]["/students"]["post"]["responses"]
    assert set(students) == {"200", "400"}
    assert len(students["200"]["content"]["application/json"]["examples"]) == 4
    assert "X-ThriveCart-RequestID" in students["200"]["headers"]
    # A request the collection saves no answer for gets a placeholder the overlay replaces.
    favorite = converted["paths"]["/affiliates/{affiliate_id}/favorite"]["post"]["responses"]
    assert list(favorite) == ["default"]


def test_html_descriptions_become_plain_text() -> None:
    text = converter.plain_text(
        '<p>Use <code>event</code> &amp; see <a href="https://x.test/">docs</a>.</p><ul><li>a</li>'
        "</ul>"
    )
    assert text == "Use `event` & see docs (https://x.test/).\n\n- a"


@pytest.mark.parametrize(
    ("collection", "problem"),
    [
        ({"info": {"schema": "v1"}, "item": []}, "not a Postman v2 collection"),
        (
            {
                "info": {"schema": "https://schema.getpostman.com/json/collection/v2.0.0/"},
                "item": [
                    {"name": "a", "request": {"method": "GET", "url": "https://a.test/x"}},
                    {"name": "b", "request": {"method": "GET", "url": "https://b.test/y"}},
                ],
            },
            "requests on several hosts",
        ),
        (
            {
                "info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/"},
                "item": [{"name": "a", "request": {"method": "GET"}}],
            },
            "has no URL",
        ),
    ],
)
def test_unreadable_collections_are_refused_with_the_reason(
    collection: dict[str, Any], problem: str
) -> None:
    with pytest.raises(converter.ConversionError, match=problem):
        converter.convert(collection)


def test_the_patched_spec_is_valid_and_its_data_fits_its_schemas(
    converted: dict[str, Any],
) -> None:
    doc, applied = overlaid(yaml.safe_load(converter.dump(converted)), "thrivecart.yaml")
    assert all(a.matches for a in applied)
    assert [e.message for e in OpenAPIV30SpecValidator(doc).iter_errors()] == []
    assert [str(f) for f in lint(doc)] == []
    ids = [op["operationId"] for _, _, op in operations(doc)]
    assert len(set(ids)) == len(ids) == len(operations(converted))
    # Every operation documents its success answer with a schema, and the shared error body.
    for _, path, op in operations(doc):
        success = [s for s in op["responses"] if s.startswith("2")]
        assert success, path
        assert "401" in op["responses"], path


def test_the_lint_catches_a_saved_response_that_no_longer_fits(
    converted: dict[str, Any],
) -> None:
    """The check can fail: a saved response typed otherwise than the schema says."""
    changed = json.loads(json.dumps(converted))
    ping = changed["paths"]["/ping"]["get"]["responses"]["200"]["content"]["application/json"]
    ping["examples"]["Ping"]["value"]["custom_domain_enabled"] = "no"
    doc, _ = overlaid(changed, "thrivecart.yaml")
    assert any("custom_domain_enabled" in f.pointer or "Ping" in f.pointer for f in lint(doc))
