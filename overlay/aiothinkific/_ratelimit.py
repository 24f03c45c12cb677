"""Client-side rate limiting: requests evenly spaced under a per-minute budget, a cap on those in
flight, and a shared pause when the server says "429, come back at ...".

Thinkific allows 120 requests per minute and 10 in flight per API key (more on Plus plans).
Spacing requests evenly, rather than bursting and then waiting, is what the API asks of clients,
and keeps a sliding-window limiter on the server from ever seeing more than the budget.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiothinkific._clock import SYSTEM_CLOCK, Clock

DEFAULT_REQUESTS_PER_MINUTE = 120
DEFAULT_MAX_IN_FLIGHT = 10


class RateLimiter:
    """Shared by every call of one client (and of clients derived with ``with_options``).

    ``requests_per_minute=None`` turns pacing off; ``max_in_flight=None`` removes the cap.
    """

    def __init__(
        self,
        requests_per_minute: float | None = DEFAULT_REQUESTS_PER_MINUTE,
        max_in_flight: int | None = DEFAULT_MAX_IN_FLIGHT,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        # "not > 0" also rejects NaN, which would otherwise make the second request wait forever.
        if requests_per_minute is not None and not requests_per_minute > 0:
            raise ValueError(f"requests_per_minute must be positive, got {requests_per_minute}")
        if max_in_flight is not None and max_in_flight < 1:
            raise ValueError(f"max_in_flight must be at least 1, got {max_in_flight}")
        self.requests_per_minute = requests_per_minute
        self.max_in_flight = max_in_flight
        self._interval = 60.0 / requests_per_minute if requests_per_minute else 0.0
        self._clock = clock
        self._semaphore = asyncio.Semaphore(max_in_flight) if max_in_flight else None
        self._next_start = -math.inf
        self._paused_until = -math.inf

    def __repr__(self) -> str:
        return (
            f"RateLimiter(requests_per_minute={self.requests_per_minute}, "
            f"max_in_flight={self.max_in_flight})"
        )

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one in-flight place for the body of the ``async with``, started on schedule."""
        if self._semaphore is None:
            await self._wait_for_turn()
            yield
            return
        async with self._semaphore:
            await self._wait_for_turn()
            yield

    def pause_until(self, monotonic_deadline: float) -> None:
        """Hold back every request of this limiter until the deadline (after a 429)."""
        self._paused_until = max(self._paused_until, monotonic_deadline)

    async def _wait_for_turn(self) -> None:
        # Re-check after every sleep: a 429 elsewhere may have paused everyone meanwhile.
        while True:
            now = self._clock.monotonic()
            start = max(self._next_start, self._paused_until)
            if start <= now:
                self._next_start = now + self._interval
                return
            await self._clock.sleep(start - now)
