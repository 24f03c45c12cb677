"""TODO"""

from aiothinkific.resources._base import Resource


class Bundles(Resource):
    pass
