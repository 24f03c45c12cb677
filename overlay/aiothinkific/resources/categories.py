"""TODO"""

from aiothinkific.resources._base import Resource


class Categories(Resource):
    pass


class CategoryMemberships(Resource):
    pass
