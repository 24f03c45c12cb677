"""The rules file: which cart events enroll (or unenroll) whom in which course or bundle.

A rules file is YAML, written by the course creator::

    welcome_email: true          # Thinkific sends its welcome email to users the engine creates
    custom_fields:               # cart custom field (name or slug) -> Thinkific signup field
      company_name: Company      #   (its label, or its id); only text fields
    rules:
      - name: python-course      # optional, unique; default "rule-<n>" (n counts from 1)
        product: 12              # the cart's product; omit for a global rule (every product)
        source: thrivecart       # thrivecart (default) or samcart
        trigger: Product Purchased
        action: Create Course Enrollment
        course: Intro to Python  # a course name or id; bundle: for the bundle actions

``product``
    ``12`` (or ``"12"``) is product 12 or its order bump (a ThriveCart bump has its product's
    id); ``product-12`` is only the product, ``bump-12`` only the bump; upsells and downsells
    have their own ids: ``upsell-2``, ``downsell-5``. A rule without ``product`` is global: it
    applies to every item of every event (of ``source`` only, when one is given), and alongside
    the product rules, as in SamCart's Integration Engine.
``source``
    ``thrivecart`` covers both ThriveCart routes (account webhooks and API event
    subscriptions). Product rules default to ``thrivecart``; global rules to every source.
``trigger``
    One of the ten triggers, in the seed's words or snake_case, any case: Product Purchased,
    Product Refunded, Product Partially Refunded, Subscription Canceled (or Cancelled),
    Subscription Charged, Subscription Charge Failed, Subscription Delinquent, Subscription
    Recovered, Subscription Restarted, Subscription Completed.
``action``
    Create Course Enrollment, Expire Course Enrollment (with ``course:``), Create Bundle
    Enrollment, Expire Bundle Enrollment (with ``bundle:``).
``welcome_email``
    Default true: a student the engine creates otherwise has no way in but a password reset.

:func:`load_rules` checks the file's shape; :func:`resolve` checks it against the school (and,
when given, the ThriveCart catalogue). Both raise one :class:`RulesError` listing every problem,
each naming the rule and the field. :func:`plan` turns an event into :class:`PlannedAction`
values; :func:`describe_plan` says what they are, for a dry run.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml  # type: ignore[import-untyped]

from aiothinkific.engine.model import (
    ActionKind,
    CartEvent,
    Item,
    ItemKind,
    PlannedAction,
    Source,
    Trigger,
)
from aiothinkific.engine.school import CartCatalogue, School

__all__ = [
    "TEXT_FIELD_TYPES",
    "ProductRef",
    "Rule",
    "RuleSpec",
    "Rules",
    "RulesError",
    "RulesFile",
    "describe_plan",
    "load_rules",
    "loads_rules",
    "parse_rules",
    "plan",
    "profile_fields",
    "resolve",
]

#: The ``field_type`` values of a text custom profile field. The seed fills in only "Text"
#: signup fields; the Admin API documents ``field_type`` only by the example "1" (the text field
#: "Phone", as the mock seeds it), so both spellings count. Check against a real site.
TEXT_FIELD_TYPES = frozenset({"text", "1"})

TOP_KEYS = ("welcome_email", "custom_fields", "rules")
RULE_KEYS = ("name", "product", "source", "trigger", "action", "course", "bundle", "report_sale")
#: What a rule's ``action`` may name (the external order actions come with ``report_sale``).
RULE_ACTIONS = tuple(kind for kind in ActionKind if kind.enrolls)
#: ``report_sale`` records these triggers' money: a sale (a rebill adds a purchase), a refund.
SALE_TRIGGERS = {
    Trigger.PRODUCT_PURCHASED: ActionKind.RECORD_SALE,
    Trigger.SUBSCRIPTION_CHARGED: ActionKind.RECORD_SALE,
    Trigger.PRODUCT_REFUNDED: ActionKind.RECORD_REFUND,
    Trigger.PRODUCT_PARTIALLY_REFUNDED: ActionKind.RECORD_REFUND,
}
RULE_SOURCES = {"thrivecart": Source.THRIVECART, "samcart": Source.SAMCART}
_PRODUCT = re.compile(r"(?:(product|bump|upsell|downsell)-)?([A-Za-z0-9_]+)", re.IGNORECASE)

E = TypeVar("E", Trigger, ActionKind)


class RulesError(ValueError):
    """A rules file that cannot be used; :attr:`problems` has one line per problem."""

    def __init__(self, problems: Sequence[str], origin: str = "") -> None:
        self.problems = tuple(problems)
        self.origin = origin
        head = f"{origin}: " if origin else ""
        if len(self.problems) == 1:
            text = head + self.problems[0]
        else:
            text = f"{head}{len(self.problems)} problems:\n" + "\n".join(
                f"  - {p}" for p in self.problems
            )
        super().__init__(text)


def words(value: Trigger | ActionKind) -> str:
    """The seed's spelling: ``"Product Purchased"``, ``"Create Course Enrollment"``."""
    return value.value.replace("_", " ").title()


def _show(value: object) -> str:
    """A value as the creator wrote it, quoted if text."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _norm(text: str) -> str:
    """Spelling-insensitive form: case, spaces, hyphens and British spellings don't matter."""
    key = "_".join(re.split(r"[\s_-]+", text.strip().casefold()))
    return key.replace("cancelled", "canceled").replace("enrolment", "enrollment")


def _suggest(text: str, choices: Iterable[str]) -> str:
    """`` (did you mean "X"?)`` for a close choice, else ``""``."""
    by_norm = {_norm(c): c for c in choices}
    close = difflib.get_close_matches(_norm(text), list(by_norm), n=2, cutoff=0.6)
    if not close:
        return ""
    return " (did you mean " + " or ".join(_show(by_norm[c]) for c in close) + "?)"


@dataclass(frozen=True)
class ProductRef:
    """A rule's ``product``: ``kind`` None is the product or its bump."""

    product_id: str
    kind: ItemKind | None = None

    def matches(self, item: Item) -> bool:
        if item.product_id != self.product_id:
            return False
        if self.kind is None:
            return item.kind in (ItemKind.PRODUCT, ItemKind.BUMP)
        return item.kind is self.kind

    def __str__(self) -> str:
        return self.product_id if self.kind is None else f"{self.kind.value}-{self.product_id}"


@dataclass(frozen=True)
class RuleSpec:
    """One rule as written: the target is a course or bundle name or id, not yet checked."""

    name: str
    trigger: Trigger
    action: ActionKind
    target: int | str
    product: ProductRef | None = None
    source: Source | None = None
    #: How messages name the rule: ``rule "python-course"``, or ``rule 3`` when unnamed.
    label: str = field(default="", compare=False)
    #: Also record the sale (or refund) in Thinkific as an external order of the target.
    report_sale: bool = False


@dataclass(frozen=True)
class RulesFile:
    """A rules file whose shape is right (:func:`load_rules`)."""

    rules: tuple[RuleSpec, ...] = ()
    #: Cart custom field -> Thinkific field label (text) or definition id (int).
    custom_fields: Mapping[str, str | int] = field(default_factory=dict)
    welcome_email: bool = True


@dataclass(frozen=True)
class Rule:
    """A checked rule: its target is a course or bundle of the school."""

    name: str
    trigger: Trigger
    action: ActionKind
    target_id: int
    target_name: str
    product: ProductRef | None = None
    source: Source | None = None
    #: With ``report_sale``: the Thinkific product selling the target, for external orders.
    sale_product: int | None = None

    @property
    def is_global(self) -> bool:
        return self.product is None

    def applies_to(self, source: Source, item: Item) -> bool:
        """Whether the rule covers ``item`` of an event from ``source`` (trigger aside)."""
        if self.source is Source.THRIVECART:
            # One rule covers both ThriveCart routes: the creator sells through one account.
            if source not in (Source.THRIVECART, Source.THRIVECART_EVENTS):
                return False
        elif self.source is not None and source is not self.source:
            return False
        return self.product is None or self.product.matches(item)


@dataclass(frozen=True)
class Rules:
    """Rules checked against the school (:func:`resolve`), ready for :func:`plan`."""

    rules: tuple[Rule, ...] = ()
    #: Cart custom field -> custom profile field definition id.
    custom_fields: Mapping[str, int] = field(default_factory=dict)
    welcome_email: bool = True


# Loading


def load_rules(path: str | Path) -> RulesFile:
    """The rules file at ``path``; :class:`RulesError` if it cannot be read or is wrong."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RulesError([f"cannot read the file: {error}"], str(path)) from error
    return loads_rules(text, str(path))


class _Loader(yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML that refuses a key given twice: YAML would keep the last one silently."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[object] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # `<<: *defaults`: the keys it brings may be overridden
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str | int | float | bool) or key is None:
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"{_show(key)} is given twice", key_node.start_mark
                    )
                seen.add(key)
        return super().construct_mapping(node, deep)


def loads_rules(text: str, origin: str = "") -> RulesFile:
    """A rules file from its YAML text; ``origin`` (a path) starts the error message."""
    try:
        document = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise RulesError([f"not valid YAML: {where}{error.problem or error}"], origin) from None
    except Exception as error:
        # PyYAML's constructors raise plain ValueErrors too (a date such as 2001-02-30).
        raise RulesError([f"not valid YAML: {error}"], origin) from None
    return parse_rules(document, origin)


def parse_rules(document: object, origin: str = "") -> RulesFile:
    """A rules file from its parsed YAML (any value: everything is checked)."""
    problems: list[str] = []
    if not isinstance(document, dict):
        kind = "empty" if document is None else f"a {type(document).__name__}"
        problems.append(f"the file is {kind}; it must be a mapping with a rules: list")
        raise RulesError(problems, origin)
    _unknown_keys(document, TOP_KEYS, "", problems)
    welcome = document.get("welcome_email", True)
    if not isinstance(welcome, bool):
        problems.append(f"welcome_email: {_show(welcome)} must be true or false")
        welcome = True
    fields = _custom_fields(document.get("custom_fields"), problems)
    raw_rules = document.get("rules")
    specs: list[RuleSpec] = []
    if "rules" not in document:
        problems.append("rules: missing (a list of rules)")
    elif raw_rules is not None and not isinstance(raw_rules, list):
        problems.append(f"rules: must be a list of rules, not {_show(raw_rules)}")
    else:
        names = []
        for position, raw in enumerate(raw_rules or (), start=1):
            spec = _rule(raw, position, problems)
            if spec is not None:
                specs.append(spec)
            name = raw.get("name") if isinstance(raw, dict) else None
            # Even a rule with other problems keeps its name: a clash is worth saying now.
            names.append(
                name.strip() if isinstance(name, str) and name.strip() else f"rule-{position}"
            )
        _duplicate_names(names, problems)
    if problems:
        raise RulesError(problems, origin)
    return RulesFile(rules=tuple(specs), custom_fields=fields, welcome_email=welcome)


def _unknown_keys(
    mapping: dict[Any, Any], known: Sequence[str], where: str, problems: list[str]
) -> None:
    prefix = f"{where}: " if where else ""
    for key in mapping:
        if key not in known:
            hint = _suggest(key, known) if isinstance(key, str) else ""
            hint = hint or " (keys: " + ", ".join(known) + ")"
            problems.append(f"{prefix}{_show(key)} is not a known key{hint}")


def _custom_fields(raw: object, problems: list[str]) -> dict[str, str | int]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(
            f"custom_fields: must map cart fields to Thinkific fields, not {_show(raw)}"
        )
        return {}
    fields: dict[str, str | int] = {}
    for cart_field, target in raw.items():
        if not isinstance(cart_field, str) or not cart_field.strip():
            problems.append(f"custom_fields: {_show(cart_field)} is not a cart field name")
        elif isinstance(target, bool) or not isinstance(target, str | int) or target == "":
            problems.append(
                f"custom_fields: {_show(cart_field)}: {_show(target)} is not a Thinkific field"
                " (its label or id)"
            )
        else:
            fields[cart_field.strip()] = target.strip() if isinstance(target, str) else target
    return fields


def _choice(raw: object, kind: Iterable[E], what: str, label: str, problems: list[str]) -> E | None:
    """The trigger or action the creator named, in any of its spellings."""
    key = what.split()[-1]
    options = {_norm(words(v)): v for v in kind}  # snake_case normalises to the same key
    if raw is None:
        problems.append(f"{label}: {key} missing")
        return None
    if isinstance(raw, str) and _norm(raw) in options:
        return options[_norm(raw)]
    every = [words(v) for v in kind]
    hint = _suggest(raw, every) if isinstance(raw, str) else ""
    if not hint:
        hint = " (one of: " + ", ".join(_show(w) for w in every) + ")"
    problems.append(f"{label}: {key} {_show(raw)} is not {what}{hint}")
    return None


def _product(raw: object, label: str, problems: list[str]) -> ProductRef | None:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 0:
        return ProductRef(str(raw))
    match = _PRODUCT.fullmatch(raw.strip()) if isinstance(raw, str) else None
    if match is None:
        problems.append(
            f"{label}: product {_show(raw)} is not a cart product"
            ' (write its id: 12, "bump-12", "upsell-2", "downsell-5")'
        )
        return None
    kind, product_id = match.groups()
    return ProductRef(product_id, ItemKind(kind.lower()) if kind else None)


def _target(raw: dict[Any, Any], action: ActionKind, label: str, problems: list[str]) -> int | str:
    want, other = ("bundle", "course") if action.target == "bundle" else ("course", "bundle")
    if other in raw:
        problems.append(
            f"{label}: {other}: {_show(words(action))} is a {want} action; it takes {want}:,"
            f" not {other}:"
        )
    value = raw.get(want)
    if value is None:
        if other not in raw:
            problems.append(f"{label}: {want} missing (the {want}'s name or id)")
        return ""
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip():
        problems.append(f"{label}: {want} {_show(value)} is not a {want} name or id")
        return ""
    return value.strip() if isinstance(value, str) else value


def _rule(raw: object, position: int, problems: list[str]) -> RuleSpec | None:
    if not isinstance(raw, dict):
        problems.append(f"rule {position}: must be a mapping of keys, not {_show(raw)}")
        return None
    name = raw.get("name")
    named = isinstance(name, str) and bool(name.strip())
    label = f"rule {_show(name.strip())}" if named and isinstance(name, str) else f"rule {position}"
    before = len(problems)
    if "name" in raw and not named:
        problems.append(f"{label}: name {_show(name)} must be text")
    _unknown_keys(raw, RULE_KEYS, label, problems)
    trigger = _choice(raw.get("trigger"), Trigger, "a trigger", label, problems)
    action = _choice(raw.get("action"), RULE_ACTIONS, "an action", label, problems)
    report_sale = raw.get("report_sale", False)
    if not isinstance(report_sale, bool):
        problems.append(f"{label}: report_sale {_show(report_sale)} must be true or false")
    elif report_sale and trigger is not None and trigger not in SALE_TRIGGERS:
        money = ", ".join(_show(words(t)) for t in SALE_TRIGGERS)
        problems.append(f"{label}: report_sale: {_show(words(trigger))} moves no money "
                        f"(only {money} do)")  # fmt: skip
    target = _target(raw, action, label, problems) if action is not None else ""
    product = _product(raw["product"], label, problems) if raw.get("product") is not None else None
    source: Source | None = Source.THRIVECART if product is not None else None
    raw_source = raw.get("source")
    if raw_source is not None:
        source = (
            RULE_SOURCES.get(raw_source.strip().lower()) if isinstance(raw_source, str) else None
        )
        if source is None:
            hint = _suggest(raw_source, RULE_SOURCES) if isinstance(raw_source, str) else ""
            problems.append(
                f"{label}: source {_show(raw_source)} is not a cart{hint} (thrivecart or samcart)"
            )
    if len(problems) > before or trigger is None or action is None:
        return None
    return RuleSpec(
        name=name.strip() if named and isinstance(name, str) else f"rule-{position}",
        trigger=trigger,
        action=action,
        target=target,
        product=product,
        source=source,
        label=label,
        report_sale=report_sale is True,
    )


def _duplicate_names(names: Iterable[str], problems: list[str]) -> None:
    counts = Counter(names)
    for name, count in counts.items():
        if count > 1:
            problems.append(f"rule {_show(name)}: name used by {count} rules; names must be unique")


# Checking against the school


_OTHER_ACTION = {
    ActionKind.CREATE_COURSE_ENROLLMENT: ActionKind.CREATE_BUNDLE_ENROLLMENT,
    ActionKind.EXPIRE_COURSE_ENROLLMENT: ActionKind.EXPIRE_BUNDLE_ENROLLMENT,
    ActionKind.CREATE_BUNDLE_ENROLLMENT: ActionKind.CREATE_COURSE_ENROLLMENT,
    ActionKind.EXPIRE_BUNDLE_ENROLLMENT: ActionKind.EXPIRE_COURSE_ENROLLMENT,
}


def resolve(rules_file: RulesFile, school: School, catalogue: CartCatalogue | None = None) -> Rules:
    """The rules with their courses and bundles found in ``school``, their ThriveCart products
    in ``catalogue`` (when given) and their custom fields among the school's text fields."""
    problems: list[str] = []
    rules = []
    for spec in rules_file.rules:
        found = _find_target(spec, school, problems)
        if catalogue is not None:
            _check_product(spec, catalogue, problems)
        if found is not None:
            sale_product = _sale_product(spec, found[0], school, problems)
            rules.append(
                Rule(spec.name, spec.trigger, spec.action, *found, spec.product, spec.source,
                     sale_product)
            )  # fmt: skip
    fields = {
        cart_field: definition_id
        for cart_field, target in rules_file.custom_fields.items()
        if (definition_id := _find_field(cart_field, target, school, problems)) is not None
    }
    _duplicate_names(
        (r.name for r in rules_file.rules), problems
    )  # a RulesFile made in code skips the loader
    if problems:
        raise RulesError(problems)
    return Rules(tuple(rules), fields, rules_file.welcome_email)


def _sale_product(spec: RuleSpec, target: int, school: School, problems: list[str]) -> int | None:
    if not spec.report_sale:
        return None
    kind = spec.action.target
    product = school.products.get(f"{kind}-{target}")
    if product is None:
        label = spec.label or f"rule {_show(spec.name)}"
        problems.append(f"{label}: report_sale: {kind} {target} has no product in the school "
                        "(run engine refresh)")  # fmt: skip
    return product


def _find_target(spec: RuleSpec, school: School, problems: list[str]) -> tuple[int, str] | None:
    want = spec.action.target
    table, others = (
        (school.bundles, school.courses) if want == "bundle" else (school.courses, school.bundles)
    )
    label = spec.label or f"rule {_show(spec.name)}"
    value = spec.target
    if isinstance(value, str):
        named = [i for i, n in table.items() if n.casefold() == value.casefold()]
        if len(named) > 1:
            ids = ", ".join(str(i) for i in sorted(named))
            problems.append(
                f"{label}: {want} {_show(value)} is ambiguous: {want}s {ids} have that name;"
                " give the id"
            )
            return None
        if named:
            return named[0], table[named[0]]
        if not value.isdigit():
            if any(n.casefold() == value.casefold() for n in others.values()):
                other = "course" if want == "bundle" else "bundle"
                problems.append(
                    f"{label}: {want} {_show(value)} is a {other}, not a {want}"
                    f" (use {_show(words(_OTHER_ACTION[spec.action]))} with {other}:)"
                )
            else:
                hint = _suggest(value, table.values())
                problems.append(
                    f"{label}: {want} {_show(value)} is not a {want} of the school{hint}"
                )
            return None
        value = int(value)
    if value in table:
        return value, table[value]
    problems.append(f"{label}: {want} {value} is not a {want} id of the school")
    return None


def _check_product(spec: RuleSpec, catalogue: CartCatalogue, problems: list[str]) -> None:
    # SamCart has no product listing to check against; global rules name no product.
    if spec.product is None or spec.source is not Source.THRIVECART:
        return
    ref = spec.product
    kinds = (ItemKind.PRODUCT, ItemKind.BUMP) if ref.kind is None else (ref.kind,)
    if any(ref.product_id in catalogue.of_kind(kind) for kind in kinds):
        return
    known = catalogue.of_kind(kinds[0])  # a bump shares its product's id
    ids = sorted(known, key=lambda i: (len(i), i))  # numeric order for numeric ids
    listed = ", ".join(f"{i} {_show(known[i])}" for i in ids[:10])
    what = "product" if ref.kind is None else ref.kind.value
    problems.append(
        f"{spec.label or 'rule ' + _show(spec.name)}: product {ref} is not a"
        f" ThriveCart {what} of the account" + (f" (known: {listed})" if listed else "")
    )


def _find_field(
    cart_field: str, target: str | int, school: School, problems: list[str]
) -> int | None:
    where = f"custom_fields: {_show(cart_field)}"
    if isinstance(target, int):
        matches = [target] if target in school.profile_fields else []
    else:
        matches = [
            i for i, f in school.profile_fields.items() if f.label.casefold() == target.casefold()
        ]
    if not matches:
        hint = _suggest(str(target), [f.label for f in school.profile_fields.values()])
        problems.append(
            f"{where}: {_show(target)} is not a custom profile field of the school{hint}"
        )
        return None
    if len(matches) > 1:
        ids = ", ".join(str(i) for i in sorted(matches))
        problems.append(f"{where}: {_show(target)} is ambiguous: fields {ids}; give the id")
        return None
    definition = school.profile_fields[matches[0]]
    if definition.field_type.casefold() not in TEXT_FIELD_TYPES:
        problems.append(
            f"{where}: {_show(definition.label)} has field_type {_show(definition.field_type)};"
            " only text fields can be filled in"
        )
        return None
    return matches[0]


# Planning


def plan(rules: Rules, event: CartEvent) -> list[PlannedAction]:
    """What the rules ask for ``event``: by item, then in the file's order.

    One event plans an (action, target) once, for the first item that asks for it: an order
    of two products (or a product and its bump, both matching ``product: 12``) enrolls once in
    the course both give."""
    if event.trigger is None:
        return []
    planned: list[PlannedAction] = []
    seen: set[tuple[ActionKind, int]] = set()
    for index, item in enumerate(event.items):
        for rule in rules.rules:
            if rule.trigger is not event.trigger or not rule.applies_to(event.source, item):
                continue
            wanted = [(rule.action, rule.target_id)]
            if rule.sale_product is not None:
                wanted.append((SALE_TRIGGERS[rule.trigger], rule.sale_product))
            for kind, target in wanted:
                if (kind, target) in seen:
                    continue
                seen.add((kind, target))
                planned.append(PlannedAction(rule.name, kind, target, rule.target_name, index))
    return planned


def describe_plan(
    event: CartEvent, actions: Sequence[PlannedAction], rules: Rules | None = None
) -> list[str]:
    """One line per planned action, and one for each item nothing was planned for. With
    ``rules``, an item a global rule matched but had already planned for says so."""
    if event.trigger is None:
        return [f"{event.cart_event}: not a trigger; nothing to do"]
    if not event.items:
        return [f"{event.cart_event}: no items; nothing to do"]
    lines = []
    for index, item in enumerate(event.items):
        head = f"{item.ref} ({item.name})" if item.name else item.ref
        mine = [a for a in actions if a.item_index == index]
        lines += [
            f"{head}: rule {_show(a.rule)} -> {words(a.kind)} {_show(a.target_name)}"
            f" ({a.kind.target} {a.target_id})"
            for a in mine
        ]
        if mine:
            continue
        matched = [
            r.name
            for r in (rules.rules if rules else ())
            if r.trigger is event.trigger and r.applies_to(event.source, item)
        ]
        if matched:
            names = ", ".join(_show(name) for name in matched)
            lines.append(f"{head}: nothing new (rule {names} planned it for an earlier item)")
        else:
            lines.append(f"{head}: no rule matches {words(event.trigger)}")
    return lines


def profile_fields(rules: Rules, event: CartEvent) -> list[tuple[int, str]]:
    """(definition id, value) for each mapped cart field the customer filled in. The cart's
    field is found by its exact key, else by its spelling-insensitive form (a name or slug)."""
    given = event.customer.custom_fields
    loose = {_norm(k): v for k, v in given.items()}
    values = []
    for cart_field, definition_id in rules.custom_fields.items():
        value = given.get(cart_field, loose.get(_norm(cart_field)))
        if value is not None and str(value).strip():
            values.append((definition_id, str(value).strip()))
    return values
