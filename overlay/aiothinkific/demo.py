"""The main job, ``aiothinkific demo``: the client end to end against a Thinkific site.

By default the site is the bundled mock, in-process; ``base_url`` (with credentials from the
environment) points it at any other, e.g. a real school. It creates a user, reads them back,
pages through courses, enrolls the user, shows a typed 422, and streams every user.
"""

from __future__ import annotations

import secrets

from aiothinkific._client import Thinkific
from aiothinkific._exceptions import UnprocessableEntityError


async def run(tk: Thinkific, *, email: str) -> list[str]:
    """Run the demo with a client; return what it did, one line per step."""
    lines = [f"client: {tk!r}"]
    ada = await tk.users.create(first_name="Ada", last_name="Lovelace", email=email)
    lines.append(f"created user #{ada.id}: {ada.full_name} <{ada.email}>")
    again = await tk.users.get(ada.id)
    lines.append(f"fetched user #{again.id}: {again.first_name} {again.last_name}")
    matching = await tk.users.list(email=email).to_list()
    lines.append(f"users with that email: {len(matching)}")

    courses = await tk.courses.list(page_size=5).first_page()
    names = ", ".join(str(course.name) for course in courses.items)
    lines.append(
        f"courses: {courses.total_items} in all; first page of {len(courses.items)}: {names}"
    )
    course = courses.items[0]
    enrollment = await tk.enrollments.create(course_id=course.id, user_id=ada.id)
    lines.append(f"enrolled user #{enrollment.user_id} in {enrollment.course_name!r}")
    mine = await tk.enrollments.list(user_id=ada.id).to_list()
    lines.append(f"enrollments of user #{ada.id}: {len(mine)}")

    try:
        await tk.users.create(first_name="Ada", last_name="Again", email=email)
    except UnprocessableEntityError as error:
        problems = "; ".join(f"{field}: {', '.join(msgs)}" for field, msgs in error.errors.items())
        lines.append(f"creating the same user again -> {error.status_code} ({problems})")

    pages = 0
    users = 0
    async for page in tk.users.list(page_size=10).pages():
        pages += 1
        users += len(page.items)
    lines.append(f"streamed all {users} users in {pages} pages")
    return lines


async def demo(base_url: str | None = None) -> list[str]:
    """The demo against the bundled mock, or against ``base_url`` with env credentials."""
    if base_url is None:
        from aiothinkific.mock import mock_client  # the mock's dependencies are an extra

        async with mock_client() as tk:
            return await run(tk, email="ada@example.com")
    async with Thinkific(base_url=base_url) as tk:
        # A real site keeps its users: a fresh address keeps the demo repeatable.
        return await run(tk, email=f"ada+{secrets.token_hex(4)}@example.com")
