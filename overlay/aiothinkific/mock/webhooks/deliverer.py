"""Deliveries: each committed event POSTed as a signed envelope to every webhook of its topic,
from a background task. ``settings.redeliver`` sends each delivery twice, as a real sender may."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from aiothinkific._logging import logger
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Doc, Store, eq
from aiothinkific.mock.webhooks.outbox import WEBHOOK
from aiothinkific.webhooks.events import SIGNATURE_HEADER, sign


@dataclass(frozen=True)
class Delivery:
    """One POST of one event to one URL."""

    url: str
    body: bytes
    headers: Mapping[str, str]
    label: str


class Deliverer:
    """POSTs envelopes to the webhooks of their topic, signed with the site's API key. A vendor's
    deliverer overrides :meth:`deliveries` (what to send where); sending is shared: from a
    background task, ``settings.redeliver`` sending each twice, and a delivery that fails
    (no answer, or not 2xx) sent again up to ``retries`` times."""

    retries = 0

    def __init__(self, settings: MockSettings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.tasks: set[asyncio.Task[None]] = set()

    def publish(self, envelopes: list[Doc]) -> None:
        if not envelopes:
            return
        task = asyncio.get_running_loop().create_task(self._deliver(envelopes))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def drain(self) -> None:
        """Wait for the deliveries under way (for tests)."""
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)

    def deliveries(self, envelope: Doc) -> list[Delivery]:
        """Thinkific's: the signed envelope to every webhook of its topic."""
        secret = self.settings.api_key or self.settings.access_token or ""
        topic = f"{envelope['resource']}.{envelope['action']}"
        with self.store.transaction(write=False):
            hooks = self.store.select(WEBHOOK, [eq("topic", topic)])
        body = json.dumps(envelope).encode()
        headers = {"content-type": "application/json", SIGNATURE_HEADER: sign(secret, body)}
        return [Delivery(hook["target_url"], body, headers, topic) for hook in hooks]

    async def _deliver(self, envelopes: list[Doc]) -> None:
        deliveries = [d for envelope in envelopes for d in self.deliveries(envelope)]
        if not deliveries:  # an HTTP client costs more than most requests: none for nothing
            return
        times = 2 if self.settings.redeliver else 1
        transport = self.settings.webhook_transport
        async with httpx.AsyncClient(transport=transport, timeout=10.0) as http:
            for delivery in deliveries:
                for _ in range(times):
                    await self._send(http, delivery)

    async def _send(self, http: httpx.AsyncClient, delivery: Delivery) -> None:
        for attempt in range(self.retries + 1):
            try:
                response = await http.post(
                    delivery.url, content=delivery.body, headers=dict(delivery.headers)
                )
            except httpx.HTTPError as error:
                logger.warning("mock webhook %s not delivered: %r", delivery.label, error)
                continue
            if self.retries == 0 or response.is_success:
                return
            logger.info(
                "mock webhook %s answered %d (attempt %d)",
                delivery.label,
                response.status_code,
                attempt + 1,
            )
