"""Coupons, scoped by their promotion: Get / Create / Update / Delete a Coupon, List Coupons.

The API finds a coupon by its id alone; when a Promotion is given to Get, Update or Delete, the
coupon must belong to it (as the Make app's coupon picker, fed by the promotion, ensures)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from thinkific_admin_client.models import CouponResponse

from aiothinkific.modules._bundles import bundle, bundles, deleted, known, pick
from aiothinkific.modules._convert import ModuleInputError, Problem
from aiothinkific.modules._fields import Field, integer, limit, record_id, text
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

coupons = Group("Coupons")


def promotion(help: str, *, required: bool = False) -> Field:
    return record_id("promotion_id", "Promotion", help, required=required)


def coupon(help: str) -> Field:
    return record_id("coupon_id", "Coupon", help)


def code(help: str, *, required: bool = False) -> Field:
    return text("code", "Code", help, required=required)


def note(help: str) -> Field:
    return text("note", "Note", help)


def quantity(help: str) -> Field:
    return integer("quantity", "Quantity", help, minimum=1)


async def _coupon(tk: Thinkific, inputs: Inputs, module: str) -> CouponResponse:
    """The coupon named by the inputs, checked to belong to the Promotion if one is given."""
    found = await tk.coupons.get(inputs["coupon_id"])
    if "promotion_id" in inputs and found.promotion_id != inputs["promotion_id"]:
        message = f"coupon {found.id} belongs to promotion {found.promotion_id}, not this one"
        raise ModuleInputError(module, [Problem("coupon_id", message, "Coupon")])
    return found


@coupons.action(
    "getCoupon",
    "Get a Coupon",
    "Retrieves a coupon identified by the provided ID.",
    (
        promotion("Select or map the promotion whose coupon details you want to retrieve."),
        coupon("Select or map the coupon whose details you want to retrieve."),
    ),
)
async def get_coupon(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await _coupon(tk, inputs, "Get a Coupon"))


@coupons.action(
    "createCoupon",
    "Create a Coupon",
    "Creates a new coupon in Thinkific under the specified data source.",
    (
        promotion(
            "Select or map the promotion for which you want to create the code.", required=True
        ),
        code(
            "Enter (map) the coupon code. The coupon code can contain alphanumeric and special "
            "characters.",
            required=True,
        ),
        note(
            "Enter any additional information about the coupon code. For example, coupon validity."
        ),
        quantity(
            "Enter (map) the number of times the coupon can be used. If left blank, the coupon "
            "can be used for an unlimited number of times. For example, 10."
        ),
    ),
)
async def create_coupon(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(
        await tk.coupons.create(**pick(inputs, "promotion_id", "code", "note", "quantity"))
    )


@coupons.action(
    "updateCoupon",
    "Update a Coupon",
    "Updates an existing coupon. Fields left empty keep their values.",
    (
        promotion("Select or map the promotion for which you want to create the code."),
        coupon("Select or map the coupon whose details you want to update."),
        code(
            "Enter (map) a new coupon code. The coupon code can contain alphanumeric and special "
            "characters."
        ),
        note(
            "Enter any additional information about the coupon code. For example, applicable only "
            "to students."
        ),
        quantity(
            "Enter (map) the number of times the coupon can be used. If left blank, the coupon "
            "can be used an unlimited number of times. For example, 10."
        ),
    ),
)
async def update_coupon(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    # The API replaces the coupon (code required): send the current values with the changes.
    current = await _coupon(tk, inputs, "Update a Coupon")
    body = known(current, "code", "note", "quantity") | pick(inputs, "code", "note", "quantity")
    await tk.coupons.update(current.id, **body)
    return bundle(await tk.coupons.get(current.id))


@coupons.action(
    "deleteCoupon",
    "Delete a Coupon",
    "Deletes a coupon identified by the provided ID.",
    (
        promotion("Select or map the promotion whose coupon details you want to delete."),
        coupon("Select or map the coupon you want to delete."),
    ),
)
async def delete_coupon(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    if "promotion_id" in inputs:
        await _coupon(tk, inputs, "Delete a Coupon")
    await tk.coupons.delete(inputs["coupon_id"])
    return deleted(inputs["coupon_id"])


@coupons.search(
    "listCoupons",
    "List Coupons",
    "Retrieves a list of all coupons.",
    (
        promotion("Select or map the promotion whose details you want to list.", required=True),
        limit("coupons"),
    ),
)
async def list_coupons(tk: Thinkific, inputs: Inputs) -> Listing:
    return bundles(tk.coupons.list(promotion_id=inputs["promotion_id"], limit=inputs["limit"]))
