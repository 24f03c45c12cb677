"""External orders (paid outside Thinkific): create, and record purchase and refund transactions."""

from __future__ import annotations

from thinkific_admin_client.api.external_orders import (
    create_external_order,
    purchase_external_order_transaction,
    refund_external_order_transaction,
)
from thinkific_admin_client.models import (
    CreateExternalOrderResponse201,
    ExternalOrderRequest,
    ExternalOrderRequestOrderType,
    ExternalOrderTransaction,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific.resources._base import Resource, operation


class ExternalOrders(Resource):
    @operation("createExternalOrder")
    async def create(
        self,
        *,
        payment_provider: str,
        user_id: int,
        product_id: int,
        order_type: ExternalOrderRequestOrderType,
        transaction: ExternalOrderTransaction | Unset = UNSET,
    ) -> CreateExternalOrderResponse201:
        """Record an order paid through an external provider; the response holds its id."""
        body = ExternalOrderRequest(
            payment_provider=payment_provider,
            user_id=user_id,
            product_id=product_id,
            order_type=order_type,
            transaction=transaction,
        )
        return await self._expect(
            CreateExternalOrderResponse201,
            create_external_order.asyncio_detailed(client=self._api, body=body),
        )

    @operation("refundExternalOrderTransaction")
    async def refund(
        self,
        external_order_id: int,
        *,
        amount: float,
        currency: str,
        reference: str | Unset = UNSET,
        action: str | Unset = UNSET,
    ) -> None:
        """Record a refund transaction on an external order (``amount`` in the smallest unit)."""
        body = ExternalOrderTransaction(
            amount=amount, currency=currency, reference=reference, action=action
        )
        await self._no_content(
            refund_external_order_transaction.asyncio_detailed(
                external_order_id, client=self._api, body=body
            )
        )

    @operation("purchaseExternalOrderTransaction")
    async def purchase(
        self,
        external_order_id: int,
        *,
        amount: float,
        currency: str,
        reference: str | Unset = UNSET,
        action: str | Unset = UNSET,
    ) -> None:
        """Record a purchase transaction on an external order (``amount`` in the smallest unit)."""
        body = ExternalOrderTransaction(
            amount=amount, currency=currency, reference=reference, action=action
        )
        await self._no_content(
            purchase_external_order_transaction.asyncio_detailed(
                external_order_id, client=self._api, body=body
            )
        )
