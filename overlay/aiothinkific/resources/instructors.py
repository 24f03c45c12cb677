"""Instructors: list, create, get, update, delete."""

from __future__ import annotations

from thinkific_admin_client.api.instructors import (
    create_instructor,
    delete_instructor_by_id,
    get_instructor_by_id,
    get_instructors,
    update_instructor,
)
from thinkific_admin_client.models import (
    GetInstructorsResponse,
    InstructorRequest,
    InstructorResponse,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Instructors(Resource):
    @operation("getInstructors")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[InstructorResponse]:
        """All instructors, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetInstructorsResponse:
            return await self._expect(
                GetInstructorsResponse,
                get_instructors.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createInstructor")
    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        slug: str,
        user_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> InstructorResponse:
        body = InstructorRequest(
            first_name=first_name,
            last_name=last_name,
            slug=slug,
            user_id=user_id,
            title=title,
            bio=bio,
            avatar_url=avatar_url,
            email=email,
        )
        return await self._expect(
            InstructorResponse, create_instructor.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getInstructorByID")
    async def get(self, instructor_id: int) -> InstructorResponse:
        return await self._expect(
            InstructorResponse,
            get_instructor_by_id.asyncio_detailed(instructor_id, client=self._api),
        )

    @operation("updateInstructor")
    async def update(
        self,
        instructor_id: int,
        *,
        first_name: str,
        last_name: str,
        slug: str,
        user_id: int | Unset = UNSET,
        title: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        avatar_url: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> None:
        """Replace the instructor's attributes (the spec requires the names and slug here too)."""
        body = InstructorRequest(
            first_name=first_name,
            last_name=last_name,
            slug=slug,
            user_id=user_id,
            title=title,
            bio=bio,
            avatar_url=avatar_url,
            email=email,
        )
        await self._no_content(
            update_instructor.asyncio_detailed(instructor_id, client=self._api, body=body)
        )

    @operation("deleteInstructorByID")
    async def delete(self, instructor_id: int) -> None:
        await self._no_content(
            delete_instructor_by_id.asyncio_detailed(instructor_id, client=self._api)
        )
