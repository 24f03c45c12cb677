"""Auto-pagination over list endpoints: Thinkific's ``page``/``limit`` ones, ThriveCart's
``page``/``perPage`` ones (which count every item instead), and cursor ones (the Webhooks API's
``next``), behind one ``AsyncPaginator``.

For numbered pages the first page tells how many pages there are; the following ones are then
fetched several at a time (a sliding window no wider than the client's in-flight cap) while items
are still handed out in order. At most ``window`` pages are held at once, so memory does not grow
with the listing. Cursor pages can only be fetched one after another.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from thinkific_admin_client.models import Meta, Pagination
from thinkific_admin_client.types import Unset

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 25


class ListResponse(Protocol[T]):
    """What every generated ``Get...Response`` of a list operation looks like."""

    items: list[T]
    meta: Meta


class CursorListResponse(Protocol[T]):
    """What a generated list response paged by cursor looks like (``meta.next``)."""

    items: list[T]

    @property
    def meta(self) -> Any: ...


#: A page fetcher answers the generated list response, or a ``Page`` it made of another shape.
FetchPage = Callable[[int, int], Awaitable["ListResponse[T] | Page[T]"]]
FetchCursorPage = Callable[[str | None, int], Awaitable[CursorListResponse[T]]]


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing: its items and the API's pagination metadata."""

    items: list[T]
    pagination: Pagination

    @classmethod
    def counted(cls, items: list[T], *, number: int, size: int, total: int) -> Page[T]:
        """Page ``number`` of a listing of ``total`` items, ``size`` to a page."""
        pages = math.ceil(total / size) if size > 0 else 0
        return cls(
            list(items),
            Pagination(
                current_page=number,
                next_page=number + 1 if number < pages else None,
                total_pages=pages,
                total_items=total,
            ),
        )

    @property
    def number(self) -> int:
        current = self.pagination.current_page
        return current if isinstance(current, int) else 1

    @property
    def next_page(self) -> int | None:
        following = self.pagination.next_page
        return following if isinstance(following, int) else None

    @property
    def total_pages(self) -> int | None:
        total = self.pagination.total_pages
        return total if isinstance(total, int) else None

    @property
    def total_items(self) -> int | None:
        total = self.pagination.total_items
        return total if isinstance(total, int) else None


class AsyncPaginator(Generic[T]):
    """``async for item in paginator`` walks every page; ``await paginator`` (or
    ``first_page()``) fetches one page; ``pages()`` yields pages with their metadata.

    ``limit`` caps the items returned in all; ``page_size`` is the items asked for per request.
    Nothing is fetched until the paginator is iterated or awaited.
    """

    DEFAULT_WINDOW = 10

    def __init__(
        self,
        fetch: FetchPage[T] | None,
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        window: int = DEFAULT_WINDOW,
    ) -> None:
        if limit is not None and limit < 0:
            raise ValueError(f"limit must be 0 or more, got {limit}")
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if window < 1:
            raise ValueError(f"window must be at least 1, got {window}")
        self._fetch = fetch
        self._fetch_cursor: FetchCursorPage[T] | None = None
        self.limit = limit
        # Never ask for more per page than the caller wants in all.
        self.page_size = min(page_size, limit) if limit else page_size
        self.window = window

    @classmethod
    def by_cursor(
        cls,
        fetch: FetchCursorPage[T],
        *,
        limit: int | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncPaginator[T]:
        """A paginator over a listing that hands out a cursor to its next page (``meta.next``)
        instead of page numbers. Pages are numbered 1, 2, ... as they come."""
        paginator = cls(None, limit=limit, page_size=page_size, window=1)
        paginator._fetch_cursor = fetch
        return paginator

    def __repr__(self) -> str:
        return f"AsyncPaginator(limit={self.limit}, page_size={self.page_size})"

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __await__(self) -> Generator[object, None, Page[T]]:
        return self.first_page().__await__()

    async def first_page(self) -> Page[T]:
        """The first page (cut to ``limit``), with its pagination metadata."""
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                return page
        return Page([], Pagination(current_page=1, next_page=None))

    async def page(self, number: int) -> Page[T]:
        """Page ``number`` alone (numbered listings only): for a reader that keeps its own
        place, e.g. to resume an interrupted walk at the page it stopped on."""
        if number < 1:
            raise ValueError(f"page numbers start at 1, got {number}")
        return await self._get(number)

    async def to_list(self) -> list[T]:
        """Every item (up to ``limit``) in one list. For big listings prefer ``async for``."""
        return [item async for item in self]

    async def _items(self) -> AsyncIterator[T]:
        # aclosing: closing this iterator early must close pages() too, at once, so that the
        # pages it fetches ahead are cancelled now rather than whenever it is garbage-collected.
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Each page in order, its items cut so that no more than ``limit`` come out in all."""
        if self.limit == 0:
            return
        if self._fetch_cursor is not None:
            async for page in self._cursor_pages(self._fetch_cursor):
                yield page
            return
        remaining = self.limit
        first = await self._get(1)
        page = self._cut(first, remaining)
        yield page
        remaining = None if remaining is None else remaining - len(page.items)
        if remaining == 0 or not first.items or first.next_page is None:
            return

        last = first.total_pages or first.number
        if self.limit is not None:
            last = min(last, math.ceil(self.limit / self.page_size))
        pending: deque[asyncio.Task[Page[T]]] = deque()
        next_number = first.number + 1
        fetched = first
        try:
            # Known pages, fetched ahead through a sliding window; yielded in order.
            while True:
                while next_number <= last and len(pending) < self.window:
                    pending.append(asyncio.ensure_future(self._get(next_number)))
                    next_number += 1
                if not pending:
                    break
                fetched = await pending.popleft()
                page = self._cut(fetched, remaining)
                yield page
                remaining = None if remaining is None else remaining - len(page.items)
                if remaining == 0 or not fetched.items:
                    return
            # The listing grew while we read it: follow next_page one at a time (forward only,
            # so a server that keeps answering the same next_page cannot loop us forever).
            while fetched.next_page is not None and fetched.next_page > fetched.number:
                fetched = await self._get(fetched.next_page)
                page = self._cut(fetched, remaining)
                yield page
                remaining = None if remaining is None else remaining - len(page.items)
                if remaining == 0 or not fetched.items:
                    return
        finally:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def _cursor_pages(self, fetch: FetchCursorPage[T]) -> AsyncGenerator[Page[T], None]:
        remaining, cursor, number, seen = self.limit, None, 1, set()
        while True:
            response = await fetch(cursor, self.page_size)
            cursor = _next_cursor(response)
            # A cursor already followed would loop forever: treat it as the end.
            if cursor in seen:
                cursor = None
            seen.add(cursor)
            following = number + 1 if cursor and response.items else None
            page = self._cut(
                Page(list(response.items), Pagination(current_page=number, next_page=following)),
                remaining,
            )
            yield page
            remaining = None if remaining is None else remaining - len(page.items)
            if remaining == 0 or following is None:
                return
            number += 1

    async def _get(self, number: int) -> Page[T]:
        assert self._fetch is not None, "a cursor listing has no page numbers"
        response = await self._fetch(number, self.page_size)
        if isinstance(response, Page):
            return response
        pagination = response.meta.pagination
        if isinstance(pagination, Unset):
            pagination = Pagination(current_page=number, next_page=None)
        return Page(list(response.items), pagination)

    @staticmethod
    def _cut(page: Page[T], remaining: int | None) -> Page[T]:
        if remaining is None or len(page.items) <= remaining:
            return page
        return Page(page.items[:remaining], page.pagination)


def _next_cursor(response: CursorListResponse[Any]) -> str | None:
    """The cursor of the page after ``response``; ``None`` (also for an empty or absent one)
    on the last page."""
    following = getattr(response.meta, "next_", None)
    return following if isinstance(following, str) and following else None
