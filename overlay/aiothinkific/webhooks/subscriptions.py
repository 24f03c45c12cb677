"""Starting and stopping a Watch trigger: the webhook for its topic, registered (or reused when
an identical one exists) on start and deleted on stop, plus its handler on the receiver."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from thinkific_webhooks_client.models import Webhook

from aiothinkific._exceptions import NotFoundError
from aiothinkific.webhooks._api import topic_of

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific
    from aiothinkific.webhooks.receiver import EventHandler, WebhookReceiver


@dataclass
class Subscription:
    """A started trigger. ``reused`` says the webhook existed already; ``stop()`` removes it."""

    client: Thinkific = field(repr=False)
    webhook: Webhook
    reused: bool
    receiver: WebhookReceiver | None = field(default=None, repr=False)
    handler: EventHandler | None = field(default=None, repr=False)
    stopped: bool = False

    @property
    def topic(self) -> str:
        return str(self.webhook.topic)

    async def stop(self) -> None:
        """Delete the webhook (already gone is fine) and unregister the handler."""
        if self.stopped:
            return
        if self.receiver is not None and self.handler is not None:
            self.receiver.off(self.topic, self.handler)
        with contextlib.suppress(NotFoundError):
            await self.client.webhooks.delete(self.webhook.id)
        self.stopped = True


async def start(
    client: Thinkific,
    topic: str,
    *,
    target_url: str,
    receiver: WebhookReceiver | None = None,
    handler: EventHandler | None = None,
) -> Subscription:
    """Make sure one webhook sends ``topic`` to ``target_url``; route its events to ``handler``."""
    existing = None
    async for webhook in client.webhooks.list():
        if webhook.topic == topic and webhook.target_url == target_url:
            existing = webhook
            break
    webhook = existing or await client.webhooks.create(topic=topic_of(topic), target_url=target_url)
    if receiver is not None and handler is not None:
        receiver.on(topic, handler)
    return Subscription(client, webhook, existing is not None, receiver, handler)
