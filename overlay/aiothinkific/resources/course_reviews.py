"""Course reviews: list a course's reviews, create, get."""

from __future__ import annotations

from thinkific_admin_client.api.course_reviews import (
    create_course_review,
    get_course_review_by_id,
    get_course_reviews,
)
from thinkific_admin_client.models import (
    CourseReviewResponse,
    CreateCourseReviewRequest,
    GetCourseReviewsResponse,
)

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific.resources._base import Resource, given, operation


class CourseReviews(Resource):
    @operation("getCourseReviews")
    def list(
        self,
        *,
        course_id: int,
        approved: bool | None = None,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[CourseReviewResponse]:
        """A course's reviews (only approved or unapproved ones if ``approved`` is given)."""

        async def fetch(page: int, size: int) -> GetCourseReviewsResponse:
            return await self._expect(
                GetCourseReviewsResponse,
                get_course_reviews.asyncio_detailed(
                    client=self._api,
                    course_id=course_id,
                    page=page,
                    limit=size,
                    approved=given(approved),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createCourseReview")
    async def create(
        self,
        *,
        course_id: int,
        rating: int,
        title: str,
        review_text: str,
        user_id: int,
        approved: bool,
    ) -> CourseReviewResponse:
        """Add a user's review (``rating`` out of 5) of a course."""
        body = CreateCourseReviewRequest(
            rating=rating,
            title=title,
            review_text=review_text,
            user_id=user_id,
            approved=approved,
        )
        return await self._expect(
            CourseReviewResponse,
            create_course_review.asyncio_detailed(client=self._api, body=body, course_id=course_id),
        )

    @operation("getCourseReviewByID")
    async def get(self, course_review_id: int) -> CourseReviewResponse:
        return await self._expect(
            CourseReviewResponse,
            get_course_review_by_id.asyncio_detailed(course_review_id, client=self._api),
        )
