"""What a contract test run targets and how hard it looks, from the command line or environment.

``conftest.py`` resolves the options once (``pytest_configure``) and stores them here, because the
test modules need them while they are collected: the schemathesis schema, built at import, decides
the test items.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from aiothinkific import Credentials

from contract_tests.profiles import DEFAULT_PROFILE, PROFILES, Profile

MOCK_CREDENTIALS = Credentials(api_key="mock-key", subdomain="mock")
#: Thinkific allows 120 requests a minute; a real target is driven below that by default.
DEFAULT_RATE_LIMIT = "100/m"
MOCK_BASE_URL = "http://testserver/api/public/v1"


class SettingsError(ValueError):
    """Options that do not make a run (unknown profile, missing credentials...)."""


@dataclass(frozen=True)
class Target:
    """The server under test: the in-process mock (``base_url`` None) or a real base URL."""

    base_url: str | None
    credentials: Credentials
    allow_writes: bool = False
    rate_limit: str | None = None

    @property
    def is_mock(self) -> bool:
        return self.base_url is None

    @property
    def read_only(self) -> bool:
        """Only safe operations (GET) run against a real server unless writes are allowed."""
        return not self.is_mock and not self.allow_writes

    def describe(self) -> str:
        where = "in-process mock" if self.is_mock else self.base_url
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
) -> ContractSettings:
    """Options first, then ``THINKIFIC_CONTRACT_PROFILE`` / ``THINKIFIC_CONTRACT_BASE_URL``;
    credentials of a real target from ``THINKIFIC_API_KEY`` + ``THINKIFIC_SUBDOMAIN`` or
    ``THINKIFIC_ACCESS_TOKEN``, its request rate from ``THINKIFIC_CONTRACT_RATE_LIMIT``
    (schemathesis's ``<n>/<s|m|h>``, ``off`` for none; 100/m by default)."""
    name = profile or environ.get("THINKIFIC_CONTRACT_PROFILE") or DEFAULT_PROFILE
    if name not in PROFILES:
        raise SettingsError(f"unknown contract profile {name!r}; choose one of {sorted(PROFILES)}")
    url = base_url or environ.get("THINKIFIC_CONTRACT_BASE_URL") or None
    if url is None:
        return ContractSettings(PROFILES[name], Target(None, MOCK_CREDENTIALS, allow_writes=True))
    if not url.startswith(("http://", "https://")):
        raise SettingsError(f"--base-url must be an http(s) URL, got {url!r}")
    try:
        credentials = Credentials.resolve(environ=environ)
    except ValueError as error:
        raise SettingsError(f"a real target needs credentials: {error}") from None
    rate = environ.get("THINKIFIC_CONTRACT_RATE_LIMIT") or DEFAULT_RATE_LIMIT
    target = Target(url.rstrip("/"), credentials, allow_writes, None if rate == "off" else rate)
    return ContractSettings(PROFILES[name], target)


_current: ContractSettings | None = None


def configure(settings: ContractSettings) -> None:
    global _current
    _current = settings


def current() -> ContractSettings:
    """The run's settings (the defaults and environment when pytest has not configured any)."""
    return _current if _current is not None else resolve()
