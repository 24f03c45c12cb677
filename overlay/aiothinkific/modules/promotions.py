"""Promotions: Get / Create / Update / Delete a Promotion, List Promotions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiothinkific.modules._bundles import bundle, bundles, deleted, known, pick
from aiothinkific.modules._fields import (
    Option,
    array,
    date,
    integer,
    limit,
    number,
    record_id,
    requiring,
    select,
    text,
)
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

promotions = Group("Promotions")

DISCOUNT_TYPES = (Option("fixed", "Fixed"), Option("percentage", "Percentage"))

ATTRIBUTES = (
    text("name", "Name", "Enter (map) the name of the promotion."),
    select(
        "discount_type",
        "Discount Type",
        DISCOUNT_TYPES,
        "Select or map the discount type you want to apply to the promotion: Fixed or Percentage.",
    ),
    number(
        "amount",
        "Amount",
        "Enter (map) fixed discount amount or percentage of discount you want to provide for "
        "the promotion. For example, 10. Based on the option selected for Discount Type, the "
        "value is considered either as an amount or percentage.",
    ),
    text("description", "Description", "Enter the details of the promotion."),
    date(
        "starts_at",
        "Starts At",
        "Enter (map) the date when the promotion begins (ISO 8601, e.g. 2024-01-31T09:00:00Z).",
    ),
    date(
        "expires_at",
        "Expires At",
        "Enter (map) the date when the promotion ends (ISO 8601, e.g. 2024-02-29T23:59:00Z).",
    ),
    array(
        "product_ids",
        "Products",
        integer("product_id", "Product", minimum=1),
        "Add the product to which you want to apply for the promotion (product IDs; none: "
        "every product).",
    ),
    number(
        "duration",
        "Duration",
        "Enter (map) the duration for which the Promotion is applied. This value only applies "
        "to promotions set on the products that are set as subscriptions or Payment Plans. "
        "For example, 3.",
    ),
)
NAMES = tuple(field.name for field in ATTRIBUTES)
# What the API's response holds of a promotion (it does not show its products).
SHOWN = ("name", "discount_type", "amount", "description", "starts_at", "expires_at", "duration")


@promotions.action(
    "getPromotion",
    "Get a Promotion",
    "Gets a promotion by the provided ID.",
    (
        record_id(
            "promotion_id",
            "Promotion",
            "Select or map the promotion whose details you want to list.",
        ),
    ),
)
async def get_promotion(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.promotions.get(inputs["promotion_id"]))


@promotions.action(
    "createPromotion",
    "Create a Promotion",
    "Creates a new promotion in Thinkific under the specified data source.",
    requiring(ATTRIBUTES, "name", "discount_type", "amount"),
)
async def create_promotion(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.promotions.create(**pick(inputs, *NAMES)))


@promotions.action(
    "updatePromotion",
    "Update a Promotion",
    "Updates a promotion by the provided ID. Fields left empty keep their values.",
    (
        record_id(
            "promotion_id",
            "Promotion ID",
            "Select or map the promotion whose details you want to update.",
        ),
        *ATTRIBUTES,
    ),
)
async def update_promotion(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    # The API replaces the promotion (name, discount type and amount required): send the current
    # values, and its coupons, with the changes on top. Products are kept unless given.
    promotion_id = inputs["promotion_id"]
    current = await tk.promotions.get(promotion_id)
    body = known(current, *SHOWN, "coupon_ids") | pick(inputs, *NAMES)
    await tk.promotions.update(promotion_id, **body)
    return bundle(await tk.promotions.get(promotion_id))


@promotions.action(
    "deletePromotion",
    "Delete a Promotion",
    "Deletes a promotion by the provided ID.",
    (record_id("promotion_id", "Promotion", "Select or map the promotion you want to delete."),),
)
async def delete_promotion(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    await tk.promotions.delete(inputs["promotion_id"])
    return deleted(inputs["promotion_id"])


@promotions.search(
    "listPromotions",
    "List Promotions",
    "Retrieves a list of all promotions.",
    (limit("promotions"),),
)
async def list_promotions(tk: Thinkific, inputs: Inputs) -> Listing:
    return bundles(tk.promotions.list(limit=inputs["limit"]))
