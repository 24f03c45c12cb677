"""Promotions and their coupons (single and bulk creation, lookup by coupon code)."""

from __future__ import annotations

import string

from aiothinkific.mock.backends.records import COUPONS, PRODUCTS, PROMOTIONS
from aiothinkific.mock.engine import Call, changes
from aiothinkific.mock.errors import field_error, not_found
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import Doc, eq, eq_nocase
from aiothinkific.specs import JSON

PROMOTION_FIELDS = (
    "name",
    "description",
    "starts_at",
    "expires_at",
    "discount_type",
    "amount",
    "duration",
    "product_ids",
)
CODE_ALPHABET = string.ascii_uppercase + string.digits
DEFAULT_CODE_LENGTH = 8


def _promotion_fields(call: Call) -> Doc:
    sent = changes(call, PROMOTION_FIELDS)
    if sent["amount"] <= 0:
        raise field_error("amount", "must be greater than 0")
    if sent["discount_type"] == "percentage" and sent["amount"] > 100:
        raise field_error("amount", "must be less than or equal to 100")
    if not PRODUCTS.all_exist(call, sent.get("product_ids", [])):
        raise field_error("product_ids", "must exist")
    return sent


def _promotion(call: Call) -> Doc:
    """The promotion of the ``promotion_id`` query parameter, or 404."""
    return PROMOTIONS.find(call, call.query["promotion_id"])


def _coupon(call: Call, promotion: Doc, code: str, quantity: int | None, note: str | None) -> Doc:
    doc: Doc = {
        "code": code,
        "note": note,
        "quantity_used": 0,
        "quantity": quantity,
        "promotion_id": promotion["id"],
        "created_at": call.timestamp,
    }
    return COUPONS.insert(call, doc)


def _fresh_code(call: Call, length: int) -> str:
    while True:
        code = "".join(call.rng.choice(CODE_ALPHABET) for _ in range(length))
        if call.store.first(COUPONS.kind, [eq_nocase("code", code)]) is None:
            return code


@handles("getPromotions")
def get_promotions(call: Call) -> JSON:
    return PROMOTIONS.page(call)


@handles("createPromotion")
def create_promotion(call: Call) -> JSON:
    doc: Doc = {
        "starts_at": None,
        "expires_at": None,
        "duration": None,
        "product_ids": [],
        **_promotion_fields(call),
    }
    return PROMOTIONS.show(call, PROMOTIONS.insert(call, doc))


@handles("getPromotionByID")
def get_promotion(call: Call) -> JSON:
    return PROMOTIONS.show(call, PROMOTIONS.find(call, call.id))


@handles("updatePromotionByID")
def update_promotion(call: Call) -> None:
    doc = PROMOTIONS.find(call, call.id)
    doc.update(_promotion_fields(call))
    PROMOTIONS.save(call, doc)


@handles("deletePromotionByID")
def delete_promotion(call: Call) -> None:
    PROMOTIONS.delete(call, call.id)
    call.store.delete_where(COUPONS.kind, [eq("promotion_id", call.id)])


@handles("getPromotionByCoupon")
def get_promotion_by_coupon(call: Call) -> JSON:
    """The promotion whose coupon has this code and which applies to the product (a promotion
    without products applies to all)."""
    product_id = call.query["product_id"]
    PRODUCTS.find(call, product_id)
    for coupon in call.store.select(COUPONS.kind, [eq_nocase("code", call.query["coupon_code"])]):
        promotion = PROMOTIONS.get(call, coupon["promotion_id"])
        if promotion is not None and (
            not promotion["product_ids"] or product_id in promotion["product_ids"]
        ):
            return PROMOTIONS.show(call, promotion)
    raise not_found()


@handles("getCoupons")
def get_coupons(call: Call) -> JSON:
    promotion = _promotion(call)
    return COUPONS.page(call, [eq("promotion_id", promotion["id"])])


@handles("createCoupon")
def create_coupon(call: Call) -> JSON:
    promotion = _promotion(call)
    data = call.data
    COUPONS.check_unique(call, "code", data["code"], nocase=True)
    doc = _coupon(call, promotion, data["code"], data.get("quantity"), data.get("note"))
    return COUPONS.show(call, doc)


@handles("bulkCreateCoupons")
def bulk_create_coupons(call: Call) -> JSON:
    promotion = _promotion(call)
    call.required("bulk_quantity")
    count = call.data["bulk_quantity"]
    length = call.data.get("bulk_coupon_code_length", DEFAULT_CODE_LENGTH)
    if count < 1:
        raise field_error("bulk_quantity", "must be greater than 0")
    quantity = call.data.get("bulk_quantity_per_coupon")
    coupons = [
        _coupon(call, promotion, _fresh_code(call, length), quantity, None) for _ in range(count)
    ]
    return {"items": [COUPONS.show(call, coupon) for coupon in coupons]}


@handles("getCouponByID")
def get_coupon(call: Call) -> JSON:
    return COUPONS.show(call, COUPONS.find(call, call.id))


@handles("updateCoupon")
def update_coupon(call: Call) -> None:
    doc = COUPONS.find(call, call.id)
    COUPONS.check_unique(call, "code", call.data["code"], current=doc["id"], nocase=True)
    doc.update(changes(call, ("code", "note", "quantity_used", "quantity")))
    COUPONS.save(call, doc)


@handles("deleteCouponByID")
def delete_coupon(call: Call) -> None:
    COUPONS.delete(call, call.id)
