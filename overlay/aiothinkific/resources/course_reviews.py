"""TODO"""

from aiothinkific.resources._base import Resource


class CourseReviews(Resource):
    pass
