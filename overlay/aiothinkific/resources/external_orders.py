"""TODO"""

from aiothinkific.resources._base import Resource


class ExternalOrders(Resource):
    pass
