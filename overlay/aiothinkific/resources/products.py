"""Products: list, get, and the products related to one."""

from __future__ import annotations

from thinkific_admin_client.api.products import (
    get_product_by_id,
    get_products,
    get_related_product_by_product_id,
)
from thinkific_admin_client.models import GetProductsResponse, ProductResponse

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Products(Resource):
    @operation("getProducts")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductResponse]:
        """All products, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetProductsResponse:
            return await self._expect(
                GetProductsResponse,
                get_products.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getProductByID")
    async def get(self, product_id: int) -> ProductResponse:
        return await self._expect(
            ProductResponse, get_product_by_id.asyncio_detailed(product_id, client=self._api)
        )

    @operation("getRelatedProductByProductID")
    def list_related(
        self, product_id: int, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductResponse]:
        """The products related to a product, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetProductsResponse:
            return await self._expect(
                GetProductsResponse,
                get_related_product_by_product_id.asyncio_detailed(
                    product_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)
