"""Promotions: list, create, get, update, delete, and find the one a coupon code applies."""

from __future__ import annotations

import builtins
import datetime

from thinkific_admin_client.api.promotions import (
    create_promotion,
    delete_promotion_by_id,
    get_promotion_by_coupon,
    get_promotion_by_id,
    get_promotions,
    update_promotion_by_id,
)
from thinkific_admin_client.models import (
    GetPromotionsResponse,
    PromotionRequest,
    PromotionRequestDiscountType,
    PromotionResponse,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Promotions(Resource):
    @operation("getPromotions")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[PromotionResponse]:
        """Every promotion, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetPromotionsResponse:
            return await self._expect(
                GetPromotionsResponse,
                get_promotions.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createPromotion")
    async def create(
        self,
        *,
        name: str,
        discount_type: PromotionRequestDiscountType,
        amount: float,
        description: str | Unset = UNSET,
        starts_at: datetime.datetime | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
        product_ids: builtins.list[int] | Unset = UNSET,
        coupon_ids: builtins.list[int] | Unset = UNSET,
        duration: float | Unset = UNSET,
    ) -> PromotionResponse:
        """A promotion; without ``product_ids`` it applies to every product."""
        body = PromotionRequest(
            name=name,
            discount_type=discount_type,
            amount=amount,
            description=description,
            starts_at=starts_at,
            expires_at=expires_at,
            product_ids=product_ids,
            coupon_ids=coupon_ids,
            duration=duration,
        )
        return await self._expect(
            PromotionResponse, create_promotion.asyncio_detailed(client=self._api, body=body)
        )

    @operation("getPromotionByID")
    async def get(self, promotion_id: int) -> PromotionResponse:
        return await self._expect(
            PromotionResponse, get_promotion_by_id.asyncio_detailed(promotion_id, client=self._api)
        )

    @operation("updatePromotionByID")
    async def update(
        self,
        promotion_id: int,
        *,
        name: str,
        discount_type: PromotionRequestDiscountType,
        amount: float,
        description: str | Unset = UNSET,
        starts_at: datetime.datetime | Unset = UNSET,
        expires_at: datetime.datetime | Unset = UNSET,
        product_ids: builtins.list[int] | Unset = UNSET,
        coupon_ids: builtins.list[int] | Unset = UNSET,
        duration: float | Unset = UNSET,
    ) -> None:
        body = PromotionRequest(
            name=name,
            discount_type=discount_type,
            amount=amount,
            description=description,
            starts_at=starts_at,
            expires_at=expires_at,
            product_ids=product_ids,
            coupon_ids=coupon_ids,
            duration=duration,
        )
        await self._no_content(
            update_promotion_by_id.asyncio_detailed(promotion_id, client=self._api, body=body)
        )

    @operation("deletePromotionByID")
    async def delete(self, promotion_id: int) -> None:
        await self._no_content(
            delete_promotion_by_id.asyncio_detailed(promotion_id, client=self._api)
        )

    @operation("getPromotionByCoupon")
    async def get_by_coupon(self, *, product_id: int, coupon_code: str) -> PromotionResponse:
        """The promotion that ``coupon_code`` applies to ``product_id``."""
        return await self._expect(
            PromotionResponse,
            get_promotion_by_coupon.asyncio_detailed(
                client=self._api, product_id=product_id, coupon_code=coupon_code
            ),
        )
