"""Thinkific Admin API: one resource class per group, one method per operation.

Written by scripts/regenerate from the patched spec/thinkific.yaml and its names table,
spec/thinkific.resources.yaml. Do not edit: rename in the table, fix the spec with a patch.
"""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, TypeVar

from thinkific_admin_client import Client as GeneratedClient
from thinkific_admin_client.api.bundles import (
    create_enrollment_in_bundle,
    get_bundle_by_id,
    get_bundle_enrollments,
    get_courses_by_bundle_id,
    update_enrollments_in_bundle,
)
from thinkific_admin_client.api.categories import (
    create_collection,
    delete_collection_by_id,
    get_collection_by_id,
    get_collections,
    get_products_by_collection_id,
    update_collection_by_id,
)
from thinkific_admin_client.api.category_memberships import (
    add_products_to_category,
    remove_products_from_category,
)
from thinkific_admin_client.api.chapters import get_chapter_by_id, get_contents_by_chapter_id
from thinkific_admin_client.api.contents import get_content_by_id
from thinkific_admin_client.api.coupons import (
    bulk_create_coupons,
    create_coupon,
    delete_coupon_by_id,
    get_coupon_by_id,
    get_coupons,
    update_coupon,
)
from thinkific_admin_client.api.course_reviews import (
    create_course_review,
    get_course_review_by_id,
    get_course_reviews,
)
from thinkific_admin_client.api.courses import (
    get_chapters_by_course_id,
    get_course_by_id,
    get_courses,
)
from thinkific_admin_client.api.custom_profile_field_definitions import get_custom_profile_fields
from thinkific_admin_client.api.enrollments import (
    create_enrollment,
    get_enrollments,
    get_enrollments_by_id,
    update_enrollment,
)
from thinkific_admin_client.api.external_orders import (
    create_external_order,
    purchase_external_order_transaction,
    refund_external_order_transaction,
)
from thinkific_admin_client.api.group_analysts import (
    add_group_to_analyst,
    remove_group_from_analyst,
)
from thinkific_admin_client.api.group_users import create_group_users
from thinkific_admin_client.api.groups import (
    create_group,
    delete_group_by_id,
    get_group,
    get_group_analysts,
    get_groups,
    post_group_analysts,
    remove_analyst_from_group,
)
from thinkific_admin_client.api.instructors import (
    create_instructor,
    delete_instructor_by_id,
    get_instructor_by_id,
    get_instructors,
    update_instructor,
)
from thinkific_admin_client.api.orders import get_order_by_id, get_orders
from thinkific_admin_client.api.product_publish_request import (
    approve_publish_request,
    deny_publication_request,
    get_product_publish_request_by_id,
    get_product_publish_requests,
)
from thinkific_admin_client.api.products import (
    get_product_by_id,
    get_products,
    get_related_product_by_product_id,
)
from thinkific_admin_client.api.promotions import (
    create_promotion,
    delete_promotion_by_id,
    get_promotion_by_coupon,
    get_promotion_by_id,
    get_promotions,
    update_promotion_by_id,
)
from thinkific_admin_client.api.site_scripts import (
    create_site_script,
    delete_site_script_by_id,
    get_site_script_by_id,
    get_site_scripts,
    update_site_script_by_id,
)
from thinkific_admin_client.api.users import (
    create_user,
    delete_user_by_id,
    get_user_auth_by_id_and_provider,
    get_user_by_id,
    get_users,
    update_user_by_id,
)
from thinkific_admin_client.models import (
    AuthenticationResponse,
    BulkCreateCouponRequest,
    BundleResponse,
    ChapterResponse,
    CollectionRequest,
    CollectionResponse,
    ContentResponse,
    CouponResponse,
    CourseResponse,
    CourseReviewResponse,
    CreateBulkCouponResponse,
    CreateCouponRequest,
    CreateCourseReviewRequest,
    CreateEnrollmentInBundleBody,
    CreateEnrollmentRequest,
    CreateExternalOrderResponse201,
    CreateGroupUsersRequest,
    CreateUserRequest,
    CreateUserRequestProvider,
    CreateUserRequestRolesItem,
    CustomProfileFieldDefinitionsResponse,
    CustomProfileFieldRequest,
    DeleteUserByIdProvider,
    EnrollmentResponse,
    ExternalOrderRequest,
    ExternalOrderRequestOrderType,
    ExternalOrderTransaction,
    GetChaptersResponse,
    GetCollectionsResponse,
    GetContentsResponse,
    GetCouponResponse,
    GetCourseReviewsResponse,
    GetCoursesResponse,
    GetCustomProfileFieldDefinitions,
    GetEnrollmentsResponse,
    GetGroupAnalystsResponse,
    GetGroupsResponse,
    GetInstructorsResponse,
    GetOrdersResponse,
    GetProductPublishResponse,
    GetProductsResponse,
    GetPromotionsResponse,
    GetSiteScriptsResponse,
    GetUserAuthByIdAndProviderProvider,
    GetUserByIdProvider,
    GetUsersResponse,
    GroupAddAnalystRequest,
    GroupAnalystsAddGroupRequest,
    GroupRequest,
    GroupResponse,
    InstructorRequest,
    InstructorResponse,
    MembershipsRequest,
    OrderResponse,
    ProductPublishRequest,
    ProductPublishRequestBody,
    ProductResponse,
    PromotionRequest,
    PromotionRequestDiscountType,
    PromotionResponse,
    SiteScriptRequest,
    SiteScriptRequestCategory,
    SiteScriptRequestLoadMethod,
    SiteScriptRequestLocation,
    SiteScriptRequestPageScopesItem,
    SiteScriptResponse,
    UpdateCoupon,
    UpdateEnrollmentRequest,
    UpdateEnrollmentsInBundleBody,
    UpdateUserByIdProvider,
    UpdateUserRequest,
    UpdateUserRequestRolesItem,
    UserResponse,
)
from thinkific_admin_client.models.create_user_request_provider import (
    CREATE_USER_REQUEST_PROVIDER_VALUES,
)
from thinkific_admin_client.models.create_user_request_roles_item import (
    CREATE_USER_REQUEST_ROLES_ITEM_VALUES,
)
from thinkific_admin_client.models.delete_user_by_id_provider import (
    DELETE_USER_BY_ID_PROVIDER_VALUES,
)
from thinkific_admin_client.models.external_order_request_order_type import (
    EXTERNAL_ORDER_REQUEST_ORDER_TYPE_VALUES,
)
from thinkific_admin_client.models.get_user_auth_by_id_and_provider_provider import (
    GET_USER_AUTH_BY_ID_AND_PROVIDER_PROVIDER_VALUES,
)
from thinkific_admin_client.models.get_user_by_id_provider import GET_USER_BY_ID_PROVIDER_VALUES
from thinkific_admin_client.models.promotion_request_discount_type import (
    PROMOTION_REQUEST_DISCOUNT_TYPE_VALUES,
)
from thinkific_admin_client.models.site_script_request_category import (
    SITE_SCRIPT_REQUEST_CATEGORY_VALUES,
)
from thinkific_admin_client.models.site_script_request_load_method import (
    SITE_SCRIPT_REQUEST_LOAD_METHOD_VALUES,
)
from thinkific_admin_client.models.site_script_request_location import (
    SITE_SCRIPT_REQUEST_LOCATION_VALUES,
)
from thinkific_admin_client.models.site_script_request_page_scopes_item import (
    SITE_SCRIPT_REQUEST_PAGE_SCOPES_ITEM_VALUES,
)
from thinkific_admin_client.models.update_user_by_id_provider import (
    UPDATE_USER_BY_ID_PROVIDER_VALUES,
)
from thinkific_admin_client.models.update_user_request_roles_item import (
    UPDATE_USER_REQUEST_ROLES_ITEM_VALUES,
)
from thinkific_admin_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific._types import NOT_GIVEN, NotGiven
from aiothinkific.resources._base import Resource, checked, operation

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

T = TypeVar("T")


def given(value: T | NotGiven) -> T | Unset:
    """An argument as the generated layer takes it: ``NOT_GIVEN`` is its ``UNSET`` (not sent)."""
    return UNSET if isinstance(value, NotGiven) else value


class _Resource(Resource):
    _client: Thinkific

    @property
    def _api(self) -> GeneratedClient:
        return self._client.generated


class Bundles(_Resource):
    """``tk.bundles``: the Bundles operations."""

    @operation("getBundleByID")
    async def get(self, bundle_id: int) -> BundleResponse:
        """List a bundle

        Retrieves the Bundle identified by the provided id
        """
        return await self._expect(
            BundleResponse, get_bundle_by_id.asyncio_detailed(bundle_id, client=self._api)
        )

    @operation("getCoursesByBundleID")
    def list_courses(
        self, bundle_id: int, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CourseResponse]:
        """List Courses by bundle ID

        Retrieves the Courses within the Bundle identified by the provided id

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetCoursesResponse:
            return await self._expect(
                GetCoursesResponse,
                get_courses_by_bundle_id.asyncio_detailed(
                    bundle_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getBundleEnrollments")
    def list_enrollments(
        self,
        bundle_id: int,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        completed: bool | NotGiven = NOT_GIVEN,
        expired: bool | NotGiven = NOT_GIVEN,
        created_after: datetime.datetime | NotGiven = NOT_GIVEN,
        created_before: datetime.datetime | NotGiven = NOT_GIVEN,
        created_on: datetime.datetime | NotGiven = NOT_GIVEN,
        created_on_or_after: datetime.datetime | NotGiven = NOT_GIVEN,
        created_on_or_before: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_after: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_before: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_on: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_on_or_after: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_on_or_before: datetime.datetime | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[EnrollmentResponse]:
        """List a enrollments in a bundle

        Retrieves all the enrollments in the bundle identified by the provided id

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetEnrollmentsResponse:
            return await self._expect(
                GetEnrollmentsResponse,
                get_bundle_enrollments.asyncio_detailed(
                    bundle_id,
                    client=self._api,
                    page=page,
                    limit=size,
                    queryuser_id=given(user_id),
                    queryemail=given(email),
                    querycompleted=given(completed),
                    queryexpired=given(expired),
                    querycreated_after=given(created_after),
                    querycreated_before=given(created_before),
                    querycreated_on=given(created_on),
                    querycreated_on_or_after=given(created_on_or_after),
                    querycreated_on_or_before=given(created_on_or_before),
                    queryupdated_after=given(updated_after),
                    queryupdated_before=given(updated_before),
                    queryupdated_on=given(updated_on),
                    queryupdated_on_or_after=given(updated_on_or_after),
                    queryupdated_on_or_before=given(updated_on_or_before),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("updateEnrollmentsInBundle")
    async def update_enrollments(
        self,
        bundle_id: int,
        *,
        user_id: int,
        activated_at: datetime.datetime | NotGiven = NOT_GIVEN,
        expiry_date: datetime.datetime | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update Enrollments in a Bundle

        This endpoint updates a User’s Enrollment in a Bundle and each of the Courses contained
        within the Bundle.

        Args:
            activated_at: The date/time at which the Enrollment is to be activated. If not
                provided, the Enrollment will only provide access to free preview content within
                the Courses. Provide full access to courses by setting this value to the current
                date/time.
            expiry_date: The date/time at which the Enrollment should be expired. If not
                provided, the Enrollment does not expire.
        """
        await self._no_content(
            update_enrollments_in_bundle.asyncio_detailed(
                bundle_id,
                client=self._api,
                body=UpdateEnrollmentsInBundleBody(
                    user_id=user_id,
                    activated_at=given(activated_at),
                    expiry_date=given(expiry_date),
                ),
            )
        )

    @operation("createEnrollmentInBundle")
    async def create_enrollment(
        self,
        bundle_id: int,
        *,
        user_id: int,
        activated_at: datetime.datetime | NotGiven = NOT_GIVEN,
        expiry_date: datetime.datetime | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create an Enrollment in a Bundle of Courses

        This endpoint enrolls a User in a Bundle and each of the Courses contained within the
        Bundle

        Args:
            activated_at: The date/time at which the Enrollment is to be activated. If not
                provided, the Enrollment will only provide access to free preview content within
                the Courses. Provide full access to courses by setting this value to the current
                date/time.
            expiry_date: The date/time at which the Enrollment should be expired. If not
                provided, the Enrollment does not expire.
        """
        await self._no_content(
            create_enrollment_in_bundle.asyncio_detailed(
                bundle_id,
                client=self._api,
                body=CreateEnrollmentInBundleBody(
                    user_id=user_id,
                    activated_at=given(activated_at),
                    expiry_date=given(expiry_date),
                ),
            )
        )


class Chapters(_Resource):
    """``tk.chapters``: the Chapters operations."""

    @operation("getChapterByID")
    async def get(self, chapter_id: int) -> ChapterResponse:
        """Get Chapters

        Returns a chapter
        """
        return await self._expect(
            ChapterResponse, get_chapter_by_id.asyncio_detailed(chapter_id, client=self._api)
        )

    @operation("getContentsByChapterID")
    def list_contents(
        self, chapter_id: int, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ContentResponse]:
        """Get Contents by Chapter id

        Retrieves the Contents within the Chapter identified by the provided id

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetContentsResponse:
            return await self._expect(
                GetContentsResponse,
                get_contents_by_chapter_id.asyncio_detailed(
                    chapter_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class Categories(_Resource):
    """``tk.categories``: the Categories operations."""

    @operation("getCollections")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CollectionResponse]:
        """Get Collections

        Retrieves a list of Collections **NOTE: This endpoint will be renamed to /categories in
        future API versions.**

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetCollectionsResponse:
            return await self._expect(
                GetCollectionsResponse,
                get_collections.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createCollection")
    async def create(self, *, name: str, description: str, slug: str) -> CollectionResponse:
        """Create a new Category

        Creates a new Category

        Args:
            name: The name of the Category
            description: The description of the Category
            slug: The slug of the Category.
        """
        return await self._expect(
            CollectionResponse,
            create_collection.asyncio_detailed(
                client=self._api,
                body=CollectionRequest(name=name, description=description, slug=slug),
            ),
        )

    @operation("getCollectionByID")
    async def get(self, category_id: int) -> CollectionResponse:
        """Get Collections by Id

        Retrieves a Collection
        """
        return await self._expect(
            CollectionResponse, get_collection_by_id.asyncio_detailed(category_id, client=self._api)
        )

    @operation("updateCollectionByID")
    async def update(self, category_id: int, *, name: str, description: str, slug: str) -> None:
        """Update collection by ID

        Updates the Category identified by the provided id

        Args:
            name: The name of the Category
            description: The description of the Category
            slug: The slug of the Category.
        """
        await self._no_content(
            update_collection_by_id.asyncio_detailed(
                category_id,
                client=self._api,
                body=CollectionRequest(name=name, description=description, slug=slug),
            )
        )

    @operation("deleteCollectionByID")
    async def delete(self, category_id: int) -> None:
        """Delete collection by ID

        Deletes the Category identified by the provided id
        """
        await self._no_content(
            delete_collection_by_id.asyncio_detailed(category_id, client=self._api)
        )

    @operation("getProductsByCollectionID")
    def list_products(
        self, category_id: int, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductResponse]:
        """Get products by Collections id

        Retrieves Products within the Category identified by the provided id

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetProductsResponse:
            return await self._expect(
                GetProductsResponse,
                get_products_by_collection_id.asyncio_detailed(
                    category_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class CategoryMemberships(_Resource):
    """``tk.category_memberships``: the Category Memberships operations."""

    @operation("addProductsToCategory")
    async def add_products(self, category_id: int, *, product_ids: builtins.list[int]) -> None:
        """Add Product to Category

        Create one or more Products to a Category
        """
        await self._no_content(
            add_products_to_category.asyncio_detailed(
                category_id, client=self._api, body=MembershipsRequest(product_ids=product_ids)
            )
        )

    @operation("removeProductsFromCategory")
    async def remove_products(self, category_id: int, *, product_ids: builtins.list[int]) -> None:
        """Delete Products by ID

        Delete one or more Products from a Category.
        """
        await self._no_content(
            remove_products_from_category.asyncio_detailed(
                category_id, client=self._api, body=MembershipsRequest(product_ids=product_ids)
            )
        )


class Coupons(_Resource):
    """``tk.coupons``: the Coupons operations."""

    @operation("getCoupons")
    def list(
        self, *, promotion_id: int, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CouponResponse]:
        """Get Coupons

        Retrieve a list of all Coupons

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetCouponResponse:
            return await self._expect(
                GetCouponResponse,
                get_coupons.asyncio_detailed(
                    client=self._api, page=page, limit=size, promotion_id=promotion_id
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createCoupon")
    async def create(
        self,
        *,
        promotion_id: int,
        code: str,
        note: str | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
    ) -> CouponResponse:
        """Create a Coupon

        Create a Coupon

        Args:
            code: The Coupon code.
            note: A note associated with the Coupon. NOTE: this will be deprecated in future
                versions of the API.
            quantity: The number of times the Coupon can be used. If this value if not set, the
                Coupon can be used an unlimited number of times.
        """
        return await self._expect(
            CouponResponse,
            create_coupon.asyncio_detailed(
                client=self._api,
                promotion_id=promotion_id,
                body=CreateCouponRequest(code=code, note=given(note), quantity=given(quantity)),
            ),
        )

    @operation("bulkCreateCoupons")
    async def bulk_create(
        self,
        *,
        promotion_id: int,
        bulk_quantity: int,
        bulk_quantity_per_coupon: int | NotGiven = NOT_GIVEN,
        bulk_coupon_code_length: int | NotGiven = NOT_GIVEN,
    ) -> CreateBulkCouponResponse:
        """Bulk Create Coupons

        Bulk Create Coupons

        Args:
            bulk_quantity: The number of unique Coupons to create. Maximum value is 1000.
            bulk_quantity_per_coupon: The number of times each of the autogenerated Coupons can
                be used. Defaults to allowing unlimited use.
            bulk_coupon_code_length: The length of each generated Coupon code: at least 6 and at
                most 64 characters.
        """
        return await self._expect(
            CreateBulkCouponResponse,
            bulk_create_coupons.asyncio_detailed(
                client=self._api,
                promotion_id=promotion_id,
                body=BulkCreateCouponRequest(
                    bulk_quantity=bulk_quantity,
                    bulk_quantity_per_coupon=given(bulk_quantity_per_coupon),
                    bulk_coupon_code_length=given(bulk_coupon_code_length),
                ),
            ),
        )

    @operation("getCouponByID")
    async def get(self, coupon_id: int) -> CouponResponse:
        """Get a Coupon by ID

        Retrieve a Coupon
        """
        return await self._expect(
            CouponResponse, get_coupon_by_id.asyncio_detailed(coupon_id, client=self._api)
        )

    @operation("updateCoupon")
    async def update(
        self,
        coupon_id: int,
        *,
        code: str,
        note: str | NotGiven = NOT_GIVEN,
        quantity_used: int | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a Coupon

        Update an existing Coupon

        Args:
            code: The Coupon code.
            note: A note associated with the Coupon. NOTE: this will be deprecated in future
                versions of the API.
            quantity_used: The number of times the Coupon has been used.
            quantity: The number of times the Coupon can be used. If this value if not set, the
                Coupon can be used an unlimited number of times.
        """
        await self._no_content(
            update_coupon.asyncio_detailed(
                coupon_id,
                client=self._api,
                body=UpdateCoupon(
                    code=code,
                    note=given(note),
                    quantity_used=given(quantity_used),
                    quantity=given(quantity),
                ),
            )
        )

    @operation("deleteCouponByID")
    async def delete(self, coupon_id: int) -> None:
        """Delete Coupon by ID

        Deletes a coupon identified by the provided id
        """
        await self._no_content(delete_coupon_by_id.asyncio_detailed(coupon_id, client=self._api))


class Contents(_Resource):
    """``tk.contents``: the Contents operations."""

    @operation("getContentByID")
    async def get(self, content_id: int) -> ContentResponse:
        """Get Contents by Id

        Retrieves a Content
        """
        return await self._expect(
            ContentResponse, get_content_by_id.asyncio_detailed(content_id, client=self._api)
        )


class Courses(_Resource):
    """``tk.courses``: the Courses operations."""

    @operation("getCourses")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CourseResponse]:
        """Get Courses

        Retrieve a list of Courses

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetCoursesResponse:
            return await self._expect(
                GetCoursesResponse,
                get_courses.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getCourseByID")
    async def get(self, course_id: int) -> CourseResponse:
        """Get courses by ID

        Returns the Course identified by the provided id.
        """
        return await self._expect(
            CourseResponse, get_course_by_id.asyncio_detailed(course_id, client=self._api)
        )

    @operation("getChaptersByCourseID")
    def list_chapters(
        self, course_id: int, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ChapterResponse]:
        """Get Chapters by Course ID

        Returns the Chapter of the course identified by the provided id.

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetChaptersResponse:
            return await self._expect(
                GetChaptersResponse,
                get_chapters_by_course_id.asyncio_detailed(
                    course_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class CustomProfileFields(_Resource):
    """``tk.custom_profile_fields``: the Custom Profile Field Definitions operations."""

    @operation("getCustomProfileFields")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[CustomProfileFieldDefinitionsResponse]:
        """Get Custom profile field definition

        Retrieve a list of Custom Profile Field Definitions

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetCustomProfileFieldDefinitions:
            return await self._expect(
                GetCustomProfileFieldDefinitions,
                get_custom_profile_fields.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class Enrollments(_Resource):
    """``tk.enrollments``: the Enrollments operations."""

    @operation("getEnrollments")
    def list(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        course_id: int | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        free_trial: bool | NotGiven = NOT_GIVEN,
        full: bool | NotGiven = NOT_GIVEN,
        completed: bool | NotGiven = NOT_GIVEN,
        expired: bool | NotGiven = NOT_GIVEN,
        created_on: datetime.datetime | NotGiven = NOT_GIVEN,
        created_before: datetime.datetime | NotGiven = NOT_GIVEN,
        created_on_or_before: datetime.datetime | NotGiven = NOT_GIVEN,
        created_after: datetime.datetime | NotGiven = NOT_GIVEN,
        created_on_or_after: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_on: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_before: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_on_or_before: datetime.datetime | NotGiven = NOT_GIVEN,
        updated_after: datetime.datetime | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[EnrollmentResponse]:
        """Get Enrollments

        Returns a list of enrollments

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetEnrollmentsResponse:
            return await self._expect(
                GetEnrollmentsResponse,
                get_enrollments.asyncio_detailed(
                    client=self._api,
                    page=page,
                    limit=size,
                    queryuser_id=given(user_id),
                    querycourse_id=given(course_id),
                    queryemail=given(email),
                    queryfree_trial=given(free_trial),
                    queryfull=given(full),
                    querycompleted=given(completed),
                    queryexpired=given(expired),
                    querycreated_on=given(created_on),
                    querycreated_before=given(created_before),
                    querycreated_on_or_before=given(created_on_or_before),
                    querycreated_after=given(created_after),
                    querycreated_on_or_after=given(created_on_or_after),
                    queryupdated_on=given(updated_on),
                    queryupdated_before=given(updated_before),
                    queryupdated_on_or_before=given(updated_on_or_before),
                    queryupdated_after=given(updated_after),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createEnrollment")
    async def create(
        self,
        *,
        course_id: int,
        user_id: int,
        activated_at: datetime.datetime | NotGiven = NOT_GIVEN,
        expiry_date: datetime.datetime | NotGiven = NOT_GIVEN,
    ) -> EnrollmentResponse:
        """Create enrollment

        Creates a new Enrollment for specified student in specified course

        Args:
            course_id: The ID of the Course as an integer.
            user_id: The ID of the User owning the Enrollment as an integer.
            activated_at: The date/time at which the Enrollment is activated. If not provided,
                the Enrollment is a free trial.
            expiry_date: The date/time at which the Enrollment expired. If not provided, the
                Enrollment does not expire.
        """
        return await self._expect(
            EnrollmentResponse,
            create_enrollment.asyncio_detailed(
                client=self._api,
                body=CreateEnrollmentRequest(
                    course_id=course_id,
                    user_id=user_id,
                    activated_at=given(activated_at),
                    expiry_date=given(expiry_date),
                ),
            ),
        )

    @operation("getEnrollmentsByID")
    async def get(self, enrollment_id: int) -> EnrollmentResponse:
        """Get enrollments by ID

        Returns the Enrollment identified by the provided id.
        """
        return await self._expect(
            EnrollmentResponse,
            get_enrollments_by_id.asyncio_detailed(enrollment_id, client=self._api),
        )

    @operation("updateEnrollment")
    async def update(
        self,
        enrollment_id: int,
        *,
        activated_at: datetime.datetime | NotGiven = NOT_GIVEN,
        expiry_date: datetime.datetime | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Update enrollment

        Updates a Enrollment for specified student in specified course

        Args:
            activated_at: The date/time at which the Enrollment is activated. If not provided,
                the Enrollment is a free trial.
            expiry_date: The date/time at which the Enrollment expired. If not provided, the
                Enrollment does not expire.
        """
        await self._no_content(
            update_enrollment.asyncio_detailed(
                enrollment_id,
                client=self._api,
                body=UpdateEnrollmentRequest(
                    activated_at=given(activated_at), expiry_date=given(expiry_date)
                ),
            )
        )


class ExternalOrders(_Resource):
    """``tk.external_orders``: the External Orders operations."""

    @operation("createExternalOrder")
    async def create(
        self,
        *,
        payment_provider: str,
        user_id: int,
        product_id: int,
        order_type: ExternalOrderRequestOrderType,
        transaction: ExternalOrderTransaction | NotGiven = NOT_GIVEN,
    ) -> CreateExternalOrderResponse201:
        """Create a new external order

        Please note that any External Orders created through the API do not appear on the orders
        report or dashboard in your Thinkific site. Using the External Orders endpoints will
        simply store the information in our database.

        Args:
            payment_provider: An identifier to external provider
            user_id: The ID of the user as an integer
            product_id: The ID of the product as an integer
            order_type: type of the order
            transaction: External Order Transaction
        """
        return await self._expect(
            CreateExternalOrderResponse201,
            create_external_order.asyncio_detailed(
                client=self._api,
                body=ExternalOrderRequest(
                    payment_provider=payment_provider,
                    user_id=user_id,
                    product_id=product_id,
                    order_type=checked(
                        "order_type", order_type, EXTERNAL_ORDER_REQUEST_ORDER_TYPE_VALUES
                    ),
                    transaction=given(transaction),
                ),
            ),
        )

    @operation("refundExternalOrderTransaction")
    async def refund(
        self,
        external_order_id: int,
        *,
        amount: float,
        currency: str,
        reference: str | NotGiven = NOT_GIVEN,
        action: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """refund transaction

        This endpoint will create a new transaction refund for the External Order.

        Args:
            amount: the order amount in currency's smallest unit
            currency: the order currency
            reference: reference number provided by external payment provider
            action: Action of the transaction
        """
        await self._no_content(
            refund_external_order_transaction.asyncio_detailed(
                external_order_id,
                client=self._api,
                body=ExternalOrderTransaction(
                    amount=amount,
                    currency=currency,
                    reference=given(reference),
                    action=given(action),
                ),
            )
        )

    @operation("purchaseExternalOrderTransaction")
    async def purchase(
        self,
        external_order_id: int,
        *,
        amount: float,
        currency: str,
        reference: str | NotGiven = NOT_GIVEN,
        action: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """purchase transaction

        This endpoint will create a new transaction purchase for the External Order.

        Args:
            amount: the order amount in currency's smallest unit
            currency: the order currency
            reference: reference number provided by external payment provider
            action: Action of the transaction
        """
        await self._no_content(
            purchase_external_order_transaction.asyncio_detailed(
                external_order_id,
                client=self._api,
                body=ExternalOrderTransaction(
                    amount=amount,
                    currency=currency,
                    reference=given(reference),
                    action=given(action),
                ),
            )
        )


class Groups(_Resource):
    """``tk.groups``: the Groups operations."""

    @operation("getGroups")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[GroupResponse]:
        """Get Groups

        Retrieves a list of groups

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetGroupsResponse:
            return await self._expect(
                GetGroupsResponse,
                get_groups.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createGroup")
    async def create(self, *, name: str) -> GroupResponse:
        """Create Group

        Creates a group

        Args:
            name: The name of the Group
        """
        return await self._expect(
            GroupResponse,
            create_group.asyncio_detailed(client=self._api, body=GroupRequest(name=name)),
        )

    @operation("getGroup")
    async def get(self, group_id: int) -> GroupResponse:
        """Get Group

        Retrieves a specific group
        """
        return await self._expect(
            GroupResponse, get_group.asyncio_detailed(group_id, client=self._api)
        )

    @operation("deleteGroupByID")
    async def delete(self, group_id: int) -> None:
        """Delete Group by ID

        Deletes a group identified by the provided id
        """
        await self._no_content(delete_group_by_id.asyncio_detailed(group_id, client=self._api))

    @operation("getGroupAnalysts")
    async def list_analysts(self, group_id: int) -> GetGroupAnalystsResponse:
        """Get Group Analysts

        Retrieves a list of group analysts
        """
        return await self._expect(
            GetGroupAnalystsResponse,
            get_group_analysts.asyncio_detailed(group_id, client=self._api),
        )

    @operation("postGroupAnalysts")
    async def add_analysts(self, group_id: int, *, user_ids: builtins.list[int]) -> None:
        """Assign Analysts to a Group

        Assign Group Analysts to a group. Users need to be assigned the Group Analyst
        (group_analyst) role.

        Args:
            user_ids: The list of User IDs to add as analysts to the Group
        """
        await self._no_content(
            post_group_analysts.asyncio_detailed(
                group_id, client=self._api, body=GroupAddAnalystRequest(user_ids=user_ids)
            )
        )

    @operation("removeAnalystFromGroup")
    async def remove_analyst(self, group_id: int, user_id: int) -> None:
        """Delete Analyst

        Remove an analyst from a group
        """
        await self._no_content(
            remove_analyst_from_group.asyncio_detailed(group_id, user_id, client=self._api)
        )


class GroupAnalysts(_Resource):
    """``tk.group_analysts``: the Group Analysts operations."""

    @operation("addGroupToAnalyst")
    async def add_groups(self, user_id: int, *, group_ids: builtins.list[int]) -> None:
        """Add Analyst to Groups

        Assign Group Analyst to groups. User need to be assigned the Group Analyst
        (group_analyst) role.

        Args:
            group_ids: The list of Group IDs to add the analyst
        """
        await self._no_content(
            add_group_to_analyst.asyncio_detailed(
                user_id, client=self._api, body=GroupAnalystsAddGroupRequest(group_ids=group_ids)
            )
        )

    @operation("removeGroupFromAnalyst")
    async def remove_group(self, user_id: int, group_id: int) -> None:
        """Delete Analyst

        Remove an analyst from a group
        """
        await self._no_content(
            remove_group_from_analyst.asyncio_detailed(user_id, group_id, client=self._api)
        )


class Instructors(_Resource):
    """``tk.instructors``: the Instructors operations."""

    @operation("getInstructors")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[InstructorResponse]:
        """Get Instructors

        Retrieve a list of Instructors

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetInstructorsResponse:
            return await self._expect(
                GetInstructorsResponse,
                get_instructors.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createInstructor")
    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        slug: str,
        user_id: int | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        avatar_url: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
    ) -> InstructorResponse:
        """Create instructor

        Creates a new Instructor

        Args:
            first_name: The first name of the Instructor
            last_name: The last name of the Instructor
            slug: The slug of the Instructor NOTE: This will be removed in future API versions
            user_id: The ID of the User owning the Instructor
            title: The title of the Instructor
            bio: The bio of the Instructor
            avatar_url: The fully-qualified url of the Instructor's avatar
            email: The email of the Instructor
        """
        return await self._expect(
            InstructorResponse,
            create_instructor.asyncio_detailed(
                client=self._api,
                body=InstructorRequest(
                    first_name=first_name,
                    last_name=last_name,
                    slug=slug,
                    user_id=given(user_id),
                    title=given(title),
                    bio=given(bio),
                    avatar_url=given(avatar_url),
                    email=given(email),
                ),
            ),
        )

    @operation("getInstructorByID")
    async def get(self, instructor_id: int) -> InstructorResponse:
        """Get Instructor by ID

        Returns the Instructor identified by the provided id.
        """
        return await self._expect(
            InstructorResponse,
            get_instructor_by_id.asyncio_detailed(instructor_id, client=self._api),
        )

    @operation("updateInstructor")
    async def update(
        self,
        instructor_id: int,
        *,
        first_name: str,
        last_name: str,
        slug: str,
        user_id: int | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        avatar_url: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update instructor

        Updates the Instructor identified by the provided id

        Args:
            first_name: The first name of the Instructor
            last_name: The last name of the Instructor
            slug: The slug of the Instructor NOTE: This will be removed in future API versions
            user_id: The ID of the User owning the Instructor
            title: The title of the Instructor
            bio: The bio of the Instructor
            avatar_url: The fully-qualified url of the Instructor's avatar
            email: The email of the Instructor
        """
        await self._no_content(
            update_instructor.asyncio_detailed(
                instructor_id,
                client=self._api,
                body=InstructorRequest(
                    first_name=first_name,
                    last_name=last_name,
                    slug=slug,
                    user_id=given(user_id),
                    title=given(title),
                    bio=given(bio),
                    avatar_url=given(avatar_url),
                    email=given(email),
                ),
            )
        )

    @operation("deleteInstructorByID")
    async def delete(self, instructor_id: int) -> None:
        """Delete instructor

        Delete the Instructor identified by the provided id
        """
        await self._no_content(
            delete_instructor_by_id.asyncio_detailed(instructor_id, client=self._api)
        )


class Orders(_Resource):
    """``tk.orders``: the Orders operations."""

    @operation("getOrders")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[OrderResponse]:
        """Get Orders

        Retrieve a list of Orders

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetOrdersResponse:
            return await self._expect(
                GetOrdersResponse,
                get_orders.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getOrderByID")
    async def get(self, order_id: int) -> OrderResponse:
        """Get orders by ID

        Returns the orders identified by the provided id.
        """
        return await self._expect(
            OrderResponse, get_order_by_id.asyncio_detailed(order_id, client=self._api)
        )


class GroupUsers(_Resource):
    """``tk.group_users``: the Group Users operations."""

    @operation("createGroupUsers")
    async def create(self, *, user_id: int, group_names: builtins.list[str]) -> None:
        """Create a User to existing Groups

        Create an existing User to existing Groups

        Args:
            user_id: The ID of the User to add to Groups
            group_names: The list of Group names to add selected User to
        """
        await self._no_content(
            create_group_users.asyncio_detailed(
                client=self._api,
                body=CreateGroupUsersRequest(user_id=user_id, group_names=group_names),
            )
        )


class ProductPublishRequests(_Resource):
    """``tk.product_publish_requests``: the Product Publish Request operations."""

    @operation("getProductPublishRequests")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductPublishRequest]:
        """Get List of unhandled product publish requests

        Returns a list of unhandled Product Publish Requests.

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetProductPublishResponse:
            return await self._expect(
                GetProductPublishResponse,
                get_product_publish_requests.asyncio_detailed(
                    client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getProductPublishRequestByID")
    async def get(self, product_publish_request_id: int) -> ProductPublishRequest:
        """Get product publish request by ID

        Returns the Product Publish Request identified by the provided id.
        """
        return await self._expect(
            ProductPublishRequest,
            get_product_publish_request_by_id.asyncio_detailed(
                product_publish_request_id, client=self._api
            ),
        )

    @operation("approvePublishRequest")
    async def approve(
        self,
        product_publish_request_id: int,
        *,
        user_id: int,
        response_text: str | NotGiven = NOT_GIVEN,
        notify_requester: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Approves Product Publish Request

        Approves the Product Publish Request identified by the provided id.

        Args:
            user_id: user responding for publish request
            response_text: approval or declining message
            notify_requester: whether it should notify the user who made the request
        """
        await self._no_content(
            approve_publish_request.asyncio_detailed(
                product_publish_request_id,
                client=self._api,
                body=ProductPublishRequestBody(
                    user_id=user_id,
                    response_text=given(response_text),
                    notify_requester=given(notify_requester),
                ),
            )
        )

    @operation("denyPublicationRequest")
    async def deny(
        self,
        product_publish_request_id: int,
        *,
        user_id: int,
        response_text: str | NotGiven = NOT_GIVEN,
        notify_requester: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Denies Product Publish Request

        Denies the Product Publish Request identified by the provided id.

        Args:
            user_id: user responding for publish request
            response_text: approval or declining message
            notify_requester: whether it should notify the user who made the request
        """
        await self._no_content(
            deny_publication_request.asyncio_detailed(
                product_publish_request_id,
                client=self._api,
                body=ProductPublishRequestBody(
                    user_id=user_id,
                    response_text=given(response_text),
                    notify_requester=given(notify_requester),
                ),
            )
        )


class Products(_Resource):
    """``tk.products``: the Products operations."""

    @operation("getProducts")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductResponse]:
        """List products

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetProductsResponse:
            return await self._expect(
                GetProductsResponse,
                get_products.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("getProductByID")
    async def get(self, product_id: int) -> ProductResponse:
        """Get product by ID

        Returns the Product identified by the provided id.
        """
        return await self._expect(
            ProductResponse, get_product_by_id.asyncio_detailed(product_id, client=self._api)
        )

    @operation("getRelatedProductByProductID")
    def list_related(
        self, product_id: int, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[ProductResponse]:
        """Get related products

        Returns a list of products that are related to the Product identified by the provided
        id.

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetProductsResponse:
            return await self._expect(
                GetProductsResponse,
                get_related_product_by_product_id.asyncio_detailed(
                    product_id, client=self._api, page=page, limit=size
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)


class Promotions(_Resource):
    """``tk.promotions``: the Promotions operations."""

    @operation("getPromotions")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[PromotionResponse]:
        """List promotions

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

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
        description: str | NotGiven = NOT_GIVEN,
        starts_at: datetime.datetime | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | NotGiven = NOT_GIVEN,
        product_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        coupon_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
    ) -> PromotionResponse:
        """Create a new promotion

        Args:
            name: The name of the Promotion.
            discount_type: The type of discount. Must be either 'fixed' or 'percentage'.
            amount: The amount of the discount. If 'fixed', must be a dollar value. If
                'percentage', must be a number greater than 0 and less than or equal to 100.
            description: A description for the Promotion.
            starts_at: The date and time when the Promotion begins.
            expires_at: The date and time when the Promotion ends.
            product_ids: The Products to apply the Promotion to. If none are specified, the
                Promotion is applicable to all Products.
            coupon_ids: The coupon ids related to the promotion.
            duration: The duration for which the Promotion is applied. ** This value only
                applies to Promotions set on Products that are set as subscriptions or Payment
                Plans. **
        """
        return await self._expect(
            PromotionResponse,
            create_promotion.asyncio_detailed(
                client=self._api,
                body=PromotionRequest(
                    name=name,
                    discount_type=checked(
                        "discount_type", discount_type, PROMOTION_REQUEST_DISCOUNT_TYPE_VALUES
                    ),
                    amount=amount,
                    description=given(description),
                    starts_at=given(starts_at),
                    expires_at=given(expires_at),
                    product_ids=given(product_ids),
                    coupon_ids=given(coupon_ids),
                    duration=given(duration),
                ),
            ),
        )

    @operation("getPromotionByID")
    async def get(self, promotion_id: int) -> PromotionResponse:
        """Get promotion by provided ID"""
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
        description: str | NotGiven = NOT_GIVEN,
        starts_at: datetime.datetime | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | NotGiven = NOT_GIVEN,
        product_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        coupon_ids: builtins.list[int] | NotGiven = NOT_GIVEN,
        duration: float | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update promotion by provided ID

        Args:
            name: The name of the Promotion.
            discount_type: The type of discount. Must be either 'fixed' or 'percentage'.
            amount: The amount of the discount. If 'fixed', must be a dollar value. If
                'percentage', must be a number greater than 0 and less than or equal to 100.
            description: A description for the Promotion.
            starts_at: The date and time when the Promotion begins.
            expires_at: The date and time when the Promotion ends.
            product_ids: The Products to apply the Promotion to. If none are specified, the
                Promotion is applicable to all Products.
            coupon_ids: The coupon ids related to the promotion.
            duration: The duration for which the Promotion is applied. ** This value only
                applies to Promotions set on Products that are set as subscriptions or Payment
                Plans. **
        """
        await self._no_content(
            update_promotion_by_id.asyncio_detailed(
                promotion_id,
                client=self._api,
                body=PromotionRequest(
                    name=name,
                    discount_type=checked(
                        "discount_type", discount_type, PROMOTION_REQUEST_DISCOUNT_TYPE_VALUES
                    ),
                    amount=amount,
                    description=given(description),
                    starts_at=given(starts_at),
                    expires_at=given(expires_at),
                    product_ids=given(product_ids),
                    coupon_ids=given(coupon_ids),
                    duration=given(duration),
                ),
            )
        )

    @operation("deletePromotionByID")
    async def delete(self, promotion_id: int) -> None:
        """Delete promotion by provided ID"""
        await self._no_content(
            delete_promotion_by_id.asyncio_detailed(promotion_id, client=self._api)
        )

    @operation("getPromotionByCoupon")
    async def get_by_coupon(self, *, product_id: int, coupon_code: str) -> PromotionResponse:
        """Get Promotion associated with the provided Coupon code.

        Find a Promotion by Coupon Code and Product
        """
        return await self._expect(
            PromotionResponse,
            get_promotion_by_coupon.asyncio_detailed(
                client=self._api, product_id=product_id, coupon_code=coupon_code
            ),
        )


class CourseReviews(_Resource):
    """``tk.course_reviews``: the Course Reviews operations."""

    @operation("getCourseReviews")
    def list(
        self,
        *,
        course_id: int,
        approved: bool | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[CourseReviewResponse]:
        """Get Course Reviews

        Retrieve a list of Course Reviews

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetCourseReviewsResponse:
            return await self._expect(
                GetCourseReviewsResponse,
                get_course_reviews.asyncio_detailed(
                    client=self._api,
                    page=page,
                    limit=size,
                    course_id=course_id,
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
        """Create a course review

        Create a course review

        Args:
            rating: The rating, out of 5, of the Course Review.
            title: The Course Review title.
            review_text: The body of the Course Review.
            user_id: The ID of the User writing the Course Review as an integer.
            approved: A boolean indicating whether the Course Review has been approved.
        """
        return await self._expect(
            CourseReviewResponse,
            create_course_review.asyncio_detailed(
                client=self._api,
                course_id=course_id,
                body=CreateCourseReviewRequest(
                    rating=rating,
                    title=title,
                    review_text=review_text,
                    user_id=user_id,
                    approved=approved,
                ),
            ),
        )

    @operation("getCourseReviewByID")
    async def get(self, course_review_id: int) -> CourseReviewResponse:
        """Get Course Reviews By ID

        Retrieve a Course Review identified by the provided id.
        """
        return await self._expect(
            CourseReviewResponse,
            get_course_review_by_id.asyncio_detailed(course_review_id, client=self._api),
        )


class Users(_Resource):
    """``tk.users``: the Users operations."""

    @operation("getUsers")
    def list(
        self,
        *,
        email: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
        external_source: str | NotGiven = NOT_GIVEN,
        custom_profile_field_label: str | NotGiven = NOT_GIVEN,
        custom_profile_field_value: str | NotGiven = NOT_GIVEN,
        group_id: int | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[UserResponse]:
        """List Users

        Retrieve a list of users

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetUsersResponse:
            return await self._expect(
                GetUsersResponse,
                get_users.asyncio_detailed(
                    client=self._api,
                    page=page,
                    limit=size,
                    queryemail=given(email),
                    queryrole=given(role),
                    queryexternal_source=given(external_source),
                    querycustom_profile_field_label=given(custom_profile_field_label),
                    querycustom_profile_field_value=given(custom_profile_field_value),
                    querygroup_id=given(group_id),
                ),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createUser")
    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        password: str | NotGiven = NOT_GIVEN,
        roles: builtins.list[CreateUserRequestRolesItem] | NotGiven = NOT_GIVEN,
        bio: str | NotGiven = NOT_GIVEN,
        company: str | NotGiven = NOT_GIVEN,
        headline: str | NotGiven = NOT_GIVEN,
        affiliate_code: str | NotGiven = NOT_GIVEN,
        affiliate_commission: float | NotGiven = NOT_GIVEN,
        affiliate_commission_type: str | NotGiven = NOT_GIVEN,
        affiliate_payout_email: str | NotGiven = NOT_GIVEN,
        custom_profile_fields: builtins.list[CustomProfileFieldRequest] | NotGiven = NOT_GIVEN,
        skip_custom_fields_validation: bool | NotGiven = NOT_GIVEN,
        send_welcome_email: bool | NotGiven = NOT_GIVEN,
        external_id: str | NotGiven = NOT_GIVEN,
        provider: CreateUserRequestProvider | NotGiven = NOT_GIVEN,
    ) -> UserResponse:
        """Create user

        Create a new user

        Args:
            first_name: User's first name
            last_name: User's last name
            email: User's email
            password: The password of the User. If not included, the Express Sign In Link
                becomes activated for the User.
            roles: User's roles
            bio: User's bio
            company: User's Company Name
            headline: User's headline
            affiliate_code: User's affiliate code
            affiliate_commission: Required only if the User is an affiliate. This should be
                greater than 0 and less than or equal to 100 if the type is percentage or lower
                than 9999.99 if is a fixed type.
            affiliate_commission_type: The affiliate payout type, it can be either %
                (percentage, default) or $ (fixed amount). Required only if the User is an
                affiliate.
            affiliate_payout_email: The email of the User. Required only if the user is an
                affiliate. Used to pay the User out.
            custom_profile_fields: Custom profile fields for the User.
            skip_custom_fields_validation: Option to skip required custom profile fields
                validation.
            send_welcome_email: Option to send the Site Welcome email to the User.
            external_id: Optional identifier of the user in an external system. Typically used
                in conjunction with Thinkific's single sign-on. For further information on this,
                please read [this](https://help.thinkific.com/support/solutions/articles/221622-
                sso-automatically-sign-in-from-your-own-website)
            provider: When using Thinkific single sign-on and providing an external_id, specify
                the provider type to distinguish which single sign-on type the user should be
                associated with.
        """
        return await self._expect(
            UserResponse,
            create_user.asyncio_detailed(
                client=self._api,
                body=CreateUserRequest(
                    first_name=first_name,
                    last_name=last_name,
                    email=email,
                    password=given(password),
                    roles=given(checked("roles", roles, CREATE_USER_REQUEST_ROLES_ITEM_VALUES)),
                    bio=given(bio),
                    company=given(company),
                    headline=given(headline),
                    affiliate_code=given(affiliate_code),
                    affiliate_commission=given(affiliate_commission),
                    affiliate_commission_type=given(affiliate_commission_type),
                    affiliate_payout_email=given(affiliate_payout_email),
                    custom_profile_fields=given(custom_profile_fields),
                    skip_custom_fields_validation=given(skip_custom_fields_validation),
                    send_welcome_email=given(send_welcome_email),
                    external_id=given(external_id),
                    provider=given(
                        checked("provider", provider, CREATE_USER_REQUEST_PROVIDER_VALUES)
                    ),
                ),
            ),
        )

    @operation("getUserByID")
    async def get(
        self, user_id: int | str, *, provider: GetUserByIdProvider | NotGiven = NOT_GIVEN
    ) -> UserResponse:
        """List Users by ID

        Retrieves a User identified by the provided id

        Args:
            provider: Provider that creates the user and with which the External Id is
                associated.
        """
        return await self._expect(
            UserResponse,
            get_user_by_id.asyncio_detailed(
                str(user_id),
                client=self._api,
                provider=given(checked("provider", provider, GET_USER_BY_ID_PROVIDER_VALUES)),
            ),
        )

    @operation("updateUserByID")
    async def update(
        self,
        user_id: int | str,
        *,
        provider: UpdateUserByIdProvider | NotGiven = NOT_GIVEN,
        first_name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        roles: builtins.list[UpdateUserRequestRolesItem] | NotGiven = NOT_GIVEN,
        avatar_url: str | NotGiven | None = NOT_GIVEN,
        bio: str | NotGiven | None = NOT_GIVEN,
        company: str | NotGiven | None = NOT_GIVEN,
        headline: str | NotGiven | None = NOT_GIVEN,
        external_source: str | NotGiven | None = NOT_GIVEN,
        affiliate_code: str | NotGiven | None = NOT_GIVEN,
        affiliate_commission: float | NotGiven | None = NOT_GIVEN,
        affiliate_commission_type: str | NotGiven | None = NOT_GIVEN,
        affiliate_payout_email: str | NotGiven | None = NOT_GIVEN,
        custom_profile_fields: builtins.list[CustomProfileFieldRequest] | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update user by ID

        Updates the user specified by the provided id

        Args:
            provider: Provider that creates the user and with which the External Id is
                associated.
            first_name: User's first name
            last_name: User's last name
            email: User's email. This can only be updated by private integrations.
            password: The password of the User.
            roles: User's roles
            avatar_url: The fully-qualified avatar url of the User.
            bio: User's bio
            company: User's Company Name
            headline: User's headline
            external_source: User's external source
            affiliate_code: User's affiliate code
            affiliate_commission: Required only if the User is an affiliate. This should be
                greater than 0 and less than or equal to 100 if the type is percentage or lower
                than 9999.99 if is a fixed type.
            affiliate_commission_type: The affiliate payout type, it can be either %
                (percentage, default) or $ (fixed amount). Required only if the User is an
                affiliate.
            affiliate_payout_email: The email of the User. Required only if the user is an
                affiliate. Used to pay the User out.
            custom_profile_fields: Custom profile fields for the User.
        """
        await self._no_content(
            update_user_by_id.asyncio_detailed(
                str(user_id),
                client=self._api,
                provider=given(checked("provider", provider, UPDATE_USER_BY_ID_PROVIDER_VALUES)),
                body=UpdateUserRequest(
                    first_name=given(first_name),
                    last_name=given(last_name),
                    email=given(email),
                    password=given(password),
                    roles=given(checked("roles", roles, UPDATE_USER_REQUEST_ROLES_ITEM_VALUES)),
                    avatar_url=given(avatar_url),
                    bio=given(bio),
                    company=given(company),
                    headline=given(headline),
                    external_source=given(external_source),
                    affiliate_code=given(affiliate_code),
                    affiliate_commission=given(affiliate_commission),
                    affiliate_commission_type=given(affiliate_commission_type),
                    affiliate_payout_email=given(affiliate_payout_email),
                    custom_profile_fields=given(custom_profile_fields),
                ),
            )
        )

    @operation("deleteUserByID")
    async def delete(
        self, user_id: int | str, *, provider: DeleteUserByIdProvider | NotGiven = NOT_GIVEN
    ) -> None:
        """Delete user by ID

        Deletes a User identified by the provided id

        Args:
            provider: Provider that creates the user and with which the External Id is
                associated.
        """
        await self._no_content(
            delete_user_by_id.asyncio_detailed(
                str(user_id),
                client=self._api,
                provider=given(checked("provider", provider, DELETE_USER_BY_ID_PROVIDER_VALUES)),
            )
        )

    @operation("getUserAuthByIDAndProvider")
    async def get_authentication(
        self, user_id: int | str, provider: GetUserAuthByIdAndProviderProvider
    ) -> AuthenticationResponse:
        """Get User Auth data by ID and Provider

        Retrieves a User authentication data identified by the id and provider

        Args:
            provider: Provider that creates the user and with which the External Id is
                associated.
        """
        return await self._expect(
            AuthenticationResponse,
            get_user_auth_by_id_and_provider.asyncio_detailed(
                str(user_id),
                checked("provider", provider, GET_USER_AUTH_BY_ID_AND_PROVIDER_PROVIDER_VALUES),
                client=self._api,
            ),
        )


class SiteScripts(_Resource):
    """``tk.site_scripts``: the Site Scripts operations."""

    @operation("getSiteScripts")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[SiteScriptResponse]:
        """List Site Scripts

        Retrieve a list of site scripts

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(page: int, size: int) -> GetSiteScriptsResponse:
            return await self._expect(
                GetSiteScriptsResponse,
                get_site_scripts.asyncio_detailed(client=self._api, page=page, limit=size),
            )

        return self._paginate(fetch, limit=limit, page_size=page_size)

    @operation("createSiteScript")
    async def create(
        self,
        *,
        name: str,
        description: str,
        page_scopes: builtins.list[SiteScriptRequestPageScopesItem],
        category: SiteScriptRequestCategory,
        src: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        location: SiteScriptRequestLocation | NotGiven = NOT_GIVEN,
        load_method: SiteScriptRequestLoadMethod | NotGiven = NOT_GIVEN,
    ) -> SiteScriptResponse:
        """Create Site Script

        Create a new Site Script

        Args:
            name: A short and user-friendly string to identify the script.
            description: A user-friendly explanation of the script's purpose and what it does.
            page_scopes: An array of page and domain identifiers that the Site Script should be
                injected onto. `page_scopes` can contain identifiers that are groupings of pages
                and/or the pages themselves. The majority of the page identifiers correspond to
                Liquid pages. For more details, take a look at our [Liquid API
                docs](https://developers.thinkific.com/themes/liquid-api/pages/). Groupings and
                Page Identifiers: | Page Grouping | Page Identifiers Included | | ------- |
                --------| | landing_pages | home_landing_page, course_landing_page,
                collections_landing_page, bundle_landing_page, coming_soon_page, page_template
                (used for custom pages) | | checkout | checkout_thankyou_page | |
                learning_experience | student_dashboard, course_player | | all | all page
                identifiers listed above |
            category: Describes the purpose of the script. Accepted values are: functional,
                analytics, marketing
            src: A URL that points to where the script is hosted. Required if `content` is not
                provided. Note the TLD of the src url must match the app's url.
            content: A string containing HTML/Javascript. Required if `src` is not provided.
                When providing the script using content, the header HMAC-SHA256-SIGNATURE is
                also require to be sent. Generate the signature using the app's client secret
                and the value.
            location: Where in the HTML the script should be injected. Accepted values are: head
                or footer
            load_method: How the Site Script will be loaded into the page. Accepted values are:
                async, defer, and default
        """
        return await self._expect(
            SiteScriptResponse,
            create_site_script.asyncio_detailed(
                client=self._api,
                body=SiteScriptRequest(
                    name=name,
                    description=description,
                    page_scopes=checked(
                        "page_scopes", page_scopes, SITE_SCRIPT_REQUEST_PAGE_SCOPES_ITEM_VALUES
                    ),
                    category=checked("category", category, SITE_SCRIPT_REQUEST_CATEGORY_VALUES),
                    src=given(src),
                    content=given(content),
                    location=given(
                        checked("location", location, SITE_SCRIPT_REQUEST_LOCATION_VALUES)
                    ),
                    load_method=given(
                        checked("load_method", load_method, SITE_SCRIPT_REQUEST_LOAD_METHOD_VALUES)
                    ),
                ),
            ),
        )

    @operation("getSiteScriptByID")
    async def get(self, site_script_id: int | str) -> SiteScriptResponse:
        """Get Site Script by ID

        Retrieves a Site Script identified by the provided ID
        """
        return await self._expect(
            SiteScriptResponse,
            get_site_script_by_id.asyncio_detailed(str(site_script_id), client=self._api),
        )

    @operation("updateSiteScriptByID")
    async def update(
        self,
        site_script_id: int | str,
        *,
        name: str,
        description: str,
        page_scopes: builtins.list[SiteScriptRequestPageScopesItem],
        category: SiteScriptRequestCategory,
        src: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        location: SiteScriptRequestLocation | NotGiven = NOT_GIVEN,
        load_method: SiteScriptRequestLoadMethod | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update Site Script by ID

        Updates the Site Script specified by the provided ID

        Args:
            name: A short and user-friendly string to identify the script.
            description: A user-friendly explanation of the script's purpose and what it does.
            page_scopes: An array of page and domain identifiers that the Site Script should be
                injected onto. `page_scopes` can contain identifiers that are groupings of pages
                and/or the pages themselves. The majority of the page identifiers correspond to
                Liquid pages. For more details, take a look at our [Liquid API
                docs](https://developers.thinkific.com/themes/liquid-api/pages/). Groupings and
                Page Identifiers: | Page Grouping | Page Identifiers Included | | ------- |
                --------| | landing_pages | home_landing_page, course_landing_page,
                collections_landing_page, bundle_landing_page, coming_soon_page, page_template
                (used for custom pages) | | checkout | checkout_thankyou_page | |
                learning_experience | student_dashboard, course_player | | all | all page
                identifiers listed above |
            category: Describes the purpose of the script. Accepted values are: functional,
                analytics, marketing
            src: A URL that points to where the script is hosted. Required if `content` is not
                provided. Note the TLD of the src url must match the app's url.
            content: A string containing HTML/Javascript. Required if `src` is not provided.
                When providing the script using content, the header HMAC-SHA256-SIGNATURE is
                also require to be sent. Generate the signature using the app's client secret
                and the value.
            location: Where in the HTML the script should be injected. Accepted values are: head
                or footer
            load_method: How the Site Script will be loaded into the page. Accepted values are:
                async, defer, and default
        """
        await self._no_content(
            update_site_script_by_id.asyncio_detailed(
                str(site_script_id),
                client=self._api,
                body=SiteScriptRequest(
                    name=name,
                    description=description,
                    page_scopes=checked(
                        "page_scopes", page_scopes, SITE_SCRIPT_REQUEST_PAGE_SCOPES_ITEM_VALUES
                    ),
                    category=checked("category", category, SITE_SCRIPT_REQUEST_CATEGORY_VALUES),
                    src=given(src),
                    content=given(content),
                    location=given(
                        checked("location", location, SITE_SCRIPT_REQUEST_LOCATION_VALUES)
                    ),
                    load_method=given(
                        checked("load_method", load_method, SITE_SCRIPT_REQUEST_LOAD_METHOD_VALUES)
                    ),
                ),
            )
        )

    @operation("deleteSiteScriptByID")
    async def delete(self, site_script_id: int | str) -> None:
        """Delete Site Script by ID

        Deletes a Site Script identified by the provided ID
        """
        await self._no_content(
            delete_site_script_by_id.asyncio_detailed(str(site_script_id), client=self._api)
        )


class ThinkificResources:
    """The Thinkific Admin API's resources, one attribute per group; ``Thinkific`` has them."""

    bundles: Bundles
    chapters: Chapters
    categories: Categories
    category_memberships: CategoryMemberships
    coupons: Coupons
    contents: Contents
    courses: Courses
    custom_profile_fields: CustomProfileFields
    enrollments: Enrollments
    external_orders: ExternalOrders
    groups: Groups
    group_analysts: GroupAnalysts
    instructors: Instructors
    orders: Orders
    group_users: GroupUsers
    product_publish_requests: ProductPublishRequests
    products: Products
    promotions: Promotions
    course_reviews: CourseReviews
    users: Users
    site_scripts: SiteScripts


def bind(client: Thinkific) -> None:
    """Give ``client`` its resources of the Thinkific Admin API."""
    client.bundles = Bundles(client)
    client.chapters = Chapters(client)
    client.categories = Categories(client)
    client.category_memberships = CategoryMemberships(client)
    client.coupons = Coupons(client)
    client.contents = Contents(client)
    client.courses = Courses(client)
    client.custom_profile_fields = CustomProfileFields(client)
    client.enrollments = Enrollments(client)
    client.external_orders = ExternalOrders(client)
    client.groups = Groups(client)
    client.group_analysts = GroupAnalysts(client)
    client.instructors = Instructors(client)
    client.orders = Orders(client)
    client.group_users = GroupUsers(client)
    client.product_publish_requests = ProductPublishRequests(client)
    client.products = Products(client)
    client.promotions = Promotions(client)
    client.course_reviews = CourseReviews(client)
    client.users = Users(client)
    client.site_scripts = SiteScripts(client)
