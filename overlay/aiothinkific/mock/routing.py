"""Route dispatch for a spec's many operations without trying every route on every request.

Starlette's :class:`~starlette.routing.Router` matches a request against its routes in order,
each with its regular expression: the ~80 operations of the Admin API cost that many matches
for a path near the end. A :class:`~starlette.routing.Route` whose parameters hold no ``/``
only matches paths with as many segments as its own, so :class:`SegmentIndexedRouter` tries
only those (and every other kind of route, a ``Mount`` say), in the original order: the same
route wins, the same 405 is found, only faster.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette._utils import get_route_path
from starlette.routing import BaseRoute, Match, Route, Router
from starlette.types import Receive, Scope, Send


def _segments(route: BaseRoute) -> int | None:
    """How many ``/`` every path the route matches has; ``None``: it may match others."""
    if not isinstance(route, Route) or ":path}" in route.path:
        return None
    return route.path.count("/")


class SegmentIndexedRouter(Router):
    """A :class:`~starlette.routing.Router` that tries only the routes that can match a path of
    the request's number of segments. Build it with the routes in their final order."""

    def index(self) -> None:
        """(Re)build the index from ``self.routes``."""
        counts = {n for n in map(_segments, self.routes) if n is not None}
        self._by_segments: dict[int, Sequence[BaseRoute]] = {
            count: tuple(r for r in self.routes if _segments(r) in (count, None))
            for count in counts
        }
        self._others = tuple(r for r in self.routes if _segments(r) is None)
        self._indexed = len(self.routes)

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.redirect_slashes:
            await super().app(scope, receive, send)
            return
        if getattr(self, "_indexed", None) != len(self.routes):
            self.index()  # first request, or routes added since
        candidates = self._by_segments.get(get_route_path(scope).count("/"), self._others)
        partial = None
        partial_scope: Scope = {}
        for route in candidates:
            match, child_scope = route.matches(scope)
            if match is Match.FULL:
                scope["route"] = route
                scope.update(child_scope)
                await route.handle(scope, receive, send)
                return
            if match is Match.PARTIAL and partial is None:
                partial, partial_scope = route, child_scope
        if partial is not None:
            scope["route"] = partial
            scope.update(partial_scope)
            await partial.handle(scope, receive, send)
            return
        await self.default(scope, receive, send)
