"""Thinkific webhooks: the receiver that verifies and dispatches deliveries, the typed events it
hands to handlers, and the subscriptions that start and stop instant triggers. (``tk.webhooks``,
the Webhooks API itself, is a generated resource.)

The receiver needs Starlette (the ``mock`` extra); it is imported on first use, so the client
alone does not need it."""

from typing import TYPE_CHECKING, Any

from aiothinkific.webhooks.events import (
    SIGNATURE_HEADER,
    TOPICS,
    EnrollmentPayload,
    OrderPayload,
    WebhookEvent,
    WebhookUser,
    sign,
    verify,
)
from aiothinkific.webhooks.store import EventStore, StoredEvent

if TYPE_CHECKING:
    from aiothinkific.webhooks.receiver import EventHandler, ReplayResult, WebhookReceiver


def __getattr__(name: str) -> Any:
    if name in ("EventHandler", "ReplayResult", "WebhookReceiver"):
        from aiothinkific.webhooks import receiver

        return getattr(receiver, name)
    raise AttributeError(name)


__all__ = [
    "SIGNATURE_HEADER",
    "TOPICS",
    "EnrollmentPayload",
    "EventHandler",
    "EventStore",
    "OrderPayload",
    "ReplayResult",
    "StoredEvent",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookUser",
    "sign",
    "verify",
]
