"""Categories (the API's collections): list, create, get, update, delete, their products, and
adding or removing products (category memberships)."""

from __future__ import annotations

from thinkific_admin_client.api.categories import (
    create_collection,
    delete_collection_by_id,
    get_collection_by_id,
    get_collections,
    get_products_by_collection_id,
    update_collection_by_id,
)
from thinkific_admin_client.api.category_memberships import (
    add_products_to_category,
    remove_products_from_category,
)
from thinkific_admin_client.models import (
    CollectionRequest,
    CollectionResponse,
    GetCollectionsResponse,
    GetProductsResponse,
    MembershipsRequest,
    ProductResponse,
)

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Categories(Resource):
    @operation("getCollections")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CollectionResponse]:
        """Every category, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetCollectionsResponse:
            return await self._expect(
                GetCollectionsResponse,
                get_collections.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createCollection")
    async def create(self, *, name: str, description: str, slug: str) -> CollectionResponse:
        body = CollectionRequest(name=name, description=description, slug=slug)
        return await self._expect(
            CollectionResponse, create_collection.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getCollectionByID")
    async def get(self, category_id: int) -> CollectionResponse:
        return await self._expect(
            CollectionResponse, get_collection_by_id.asyncio_detailed(category_id, client=self._api)
        )

    @operation("updateCollectionByID")
    async def update(self, category_id: int, *, name: str, description: str, slug: str) -> None:
        body = CollectionRequest(name=name, description=description, slug=slug)
        await self._no_content(
            update_collection_by_id.asyncio_detailed(category_id, client=self._api, body=body)
        )

    @operation("deleteCollectionByID")
    async def delete(self, category_id: int) -> None:
        await self._no_content(
            delete_collection_by_id.asyncio_detailed(category_id, client=self._api)
        )

    @operation("getProductsByCollectionID")
    def list_products(
        self,
        category_id: int,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[ProductResponse]:
        """The products in a category, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetProductsResponse:
            return await self._expect(
                GetProductsResponse,
                get_products_by_collection_id.asyncio_detailed(
                    category_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class CategoryMemberships(Resource):
    @operation("addProductsToCategory")
    async def add_products(self, category_id: int, *, product_ids: list[int]) -> None:
        """Put products into a category."""
        body = MembershipsRequest(product_ids=product_ids)
        await self._no_content(
            add_products_to_category.asyncio_detailed(category_id, client=self._api, body=body)
        )

    @operation("removeProductsFromCategory")
    async def remove_products(self, category_id: int, *, product_ids: list[int]) -> None:
        """Take products out of a category."""
        body = MembershipsRequest(product_ids=product_ids)
        await self._no_content(
            remove_products_from_category.asyncio_detailed(category_id, client=self._api, body=body)
        )
