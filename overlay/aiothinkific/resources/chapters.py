"""TODO"""

from aiothinkific.resources._base import Resource


class Chapters(Resource):
    pass
