"""Enrollments: list (with filters), create, get, update."""

from __future__ import annotations

import datetime

from thinkific_admin_client.api.enrollments import (
    create_enrollment,
    get_enrollments,
    get_enrollments_by_id,
    update_enrollment,
)
from thinkific_admin_client.models import (
    CreateEnrollmentRequest,
    EnrollmentResponse,
    GetEnrollmentsResponse,
    UpdateEnrollmentRequest,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, given, operation


class Enrollments(Resource):
    @operation("getEnrollments")
    def list(
        self,
        *,
        user_id: int | None = None,
        course_id: int | None = None,
        email: str | None = None,
        free_trial: bool | None = None,
        full: bool | None = None,
        completed: bool | None = None,
        expired: bool | None = None,
        created_on: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        created_on_or_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        created_on_or_after: datetime.datetime | None = None,
        updated_on: datetime.datetime | None = None,
        updated_before: datetime.datetime | None = None,
        updated_on_or_before: datetime.datetime | None = None,
        updated_after: datetime.datetime | None = None,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[EnrollmentResponse]:
        """Enrollments matching every filter given, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetEnrollmentsResponse:
            return await self._expect(
                GetEnrollmentsResponse,
                get_enrollments.asyncio_detailed(
                    client=self._api,
                    page=page,
                    limit=size,
                    queryuser_id=given(user_id),
                    querycourse_id=given(course_id),
                    queryemail=given(email),
                    queryfree_trial=given(free_trial),
                    queryfull=given(full),
                    querycompleted=given(completed),
                    queryexpired=given(expired),
                    querycreated_on=given(created_on),
                    querycreated_before=given(created_before),
                    querycreated_on_or_before=given(created_on_or_before),
                    querycreated_after=given(created_after),
                    querycreated_on_or_after=given(created_on_or_after),
                    queryupdated_on=given(updated_on),
                    queryupdated_before=given(updated_before),
                    queryupdated_on_or_before=given(updated_on_or_before),
                    queryupdated_after=given(updated_after),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createEnrollment")
    async def create(
        self,
        *,
        course_id: int,
        user_id: int,
        activated_at: datetime.datetime | Unset = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
    ) -> EnrollmentResponse:
        """Enroll a user in a course. Without ``activated_at`` the enrollment is a free trial."""
        body = CreateEnrollmentRequest(
            course_id=course_id,
            user_id=user_id,
            activated_at=activated_at,
            expiry_date=expiry_date,
        )
        return await self._expect(
            EnrollmentResponse, create_enrollment.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getEnrollmentsByID")
    async def get(self, enrollment_id: int) -> EnrollmentResponse:
        return await self._expect(
            EnrollmentResponse,
            get_enrollments_by_id.asyncio_detailed(enrollment_id, client=self._api),
        )

    @operation("updateEnrollment")
    async def update(
        self,
        enrollment_id: int,
        *,
        activated_at: datetime.datetime | Unset = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
    ) -> None:
        body = UpdateEnrollmentRequest(activated_at=activated_at, expiry_date=expiry_date)
        await self._no_content(
            update_enrollment.asyncio_detailed(enrollment_id, client=self._api, body=body)
        )
