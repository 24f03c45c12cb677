"""Route dispatch for a spec's many operations without trying every route on every request.

Starlette's :class:`~starlette.routing.Router` matches a request against its routes in order,
each with its regular expression: the ~80 operations of the Admin API cost that many matches
for a path near the end. A :class:`~starlette.routing.Route` whose parameters hold no ``/``
only matches paths with as many segments as its own, and only those that begin with its
literal segments (those before its first parameter). :class:`SegmentIndexedRouter` groups
the routes by both, and tries only a request's group (with every other kind of route, a
``Mount`` say), in the original order: the same route wins, the same 405 is found, only faster.
"""

from __future__ import annotations

from starlette._utils import get_route_path
from starlette.routing import BaseRoute, Match, Route, Router
from starlette.types import Receive, Scope, Send

Segments = tuple[str, ...]
#: Paths whose candidates are remembered; past that many the memory starts afresh.
PATH_CACHE_SIZE = 4096


def _segments(route: BaseRoute) -> Segments | None:
    """The segments of every path the route matches; ``None``: it may match other lengths."""
    if not isinstance(route, Route) or ":path}" in route.path:
        return None
    return tuple(route.path.split("/"))


def _literal_length(segments: Segments) -> int:
    """How many leading segments hold no parameter."""
    return next((i for i, segment in enumerate(segments) if "{" in segment), len(segments))


class SegmentIndexedRouter(Router):
    """A :class:`~starlette.routing.Router` that tries only the routes that can match a path of
    the request's number of segments and first segments. Build it with the routes in their
    final order."""

    def index(self) -> None:
        """(Re)build the index from ``self.routes``."""
        #: (segments, literal leading segments) -> its routes, each with its place in the order
        self._groups: dict[tuple[int, Segments], list[tuple[int, BaseRoute]]] = {}
        self._others: list[tuple[int, BaseRoute]] = []
        for place, route in enumerate(self.routes):
            segments = _segments(route)
            if segments is None:
                self._others.append((place, route))
                continue
            key = (len(segments), segments[: _literal_length(segments)])
            self._groups.setdefault(key, []).append((place, route))
        #: Per number of segments, the lengths of its routes' literal beginnings.
        self._key_lengths: dict[int, list[int]] = {}
        for n, literal in sorted(self._groups):
            lengths = self._key_lengths.setdefault(n, [])
            if len(literal) not in lengths:
                lengths.append(len(literal))
        #: The groups a path falls in -> their routes and the others, in order.
        self._merged: dict[tuple[tuple[int, Segments], ...], tuple[BaseRoute, ...]] = {}
        #: Paths seen -> their candidates (the same path asks again and again).
        self._by_path: dict[str, tuple[BaseRoute, ...]] = {}
        self._indexed = len(self.routes)

    def candidates(self, route_path: str) -> tuple[BaseRoute, ...]:
        """The routes that may match ``route_path``, in order."""
        if getattr(self, "_indexed", None) != len(self.routes):
            self.index()  # first request, or routes added since
        found = self._by_path.get(route_path)
        if found is None:
            if len(self._by_path) >= PATH_CACHE_SIZE:
                self._by_path.clear()
            found = self._by_path[route_path] = self._candidates(route_path)
        return found

    def _candidates(self, route_path: str) -> tuple[BaseRoute, ...]:
        segments = tuple(route_path.split("/"))
        n = len(segments)
        keys = tuple(
            key
            for length in self._key_lengths.get(n, ())
            if (key := (n, segments[:length])) in self._groups
        )
        found = self._merged.get(keys)
        if found is None:
            places = sorted(self._others + [pair for key in keys for pair in self._groups[key]])
            found = self._merged[keys] = tuple(route for _, route in places)
        return found

    async def app(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.redirect_slashes:
            await super().app(scope, receive, send)
            return
        partial = None
        partial_scope: Scope = {}
        for route in self.candidates(get_route_path(scope)):
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
