"""One resource per API group (spec tag); each method implements one spec operation."""

from aiothinkific.resources.bundles import Bundles
from aiothinkific.resources.categories import Categories, CategoryMemberships
from aiothinkific.resources.chapters import Chapters
from aiothinkific.resources.contents import Contents
from aiothinkific.resources.coupons import Coupons
from aiothinkific.resources.course_reviews import CourseReviews
from aiothinkific.resources.courses import Courses
from aiothinkific.resources.custom_profile_fields import CustomProfileFields
from aiothinkific.resources.enrollments import Enrollments
from aiothinkific.resources.external_orders import ExternalOrders
from aiothinkific.resources.groups import GroupAnalysts, Groups, GroupUsers
from aiothinkific.resources.instructors import Instructors
from aiothinkific.resources.orders import Orders
from aiothinkific.resources.product_publish_requests import ProductPublishRequests
from aiothinkific.resources.products import Products
from aiothinkific.resources.promotions import Promotions
from aiothinkific.resources.site_scripts import SiteScripts
from aiothinkific.resources.users import Users

__all__ = [
    "Bundles",
    "Categories",
    "CategoryMemberships",
    "Chapters",
    "Contents",
    "Coupons",
    "CourseReviews",
    "Courses",
    "CustomProfileFields",
    "Enrollments",
    "ExternalOrders",
    "GroupAnalysts",
    "GroupUsers",
    "Groups",
    "Instructors",
    "Orders",
    "ProductPublishRequests",
    "Products",
    "Promotions",
    "SiteScripts",
    "Users",
]
