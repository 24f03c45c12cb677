"""Custom profile field definitions: list."""

from __future__ import annotations

from thinkific_admin_client.api.custom_profile_field_definitions import get_custom_profile_fields
from thinkific_admin_client.models import (
    CustomProfileFieldDefinitionsResponse,
    GetCustomProfileFieldDefinitions,
)

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class CustomProfileFields(Resource):
    @operation("getCustomProfileFields")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CustomProfileFieldDefinitionsResponse]:
        """The site's custom profile field definitions, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetCustomProfileFieldDefinitions:
            return await self._expect(
                GetCustomProfileFieldDefinitions,
                get_custom_profile_fields.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)
