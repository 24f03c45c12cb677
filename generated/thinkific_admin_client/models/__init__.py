"""Contains all the data models used in inputs/outputs"""

from .authentication_response import AuthenticationResponse
from .authentication_response_provider import AuthenticationResponseProvider
from .bulk_create_coupon_request import BulkCreateCouponRequest
from .bundle_response import BundleResponse
from .chapter_response import ChapterResponse
from .collection_request import CollectionRequest
from .collection_response import CollectionResponse
from .content_response import ContentResponse
from .content_response_contentable_type import ContentResponseContentableType
from .coupon_response import CouponResponse
from .course_response import CourseResponse
from .course_review_response import CourseReviewResponse
from .create_bulk_coupon_response import CreateBulkCouponResponse
from .create_coupon_request import CreateCouponRequest
from .create_course_review_request import CreateCourseReviewRequest
from .create_enrollment_in_bundle_body import CreateEnrollmentInBundleBody
from .create_enrollment_request import CreateEnrollmentRequest
from .create_external_order_response_201 import CreateExternalOrderResponse201
from .create_group_users_request import CreateGroupUsersRequest
from .create_user_request import CreateUserRequest
from .create_user_request_provider import CreateUserRequestProvider
from .create_user_request_roles_item import CreateUserRequestRolesItem
from .custom_profile_field import CustomProfileField
from .custom_profile_field_definitions_response import (
    CustomProfileFieldDefinitionsResponse,
)
from .custom_profile_field_request import CustomProfileFieldRequest
from .delete_user_by_id_provider import DeleteUserByIdProvider
from .enrollment_response import EnrollmentResponse
from .error_bad_request import ErrorBadRequest
from .error_forbidden_apps_not_available import ErrorForbiddenAppsNotAvailable
from .error_forbidden_insufficient_scope import ErrorForbiddenInsufficientScope
from .error_not_found import ErrorNotFound
from .error_not_found_error_type_1_item_type_1 import ErrorNotFoundErrorType1ItemType1
from .error_not_found_error_type_2 import ErrorNotFoundErrorType2
from .error_unauthorized import ErrorUnauthorized
from .external_order_request import ExternalOrderRequest
from .external_order_request_order_type import ExternalOrderRequestOrderType
from .external_order_transaction import ExternalOrderTransaction
from .get_chapters_response import GetChaptersResponse
from .get_collections_response import GetCollectionsResponse
from .get_contents_response import GetContentsResponse
from .get_coupon_response import GetCouponResponse
from .get_course_reviews_response import GetCourseReviewsResponse
from .get_courses_response import GetCoursesResponse
from .get_custom_profile_field_definitions import GetCustomProfileFieldDefinitions
from .get_enrollments_response import GetEnrollmentsResponse
from .get_group_analysts_response import GetGroupAnalystsResponse
from .get_groups_response import GetGroupsResponse
from .get_instructors_response import GetInstructorsResponse
from .get_orders_response import GetOrdersResponse
from .get_product_publish_response import GetProductPublishResponse
from .get_products_response import GetProductsResponse
from .get_promotions_response import GetPromotionsResponse
from .get_site_scripts_response import GetSiteScriptsResponse
from .get_user_auth_by_id_and_provider_provider import (
    GetUserAuthByIdAndProviderProvider,
)
from .get_user_by_id_provider import GetUserByIdProvider
from .get_users_response import GetUsersResponse
from .group_add_analyst_request import GroupAddAnalystRequest
from .group_analysts_add_group_request import GroupAnalystsAddGroupRequest
from .group_request import GroupRequest
from .group_response import GroupResponse
from .instructor_request import InstructorRequest
from .instructor_response import InstructorResponse
from .item import Item
from .memberships_request import MembershipsRequest
from .meta import Meta
from .order_response import OrderResponse
from .pagination import Pagination
from .product_price_response import ProductPriceResponse
from .product_price_response_interval import ProductPriceResponseInterval
from .product_price_response_payment_type import ProductPriceResponsePaymentType
from .product_price_response_trial_interval_type_1 import (
    ProductPriceResponseTrialIntervalType1,
)
from .product_price_response_trial_interval_type_2_type_1 import (
    ProductPriceResponseTrialIntervalType2Type1,
)
from .product_price_response_trial_interval_type_3_type_1 import (
    ProductPriceResponseTrialIntervalType3Type1,
)
from .product_publish_request import ProductPublishRequest
from .product_publish_request_body import ProductPublishRequestBody
from .product_response import ProductResponse
from .promotion_request import PromotionRequest
from .promotion_request_discount_type import PromotionRequestDiscountType
from .promotion_response import PromotionResponse
from .promotion_response_discount_type import PromotionResponseDiscountType
from .site_script_request import SiteScriptRequest
from .site_script_request_category import SiteScriptRequestCategory
from .site_script_request_load_method import SiteScriptRequestLoadMethod
from .site_script_request_location import SiteScriptRequestLocation
from .site_script_request_page_scopes_item import SiteScriptRequestPageScopesItem
from .site_script_response import SiteScriptResponse
from .site_script_response_category import SiteScriptResponseCategory
from .site_script_response_load_method import SiteScriptResponseLoadMethod
from .site_script_response_location import SiteScriptResponseLocation
from .site_script_response_page_scopes_item import SiteScriptResponsePageScopesItem
from .unprocessable_entity_error import UnprocessableEntityError
from .unprocessable_entity_error_errors_type_0 import (
    UnprocessableEntityErrorErrorsType0,
)
from .unprocessable_entity_error_errors_type_1_item_type_1 import (
    UnprocessableEntityErrorErrorsType1ItemType1,
)
from .update_coupon import UpdateCoupon
from .update_enrollment_request import UpdateEnrollmentRequest
from .update_enrollments_in_bundle_body import UpdateEnrollmentsInBundleBody
from .update_user_by_id_provider import UpdateUserByIdProvider
from .update_user_request import UpdateUserRequest
from .update_user_request_roles_item import UpdateUserRequestRolesItem
from .user_response import UserResponse
from .user_response_roles_item import UserResponseRolesItem
from .validation_error import ValidationError

__all__ = (
    "AuthenticationResponse",
    "AuthenticationResponseProvider",
    "BulkCreateCouponRequest",
    "BundleResponse",
    "ChapterResponse",
    "CollectionRequest",
    "CollectionResponse",
    "ContentResponse",
    "ContentResponseContentableType",
    "CouponResponse",
    "CourseResponse",
    "CourseReviewResponse",
    "CreateBulkCouponResponse",
    "CreateCouponRequest",
    "CreateCourseReviewRequest",
    "CreateEnrollmentInBundleBody",
    "CreateEnrollmentRequest",
    "CreateExternalOrderResponse201",
    "CreateGroupUsersRequest",
    "CreateUserRequest",
    "CreateUserRequestProvider",
    "CreateUserRequestRolesItem",
    "CustomProfileField",
    "CustomProfileFieldDefinitionsResponse",
    "CustomProfileFieldRequest",
    "DeleteUserByIdProvider",
    "EnrollmentResponse",
    "ErrorBadRequest",
    "ErrorForbiddenAppsNotAvailable",
    "ErrorForbiddenInsufficientScope",
    "ErrorNotFound",
    "ErrorNotFoundErrorType1ItemType1",
    "ErrorNotFoundErrorType2",
    "ErrorUnauthorized",
    "ExternalOrderRequest",
    "ExternalOrderRequestOrderType",
    "ExternalOrderTransaction",
    "GetChaptersResponse",
    "GetCollectionsResponse",
    "GetContentsResponse",
    "GetCouponResponse",
    "GetCourseReviewsResponse",
    "GetCoursesResponse",
    "GetCustomProfileFieldDefinitions",
    "GetEnrollmentsResponse",
    "GetGroupAnalystsResponse",
    "GetGroupsResponse",
    "GetInstructorsResponse",
    "GetOrdersResponse",
    "GetProductPublishResponse",
    "GetProductsResponse",
    "GetPromotionsResponse",
    "GetSiteScriptsResponse",
    "GetUserAuthByIdAndProviderProvider",
    "GetUserByIdProvider",
    "GetUsersResponse",
    "GroupAddAnalystRequest",
    "GroupAnalystsAddGroupRequest",
    "GroupRequest",
    "GroupResponse",
    "InstructorRequest",
    "InstructorResponse",
    "Item",
    "MembershipsRequest",
    "Meta",
    "OrderResponse",
    "Pagination",
    "ProductPriceResponse",
    "ProductPriceResponseInterval",
    "ProductPriceResponsePaymentType",
    "ProductPriceResponseTrialIntervalType1",
    "ProductPriceResponseTrialIntervalType2Type1",
    "ProductPriceResponseTrialIntervalType3Type1",
    "ProductPublishRequest",
    "ProductPublishRequestBody",
    "ProductResponse",
    "PromotionRequest",
    "PromotionRequestDiscountType",
    "PromotionResponse",
    "PromotionResponseDiscountType",
    "SiteScriptRequest",
    "SiteScriptRequestCategory",
    "SiteScriptRequestLoadMethod",
    "SiteScriptRequestLocation",
    "SiteScriptRequestPageScopesItem",
    "SiteScriptResponse",
    "SiteScriptResponseCategory",
    "SiteScriptResponseLoadMethod",
    "SiteScriptResponseLocation",
    "SiteScriptResponsePageScopesItem",
    "UnprocessableEntityError",
    "UnprocessableEntityErrorErrorsType0",
    "UnprocessableEntityErrorErrorsType1ItemType1",
    "UpdateCoupon",
    "UpdateEnrollmentRequest",
    "UpdateEnrollmentsInBundleBody",
    "UpdateUserByIdProvider",
    "UpdateUserRequest",
    "UpdateUserRequestRolesItem",
    "UserResponse",
    "UserResponseRolesItem",
    "ValidationError",
)
