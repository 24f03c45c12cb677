"""TODO"""

from aiothinkific.resources._base import Resource


class ProductPublishRequests(Resource):
    pass
