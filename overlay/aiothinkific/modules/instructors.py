"""Instructors: Get / Create / Update / Delete an Instructor, List Instructors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiothinkific.modules._bundles import bundle, bundles, deleted, known, pick
from aiothinkific.modules._convert import ModuleInputError, Problem
from aiothinkific.modules._fields import email, limit, record_id, requiring, text
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

instructors = Group("Instructors")

ATTRIBUTES = (
    text("first_name", "First Name", "Enter (map) the instructor's first name."),
    text("last_name", "Last Name", "Enter (map) the instructor's last name."),
    text("slug", "Slug", "Enter (map) slug page URL address of the instructor. For example, bob."),
    record_id(
        "user_id", "User", "Select or map the User ID who owns the instructor.", required=False
    ),
    text("title", "Title", "Enter (map) the title of the instructor. For example, Mr.."),
    text("bio", "Bio", "Enter (map) the instructor's biodata. For example, date of birth."),
    text(
        "avatar_url",
        "Avatar URL",
        "Enter (map) the instructor profile image's URL address. For example, "
        "https://example.com/avatar.png.",
    ),
    email("email", "Email", "Enter (map) the instructor's email address."),
)
NAMES = tuple(field.name for field in ATTRIBUTES)


@instructors.action(
    "getInstructor",
    "Get an Instructor",
    "Returns the instructor identified by the provided ID.",
    (
        record_id(
            "instructor_id",
            "Instructor",
            "Select or map the instructor whose details you want to retrieve.",
        ),
    ),
)
async def get_instructor(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.instructors.get(inputs["instructor_id"]))


@instructors.action(
    "createInstructor",
    "Create an Instructor",
    "Creates a new instructor in Thinkific under the specified data source.",
    requiring(ATTRIBUTES, "first_name", "last_name", "slug"),
)
async def create_instructor(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.instructors.create(**pick(inputs, *NAMES)))


@instructors.action(
    "updateInstructor",
    "Update an Instructor",
    "Updates the instructor identified by the provided ID. Fields left empty keep their values.",
    (
        record_id(
            "instructor_id",
            "Instructor ID",
            "Select or map the Instructor ID whose details you want to update.",
        ),
        *ATTRIBUTES,
    ),
)
async def update_instructor(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    # The API replaces the instructor (names and slug required): send the current values with
    # the changes on top.
    instructor_id = inputs["instructor_id"]
    body = known(await tk.instructors.get(instructor_id), *NAMES) | pick(inputs, *NAMES)
    if "slug" not in body:
        problem = Problem("slug", "is required: the instructor has no slug to keep", "Slug")
        raise ModuleInputError("Update an Instructor", [problem])
    await tk.instructors.update(instructor_id, **body)
    return bundle(await tk.instructors.get(instructor_id))


@instructors.action(
    "deleteInstructor",
    "Delete an Instructor",
    "Deletes the instructor identified by the provided ID.",
    (record_id("instructor_id", "Instructor", "Select or map the instructor you want to delete."),),
)
async def delete_instructor(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    await tk.instructors.delete(inputs["instructor_id"])
    return deleted(inputs["instructor_id"])


@instructors.search(
    "listInstructors",
    "List Instructors",
    "Retrieves a list of instructors.",
    (limit("instructors"),),
)
async def list_instructors(tk: Thinkific, inputs: Inputs) -> Listing:
    return bundles(tk.instructors.list(limit=inputs["limit"]))
