"""Site scripts: list, create, get, update, delete the scripts an app injects into site pages."""

from __future__ import annotations

import builtins

from thinkific_admin_client.api.site_scripts import (
    create_site_script,
    delete_site_script_by_id,
    get_site_script_by_id,
    get_site_scripts,
    update_site_script_by_id,
)
from thinkific_admin_client.models import (
    GetSiteScriptsResponse,
    SiteScriptRequest,
    SiteScriptRequestCategory,
    SiteScriptRequestLoadMethod,
    SiteScriptRequestLocation,
    SiteScriptRequestPageScopesItem,
    SiteScriptResponse,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class SiteScripts(Resource):
    @operation("getSiteScripts")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[SiteScriptResponse]:
        """All of the app's site scripts, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetSiteScriptsResponse:
            return await self._expect(
                GetSiteScriptsResponse,
                get_site_scripts.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createSiteScript")
    async def create(
        self,
        *,
        name: str,
        description: str,
        page_scopes: builtins.list[SiteScriptRequestPageScopesItem],
        category: SiteScriptRequestCategory,
        src: str | Unset = UNSET,
        content: str | Unset = UNSET,
        location: SiteScriptRequestLocation | Unset = "footer",
        load_method: SiteScriptRequestLoadMethod | Unset = "async",
    ) -> SiteScriptResponse:
        """Add a site script; give exactly one of ``src`` and ``content``."""
        body = SiteScriptRequest(
            name=name,
            description=description,
            page_scopes=page_scopes,
            category=category,
            src=src,
            content=content,
            location=location,
            load_method=load_method,
        )
        return await self._expect(
            SiteScriptResponse, create_site_script.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getSiteScriptByID")
    async def get(self, site_script_id: str) -> SiteScriptResponse:
        return await self._expect(
            SiteScriptResponse,
            get_site_script_by_id.asyncio_detailed(site_script_id, client=self._api),
        )

    @operation("updateSiteScriptByID")
    async def update(
        self,
        site_script_id: str,
        *,
        name: str,
        description: str,
        page_scopes: builtins.list[SiteScriptRequestPageScopesItem],
        category: SiteScriptRequestCategory,
        src: str | Unset = UNSET,
        content: str | Unset = UNSET,
        location: SiteScriptRequestLocation | Unset = "footer",
        load_method: SiteScriptRequestLoadMethod | Unset = "async",
    ) -> None:
        """Replace a site script; give exactly one of ``src`` and ``content``."""
        body = SiteScriptRequest(
            name=name,
            description=description,
            page_scopes=page_scopes,
            category=category,
            src=src,
            content=content,
            location=location,
            load_method=load_method,
        )
        await self._no_content(
            update_site_script_by_id.asyncio_detailed(site_script_id, client=self._api, body=body)
        )

    @operation("deleteSiteScriptByID")
    async def delete(self, site_script_id: str) -> None:
        await self._no_content(
            delete_site_script_by_id.asyncio_detailed(site_script_id, client=self._api)
        )
