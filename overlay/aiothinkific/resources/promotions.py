"""TODO"""

from aiothinkific.resources._base import Resource


class Promotions(Resource):
    pass
