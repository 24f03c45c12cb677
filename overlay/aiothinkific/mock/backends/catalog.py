"""The read-only catalogue, all from the seed: courses, chapters, contents, products, bundles,
orders and custom profile field definitions."""

from __future__ import annotations

from aiothinkific.mock.backends.records import (
    BUNDLES,
    CHAPTERS,
    CONTENTS,
    COURSES,
    CUSTOM_FIELDS,
    ORDERS,
    PRODUCTS,
)
from aiothinkific.mock.engine import Call
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import id_in
from aiothinkific.specs import JSON


@handles("getCourses")
def get_courses(call: Call) -> JSON:
    return COURSES.page(call)


@handles("getCourseByID")
def get_course(call: Call) -> JSON:
    return COURSES.show(call, COURSES.find(call, call.id))


@handles("getChaptersByCourseID")
def get_course_chapters(call: Call) -> JSON:
    course = COURSES.find(call, call.id)
    return CHAPTERS.page(call, [id_in(course["chapter_ids"])])


@handles("getChapterByID")
def get_chapter(call: Call) -> JSON:
    return CHAPTERS.show(call, CHAPTERS.find(call, call.id))


@handles("getContentsByChapterID")
def get_chapter_contents(call: Call) -> JSON:
    chapter = CHAPTERS.find(call, call.id)
    return CONTENTS.page(call, [id_in(chapter["content_ids"])])


@handles("getContentByID")
def get_content(call: Call) -> JSON:
    return CONTENTS.show(call, CONTENTS.find(call, call.id))


@handles("getProducts")
def get_products(call: Call) -> JSON:
    return PRODUCTS.page(call)


@handles("getProductByID")
def get_product(call: Call) -> JSON:
    return PRODUCTS.show(call, PRODUCTS.find(call, call.id))


@handles("getRelatedProductByProductID")
def get_related_products(call: Call) -> JSON:
    product = PRODUCTS.find(call, call.id)
    return PRODUCTS.page(call, [id_in(product["related_product_ids"])])


@handles("getBundleByID")
def get_bundle(call: Call) -> JSON:
    return BUNDLES.show(call, BUNDLES.find(call, call.id))


@handles("getCoursesByBundleID")
def get_bundle_courses(call: Call) -> JSON:
    bundle = BUNDLES.find(call, call.id)
    return COURSES.page(call, [id_in(bundle["course_ids"])])


@handles("getOrders")
def get_orders(call: Call) -> JSON:
    return ORDERS.page(call)


@handles("getOrderByID")
def get_order(call: Call) -> JSON:
    return ORDERS.show(call, ORDERS.find(call, call.id))


@handles("getCustomProfileFields")
def get_custom_profile_fields(call: Call) -> JSON:
    return CUSTOM_FIELDS.page(call)
