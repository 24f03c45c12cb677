"""A :class:`~aiothinkific.engine.model.CartEvent` as the JSON the store keeps, and back."""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict
from typing import Any

from aiothinkific.engine.model import (
    CartEvent,
    Customer,
    Item,
    ItemKind,
    Source,
    Trigger,
)


def event_to_json(event: CartEvent) -> str:
    data = asdict(event)
    data["occurred_at"] = event.occurred_at.isoformat()
    data["customer"]["custom_fields"] = dict(event.customer.custom_fields)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def event_from_json(text: str) -> CartEvent:
    data: dict[str, Any] = json.loads(text)
    customer = data.pop("customer")
    items = data.pop("items")
    trigger = data.pop("trigger")
    return CartEvent(
        source=Source(data.pop("source")),
        trigger=None if trigger is None else Trigger(trigger),
        customer=Customer(**customer),
        items=tuple(Item(**{**item, "kind": ItemKind(item["kind"])}) for item in items),
        occurred_at=datetime.datetime.fromisoformat(data.pop("occurred_at")),
        **data,
    )
