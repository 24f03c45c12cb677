"""The engine as users run it, on real ports, under faults: ``aiothinkific engine serve`` in its
own process, the Thinkific mock in another (failing 20% of requests, dropping 10% of
connections), 500 purchases posted as ThriveCart posts them (its mock's real form bodies, each
sent again until it is answered 2xx), and the engine killed (SIGKILL) twice mid-run and
restarted. In the end: 500 enrollments, none doubled, none lost, every event done in the log."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from aiothinkific.engine.store import EngineStore, LogQuery
from aiothinkific.mock.thrivecart import purchase_notices

PURCHASES = 500
KILL_AT = (150, 350)
SECRET_WORD = "fault-secret"
COURSE = 1
RULES = """
rules:
  - name: course
    product: 4
    trigger: Product Purchased
    action: Create Course Enrollment
    course: 1
"""
GIVE_UP = 240.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "aiothinkific", *args]


def wait_for_line(process: subprocess.Popen[str], needle: str) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if needle in line:
            return line
        if not line and process.poll() is not None:
            raise RuntimeError(f"exited {process.returncode} before printing {needle!r}")
    raise RuntimeError(f"no {needle!r} in 60 s")


def failing_site(seed: int) -> Iterator[str]:
    """The Thinkific mock in its own process, failing 20% of requests and dropping 10% of
    connections (the fault draws follow ``seed``), until the test is done."""
    port = free_port()
    site = subprocess.Popen(
        command("mock", "serve", "--port", str(port), "--error-rate", "0.2",
                "--drop-rate", "0.1", "--seed", str(seed)),
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_for_line(site, "mock Thinkific API at")
        yield f"http://127.0.0.1:{port}/api/public/v1"
    finally:
        site.terminate()
        site.wait(timeout=20)


@pytest.fixture
def thinkific_site() -> Iterator[str]:
    yield from failing_site(seed=7)


async def thrivecart_bodies(count: int) -> list[tuple[bytes, str]]:
    """``count`` purchases of product 4 by new customers, as ThriveCart's mock posts them."""
    purchases = ({"product_id": 4, "email": f"buyer{n}@example.com", "name": "B Uyer"}
                 for n in range(count))  # fmt: skip
    bodies = await purchase_notices(purchases, secret_word=SECRET_WORD)
    assert len(bodies) == count
    return bodies


async def assert_each_buyer_enrolled_once(site: str, count: int) -> None:
    """Thinkific's own state: ``count`` buyers, each one user with one activated enrollment
    in the course (none lost, none doubled)."""
    from aiothinkific import Thinkific

    async with Thinkific(api_key="mock-key", subdomain="mock", base_url=site,
                         max_retries=10) as tk:  # fmt: skip
        enrollments = [e async for e in tk.enrollments.list(course_id=COURSE, page_size=250)]
        users = [u async for u in tk.users.list(page_size=250)]
    buyers = Counter(e.user_email for e in enrollments if e.user_email.startswith("buyer"))
    assert len(buyers) == count  # none lost
    assert set(buyers.values()) == {1}  # none doubled
    accounts = Counter(u.email for u in users if u.email.startswith("buyer"))
    assert len(accounts) == count and set(accounts.values()) == {1}
    assert all(e.activated_at is not None for e in enrollments if e.user_email in buyers)


class EngineProcess:
    def __init__(self, tmp_path: Path, base_url: str) -> None:
        self.port = free_port()
        self.rules = tmp_path / "rules.yaml"
        self.rules.write_text(RULES)
        self.db = tmp_path / "engine.sqlite"
        self.env = {
            **os.environ,
            "THINKIFIC_API_KEY": "mock-key",
            "THINKIFIC_SUBDOMAIN": "mock",
            "ENGINE_THRIVECART_SECRET": SECRET_WORD,
        }
        self.base_url = base_url
        self.process: subprocess.Popen[str] | None = None
        self.starts = 0

    def start(self) -> None:
        self.process = subprocess.Popen(
            command("engine", "serve", "--rules", str(self.rules), "--db", str(self.db),
                    "--port", str(self.port), "--base-url", self.base_url,
                    "--requests-per-minute", "60000", "--retry-delay", "0.1",
                    # 30% of requests fail here: 8 attempts would park about 1 event in 10 runs
                    "--max-attempts", "30"),
            stdout=subprocess.PIPE, text=True, env=self.env,
        )  # fmt: skip
        wait_for_line(self.process, "engine receiving at")
        self.starts += 1

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


async def send_until_accepted(
    http: httpx.AsyncClient,
    urls: list[str],
    body: bytes,
    content_type: str,
    *,
    first: int = 0,
    pause: float = 0.2,
) -> None:
    """As a cart does: again and again until the answer is 2xx, each attempt to the next of
    ``urls`` (from the ``first``): a receiver that fails hands the delivery to the next one."""
    attempt = first
    while True:
        url = urls[attempt % len(urls)]
        try:
            answer = await http.post(url, content=body, headers={"content-type": content_type})
            if answer.is_success:
                return
        except httpx.TransportError:
            pass
        attempt += 1
        await asyncio.sleep(pause)


async def test_500_purchases_under_faults_and_two_kills_enroll_each_buyer_once(
    tmp_path: Path, thinkific_site: str
) -> None:
    bodies = await thrivecart_bodies(PURCHASES)
    engine = EngineProcess(tmp_path, thinkific_site)
    engine.start()
    url = f"http://127.0.0.1:{engine.port}/thrivecart"
    accepted = 0
    gate = asyncio.Semaphore(20)

    async def deliver(body: bytes, content_type: str) -> None:
        nonlocal accepted
        async with gate:
            await send_until_accepted(http, [url], body, content_type)
            accepted += 1
            if accepted in KILL_AT:
                engine.kill()  # mid-burst: events stored, actions in flight
                engine.start()

    try:
        async with httpx.AsyncClient(timeout=10) as http:
            await asyncio.gather(*(deliver(body, kind) for body, kind in bodies))
        deadline = time.monotonic() + GIVE_UP
        store = EngineStore(str(engine.db))
        try:
            while store.has_open() and time.monotonic() < deadline:
                await asyncio.sleep(0.5)
            statuses = store.status_counts()
            logged = store.search(LogQuery(limit=10 * PURCHASES))
            outcomes = Counter(a.status for event in logged for a in store.actions(event.seq))
        finally:
            store.close()
    finally:
        engine.stop()
    assert engine.starts == 3
    assert statuses == {"done": PURCHASES}, statuses
    assert outcomes == {"done": PURCHASES}, outcomes

    await assert_each_buyer_enrolled_once(thinkific_site, PURCHASES)
