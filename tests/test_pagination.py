"""AsyncPaginator on a fake fetch, and users.list() end to end over a mock transport."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Iterable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from aiothinkific._exceptions import NotFoundError
from aiothinkific._pagination import AsyncPaginator, Page
from fakes import Listing, list_body, make_client, users
from thinkific_admin_client.models import Meta, Pagination, UserResponse


@dataclass
class FakeList:
    items: list[int]
    meta: Meta


class Source:
    """A fake list endpoint over ``items`` for ``AsyncPaginator``: records every fetch, how many
    ran at once, which completed (in what order) and which were cancelled.

    ``delays[page]`` yields to the loop that many times before answering (to make later pages
    finish first); pages in ``block`` wait for ``release``; ``fail[page]`` is raised;
    ``on_fetch(page, source)`` runs as a fetch starts (to change the listing meanwhile).
    """

    def __init__(
        self,
        items: Iterable[int],
        *,
        omit: Sequence[str] = (),
        no_meta: bool = False,
        delays: dict[int, int] | None = None,
        block: Iterable[int] = (),
        fail: dict[int, Exception] | None = None,
        on_fetch: Callable[[int, Source], None] | None = None,
    ) -> None:
        self.items = list(items)
        self.omit = omit
        self.no_meta = no_meta
        self.delays = delays or {}
        self.block = set(block)
        self.fail = fail or {}
        self.on_fetch = on_fetch
        self.release = asyncio.Event()
        self.calls: list[tuple[int, int]] = []
        self.completed: list[int] = []
        self.cancelled: list[int] = []
        self.tasks: list[asyncio.Task[Any]] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def __call__(self, page: int, size: int) -> FakeList:
        self.calls.append((page, size))
        task = asyncio.current_task()
        assert task is not None
        self.tasks.append(task)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            if self.on_fetch is not None:
                self.on_fetch(page, self)
            for _ in range(self.delays.get(page, 0)):
                await asyncio.sleep(0)
            if page in self.block:
                await self.release.wait()
            if page in self.fail:
                raise self.fail[page]
            total_pages = max(1, math.ceil(len(self.items) / size))
            chunk = self.items[(page - 1) * size : page * size]
            body = list_body(
                chunk,
                page=page,
                total_pages=total_pages,
                total_items=len(self.items),
                per_page=size,
                omit=self.omit,
            )
            self.completed.append(page)
            meta = Meta() if self.no_meta else Meta.from_dict(body["meta"])
            return FakeList(chunk, meta)
        except asyncio.CancelledError:
            self.cancelled.append(page)
            raise
        finally:
            self.in_flight -= 1

    @property
    def pages(self) -> list[int]:
        return [page for page, _ in self.calls]

    def paginator(self, **kwargs: Any) -> AsyncPaginator[int]:
        return AsyncPaginator(self, **kwargs)


def fetched_ahead(source: Source) -> list[asyncio.Task[Any]]:
    """The tasks the paginator started (page 1 is fetched in the caller's own task)."""
    return [task for task in source.tasks if task is not asyncio.current_task()]


def others_running() -> list[asyncio.Task[Any]]:
    current = asyncio.current_task()
    return [task for task in asyncio.all_tasks() if task is not current and not task.done()]


# --- The basics -------------------------------------------------------------------------------


async def test_nothing_is_fetched_until_iterated() -> None:
    source = Source(range(1, 11))
    paginator = source.paginator()
    assert source.calls == []
    assert await paginator.to_list() == list(range(1, 11))


async def test_empty_listing_is_one_request_and_no_items() -> None:
    source = Source([])
    assert [item async for item in source.paginator()] == []
    assert source.calls == [(1, 25)]


async def test_one_page() -> None:
    source = Source(range(1, 11))
    assert [item async for item in source.paginator()] == list(range(1, 11))
    assert source.calls == [(1, 25)]


async def test_exactly_one_full_page() -> None:
    source = Source(range(1, 26))
    assert await source.paginator().to_list() == list(range(1, 26))
    assert source.pages == [1]


async def test_many_pages_in_order_each_fetched_once() -> None:
    source = Source(range(1, 101))
    assert await source.paginator(page_size=10).to_list() == list(range(1, 101))
    assert source.pages[0] == 1
    assert sorted(source.pages) == list(range(1, 11))
    assert {size for _, size in source.calls} == {10}


async def test_limit_in_the_middle_of_a_page_fetches_no_extra_pages() -> None:
    source = Source(range(1, 101))
    assert await source.paginator(limit=25, page_size=10).to_list() == list(range(1, 26))
    assert sorted(source.pages) == [1, 2, 3]


async def test_limit_at_a_page_boundary_fetches_no_extra_pages() -> None:
    source = Source(range(1, 101))
    assert await source.paginator(limit=20, page_size=10).to_list() == list(range(1, 21))
    assert sorted(source.pages) == [1, 2]


async def test_limit_larger_than_the_listing() -> None:
    source = Source(range(1, 31))
    assert await source.paginator(limit=1000, page_size=10).to_list() == list(range(1, 31))
    assert sorted(source.pages) == [1, 2, 3]


async def test_limit_zero_fetches_nothing() -> None:
    source = Source(range(1, 101))
    paginator = source.paginator(limit=0)
    assert await paginator.to_list() == []
    assert [page async for page in paginator.pages()] == []
    assert source.calls == []


async def test_page_size_is_the_limit_asked_for() -> None:
    source = Source(range(1, 50))
    await source.paginator(page_size=7).to_list()
    assert {size for _, size in source.calls} == {7}
    assert len(source.calls) == 7


async def test_limit_below_page_size_asks_for_only_limit() -> None:
    source = Source(range(1, 101))
    paginator = source.paginator(limit=5, page_size=25)
    assert paginator.page_size == 5
    assert await paginator.to_list() == [1, 2, 3, 4, 5]
    assert source.calls == [(1, 5)]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": -5}, "page_size"),
        ({"limit": -1}, "limit"),
        ({"window": 0}, "window"),
    ],
)
def test_bad_arguments_are_rejected(kwargs: dict[str, int], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        Source([]).paginator(**kwargs)


# --- Pages ------------------------------------------------------------------------------------


async def test_await_returns_the_first_page_with_its_metadata() -> None:
    source = Source(range(1, 61))
    page = await source.paginator(page_size=25)
    assert isinstance(page, Page)
    assert page.items == list(range(1, 26))
    assert isinstance(page.pagination, Pagination)
    assert page.number == 1
    assert page.total_pages == 3
    assert page.total_items == 60
    assert page.next_page == 2
    assert page.pagination.entries_info == "1-25 of 60"
    assert source.calls == [(1, 25)]


async def test_first_page_is_cut_to_limit() -> None:
    source = Source(range(1, 61))
    page = await source.paginator(limit=30, page_size=25).first_page()
    assert page.items == list(range(1, 26))
    page = await Source(range(1, 61)).paginator(limit=3).first_page()
    assert page.items == [1, 2, 3]


async def test_last_page_has_no_next_page() -> None:
    page = await Source(range(1, 5)).paginator()
    assert page.next_page is None
    assert page.total_pages == 1


async def test_page_properties_when_metadata_is_missing() -> None:
    page = Page(items=[1], pagination=Pagination())
    assert page.number == 1
    assert page.next_page is None
    assert page.total_pages is None
    assert page.total_items is None


async def test_pages_yields_each_page_in_order() -> None:
    source = Source(range(1, 24))
    pages = [page async for page in source.paginator(page_size=10).pages()]
    assert [page.number for page in pages] == [1, 2, 3]
    assert [page.items for page in pages] == [
        list(range(1, 11)),
        list(range(11, 21)),
        [21, 22, 23],
    ]
    assert [page.next_page for page in pages] == [2, 3, None]


async def test_pages_are_cut_to_limit() -> None:
    source = Source(range(1, 101))
    pages = [page async for page in source.paginator(limit=15, page_size=10).pages()]
    assert [len(page.items) for page in pages] == [10, 5]


async def test_to_list() -> None:
    source = Source(range(1, 42))
    assert await source.paginator(page_size=5).to_list() == list(range(1, 42))


# --- Concurrency ------------------------------------------------------------------------------


async def test_later_pages_are_fetched_concurrently_but_items_come_out_in_order() -> None:
    # Page n takes (10 - n) turns of the loop: later pages finish first.
    source = Source(range(1, 71), delays={n: 10 - n for n in range(1, 8)})
    items = await source.paginator(page_size=10, window=3).to_list()
    assert items == list(range(1, 71))
    assert 1 < source.most_in_flight <= 3
    assert source.completed != sorted(source.completed)  # some page overtook an earlier one
    assert sorted(source.completed) == list(range(1, 8))


async def test_first_page_is_fetched_alone() -> None:
    # The first page says how many there are: nothing else starts before it is in.
    running_at_start: dict[int, int] = {}

    def on_fetch(page: int, source: Source) -> None:
        running_at_start[page] = source.in_flight  # this fetch included

    source = Source(range(1, 51), on_fetch=on_fetch, delays={n: 5 for n in range(1, 6)})
    await source.paginator(page_size=10, window=4).to_list()
    assert source.completed[0] == 1
    assert running_at_start[1] == 1
    assert running_at_start[2] == 1  # page 1 had finished when page 2 started
    assert source.most_in_flight > 1  # the later pages did overlap


async def test_window_of_one_fetches_one_page_at_a_time() -> None:
    source = Source(range(1, 51), delays={n: 3 for n in range(1, 6)})
    assert await source.paginator(page_size=10, window=1).to_list() == list(range(1, 51))
    assert source.most_in_flight == 1
    assert source.pages == [1, 2, 3, 4, 5]


async def test_a_failing_page_raises_after_the_earlier_items_and_cancels_the_rest() -> None:
    source = Source(
        range(1, 101),
        fail={3: RuntimeError("page 3 failed")},
        block={4, 5, 6, 7, 8},
    )
    got: list[int] = []
    with pytest.raises(RuntimeError, match="page 3 failed"):
        async for item in source.paginator(page_size=10, window=4):
            got.append(item)
    assert got == list(range(1, 21))
    assert source.cancelled  # pages fetched ahead were pending, and were cancelled
    assert set(source.cancelled) == set(source.pages) - {1, 2, 3}
    assert all(task.done() for task in fetched_ahead(source))
    assert others_running() == []


async def test_a_failing_first_page_raises() -> None:
    source = Source(range(1, 101), fail={1: RuntimeError("no")})
    with pytest.raises(RuntimeError, match="no"):
        await source.paginator().to_list()
    with pytest.raises(RuntimeError, match="no"):
        await source.paginator()


async def test_closing_the_item_iterator_early_cancels_pages_fetched_ahead() -> None:
    source = Source(range(1, 101), block={3, 4, 5, 6})
    iterator = aiter(source.paginator(page_size=10, window=4))
    got = [await anext(iterator) for _ in range(15)]
    assert got == list(range(1, 16))
    assert any(not task.done() for task in fetched_ahead(source))  # pages 3.. are being fetched
    await iterator.aclose()  # type: ignore[attr-defined]
    assert all(task.done() for task in fetched_ahead(source))
    assert source.cancelled
    assert set(source.cancelled) == set(source.pages) - {1, 2}
    assert others_running() == []


async def test_breaking_out_of_aclosing_cancels_pages_fetched_ahead() -> None:
    source = Source(range(1, 101), block={3, 4, 5, 6})
    got: list[int] = []
    async with aclosing(aiter(source.paginator(page_size=10, window=4))) as items:  # type: ignore[type-var]
        async for item in items:
            got.append(item)
            if item == 12:
                break
    assert got == list(range(1, 13))
    assert all(task.done() for task in fetched_ahead(source))
    assert others_running() == []


async def test_closing_the_page_iterator_early_cancels_pages_fetched_ahead() -> None:
    source = Source(range(1, 101), block={3, 4, 5})
    pages = source.paginator(page_size=10, window=3).pages()
    first = await anext(pages)
    second = await anext(pages)
    assert (first.number, second.number) == (1, 2)
    await pages.aclose()  # type: ignore[attr-defined]
    assert all(task.done() for task in fetched_ahead(source))
    assert source.cancelled
    assert set(source.cancelled) == set(source.pages) - {1, 2}


# --- Listings that change, or say little ------------------------------------------------------


async def test_a_listing_that_grows_is_followed_to_its_new_end() -> None:
    def grow(page: int, source: Source) -> None:
        if page == 2:
            source.items += range(51, 61)  # page 2 now says: 3 pages, next_page 3

    source = Source(range(1, 51), on_fetch=grow)
    assert await source.paginator(page_size=25).to_list() == list(range(1, 61))
    assert source.pages == [1, 2, 3]


async def test_missing_total_pages_falls_back_to_following_next_page() -> None:
    source = Source(range(1, 56), omit=("total_pages",))
    assert await source.paginator(page_size=10).to_list() == list(range(1, 56))
    assert source.pages == [1, 2, 3, 4, 5, 6]
    assert source.most_in_flight == 1


async def test_missing_total_pages_with_limit() -> None:
    source = Source(range(1, 56), omit=("total_pages",))
    assert await source.paginator(limit=23, page_size=10).to_list() == list(range(1, 24))
    assert source.pages == [1, 2, 3]


async def test_missing_pagination_metadata_means_a_single_page() -> None:
    source = Source(range(1, 56), no_meta=True)
    page = await source.paginator(page_size=10)
    assert page.number == 1
    assert page.next_page is None
    assert await source.paginator(page_size=10).to_list() == list(range(1, 11))


async def test_a_listing_that_shrinks_stops_at_the_first_empty_page() -> None:
    def shrink(page: int, source: Source) -> None:
        if page == 2:
            source.items = source.items[:15]  # page 1 said 4 pages; now there are 2

    source = Source(range(1, 41), on_fetch=shrink)
    assert await source.paginator(page_size=10, window=1).to_list() == list(range(1, 16))
    assert source.pages == [1, 2, 3]


# --- Through the client -----------------------------------------------------------------------


async def test_users_list_walks_every_page() -> None:
    listing = Listing(users(range(1, 61)))
    async with make_client(listing) as tk:
        found = await tk.users.list().to_list()
    assert [user.id for user in found] == list(range(1, 61))
    assert all(isinstance(user, UserResponse) for user in found)
    assert listing.requests[0] == (1, 25)
    assert sorted(listing.requests) == [(1, 25), (2, 25), (3, 25)]


async def test_users_list_empty_is_one_request() -> None:
    listing = Listing([])
    async with make_client(listing) as tk:
        assert [user async for user in tk.users.list()] == []
    assert listing.requests == [(1, 25)]


async def test_users_list_page_size_and_limit_reach_the_query() -> None:
    listing = Listing(users(range(1, 101)))
    async with make_client(listing) as tk:
        found = await tk.users.list(limit=25, page_size=10).to_list()
        assert [user.id for user in found] == list(range(1, 26))
        assert sorted(listing.requests) == [(1, 10), (2, 10), (3, 10)]
        listing.requests.clear()
        found = await tk.users.list(limit=4).to_list()
        assert [user.id for user in found] == [1, 2, 3, 4]
        assert listing.requests == [(1, 4)]
        listing.requests.clear()
        assert await tk.users.list(limit=0).to_list() == []
        assert listing.requests == []


async def test_users_list_sends_its_filters_on_every_page() -> None:
    listing = Listing(users(range(1, 31)))
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return listing(request)

    async with make_client(handler) as tk:
        await tk.users.list(email="a@example.com", group_id=7, page_size=10).to_list()
    assert len(seen) == 3
    for request in seen:
        assert request.url.params["query[email]"] == "a@example.com"
        assert request.url.params["query[group_id]"] == "7"
        assert "query[role]" not in request.url.params


async def test_users_list_await_gives_the_first_page() -> None:
    listing = Listing(users(range(1, 61)))
    async with make_client(listing) as tk:
        page = await tk.users.list(page_size=20)
    assert [user.id for user in page.items] == list(range(1, 21))
    assert (page.number, page.total_pages, page.total_items, page.next_page) == (1, 3, 60, 2)
    assert listing.requests == [(1, 20)]


async def test_users_list_fetches_pages_concurrently_within_max_in_flight() -> None:
    listing = Listing(users(range(1, 91)))
    inside = 0
    most = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        page = int(request.url.params["page"])
        for _ in range(20 - page):  # later pages answer first
            await asyncio.sleep(0)
        inside -= 1
        return listing(request)

    async with make_client(handler, max_in_flight=3) as tk:
        found = await tk.users.list(page_size=10).to_list()
    assert [user.id for user in found] == list(range(1, 91))
    assert 1 < most <= 3


async def test_users_list_error_mid_listing_comes_after_the_earlier_users() -> None:
    listing = Listing(users(range(1, 101)))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "3":
            return httpx.Response(404, json={"error": "Record not found."})
        return listing(request)

    got: list[int] = []
    async with make_client(handler) as tk:
        with pytest.raises(NotFoundError):
            async for user in tk.users.list(page_size=10):
                assert isinstance(user.id, int)
                got.append(user.id)
    assert got == list(range(1, 21))
    assert others_running() == []


async def test_users_list_window_follows_max_in_flight() -> None:
    async with make_client(Listing([]), max_in_flight=4) as tk:
        assert tk.users.list().window == 4
    async with make_client(Listing([]), max_in_flight=None) as tk:
        assert tk.users.list().window == AsyncPaginator.DEFAULT_WINDOW


async def test_a_next_page_that_does_not_advance_is_not_followed() -> None:
    """A server that always answers next_page=2 (a static stub, say) must not loop us forever."""
    calls: list[int] = []

    async def fetch(page: int, size: int) -> FakeList:
        calls.append(page)
        body = list_body([page], page=page, total_pages=3)
        body["meta"]["pagination"]["next_page"] = 2
        return FakeList([page], Meta.from_dict(body["meta"]))

    assert await AsyncPaginator(fetch).to_list() == [1, 2, 3]
    assert sorted(calls) == [1, 2, 3]


async def test_first_page_with_limit_zero_fetches_nothing() -> None:
    source = Source(range(1, 11))
    page = await source.paginator(limit=0).first_page()
    assert page.items == []
    assert source.calls == []


# --- Cursor listings (the Webhooks API's ``next``) ----------------------------------------------


@dataclass
class CursorMeta:
    next_: Any


@dataclass
class CursorPage:
    items: list[int]
    meta: Any


def cursor_source(pages: list[tuple[list[int], Any]]) -> tuple[Callable[..., Any], list[Any]]:
    """A cursor listing: page n answers ``pages[n]``, reached by the cursor "c<n>"."""
    asked: list[Any] = []

    async def fetch(cursor: str | None, size: int) -> CursorPage:
        asked.append(cursor)
        index = 0 if cursor is None else int(cursor[1:])
        items, following = pages[index]
        return CursorPage(items, CursorMeta(following))

    return fetch, asked


async def test_a_cursor_listing_follows_next_in_order() -> None:
    fetch, asked = cursor_source([([1, 2], "c1"), ([3, 4], "c2"), ([5], None)])
    paginator = AsyncPaginator.by_cursor(fetch, page_size=2)
    assert await paginator.to_list() == [1, 2, 3, 4, 5]
    assert asked == [None, "c1", "c2"]
    pages = [page async for page in AsyncPaginator.by_cursor(fetch, page_size=2).pages()]
    assert [(p.number, p.next_page) for p in pages] == [(1, 2), (2, 3), (3, None)]


async def test_a_cursor_listing_honours_limit_and_first_page() -> None:
    fetch, asked = cursor_source([([1, 2], "c1"), ([3, 4], "c2"), ([5], None)])
    assert await AsyncPaginator.by_cursor(fetch, limit=3, page_size=2).to_list() == [1, 2, 3]
    assert asked == [None, "c1"]
    first = await AsyncPaginator.by_cursor(fetch, page_size=2).first_page()
    assert first.items == [1, 2] and first.next_page == 2
    assert await AsyncPaginator.by_cursor(fetch, limit=0).to_list() == []


@pytest.mark.parametrize("meta", [None, CursorMeta(None), CursorMeta(""), CursorMeta(7)])
async def test_a_cursor_listing_ends_without_a_usable_cursor(meta: Any) -> None:
    async def fetch(cursor: str | None, size: int) -> CursorPage:
        return CursorPage([1], meta)

    assert await AsyncPaginator.by_cursor(fetch).to_list() == [1]


async def test_a_cursor_that_repeats_ends_the_listing() -> None:
    fetch, asked = cursor_source([([1], "c1"), ([2], "c1")])
    assert await AsyncPaginator.by_cursor(fetch).to_list() == [1, 2]
    assert asked == [None, "c1"]
