"""Several engine processes on one queue: three ``aiothinkific engine serve`` processes on one
PostgreSQL database, each on its own port, the Thinkific mock in another process (failing 20%
of requests, dropping 10% of connections), 1,000 ThriveCart purchases (the mock's real form
bodies) posted round-robin over the three receivers, each sent again until it is answered 2xx
(by another receiver when one is down), and one of the three killed (SIGKILL) mid-burst, not
restarted. In the end: 1,000 enrollments, none doubled, none lost, every event done."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from aiothinkific.engine.store import LogQuery
from aiothinkific.engine.stores import open_store
from test_engine_faults import (
    EngineProcess,
    assert_each_buyer_enrolled_once,
    failing_site,
    send_until_accepted,
    thrivecart_bodies,
)

PURCHASES = 1000
KILL_AT = 400  # accepted deliveries when the second process is killed
GIVE_UP = 240.0


@pytest.fixture
def thinkific_site() -> Iterator[str]:
    """The Thinkific mock in its own process, failing as in the one-process fault test."""
    yield from failing_site(seed=11)


class PostgresEngine(EngineProcess):
    def __init__(self, tmp_path: Path, base_url: str, database: str) -> None:
        super().__init__(tmp_path, base_url)
        self.db = database  # type: ignore[assignment]  # a URL, passed on as --db


@pytest.fixture
def engines(tmp_path: Path, thinkific_site: str, postgres_db: str) -> Iterator[list[EngineProcess]]:
    started: list[EngineProcess] = []
    try:
        for _ in range(3):
            engine = PostgresEngine(tmp_path, thinkific_site, postgres_db)
            engine.start()
            started.append(engine)
        yield started
    finally:
        for engine in started:
            engine.stop()


async def test_1000_purchases_on_three_processes_one_killed_enroll_each_buyer_once(
    engines: list[EngineProcess],
    thinkific_site: str,
    postgres_db: str,
    record_property: Callable[[str, object], None],
) -> None:
    bodies = await thrivecart_bodies(PURCHASES)
    urls = [f"http://127.0.0.1:{engine.port}/thrivecart" for engine in engines]
    accepted = 0
    gate = asyncio.Semaphore(30)
    began = time.monotonic()

    async def deliver(number: int, body: bytes, content_type: str) -> None:
        nonlocal accepted
        async with gate:
            await send_until_accepted(http, urls, body, content_type, first=number, pause=0.05)
            accepted += 1
            if accepted == KILL_AT:
                engines[1].kill()  # mid-burst: its events stored, its actions in flight

    async with httpx.AsyncClient(timeout=10) as http:
        await asyncio.gather(*(deliver(n, body, kind) for n, (body, kind) in enumerate(bodies)))
    received = time.monotonic() - began
    store = open_store(postgres_db)
    try:
        deadline = time.monotonic() + GIVE_UP
        while store.has_open() and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        finished = time.monotonic() - began
        statuses = store.status_counts()
        logged = store.search(LogQuery(limit=10 * PURCHASES))
        outcomes = Counter(a.status for event in logged for a in store.actions(event.seq))
    finally:
        store.close()
    # In the JUnit report (from an xdist worker too: a test's properties travel in its report).
    record_property("received_seconds", round(received, 1))
    record_property("finished_seconds", round(finished, 1))
    print(f"\n{PURCHASES} purchases on 3 processes (one killed at {KILL_AT}): all received in "
          f"{received:.1f} s, all enrolled in {finished:.1f} s")  # fmt: skip
    assert engines[1].process is not None and engines[1].process.returncode == -9
    assert statuses == {"done": PURCHASES}, [(e.status, e.error) for e in logged
                                               if e.status != "done"]  # fmt: skip
    assert outcomes == {"done": PURCHASES}, outcomes

    await assert_each_buyer_enrolled_once(thinkific_site, PURCHASES)
