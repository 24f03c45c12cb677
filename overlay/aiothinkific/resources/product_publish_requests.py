"""Product publish requests: list, get, approve, deny."""

from __future__ import annotations

from thinkific_admin_client.api.product_publish_request import (
    approve_publish_request,
    deny_publication_request,
    get_product_publish_request_by_id,
    get_product_publish_requests,
)
from thinkific_admin_client.models import (
    GetProductPublishResponse,
    ProductPublishRequest,
    ProductPublishRequestBody,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class ProductPublishRequests(Resource):
    @operation("getProductPublishRequests")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductPublishRequest]:
        """All product publish requests, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetProductPublishResponse:
            return await self._expect(
                GetProductPublishResponse,
                get_product_publish_requests.asyncio_detailed(
                    client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getProductPublishRequestByID")
    async def get(self, product_publish_request_id: int) -> ProductPublishRequest:
        return await self._expect(
            ProductPublishRequest,
            get_product_publish_request_by_id.asyncio_detailed(
                product_publish_request_id, client=self._api
            ),
        )

    @operation("approvePublishRequest")
    async def approve(
        self,
        product_publish_request_id: int,
        *,
        user_id: int,
        response_text: str | Unset = UNSET,
        notify_requester: bool | Unset = UNSET,
    ) -> None:
        """Approve the request on behalf of ``user_id``, optionally telling the requester why."""
        body = ProductPublishRequestBody(
            user_id=user_id, response_text=response_text, notify_requester=notify_requester
        )
        await self._no_content(
            approve_publish_request.asyncio_detailed(
                product_publish_request_id, client=self._api, body=body
            )
        )

    @operation("denyPublicationRequest")
    async def deny(
        self,
        product_publish_request_id: int,
        *,
        user_id: int,
        response_text: str | Unset = UNSET,
        notify_requester: bool | Unset = UNSET,
    ) -> None:
        """Deny the request on behalf of ``user_id``, optionally telling the requester why."""
        body = ProductPublishRequestBody(
            user_id=user_id, response_text=response_text, notify_requester=notify_requester
        )
        await self._no_content(
            deny_publication_request.asyncio_detailed(
                product_publish_request_id, client=self._api, body=body
            )
        )
