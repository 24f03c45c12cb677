"""TODO"""

from aiothinkific.resources._base import Resource


class Courses(Resource):
    pass
