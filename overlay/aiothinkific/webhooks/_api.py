"""``tk.webhooks``: the Webhooks API v2 through the generated ``thinkific_webhooks_client``.

Its requests go through the client's own requester for that API (its base URL, bearer auth),
which shares the HTTP connections, the rate limiter and the retry policy with the Admin API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from thinkific_webhooks_client.api.events import get_event
from thinkific_webhooks_client.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
)
from thinkific_webhooks_client.models import Event, Topic, Webhook, WebhookList, WebhookRequest
from thinkific_webhooks_client.models.topic import check_topic
from thinkific_webhooks_client.types import UNSET

from aiothinkific.resources._base import expect, parsed

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific


def is_web_url(url: object) -> bool:
    """An absolute http(s) URL with a host: what a webhook's target can be."""
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
        return parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[::1": an unclosed IPv6 address
        return False


def topic_of(value: str) -> Topic:
    """``value`` as a documented topic, or a ``ValueError`` naming the field (no request sent)."""
    try:
        return check_topic(value)
    except TypeError:
        raise ValueError(f"topic: {value!r} is not a Thinkific webhook topic") from None


class Webhooks:
    """Register, list, change and remove webhooks; fetch an event by id."""

    def __init__(self, client: Thinkific) -> None:
        self._client = client

    @property
    def _api(self) -> Any:
        return self._client.generated_webhooks

    async def list(self, *, page_size: int | None = None) -> AsyncIterator[Webhook]:
        """Every webhook, following the ``next`` cursor page by page."""
        cursor: str | None = None
        while True:
            page = await expect(
                WebhookList,
                list_webhooks.asyncio_detailed(
                    client=self._api,
                    limit=UNSET if page_size is None else page_size,
                    next_=UNSET if cursor is None else cursor,
                ),
            )
            for item in page.items:
                yield item
            meta = page.meta
            cursor = meta.next_ if meta and isinstance(meta.next_, str) and meta.next_ else None
            if cursor is None or not page.items:
                return

    async def create(self, *, topic: str, target_url: str) -> Webhook:
        """A new webhook: Thinkific POSTs each ``topic`` event to ``target_url`` (https)."""
        body = WebhookRequest(topic=topic_of(topic), target_url=target_url)
        return await expect(Webhook, create_webhook.asyncio_detailed(client=self._api, body=body))

    async def get(self, webhook_id: str) -> Webhook:
        return await expect(
            Webhook, get_webhook.asyncio_detailed(str(webhook_id), client=self._api)
        )

    async def update(self, webhook_id: str, *, topic: str, target_url: str) -> Webhook:
        """Point a webhook at another topic or URL (the API replaces both)."""
        body = WebhookRequest(topic=topic_of(topic), target_url=target_url)
        call = update_webhook.asyncio_detailed(str(webhook_id), client=self._api, body=body)
        return await expect(Webhook, call)

    async def delete(self, webhook_id: str) -> None:
        await parsed(delete_webhook.asyncio_detailed(str(webhook_id), client=self._api))

    async def get_event(self, event_id: str) -> Event:
        """An event as it was delivered (the envelope)."""
        return await expect(Event, get_event.asyncio_detailed(str(event_id), client=self._api))
