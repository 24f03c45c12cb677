"""The one spec reader: path templates, matching, ``$ref`` resolution, per-spec caches and
schema-valid samples, on the specs the generated packages ship."""

from __future__ import annotations

import copy
import re

import pytest
from aiothinkific.specs import PathTemplate, Spec, admin_spec, per_spec, sample, webhooks_spec
from aiothinkific.specs.patterns import matching_text

SPECS = {"admin": admin_spec(), "webhooks": webhooks_spec()}


def test_a_template_matches_fills_and_orders_paths() -> None:
    template = PathTemplate("/users/{id}/authentications/{provider}")
    assert template.params == ("id", "provider")
    assert template.match("/users/7/authentications/SSO") == {"id": "7", "provider": "SSO"}
    for path in ("/users/7/authentications", "/users//authentications/SSO", "/users/7/x/SSO"):
        assert template.match(path) is None, path
    assert template.fill({"id": 7, "provider": "SSO"}) == "/users/7/authentications/SSO"
    assert template.shape == PathTemplate("/users/{user}/authentications/{p}").shape
    assert str(template.parent) == "/users/{id}/authentications"
    assert [str(t) for t in template.ancestors()] == [
        "/users/{id}/authentications",
        "/users/{id}",
        "/users",
    ]
    assert PathTemplate("/coupons/{id}").covers(PathTemplate("/coupons/bulk_create"))
    assert not PathTemplate("/coupons/bulk_create").covers(PathTemplate("/coupons/{id}"))
    ordered = sorted(
        map(PathTemplate, ["/promotions/{id}", "/promotions/by_coupon"]), key=lambda t: t.order_key
    )
    assert [str(t) for t in ordered] == ["/promotions/by_coupon", "/promotions/{id}"]


def test_the_spec_matches_a_concrete_path_to_its_operation_literal_segments_first() -> None:
    spec = admin_spec()
    found = spec.match("GET", "/promotions/by_coupon")
    assert found is not None and found[0].operation_id == "getPromotionByCoupon"
    found = spec.match("GET", "/promotions/12")
    assert found is not None and (found[0].operation_id, found[1]) == (
        "getPromotionByID",
        {"id": "12"},
    )
    assert spec.match("PATCH", "/promotions/12") is None
    assert spec.match("GET", "/nowhere") is None
    for op in spec.operations:  # every operation is found by its own path
        concrete = op.template.fill(dict.fromkeys(op.template.params, "1"))
        found = spec.match(op.method, concrete)
        assert found is not None
        assert found[0].template.shape == op.template.shape or found[0].template.covers(op.template)


def test_refs_resolve_and_caches_are_per_spec() -> None:
    spec = admin_spec()
    assert spec.resolve({"$ref": "#/components/schemas/UserResponse"}) is spec.component(
        "UserResponse"
    )
    with pytest.raises(ValueError, match="local"):
        spec.resolve({"$ref": "other.yaml#/x"})
    calls: list[Spec] = []

    @per_spec
    def count(spec: Spec) -> int:
        calls.append(spec)
        return len(spec.operations)

    variant = Spec(copy.deepcopy(spec.document))
    del variant.document["paths"]["/users"]
    removed = [op for op in spec.operations if op.path == "/users"]
    assert removed
    assert count(spec) == len(spec.operations)
    assert count(variant) == len(spec.operations) - len(removed)
    assert count(spec) == len(spec.operations) and calls == [spec, variant]


@pytest.mark.parametrize("name", sorted(SPECS))
@pytest.mark.parametrize("examples", [True, False])
def test_every_component_samples_to_a_valid_value_the_same_for_the_same_key(
    name: str, examples: bool
) -> None:
    spec = SPECS[name]
    invalid = []
    for component, schema in spec.document["components"]["schemas"].items():
        value = sample(spec, schema, "key", examples=examples)
        if not spec.is_valid(schema, value):
            invalid.append(component)
        assert sample(spec, schema, "key", examples=examples) == value
    assert invalid == []


def test_samples_use_examples_first_and_vary_with_the_key_otherwise() -> None:
    spec = admin_spec()
    user = spec.component("UserResponse")
    assert sample(spec, user)["email"] == user["properties"]["email"]["example"]
    drawn = {sample(spec, user, str(key), examples=False)["email"] for key in range(5)}
    assert len(drawn) > 1 and all("@" in email for email in drawn)
    named = sample(spec, {"type": "object", "properties": {"created_at": {"type": "string"}}})
    assert named["created_at"].endswith("Z")  # a string named like a timestamp reads as one


@pytest.mark.parametrize(
    "pattern", [r"[Ss]cope", r"^\d{3}-[a-z]+$", r"^(foo|bar)\d+$", r"^#[0-9a-fA-F]{6}$", r"[^\s]"]
)
def test_a_pattern_gets_a_string_it_matches(pattern: str) -> None:
    text = matching_text(pattern)
    assert text is not None and re.search(pattern, text)
