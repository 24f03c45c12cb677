"""Courses: list, get, and list a course's chapters."""

from __future__ import annotations

from thinkific_admin_client.api.courses import (
    get_chapters_by_course_id,
    get_course_by_id,
    get_courses,
)
from thinkific_admin_client.models import (
    ChapterResponse,
    CourseResponse,
    GetChaptersResponse,
    GetCoursesResponse,
)

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Courses(Resource):
    @operation("getCourses")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CourseResponse]:
        """Every course, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetCoursesResponse:
            return await self._expect(
                GetCoursesResponse,
                get_courses.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getCourseByID")
    async def get(self, course_id: int) -> CourseResponse:
        return await self._expect(
            CourseResponse, get_course_by_id.asyncio_detailed(course_id, client=self._api)
        )

    @operation("getChaptersByCourseID")
    def list_chapters(
        self,
        course_id: int,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[ChapterResponse]:
        """The chapters of a course, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetChaptersResponse:
            return await self._expect(
                GetChaptersResponse,
                get_chapters_by_course_id.asyncio_detailed(
                    course_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)
