"""TODO"""

from aiothinkific.resources._base import Resource


class SiteScripts(Resource):
    pass
