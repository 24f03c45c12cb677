"""Benchmark of the enrollment engine against a Thinkific mock that enforces a rate limit.

    .venv/bin/python scripts/bench_engine.py           # full run (~2 min): benchmarks/engine.*
    .venv/bin/python scripts/bench_engine.py --quick   # small and fast; writes nothing unless
                                                       # --output DIR is given

1,000 ThriveCart purchase events (its mock's real form bodies) are posted to the engine's
receiver while its worker runs: first 500 new customers buying product 4 (a course: create the
user, enroll), then the same 500 buying product 373 (a bundle: the user is known). The
Thinkific mock allows ``--limit`` requests a minute (sliding window, 429 beyond it) and the
engine's client is set to the same budget. Reported, as ratios against targets:

- the share of the limit used while the engine has work (requests sent / what the limit
  allows from a phase's first Thinkific request to its last; the pause while the next phase's
  events are posted is left out): at least 95%;
- 429 answers after the first: none;
- Thinkific requests per purchase: at most 2.0 for new customers, 1.1 for returning ones;
- memory (tracemalloc, Python's own allocations, after a garbage collection) kept per event
  from the first quarter of the events to the last: flat, at most 100 bytes an event (a stored
  event is about 2 KiB: the store is on disk and the worker keeps nothing per event).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from aiothinkific.engine import Engine, Secrets
from aiothinkific.engine.rules import loads_rules
from aiothinkific.mock import MockSettings, create_app, mock_client
from aiothinkific.mock.thrivecart import purchase_notices
from starlette.types import ASGIApp, Receive, Scope, Send

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "benchmarks"
SECRET_WORD = "bench-secret"
RULES = """
rules:
  - {name: course, product: 4, trigger: Product Purchased,
     action: Create Course Enrollment, course: Python for Beginners}
  - {name: bundle, product: 373, trigger: Product Purchased,
     action: Create Bundle Enrollment, bundle: Programming Bundle}
"""
TARGETS = {
    "limit_used": 0.95,
    "requests_per_new_purchase": 2.0,
    "requests_per_returning_purchase": 1.1,
    "memory_bytes_per_event": 100,
}


class Observed:
    """ASGI wrapper: every request that reached the mock, with its time and status."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.times: list[float] = []
        self.statuses: Counter[int] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.times.append(time.monotonic())

        async def watched(message: Any) -> None:
            if message["type"] == "http.response.start":
                self.statuses[message["status"]] += 1
            await send(message)

        await self.app(scope, receive, watched)


async def purchase_bodies(customers: int) -> tuple[list[bytes], list[bytes]]:
    """The ThriveCart mock's webhook bodies for ``customers`` new buyers of product 4, then
    for the same buyers of product 373."""
    purchases = [{"product_id": product, "email": f"student{number}@example.com"}
                 for product in (4, 373) for number in range(customers)]  # fmt: skip
    bodies = [body for body, _ in await purchase_notices(purchases, secret_word=SECRET_WORD)]
    return bodies[:customers], bodies[customers:]


@dataclass
class Phase:
    name: str
    purchases: int
    requests: int = 0
    seconds: float = 0.0
    #: From the phase's first Thinkific request to its last: while the engine has work.
    busy: float = 0.0
    memory: list[int] = field(default_factory=list)


def traced_memory() -> int:
    """Bytes Python holds now, garbage collected first (what is kept, not what is churned)."""
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def run_phase(
    phase: Phase, bodies: list[bytes], engine: Engine, site: Observed, receiver: httpx.AsyncClient
) -> None:
    before = len(site.times)
    started = time.monotonic()
    for body in bodies:
        answer = await receiver.post(
            "/thrivecart",
            content=body,
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert answer.status_code == 202, answer.text
    halfway = engine.store.status_counts().get("done", 0) + len(bodies) // 2
    while engine.store.has_open():
        await asyncio.sleep(0.05)
        if not phase.memory and engine.store.status_counts().get("done", 0) >= halfway:
            phase.memory.append(traced_memory())
    phase.memory.append(traced_memory())  # memory after each quarter
    phase.seconds = time.monotonic() - started
    phase.requests = len(site.times) - before
    phase.busy = site.times[-1] - site.times[before]


async def bench(customers: int, limit: int) -> dict[str, Any]:
    new_bodies, returning_bodies = await purchase_bodies(customers)
    settings = MockSettings(requests_per_minute=limit)
    site = Observed(create_app(settings))
    tracemalloc.start()
    with tempfile.TemporaryDirectory() as folder:
        async with mock_client(settings, app=site, requests_per_minute=limit) as tk:
            engine = await Engine.open(
                loads_rules(RULES), tk, database=str(Path(folder) / "engine.sqlite"),
                secrets=Secrets(thrivecart=SECRET_WORD),
            )  # fmt: skip
            site.times.clear()
            site.statuses.clear()
            stop = asyncio.Event()
            worker = asyncio.create_task(engine.worker.run(stop))
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=engine.app()), base_url="http://engine.test"
            ) as receiver:
                new = Phase("new customers", customers)
                await run_phase(new, new_bodies, engine, site, receiver)
                returning = Phase("returning customers", customers)
                await run_phase(returning, returning_bodies, engine, site, receiver)
            stop.set()
            await worker
            statuses = engine.store.status_counts()
            engine.close()
    tracemalloc.stop()
    # What the limit allows while the engine has work (each phase's first request opens it).
    allowed = sum(phase.busy * limit / 60.0 + 1 for phase in (new, returning))
    memory = new.memory + returning.memory
    figures = {
        "limit_per_minute": limit,
        "events": 2 * customers,
        "events_done": statuses.get("done", 0),
        "thinkific_requests": len(site.times),
        "busy_seconds": round(new.busy + returning.busy, 1),
        "limit_used": round(len(site.times) / allowed, 3),
        "answers_429": site.statuses.get(429, 0),
        "answers_429_after_first": max(0, site.statuses.get(429, 0) - 1),
        "requests_per_new_purchase": round(new.requests / customers, 3),
        "requests_per_returning_purchase": round(returning.requests / customers, 3),
        "memory_kib_by_quarter": [round(m / 1024) for m in memory],
        "memory_growth": round(memory[-1] / memory[0], 3),
        # Bytes kept per event from the first quarter to the last (a stored event is ~2 KiB).
        "memory_bytes_per_event": round((memory[-1] - memory[0]) / (1.5 * customers)),
    }
    met = {
        "limit_used": figures["limit_used"] >= TARGETS["limit_used"],
        "no_429_after_first": figures["answers_429_after_first"] == 0,
        "requests_per_new_purchase": figures["requests_per_new_purchase"]
        <= TARGETS["requests_per_new_purchase"],
        "requests_per_returning_purchase": figures["requests_per_returning_purchase"]
        <= TARGETS["requests_per_returning_purchase"],
        "memory_flat": figures["memory_bytes_per_event"] <= TARGETS["memory_bytes_per_event"],
        "every_event_done": figures["events_done"] == 2 * customers,
    }
    return {"figures": figures, "met": met}


def markdown(result: dict[str, Any]) -> str:
    f, met = result["figures"], result["met"]
    load = result["load_average"]

    def mark(name: str) -> str:
        return "met" if met[name] else "NOT met"

    rows = [
        ("share of the rate limit used", f"{f['limit_used']:.1%}", ">= 95%", mark("limit_used")),
        ("429 answers after the first", str(f["answers_429_after_first"]), "0",
         mark("no_429_after_first")),
        ("Thinkific requests per purchase, new customers",
         f"{f['requests_per_new_purchase']:.2f}", "<= 2.0", mark("requests_per_new_purchase")),
        ("Thinkific requests per purchase, returning customers",
         f"{f['requests_per_returning_purchase']:.2f}", "<= 1.1",
         mark("requests_per_returning_purchase")),
        ("memory kept per event, first quarter to last",
         f"{f['memory_bytes_per_event']} B ({f['memory_growth']:.2f}x)", "<= 100 B",
         mark("memory_flat")),
        ("events done", f"{f['events_done']} of {f['events']}", "all", mark("every_event_done")),
    ]  # fmt: skip
    lines = [
        f"Enrollment engine: {f['events']} ThriveCart purchase events against a Thinkific mock "
        f"allowing {f['limit_per_minute']} requests/minute",
        "",
        f"(load average {load} before, on {result['cpu_count']} CPUs; {f['thinkific_requests']} "
        f"Thinkific requests in {f['busy_seconds']} s of work; memory by quarter, KiB: "
        f"{', '.join(map(str, f['memory_kib_by_quarter']))})",
        "",
        "| measure | result | target | |",
        "|---|---:|---:|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="40 events at 6,000/min")
    parser.add_argument("--output", type=Path, help="folder for engine.json and engine.md")
    parser.add_argument("--limit", type=int, default=1200, help="requests a minute allowed")
    args = parser.parse_args()
    customers, limit = (20, 6000) if args.quick else (500, args.limit)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    result = asyncio.run(bench(customers, limit))
    result.update(
        quick=args.quick,
        date=datetime.now(UTC).isoformat(timespec="seconds"),
        python=platform.python_version(),
        cpu_count=os.cpu_count() or 1,
        load_average=load,
        all_met=all(result["met"].values()),
    )
    output = args.output or (None if args.quick else DEFAULT_OUTPUT)
    text = markdown(result)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        (output / "engine.json").write_text(json.dumps(result, indent=2) + "\n")
        (output / "engine.md").write_text(text)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
