"""TODO"""

from aiothinkific.resources._base import Resource


class CustomProfileFields(Resource):
    pass
