"""Groups (list, create, get, delete, analysts), analysts' groups, and adding users to groups."""

from __future__ import annotations

import builtins

from thinkific_admin_client.api.group_analysts import (
    add_group_to_analyst,
    remove_group_from_analyst,
)
from thinkific_admin_client.api.group_users import create_group_users
from thinkific_admin_client.api.groups import (
    create_group,
    delete_group_by_id,
    get_group,
    get_group_analysts,
    get_groups,
    post_group_analysts,
    remove_analyst_from_group,
)
from thinkific_admin_client.models import (
    CreateGroupUsersRequest,
    GetGroupAnalystsResponse,
    GetGroupsResponse,
    GroupAddAnalystRequest,
    GroupAnalystsAddGroupRequest,
    GroupRequest,
    GroupResponse,
)

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Groups(Resource):
    @operation("getGroups")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[GroupResponse]:
        """All groups, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetGroupsResponse:
            return await self._expect(
                GetGroupsResponse,
                get_groups.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createGroup")
    async def create(self, *, name: str) -> GroupResponse:
        body = GroupRequest(name=name)
        return await self._expect(
            GroupResponse, create_group.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getGroup")
    async def get(self, group_id: int) -> GroupResponse:
        return await self._expect(
            GroupResponse, get_group.asyncio_detailed(group_id, client=self._api)
        )

    @operation("deleteGroupByID")
    async def delete(self, group_id: int) -> None:
        await self._no_content(delete_group_by_id.asyncio_detailed(group_id, client=self._api))

    @operation("getGroupAnalysts")
    async def list_analysts(self, group_id: int) -> GetGroupAnalystsResponse:
        """The user ids of the group's analysts."""
        return await self._expect(
            GetGroupAnalystsResponse,
            get_group_analysts.asyncio_detailed(group_id, client=self._api),
        )

    @operation("postGroupAnalysts")
    async def add_analysts(self, group_id: int, *, user_ids: builtins.list[int]) -> None:
        """Make users (who must have the ``group_analyst`` role) analysts of the group."""
        body = GroupAddAnalystRequest(user_ids=user_ids)
        await self._no_content(
            post_group_analysts.asyncio_detailed(group_id, client=self._api, body=body)
        )

    @operation("removeAnalystFromGroup")
    async def remove_analyst(self, group_id: int, user_id: int) -> None:
        await self._no_content(
            remove_analyst_from_group.asyncio_detailed(group_id, user_id, client=self._api)
        )


class GroupAnalysts(Resource):
    @operation("addGroupToAnalyst")
    async def add_groups(self, user_id: int, *, group_ids: list[int]) -> None:
        """Make a user (who must have the ``group_analyst`` role) an analyst of the groups."""
        body = GroupAnalystsAddGroupRequest(group_ids=group_ids)
        await self._no_content(
            add_group_to_analyst.asyncio_detailed(user_id, client=self._api, body=body)
        )

    @operation("removeGroupFromAnalyst")
    async def remove_group(self, user_id: int, group_id: int) -> None:
        await self._no_content(
            remove_group_from_analyst.asyncio_detailed(user_id, group_id, client=self._api)
        )


class GroupUsers(Resource):
    @operation("createGroupUsers")
    async def create(self, *, user_id: int, group_names: list[str]) -> None:
        """Add an existing user to existing groups, named by ``group_names``."""
        body = CreateGroupUsersRequest(user_id=user_id, group_names=group_names)
        await self._no_content(create_group_users.asyncio_detailed(client=self._api, body=body))
