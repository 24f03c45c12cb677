"""TODO"""

from aiothinkific.resources._base import Resource


class Products(Resource):
    pass
