"""Contents: get one content item (a lesson, quiz and the like) of a chapter."""

from __future__ import annotations

from thinkific_admin_client.api.contents import get_content_by_id
from thinkific_admin_client.models import ContentResponse

from aiothinkific.resources._base import Resource, operation


class Contents(Resource):
    @operation("getContentByID")
    async def get(self, content_id: int) -> ContentResponse:
        return await self._expect(
            ContentResponse, get_content_by_id.asyncio_detailed(content_id, client=self._api)
        )
