"""The worker: takes the stored events in the cart's order, plans each one's actions from the
rules (once: the plan is stored), and carries them out in Thinkific, exactly once in effect.

- **Order.** Each customer's events run one at a time, oldest (by the cart's timestamp) first;
  a later one waits while an earlier one is being retried. An event that arrives late (a refund's
  purchase delivered after the refund) cannot undo what a later event decided: every course or
  bundle remembers the cart time of the last action on it (:class:`~.store.Access`), and an
  older action on it is *superseded*, logged and not sent.
- **Crashes.** An action is marked ``started`` before its request goes out. Finding one so
  after a restart means the request may have reached Thinkific: it is repeated with a check
  first (:mod:`~aiothinkific.engine.thinkific`), so nothing is made twice.
- **Failures.** The client retries a request itself; what still fails for a reason that may
  pass (no connection, 5xx, 429, refused credentials) puts the event back with exponential
  backoff; after ``max_attempts`` the action is parked as ``failed`` with its reason. Thinkific
  refusing the action itself (404, 422) parks it at once. :meth:`EngineStore.replay` runs
  parked events again.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiothinkific import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimitError,
    ThinkificError,
)
from aiothinkific._logging import logger
from aiothinkific.engine.codec import event_from_json
from aiothinkific.engine.model import ActionKind, CartEvent
from aiothinkific.engine.rules import Rules, plan, profile_fields
from aiothinkific.engine.store import (
    DEFAULT_LEASE_SECONDS,
    Access,
    SqlStore,
    StoredAction,
    StoredEvent,
)
from aiothinkific.engine.thinkific import Outcome, Sale, ThinkificActions, normal_email
from aiothinkific.webhooks.store import new_owner

DEFAULT_CONCURRENCY = 10  # Thinkific takes at most 10 requests in flight
DEFAULT_MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class Backoff:
    """Seconds before attempt ``n + 1``: ``base * 2**n``, at most ``cap``, with jitter."""

    base: float = 2.0
    cap: float = 300.0

    def delay(self, attempts: int) -> float:
        delay: float = min(self.cap, self.base * 2.0 ** min(attempts, 20))
        return delay * random.uniform(0.8, 1.0)


class _Refused(ThinkificError):
    """An action the engine will not send by itself (parked as failed with the reason)."""


class _TryLater(Exception):
    """The event goes back to the queue: ``reason`` may pass (or a 202 awaits confirmation)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def transient(error: Exception) -> bool:
    """Whether a failure may pass by itself, so the action is tried again later."""
    if isinstance(error, APIConnectionError | RateLimitError):
        return True
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return True  # the school's key or plan: fixed by its owner, then the queue resumes
    return isinstance(error, APIStatusError) and error.status_code >= 500


def overtaken(decided: Access, seq: int, event: CartEvent, kind: ActionKind) -> bool:
    """Whether what another event decided about this access is later in the cart's time than
    ``event``, so ``event``'s action on it is not sent. Times have one second's resolution: at
    the same second, of one order, a refund or cancellation comes after the purchase (a new
    order after a refund is the customer buying again)."""
    if decided.event_seq == seq:
        return False
    cart_time = event.occurred_at.timestamp()
    if decided.occurred_at != cart_time:
        return decided.occurred_at > cart_time
    return not decided.grants and kind.grants and decided.order_id == event.order_id


class Worker:
    """Runs the queue of ``store`` against Thinkific through ``actions``, with ``rules``
    (a callable, so ``refresh`` can swap them while the worker runs)."""

    def __init__(
        self,
        store: SqlStore,
        actions: ThinkificActions,
        rules: Callable[[], Rules],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        backoff: Backoff = Backoff(),
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.actions = actions
        self.rules = rules
        self.concurrency = concurrency
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.clock = clock
        self.owner = new_owner()
        self._wake = asyncio.Event()
        self._running: set[int] = set()
        self._renewed = 0.0

    def wake(self) -> None:
        """A new event was stored: look at the queue now."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Work until ``stop`` is set; events being run then are finished first."""
        tasks: set[asyncio.Task[None]] = set()
        failures = 0
        while not stop.is_set():
            try:
                self._start_due(tasks)
                await self._pause(tasks, stop)
                failures = 0
            except Exception:  # the store locked or unreachable: wait, and carry on
                failures += 1
                logger.exception("engine: the queue could not be read; trying again")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), min(30.0, 0.5 * 2**failures))
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def drain(self) -> None:
        """Work until nothing is due now (retries scheduled later are left): for tests, the
        dry-run and one-off replays."""
        tasks: set[asyncio.Task[None]] = set()
        while True:
            self._start_due(tasks)
            if not tasks:
                return
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)

    def _start_due(self, tasks: set[asyncio.Task[None]]) -> None:
        now = self.clock()
        if self._running and now - self._renewed > DEFAULT_LEASE_SECONDS / 3:
            self.store.renew(self.owner, sorted(self._running))
            self._renewed = now
        room = self.concurrency - len(tasks)
        if room <= 0:
            return
        for stored in self.store.claim(self.owner, now, room):
            self._running.add(stored.seq)
            task = asyncio.create_task(self._run_guarded(stored))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            task.add_done_callback(self._finished(stored.seq))

    def _finished(self, seq: int) -> Callable[[asyncio.Task[None]], None]:
        return lambda _: self._running.discard(seq)

    async def _pause(self, tasks: set[asyncio.Task[None]], stop: asyncio.Event) -> None:
        """Until something may be due: a new event, a task done, a retry's time, a stop."""
        self._wake.clear()
        waiters: set[asyncio.Future[object]] = {
            asyncio.ensure_future(self._wake.wait()),
            asyncio.ensure_future(stop.wait()),
        }
        next_at = self.store.next_due_at()
        timeout = 1.0 if next_at is None else max(0.0, min(1.0, next_at - self.clock()))
        done, pending = await asyncio.wait(
            waiters | set(tasks), timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        for waiter in waiters:
            waiter.cancel()
        del done, pending

    async def _run_guarded(self, stored: StoredEvent) -> None:
        try:
            await self.run_event(stored)
        except Exception as error:  # a bug must not stop the queue: park the event, say why
            logger.exception("engine: event %s failed unexpectedly", stored.seq)
            with contextlib.suppress(Exception):
                self.store.finish(stored.seq, "failed", f"internal error: {error!r}")

    # -- one event ---------------------------------------------------------------------------

    async def run_event(self, stored: StoredEvent) -> None:
        assert stored.event is not None
        event = event_from_json(stored.event)
        planned = plan(self.rules(), event)
        self.store.plan(
            stored.seq,
            [(p.rule, p.kind.value, p.target_id, p.target_name, event.items[p.item_index].ref)
             for p in planned],
        )  # fmt: skip
        actions = self.store.actions(stored.seq)
        if not actions:
            why = (f"no trigger for {event.cart_event}" if event.trigger is None
                   else "no rule matches")  # fmt: skip
            self.store.finish(stored.seq, "ignored", why)
            return
        failed: list[str] = []
        for action in actions:
            if action.status in ("done", "superseded", "failed"):
                if action.status == "failed":
                    failed.append(f"{action.rule}: {action.error}")
                continue
            try:
                await self._run_action(stored, event, action)
            except _TryLater as later:
                if stored.attempts + 1 < self.max_attempts:
                    delay = self.backoff.delay(stored.attempts)
                    self.store.retry_later(stored.seq, self.clock() + delay, later.reason)
                    return
                reason = f"gave up after {self.max_attempts} attempts: {later.reason}"
                self.store.set_action(stored.seq, action.n, "failed", error=reason)
                failed.append(f"{action.rule}: {reason}")
            except ThinkificError as error:
                reason = str(error)
                self.store.set_action(stored.seq, action.n, "failed", error=reason)
                failed.append(f"{action.rule}: {reason}")
        self.store.finish(stored.seq, "failed" if failed else "done", "; ".join(failed) or None)

    async def _run_action(
        self, stored: StoredEvent, event: CartEvent, action: StoredAction
    ) -> None:
        kind = ActionKind(action.kind)
        email = normal_email(event.customer.email)
        cart_time = event.occurred_at.timestamp()
        decided = None
        if kind.enrolls:
            decided = self.store.access(email, kind.target, action.target_id)
        if decided is not None and overtaken(decided, stored.seq, event, kind):
            what = "granted" if decided.grants else "expired"
            self.store.set_action(
                stored.seq, action.n, "superseded",
                answer=f"not sent: a later event (#{decided.event_seq}) already {what} it",
            )  # fmt: skip
            return
        try:
            outcome = await self._carry_out(event, action, kind, decided)
        except ThinkificError as error:
            if isinstance(error, RateLimitError | AuthenticationError | PermissionDeniedError):
                # Refused before any work: the next attempt is a first one, not a recovery.
                self.store.set_action(stored.seq, action.n, "pending", error=str(error))
            if transient(error):
                raise _TryLater(str(error)) from error
            raise
        if outcome.pending:
            self.store.set_action(stored.seq, action.n, "confirming", answer=outcome.answer)
            raise _TryLater("waiting for Thinkific to confirm the bundle enrollment")
        if not kind.enrolls:
            self.store.set_action(stored.seq, action.n, "done", answer=outcome.answer)
            return
        self.store.set_access(
            email, kind.target, action.target_id,
            Access(kind.grants, cart_time, stored.seq, event.order_id, outcome.enrollment_id),
        )  # fmt: skip
        self.store.set_action(stored.seq, action.n, "done", answer=outcome.answer)

    async def _record(self, event: CartEvent, action: StoredAction, kind: ActionKind) -> Outcome:
        item = event.items[[i.ref for i in event.items].index(action.item_ref)]
        family = "thrivecart" if event.source.value.startswith("thrivecart") else event.source
        sale = Sale(
            provider="ThriveCart" if family == "thrivecart" else "SamCart",
            remembered=f"external_order:{family}:{event.order_id}:{item.ref}",
            amount=item.amount_cents or event.amount_cents or 0,
            currency=(event.currency or "USD").upper(),
            reference=f"{event.order_id}:{item.ref}",
            order_type="subscription" if item.subscription_id else "one-time",
        )
        if kind is ActionKind.RECORD_REFUND:
            # ThriveCart's refund notice carries the refund's own amount; SamCart's the order's
            # total: a refund records at most what the item was sold for.
            refunded = [a for a in (event.amount_cents, item.amount_cents) if a]
            sale = dataclasses.replace(sale, amount=min(refunded, default=0))
            return await self.actions.record_refund(sale)
        user_id = await self.actions.ensure_user(
            event.customer, profile_fields(self.rules(), event)
        )
        return await self.actions.record_sale(user_id, action.target_id, sale)

    async def _carry_out(
        self, event: CartEvent, action: StoredAction, kind: ActionKind, decided: Access | None
    ) -> Outcome:
        target = action.target_id
        if action.status == "confirming":
            user_id = await self.actions.find_user(event.customer.email)
            if user_id is not None and await self.actions.bundle_enrolled(user_id, target):
                return Outcome("bundle enrollment confirmed")
            raise _TryLater("Thinkific has not finished the bundle enrollment (202) yet")
        interrupted = action.status == "started"  # its request may have reached Thinkific
        if interrupted and not kind.enrolls:
            # External orders cannot be looked up: sending again might record the sale twice.
            raise _Refused(
                "the engine stopped while recording this; it may be recorded "
                "already (check the school's external orders), replay to send it"
            )
        self.store.set_action(action.event_seq, action.n, "started", attempt=True)
        now = datetime.datetime.fromtimestamp(self.clock(), datetime.UTC)
        if not kind.enrolls:
            return await self._record(event, action, kind)
        known = decided.enrollment_id if decided is not None else None
        if kind.grants:
            fields = profile_fields(self.rules(), event)
            user_id = await self.actions.ensure_user(event.customer, fields)
            if kind is ActionKind.CREATE_COURSE_ENROLLMENT:
                return await self.actions.create_course_enrollment(
                    user_id, target, now, known_enrollment=known, check=interrupted
                )
            return await self.actions.create_bundle_enrollment(user_id, target, now)
        found = await self.actions.find_user(event.customer.email)
        if kind is ActionKind.EXPIRE_COURSE_ENROLLMENT:
            return await self.actions.expire_course_enrollment(
                found, target, now, known_enrollment=known
            )
        return await self.actions.expire_bundle_enrollment(found, target, now)
