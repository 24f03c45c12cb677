"""A module: one entry of the Make catalogue, declared as data (key, label, kind, fields) with the
async function that runs it. ``Group`` collects a resource's modules as they are declared."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from aiothinkific.modules._convert import ModuleError, validate
from aiothinkific.modules._fields import Field

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific
    from aiothinkific.webhooks.receiver import EventHandler, WebhookReceiver
    from aiothinkific.webhooks.subscriptions import Subscription

Kind = Literal["instant trigger", "action", "search", "universal"]
Inputs = dict[str, Any]
Bundle = dict[str, Any]
Handler = Callable[["Thinkific", Inputs], Awaitable[list[Bundle]]]


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
        if self.handler is None:
            raise ModuleNotRunnableError(
                f"{self.label} ({self.key}) is an instant trigger: it does not run on demand "
                f"but fires when Thinkific sends its {self.topic} webhook"
            )
        return await self.handler(tk, self.validate(inputs))

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
