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

from aiothinkific import Credentials, ThriveCartCredentials
from aiothinkific._client import webhooks_root_for
from aiothinkific.contract.profiles import DEFAULT_PROFILE, PROFILES, Profile

MOCK_CREDENTIALS = Credentials(api_key="mock-key", subdomain="mock")
MOCK_THRIVECART_CREDENTIALS = ThriveCartCredentials(api_key="mock-thrivecart-key")
#: Thinkific allows 120 requests a minute; a real target is driven below that by default.
DEFAULT_RATE_LIMIT = "100/m"
#: ThriveCart allows 60 requests a minute per account.
DEFAULT_THRIVECART_RATE_LIMIT = "50/m"
MOCK_BASE_URL = "http://testserver/api/public/v1"


class SettingsError(ValueError):
    """Options that do not make a run (unknown profile, missing credentials...)."""


@dataclass(frozen=True)
class Target:
    """The server under test: the in-process mock (``base_url`` None) or a real base URL, with
    the root of its Webhooks API (``webhooks_base_url``)."""

    base_url: str | None
    credentials: Credentials | ThriveCartCredentials
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
        roots = [self.base_url, self.webhooks_base_url] if not self.is_mock else []
        where = ", ".join(r for r in roots if r) or "in-process mock"
        return f"{where} ({'read-only' if self.read_only else 'reads and writes'})"

    @property
    def thinkific_credentials(self) -> Credentials:
        assert isinstance(self.credentials, Credentials), "a Thinkific target"
        return self.credentials


MOCK_THRIVECART = Target(None, MOCK_THRIVECART_CREDENTIALS, allow_writes=True)


@dataclass(frozen=True)
class ContractSettings:
    """The example budget, Thinkific's target (both its APIs) and ThriveCart's."""

    profile: Profile
    target: Target
    thrivecart: Target = MOCK_THRIVECART


def resolve(
    profile: str | None = None,
    base_url: str | None = None,
    allow_writes: bool = False,
    environ: Mapping[str, str] = os.environ,
    webhooks_base_url: str | None = None,
    thrivecart_base_url: str | None = None,
) -> ContractSettings:
    """Options first, then ``THINKIFIC_CONTRACT_PROFILE`` / ``THINKIFIC_CONTRACT_BASE_URL`` /
    ``THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL`` / ``THRIVECART_CONTRACT_BASE_URL``. Each vendor's
    target is its in-process mock unless a base URL is given. Credentials of a real Thinkific
    target from ``THINKIFIC_API_KEY`` + ``THINKIFIC_SUBDOMAIN`` or ``THINKIFIC_ACCESS_TOKEN``, its
    request rate from ``THINKIFIC_CONTRACT_RATE_LIMIT`` (schemathesis's ``<n>/<s|m|h>``, ``off``
    for none; 100/m by default); of a real ThriveCart target from ``THRIVECART_API_KEY`` or
    ``THRIVECART_ACCESS_TOKEN``, at ``THRIVECART_CONTRACT_RATE_LIMIT`` (50/m by default). The
    Webhooks API's root is, unless given, the one the client uses beside the base URL
    (``.../api/public/v1`` -> ``.../api/v2``)."""
    name = profile or environ.get("THINKIFIC_CONTRACT_PROFILE") or DEFAULT_PROFILE
    if name not in PROFILES:
        raise SettingsError(f"unknown contract profile {name!r}; choose one of {sorted(PROFILES)}")
    chosen = PROFILES[name]
    thrivecart = thrivecart_target(
        thrivecart_base_url or environ.get("THRIVECART_CONTRACT_BASE_URL") or None,
        allow_writes,
        environ,
    )
    url = base_url or environ.get("THINKIFIC_CONTRACT_BASE_URL") or None
    webhooks_url = webhooks_base_url or environ.get("THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL") or None
    if url is None:
        if webhooks_url is not None:
            raise SettingsError("--webhooks-base-url needs --base-url (the mock serves both)")
        mock = Target(None, MOCK_CREDENTIALS, allow_writes=True)
        return ContractSettings(chosen, mock, thrivecart)
    checked_url(url, "--base-url")
    webhooks_url = checked_url(webhooks_url or webhooks_root_beside(url), "--webhooks-base-url")
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
    return ContractSettings(chosen, target, thrivecart)


def thrivecart_target(url: str | None, allow_writes: bool, environ: Mapping[str, str]) -> Target:
    """ThriveCart's target: its mock, or ``url`` with the environment's credentials."""
    if url is None:
        return MOCK_THRIVECART
    checked_url(url, "--thrivecart-base-url")
    try:
        credentials = ThriveCartCredentials.resolve(environ=environ)
    except ValueError as error:
        raise SettingsError(f"a real ThriveCart target needs credentials: {error}") from None
    rate = environ.get("THRIVECART_CONTRACT_RATE_LIMIT") or DEFAULT_THRIVECART_RATE_LIMIT
    return Target(url.rstrip("/"), credentials, allow_writes, None if rate == "off" else rate)


def checked_url(url: str, option: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise SettingsError(f"{option} must be an http(s) URL, got {url!r}")
    return url


def webhooks_root_beside(base_url: str) -> str:
    """The Webhooks API root the client derives from ``base_url`` on the same host; the
    harness tests only the server it was pointed at, so it asks for ``--webhooks-base-url``
    when there is none."""
    root = webhooks_root_for(base_url) or ""
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
