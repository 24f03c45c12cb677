"""A module: one entry of the Make catalogue, declared as data (key, label, kind, fields) with the
async function that runs it. ``Group`` collects a resource's modules as they are declared."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from aiothinkific.modules._convert import ModuleError, validate
from aiothinkific.modules._fields import Field

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific
    from aiothinkific._pagination import AsyncPaginator
    from aiothinkific.webhooks.receiver import EventHandler, WebhookReceiver
    from aiothinkific.webhooks.subscriptions import Subscription

Kind = Literal["instant trigger", "action", "search", "universal"]
Inputs = dict[str, Any]
Bundle = dict[str, Any]


class _Item(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@dataclass
class Listing:
    """A Search/List module's output: one bundle per item of ``paginator``, as its pages come."""

    paginator: AsyncPaginator[Any]

    async def __aiter__(self) -> AsyncIterator[Bundle]:
        item: _Item
        async for item in self.paginator:
            yield item.to_dict()


#: A handler returns its bundles, or a ``Listing`` that streams them.
Handler = Callable[["Thinkific", Inputs], Awaitable["list[Bundle] | Listing"]]


class ModuleNotRunnableError(ModuleError):
    """An instant trigger was asked to run: it fires on its webhook instead."""


@dataclass(frozen=True)
class Module:
    """One module of the catalogue.

    ``handler`` does the work for actions, searches and the universal module; it gets the
    validated, converted inputs and returns one bundle (a JSON-able dict) per item. Instant
    triggers have no handler: they have a webhook ``topic`` and fire when Thinkific sends it.
    """

    key: str
    label: str
    kind: Kind
    group: str
    description: str
    fields: tuple[Field, ...] = ()
    handler: Handler | None = None
    topic: str | None = None

    def field(self, name: str) -> Field:
        """The field called ``name`` (its API name)."""
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(f"{self.label} has no field {name!r}")

    def validate(self, inputs: object) -> Inputs:
        """``inputs`` checked and converted; ``ModuleInputError`` lists every problem."""
        return validate(self.label, self.fields, inputs)

    async def run(self, tk: Thinkific, inputs: Mapping[str, Any]) -> list[Bundle]:
        """Validate ``inputs`` (no request is sent when they are wrong), then run the module."""
        return [bundle async for bundle in self.stream(tk, inputs)]

    async def stream(
        self, tk: Thinkific, inputs: Mapping[str, Any], *, page_size: int | None = None
    ) -> AsyncIterator[Bundle]:
        """``run``, yielding each bundle as it arrives: a listing's as its pages come, asking
        for ``page_size`` items per request when given (within the module's Limit)."""
        if self.handler is None:
            raise ModuleNotRunnableError(
                f"{self.label} ({self.key}) is an instant trigger: it does not run on demand "
                f"but fires when Thinkific sends its {self.topic} webhook"
            )
        if page_size is not None and page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        output = await self.handler(tk, self.validate(inputs))
        if isinstance(output, list):
            for bundle in output:
                yield bundle
            return
        paginator = output.paginator
        if page_size is not None:
            paginator.page_size = min(page_size, paginator.limit) if paginator.limit else page_size
        async for bundle in output:
            yield bundle

    async def start(
        self,
        tk: Thinkific,
        *,
        target_url: str,
        receiver: WebhookReceiver | None = None,
        handler: EventHandler | None = None,
    ) -> Subscription:
        """Start an instant trigger: register (or reuse) its webhook pointing at ``target_url``
        (the receiver's public URL) and route its events to ``handler``; ``stop()`` the result
        to remove the webhook."""
        if self.topic is None:
            raise ModuleNotRunnableError(f"{self.label} ({self.key}) is not an instant trigger")
        from aiothinkific.webhooks import subscriptions

        return await subscriptions.start(
            tk, self.topic, target_url=target_url, receiver=receiver, handler=handler
        )


class Group:
    """The modules of one part of the catalogue (Users, Instructors...), in declaration order.

    ``@users.action(key, label, description, fields)`` on an async function declares a module run
    by it; ``users.trigger(...)`` declares an instant trigger."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.modules: list[Module] = []

    def trigger(
        self, key: str, label: str, description: str, *, topic: str, fields: tuple[Field, ...]
    ) -> Module:
        module = Module(key, label, "instant trigger", self.name, description, fields, topic=topic)
        self.modules.append(module)
        return module

    def action(
        self, key: str, label: str, description: str, fields: tuple[Field, ...] = ()
    ) -> Callable[[Handler], Handler]:
        return self._declare(key, label, "action", description, fields)

    def search(
        self, key: str, label: str, description: str, fields: tuple[Field, ...] = ()
    ) -> Callable[[Handler], Handler]:
        return self._declare(key, label, "search", description, fields)

    def universal(
        self, key: str, label: str, description: str, fields: tuple[Field, ...] = ()
    ) -> Callable[[Handler], Handler]:
        return self._declare(key, label, "universal", description, fields)

    def _declare(
        self, key: str, label: str, kind: Kind, description: str, fields: tuple[Field, ...]
    ) -> Callable[[Handler], Handler]:
        def declare(handler: Handler) -> Handler:
            self.modules.append(Module(key, label, kind, self.name, description, fields, handler))
            return handler

        return declare
