"""The source parsers: one cart's delivery, decoded (:func:`decode_fields`), as the engine's
:class:`~aiothinkific.engine.model.CartEvent`. Every failure is an
:class:`~aiothinkific.engine.model.EventParseError`."""

from aiothinkific.engine.sources.forms import decode_fields
from aiothinkific.engine.sources.samcart import parse_notify
from aiothinkific.engine.sources.thrivecart import (
    is_ping,
    parse_subscription_event,
    parse_webhook,
)

__all__ = [
    "decode_fields",
    "is_ping",
    "parse_notify",
    "parse_subscription_event",
    "parse_webhook",
]
