"""Webhook deliveries as typed events: the envelope Thinkific POSTs, its signature, and typed
payloads for the topics the Watch triggers use (enrollments and orders; other payloads stay
dicts, so a topic Thinkific adds later still arrives)."""

from __future__ import annotations

import datetime
import decimal
import hashlib
import hmac
import json
import re
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


_INT_DIGITS = 4300  # Python's limit for int(str) (sys.get_int_max_str_digits' default)


def _parse_int(text: str) -> int | decimal.Decimal:
    """A JSON integer: an ``int``, or a ``Decimal`` beyond the digits ``int()`` takes."""
    return int(text) if len(text.lstrip("-")) <= _INT_DIGITS else decimal.Decimal(text)


def loads(body: bytes) -> Any:
    """The JSON in a delivery's body. Any integer is accepted: one too long for ``int()``
    (thousands of digits) is a ``decimal.Decimal``, so a well-formed body always decodes.
    ``ValueError`` for a body that is not UTF-8 JSON, ``RecursionError`` for one nested too deep."""
    return json.loads(body, parse_int=_parse_int)


# Lenient readers: a payload field that does not convert to its type becomes None rather than
# failing the delivery, since a verified event is worth keeping even when Thinkific changes a
# field; each such field is noted (its path and what it should be, never its value).


class _Reader:
    def __init__(self) -> None:
        self.notes: list[str] = []

    def _bad(self, path: str, expected: str, value: Any) -> None:
        self.notes.append(f"{path}: not {expected} ({type(value).__name__})")

    def str_(self, value: Any, path: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 14000:
            return str(value)
        self._bad(path, "a string", value)
        return None

    def int_(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
            return int(value)
        self._bad(path, "an integer", value)
        return None

    def float_(self, value: Any, path: str) -> float | None:
        if value is None:
            return None
        if not isinstance(value, bool) and isinstance(value, int | float | str | decimal.Decimal):
            try:
                return float(value)
            except (ValueError, OverflowError):
                pass
        self._bad(path, "a number", value)
        return None

    def time_(self, value: Any, path: str) -> datetime.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return datetime.datetime.fromisoformat(value)
            except ValueError:
                pass
        self._bad(path, "an ISO 8601 time", value)
        return None

    def dict_(self, value: Any, path: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        if value is not None:
            self._bad(path, "an object", value)
        return {}


_INTEGER = re.compile(rf"[+-]?[0-9]{{1,{_INT_DIGITS}}}")


@dataclass(frozen=True)
class WebhookUser:
    id: int | None
    email: str | None
    first_name: str | None
    last_name: str | None

    @classmethod
    def parse(cls, data: Any, _r: _Reader | None = None, path: str = "user") -> WebhookUser:
        r = _r or _Reader()
        d = r.dict_(data, path)
        return cls(r.int_(d.get("id"), f"{path}.id"), r.str_(d.get("email"), f"{path}.email"),
                   r.str_(d.get("first_name"), f"{path}.first_name"),
                   r.str_(d.get("last_name"), f"{path}.last_name"))  # fmt: skip


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
    def parse(cls, data: dict[str, Any], _r: _Reader | None = None) -> EnrollmentPayload:
        r, p = _r or _Reader(), "payload."
        course = r.dict_(data.get("course"), p + "course")
        return cls(
            id=r.int_(data.get("id"), p + "id"),
            course_id=r.int_(data.get("course_id"), p + "course_id"),
            course=WebhookCourse(
                r.int_(course.get("id"), p + "course.id"),
                r.str_(course.get("name"), p + "course.name"),
            ),
            user=WebhookUser.parse(data.get("user"), r, p + "user"),
            percentage_completed=r.float_(
                data.get("percentage_completed"), p + "percentage_completed"
            ),
            activated_at=r.time_(data.get("activated_at"), p + "activated_at"),
            completed_at=r.time_(data.get("completed_at"), p + "completed_at"),
            expiry_date=r.time_(data.get("expiry_date"), p + "expiry_date"),
            started_at=r.time_(data.get("started_at"), p + "started_at"),
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
    def parse(cls, data: dict[str, Any], _r: _Reader | None = None) -> OrderPayload:
        r, p = _r or _Reader(), "payload."
        return cls(
            id=r.int_(data.get("id"), p + "id"),
            order_number=r.str_(data.get("order_number"), p + "order_number"),
            amount_cents=r.int_(data.get("amount_cents"), p + "amount_cents"),
            amount_dollars=r.float_(data.get("amount_dollars"), p + "amount_dollars"),
            billing_name=r.str_(data.get("billing_name"), p + "billing_name"),
            coupon=data.get("coupon"),
            payment_type=r.str_(data.get("payment_type"), p + "payment_type"),
            product_id=r.int_(data.get("product_id"), p + "product_id"),
            product_name=r.str_(data.get("product_name"), p + "product_name"),
            status=r.str_(data.get("status"), p + "status"),
            user=WebhookUser.parse(data.get("user"), r, p + "user"),
            affiliate_referral_code=r.str_(
                data.get("affiliate_referral_code"), p + "affiliate_referral_code"
            ),
        )


Payload = EnrollmentPayload | OrderPayload | dict[str, Any]


def _event_id(value: Any) -> str | None:
    """An envelope's id: a string, or an integer of any length (written as its digits)."""
    if isinstance(value, str):
        return value
    if isinstance(value, decimal.Decimal) and value == value.to_integral_value():
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 14000:
        return str(value)
    return None


@dataclass(frozen=True)
class WebhookEvent:
    """One verified delivery. ``topic`` is ``resource.action``; ``raw`` is the whole envelope, as
    sent (integers too long for ``int()`` are ``decimal.Decimal``).

    ``payload`` is typed for enrollments and orders, a dict for other resources. A field that
    does not convert (``user.id = "--5"``) is ``None`` there and named in ``typing_errors``; the
    event is still accepted, stored and handled, its value is in ``raw["payload"]``."""

    id: str
    resource: str
    action: str
    tenant_id: str | None
    created_at: datetime.datetime | None
    payload: Payload
    raw: dict[str, Any] = field(repr=False, compare=False)
    typing_errors: tuple[str, ...] = field(default=(), compare=False)

    @property
    def topic(self) -> str:
        return f"{self.resource}.{self.action}"

    @classmethod
    def parse(cls, envelope: Any) -> WebhookEvent:
        """The event in a decoded JSON body; ``EnvelopeError`` if it is not an envelope (no
        object, no id, no resource and action). Nothing in the payload makes it fail."""
        if not isinstance(envelope, dict):
            raise EnvelopeError("the body is not a JSON object")
        event_id = _event_id(envelope.get("id"))
        resource, action = envelope.get("resource"), envelope.get("action")
        if not event_id:
            raise EnvelopeError("the envelope has no id")
        if not isinstance(resource, str) or not isinstance(action, str):
            raise EnvelopeError("the envelope has no resource and action")
        r = _Reader()
        data = r.dict_(envelope.get("payload"), "payload")
        payload: Payload = data
        try:
            if resource == "enrollment":
                payload = EnrollmentPayload.parse(data, r)
            elif resource == "order":
                payload = OrderPayload.parse(data, r)
        except Exception as error:  # a reader's bug must not lose a verified event
            r.notes.append(f"payload: not typed ({type(error).__name__}); it stays a dict")
        return cls(
            id=event_id,
            resource=resource,
            action=action,
            tenant_id=r.str_(envelope.get("tenant_id"), "tenant_id"),
            created_at=r.time_(envelope.get("created_at"), "created_at"),
            payload=payload,
            raw=envelope,
            typing_errors=tuple(r.notes),
        )
