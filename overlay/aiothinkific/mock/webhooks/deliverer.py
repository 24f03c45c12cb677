"""Deliveries: each committed event POSTed as a signed envelope to every webhook of its topic,
from a background task. ``settings.redeliver`` sends each delivery twice, as a real sender may."""

from __future__ import annotations

import asyncio
import json

import httpx

from aiothinkific._logging import logger
from aiothinkific.mock.settings import MockSettings
from aiothinkific.mock.store import Doc, Store, eq
from aiothinkific.mock.webhooks.outbox import WEBHOOK
from aiothinkific.webhooks.events import SIGNATURE_HEADER, sign


class Deliverer:
    """POSTs envelopes to the webhooks of their topic, signed with the site's API key."""

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

    async def _deliver(self, envelopes: list[Doc]) -> None:
        secret = self.settings.api_key or self.settings.access_token or ""
        times = 2 if self.settings.redeliver else 1
        transport = self.settings.webhook_transport
        async with httpx.AsyncClient(transport=transport, timeout=10.0) as http:
            for envelope in envelopes:
                topic = f"{envelope['resource']}.{envelope['action']}"
                with self.store.transaction(write=False):
                    hooks = self.store.select(WEBHOOK, [eq("topic", topic)])
                body = json.dumps(envelope).encode()
                headers = {"content-type": "application/json", SIGNATURE_HEADER: sign(secret, body)}
                for hook in hooks:
                    for _ in range(times):
                        try:
                            await http.post(hook["target_url"], content=body, headers=headers)
                        except httpx.HTTPError as error:
                            logger.warning("mock webhook %s not delivered: %r", topic, error)
