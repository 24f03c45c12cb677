"""TODO"""

from aiothinkific.resources._base import Resource


class Instructors(Resource):
    pass
