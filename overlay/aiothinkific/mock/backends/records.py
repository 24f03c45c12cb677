"""The kinds of records the backends keep (one :class:`~aiothinkific.mock.engine.Records` each)
and the links between them, shared by the backends and the seed."""

from __future__ import annotations

from aiothinkific.mock.engine import Call, Records, response_fields
from aiothinkific.mock.store import Doc, Store, eq
from aiothinkific.specs import Spec

# Links: (relation, a, b).
GROUP_USER = "group_user"  # a: group, b: user
GROUP_ANALYST = "group_analyst"  # a: group, b: user
COLLECTION_PRODUCT = "collection_product"  # a: collection, b: product


def _render_product(call: Call, doc: Doc) -> Doc:
    return {**doc, "collection_ids": call.store.linked(COLLECTION_PRODUCT, b=doc["id"])}


def _render_collection(call: Call, doc: Doc) -> Doc:
    return {**doc, "product_ids": call.store.linked(COLLECTION_PRODUCT, a=doc["id"])}


USERS = Records("user", "UserResponse")
INSTRUCTORS = Records("instructor", "InstructorResponse")
COURSES = Records("course", "CourseResponse")
CHAPTERS = Records("chapter", "ChapterResponse")
CONTENTS = Records("content", "ContentResponse")
PRODUCTS = Records("product", "ProductResponse", _render_product)
BUNDLES = Records("bundle", "BundleResponse")
ORDERS = Records("order", "OrderResponse")
CUSTOM_FIELDS = Records("custom_profile_field_definition", "CustomProfileFieldDefinitionsResponse")
COLLECTIONS = Records("collection", "CollectionResponse", _render_collection)
GROUPS = Records("group", "GroupResponse")
PUBLISH_REQUESTS = Records("product_publish_request", "ProductPublishRequest")
COURSE_REVIEWS = Records("course_review", "CourseReviewResponse")
EXTERNAL_ORDERS = Records("external_order", "ExternalOrderRequest")


def _render_enrollment(call: Call, doc: Doc) -> Doc:
    """The flags Thinkific derives: expired once the expiry date has passed, a free trial until
    activated, completed once a completion date is set."""
    expiry = doc.get("expiry_date")
    return {
        **doc,
        "expired": expiry is not None and expiry <= call.timestamp,
        "is_free_trial": doc.get("activated_at") is None,
        "completed": doc.get("completed_at") is not None,
    }


ENROLLMENTS = Records("enrollment", "EnrollmentResponse", _render_enrollment)


def _render_promotion(call: Call, doc: Doc) -> Doc:
    coupons = call.store.select(COUPONS.kind, [eq("promotion_id", doc["id"])])
    return {**doc, "coupon_ids": [coupon["id"] for coupon in coupons]}


PROMOTIONS = Records("promotion", "PromotionResponse", _render_promotion)
COUPONS = Records("coupon", "CouponResponse")

RECORDS = (
    USERS, INSTRUCTORS, COURSES, CHAPTERS, CONTENTS, PRODUCTS, BUNDLES, ORDERS, CUSTOM_FIELDS,
    COLLECTIONS, GROUPS, PUBLISH_REQUESTS, COURSE_REVIEWS, EXTERNAL_ORDERS, ENROLLMENTS,
    PROMOTIONS, COUPONS,
)  # fmt: skip


def keep_shown(store: Store, spec: Spec) -> None:
    """Have ``store`` keep the documents of each kind the API shows as stored (no render) also
    as ``spec``'s response schema shows them, so that their pages need no decoding."""
    schemas = spec.document.get("components", {}).get("schemas", {})
    for records in RECORDS:
        if records.render is None and records.schema in schemas:
            store.show_as(records.kind, response_fields(spec, records.schema))
