"""Shared test doubles: a virtual clock, Thinkific list bodies, and a paginated listing server."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpx
from aiothinkific import DEFAULT_BASE_URL, Thinkific

Handler = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


class FakeClock:
    """The ``Clock`` protocol on virtual time: ``sleep()`` records the delay asked for, moves time
    forward by it at once, and only yields to the event loop (so nothing really waits)."""

    def __init__(self, start: float = 1000.0, epoch: float = 1_700_000_000.0) -> None:
        self.now = start
        self._epoch_offset = epoch - start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now + self._epoch_offset

    async def sleep(self, seconds: float) -> None:
        # A negative, infinite or NaN wait is always a bug in the code under test.
        assert math.isfinite(seconds) and seconds >= 0, f"bad sleep({seconds!r})"
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)

    def advance(self, seconds: float) -> None:
        """Time passing outside any sleep (a slow caller, say)."""
        self.now += seconds


def pagination(
    page: int,
    total_pages: int,
    *,
    total_items: int | None = None,
    per_page: int = 25,
) -> dict[str, Any]:
    """Thinkific's ``meta.pagination`` for ``page`` of ``total_pages``."""
    if total_items is None:
        total_items = total_pages * per_page
    first = (page - 1) * per_page + 1
    last = min(page * per_page, total_items)
    return {
        "current_page": page,
        "next_page": page + 1 if page < total_pages else None,
        "prev_page": page - 1 if page > 1 else None,
        "total_pages": total_pages,
        "total_items": total_items,
        "entries_info": f"{first}-{last} of {total_items}" if total_items else "0-0 of 0",
    }


def list_body(
    items: Sequence[Any],
    *,
    page: int = 1,
    total_pages: int = 1,
    total_items: int | None = None,
    per_page: int = 25,
    omit: Sequence[str] = (),
) -> dict[str, Any]:
    """A list response body: ``{"items": [...], "meta": {"pagination": {...}}}``; ``omit`` drops
    pagination keys (``omit=("total_pages",)``)."""
    meta = pagination(
        page,
        total_pages,
        total_items=len(items) if total_items is None and total_pages <= 1 else total_items,
        per_page=per_page,
    )
    for key in omit:
        meta.pop(key)
    return {"items": list(items), "meta": {"pagination": meta}}


class Listing:
    """A Thinkific list endpoint over ``items``, honouring ``page`` and ``limit``; records the
    (page, limit) of every request."""

    def __init__(self, items: Sequence[Any]) -> None:
        self.items = list(items)
        self.requests: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        limit = int(request.url.params.get("limit", "25"))
        self.requests.append((page, limit))
        total_pages = max(1, math.ceil(len(self.items) / limit))
        chunk = self.items[(page - 1) * limit : page * limit]
        return httpx.Response(
            200,
            json=list_body(
                chunk,
                page=page,
                total_pages=total_pages,
                total_items=len(self.items),
                per_page=limit,
            ),
        )

    @property
    def pages_requested(self) -> list[int]:
        return [page for page, _ in self.requests]


def users(ids: Sequence[int] | range) -> list[dict[str, Any]]:
    return [{"id": i, "email": f"user{i}@example.com"} for i in ids]


def make_client(
    handler: Handler,
    *,
    clock: FakeClock | None = None,
    requests_per_minute: float | None = None,
    max_in_flight: int | None = 10,
    **kwargs: Any,
) -> Thinkific:
    """A client on a mock transport and a fake clock. Pacing is off unless asked for, so the
    clock's recorded sleeps are the requester's own waits."""
    if "access_token" not in kwargs:
        kwargs.setdefault("api_key", "test-key")
        kwargs.setdefault("subdomain", "school")
    return Thinkific(
        base_url=DEFAULT_BASE_URL,
        transport=httpx.MockTransport(handler),
        clock=clock or FakeClock(),
        requests_per_minute=requests_per_minute,
        max_in_flight=max_in_flight,
        **kwargs,
    )
