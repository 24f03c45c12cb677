"""Coupons: list a promotion's coupons, create one or many, get, update, delete."""

from __future__ import annotations

from thinkific_admin_client.api.coupons import (
    bulk_create_coupons,
    create_coupon,
    delete_coupon_by_id,
    get_coupon_by_id,
    get_coupons,
    update_coupon,
)
from thinkific_admin_client.models import (
    BulkCreateCouponRequest,
    CouponResponse,
    CreateBulkCouponResponse,
    CreateCouponRequest,
    GetCouponResponse,
    UpdateCoupon,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, operation


class Coupons(Resource):
    @operation("getCoupons")
    def list(
        self,
        *,
        promotion_id: int,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[CouponResponse]:
        """The coupons of a promotion, ``limit`` at most."""

        async def fetch(page: int, size: int) -> GetCouponResponse:
            return await self._expect(
                GetCouponResponse,
                get_coupons.asyncio_detailed(
                    client=self._api, promotion_id=promotion_id, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createCoupon")
    async def create(
        self,
        *,
        promotion_id: int,
        code: str,
        note: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
    ) -> CouponResponse:
        """A coupon for a promotion; without ``quantity`` it can be used any number of times."""
        body = CreateCouponRequest(code=code, note=note, quantity=quantity)
        return await self._expect(
            CouponResponse,
            create_coupon.asyncio_detailed(client=self._api, body=body, promotion_id=promotion_id),
        )

    @operation("bulkCreateCoupons")
    async def bulk_create(
        self,
        *,
        promotion_id: int,
        bulk_quantity: int,
        bulk_quantity_per_coupon: int | Unset = UNSET,
        bulk_coupon_code_length: int | Unset = UNSET,
    ) -> CreateBulkCouponResponse:
        """``bulk_quantity`` coupons with generated codes for a promotion."""
        body = BulkCreateCouponRequest(
            bulk_quantity=bulk_quantity,
            bulk_quantity_per_coupon=bulk_quantity_per_coupon,
            bulk_coupon_code_length=bulk_coupon_code_length,
        )
        return await self._expect(
            CreateBulkCouponResponse,
            bulk_create_coupons.asyncio_detailed(
                client=self._api, body=body, promotion_id=promotion_id
            ),
        )

    @operation("getCouponByID")
    async def get(self, coupon_id: int) -> CouponResponse:
        return await self._expect(
            CouponResponse, get_coupon_by_id.asyncio_detailed(coupon_id, client=self._api)
        )

    @operation("updateCoupon")
    async def update(
        self,
        coupon_id: int,
        *,
        code: str,
        note: str | Unset = UNSET,
        quantity_used: int | Unset = UNSET,
        quantity: int | Unset = UNSET,
    ) -> None:
        body = UpdateCoupon(code=code, note=note, quantity_used=quantity_used, quantity=quantity)
        await self._no_content(
            update_coupon.asyncio_detailed(coupon_id, client=self._api, body=body)
        )

    @operation("deleteCouponByID")
    async def delete(self, coupon_id: int) -> None:
        await self._no_content(delete_coupon_by_id.asyncio_detailed(coupon_id, client=self._api))
