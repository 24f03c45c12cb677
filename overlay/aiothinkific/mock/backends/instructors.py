"""Instructors: CRUD with unique slugs, optionally tied to a user."""

from __future__ import annotations

from aiothinkific.mock.backends.records import INSTRUCTORS, USERS
from aiothinkific.mock.engine import Call, changes
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import Doc
from aiothinkific.specs import JSON

FIELDS = ("user_id", "title", "first_name", "last_name", "bio", "slug", "avatar_url", "email")


def _fields(call: Call, current: int | None = None) -> Doc:
    sent = changes(call, FIELDS)
    INSTRUCTORS.check_unique(call, "slug", sent["slug"], current=current)
    if sent.get("user_id") is not None:
        USERS.must_exist(call, sent["user_id"], "user_id")
    return sent


@handles("getInstructors")
def get_instructors(call: Call) -> JSON:
    return INSTRUCTORS.page(call)


@handles("createInstructor")
def create_instructor(call: Call) -> JSON:
    doc: Doc = {name: None for name in FIELDS}
    doc.update(_fields(call), created_at=call.timestamp)
    return INSTRUCTORS.show(call, INSTRUCTORS.insert(call, doc))


@handles("getInstructorByID")
def get_instructor(call: Call) -> JSON:
    return INSTRUCTORS.show(call, INSTRUCTORS.find(call, call.id))


@handles("updateInstructor")
def update_instructor(call: Call) -> None:
    doc = INSTRUCTORS.find(call, call.id)
    doc.update(_fields(call, current=doc["id"]))
    INSTRUCTORS.save(call, doc)


@handles("deleteInstructorByID")
def delete_instructor(call: Call) -> None:
    INSTRUCTORS.delete(call, call.id)
