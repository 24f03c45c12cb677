"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .event import Event
from .event_payload import EventPayload
from .topic import Topic
from .validation_errors import ValidationErrors
from .validation_errors_errors import ValidationErrorsErrors
from .webhook import Webhook
from .webhook_list import WebhookList
from .webhook_list_meta import WebhookListMeta
from .webhook_request import WebhookRequest

__all__ = (
    "Error",
    "Event",
    "EventPayload",
    "Topic",
    "ValidationErrors",
    "ValidationErrorsErrors",
    "Webhook",
    "WebhookList",
    "WebhookListMeta",
    "WebhookRequest",
)
