"""Enrollments (of a user in a course) and bundle enrollments (one per course of a bundle)."""

from __future__ import annotations

from typing import Any

from aiothinkific.mock import webhooks
from aiothinkific.mock.backends.records import BUNDLES, COURSES, ENROLLMENTS, USERS
from aiothinkific.mock.engine import Call, changes
from aiothinkific.mock.errors import field_error
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import (
    Doc,
    Filter,
    compare,
    day_compare,
    eq,
    eq_nocase,
    is_null,
    negate,
)
from aiothinkific.specs import JSON

DATES = ("activated_at", "expiry_date")
# query[created_on] etc.: the comparison each filter makes, on the day or on the instant.
_DATE_FILTERS = {
    "on": ("=", True),
    "before": ("<", False),
    "on_or_before": ("<=", True),
    "after": (">", False),
    "on_or_after": (">=", True),
}


def enrollment_filters(call: Call) -> list[Filter]:
    """The ``query[...]`` filters of the enrollment listings."""
    query: dict[str, Any] = {
        name[len("query[") : -1]: value
        for name, value in call.query.items()
        if name.startswith("query[")
    }
    filters: list[Filter] = []
    if "user_id" in query:
        filters.append(eq("user_id", query["user_id"]))
    if "course_id" in query:
        filters.append(eq("course_id", query["course_id"]))
    if "email" in query:
        filters.append(eq_nocase("user_email", query["email"]))
    if "free_trial" in query:
        filters.append(is_null("activated_at", query["free_trial"]))
    if "full" in query:
        filters.append(is_null("activated_at", not query["full"]))
    if "completed" in query:
        filters.append(is_null("completed_at", not query["completed"]))
    if "expired" in query:
        expired = compare("expiry_date", "<=", call.timestamp)
        filters.append(expired if query["expired"] else negate(expired))
    for field in ("created_at", "updated_at"):
        for suffix, (op, by_day) in _DATE_FILTERS.items():
            value = query.get(f"{field[: -len('_at')]}_{suffix}")
            if value is None:
                continue
            if by_day:
                filters.append(day_compare(field, op, value[:10]))
            else:
                filters.append(compare(field, op, value))
    return filters


def _enroll(call: Call, user: Doc, course: Doc, dates: dict[str, Any]) -> Doc:
    doc: Doc = {
        "user_email": user["email"],
        "user_name": user.get("full_name") or user["email"],
        "user_id": user["id"],
        "course_name": course["name"],
        "course_id": course["id"],
        "percentage_completed": 0.0,
        "started_at": None,
        "activated_at": dates.get("activated_at"),
        "completed_at": None,
        "expiry_date": dates.get("expiry_date"),
        "created_at": call.timestamp,
        "updated_at": call.timestamp,
    }
    return ENROLLMENTS.insert(call, doc)


def _existing(call: Call, user_id: int, course_id: int) -> Doc | None:
    return call.store.first(ENROLLMENTS.kind, [eq("user_id", user_id), eq("course_id", course_id)])


@handles("getEnrollments")
def get_enrollments(call: Call) -> JSON:
    return ENROLLMENTS.page(call, enrollment_filters(call))


@handles("createEnrollment")
def create_enrollment(call: Call) -> JSON:
    call.required("course_id", "user_id")
    course = COURSES.must_exist(call, call.data["course_id"], "course_id")
    user = USERS.must_exist(call, call.data["user_id"], "user_id")
    if _existing(call, user["id"], course["id"]) is not None:
        raise field_error("user_id", "is already enrolled in this course")
    doc = _enroll(call, user, course, changes(call, DATES))
    payload = webhooks.enrollment_payload(doc, user, course)
    webhooks.emit(call, "enrollment.created", payload)
    if doc["activated_at"] is None:  # no activation date: a free trial
        webhooks.emit(call, "enrollment.trial", payload)
    return ENROLLMENTS.show(call, doc)


@handles("getEnrollmentsByID")
def get_enrollment(call: Call) -> JSON:
    return ENROLLMENTS.show(call, ENROLLMENTS.find(call, call.id))


@handles("updateEnrollment")
def update_enrollment(call: Call) -> None:
    doc = ENROLLMENTS.find(call, call.id)
    doc.update(changes(call, DATES), updated_at=call.timestamp)
    ENROLLMENTS.save(call, doc)


@handles("getBundleEnrollments")
def get_bundle_enrollments(call: Call) -> JSON:
    bundle = BUNDLES.find(call, call.id)
    return ENROLLMENTS.page(call, [eq("bundle_id", bundle["id"]), *enrollment_filters(call)])


@handles("createEnrollmentInBundle")
def create_bundle_enrollment(call: Call) -> None:
    """Enroll the user in every course of the bundle (an existing enrollment joins it). No
    ``expiry_date`` means the enrollment does not expire (the spec's words), so an expired
    enrollment that joins the bundle loses its old expiry."""
    bundle = BUNDLES.find(call, call.id)
    user = USERS.must_exist(call, call.data["user_id"], "user_id")
    dates = {"expiry_date": None, **changes(call, DATES)}
    for course in call.store.get_many(COURSES.kind, bundle["course_ids"]).values():
        doc = _existing(call, user["id"], course["id"]) or _enroll(call, user, course, dates)
        doc.update(dates, bundle_id=bundle["id"], updated_at=call.timestamp)
        ENROLLMENTS.save(call, doc)


@handles("updateEnrollmentsInBundle")
def update_bundle_enrollments(call: Call) -> None:
    bundle = BUNDLES.find(call, call.id)
    user_id = call.data["user_id"]
    enrolled = call.store.select(
        ENROLLMENTS.kind, [eq("bundle_id", bundle["id"]), eq("user_id", user_id)]
    )
    if not enrolled:
        raise field_error("user_id", "is not enrolled in this bundle")
    for doc in enrolled:
        doc.update(changes(call, DATES), updated_at=call.timestamp)
        ENROLLMENTS.save(call, doc)
