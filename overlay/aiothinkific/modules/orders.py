"""Orders (beyond the seed's module list, which its introduction promises): Get an Order,
List Orders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiothinkific.modules._bundles import bundle, bundles
from aiothinkific.modules._fields import limit, record_id
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

orders = Group("Orders")


@orders.action(
    "getOrder",
    "Get an Order",
    "Retrieves an order identified by the provided ID.",
    (
        record_id(
            "order_id", "Order", "Select or map the order whose details you want to retrieve."
        ),
    ),
)
async def get_order(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.orders.get(inputs["order_id"]))


@orders.search(
    "listOrders",
    "List Orders",
    "Retrieves a list of orders.",
    (limit("orders"),),
)
async def list_orders(tk: Thinkific, inputs: Inputs) -> Listing:
    return bundles(tk.orders.list(limit=inputs["limit"]))
