"""Enrollments (beyond the seed's module list, which its introduction promises): Create / Get /
Update / Expire an Enrollment, List Enrollments."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from aiothinkific.modules._bundles import bundle, bundles, pick
from aiothinkific.modules._fields import Field, boolean, date, email, limit, record_id
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

enrollments = Group("Enrollments")

ACTIVATED_AT = date(
    "activated_at",
    "Activated At",
    "Enter (map) the date the enrollment is activated. If left blank, the enrollment is a free "
    "trial.",
)
EXPIRY_DATE = date(
    "expiry_date",
    "Expiry Date",
    "Enter (map) the date the enrollment expires. If left blank, it does not expire.",
)


def enrollment(label: str, help: str) -> Field:
    return record_id("enrollment_id", label, help)


def date_filter(name: str, label: str, help: str) -> Field:
    return date(name, label, f"List only the enrollments {help} (ISO 8601).")


FILTERS = (
    record_id("user_id", "User", "List only the enrollments of this User ID.", required=False),
    record_id(
        "course_id", "Course", "List only the enrollments in this Course ID.", required=False
    ),
    email("email", "Email", "List only the enrollments of the user with this email address."),
    boolean("free_trial", "Free Trial", "List only free-trial (yes) or full (no) enrollments."),
    boolean("full", "Full", "List only full (yes) or free-trial (no) enrollments."),
    boolean("completed", "Completed", "List only completed (yes) or uncompleted (no) enrollments."),
    boolean("expired", "Expired", "List only expired (yes) or current (no) enrollments."),
    date_filter("created_on", "Created On", "created on this day"),
    date_filter("created_before", "Created Before", "created before this time"),
    date_filter("created_on_or_before", "Created On or Before", "created on or before this day"),
    date_filter("created_after", "Created After", "created after this time"),
    date_filter("created_on_or_after", "Created On or After", "created on or after this day"),
    date_filter("updated_on", "Updated On", "updated on this day"),
    date_filter("updated_before", "Updated Before", "updated before this time"),
    date_filter("updated_on_or_before", "Updated On or Before", "updated on or before this day"),
    date_filter("updated_after", "Updated After", "updated after this time"),
)


@enrollments.action(
    "createEnrollment",
    "Create an Enrollment",
    "Enrolls a user in a course.",
    (
        record_id("course_id", "Course", "Select or map the course to enroll the user in."),
        record_id("user_id", "User", "Select or map the User ID to enroll."),
        ACTIVATED_AT,
        EXPIRY_DATE,
    ),
)
async def create_enrollment(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    body = pick(inputs, "course_id", "user_id", "activated_at", "expiry_date")
    return bundle(await tk.enrollments.create(**body))


@enrollments.action(
    "getEnrollment",
    "Get an Enrollment",
    "Retrieves an enrollment identified by the provided ID.",
    (enrollment("Enrollment", "Select or map the enrollment whose details you want to retrieve."),),
)
async def get_enrollment(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.enrollments.get(inputs["enrollment_id"]))


@enrollments.action(
    "updateEnrollment",
    "Update an Enrollment",
    "Updates the activation and expiry dates of an enrollment. Fields left empty keep their "
    "values.",
    (
        enrollment("Enrollment ID", "Select or map the enrollment you want to update."),
        ACTIVATED_AT,
        EXPIRY_DATE,
    ),
)
async def update_enrollment(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    enrollment_id = inputs["enrollment_id"]
    await tk.enrollments.update(enrollment_id, **pick(inputs, "activated_at", "expiry_date"))
    return bundle(await tk.enrollments.get(enrollment_id))


@enrollments.action(
    "expireEnrollment",
    "Expire an Enrollment",
    "Ends an enrollment now: sets its expiry date to the current time.",
    (enrollment("Enrollment", "Select or map the enrollment you want to expire."),),
)
async def expire_enrollment(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    enrollment_id = inputs["enrollment_id"]
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    await tk.enrollments.update(enrollment_id, expiry_date=now)
    return bundle(await tk.enrollments.get(enrollment_id))


@enrollments.search(
    "listEnrollments",
    "List Enrollments",
    "Retrieves a list of enrollments, filtered by user, course, state or dates.",
    (limit("enrollments"), *FILTERS),
)
async def list_enrollments(tk: Thinkific, inputs: Inputs) -> Listing:
    filters = pick(inputs, *(field.name for field in FILTERS))
    return bundles(tk.enrollments.list(limit=inputs["limit"], **filters))
