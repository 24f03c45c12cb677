"""Credentials: API key + subdomain (private apps) or an OAuth access token (public apps)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field


class CredentialsError(ValueError):
    """Missing or conflicting credentials, raised before any request is sent."""


@dataclass(frozen=True)
class Credentials:
    """How requests authenticate. Secrets never appear in its repr."""

    api_key: str | None = field(default=None, repr=False)
    subdomain: str | None = None
    access_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.access_token and (self.api_key or self.subdomain):
            raise CredentialsError(
                "give either access_token (OAuth) or api_key + subdomain (private app), not both"
            )
        if self.access_token:
            return
        if not self.api_key or not self.subdomain:
            missing = [name for name in ("api_key", "subdomain") if not getattr(self, name)]
            raise CredentialsError(
                f"missing {' and '.join(missing)}: give api_key + subdomain (private app) or "
                "access_token (OAuth), as arguments or THINKIFIC_API_KEY / THINKIFIC_SUBDOMAIN / "
                "THINKIFIC_ACCESS_TOKEN"
            )

    @classmethod
    def resolve(
        cls,
        api_key: str | None = None,
        subdomain: str | None = None,
        access_token: str | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> Credentials:
        """Arguments first; the environment only when no credential argument was given."""
        if not (api_key or subdomain or access_token):
            api_key = environ.get("THINKIFIC_API_KEY") or None
            subdomain = environ.get("THINKIFIC_SUBDOMAIN") or None
            access_token = environ.get("THINKIFIC_ACCESS_TOKEN") or None
        return cls(api_key=api_key, subdomain=subdomain, access_token=access_token)

    @property
    def kind(self) -> str:
        return "oauth" if self.access_token else "api_key"

    @property
    def bearer(self) -> str:
        """The Webhooks API's bearer token: the access token, or a private app's API key."""
        token = self.access_token or self.api_key
        assert token  # checked in __post_init__
        return token

    def headers(self) -> dict[str, str]:
        """The authentication headers Thinkific expects."""
        if self.access_token:
            return {"Authorization": f"Bearer {self.access_token}"}
        assert self.api_key and self.subdomain  # checked in __post_init__
        return {"X-Auth-API-Key": self.api_key, "X-Auth-Subdomain": self.subdomain}
