"""Drift between what the carts say and what Thinkific has, for the courses and bundles the
rules manage (``aiothinkific engine reconcile``).

What each customer *should* have is the rules (:func:`~.rules.plan`) applied to the cart's
history in time order: ThriveCart's transaction log (charges, rebills, refunds, cancellations),
the engine's own log of events (every source, and the triggers no transaction shows) and what
the engine last did per customer and target (the store's ``access``, which outlives the log).
What they *have* is Thinkific's enrollments of the rules' courses and bundles. Four kinds of
drift come out (:class:`DriftKind`); the first two can be fixed with ``apply=True``, which
queues a synthetic event (source ``reconcile``) carrying the fix as its planned action, so the
worker carries it out like any cart event and the log shows it. Enrolled twice and not granted
are reported only: which enrollment to keep, or whether a hand-made enrollment was a gift, is
for a person to decide.

Both APIs are read page by page through their clients (which pace themselves), and every page
read is kept in the store (snapshots ``reconcile:*``), so an interrupted run continues where it
stopped with ``resume=True``.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from thinkific_admin_client.types import Unset

from aiothinkific import Thinkific, ThriveCart
from aiothinkific._pagination import Page
from aiothinkific.engine.codec import event_from_json, event_to_json
from aiothinkific.engine.model import (
    ActionKind,
    CartEvent,
    Customer,
    Item,
    ItemKind,
    Source,
    Trigger,
)
from aiothinkific.engine.rules import Rules, plan
from aiothinkific.engine.store import SqlStore
from aiothinkific.engine.thinkific import normal_email

__all__ = [
    "CartEvidence",
    "DriftKind",
    "EngineParts",
    "Finding",
    "Report",
    "interrupted_run",
    "reconcile",
]

CHECKPOINT = "reconcile"
_KINDS = {kind.value for kind in ItemKind}
THRIVECART_PAGE_SIZE = 50
THINKIFIC_PAGE_SIZE = 100
#: (what is being read, pages read, pages in all when known)
Progress = Callable[[str, int, int | None], None]

_TRANSACTION_TRIGGERS = {
    "charge": Trigger.PRODUCT_PURCHASED,
    "rebill": Trigger.SUBSCRIPTION_CHARGED,
    "refund": Trigger.PRODUCT_REFUNDED,
    "cancel": Trigger.SUBSCRIPTION_CANCELED,
}
#: Triggers that give access: at one second, they come before those that take it away.
_GIVING = {
    Trigger.PRODUCT_PURCHASED,
    Trigger.SUBSCRIPTION_CHARGED,
    Trigger.SUBSCRIPTION_RECOVERED,
    Trigger.SUBSCRIPTION_RESTARTED,
}


class DriftKind(StrEnum):
    PAID_NOT_ENROLLED = "paid-not-enrolled"
    REFUNDED_STILL_ENROLLED = "refunded-still-enrolled"
    ENROLLED_TWICE = "enrolled-twice"
    NOT_GRANTED = "not-granted"

    @property
    def fixable(self) -> bool:
        """Whether the rules say what the fix is (create or expire)."""
        return self in (DriftKind.PAID_NOT_ENROLLED, DriftKind.REFUNDED_STILL_ENROLLED)


#: Why the kinds that are not fixed by ``apply`` are left to a person.
REPORTED_ONLY = {
    DriftKind.ENROLLED_TWICE: "reported only: which enrollment to keep is a person's call",
    DriftKind.NOT_GRANTED: "reported only: it may be a gift or a grant made by hand",
}


class EngineParts(Protocol):
    """What reconciling needs of an engine (:class:`~.engine.Engine` has it)."""

    rules: Rules
    store: SqlStore
    tk: Thinkific


@dataclass(frozen=True)
class CartEvidence:
    """The cart's last word on one customer's access to one target: ``origin`` is
    ``thrivecart`` (a transaction, ``ref`` its event id) or ``engine`` (an event of the log,
    ``ref`` its number, or what the engine last did)."""

    origin: str
    ref: str
    what: str
    rule: str
    occurred_at: str
    order_id: str | None = None

    def __str__(self) -> str:
        order = f", order {self.order_id}" if self.order_id else ""
        return f"{self.origin} {self.ref}: {self.what}{order} at {self.occurred_at} ({self.rule})"


@dataclass(frozen=True)
class Finding:
    """One drift: ``enrollment_ids`` are Thinkific's enrollments in question (none: not
    enrolled at all); ``fix`` says what ``apply`` did about it."""

    kind: DriftKind
    email: str
    target: str
    target_id: int
    target_name: str
    detail: str
    cart: CartEvidence | None = None
    enrollment_ids: tuple[int, ...] = ()
    fix: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["enrollment_ids"] = list(self.enrollment_ids)
        return data


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    queued: int = 0
    transactions: int = 0
    enrollments: int = 0

    def count(self, kind: DriftKind) -> int:
        return sum(1 for finding in self.findings if finding.kind is kind)

    @property
    def drift(self) -> bool:
        return bool(self.findings)

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(kind)} {kind.value}" for kind in DriftKind)
        return f"found {len(self.findings)}: {counts}; queued {self.queued} fixes"


# -- reading, page by page, with a checkpoint ---------------------------------------------------


class Checkpoint:
    """The pages read so far, one snapshot per listing (``reconcile:<listing>``) plus an index
    of them, saved after every page."""

    def __init__(self, store: SqlStore, *, resume: bool) -> None:
        self.store = store
        index = store.snapshot(CHECKPOINT) if resume else None
        self.names: list[str] = list(index or [])
        if not resume:
            self.clear()

    def part(self, name: str) -> dict[str, Any]:
        saved = self.store.snapshot(f"{CHECKPOINT}:{name}") if name in self.names else None
        return saved or {"next": 1, "pages": None, "done": False, "items": []}

    def save(self, name: str, part: dict[str, Any]) -> None:
        if name not in self.names:
            self.names.append(name)
            self.store.save_snapshot(CHECKPOINT, self.names)
        self.store.save_snapshot(f"{CHECKPOINT}:{name}", part)

    def clear(self) -> None:
        """Forget every page (a finished run, or a fresh start)."""
        old = list(self.names) or list(self.store.snapshot(CHECKPOINT) or [])
        for name in old:
            self.store.save_snapshot(f"{CHECKPOINT}:{name}", None)
        self.store.save_snapshot(CHECKPOINT, [])
        self.names = []


async def _walk(
    checkpoint: Checkpoint,
    name: str,
    fetch: Callable[[int], Awaitable[Page[Any]]],
    compact: Callable[[Any], dict[str, Any] | None],
    progress: Progress,
) -> list[dict[str, Any]]:
    """Every item of a numbered listing, from the page the checkpoint stopped at. Items are
    kept by id: a listing that shifts while it is read (ThriveCart's is newest first) shows
    some twice, never misses one."""
    part = checkpoint.part(name)
    while not part["done"]:
        page = await fetch(part["next"])
        have = {item["id"] for item in part["items"]}
        for raw in page.items:
            item = compact(raw)
            if item is not None and item["id"] not in have:
                part["items"].append(item)
                have.add(item["id"])
        part["pages"] = page.total_pages
        part["done"] = not page.items or page.next_page is None
        part["next"] += 1
        checkpoint.save(name, part)
        progress(name, part["next"] - 1, part["pages"])
    return list(part["items"])


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _transaction(raw: Any) -> dict[str, Any] | None:
    """A transaction as the checkpoint keeps it; ``None`` for one no item can be read from."""
    kind, item_type, item_id = raw.transaction_type, _value(raw.item_type), _value(raw.item_id)
    reference = _value(raw.reference) or ""
    if item_type is None or item_id is None:  # older records name the item only by reference
        parts = reference.split("-")
        if len(parts) < 2 or parts[0] not in _KINDS:
            return None
        item_type, item_id = parts[0], parts[1]
    stamp = _value(raw.timestamp)
    if stamp is None:
        when = _value(raw.time)
        if when is None:
            return None
        moment = datetime.datetime.fromisoformat(str(when)).replace(tzinfo=datetime.UTC)
        stamp = int(moment.timestamp())
    return {
        "id": str(raw.event_id),
        "type": kind,
        "at": int(stamp),
        "email": raw.customer.email,
        "name": raw.customer.name,
        "item_type": item_type,
        "item_id": str(item_id),
        "order_id": str(raw.order_id),
        "amount": raw.amount,
        "reference": reference,
    }


def _enrollment(raw: Any) -> dict[str, Any]:
    expiry = raw.expiry_date
    now = datetime.datetime.now(datetime.UTC)
    active = raw.activated_at is not None and not (
        isinstance(expiry, datetime.datetime) and expiry <= now
    )
    return {
        "id": raw.id,
        "email": normal_email(raw.user_email),
        "user_id": raw.user_id,
        "course_id": raw.course_id,
        "active": active,
        "expiry": expiry.isoformat() if isinstance(expiry, datetime.datetime) else None,
        "activated": raw.activated_at is not None,
    }


# -- what the rules say ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Happening:
    """A cart event of the history, and where it was read."""

    event: CartEvent
    origin: str
    ref: str
    what: str


@dataclass(frozen=True)
class _Decision:
    grants: bool
    at: float
    rank: int
    customer: Customer
    item_ref: str
    evidence: CartEvidence


def _transactions_as_events(items: Iterable[dict[str, Any]]) -> list[_Happening]:
    """ThriveCart's log as cart events; a refund of less than its charge is a partial one."""
    charged: dict[tuple[str, str], int] = {}
    happenings = []
    for item in sorted(items, key=lambda t: (t["at"], t["id"])):
        trigger = _TRANSACTION_TRIGGERS.get(item["type"])
        if trigger is None or item["item_type"] not in _KINDS:
            continue
        ref = f"{item['item_type']}-{item['item_id']}"
        if item["type"] == "charge":
            charged[(item["order_id"], ref)] = item["amount"]
        elif item["type"] == "refund" and item["amount"] < charged.get(
            (item["order_id"], ref), item["amount"]
        ):
            trigger = Trigger.PRODUCT_PARTIALLY_REFUNDED
        first, _, last = (item["name"] or "").partition(" ")
        event = CartEvent(
            source=Source.THRIVECART,
            key=f"transaction:{item['id']}",
            cart_event=item["type"],
            trigger=trigger,
            customer=Customer(item["email"], first, last),
            occurred_at=datetime.datetime.fromtimestamp(item["at"], datetime.UTC),
            items=(Item(ItemKind(item["item_type"]), item["item_id"]),),
            order_id=item["order_id"],
        )
        happenings.append(
            _Happening(event, "thrivecart", f"transaction {item['id']}", f"{item['type']} of {ref}")
        )
    return happenings


def _logged_events(store: SqlStore) -> list[_Happening]:
    found = []
    for stored in store.parsed_events():
        if stored.source == Source.RECONCILE.value or stored.event is None:
            continue
        event = event_from_json(stored.event)
        found.append(_Happening(event, "engine", f"event #{stored.seq}", event.cart_event))
    return found


def _iso(epoch: float) -> str:
    moment = datetime.datetime.fromtimestamp(epoch, datetime.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


Key = tuple[str, str, int]  # (email, "course" | "bundle", target id)


def desired_state(
    rules: Rules, happenings: Iterable[_Happening], store: SqlStore
) -> dict[Key, _Decision]:
    """The rules' last word per (customer, target): the latest of what the history plans and
    of what the engine last did (the log forgets old events; ``access`` does not)."""
    managed = {(r.action.target, r.target_id) for r in rules.rules}
    names = {(n.target, n.target_id): n.rule_name for n in _named(rules)}
    state: dict[Key, _Decision] = {}

    def offer(key: Key, decision: _Decision) -> None:
        held = state.get(key)
        if held is None or (decision.at, decision.rank) >= (held.at, held.rank):
            state[key] = decision

    for email, target, target_id, access in store.accesses():
        if (target, target_id) not in managed:
            continue
        evidence = CartEvidence(
            "engine",
            f"event #{access.event_seq}",
            "granted" if access.grants else "expired",
            names[(target, target_id)],
            _iso(access.occurred_at),
            access.order_id,
        )
        offer(
            (email, target, target_id),
            _Decision(
                access.grants,
                access.occurred_at,
                0 if access.grants else 1,
                Customer(email),
                "",
                evidence,
            ),
        )
    for happening in happenings:
        event = happening.event
        at = event.occurred_at.timestamp()
        rank = 0 if event.trigger in _GIVING else 1
        email = normal_email(event.customer.email)
        for action in plan(rules, event):
            evidence = CartEvidence(
                happening.origin,
                happening.ref,
                happening.what,
                f"rule {action.rule}",
                _iso(at),
                event.order_id,
            )
            decision = _Decision(
                action.kind.grants,
                at,
                rank,
                event.customer,
                event.items[action.item_index].ref,
                evidence,
            )
            offer((email, action.kind.target, action.target_id), decision)
    return state


@dataclass(frozen=True)
class _Named:
    target: str
    target_id: int
    rule_name: str


def _named(rules: Rules) -> list[_Named]:
    """The rules naming each managed target (for evidence read from ``access``)."""
    by_target: dict[tuple[str, int], list[str]] = defaultdict(list)
    for rule in rules.rules:
        by_target[(rule.action.target, rule.target_id)].append(rule.name)
    return [
        _Named(target, target_id, "rule " + ", ".join(names))
        for (target, target_id), names in by_target.items()
    ]


# -- comparing ---------------------------------------------------------------------------------


@dataclass
class _Thinkific:
    """What Thinkific has: enrollments by (email, course) and by (email, bundle), and each
    bundle's courses."""

    courses: dict[tuple[str, int], list[dict[str, Any]]]
    bundles: dict[tuple[str, int], list[dict[str, Any]]]
    bundle_courses: dict[int, set[int]]


def _by_customer(
    items: Iterable[dict[str, Any]], target_id: int
) -> dict[tuple[str, int], list[dict[str, Any]]]:
    grouped: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        grouped[(item["email"], target_id)].append(item)
    return grouped


def compare(
    rules: Rules, state: Mapping[Key, _Decision], have: _Thinkific, customers: set[str]
) -> list[Finding]:
    names = {(r.action.target, r.target_id): r.target_name for r in rules.rules}
    granted_bundles: dict[str, set[int]] = defaultdict(set)
    for (email, target, target_id), decision in state.items():
        if target == "bundle" and decision.grants:
            granted_bundles[email].add(target_id)

    def covered_elsewhere(email: str, course_id: int, besides: Key) -> bool:
        """Whether another decision of the rules gives this course (directly or by a bundle)."""
        direct = state.get((email, "course", course_id))
        if direct is not None and direct.grants and besides != (email, "course", course_id):
            return True
        return any(
            course_id in have.bundle_courses.get(bundle, set())
            and besides != (email, "bundle", bundle)
            for bundle in granted_bundles[email]
        )

    findings = []
    for key, decision in sorted(state.items()):
        email, target, target_id = key
        name = names[(target, target_id)]
        found = (have.courses if target == "course" else have.bundles).get((email, target_id), [])
        active = [e for e in found if e["active"]]
        ids = tuple(e["id"] for e in found)
        if decision.grants and (not active or (target == "bundle" and len(active) < len(found))):
            what = (
                "no enrollment"
                if not found
                else f"{len(found) - len(active)} of {len(found)} enrollments not active"
            )
            findings.append(
                Finding(
                    DriftKind.PAID_NOT_ENROLLED,
                    email,
                    target,
                    target_id,
                    name,
                    f"the rules give it ({decision.evidence.what}); Thinkific: {what}",
                    decision.evidence,
                    ids,
                )
            )
        elif not decision.grants:
            still = [e for e in active if not covered_elsewhere(email, e["course_id"], key)]
            if still:
                findings.append(
                    Finding(
                        DriftKind.REFUNDED_STILL_ENROLLED,
                        email,
                        target,
                        target_id,
                        name,
                        f"the rules take it away ({decision.evidence.what}); Thinkific: "
                        f"{len(still)} enrollment(s) still active",
                        decision.evidence,
                        tuple(e["id"] for e in still),
                    )
                )
    findings += _twice(have, names)
    findings += _not_granted(state, have, names, customers)
    return findings


def _twice(have: _Thinkific, names: Mapping[tuple[str, int], str]) -> list[Finding]:
    findings = []
    for (email, course_id), found in sorted(have.courses.items()):
        by_user: dict[int, list[int]] = defaultdict(list)
        for enrollment in found:
            by_user[enrollment["user_id"]].append(enrollment["id"])
        for user_id, ids in sorted(by_user.items()):
            if len(ids) > 1:
                findings.append(
                    Finding(
                        DriftKind.ENROLLED_TWICE,
                        email,
                        "course",
                        course_id,
                        names[("course", course_id)],
                        f"user {user_id} has {len(ids)} enrollments in the course",
                        None,
                        tuple(sorted(ids)),
                    )
                )
    return findings


def _not_granted(
    state: Mapping[Key, _Decision],
    have: _Thinkific,
    names: Mapping[tuple[str, int], str],
    customers: set[str],
) -> list[Finding]:
    decided_bundles: dict[str, set[int]] = defaultdict(set)
    for email, target, target_id in state:
        if target == "bundle":
            decided_bundles[email].add(target_id)
    findings = []
    for (email, course_id), found in sorted(have.courses.items()):
        if email not in customers or (email, "course", course_id) in state:
            continue
        if any(course_id in have.bundle_courses.get(b, set()) for b in decided_bundles[email]):
            continue
        active = tuple(e["id"] for e in found if e["active"])
        if active:
            findings.append(
                Finding(
                    DriftKind.NOT_GRANTED,
                    email,
                    "course",
                    course_id,
                    names[("course", course_id)],
                    "an active enrollment no rule gives for this customer's purchases",
                    None,
                    active,
                )
            )
    return findings


# -- fixing ------------------------------------------------------------------------------------


def _fix_key(finding: Finding, have: _Thinkific) -> str:
    """The same drift (same cart evidence, same Thinkific state) gives the same key, so running
    reconcile again queues nothing new; a drift that comes back after its fix is a new one."""
    table = have.courses if finding.target == "course" else have.bundles
    seen = sorted(
        (e["id"], e["active"], e["expiry"])
        for e in table.get((finding.email, finding.target_id), [])
    )
    cart = finding.cart.ref if finding.cart else ""
    text = json.dumps(
        [finding.kind.value, finding.email, finding.target, finding.target_id, cart, seen]
    )
    return f"{finding.kind.value}:{hashlib.sha256(text.encode()).hexdigest()[:24]}"


def _item(ref: str) -> Item:
    kind, _, product = ref.partition("-")
    if kind in _KINDS and product:
        return Item(ItemKind(kind), product.split("-")[0])
    return Item(ItemKind.PRODUCT, "reconcile")  # the engine's own record names no item


def queue_fix(store: SqlStore, finding: Finding, decision: _Decision, have: _Thinkific) -> str:
    """Store the synthetic event whose planned action is the fix; the worker carries it out."""
    target = "bundle" if finding.target == "bundle" else "course"
    grants = finding.kind is DriftKind.PAID_NOT_ENROLLED
    kind = ActionKind(f"{'create' if grants else 'expire'}_{target}_enrollment")
    item = _item(decision.item_ref)
    reason = f"reconcile: {finding.kind.value} ({finding.cart})"
    event = CartEvent(
        source=Source.RECONCILE,
        key=_fix_key(finding, have),
        cart_event=reason,
        trigger=None,  # nothing to plan: the fix is the plan
        customer=decision.customer,
        occurred_at=datetime.datetime.fromtimestamp(decision.at, datetime.UTC),
        items=(item,),
        order_id=finding.cart.order_id if finding.cart else None,
    )
    rule = finding.cart.rule.removeprefix("rule ") if finding.cart else "reconcile"
    seq, new = store.accept_planned(
        Source.RECONCILE.value,
        event.key,
        event_to_json(event),
        [(f"reconcile ({rule})", kind.value, finding.target_id, finding.target_name, item.ref)],
        email=finding.email,
        cart_event=reason,
        products=f" {item.ref} ",
        occurred_at=decision.at,
    )
    if new:
        return f"queued as event #{seq}"
    stored = store.event(seq)
    status = stored.status if stored is not None else "forgotten"
    if status == "failed":
        return f"its fix failed (event #{seq}): see engine log {seq}, then engine replay {seq}"
    if status in ("done", "ignored"):
        return f"fixed by event #{seq} ({status}), yet the drift remains: look at it by hand"
    return f"already queued (event #{seq}, {status})"


# -- the whole run -----------------------------------------------------------------------------


def _quiet(_: str, __: int, ___: int | None) -> None:
    return None


async def reconcile(
    engine: EngineParts,
    thrivecart: ThriveCart | None,
    *,
    apply: bool = False,
    resume: bool = False,
    progress: Progress | None = None,
    thrivecart_page_size: int = THRIVECART_PAGE_SIZE,
    thinkific_page_size: int = THINKIFIC_PAGE_SIZE,
) -> Report:
    """Compare the carts' history with Thinkific for the rules' courses and bundles.

    Without ``thrivecart`` the history is the engine's log and record alone. ``resume``
    continues an interrupted run from its checkpoint (else it starts afresh). ``apply`` queues
    the fixes of paid-not-enrolled and refunded-still-enrolled findings (the worker must run
    to carry them out: ``engine.worker.drain()`` or a running ``engine serve``)."""
    store, rules, tk = engine.store, engine.rules, engine.tk
    report_progress = progress or _quiet
    checkpoint = Checkpoint(store, resume=resume)
    transactions: list[dict[str, Any]] = []
    if thrivecart is not None:
        tc = thrivecart

        def transactions_page(number: int) -> Awaitable[Page[Any]]:
            return tc.transactions.search(page_size=thrivecart_page_size).page(number)

        transactions = await _walk(
            checkpoint, "thrivecart transactions", transactions_page, _transaction, report_progress
        )
    have = await _read_thinkific(tk, rules, checkpoint, thinkific_page_size, report_progress)
    happenings = _transactions_as_events(transactions) + _logged_events(store)
    state = desired_state(rules, happenings, store)
    customers = {normal_email(h.event.customer.email) for h in happenings}
    customers |= {email for email, *_ in store.accesses()}
    findings = compare(rules, state, have, customers)
    report = Report(
        transactions=len(transactions), enrollments=sum(len(v) for v in have.courses.values())
    )
    for finding in findings:
        if not finding.kind.fixable:
            finding = _with_fix(finding, REPORTED_ONLY[finding.kind])
        elif apply:
            decision = state[(finding.email, finding.target, finding.target_id)]
            said = queue_fix(store, finding, decision, have)
            report.queued += said.startswith("queued")
            finding = _with_fix(finding, said)
        report.findings.append(finding)
    checkpoint.clear()  # a finished run: the next one reads afresh
    worker = getattr(engine, "worker", None)
    if report.queued and worker is not None:
        worker.wake()
    return report


def interrupted_run(store: SqlStore) -> bool:
    """Whether an interrupted run left pages read (``resume=True`` continues it)."""
    return bool(store.snapshot(CHECKPOINT))


def _with_fix(finding: Finding, fix: str) -> Finding:
    return dataclasses.replace(finding, fix=fix)


async def _read_thinkific(
    tk: Thinkific, rules: Rules, checkpoint: Checkpoint, page_size: int, progress: Progress
) -> _Thinkific:
    courses = sorted({r.target_id for r in rules.rules if r.action.target == "course"})
    bundles = sorted({r.target_id for r in rules.rules if r.action.target == "bundle"})
    have = _Thinkific(defaultdict(list), defaultdict(list), {})
    for course_id in courses:

        def course_page(number: int, course_id: int = course_id) -> Awaitable[Page[Any]]:
            return tk.enrollments.list(course_id=course_id, page_size=page_size).page(number)

        found = await _walk(
            checkpoint, f"course {course_id} enrollments", course_page, _enrollment, progress
        )
        for key, items in _by_customer(found, course_id).items():
            have.courses[key] += items
    for bundle_id in bundles:

        def bundle_page(number: int, bundle_id: int = bundle_id) -> Awaitable[Page[Any]]:
            return tk.bundles.list_enrollments(bundle_id, page_size=page_size).page(number)

        found = await _walk(
            checkpoint, f"bundle {bundle_id} enrollments", bundle_page, _enrollment, progress
        )
        for key, items in _by_customer(found, bundle_id).items():
            have.bundles[key] += items
        have.bundle_courses[bundle_id] = await _bundle_courses(tk, checkpoint, bundle_id)
    return have


async def _bundle_courses(tk: Thinkific, checkpoint: Checkpoint, bundle_id: int) -> set[int]:
    name = f"bundle {bundle_id} courses"
    part = checkpoint.part(name)
    if not part["done"]:
        bundle = await tk.bundles.get(bundle_id)
        part = {
            "next": 2,
            "pages": 1,
            "done": True,
            "items": [{"id": c} for c in bundle.course_ids],
        }
        checkpoint.save(name, part)
    return {int(item["id"]) for item in part["items"]}
