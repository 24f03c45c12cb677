"""Webhook deliveries as typed events: the envelope Thinkific POSTs, its signature, and typed
payloads for the topics the Watch triggers use (enrollments and orders; other payloads stay
dicts, so a topic Thinkific adds later still arrives)."""

from __future__ import annotations

import datetime
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

from thinkific_webhooks_client.models.topic import TOPIC_VALUES

SIGNATURE_HEADER = "X-Thinkific-Hmac-Sha256"

#: Every topic the Webhooks API v2 documents: the generated ``Topic`` enum of its spec
#: (spec/thinkific-webhooks.yaml), so a topic added there is known here after regeneration.
TOPICS: frozenset[str] = frozenset(TOPIC_VALUES)


def sign(secret: str, body: bytes) -> str:
    """The ``X-Thinkific-Hmac-Sha256`` value for ``body``: lowercase hex HMAC-SHA256."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether ``signature`` is ``body``'s, compared in constant time."""
    if not signature:
        return False
    expected = sign(secret, body).encode()
    return hmac.compare_digest(expected, signature.strip().lower().encode("utf-8", "replace"))


class EnvelopeError(ValueError):
    """A body that is not a webhook envelope (answered 400)."""


# Lenient readers: a payload field of an unexpected type becomes None rather than failing the
# delivery, since a verified event is worth keeping even when Thinkific changes a field.


def _str(value: Any) -> str | None:
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    digits = value.strip().lstrip("-") if isinstance(value, str) else ""
    if digits.isascii() and digits.isdigit():
        return int(value)
    return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class WebhookUser:
    id: int | None
    email: str | None
    first_name: str | None
    last_name: str | None

    @classmethod
    def parse(cls, data: Any) -> WebhookUser:
        d = _dict(data)
        return cls(_int(d.get("id")), _str(d.get("email")), _str(d.get("first_name")),
                   _str(d.get("last_name")))  # fmt: skip


@dataclass(frozen=True)
class WebhookCourse:
    id: int | None
    name: str | None


@dataclass(frozen=True)
class EnrollmentPayload:
    """An ``enrollment.*`` payload. ``percentage_completed`` is sent as a string ("24.0")."""

    id: int | None
    course_id: int | None
    course: WebhookCourse
    user: WebhookUser
    percentage_completed: float | None
    activated_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    expiry_date: datetime.datetime | None
    started_at: datetime.datetime | None
    free_trial: bool

    @classmethod
    def parse(cls, data: dict[str, Any]) -> EnrollmentPayload:
        course = _dict(data.get("course"))
        return cls(
            id=_int(data.get("id")),
            course_id=_int(data.get("course_id")),
            course=WebhookCourse(_int(course.get("id")), _str(course.get("name"))),
            user=WebhookUser.parse(data.get("user")),
            percentage_completed=_float(data.get("percentage_completed")),
            activated_at=_time(data.get("activated_at")),
            completed_at=_time(data.get("completed_at")),
            expiry_date=_time(data.get("expiry_date")),
            started_at=_time(data.get("started_at")),
            free_trial=data.get("free_trial") is True,
        )


@dataclass(frozen=True)
class OrderPayload:
    """An ``order.created`` payload."""

    id: int | None
    order_number: str | None
    amount_cents: int | None
    amount_dollars: float | None
    billing_name: str | None
    coupon: Any
    payment_type: str | None
    product_id: int | None
    product_name: str | None
    status: str | None
    user: WebhookUser
    affiliate_referral_code: str | None

    @classmethod
    def parse(cls, data: dict[str, Any]) -> OrderPayload:
        return cls(
            id=_int(data.get("id")),
            order_number=_str(data.get("order_number")),
            amount_cents=_int(data.get("amount_cents")),
            amount_dollars=_float(data.get("amount_dollars")),
            billing_name=_str(data.get("billing_name")),
            coupon=data.get("coupon"),
            payment_type=_str(data.get("payment_type")),
            product_id=_int(data.get("product_id")),
            product_name=_str(data.get("product_name")),
            status=_str(data.get("status")),
            user=WebhookUser.parse(data.get("user")),
            affiliate_referral_code=_str(data.get("affiliate_referral_code")),
        )


Payload = EnrollmentPayload | OrderPayload | dict[str, Any]


@dataclass(frozen=True)
class WebhookEvent:
    """One verified delivery. ``topic`` is ``resource.action``; ``raw`` is the whole envelope."""

    id: str
    resource: str
    action: str
    tenant_id: str | None
    created_at: datetime.datetime | None
    payload: Payload
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def topic(self) -> str:
        return f"{self.resource}.{self.action}"

    @classmethod
    def parse(cls, envelope: Any) -> WebhookEvent:
        """The event in a decoded JSON body; ``EnvelopeError`` if it is not an envelope."""
        if not isinstance(envelope, dict):
            raise EnvelopeError("the body is not a JSON object")
        event_id = _str(envelope.get("id"))
        resource, action = envelope.get("resource"), envelope.get("action")
        if not event_id:
            raise EnvelopeError("the envelope has no id")
        if not isinstance(resource, str) or not isinstance(action, str):
            raise EnvelopeError("the envelope has no resource and action")
        data = _dict(envelope.get("payload"))
        payload: Payload
        if resource == "enrollment":
            payload = EnrollmentPayload.parse(data)
        elif resource == "order":
            payload = OrderPayload.parse(data)
        else:
            payload = data
        return cls(
            id=event_id,
            resource=resource,
            action=action,
            tenant_id=_str(envelope.get("tenant_id")),
            created_at=_time(envelope.get("created_at")),
            payload=payload,
            raw=envelope,
        )
