"""The Thinkific client: credentials, one shared HTTP client and rate limiter, and the resources."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx
from thinkific_admin_client import Client as GeneratedClient
from thinkific_webhooks_client import Client as GeneratedWebhooksClient

from aiothinkific._base_client import BaseClient
from aiothinkific._clock import SYSTEM_CLOCK, Clock
from aiothinkific._credentials import Credentials
from aiothinkific._exceptions import ConfigurationError
from aiothinkific._logging import configure_from_environment
from aiothinkific._ratelimit import DEFAULT_MAX_IN_FLIGHT, DEFAULT_REQUESTS_PER_MINUTE
from aiothinkific._requester import Requester, TimeoutTypes
from aiothinkific._retries import DEFAULT_MAX_RETRIES, RetryPolicy
from aiothinkific._types import NOT_GIVEN, NotGiven
from aiothinkific.resources import thinkific, thinkific_webhooks

DEFAULT_BASE_URL = "https://api.thinkific.com/api/public/v1"
#: The Webhooks API (v2) has its own root and takes a bearer token (a private app's API key).
DEFAULT_WEBHOOKS_BASE_URL = "https://api.thinkific.com/api/v2"
_ADMIN_PATH, _WEBHOOKS_PATH = "/api/public/v1", "/api/v2"


class Thinkific(
    BaseClient, thinkific.ThinkificResources, thinkific_webhooks.ThinkificWebhooksResources
):
    """Async client for the Thinkific Admin API::

        async with Thinkific(api_key="...", subdomain="myschool") as tk:
            user = await tk.users.get(1)
            async for course in tk.courses.list():
                ...

    Credentials come from the arguments or, when none is given, from ``THINKIFIC_API_KEY`` +
    ``THINKIFIC_SUBDOMAIN`` or ``THINKIFIC_ACCESS_TOKEN``; ``THINKIFIC_BASE_URL`` overrides the base
    URL, ``THINKIFIC_WEBHOOKS_BASE_URL`` (or ``webhooks_base_url``) the Webhooks API's, which
    otherwise sits beside the base URL (``.../api/public/v1`` → ``.../api/v2``, or Thinkific's
    own for a base URL on ``api.thinkific.com``). A base URL that is neither gives no Webhooks
    root (``webhooks_base_url`` is ``None``): its calls raise ``ConfigurationError``, so they
    never go to a host the base URL did not name. Every call
    of both APIs goes through one rate limiter (``requests_per_minute``, ``max_in_flight``) and
    is retried up to ``max_retries`` times when that is safe.

    Pass ``http_client`` to use your own ``httpx.AsyncClient`` (proxies, event hooks, HTTP/2...);
    it is then yours to close, and its timeout applies unless ``timeout`` is given (``None``: no
    timeout). ``transport`` replaces only the transport of the client made here.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        subdomain: str | None = None,
        access_token: str | None = None,
        base_url: str | None = None,
        webhooks_base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        requests_per_minute: float | None = DEFAULT_REQUESTS_PER_MINUTE,
        max_in_flight: int | None = DEFAULT_MAX_IN_FLIGHT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http2: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        configure_from_environment()
        self.credentials = Credentials.resolve(api_key, subdomain, access_token)
        self.base_url = base_url or os.environ.get("THINKIFIC_BASE_URL") or DEFAULT_BASE_URL
        self.webhooks_base_url: str | None = (
            webhooks_base_url
            or os.environ.get("THINKIFIC_WEBHOOKS_BASE_URL")
            or webhooks_root_for(self.base_url)
        )
        http_client, timeout = self._setup(
            requests_per_minute=requests_per_minute,
            max_in_flight=max_in_flight,
            timeout=timeout,
            http_client=http_client,
            transport=transport,
            http2=http2,
            clock=clock,
        )
        self._requester = Requester(
            http_client,
            base_url=self.base_url,
            auth_headers=self.credentials.headers(),
            limiter=self.limiter,
            retry=RetryPolicy(max_retries=max_retries),
            timeout=timeout,
            clock=clock,
        )
        self._webhooks_requester = (Requester if self.webhooks_base_url else _NoRootRequester)(
            http_client,
            base_url=self.webhooks_base_url or "",
            auth_headers={"Authorization": f"Bearer {self.credentials.bearer}"},
            limiter=self.limiter,
            retry=self._requester.retry,
            timeout=timeout,
            clock=clock,
        )
        self._bind()

    def _requesters(self) -> list[Requester]:
        return [self._requester, self._webhooks_requester]

    def _replace_requesters(self, requesters: Sequence[Requester]) -> None:
        self._requester, self._webhooks_requester = requesters

    def _bind(self) -> None:
        """Point the generated clients and the resources at this client's requesters."""
        # The generated functions only call ``.request(...)`` on their httpx client; the
        # requester provides it, so their calls get auth, rate limiting, retries and errors.
        requester: Any = self._requester
        self.generated = GeneratedClient(base_url=self.base_url).set_async_httpx_client(requester)
        webhooks_requester: Any = self._webhooks_requester
        self.generated_webhooks = GeneratedWebhooksClient(
            base_url=self.webhooks_base_url or ""
        ).set_async_httpx_client(webhooks_requester)
        thinkific.bind(self)
        thinkific_webhooks.bind(self)

    def __repr__(self) -> str:
        return f"Thinkific(base_url={self.base_url!r}, credentials={self.credentials!r})"


def webhooks_root_for(base_url: str) -> str | None:
    """The Webhooks API root beside an Admin API root: ``.../api/public/v1`` → ``.../api/v2`` (on
    any host, as on the mock or a proxy), Thinkific's own for any base URL on its host, else
    ``None``: a real host is never derived from a base URL that does not name it."""
    root = base_url.rstrip("/")
    if root.endswith(_ADMIN_PATH):
        return root[: -len(_ADMIN_PATH)] + _WEBHOOKS_PATH
    try:
        host = urlsplit(root).hostname
    except ValueError:  # "http://[::1": not a URL, so no root (its calls fail as they are sent)
        return None
    return DEFAULT_WEBHOOKS_BASE_URL if host == urlsplit(DEFAULT_BASE_URL).hostname else None


class _NoRootRequester(Requester):
    """The Webhooks API's requester when no root is known: every call fails before sending."""

    async def send(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(
            "no Webhooks API root: the base URL is not Thinkific's and not laid out as "
            ".../api/public/v1; give webhooks_base_url= or THINKIFIC_WEBHOOKS_BASE_URL"
        )
