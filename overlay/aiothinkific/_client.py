"""The Thinkific client: credentials, base URL and one shared httpx.AsyncClient."""

from __future__ import annotations

import os
from types import TracebackType

import httpx
from thinkific_admin_client import Client as GeneratedClient

from aiothinkific._credentials import Credentials

DEFAULT_BASE_URL = "https://api.thinkific.com/api/public/v1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class Thinkific:
    """Async client for the Thinkific Admin API.

    ``generated`` is the generated client, authenticated and pointed at the base URL; pass it to
    any function of ``thinkific_admin_client.api``::

        async with Thinkific(api_key="...", subdomain="myschool") as tk:
            users = await get_users.asyncio(client=tk.generated, limit=10)
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        subdomain: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.credentials = Credentials.resolve(api_key, subdomain, access_token)
        self.base_url = base_url or os.environ.get("THINKIFIC_BASE_URL") or DEFAULT_BASE_URL
        self.http = httpx.AsyncClient(
            base_url=self.base_url,
            headers=self.credentials.headers(),
            timeout=timeout,
            transport=transport,
        )
        self.generated = GeneratedClient(base_url=self.base_url).set_async_httpx_client(self.http)

    def __repr__(self) -> str:
        return f"Thinkific(base_url={self.base_url!r}, credentials={self.credentials!r})"

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> Thinkific:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
