"""Events the backends emit while a request runs, kept until its transaction commits.

Backends call :func:`emit` inside their transaction when something a topic watches happens; the
event is recorded (``GET /events/{id}`` of the Webhooks API) and collected by
:func:`collect_events`, which the app opens around each request; it hands the events to the
deliverer once the request has committed (a request that fails sends nothing).
"""

from __future__ import annotations

import contextvars
import datetime

from aiothinkific.mock import timefmt
from aiothinkific.mock.engine import Call
from aiothinkific.mock.store import Doc, Store, eq

#: The store's kinds: registered webhooks, and the events recorded for them.
WEBHOOK, EVENT = "webhook", "webhook_event"
_OUTBOX: contextvars.ContextVar[list[Doc] | None] = contextvars.ContextVar(
    "mock_webhook_outbox", default=None
)


class collect_events:  # a lowercase name: used as the function it replaced
    """Collect the events emitted while a request runs (delivered once it has committed).
    (A class: on every request, a generator costs more.)"""

    __slots__ = ("events", "token")

    def __enter__(self) -> list[Doc]:
        self.events: list[Doc] = []
        self.token = _OUTBOX.set(self.events)
        return self.events

    def __exit__(self, *_: object) -> None:
        _OUTBOX.reset(self.token)


def emit(call: Call, topic: str, payload: Doc) -> None:
    """Record a ``topic`` event if a webhook watches it; deliver it after the request commits."""
    emit_at(call.store, call.now, topic, payload)


def emit_at(store: Store, now: datetime.datetime, topic: str, payload: Doc) -> None:
    if store.first(WEBHOOK, [eq("topic", topic)]) is None:
        return
    resource, _, action = topic.partition(".")
    (number,) = store.next_ids(EVENT)
    envelope = {
        "id": f"{now:%Y%m%d%H%M%S}{number:09d}",
        "resource": resource,
        "action": action,
        "tenant_id": "1",
        "created_at": timefmt.iso(now),
        "payload": payload,
    }
    store.put_many(EVENT, [{"id": number, "event_id": envelope["id"], "envelope": envelope}])
    queue(envelope)


def queue(event: Doc) -> None:
    """Hand ``event`` to the deliverer once the request running now has committed (nothing
    when no request collects events)."""
    events = _OUTBOX.get()
    if events is not None:
        events.append(event)
