"""The event log as people read it: one :class:`LogEntry` per event, with the rules it matched,
each action and Thinkific's answer, and the reason of whatever went wrong. Secrets the carts
put in a delivery (ThriveCart's secret word, SamCart's api key) are masked wherever it is shown.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import parse_qsl

from aiothinkific.engine.store import SqlStore, StoredAction, StoredEvent

#: Fields of a delivery that hold a secret, at any depth (``thrivecart_secret``, ``api_key``).
SECRET_FIELDS = re.compile(r"(secret|api_key|password|token)", re.IGNORECASE)
MASK = "***"
#: A secret-named key and the value after it, in text of no known format (multipart, garbage).
_SECRET_VALUE = re.compile(
    r"((?:secret|api_key|password|token)[^=:\s]*[\"']?\s*[=:]\s*[\"']?|"
    r"name=\"[^\"]*(?:secret|api_key|password|token)[^\"]*\"\r?\n\r?\n)([^&\"'\s,}]+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ActionEntry:
    rule: str
    action: str
    target: str
    item: str
    status: str
    attempts: int
    answer: str | None
    error: str | None


@dataclass(frozen=True)
class LogEntry:
    seq: int
    received_at: str
    source: str
    status: str
    cart_event: str | None
    trigger: str | None
    email: str | None
    products: list[str]
    occurred_at: str | None
    deliveries: int
    attempts: int
    error: str | None
    actions: list[ActionEntry]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _when(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    moment = datetime.datetime.fromtimestamp(epoch, datetime.UTC)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def entry(stored: StoredEvent, actions: list[StoredAction]) -> LogEntry:
    return LogEntry(
        seq=stored.seq,
        received_at=_when(stored.received_at) or "",
        source=stored.source,
        status=stored.status,
        cart_event=stored.cart_event,
        trigger=stored.trigger,
        email=stored.email,
        products=(stored.products or "").split(),
        occurred_at=_when(stored.occurred_at),
        deliveries=stored.deliveries,
        attempts=stored.attempts,
        error=stored.error,
        actions=[
            ActionEntry(
                rule=a.rule, action=a.kind, target=f"{a.target_name} ({a.target_id})",
                item=a.item_ref, status=a.status, attempts=a.attempts, answer=a.answer,
                error=a.error,
            )
            for a in actions
        ],
    )  # fmt: skip


def entries(store: SqlStore, events: list[StoredEvent]) -> list[LogEntry]:
    return [entry(stored, store.actions(stored.seq)) for stored in events]


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: MASK if SECRET_FIELDS.search(str(k)) else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


def masked_payload(stored: StoredEvent) -> str:
    """The delivery as received, as text, with its secrets masked: JSON indented, form fields
    decoded one a line (``customer[email]: ann@example.com``)."""
    text = stored.raw.decode("utf-8", "replace")
    if "json" in stored.content_type or text.lstrip().startswith(("{", "[")):
        try:
            return json.dumps(_masked(json.loads(text)), indent=2, ensure_ascii=False)
        except (ValueError, RecursionError):
            pass
    if "form-urlencoded" in stored.content_type:  # one decoded field a line
        pairs = parse_qsl(text, keep_blank_values=True)
        return "\n".join(f"{k}: {MASK if SECRET_FIELDS.search(k) else v}" for k, v in pairs)
    return _SECRET_VALUE.sub(lambda found: found.group(1) + MASK, text)
