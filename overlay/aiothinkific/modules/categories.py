"""Categories (the API's collections): Get / Create / Update / Delete a Category, List
Categories."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiothinkific.modules._bundles import bundle, bundles, deleted, known, pick
from aiothinkific.modules._convert import ModuleInputError, Problem
from aiothinkific.modules._fields import limit, record_id, requiring, text
from aiothinkific.modules._model import Bundle, Group, Inputs, Listing

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

categories = Group("Categories")

ATTRIBUTES = (
    text("name", "Name", "Enter (map) the category name."),
    text("description", "Description", "Enter (map) the details of the category."),
    text(
        "slug",
        "Slug",
        "Enter (map) the details of the slug for the category. For example, my-category.",
    ),
)
NAMES = ("name", "description", "slug")


@categories.action(
    "getCategory",
    "Get a Category",
    "Retrieves a category identified by the provided ID.",
    (
        record_id(
            "category_id",
            "Category",
            "Select or map the category whose details you want to retrieve.",
        ),
    ),
)
async def get_category(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.categories.get(inputs["category_id"]))


@categories.action(
    "createCategory",
    "Create a Category",
    "Creates a new category in Thinkific under the specified data source.",
    requiring(ATTRIBUTES, *NAMES),
)
async def create_category(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    return bundle(await tk.categories.create(**pick(inputs, *NAMES)))


@categories.action(
    "updateCategory",
    "Update a Category",
    "Updates the category identified by the provided ID. Fields left empty keep their values.",
    (
        record_id(
            "category_id",
            "Category ID",
            "Select or map the category whose details you want to update.",
        ),
        *ATTRIBUTES,
    ),
)
async def update_category(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    # The API replaces the category (name, description and slug required): send the current
    # values with the changes on top.
    category_id = inputs["category_id"]
    body = {"description": ""} | known(await tk.categories.get(category_id), *NAMES)
    body |= pick(inputs, *NAMES)
    if "slug" not in body:
        problem = Problem("slug", "is required: the category has no slug to keep", "Slug")
        raise ModuleInputError("Update a Category", [problem])
    await tk.categories.update(category_id, **body)
    return bundle(await tk.categories.get(category_id))


@categories.action(
    "deleteCategory",
    "Delete a Category",
    "Deletes the category identified by the provided ID.",
    (record_id("category_id", "Category", "Select or map the category you want to delete."),),
)
async def delete_category(tk: Thinkific, inputs: Inputs) -> list[Bundle]:
    await tk.categories.delete(inputs["category_id"])
    return deleted(inputs["category_id"])


@categories.search(
    "listCategories",
    "List Categories",
    "Retrieves a list of categories.",
    (limit("categories"),),
)
async def list_categories(tk: Thinkific, inputs: Inputs) -> Listing:
    return bundles(tk.categories.list(limit=inputs["limit"]))
