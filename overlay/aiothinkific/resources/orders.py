"""TODO"""

from aiothinkific.resources._base import Resource


class Orders(Resource):
    pass
