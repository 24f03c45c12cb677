"""Thinkific Webhooks API: one resource class per group, one method per operation.

Written by scripts/regenerate from the patched spec/thinkific-webhooks.yaml and its names table,
spec/thinkific-webhooks.resources.yaml. Do not edit: rename in the table, fix the spec with a patch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from thinkific_webhooks_client import Client as GeneratedClient
from thinkific_webhooks_client.api.events import get_event
from thinkific_webhooks_client.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
)
from thinkific_webhooks_client.models import Event, Topic, Webhook, WebhookList, WebhookRequest
from thinkific_webhooks_client.models.topic import TOPIC_VALUES
from thinkific_webhooks_client.types import UNSET, Unset

from aiothinkific._pagination import DEFAULT_PAGE_SIZE, AsyncPaginator
from aiothinkific._types import NotGiven
from aiothinkific.resources._base import Resource, checked, operation

if TYPE_CHECKING:
    from aiothinkific._client import Thinkific

T = TypeVar("T")


def given(value: T | NotGiven) -> T | Unset:
    """An argument as the generated layer takes it: ``NOT_GIVEN`` is its ``UNSET`` (not sent)."""
    return UNSET if isinstance(value, NotGiven) else value


class _Resource(Resource):
    _client: Thinkific

    @property
    def _api(self) -> GeneratedClient:
        return self._client.generated_webhooks


class Webhooks(_Resource):
    """``tk.webhooks``: the Webhooks operations."""

    @operation("listWebhooks")
    def list(
        self, *, limit: int | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> AsyncPaginator[Webhook]:
        """List webhooks

        One page of the webhooks; pass the returned `next` cursor for the next page.

        Args:
            limit: The most items returned in all (every item when None).
            page_size: How many items each request asks for.
        """

        async def fetch(cursor: str | None, size: int) -> WebhookList:
            return await self._expect(
                WebhookList,
                list_webhooks.asyncio_detailed(
                    client=self._api, limit=size, next_=UNSET if cursor is None else cursor
                ),
            )

        return self._paginate_cursor(fetch, limit=limit, page_size=page_size)

    @operation("createWebhook")
    async def create(self, *, topic: Topic, target_url: str) -> Webhook:
        """Create a webhook

        Args:
            topic: What a webhook is about, as `resource.action`.
            target_url: Where events are POSTed: an absolute http or https URL with a host
                (anything else is refused with 422 `{"errors": {"url": "is not valid"}}`).
        """
        return await self._expect(
            Webhook,
            create_webhook.asyncio_detailed(
                client=self._api,
                body=WebhookRequest(
                    topic=checked("topic", topic, TOPIC_VALUES), target_url=target_url
                ),
            ),
        )

    @operation("getWebhook")
    async def get(self, webhook_id: int | str) -> Webhook:
        """Get a webhook"""
        return await self._expect(
            Webhook, get_webhook.asyncio_detailed(str(webhook_id), client=self._api)
        )

    @operation("updateWebhook")
    async def update(self, webhook_id: int | str, *, topic: Topic, target_url: str) -> Webhook:
        """Update a webhook

        Args:
            topic: What a webhook is about, as `resource.action`.
            target_url: Where events are POSTed: an absolute http or https URL with a host
                (anything else is refused with 422 `{"errors": {"url": "is not valid"}}`).
        """
        return await self._expect(
            Webhook,
            update_webhook.asyncio_detailed(
                str(webhook_id),
                client=self._api,
                body=WebhookRequest(
                    topic=checked("topic", topic, TOPIC_VALUES), target_url=target_url
                ),
            ),
        )

    @operation("deleteWebhook")
    async def delete(self, webhook_id: int | str) -> None:
        """Delete a webhook"""
        await self._no_content(delete_webhook.asyncio_detailed(str(webhook_id), client=self._api))

    @operation("getEvent")
    async def get_event(self, event_id: int | str) -> Event:
        """Get an event

        An event as it was delivered (the webhook envelope).
        """
        return await self._expect(
            Event, get_event.asyncio_detailed(str(event_id), client=self._api)
        )


class ThinkificWebhooksResources:
    """The Thinkific Webhooks API's resources, one attribute per group; ``Thinkific`` has them."""

    webhooks: Webhooks


def bind(client: Thinkific) -> None:
    """Give ``client`` its resources of the Thinkific Webhooks API."""
    client.webhooks = Webhooks(client)
