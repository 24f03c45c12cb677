"""Command line: ``aiothinkific demo`` runs the client end to end against the built-in stand-in."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from typing import TypeVar

from thinkific_admin_client.api.courses import get_courses
from thinkific_admin_client.api.enrollments import create_enrollment, get_enrollments
from thinkific_admin_client.api.users import create_user, get_user_by_id, get_users
from thinkific_admin_client.models import (
    CreateEnrollmentRequest,
    CreateUserRequest,
    EnrollmentResponse,
    GetCoursesResponse,
    GetEnrollmentsResponse,
    GetUsersResponse,
    Pagination,
    UserResponse,
)

from aiothinkific._client import Thinkific
from aiothinkific.examples_transport import ExamplesTransport

T = TypeVar("T")


def expect(value: object, kind: type[T]) -> T:
    """The generated functions return any documented body (errors too); the demo wants success."""
    if not isinstance(value, kind):
        raise RuntimeError(f"expected {kind.__name__}, got {value!r}")
    return value


async def demo() -> list[str]:
    """Create a user, enroll them, and read users, courses and enrollments back."""
    async with Thinkific(api_key="demo-key", subdomain="demo", transport=ExamplesTransport()) as tk:
        client = tk.generated
        ada = CreateUserRequest(first_name="Ada", last_name="Lovelace", email="ada@example.com")
        new_user = expect(await create_user.asyncio(client=client, body=ada), UserResponse)
        user = expect(await get_user_by_id.asyncio(id="1", client=client), UserResponse)
        users = expect(
            await get_users.asyncio(client=client, queryemail="ada@example.com"), GetUsersResponse
        )
        courses = expect(await get_courses.asyncio(client=client, limit=10), GetCoursesResponse)
        enrollment = expect(
            await create_enrollment.asyncio(
                client=client, body=CreateEnrollmentRequest(course_id=1, user_id=1)
            ),
            EnrollmentResponse,
        )
        enrollments = expect(
            await get_enrollments.asyncio(client=client, queryuser_id=1), GetEnrollmentsResponse
        )
    pagination = expect(users.meta.pagination, Pagination)
    course_names = [course.name for course in expect(courses.items, list)]
    return [
        f"client: {tk!r}",
        f"created user #{new_user.id}: {new_user.full_name} <{new_user.email}>",
        f"fetched user #{user.id}: {user.first_name} {user.last_name}",
        f"users matching the email: {len(users.items)} on this page, "
        f"{pagination.total_items} in all",
        f"courses: {', '.join(course_names)}",
        f"enrolled user #{enrollment.user_id} in {enrollment.course_name!r}",
        f"enrollments of user #1: {len(enrollments.items)} on this page",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aiothinkific", description=__doc__)
    parser.add_argument("command", choices=["demo"])
    parser.parse_args(argv)
    for line in asyncio.run(demo()):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
