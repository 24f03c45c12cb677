"""What a mock server instance is configured with; every knob is off or harmless by default."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DEFAULT_BASE_PATH = "/api/public/v1"
DEFAULT_WEBHOOKS_BASE_PATH = "/api/v2"
MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class MockSettings:
    """Settings of one mock Thinkific site.

    ``api_key`` + ``subdomain`` and ``access_token`` are the credentials accepted (``None``
    refuses that kind). ``database`` is ``":memory:"`` or a SQLite file kept between runs.
    ``seed`` decides the read-only catalogue (courses, products, orders...) and the first
    ``seed_users`` users; the same seed gives the same data. ``requests_per_minute`` and
    ``max_in_flight`` emulate Thinkific's rate limit (429). ``latency`` (seconds), ``error_rate``
    (500/503 answers) and ``drop_rate`` (connections dropped) inject faults, drawn from an RNG
    seeded with ``seed`` so a failing run can be replayed. ``clock`` gives epoch seconds.
    The Webhooks API is served under ``webhooks_base_path``; ``redeliver`` sends every webhook
    delivery twice, and ``webhook_transport`` (an ``httpx`` transport) replaces the network
    for deliveries (tests).
    """

    api_key: str | None = "mock-key"
    subdomain: str = "mock"
    access_token: str | None = "mock-token"
    database: str = ":memory:"
    seed: int = 0
    seed_users: int = 30
    base_path: str = DEFAULT_BASE_PATH
    requests_per_minute: int | None = None
    max_in_flight: int | None = None
    latency: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    max_body_bytes: int = MAX_BODY_BYTES
    webhooks_base_path: str = DEFAULT_WEBHOOKS_BASE_PATH
    redeliver: bool = False
    webhook_transport: Any = field(default=None, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate"):
            rate = getattr(self, name)
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {rate}")
        if self.error_rate + self.drop_rate > 1.0:
            raise ValueError("error_rate + drop_rate must not exceed 1")
        if self.latency < 0:
            raise ValueError(f"latency must be 0 or more, got {self.latency}")
        for name in ("requests_per_minute", "max_in_flight"):
            limit = getattr(self, name)
            if limit is not None and limit < 1:
                raise ValueError(f"{name} must be 1 or more (or None for no limit), got {limit}")
        if self.seed_users < 0:
            raise ValueError(f"seed_users must be 0 or more, got {self.seed_users}")
        if self.base_path and (not self.base_path.startswith("/") or self.base_path.endswith("/")):
            raise ValueError(f"base_path must start and not end with '/', got {self.base_path!r}")
