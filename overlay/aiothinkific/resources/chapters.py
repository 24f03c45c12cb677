"""Chapters: get a chapter and list its contents (lessons, quizzes and the like)."""

from __future__ import annotations

from thinkific_admin_client.api.chapters import get_chapter_by_id, get_contents_by_chapter_id
from thinkific_admin_client.models import ChapterResponse, ContentResponse, GetContentsResponse

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Chapters(Resource):
    @operation("getChapterByID")
    async def get(self, chapter_id: int) -> ChapterResponse:
        return await self._expect(
            ChapterResponse, get_chapter_by_id.asyncio_detailed(chapter_id, client=self._api)
        )

    @operation("getContentsByChapterID")
    def list_contents(
        self,
        chapter_id: int,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[ContentResponse]:
        """The contents of a chapter, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetContentsResponse:
            return await self._expect(
                GetContentsResponse,
                get_contents_by_chapter_id.asyncio_detailed(
                    chapter_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)
