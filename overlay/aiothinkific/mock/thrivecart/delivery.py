"""Deliveries of ThriveCart's order events, on the mock's shared deliverer (background task,
retries, ``redeliver``):

- to the account's webhooks: every event, form-encoded with PHP bracket keys
  (``customer[email]``, ``order[charges][0][amount]``) or as JSON whose every scalar is a string,
  carrying ``thrivecart_account`` and ``thrivecart_secret`` (the account's secret word: the only
  proof of origin ThriveCart gives; there is no signature);
- to the API's event subscriptions (``/subscribe``) whose event (or ``*``) and trigger fields
  match: JSON, typed, with a ``webhook_id`` that is the same on every retry of one delivery.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from aiothinkific.mock.store import Doc
from aiothinkific.mock.thrivecart.records import ACCOUNT_WEBHOOK, EVENT_SUBSCRIPTION
from aiothinkific.mock.thrivecart.settings import ThriveCartSettings
from aiothinkific.mock.webhooks.deliverer import Deliverer, Delivery

FORM_HEADERS = {"content-type": "application/x-www-form-urlencoded"}
JSON_HEADERS = {"content-type": "application/json"}


def php_fields(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """``value`` as PHP's ``http_build_query`` writes it: nested keys in brackets, lists by
    index, ``true``/``false`` as ``1``/``0``, ``null`` as empty."""
    if isinstance(value, dict):
        items: list[tuple[Any, Any]] = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return [(prefix, scalar_text(value, form=True))]
    fields: list[tuple[str, str]] = []
    for key, item in items:
        fields += php_fields(item, f"{prefix}[{key}]" if prefix else str(key))
    return fields


def scalar_text(value: Any, *, form: bool = False) -> str:
    if value is None:
        return "" if form else "null"
    if isinstance(value, bool):
        return ("1" if value else "0") if form else ("true" if value else "false")
    return str(value)


def stringified(value: Any) -> Any:
    """``value`` with every scalar a string, as ThriveCart's JSON webhooks send it."""
    if isinstance(value, dict):
        return {key: stringified(item) for key, item in value.items()}
    if isinstance(value, list):
        return [stringified(item) for item in value]
    return scalar_text(value)


def matches(wanted: Any, actual: Any) -> bool:
    """Whether a notice's value satisfies a trigger field: equal as text, an object field by
    field, a list of wanted values any of them."""
    if isinstance(wanted, dict):
        return isinstance(actual, dict) and all(
            matches(value, actual.get(key)) for key, value in wanted.items()
        )
    if isinstance(wanted, list):
        return any(matches(option, actual) for option in wanted)
    return actual is not None and scalar_text(wanted) == scalar_text(actual)


class ThriveCartDeliverer(Deliverer):
    """ThriveCart's deliveries of the events :func:`~aiothinkific.mock.thrivecart.events.emit`
    queued."""

    settings: ThriveCartSettings

    def __init__(self, settings: ThriveCartSettings, store: Any) -> None:
        super().__init__(settings, store)
        self.retries = settings.webhook_retries

    def deliveries(self, envelope: Doc) -> list[Delivery]:
        with self.store.transaction(write=False):
            hooks = self.store.select(ACCOUNT_WEBHOOK) if envelope["account"] else []
            subscriptions = self.store.select(EVENT_SUBSCRIPTION)
        notice = envelope["notice"]
        found = [self.account_delivery(hook, notice) for hook in hooks]
        for name in envelope["api_events"]:
            typed = {**notice, "event": name}
            for sub in subscriptions:
                if sub["event"] not in ("*", name):
                    continue
                if not matches(sub.get("trigger_fields") or {}, typed):
                    continue
                body = {**typed, "webhook_id": f"{envelope['id']}-{sub['id']}-{name}"}
                found.append(Delivery(sub["target_url"], json.dumps(body).encode(),
                                      JSON_HEADERS, name))  # fmt: skip
        return found

    def account_delivery(self, hook: Doc, notice: Doc) -> Delivery:
        signed = {**notice, "thrivecart_account": self.settings.subdomain,
                  "thrivecart_secret": self.settings.secret_word}  # fmt: skip
        if hook["format"] == "json":
            body = json.dumps(stringified(signed)).encode()
            return Delivery(hook["url"], body, JSON_HEADERS, notice["event"])
        return Delivery(hook["url"], urlencode(php_fields(signed)).encode(), FORM_HEADERS,
                        notice["event"])  # fmt: skip
