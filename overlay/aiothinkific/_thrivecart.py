"""The ThriveCart client: credentials, mode, and the resources, on the same core as Thinkific's."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from thrivecart_client import Client as GeneratedClient

from aiothinkific._base_client import BaseClient
from aiothinkific._clock import SYSTEM_CLOCK, Clock
from aiothinkific._credentials import CredentialsError
from aiothinkific._exceptions import thrivecart_error_from_response
from aiothinkific._logging import configure_from_environment
from aiothinkific._ratelimit import DEFAULT_MAX_IN_FLIGHT
from aiothinkific._requester import Requester, TimeoutTypes
from aiothinkific._retries import DEFAULT_MAX_RETRIES, RetryPolicy
from aiothinkific._types import NOT_GIVEN, NotGiven
from aiothinkific.resources import thrivecart

DEFAULT_THRIVECART_BASE_URL = "https://thrivecart.com/api/external"
#: ThriveCart allows 60 requests a minute per connected account.
THRIVECART_REQUESTS_PER_MINUTE = 60
Mode = Literal["live", "test"]
MODES: tuple[Mode, ...] = ("live", "test")


@dataclass(frozen=True)
class ThriveCartCredentials:
    """A ThriveCart API key (your own account) or an OAuth access token (an app's user): both
    travel as a bearer token. Secrets never appear in its repr."""

    api_key: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.api_key and self.access_token:
            raise CredentialsError("give either api_key or access_token, not both")
        if not (self.api_key or self.access_token):
            raise CredentialsError(
                "missing ThriveCart credentials: give api_key or access_token, as arguments or "
                "THRIVECART_API_KEY / THRIVECART_ACCESS_TOKEN"
            )

    @classmethod
    def resolve(
        cls, api_key: str | None = None, access_token: str | None = None, environ: Any = os.environ
    ) -> ThriveCartCredentials:
        """Arguments first; the environment only when no credential argument was given."""
        if not (api_key or access_token):
            api_key = environ.get("THRIVECART_API_KEY") or None
            access_token = environ.get("THRIVECART_ACCESS_TOKEN") or None
        return cls(api_key=api_key, access_token=access_token)

    @property
    def kind(self) -> str:
        return "oauth" if self.access_token else "api_key"

    @property
    def bearer(self) -> str:
        """The bearer token: the access token or the API key."""
        token = self.access_token or self.api_key
        assert token  # checked in __post_init__
        return token

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.bearer}"}


def resolve_mode(mode: str | None, environ: Any = os.environ) -> Mode:
    """``mode``, else ``THRIVECART_MODE``, else live; a ``ValueError`` naming any other value."""
    chosen = mode or environ.get("THRIVECART_MODE") or "live"
    for known in MODES:
        if chosen == known:
            return known
    raise ValueError(f"mode: {chosen!r} is not one of 'live', 'test'")


class ThriveCart(BaseClient, thrivecart.ThriveCartResources):
    """Async client for the ThriveCart API::

        async with ThriveCart(api_key="...") as tc:
            account = await tc.account.ping()
            async for transaction in tc.transactions.search(transaction_type="charge"):
                ...

    Credentials come from the arguments or ``THRIVECART_API_KEY`` / ``THRIVECART_ACCESS_TOKEN``;
    ``THRIVECART_BASE_URL`` overrides the base URL. ``mode`` ("live" unless given or
    ``THRIVECART_MODE`` says) is sent as ``X-TC-Mode`` on every call; a method's ``mode=``
    argument overrides it for that call. Calls are paced to ThriveCart's 60 requests a minute
    and retried up to ``max_retries`` times when that is safe, as Thinkific's are (one core).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        mode: Mode | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        requests_per_minute: float | None = THRIVECART_REQUESTS_PER_MINUTE,
        max_in_flight: int | None = DEFAULT_MAX_IN_FLIGHT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http2: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        configure_from_environment()
        self.credentials = ThriveCartCredentials.resolve(api_key, access_token)
        self.mode: Mode = resolve_mode(mode)
        self.base_url = (
            base_url or os.environ.get("THRIVECART_BASE_URL") or DEFAULT_THRIVECART_BASE_URL
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
            default_headers={"X-TC-Mode": self.mode},
            limiter=self.limiter,
            retry=RetryPolicy(max_retries=max_retries),
            timeout=timeout,
            clock=clock,
            error_for=thrivecart_error_from_response,
        )
        self._bind()

    def _bind(self) -> None:
        """Point the generated client and the resources at this client's requester."""
        requester: Any = self._requester  # it offers the one method the generated code calls
        self.generated = GeneratedClient(base_url=self.base_url).set_async_httpx_client(requester)
        thrivecart.bind(self)

    def __repr__(self) -> str:
        return (
            f"ThriveCart(base_url={self.base_url!r}, mode={self.mode!r}, "
            f"credentials={self.credentials!r})"
        )
