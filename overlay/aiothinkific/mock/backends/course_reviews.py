"""Course reviews: listed per course (optionally only approved ones), created, fetched."""

from __future__ import annotations

from aiothinkific.mock.backends.records import COURSE_REVIEWS, COURSES, USERS
from aiothinkific.mock.engine import Call
from aiothinkific.mock.registry import handles
from aiothinkific.mock.store import Filter, eq
from aiothinkific.specs import JSON


@handles("getCourseReviews")
def get_course_reviews(call: Call) -> JSON:
    course = COURSES.find(call, call.query["course_id"])
    filters: list[Filter] = [eq("course_id", course["id"])]
    if "approved" in call.query:
        filters.append(eq("approved", call.query["approved"]))
    return COURSE_REVIEWS.page(call, filters)


@handles("createCourseReview")
def create_course_review(call: Call) -> JSON:
    course = COURSES.find(call, call.query["course_id"])
    data = call.data
    USERS.must_exist(call, data["user_id"], "user_id")
    doc = {
        "rating": data["rating"],
        "title": data["title"],
        "review_text": data["review_text"],
        "user_id": data["user_id"],
        "course_id": course["id"],
        "approved": data["approved"],
        "created_at": call.timestamp,
    }
    return COURSE_REVIEWS.show(call, COURSE_REVIEWS.insert(call, doc))


@handles("getCourseReviewByID")
def get_course_review(call: Call) -> JSON:
    return COURSE_REVIEWS.show(call, COURSE_REVIEWS.find(call, call.id))
