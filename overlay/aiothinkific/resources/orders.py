"""Orders: list and get."""

from __future__ import annotations

from thinkific_admin_client.api.orders import get_order_by_id, get_orders
from thinkific_admin_client.models import GetOrdersResponse, OrderResponse

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Orders(Resource):
    @operation("getOrders")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[OrderResponse]:
        """All orders, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetOrdersResponse:
            return await self._expect(
                GetOrdersResponse,
                get_orders.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getOrderByID")
    async def get(self, order_id: int) -> OrderResponse:
        return await self._expect(
            OrderResponse, get_order_by_id.asyncio_detailed(order_id, client=self._api)
        )
