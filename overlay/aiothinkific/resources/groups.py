"""TODO"""

from aiothinkific.resources._base import Resource


class Groups(Resource):
    pass


class GroupAnalysts(Resource):
    pass


class GroupUsers(Resource):
    pass
