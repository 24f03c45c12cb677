"""TODO"""

from aiothinkific.resources._base import Resource


class Contents(Resource):
    pass
