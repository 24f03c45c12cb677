"""The engine's rules file: loading (every mistake named by rule and field), checking against a
school fetched from the Thinkific mock and a catalogue fetched from the ThriveCart mock,
planning an event, the dry-run text and the custom fields."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from aiothinkific.engine.model import (
    ActionKind,
    CartEvent,
    Customer,
    Item,
    ItemKind,
    PlannedAction,
    Source,
    Trigger,
)
from aiothinkific.engine.rules import (
    RULE_KEYS,
    TOP_KEYS,
    ProductRef,
    Rule,
    Rules,
    RulesError,
    RulesFile,
    RuleSpec,
    describe_plan,
    load_rules,
    loads_rules,
    parse_rules,
    plan,
    profile_fields,
    resolve,
)
from aiothinkific.engine.school import (
    CartCatalogue,
    ProfileField,
    School,
    fetch_school,
    fetch_thrivecart_products,
)
from aiothinkific.mock import mock_client
from aiothinkific.mock.thrivecart import thrivecart_mock_client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

GOOD = """
welcome_email: false
custom_fields:
  phone_number: Phone
  country: 3
rules:
  - name: python-course
    product: 4
    trigger: Product Purchased
    action: Create Course Enrollment
    course: python for beginners      # any case
  - product: upsell-2
    trigger: product_purchased
    action: Create Bundle Enrollment
    bundle: Programming Bundle
  - name: refunds
    trigger: Product Refunded         # global: every product of every cart
    action: expire course enrollment
    course: 1
  - name: samcart-design
    product: 77
    source: SamCart
    trigger: Subscription Cancelled   # British spelling too
    action: Expire Bundle Enrollment
    bundle: "2"
"""


def problems(text: str) -> tuple[str, ...]:
    with pytest.raises(RulesError) as caught:
        loads_rules(text)
    return caught.value.problems


def rule_text(**fields: Any) -> str:
    """A file of one rule: a good one, with ``fields`` changed (None removes a key)."""
    rule = {
        "name": "python-course",
        "trigger": "Product Purchased",
        "action": "Create Course Enrollment",
        "course": "Python for Beginners",
    }
    rule.update(fields)
    return yaml.safe_dump({"rules": [{k: v for k, v in rule.items() if v is not None}]})


@pytest.fixture
async def school() -> School:
    async with mock_client() as tk:
        # A small page size: the fetch must walk every page.
        return await fetch_school(tk, page_size=5)


@pytest.fixture
async def catalogue() -> CartCatalogue:
    async with thrivecart_mock_client() as tc:
        return await fetch_thrivecart_products(tc)


# Loading


def test_a_good_file_loads_with_every_spelling_and_default(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(GOOD)
    loaded = load_rules(path)
    assert loaded.welcome_email is False
    assert loaded.custom_fields == {"phone_number": "Phone", "country": 3}
    python, upsell, refunds, samcart = loaded.rules
    assert python == RuleSpec(
        "python-course",
        Trigger.PRODUCT_PURCHASED,
        ActionKind.CREATE_COURSE_ENROLLMENT,
        "python for beginners",
        ProductRef("4"),
        Source.THRIVECART,
    )
    assert (upsell.name, upsell.product, upsell.action) == (
        "rule-2",
        ProductRef("2", ItemKind.UPSELL),
        ActionKind.CREATE_BUNDLE_ENROLLMENT,
    )
    assert (refunds.product, refunds.source, refunds.target) == (None, None, 1)
    assert (samcart.source, samcart.trigger) == (Source.SAMCART, Trigger.SUBSCRIPTION_CANCELED)
    assert loads_rules("rules: []").rules == ()
    assert loads_rules("rules:").welcome_email is True


def test_a_wrong_trigger_is_named_with_its_rule_and_a_suggestion() -> None:
    [problem] = problems(rule_text(trigger="Product Bought"))
    assert problem == (
        'rule "python-course": trigger "Product Bought" is not a trigger'
        ' (did you mean "Product Purchased" or "Product Refunded"?)'
    )


def test_every_shape_problem_is_listed_with_its_rule_and_field() -> None:
    text = """
rulez: []
welcome_email: "yes"
custom_fields: [a]
rules:
  - name: a
    trigger: Product Purchased
    action: Create Bundle Enrolment
    course: Python for Beginners
  - trigger: Subscription Charged
    action: Enroll
    course: 3
    prodcut: 12
  - name: a
    product: My Course
    source: thrivecard
    trigger: Subscription Charged
    action: Create Course Enrollment
  - just text
"""
    with pytest.raises(RulesError) as caught:
        loads_rules(text, "rules.yaml")
    found = caught.value.problems
    assert found == (
        '"rulez" is not a known key (did you mean "rules"?)',
        'welcome_email: "yes" must be true or false',
        'custom_fields: must map cart fields to Thinkific fields, not ["a"]',
        'rule "a": course: "Create Bundle Enrollment" is a bundle action; it takes bundle:,'
        " not course:",
        'rule 2: "prodcut" is not a known key (did you mean "product"?)',
        'rule 2: action "Enroll" is not an action (one of: "Create Course Enrollment",'
        ' "Expire Course Enrollment", "Create Bundle Enrollment", "Expire Bundle Enrollment")',
        'rule "a": course missing (the course\'s name or id)',
        'rule "a": product "My Course" is not a cart product'
        ' (write its id: 12, "bump-12", "upsell-2", "downsell-5")',
        'rule "a": source "thrivecard" is not a cart (did you mean "thrivecart"?)'
        " (thrivecart or samcart)",
        'rule 4: must be a mapping of keys, not "just text"',
        'rule "a": name used by 2 rules; names must be unique',
    )
    assert str(caught.value).startswith("rules.yaml: 11 problems:\n  - ")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"trigger": None}, 'rule "python-course": trigger missing'),
        ({"name": 7}, "rule 1: name 7 must be text"),
        ({"course": True}, 'rule "python-course": course true is not a course name or id'),
        ({"product": -1}, 'rule "python-course": product -1 is not a cart product'),
        ({"source": 3}, 'rule "python-course": source 3 is not a cart (thrivecart or samcart)'),
        (
            {"bundle": "Design Bundle"},
            'rule "python-course": bundle: "Create Course Enrollment" is a course action;'
            " it takes course:, not bundle:",
        ),
        (
            {"course": None, "action": "Expire Bundle Enrollment"},
            'rule "python-course": bundle missing',
        ),
    ],
)
def test_one_field_wrong(fields: dict[str, Any], expected: str) -> None:
    [problem] = problems(rule_text(**fields))
    assert problem.startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty; it must be a mapping with a rules: list"),
        ("- a\n- b\n", "the file is a list; it must be a mapping with a rules: list"),
        ("welcome_email: true\n", "rules: missing (a list of rules)"),
        ("rules: {a: 1}\n", 'rules: must be a list of rules, not {"a": 1}'),
        ("rules: [\n", "not valid YAML: line 2, column 1: "),
        ("rules: []\nrules: []\n", 'not valid YAML: line 2, column 1: "rules" is given twice'),
        ("rules: 2001-02-30\n", "not valid YAML: "),
        ("custom_fields: {phone: ''}\nrules: []\n", 'custom_fields: "phone": "" is not a'),
    ],
)
def test_file_level_problems(text: str, expected: str) -> None:
    [problem] = problems(text)
    assert problem.startswith(expected)


def test_an_unreadable_file_is_a_rules_error(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match=r"missing\.yaml: cannot read the file"):
        load_rules(tmp_path / "missing.yaml")


def test_yaml_merge_keys_may_be_overridden() -> None:
    text = """
rules:
  - &base {name: one, trigger: Product Purchased, action: Create Course Enrollment, course: 1}
  - <<: *base
    name: two
    course: 2
"""
    one, two = loads_rules(text).rules
    assert (one.name, one.target, two.name, two.target) == ("one", 1, "two", 2)


SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-5, 10**20)
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(
        ["Product Purchased", "create bundle enrollment", "Phone", "bump-4", "upsell-x", "7"]
    )
)
KEYS = st.sampled_from([*TOP_KEYS, *RULE_KEYS, "<<"]) | st.text(max_size=5)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS | st.fixed_dictionaries({"rules": st.lists(DOCUMENTS, max_size=4)}))
def test_any_document_is_a_rules_file_or_a_rules_error(document: Any) -> None:
    for attempt in (lambda: parse_rules(document), lambda: loads_rules(yaml.safe_dump(document))):
        try:
            loaded = attempt()
        except RulesError as error:
            assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        else:
            assert isinstance(loaded, RulesFile)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_rules_file_or_a_rules_error(text: str) -> None:
    try:
        assert isinstance(loads_rules(text), RulesFile)
    except RulesError as error:
        assert error.problems


# The school and the catalogue


async def test_the_school_is_fetched_from_thinkific_and_round_trips(school: School) -> None:
    assert len(school.courses) == 12
    assert "Python for Beginners" in school.courses.values()
    assert sorted(school.bundles.values()) == [
        "Business Bundle",
        "Design Bundle",
        "Programming Bundle",
    ]
    assert {f.label: f.field_type for f in school.profile_fields.values()} == {
        "Phone": "1",
        "Company size": "2",
        "Country": "1",
    }
    assert school.fetched_at is not None
    assert School.from_json(json.loads(json.dumps(school.to_json()))) == school
    with pytest.raises(ValueError, match="not a school snapshot"):
        School.from_json({"courses": []})


async def test_the_catalogue_is_fetched_from_thrivecart_and_round_trips(
    catalogue: CartCatalogue,
) -> None:
    assert catalogue.products["4"] == "My Product + Bump"
    assert catalogue.bumps == {"4": "Special Bump Offer", "366": "My Bump"}
    assert catalogue.upsells["2"] == "My Example Upsell"
    assert catalogue.downsells["2"] == "My Demo Downsell"
    assert catalogue.name(Item(ItemKind.BUMP, "4")) == "Special Bump Offer"
    assert CartCatalogue.from_json(json.loads(json.dumps(catalogue.to_json()))) == catalogue
    with pytest.raises(ValueError, match="not a cart catalogue snapshot"):
        CartCatalogue.from_json({"product": 1})


async def test_a_good_file_resolves_to_ids(school: School, catalogue: CartCatalogue) -> None:
    rules = resolve(loads_rules(GOOD), school, catalogue)
    ids = {name: i for i, name in school.courses.items()}
    bundles = {name: i for i, name in school.bundles.items()}
    fields = {f.label: i for i, f in school.profile_fields.items()}
    assert [(r.name, r.target_id, r.target_name) for r in rules.rules] == [
        ("python-course", ids["Python for Beginners"], "Python for Beginners"),
        ("rule-2", bundles["Programming Bundle"], "Programming Bundle"),
        ("refunds", 1, school.courses[1]),
        ("samcart-design", 2, school.bundles[2]),
    ]
    assert rules.custom_fields == {"phone_number": fields["Phone"], "country": fields["Country"]}
    assert rules.welcome_email is False


async def test_every_school_problem_is_listed(school: School, catalogue: CartCatalogue) -> None:
    text = """
custom_fields:
  phone: Phnoe
  size: Company size
  other: 99
rules:
  - name: typo
    product: 13
    trigger: Product Purchased
    action: Create Course Enrollment
    course: Pyton for Beginners
  - name: wrong-kind
    product: bump-5
    trigger: Product Purchased
    action: Create Course Enrollment
    course: Programming Bundle
  - name: no-id
    product: upsell-9
    trigger: Product Purchased
    action: Create Bundle Enrollment
    bundle: 40
  - name: samcart
    product: 13
    source: samcart
    trigger: Product Purchased
    action: Create Bundle Enrollment
    bundle: python for beginners
"""
    with pytest.raises(RulesError) as caught:
        resolve(loads_rules(text), school, catalogue)
    assert caught.value.problems == (
        'rule "typo": course "Pyton for Beginners" is not a course of the school'
        ' (did you mean "Python for Beginners"?)',
        'rule "typo": product 13 is not a ThriveCart product of the account (known: 1 "My First'
        ' Product", 2 "My Example Product", 4 "My Product + Bump", 5 "My Course", 15 "Affiliate'
        ' Starter Course", 99 "Partner Bundle", 250 "My Demo Subscription", 296 "Demo Product",'
        ' 299 "My Example Product", 366 "My Bump Product")',
        'rule "wrong-kind": course "Programming Bundle" is a bundle, not a course'
        ' (use "Create Bundle Enrollment" with bundle:)',
        'rule "wrong-kind": product bump-5 is not a ThriveCart bump of the account'
        ' (known: 4 "Special Bump Offer", 366 "My Bump")',
        'rule "no-id": bundle 40 is not a bundle id of the school',
        'rule "no-id": product upsell-9 is not a ThriveCart upsell of the account'
        ' (known: 1 "My First Upsell", 2 "My Example Upsell")',
        # SamCart's products cannot be checked: nothing is said about product 13 here.
        'rule "samcart": bundle "python for beginners" is a course, not a bundle'
        ' (use "Create Course Enrollment" with course:)',
        'custom_fields: "phone": "Phnoe" is not a custom profile field of the school'
        ' (did you mean "Phone"?)',
        'custom_fields: "size": "Company size" has field_type "2"; only text fields can be'
        " filled in",
        'custom_fields: "other": 99 is not a custom profile field of the school',
    )


async def test_products_are_not_checked_without_a_catalogue(school: School) -> None:
    rules = resolve(loads_rules(rule_text(product="bump-999")), school)
    assert rules.rules[0].product == ProductRef("999", ItemKind.BUMP)


def test_an_ambiguous_name_lists_the_ids() -> None:
    school = School(courses={3: "Intro", 8: "intro", 9: "Other"})
    with pytest.raises(RulesError) as caught:
        resolve(loads_rules(rule_text(course="INTRO")), school)
    assert caught.value.problems == (
        'rule "python-course": course "INTRO" is ambiguous: courses 3, 8 have that name;'
        " give the id",
    )
    assert resolve(loads_rules(rule_text(course=8)), school).rules[0].target_name == "intro"


def test_duplicate_names_of_rules_made_in_code_are_caught() -> None:
    spec = RuleSpec("same", Trigger.PRODUCT_PURCHASED, ActionKind.CREATE_COURSE_ENROLLMENT, 1)
    with pytest.raises(RulesError, match="name used by 2 rules"):
        resolve(RulesFile(rules=(spec, spec)), School(courses={1: "One"}))


# Planning


def event(
    trigger: Trigger | None, *items: Item, source: Source = Source.THRIVECART, **fields: str
) -> CartEvent:
    return CartEvent(
        source=source,
        key="k1",
        cart_event="order.success",
        trigger=trigger,
        customer=Customer("ada@example.com", "Ada", custom_fields=fields),
        occurred_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        items=items,
    )


def rule(name: str, product: ProductRef | None, target: int = 5, **fields: Any) -> Rule:
    return Rule(
        name=name,
        trigger=fields.get("trigger", Trigger.PRODUCT_PURCHASED),
        action=fields.get("action", ActionKind.CREATE_COURSE_ENROLLMENT),
        target_id=target,
        target_name=f"Course {target}",
        product=product,
        source=fields.get("source", Source.THRIVECART if product else None),
    )


PRODUCT_12 = Item(ItemKind.PRODUCT, "12", "Intro offer")
BUMP_12 = Item(ItemKind.BUMP, "12", "Workbook")
UPSELL_2 = Item(ItemKind.UPSELL, "2", "Coaching")
PRODUCT_30 = Item(ItemKind.PRODUCT, "30")


def test_product_rules_match_their_product_and_its_bump() -> None:
    rules = Rules(
        (
            rule("either", ProductRef("12"), 1),
            rule("main-only", ProductRef("12", ItemKind.PRODUCT), 2),
            rule("bump-only", ProductRef("12", ItemKind.BUMP), 3),
            rule("upsell", ProductRef("2", ItemKind.UPSELL), 4),
            rule("not-bump-2", ProductRef("2"), 6),
        )
    )
    planned = plan(rules, event(Trigger.PRODUCT_PURCHASED, PRODUCT_12, BUMP_12, UPSELL_2))
    # "either" matches the bump too, but has already planned enrolling in course 1.
    assert [(a.rule, a.item_index) for a in planned] == [
        ("either", 0),
        ("main-only", 0),
        ("bump-only", 1),
        ("upsell", 2),
    ]
    assert planned[0] == PlannedAction(
        "either", ActionKind.CREATE_COURSE_ENROLLMENT, 1, "Course 1", 0
    )


def test_global_and_product_rules_both_apply_and_globals_plan_once_per_event() -> None:
    rules = Rules(
        (
            rule("everyone", None, 5),
            rule("twelve", ProductRef("12"), 5),
            rule("bundle-too", None, 5, action=ActionKind.CREATE_BUNDLE_ENROLLMENT),
        )
    )
    planned = plan(rules, event(Trigger.PRODUCT_PURCHASED, PRODUCT_30, PRODUCT_12))
    assert [(a.rule, a.kind.target, a.item_index) for a in planned] == [
        ("everyone", "course", 0),
        ("bundle-too", "bundle", 0),  # same id, other kind: not a duplicate
        # "twelve" asks for course 5 too: one event enrolls once.
    ]


def test_sources_and_triggers_must_match() -> None:
    rules = Rules(
        (
            rule("tc", ProductRef("12")),
            rule("sc", ProductRef("12"), 6, source=Source.SAMCART),
            rule("sc-global", None, 7, source=Source.SAMCART),
            rule("refund", None, 8, trigger=Trigger.PRODUCT_PARTIALLY_REFUNDED),
        )
    )
    by_source = {
        source: [
            a.rule for a in plan(rules, event(Trigger.PRODUCT_PURCHASED, PRODUCT_12, source=source))
        ]
        for source in Source
    }
    assert by_source == {
        Source.THRIVECART: ["tc"],
        Source.THRIVECART_EVENTS: ["tc"],
        Source.SAMCART: ["sc", "sc-global"],
        Source.RECONCILE: [],  # a reconcile fix carries its own plan
    }
    partial = plan(rules, event(Trigger.PRODUCT_PARTIALLY_REFUNDED, PRODUCT_12))
    assert [a.rule for a in partial] == ["refund"]
    assert plan(rules, event(Trigger.PRODUCT_REFUNDED, PRODUCT_12)) == []
    assert plan(rules, event(None, PRODUCT_12)) == []


async def test_a_loaded_file_plans_a_bump_purchase(school: School) -> None:
    rules = resolve(loads_rules(GOOD), school)
    planned = plan(rules, event(Trigger.PRODUCT_PURCHASED, Item(ItemKind.BUMP, "4")))
    assert [(a.rule, a.target_name) for a in planned] == [("python-course", "Python for Beginners")]


def test_describe_plan_says_what_happens_and_what_does_not() -> None:
    rules = Rules((rule("python-course", ProductRef("12"), 3),))
    e = event(Trigger.PRODUCT_PURCHASED, PRODUCT_12, PRODUCT_30)
    assert describe_plan(e, plan(rules, e)) == [
        'product-12 (Intro offer): rule "python-course" -> Create Course Enrollment "Course 3"'
        " (course 3)",
        "product-30: no rule matches Product Purchased",
    ]
    deduped = Rules((rule("everyone", None, 3),))
    assert describe_plan(e, plan(deduped, e), deduped)[1] == (
        'product-30: nothing new (rule "everyone" planned it for an earlier item)'
    )
    assert describe_plan(event(None, PRODUCT_12), []) == [
        "order.success: not a trigger; nothing to do"
    ]


def test_profile_fields_follow_the_mapping_and_skip_empty_values() -> None:
    rules = Rules(custom_fields={"company_name": 11, "Phone Number": 12, "country": 13})
    e = event(
        Trigger.PRODUCT_PURCHASED,
        PRODUCT_12,
        company_name=" Initech ",
        phone_number="",
    )
    assert profile_fields(rules, e) == [(11, "Initech")]
    e = event(Trigger.PRODUCT_PURCHASED, PRODUCT_12, **{"phone-number": "+1 555", "Country": "NZ"})
    assert profile_fields(rules, e) == [(12, "+1 555"), (13, "NZ")]


def test_text_field_check_reads_the_field_type() -> None:
    school = School(
        profile_fields={1: ProfileField("Company", "text"), 2: ProfileField("Tier", "2")}
    )
    ok = resolve(loads_rules("custom_fields: {company: company}\nrules: []"), school)
    assert ok.custom_fields == {"company": 1}
    with pytest.raises(RulesError, match='"Tier" has field_type "2"'):
        resolve(loads_rules("custom_fields: {tier: Tier}\nrules: []"), school)
