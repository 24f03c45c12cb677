"""Benchmark of the mock server: ``GET /users?page=1&limit=25`` on a 10,000-user site.

    .venv/bin/python scripts/bench_mock.py            # full run: benchmarks/mock.{json,md}
    .venv/bin/python scripts/bench_mock.py --quick    # small, writes nothing unless --output

Measured in-process (``httpx.ASGITransport``, no sockets) and over HTTP (``aiothinkific mock
serve``, uvicorn in a subprocess), one request at a time and with 10 concurrent clients; each
reports requests/second and p50/p99 latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from aiothinkific.mock import MockSettings, create_app

ROOT = Path(__file__).resolve().parents[1]
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}
PATH = "/api/public/v1/users?page=1&limit=25"


@dataclass
class Result:
    target: str
    concurrency: int
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float


async def measure(
    client: httpx.AsyncClient, target: str, requests: int, concurrency: int
) -> Result:
    """``requests`` GETs split over ``concurrency`` workers; every answer must be a full page."""
    latencies: list[float] = []

    async def worker(count: int) -> None:
        for _ in range(count):
            started = time.perf_counter()
            response = await client.get(PATH, headers=AUTH)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200 or len(response.json()["items"]) != 25:
                raise RuntimeError(
                    f"unexpected answer: {response.status_code} {response.text[:200]}"
                )

    await worker(min(50, requests))  # warm-up: connections, validators, SQLite page cache
    latencies.clear()
    started = time.perf_counter()
    await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return Result(
        target=target,
        concurrency=concurrency,
        requests=len(ordered),
        requests_per_second=round(len(ordered) / elapsed, 1),
        p50_ms=round(statistics.median(ordered) * 1000, 2),
        p99_ms=round(ordered[int(len(ordered) * 0.99) - 1] * 1000, 2),
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@asynccontextmanager
async def served(users: int) -> AsyncIterator[str]:
    """``aiothinkific mock serve`` in a subprocess; yields its origin once it answers."""
    port = free_port()
    command = [sys.executable, "-m", "aiothinkific", "mock", "serve", "--port", str(port)]
    process = subprocess.Popen([*command, "--seed-users", str(users)], stdout=subprocess.DEVNULL)
    origin = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient() as probe:
            for _ in range(300):
                try:
                    await probe.get(origin + "/openapi.json")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
            else:
                raise RuntimeError("the mock server did not start")
        yield origin
    finally:
        process.terminate()
        process.wait(timeout=10)


async def run(users: int, requests: int) -> list[Result]:
    results = []
    app = create_app(MockSettings(seed_users=users))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        for concurrency in (1, 10):
            results.append(await measure(client, "in-process", requests, concurrency))
    async with served(users) as origin, httpx.AsyncClient(base_url=origin) as client:
        for concurrency in (1, 10):
            results.append(await measure(client, "uvicorn", requests, concurrency))
    return results


def table(results: list[Result], users: int) -> str:
    lines = [
        f"GET /users?page=1&limit=25 on a {users:,}-user mock site",
        "",
        "| target | concurrency | requests | requests/s | p50 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.target} | {r.concurrency} | {r.requests} | {r.requests_per_second} | "
        f"{r.p50_ms} | {r.p99_ms} |"
        for r in results
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few hundred requests, 1,000 users")
    parser.add_argument("--output", type=Path, help="directory for mock.json and mock.md")
    args = parser.parse_args()
    users, requests = (1_000, 200) if args.quick else (10_000, 2_000)
    output = args.output or (None if args.quick else ROOT / "benchmarks")
    results = asyncio.run(run(users, requests))
    report = table(results, users)
    print(report)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        meta = {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "users": users,
        }
        data = {**meta, "results": [asdict(r) for r in results]}
        (output / "mock.json").write_text(json.dumps(data, indent=2) + "\n")
        (output / "mock.md").write_text(report)


if __name__ == "__main__":
    main()
