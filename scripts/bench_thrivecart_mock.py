"""Benchmark of the ThriveCart mock: a few operations of a seeded account, in the style of
``bench_mock.py`` (whose helpers it uses).

    .venv/bin/python scripts/bench_thrivecart_mock.py          # benchmarks/thrivecart_mock.*
    .venv/bin/python scripts/bench_thrivecart_mock.py --quick  # small, writes nothing

Each operation is measured in process (``httpx.ASGITransport``, no sockets) and over HTTP
(``aiothinkific mock serve --vendor thrivecart``, uvicorn in a subprocess), one request at a time
and with 10 concurrent clients: requests/second and p50/p99 latency. Every answer must be the
operation's success status.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bench_mock
import httpx
from aiothinkific.mock.thrivecart import ThriveCartSettings, create_thrivecart_app
from bench_mock import free_port, p50_p99, started

ROOT = Path(__file__).resolve().parents[1]
BASE = "/api/external"
AUTH = {"Authorization": "Bearer mock-thrivecart-key"}
KATERINE = "faux-customer-616855039-78@thrivecartfaux.com"
Send = Callable[[httpx.AsyncClient], Any]


@dataclass(frozen=True)
class Operation:
    label: str
    send: Send
    status: int


OPERATIONS = [
    Operation("GET /products", lambda c: c.get(BASE + "/products", headers=AUTH), 200),
    Operation(
        "GET /transactions?perPage=25",
        lambda c: c.get(BASE + "/transactions", params={"perPage": 25}, headers=AUTH),
        200,
    ),
    Operation(
        "POST /customer (form)",
        lambda c: c.post(BASE + "/customer", data={"email": KATERINE}, headers=AUTH),
        200,
    ),
    Operation(
        "POST /affiliate (JSON)",
        lambda c: c.post(
            BASE + "/affiliate", json={"affiliate_id": "alexis_fortier"}, headers=AUTH
        ),
        200,
    ),
    Operation(
        "POST /_mock/thrivecart/purchases",
        lambda c: c.post(
            "/_mock/thrivecart/purchases",
            json={"product_id": 4, "bump_id": 4, "email": "bench@example.com"},
            headers=AUTH,
        ),
        201,
    ),
]


@dataclass
class Result(bench_mock.Result):
    operation: str = ""


async def timed(
    client: httpx.AsyncClient, operation: Operation, requests: int, concurrency: int
) -> tuple[list[float], float]:
    latencies: list[float] = []

    async def worker(count: int) -> None:
        for _ in range(count):
            began = time.perf_counter()
            response = await operation.send(client)
            latencies.append(time.perf_counter() - began)
            if response.status_code != operation.status:
                raise RuntimeError(f"{operation.label}: {response.status_code} {response.text}")

    began = time.perf_counter()
    await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
    return latencies, time.perf_counter() - began


async def measure(
    client: httpx.AsyncClient, target: str, operation: Operation, requests: int, concurrency: int
) -> Result:
    await timed(client, operation, min(20, requests), 1)  # warm-up
    latencies, elapsed = await timed(client, operation, requests, concurrency)
    p50, p99 = p50_p99(latencies)
    return Result(target, concurrency, len(latencies), round(len(latencies) / elapsed, 1),
                  p50, p99, operation=operation.label)  # fmt: skip


async def run(requests: int) -> list[Result]:
    results = []
    app = create_thrivecart_app(ThriveCartSettings())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.thrivecart.test") as c:
        for operation in OPERATIONS:
            for concurrency in (1, 10):
                results.append(await measure(c, "in-process", operation, requests, concurrency))
    port = free_port()
    command = [sys.executable, "-m", "aiothinkific", "mock", "serve", "--vendor", "thrivecart",
               "--port", str(port)]  # fmt: skip
    async with started(command, BASE + "/openapi.json", port) as (origin, _pid):
        limits = httpx.Limits(max_connections=10)
        async with httpx.AsyncClient(base_url=origin, limits=limits) as client:
            for operation in OPERATIONS:
                for concurrency in (1, 10):
                    results.append(
                        await measure(client, "uvicorn", operation, requests, concurrency)
                    )
    return results


def markdown(results: list[Result], load: tuple[float, float, float]) -> str:
    lines = [
        "ThriveCart mock: a seeded account (the collection's records and 20 generated customers)",
        "",
        f"(load average {', '.join(f'{x:.2f}' for x in load)} before, on {os.cpu_count()} CPUs "
        "shared with other work)",
        "",
        "| operation | target | concurrency | requests | requests/s | p50 ms | p99 ms |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.operation} | {r.target} | {r.concurrency} | {r.requests} | "
        f"{r.requests_per_second} | {r.p50_ms} | {r.p99_ms} |"
        for r in results
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 requests each, write nothing")
    parser.add_argument("--requests", type=int, default=None)
    parser.add_argument("--output", type=Path, default=None, help="where the .json/.md go")
    args = parser.parse_args()
    requests = args.requests or (100 if args.quick else 500)
    output = args.output or (None if args.quick else ROOT / "benchmarks" / "thrivecart_mock")
    load = os.getloadavg()
    results = asyncio.run(run(requests))
    report = markdown(results, load)
    print(report)
    if output is not None:
        meta = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                "python": platform.python_version(), "cpus": os.cpu_count(),
                "load_average": load}  # fmt: skip
        body = {"meta": meta, "results": [asdict(r) for r in results]}
        output.with_suffix(".json").write_text(json.dumps(body, indent=2) + "\n")
        output.with_suffix(".md").write_text(report)


if __name__ == "__main__":
    main()
