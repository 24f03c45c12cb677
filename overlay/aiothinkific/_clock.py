"""Time, behind one small interface, so retry and rate-limit timing can be tested with a fake
clock."""

from __future__ import annotations

import asyncio
import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for spacing and deadlines)."""

    def time(self) -> float:
        """Epoch seconds (for ``RateLimit-Reset``, which the API sends as an epoch time)."""

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


SYSTEM_CLOCK = SystemClock()
