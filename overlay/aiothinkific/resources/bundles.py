"""Bundles: get a bundle, list its courses and enrollments, enroll users in it and update them."""

from __future__ import annotations

import datetime

from thinkific_admin_client.api.bundles import (
    create_enrollment_in_bundle,
    get_bundle_by_id,
    get_bundle_enrollments,
    get_courses_by_bundle_id,
    update_enrollments_in_bundle,
)
from thinkific_admin_client.models import (
    BundleResponse,
    CourseResponse,
    CreateEnrollmentInBundleBody,
    EnrollmentResponse,
    GetCoursesResponse,
    GetEnrollmentsResponse,
    UpdateEnrollmentsInBundleBody,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, given, operation


class Bundles(Resource):
    @operation("getBundleByID")
    async def get(self, bundle_id: int) -> BundleResponse:
        return await self._expect(
            BundleResponse, get_bundle_by_id.asyncio_detailed(bundle_id, client=self._api)
        )

    @operation("getCoursesByBundleID")
    def list_courses(
        self,
        bundle_id: int,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[CourseResponse]:
        """The courses in a bundle, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetCoursesResponse:
            return await self._expect(
                GetCoursesResponse,
                get_courses_by_bundle_id.asyncio_detailed(
                    bundle_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getBundleEnrollments")
    def list_enrollments(
        self,
        bundle_id: int,
        *,
        user_id: int | None = None,
        email: str | None = None,
        completed: bool | None = None,
        expired: bool | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        created_on: datetime.datetime | None = None,
        created_on_or_after: datetime.datetime | None = None,
        created_on_or_before: datetime.datetime | None = None,
        updated_after: datetime.datetime | None = None,
        updated_before: datetime.datetime | None = None,
        updated_on: datetime.datetime | None = None,
        updated_on_or_after: datetime.datetime | None = None,
        updated_on_or_before: datetime.datetime | None = None,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[EnrollmentResponse]:
        """Enrollments in a bundle matching every filter given, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetEnrollmentsResponse:
            return await self._expect(
                GetEnrollmentsResponse,
                get_bundle_enrollments.asyncio_detailed(
                    bundle_id,
                    client=self._api,
                    page=page,
                    limit=size,
                    queryuser_id=given(user_id),
                    queryemail=given(email),
                    querycompleted=given(completed),
                    queryexpired=given(expired),
                    querycreated_after=given(created_after),
                    querycreated_before=given(created_before),
                    querycreated_on=given(created_on),
                    querycreated_on_or_after=given(created_on_or_after),
                    querycreated_on_or_before=given(created_on_or_before),
                    queryupdated_after=given(updated_after),
                    queryupdated_before=given(updated_before),
                    queryupdated_on=given(updated_on),
                    queryupdated_on_or_after=given(updated_on_or_after),
                    queryupdated_on_or_before=given(updated_on_or_before),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createEnrollmentInBundle")
    async def create_enrollment(
        self,
        bundle_id: int,
        *,
        user_id: int,
        activated_at: datetime.datetime | Unset = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
    ) -> None:
        """Enroll a user in a bundle and each of its courses (at once or, for large bundles,
        in the background). Without ``activated_at`` only free preview content is open."""
        body = CreateEnrollmentInBundleBody(
            user_id=user_id, activated_at=activated_at, expiry_date=expiry_date
        )
        await self._no_content(
            create_enrollment_in_bundle.asyncio_detailed(bundle_id, client=self._api, body=body)
        )

    @operation("updateEnrollmentsInBundle")
    async def update_enrollments(
        self,
        bundle_id: int,
        *,
        user_id: int,
        activated_at: datetime.datetime | Unset = UNSET,
        expiry_date: datetime.datetime | Unset = UNSET,
    ) -> None:
        """Change a user's enrollments in a bundle and each of its courses."""
        body = UpdateEnrollmentsInBundleBody(
            user_id=user_id, activated_at=activated_at, expiry_date=expiry_date
        )
        await self._no_content(
            update_enrollments_in_bundle.asyncio_detailed(bundle_id, client=self._api, body=body)
        )
