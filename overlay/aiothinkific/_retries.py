"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

DEFAULT_MAX_RETRIES = 3

# Methods that may be sent twice without doing the work twice.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
# Errors raised before a single byte of the request was sent: safe to retry for any method.
NEVER_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Above this, a server timestamp is an epoch time; below it, a number of seconds to wait.
_EPOCH_THRESHOLD = 1_000_000_000


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter; a server-given wait (``Retry-After``, ``RateLimit-Reset``)
    replaces the computed one, unless it is longer than ``max_server_wait``."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_server_wait: float = 120.0
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {self.max_retries}")

    def retries_response(self, method: str, response: httpx.Response) -> bool:
        """429 is retried for every method: the limiter refused the request before it was
        processed. A 5xx may have done part of the work, so only idempotent methods repeat it."""
        if response.status_code == 429:
            return True
        return response.status_code in RETRYABLE_STATUSES and method in IDEMPOTENT_METHODS

    def retries_error(self, method: str, error: httpx.TransportError) -> bool:
        return isinstance(error, NEVER_SENT_ERRORS) or method in IDEMPOTENT_METHODS

    def backoff(self, retry: int) -> float:
        """Wait before retry number ``retry`` (1-based): doubling, capped, and jittered into its
        upper half so that clients that failed together do not come back together."""
        ceiling = min(self.max_delay, self.initial_delay * 2.0 ** (retry - 1))
        return ceiling * (0.5 + 0.5 * self.random())


def server_wait(headers: httpx.Headers, now_epoch: float) -> float | None:
    """Seconds the server asked us to wait, from ``Retry-After`` (seconds or an HTTP date) or
    ``RateLimit-Reset`` (epoch seconds at Thinkific; seconds to wait in the IETF draft)."""
    for name in ("Retry-After", "RateLimit-Reset"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            number = float(value)
        except ValueError:
            try:
                date = email.utils.parsedate_to_datetime(value)
            except (ValueError, TypeError):
                continue
            if date.tzinfo is None:
                continue
            return max(0.0, date.timestamp() - now_epoch)
        if not math.isfinite(number) or number < 0:
            continue
        return max(0.0, number - now_epoch) if number > _EPOCH_THRESHOLD else number
    return None
