"""TODO"""

from aiothinkific.resources._base import Resource


class Coupons(Resource):
    pass
