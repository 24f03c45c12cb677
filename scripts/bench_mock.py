"""Benchmark of the mock server: ``GET /users?page=1&limit=25`` on a 10,000-user site.

    .venv/bin/python scripts/bench_mock.py            # full run: benchmarks/mock.{json,md}
    .venv/bin/python scripts/bench_mock.py --quick    # small, writes nothing unless --output

Measured in-process (``httpx.ASGITransport``, no sockets) and over HTTP (``aiothinkific mock
serve``, uvicorn in a subprocess), one request at a time and with 10 concurrent clients; each
reports requests/second and p50/p99 latency.

Then, side by side in one run, the server CPU time per request (the server process's user +
system time from ``/proc/<pid>/stat`` over the measured requests) and the latencies of three
servers answering the same request to 10 concurrent clients: the mock; a minimal Starlette app
on the same uvicorn protocol serving a fixed body (the mock's own first page, as bytes: the
floor of any Python server here); and Prism (``@stoplight/prism-cli``, static mode, its logging
at ``warn``) on the patched spec. The clients are ``wrk``'s 10 connections on one thread (C,
so the load generator takes little of the machine from the server; ``apt-get install wrk``),
in interleaved rounds; with two CPUs or more, wrk runs on one and the server measured on
another. Every server's answer is checked to be the full page first, and any
non-2xx answer or socket error during a round fails the run. Prism is installed with npm into
``--prism-dir`` the first time (one-time, needs ``npm``; ``--no-prism`` skips it). The ratios
are what to compare: absolute times depend on the machine and its load, which the report
records.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from aiothinkific.mock import MockSettings, create_app

ROOT = Path(__file__).resolve().parents[1]
AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}
PATH = "/api/public/v1/users?page=1&limit=25"
SPEC = ROOT / "generated" / "thinkific_admin_client" / "openapi.json"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
#: The minimal app: the fixed body in a file named by the environment, served as bytes.
MINIMAL_APP = """
import os
from pathlib import Path
from typing import Any
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(os.environ["BENCH_BODY"]).read_bytes()

async def users(request):
    return Response(BODY, media_type="application/json")

app = Starlette(routes=[Route("/api/public/v1/users", users)])
"""


@dataclass
class Result:
    target: str
    concurrency: int
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float


async def timed(
    client: httpx.AsyncClient, requests: int, concurrency: int, path: str, items: int | None
) -> tuple[list[float], float]:
    """``requests`` GETs of ``path`` split over ``concurrency`` workers: their latencies and
    the wall time. Every answer must be a 200 listing (of ``items`` items, when given)."""
    latencies: list[float] = []

    async def worker(count: int) -> None:
        for _ in range(count):
            started = time.perf_counter()
            response = await client.get(path, headers=AUTH)
            latencies.append(time.perf_counter() - started)
            got = response.json().get("items") if response.status_code == 200 else None
            if not isinstance(got, list) or (items is not None and len(got) != items):
                raise RuntimeError(
                    f"unexpected answer: {response.status_code} {response.text[:200]}"
                )

    started = time.perf_counter()
    await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
    return latencies, time.perf_counter() - started


def p50_p99(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
    return round(statistics.median(ordered) * 1000, 2), round(p99 * 1000, 2)


async def measure(
    client: httpx.AsyncClient, target: str, requests: int, concurrency: int
) -> Result:
    """``requests`` GETs split over ``concurrency`` workers; every answer must be a full page."""
    await timed(client, min(50, requests), 1, PATH, 25)  # warm-up: connections, caches
    latencies, elapsed = await timed(client, requests, concurrency, PATH, 25)
    p50, p99 = p50_p99(latencies)
    return Result(
        target=target,
        concurrency=concurrency,
        requests=len(latencies),
        requests_per_second=round(len(latencies) / elapsed, 1),
        p50_ms=p50,
        p99_ms=p99,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def wait_until_up(origin: str, path: str, process: subprocess.Popen[bytes]) -> None:
    async with httpx.AsyncClient() as probe:
        for _ in range(600):
            if process.poll() is not None:
                raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
            try:
                await probe.get(origin + path, headers=AUTH)
                return
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    raise RuntimeError(f"{process.args!r} did not start")


def pinned(cpus: set[int] | None) -> Any:
    """What ``subprocess`` runs in the child before the program: keep it on ``cpus``."""
    return None if cpus is None else lambda: os.sched_setaffinity(0, cpus)


def cpu_split() -> tuple[set[int], set[int]] | None:
    """With two CPUs or more, one for the load generator and one for the server measured (the
    servers take turns on it), so that they neither share a CPU nor move between them.
    ``None`` on one CPU."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    return ({cpus[0]}, {cpus[1]}) if len(cpus) >= 2 else None


@asynccontextmanager
async def started(
    command: list[str],
    probe: str,
    port: int,
    env: dict[str, str] | None = None,
    cpus: set[int] | None = None,
) -> AsyncIterator[tuple[str, int]]:
    """``command`` in a subprocess (on ``cpus``, when given); yields its origin and pid once
    ``probe`` answers."""
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        preexec_fn=pinned(cpus),
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        await wait_until_up(origin, probe, process)
        yield origin, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


def served(users: int, cpus: set[int] | None = None) -> Any:
    """``aiothinkific mock serve`` in a subprocess (origin, pid)."""
    port = free_port()
    command = [sys.executable, "-m", "aiothinkific", "mock", "serve", "--port", str(port)]
    return started([*command, "--seed-users", str(users)], "/openapi.json", port, cpus=cpus)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def prism_command(prism_dir: Path, port: int) -> list[str] | None:
    """Prism in static mode on the patched spec; installed into ``prism_dir`` with npm the
    first time. ``None`` when npm cannot provide it."""
    binary = prism_dir / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        try:
            subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(prism_dir),
                 PRISM_PACKAGE],
                check=True,
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"Prism not measured: {error}", file=sys.stderr)
            return None
    host = ["-h", "127.0.0.1", "-p", str(port)]
    return [str(binary), "mock", *host, "-v", "warn", str(SPEC)]


@dataclass
class ServerCost:
    server: str
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    cpu_ms_per_request: float


@dataclass
class Server:
    name: str
    origin: str
    pid: int
    path: str
    items: int | None  # items every answer holds (None: Prism's canned example, any count)
    requests: int = 0
    cpu: float = 0.0
    seconds: float = 0.0
    p50s: list[float] = field(default_factory=list)
    p99s: list[float] = field(default_factory=list)


#: wrk's report of a run as one JSON line (latencies in microseconds).
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "socket_errors": %d, "non_2xx": %d, '
    .. '"p50_us": %d, "p99_us": %d}\\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout,
    e.status, latency:percentile(50), latency:percentile(99)))
end
"""


def wrk(url: str, seconds: float, script: Path, cpus: set[int] | None) -> dict[str, Any]:
    """``seconds`` of GETs of ``url`` by 10 connections on one wrk thread: its report."""
    headers = [arg for name, value in AUTH.items() for arg in ("-H", f"{name}: {value}")]
    command = ["wrk", "-t1", "-c10", f"-d{seconds}s", "-s", str(script), *headers, url]
    output = subprocess.run(
        command, check=True, capture_output=True, text=True, preexec_fn=pinned(cpus)
    ).stdout
    report: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    if report["socket_errors"] or report["non_2xx"]:
        raise RuntimeError(f"{url}: {report}")
    return report


async def compare(
    users: int, seconds: float, rounds: int, prism_dir: Path | None
) -> tuple[list[ServerCost], dict[str, Any]]:
    """Server CPU per request and latencies of the mock, the minimal app and Prism, measured
    in ``rounds`` interleaved rounds of ``seconds`` each (10 concurrent clients), so that a
    change of the machine's load falls on all three alike."""
    if shutil.which("wrk") is None:
        raise SystemExit("the side-by-side comparison needs wrk (apt-get install wrk)")
    load_before = os.getloadavg()
    load_cpus, server_cpus = cpu_split() or (None, None)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "report.lua")
        script.write_text(WRK_REPORT)
        async with AsyncExitStack() as stack:
            origin, pid = await stack.enter_async_context(served(users, server_cpus))
            async with httpx.AsyncClient(base_url=origin) as client:
                body = (await client.get(PATH, headers=AUTH)).content
            Path(tmp, "body.json").write_bytes(body)
            Path(tmp, "bench_minimal_app.py").write_text(MINIMAL_APP)
            servers = [Server("mock (uvicorn)", origin, pid, PATH, 25)]
            port = free_port()
            # The mock's own HTTP protocol and event loop, so the two differ only in the app.
            uvicorn = [
                *(sys.executable, "-m", "uvicorn", "--app-dir", tmp, "--port", str(port)),
                *("--http", "aiothinkific.webhooks.serving:HttpToolsProtocol", "--loop", "asyncio"),
            ]
            minimal = await stack.enter_async_context(
                started(
                    [*uvicorn, "--log-level", "warning", "bench_minimal_app:app"],
                    PATH,
                    port,
                    env={"BENCH_BODY": str(Path(tmp, "body.json"))},
                    cpus=server_cpus,
                )
            )
            servers.append(Server("minimal Starlette app (uvicorn)", *minimal, PATH, 25))
            port = free_port()
            prism = prism_command(prism_dir, port) if prism_dir is not None else None
            if prism is not None:
                path = PATH.removeprefix("/api/public/v1")  # Prism serves the spec's paths
                prism_server = started(prism, path, port, cpus=server_cpus)
                found = await stack.enter_async_context(prism_server)
                servers.append(Server("Prism static (node)", *found, path, None))
            for server in servers:  # every answer a listing (the mock's and the minimal's full)
                async with httpx.AsyncClient(base_url=server.origin) as client:
                    await timed(client, 200, 10, server.path, server.items)
                wrk(server.origin + server.path, 2, script, load_cpus)  # warm-up: JIT, caches
            for _ in range(rounds):
                for server in servers:
                    before = cpu_seconds(server.pid)
                    report = wrk(server.origin + server.path, seconds, script, load_cpus)
                    server.cpu += cpu_seconds(server.pid) - before
                    server.requests += report["requests"]
                    server.seconds += report["seconds"]
                    server.p50s.append(report["p50_us"] / 1000)
                    server.p99s.append(report["p99_us"] / 1000)
    costs = [
        ServerCost(
            server=server.name,
            requests=server.requests,
            requests_per_second=round(server.requests / server.seconds, 1),
            p50_ms=round(statistics.median(server.p50s), 2),
            p99_ms=round(statistics.median(server.p99s), 2),
            cpu_ms_per_request=round(server.cpu / server.requests * 1000, 3),
        )
        for server in servers
    ]
    load = {
        "load_before": load_before,
        "load_after": os.getloadavg(),
        "cpus_load_generator": sorted(load_cpus or ()),
        "cpus_server": sorted(server_cpus or ()),
    }
    return costs, load


async def run(users: int, requests: int) -> list[Result]:
    results = []
    app = create_app(MockSettings(seed_users=users))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        for concurrency in (1, 10):
            results.append(await measure(client, "in-process", requests, concurrency))
    async with served(users) as (origin, _), httpx.AsyncClient(base_url=origin) as client:
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


def pinning(load: dict[str, Any]) -> str:
    if not load["cpus_server"]:
        return "(one CPU: the servers and wrk share it)"
    return (
        f"(the servers on CPU {load['cpus_server'][0]} in turn, wrk on CPU "
        f"{load['cpus_load_generator'][0]})"
    )


def cost_table(costs: list[ServerCost], load: dict[str, Any]) -> str:
    """The side-by-side comparison, its ratios and the targets."""
    by_name = {c.server.split(" ")[0]: c for c in costs}
    mock, minimal, prism = by_name["mock"], by_name["minimal"], by_name.get("Prism")
    cpus = os.cpu_count()
    before = ", ".join(f"{x:.2f}" for x in load["load_before"])
    after = ", ".join(f"{x:.2f}" for x in load["load_after"])
    lines = [
        "Server CPU per request, side by side in one run: the same GET from 10 concurrent "
        "clients (wrk), in interleaved rounds; p50 and p99 are the median of the rounds'",
        f"(load average {before} before, {after} after, on {cpus} CPUs shared with other work; "
        "the ratios are what to compare)",
        pinning(load),
        "",
        "| server | requests | requests/s | p50 ms | p99 ms | p99/p50 | server CPU ms/request "
        "| vs Prism | vs minimal app |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for c in costs:
        vs_prism = f"{c.cpu_ms_per_request / prism.cpu_ms_per_request:.2f}x" if prism else "-"
        vs_minimal = f"{c.cpu_ms_per_request / minimal.cpu_ms_per_request:.2f}x"
        lines.append(
            f"| {c.server} | {c.requests} | {c.requests_per_second} | {c.p50_ms} | {c.p99_ms} | "
            f"{c.p99_ms / c.p50_ms:.2f} | {c.cpu_ms_per_request} | {vs_prism} | {vs_minimal} |"
        )
    lines += ["", "| target | measured | met? |", "|---|---|---|"]
    if prism is not None:
        ratio = mock.cpu_ms_per_request / prism.cpu_ms_per_request
        met = "yes" if ratio <= 0.5 else "no"
        lines.append(f"| mock CPU/request <= 0.5x Prism's | {ratio:.2f}x | {met} |")
    ratio = mock.cpu_ms_per_request / minimal.cpu_ms_per_request
    lines.append(
        f"| mock CPU/request <= 2x the minimal app's | {ratio:.2f}x "
        f"| {'yes' if ratio <= 2 else 'no'} |"
    )
    spread = mock.p99_ms / mock.p50_ms
    met = "yes" if spread <= 2 else "no"
    lines.append(f"| mock p99 <= 2x p50 at 10 concurrent | {spread:.2f}x | {met} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few hundred requests, 1,000 users")
    parser.add_argument("--output", type=Path, help="directory for mock.json and mock.md")
    parser.add_argument(
        "--prism-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "aiothinkific-bench-prism",
        help="where Prism is (or is npm-installed the first time)",
    )
    parser.add_argument("--no-prism", action="store_true", help="compare without Prism")
    parser.add_argument(
        "--only-compare", action="store_true", help="only the side-by-side CPU comparison"
    )
    args = parser.parse_args()
    users, requests = (1_000, 200) if args.quick else (10_000, 2_000)
    output = args.output or (None if args.quick else ROOT / "benchmarks")
    results = [] if args.only_compare else asyncio.run(run(users, requests))
    prism_dir = None if args.no_prism else args.prism_dir
    seconds, rounds = (2, 2) if args.quick else (10, 5)
    costs, load = asyncio.run(compare(users, seconds, rounds, prism_dir))
    report = (table(results, users) + "\n" if results else "") + cost_table(costs, load)
    print(report)
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
        meta = {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "users": users,
            **load,
        }
        data = {
            **meta,
            "results": [asdict(r) for r in results],
            "server_cpu": [asdict(c) for c in costs],
        }
        (output / "mock.json").write_text(json.dumps(data, indent=2) + "\n")
        (output / "mock.md").write_text(report)


if __name__ == "__main__":
    main()
