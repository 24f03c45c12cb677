"""What a contract test run targets and how hard it looks, from the command line or environment.

``conftest.py`` resolves the options once (``pytest_configure``) and stores them here, because the
test modules need them while they are collected: the schemathesis schema, built at import, decides
the test items.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiothinkific import Credentials
from aiothinkific._client import webhooks_root_beside as client_webhooks_root

from contract_tests.profiles import DEFAULT_PROFILE, PROFILES, Profile

MOCK_CREDENTIALS = Credentials(api_key="mock-key", subdomain="mock")
#: Thinkific allows 120 requests a minute; a real target is driven below that by default.
DEFAULT_RATE_LIMIT = "100/m"
MOCK_BASE_URL = "http://testserver/api/public/v1"


class SettingsError(ValueError):
    """Options that do not make a run (unknown profile, missing credentials...)."""


@dataclass(frozen=True)
class Target:
    """The server under test: the in-process mock (``base_url`` None) or a real base URL, with
    the root of its Webhooks API (``webhooks_base_url``)."""

    base_url: str | None
    credentials: Credentials
    allow_writes: bool = False
    rate_limit: str | None = None
    webhooks_base_url: str | None = None

    @property
    def is_mock(self) -> bool:
        return self.base_url is None

    @property
    def read_only(self) -> bool:
        """Only safe operations (GET) run against a real server unless writes are allowed."""
        return not self.is_mock and not self.allow_writes

    def describe(self) -> str:
        where = "in-process mock" if self.is_mock else f"{self.base_url}, {self.webhooks_base_url}"
        return f"{where} ({'read-only' if self.read_only else 'reads and writes'})"


@dataclass(frozen=True)
class ContractSettings:
    profile: Profile
    target: Target


def resolve(
    profile: str | None = None,
    base_url: str | None = None,
    allow_writes: bool = False,
    environ: Mapping[str, str] = os.environ,
    webhooks_base_url: str | None = None,
) -> ContractSettings:
    """Options first, then ``THINKIFIC_CONTRACT_PROFILE`` / ``THINKIFIC_CONTRACT_BASE_URL`` /
    ``THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL``; credentials of a real target from
    ``THINKIFIC_API_KEY`` + ``THINKIFIC_SUBDOMAIN`` or ``THINKIFIC_ACCESS_TOKEN``, its request rate
    from ``THINKIFIC_CONTRACT_RATE_LIMIT`` (schemathesis's ``<n>/<s|m|h>``, ``off`` for none;
    100/m by default). The Webhooks API's root is, unless given, the one the client uses beside
    the base URL (``.../api/public/v1`` -> ``.../api/v2``)."""
    name = profile or environ.get("THINKIFIC_CONTRACT_PROFILE") or DEFAULT_PROFILE
    if name not in PROFILES:
        raise SettingsError(f"unknown contract profile {name!r}; choose one of {sorted(PROFILES)}")
    url = base_url or environ.get("THINKIFIC_CONTRACT_BASE_URL") or None
    webhooks_url = webhooks_base_url or environ.get("THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL") or None
    if url is None:
        if webhooks_url is not None:
            raise SettingsError("--webhooks-base-url needs --base-url (the mock serves both)")
        return ContractSettings(PROFILES[name], Target(None, MOCK_CREDENTIALS, allow_writes=True))
    if not url.startswith(("http://", "https://")):
        raise SettingsError(f"--base-url must be an http(s) URL, got {url!r}")
    webhooks_url = webhooks_url or webhooks_root_beside(url)
    if not webhooks_url.startswith(("http://", "https://")):
        raise SettingsError(f"--webhooks-base-url must be an http(s) URL, got {webhooks_url!r}")
    try:
        credentials = Credentials.resolve(environ=environ)
    except ValueError as error:
        raise SettingsError(f"a real target needs credentials: {error}") from None
    rate = environ.get("THINKIFIC_CONTRACT_RATE_LIMIT") or DEFAULT_RATE_LIMIT
    target = Target(
        url.rstrip("/"),
        credentials,
        allow_writes,
        None if rate == "off" else rate,
        webhooks_url.rstrip("/"),
    )
    return ContractSettings(PROFILES[name], target)


def webhooks_root_beside(base_url: str) -> str:
    """The Webhooks API root the client derives from ``base_url``. The client falls back to
    Thinkific's own root for a base URL not laid out as Thinkific's; the harness tests only the
    server it was pointed at, so it asks for ``--webhooks-base-url`` then."""
    root = client_webhooks_root(base_url)
    if urlsplit(root).netloc != urlsplit(base_url).netloc:
        raise SettingsError(
            f"no Webhooks API root beside {base_url!r} (not .../api/public/v1): "
            "pass --webhooks-base-url (or THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL)"
        )
    return root


_current: ContractSettings | None = None


def configure(settings: ContractSettings) -> None:
    global _current
    _current = settings


def current() -> ContractSettings:
    """The run's settings (the defaults and environment when pytest has not configured any)."""
    return _current if _current is not None else resolve()
