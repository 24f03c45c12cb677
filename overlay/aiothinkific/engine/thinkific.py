"""The four actions in Thinkific, through the overlay client (its rate limiter, retries and
typed errors), asking as little as possible: what Thinkific has told the engine is kept in the
store (email -> user id, the enrollment an action made), so a returning customer costs about
one request per enrollment and a new one two (create the user, enroll).

Each action is safe to repeat: the worker repeats one a crash may have cut off after its
request reached Thinkific, so every "create" first looks for what an earlier attempt made
(``check=True``), and an answer saying it exists already ("is already enrolled", "has already
been taken") is taken as success, after finding what exists.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from thinkific_admin_client.models import ExternalOrderTransaction
from thinkific_admin_client.models.external_order_request_order_type import (
    ExternalOrderRequestOrderType,
)

from aiothinkific import NotFoundError, Thinkific, UnprocessableEntityError
from aiothinkific.engine.model import Customer
from aiothinkific.engine.store import SqlStore


@dataclass(frozen=True)
class Sale:
    """Money an event moved, as an external order records it. ``remembered`` names where the
    engine keeps the external order's id, per cart order and item (a later rebill or refund
    adds to it)."""

    provider: str
    remembered: str
    amount: int
    currency: str
    reference: str
    order_type: ExternalOrderRequestOrderType


@dataclass(frozen=True)
class Outcome:
    """What an action did: ``answer`` is Thinkific's, in a line for the log; ``pending`` is
    true while Thinkific is still carrying it out (202: asynchronous)."""

    answer: str
    enrollment_id: int | None = None
    pending: bool = False


def normal_email(email: str) -> str:
    return email.strip().lower()


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ThinkificActions:
    """``welcome_email``: send Thinkific's welcome email to users the engine creates."""

    def __init__(self, tk: Thinkific, store: SqlStore, *, welcome_email: bool = False) -> None:
        self.tk = tk
        self.store = store
        self.welcome_email = welcome_email

    # -- users -------------------------------------------------------------------------------

    async def find_user(self, email: str) -> int | None:
        """The Thinkific user with ``email`` (compared trimmed and lower-cased), remembered."""
        email = normal_email(email)
        known = self.store.user_id(email)
        if known is not None:
            return known
        async for user in self.tk.users.list(email=email, limit=100):
            if normal_email(str(user.email)) == email:
                self.store.remember_user(email, user.id)
                return user.id
        return None

    async def ensure_user(
        self, customer: Customer, profile_fields: Sequence[tuple[int, str]] = ()
    ) -> int:
        """The customer's user id: remembered, or created (names, mapped profile fields), or,
        when the email is taken (another event of the customer, an earlier attempt, a user who
        signed up on the school), found. A new customer is tried as new first: one request."""
        email = normal_email(customer.email)
        known = self.store.user_id(email)
        if known is not None:
            return known
        first = customer.first_name.strip() or email.split("@", 1)[0]
        last = customer.last_name.strip() or "-"
        fields = [
            {"custom_profile_field_definition_id": field_id, "value": value}
            for field_id, value in profile_fields
        ]
        body = {"first_name": first, "last_name": last, "email": email,
                "send_welcome_email": self.welcome_email}  # fmt: skip
        if fields:
            body["custom_profile_fields"] = fields
        try:
            answer = await self.tk.request("POST", "/users", json=body)
        except UnprocessableEntityError as error:
            if "email" not in error.errors:
                raise
            found = await self.find_user(email)
            if found is None:
                raise
            return found
        user_id = int(answer.json()["id"])
        self.store.remember_user(email, user_id)
        return user_id

    # -- courses -----------------------------------------------------------------------------

    async def _course_enrollment(self, user_id: int, course_id: int) -> tuple[int, bool] | None:
        """``(enrollment id, active)`` of the user's enrollment in the course, if any."""
        async for found in self.tk.enrollments.list(user_id=user_id, course_id=course_id, limit=1):
            expiry = found.expiry_date
            active = found.activated_at is not None and not (
                isinstance(expiry, datetime.datetime)
                and expiry <= datetime.datetime.now(datetime.UTC)
            )
            return found.id, active
        return None

    async def _activate(self, enrollment_id: int, now: datetime.datetime) -> None:
        await self.tk.enrollments.update(enrollment_id, activated_at=now, expiry_date=None)

    async def create_course_enrollment(
        self,
        user_id: int,
        course_id: int,
        now: datetime.datetime,
        *,
        known_enrollment: int | None = None,
        check: bool = False,
    ) -> Outcome:
        """Give the user full access to the course from ``now`` (``activated_at``: without it
        Thinkific makes a free trial). An enrollment the engine knows of, or finds, is
        activated again rather than made twice."""
        if known_enrollment is not None:
            try:
                await self._activate(known_enrollment, now)
            except NotFoundError:  # deleted in Thinkific since: look for another, or enroll
                check = True
            else:
                return Outcome(f"enrollment {known_enrollment} activated", known_enrollment)
        if check:
            existing = await self._course_enrollment(user_id, course_id)
            if existing is not None:
                return await self._reuse(existing, now)
        try:
            created = await self.tk.enrollments.create(
                course_id=course_id, user_id=user_id, activated_at=now
            )
        except UnprocessableEntityError:  # "is already enrolled": an attempt we did not see
            existing = await self._course_enrollment(user_id, course_id)
            if existing is None:
                raise
            return await self._reuse(existing, now)
        return Outcome(f"enrollment {created.id} created", created.id)

    async def _reuse(self, existing: tuple[int, bool], now: datetime.datetime) -> Outcome:
        enrollment_id, active = existing
        if active:
            return Outcome(f"enrollment {enrollment_id} already active", enrollment_id)
        await self._activate(enrollment_id, now)
        return Outcome(f"enrollment {enrollment_id} activated", enrollment_id)

    async def expire_course_enrollment(
        self,
        user_id: int | None,
        course_id: int,
        now: datetime.datetime,
        *,
        known_enrollment: int | None = None,
    ) -> Outcome:
        """End the user's access to the course now (``expiry_date``; Thinkific has no delete)."""
        if known_enrollment is not None:
            try:
                await self.tk.enrollments.update(known_enrollment, expiry_date=now)
            except NotFoundError:  # deleted in Thinkific since: look for another
                pass
            else:
                return Outcome(f"enrollment {known_enrollment} expired", known_enrollment)
        existing = None
        if user_id is not None:
            existing = await self._course_enrollment(user_id, course_id)
        if existing is None:
            return Outcome("not enrolled: nothing to expire")
        await self.tk.enrollments.update(existing[0], expiry_date=now)
        return Outcome(f"enrollment {existing[0]} expired", existing[0])

    # -- bundles -----------------------------------------------------------------------------

    async def create_bundle_enrollment(
        self, user_id: int, bundle_id: int, now: datetime.datetime
    ) -> Outcome:
        """Enroll the user in the bundle (each of its courses). 201 is done; 202 means Thinkific
        does it in the background, and :meth:`bundle_enrolled` confirms it later. Enrolling
        again is harmless: an existing enrollment joins the bundle. (The raw call, through the
        same client: the typed method does not say which of 201 and 202 it got.)"""
        answer = await self.tk.request(
            "POST",
            f"/bundles/{bundle_id}/enrollments",
            json={"user_id": user_id, "activated_at": _iso(now)},
        )
        if answer.status_code == 202:
            return Outcome("accepted (202): Thinkific enrolls in the background", pending=True)
        return Outcome(f"bundle enrollment created ({answer.status_code})")

    async def bundle_enrolled(self, user_id: int, bundle_id: int) -> bool:
        async for _ in self.tk.bundles.list_enrollments(bundle_id, user_id=user_id, limit=1):
            return True
        return False

    async def expire_bundle_enrollment(
        self, user_id: int | None, bundle_id: int, now: datetime.datetime
    ) -> Outcome:
        if user_id is None:
            return Outcome("no such Thinkific user: nothing to expire")
        try:
            await self.tk.bundles.update_enrollments(bundle_id, user_id=user_id, expiry_date=now)
        except UnprocessableEntityError as error:
            if "user_id" not in error.errors:
                raise
            return Outcome("not enrolled in the bundle: nothing to expire")
        return Outcome("bundle enrollment expired")

    # -- the sale, as an external order ------------------------------------------------------

    async def record_sale(self, user_id: int, product_id: int, sale: Sale) -> Outcome:
        """Record the sale as an external order of the product (the first of a cart order), or
        add a purchase transaction to the one recorded for it before (a rebill). External
        orders enroll no one; they tell the school where its students came from."""
        known = self.store.snapshot(sale.remembered)
        if known is not None:
            await self.tk.external_orders.purchase(
                int(known["id"]), amount=sale.amount, currency=sale.currency,
                reference=sale.reference, action="purchase",
            )  # fmt: skip
            return Outcome(f"purchase added to external order {known['id']}")
        created = await self.tk.external_orders.create(
            payment_provider=sale.provider, user_id=user_id, product_id=product_id,
            order_type=sale.order_type,
            transaction=ExternalOrderTransaction(
                amount=sale.amount, currency=sale.currency, reference=sale.reference,
                action="purchase",
            ),
        )  # fmt: skip
        self.store.save_snapshot(sale.remembered, {"id": created.id})
        return Outcome(f"external order {created.id} recorded")

    async def record_refund(self, sale: Sale) -> Outcome:
        """Add a refund transaction to the external order recorded for the sale."""
        known = self.store.snapshot(sale.remembered)
        if known is None:
            return Outcome("no external order was recorded for this sale: nothing to refund")
        await self.tk.external_orders.refund(
            int(known["id"]), amount=sale.amount, currency=sale.currency,
            reference=sale.reference, action="refund",
        )  # fmt: skip
        return Outcome(f"refund added to external order {known['id']}")
