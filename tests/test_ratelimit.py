"""The rate limiter on a fake clock: even spacing, the in-flight cap, the shared pause, and its
settings checked up front."""

from __future__ import annotations

import asyncio
import itertools
import math

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific._ratelimit import RateLimiter
from fakes import FakeClock, make_client


async def acquire_times(limiter: RateLimiter, clock: FakeClock, count: int) -> list[float]:
    times = []
    for _ in range(count):
        async with limiter.slot():
            times.append(clock.monotonic())
    return times


async def test_sequential_requests_start_half_a_second_apart_at_120_per_minute() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=120, max_in_flight=10, clock=clock)
    assert await acquire_times(limiter, clock, 5) == pytest.approx([0.0, 0.5, 1.0, 1.5, 2.0])
    assert clock.sleeps == pytest.approx([0.5] * 4)


@pytest.mark.parametrize(("rpm", "interval"), [(60, 1.0), (600, 0.1), (30, 2.0)])
async def test_spacing_follows_requests_per_minute(rpm: float, interval: float) -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=rpm, clock=clock)
    times = await acquire_times(limiter, clock, 3)
    assert times == pytest.approx([0.0, interval, 2 * interval])


async def test_no_wait_when_the_caller_is_slower_than_the_budget() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=120, clock=clock)
    async with limiter.slot():
        pass
    clock.advance(0.3)
    async with limiter.slot():  # only the rest of the interval is waited
        pass
    assert clock.sleeps == pytest.approx([0.2])
    clock.advance(5.0)
    async with limiter.slot():  # a long idle time is not banked as a burst
        pass
    async with limiter.slot():
        pass
    assert clock.sleeps == pytest.approx([0.2, 0.5])


async def test_concurrent_requests_are_spaced_too() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=120, max_in_flight=10, clock=clock)
    started: list[float] = []

    async def one() -> None:
        async with limiter.slot():
            started.append(clock.monotonic())

    await asyncio.gather(*(one() for _ in range(6)))
    assert len(started) == 6
    started.sort()
    gaps = [b - a for a, b in itertools.pairwise(started)]
    assert all(gap >= 0.5 - 1e-9 for gap in gaps), started


async def test_no_pacing_when_requests_per_minute_is_none() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=None, max_in_flight=None, clock=clock)
    assert await acquire_times(limiter, clock, 20) == [0.0] * 20
    assert clock.sleeps == []


async def test_client_requests_are_paced() -> None:
    clock = FakeClock(start=0.0)
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.monotonic())
        return httpx.Response(200)

    async with make_client(handler, clock=clock, requests_per_minute=120) as tk:
        for _ in range(4):
            await tk.request("GET", "/users")
    assert sent == pytest.approx([0.0, 0.5, 1.0, 1.5])


async def test_client_default_is_120_per_minute_and_10_in_flight() -> None:
    tk = Thinkific(api_key="k", subdomain="s")
    assert tk.limiter.requests_per_minute == 120
    assert tk.limiter.max_in_flight == 10
    await tk.aclose()


async def run_holders(limiter: RateLimiter, count: int) -> tuple[int, list[int]]:
    """Start ``count`` tasks that each hold a slot until released one by one; return the most
    that ever held one at once, and how many held one at each step."""
    inside = 0
    most = 0
    release = asyncio.Semaphore(0)
    steps: list[int] = []

    async def hold() -> None:
        nonlocal inside, most
        async with limiter.slot():
            inside += 1
            most = max(most, inside)
            await release.acquire()
            inside -= 1

    tasks = [asyncio.create_task(hold()) for _ in range(count)]
    for _ in range(count):
        for _ in range(5):
            await asyncio.sleep(0)
        steps.append(inside)
        release.release()
    await asyncio.gather(*tasks)
    return most, steps


async def test_max_in_flight_caps_concurrent_slots() -> None:
    limiter = RateLimiter(requests_per_minute=None, max_in_flight=2, clock=FakeClock())
    most, steps = await run_holders(limiter, 6)
    assert most == 2
    assert steps[0] == 2  # the cap is reached, not just respected


async def test_no_cap_when_max_in_flight_is_none() -> None:
    limiter = RateLimiter(requests_per_minute=None, max_in_flight=None, clock=FakeClock())
    most, _ = await run_holders(limiter, 6)
    assert most == 6


async def test_client_max_in_flight_caps_concurrent_requests() -> None:
    inside = 0
    most = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inside, most
        inside += 1
        most = max(most, inside)
        for _ in range(5):
            await asyncio.sleep(0)
        inside -= 1
        return httpx.Response(200)

    async with make_client(handler, max_in_flight=2) as tk:
        await asyncio.gather(*(tk.request("GET", f"/users/{i}") for i in range(8)))
    assert most == 2


async def test_a_slot_is_released_when_the_request_fails() -> None:
    limiter = RateLimiter(requests_per_minute=None, max_in_flight=1, clock=FakeClock())
    with pytest.raises(RuntimeError):
        async with limiter.slot():
            raise RuntimeError("request failed")
    async with asyncio.timeout(1):  # would hang if the slot leaked
        async with limiter.slot():
            pass


async def test_pause_until_delays_the_next_request() -> None:
    clock = FakeClock(start=100.0)
    limiter = RateLimiter(requests_per_minute=None, clock=clock)
    limiter.pause_until(105.0)
    async with limiter.slot():
        assert clock.monotonic() == pytest.approx(105.0)
    assert clock.sleeps == pytest.approx([5.0])
    async with limiter.slot():  # the pause is over
        pass
    assert clock.sleeps == pytest.approx([5.0])


async def test_pause_until_delays_everyone_waiting() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=None, max_in_flight=None, clock=clock)
    limiter.pause_until(30.0)
    started: list[float] = []

    async def one() -> None:
        async with limiter.slot():
            started.append(clock.monotonic())

    await asyncio.gather(*(one() for _ in range(4)))
    assert len(started) == 4
    assert min(started) >= 30.0


async def test_an_earlier_pause_does_not_shorten_a_later_one() -> None:
    clock = FakeClock(start=0.0)
    limiter = RateLimiter(requests_per_minute=None, clock=clock)
    limiter.pause_until(10.0)
    limiter.pause_until(4.0)
    async with limiter.slot():
        assert clock.monotonic() == pytest.approx(10.0)


class PausingClock(FakeClock):
    """Pauses the limiter from inside the first sleep, as a 429 elsewhere would."""

    def __init__(self, limiter_pause: float) -> None:
        super().__init__(start=0.0)
        self.limiter: RateLimiter | None = None
        self.limiter_pause = limiter_pause

    async def sleep(self, seconds: float) -> None:
        if self.limiter is not None and not self.sleeps:
            self.limiter.pause_until(self.limiter_pause)
        await super().sleep(seconds)


async def test_a_pause_during_the_pacing_wait_is_honoured() -> None:
    clock = PausingClock(limiter_pause=20.0)
    limiter = RateLimiter(requests_per_minute=120, clock=clock)
    clock.limiter = limiter
    async with limiter.slot():
        pass
    async with limiter.slot():  # waits 0.5 for pacing, meanwhile a pause until 20 arrives
        assert clock.monotonic() == pytest.approx(20.0)
    assert clock.sleeps == pytest.approx([0.5, 19.5])


@pytest.mark.parametrize("rpm", [0, -1, -0.5, math.nan])
def test_invalid_requests_per_minute_is_rejected(rpm: float) -> None:
    with pytest.raises(ValueError, match="requests_per_minute"):
        RateLimiter(requests_per_minute=rpm)
    with pytest.raises(ValueError, match="requests_per_minute"):
        Thinkific(api_key="k", subdomain="s", requests_per_minute=rpm)


@pytest.mark.parametrize("cap", [0, -3])
def test_invalid_max_in_flight_is_rejected(cap: int) -> None:
    with pytest.raises(ValueError, match="max_in_flight"):
        RateLimiter(max_in_flight=cap)
    with pytest.raises(ValueError, match="max_in_flight"):
        Thinkific(api_key="k", subdomain="s", max_in_flight=cap)


def test_repr_names_the_settings() -> None:
    text = repr(RateLimiter(requests_per_minute=60, max_in_flight=3))
    assert "requests_per_minute=60" in text
    assert "max_in_flight=3" in text
