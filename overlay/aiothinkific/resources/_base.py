"""What every resource shares: the client it calls through, result checking, pagination, and the
``@operation`` mark that ties each method to the spec operation it implements.

The resource classes themselves are generated (``thinkific.py``, ``thinkific_webhooks.py``: see
``scripts/regenerate``); this module is the hand-written part they stand on."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

from aiothinkific._exceptions import UnexpectedResponseError
from aiothinkific._pagination import AsyncPaginator, FetchCursorPage, FetchPage
from aiothinkific._types import NotGiven

if TYPE_CHECKING:
    from aiothinkific._ratelimit import RateLimiter

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)


def operation(operation_id: str) -> Callable[[F], F]:
    """Mark a method as the overlay's one implementation of a spec operation."""

    def mark(method: F) -> F:
        setattr(method, "operation_id", operation_id)  # noqa: B010  (F has no such attribute)
        return method

    return mark


def checked(name: str, value: T, allowed: Collection[Any]) -> T:
    """``value`` (or each item of a list or tuple) if it is one of the spec's values for argument
    ``name``; a ``ValueError`` naming it otherwise, before any request is sent. Values not given
    (``NOT_GIVEN``) and ``None`` pass: what may be left out or cleared is the spec's to say."""
    items = value if isinstance(value, list | tuple) else [value]
    for item in items:
        if item is None or isinstance(item, NotGiven):
            continue
        try:
            # bool is an int to Python, never to the API: True is not the enum value 1.
            known = item in allowed and not isinstance(item, bool)
        except TypeError:  # an unhashable value is not one of them either
            known = False
        if not known:
            choices = ", ".join(repr(v) for v in sorted(allowed, key=repr))
            raise ValueError(f"{name}: {item!r} is not one of {choices}")
    return value


class GeneratedResponse(Protocol):
    """What a generated package's ``Response`` offers (the admin and webhooks packages each
    define their own)."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> Any: ...


R = TypeVar("R", bound=GeneratedResponse)


async def parsed(call: Awaitable[R]) -> R:
    """The generated call's response; ``UnexpectedResponseError`` when its parser fails."""
    try:
        return await call
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        # The generated parser met a body that does not match the spec.
        raise UnexpectedResponseError(f"response does not match the spec: {error!r}") from error


async def expect(kind: type[M], call: Awaitable[GeneratedResponse]) -> M:
    """The documented success body of ``call`` as ``kind``.

    Errors never get here (the requester raises them); a success status the spec does not
    list for this operation (200 for a documented 201, say) is parsed as ``kind`` too.
    """
    response = await parsed(call)
    if isinstance(response.parsed, kind):
        return response.parsed
    try:
        return kind.from_dict(json.loads(response.content))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UnexpectedResponseError(
            f"{response.status_code} response is not a {kind.__name__}: {error}"
        ) from error


class Client(Protocol):
    """What a resource needs of the client it belongs to (``Thinkific``, ``ThriveCart``)."""

    limiter: RateLimiter


class Resource:
    """A group of operations of one API; subclasses say which generated client they call."""

    def __init__(self, client: Client) -> None:
        self._client = client

    _expect = staticmethod(expect)

    async def _no_content(self, call: Awaitable[GeneratedResponse]) -> None:
        await parsed(call)

    def _paginate(
        self, fetch: FetchPage[T], *, limit: int | None, page_size: int
    ) -> AsyncPaginator[T]:
        window = self._client.limiter.max_in_flight or AsyncPaginator.DEFAULT_WINDOW
        return AsyncPaginator(fetch, limit=limit, page_size=page_size, window=window)

    def _paginate_cursor(
        self, fetch: FetchCursorPage[T], *, limit: int | None, page_size: int
    ) -> AsyncPaginator[T]:
        return AsyncPaginator.by_cursor(fetch, limit=limit, page_size=page_size)
