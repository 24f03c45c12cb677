"""Benchmark of the aiothinkific client against a real local HTTP server in another process.

    .venv/bin/python scripts/bench_client.py           # full run (~2 min): benchmarks/client.*
    .venv/bin/python scripts/bench_client.py --quick   # tiny sizes, a few seconds; writes
                                                       # nothing unless --output DIR is given

Scenarios, reported as ratios against targets (absolute figures too):

1. per-call overhead: ``await tk.users.get(1)`` vs a bare ``httpx.AsyncClient`` GET + ``.json()``;
2. listing users with 50 ms latency: concurrent pagination vs the same client paging sequentially;
3. a sustained run against a server allowing N requests/minute, plus a burst with pacing off;
4. memory growth (tracemalloc) while streaming 100,000 users.

The server (section "Benchmark server") is a small Starlette app served by uvicorn in a
subprocess, configured per scenario through ``POST /_configure`` and observed at ``GET /_stats``;
``BenchServer`` is the only thing the scenarios know about it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from aiothinkific import RateLimitError, Thinkific
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "benchmarks"
API_KEY = "bench-api-key"
SUBDOMAIN = "bench-school"
AUTH_HEADERS = {"X-Auth-API-Key": API_KEY, "X-Auth-Subdomain": SUBDOMAIN}
JSON = dict[str, Any]

# --------------------------------------------------------------------------------------------
# Benchmark server: GET /users, GET /users/{id}; POST /_configure, GET /_stats.
# --------------------------------------------------------------------------------------------

BUCKET_CAPACITY = 2.0
FIRST_NAMES = ("Ada", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hana", "Ines", "Jon")
LAST_NAMES = ("Smith", "Okafor", "Novak", "Tanaka", "Garcia", "Kowalski", "Haddad", "Berg")
ROLES: tuple[list[str], ...] = ([], [], [], ["affiliate"], ["course_admin"], ["site_admin"])
CREATED_FROM = datetime(2019, 3, 1, 9, 30, tzinfo=UTC)


@dataclass
class ServerState:
    """Settings of the current scenario and what the server has seen since it was configured."""

    total_users: int = 100
    latency: float = 0.0
    rate_per_minute: float | None = None
    tokens: float = BUCKET_CAPACITY
    refilled_at: float = field(default_factory=time.monotonic)
    requests: int = 0
    rate_limited: int = 0
    in_flight: int = 0
    max_in_flight: int = 0

    def configure(self, settings: JSON) -> None:
        """Apply new settings, zero the counters and fill the bucket."""
        self.total_users = int(settings.get("total_users", 100))
        self.latency = float(settings.get("latency_ms", 0)) / 1000
        self.rate_per_minute = settings.get("rate_per_minute")
        self.tokens, self.refilled_at = BUCKET_CAPACITY, time.monotonic()
        self.requests = self.rate_limited = self.max_in_flight = 0

    def stats(self) -> JSON:
        keys = ("requests", "rate_limited", "in_flight", "max_in_flight")
        return {key: getattr(self, key) for key in keys}

    def take_token(self) -> float | None:
        """Strict token bucket: None if the request may pass, else seconds until it could."""
        if self.rate_per_minute is None:
            return None
        per_second = self.rate_per_minute / 60
        now = time.monotonic()
        self.tokens = min(BUCKET_CAPACITY, self.tokens + (now - self.refilled_at) * per_second)
        self.refilled_at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return None
        return (1 - self.tokens) / per_second


def synthetic_user(user_id: int) -> JSON:
    """A deterministic user with every field of the spec's ``UserResponse``."""
    first = FIRST_NAMES[user_id % len(FIRST_NAMES)]
    last = LAST_NAMES[user_id // len(FIRST_NAMES) % len(LAST_NAMES)]
    roles = ROLES[user_id % len(ROLES)]
    email = f"{first.lower()}.{last.lower()}.{user_id}@example.com"
    created = CREATED_FROM + timedelta(minutes=7 * user_id, milliseconds=user_id % 1000)
    affiliate = "affiliate" in roles
    courses = [user_id % 40 + 1, user_id % 40 + 41] if "course_admin" in roles else []
    return {
        "id": user_id,
        "created_at": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "first_name": first,
        "last_name": last,
        "full_name": f"{first} {last}",
        "company": f"{last} Consulting" if user_id % 3 == 0 else None,
        "email": email,
        "roles": roles,
        "avatar_url": f"https://cdn.example.com/avatars/{user_id}.png",
        "bio": f"{first} has been learning with us since {created.year}.",
        "headline": "Course creator" if "course_admin" in roles else "Student",
        "affiliate_code": f"AFF{user_id:06d}" if affiliate else None,
        "external_source": "sso" if user_id % 4 == 0 else None,
        "affiliate_commission": 20.0 if affiliate else None,
        "affiliate_commission_type": "%" if affiliate else None,
        "affiliate_payout_email": email if affiliate else None,
        "administered_course_ids": courses,
        "custom_profile_fields": [
            {
                "id": user_id,
                "value": f"+1 555 {user_id % 10_000:04d}",
                "label": "Phone",
                "custom_profile_field_definition_id": 1,
            }
        ],
    }


def users_page(total: int, page: int, limit: int) -> JSON:
    """One page of ``GET /users``, with Thinkific's pagination metadata."""
    total_pages = max(1, math.ceil(total / limit))
    first, last = (page - 1) * limit + 1, min(total, page * limit)
    items = [synthetic_user(user_id) for user_id in range(first, last + 1)]
    pagination = {
        "current_page": page,
        "next_page": page + 1 if page < total_pages else None,
        "prev_page": page - 1 if page > 1 else None,
        "total_pages": total_pages,
        "total_items": total,
        "entries_info": f"{first}-{last} of {total}" if items else f"0 of {total}",
    }
    return {"items": items, "meta": {"pagination": pagination}}


def build_app(state: ServerState) -> ASGIApp:
    """The ASGI app: API routes behind auth, rate limit and latency; in-flight counting around."""

    async def gate(request: Request) -> Response | None:
        """Auth, then the rate limit, then the latency; a response here ends the request."""
        state.requests += 1
        headers = request.headers
        if (headers.get("X-Auth-API-Key"), headers.get("X-Auth-Subdomain")) != (API_KEY, SUBDOMAIN):
            return JSONResponse({"error": "Unauthorized"}, status_code=401)
        wait = state.take_token()
        await asyncio.sleep(state.latency)
        if wait is None:
            return None
        state.rate_limited += 1
        reset = {
            "Retry-After": str(math.ceil(wait)),
            "RateLimit-Reset": str(math.ceil(time.time() + wait)),
        }
        return JSONResponse({"error": "Too Many Requests"}, status_code=429, headers=reset)

    async def list_users(request: Request) -> Response:
        page = max(1, int(request.query_params.get("page", 1)))
        limit = max(1, int(request.query_params.get("limit", 25)))
        return await gate(request) or JSONResponse(users_page(state.total_users, page, limit))

    async def get_user(request: Request) -> Response:
        user_id = int(request.path_params["user_id"])
        if refused := await gate(request):
            return refused
        if not 1 <= user_id <= state.total_users:
            return JSONResponse({"error": "Not Found"}, status_code=404)
        return JSONResponse(synthetic_user(user_id))

    async def configure(request: Request) -> Response:
        state.configure(await request.json())
        return JSONResponse(state.stats())

    async def stats(request: Request) -> Response:
        return JSONResponse(state.stats())

    class CountInFlight:
        def __init__(self, app: ASGIApp) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or scope["path"].startswith("/_"):
                return await self.app(scope, receive, send)
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
            try:
                await self.app(scope, receive, send)
            finally:
                state.in_flight -= 1

    routes = [
        Route("/users", list_users),
        Route("/users/{user_id:int}", get_user),
        Route("/_configure", configure, methods=["POST"]),
        Route("/_stats", stats),
    ]
    return CountInFlight(Starlette(routes=routes))


def serve(port: int) -> None:
    """Run the benchmark server until terminated (the ``--serve PORT`` mode of this script)."""
    uvicorn.run(build_app(ServerState()), host="127.0.0.1", port=port, log_level="warning")


class BenchServer:
    """The server in a subprocess of this script: start, configure, read stats, stop."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> BenchServer:
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", str(self.port)]
        self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        try:
            self._wait_until_up()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def _wait_until_up(self, timeout: float = 20.0) -> None:
        assert self._process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"benchmark server exited with {self._process.returncode}")
            try:
                httpx.get(f"{self.url}/_stats", timeout=1).raise_for_status()
                return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError(f"benchmark server not up after {timeout} s")

    async def configure(
        self, *, total_users: int, latency_ms: float = 0, rate_per_minute: float | None = None
    ) -> None:
        """New settings for the next scenario; counters zeroed, rate-limit bucket full."""
        settings = {
            "total_users": total_users,
            "latency_ms": latency_ms,
            "rate_per_minute": rate_per_minute,
        }
        async with httpx.AsyncClient(base_url=self.url) as control:
            (await control.post("/_configure", json=settings)).raise_for_status()

    async def stats(self) -> JSON:
        """Requests, 429s, and the most requests in flight at once since the last configure."""
        async with httpx.AsyncClient(base_url=self.url) as control:
            response = await control.get("/_stats")
            response.raise_for_status()
            stats: JSON = response.json()
            return stats


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One row of the results table."""

    name: str
    measured: str
    target: str
    met: bool | None  # None: reported for contrast, no target


@dataclass
class ScenarioResult:
    title: str
    checks: list[Check]
    figures: JSON

    @property
    def met(self) -> bool:
        return all(check.met is not False for check in self.checks)


@dataclass(frozen=True)
class Sizes:
    overhead_rounds: int
    overhead_calls: int
    list_users: int
    list_latency_ms: float
    rate_per_minute: int
    sustained_seconds: float
    burst_seconds: float
    stream_users: int


FULL = Sizes(
    overhead_rounds=100,
    overhead_calls=20,
    list_users=10_000,
    list_latency_ms=50,
    rate_per_minute=600,
    sustained_seconds=30,
    burst_seconds=5,
    stream_users=100_000,
)
QUICK = Sizes(
    overhead_rounds=6,
    overhead_calls=10,
    list_users=500,
    list_latency_ms=20,
    rate_per_minute=600,
    sustained_seconds=2,
    burst_seconds=1,
    stream_users=2_000,
)
PAGE_SIZE = 25
# Streaming uses 100 users a page (the spec sets no maximum): what the paginator holds grows with
# the page size (window x page), so this is a stricter memory test than 25, and a quarter of the
# requests keeps the traced run (tracemalloc slows the client several times) near 20 s, not 75.
STREAM_PAGE_SIZE = 100
MAX_IN_FLIGHT = 10
CONCURRENT_TASKS = 50
SUSTAINED_LATENCY_MS = 20


def client(server: BenchServer, *, requests_per_minute: float | None) -> Thinkific:
    """An overlay client for the benchmark server, limiter pacing as given."""
    return Thinkific(
        api_key=API_KEY,
        subdomain=SUBDOMAIN,
        base_url=server.url,
        requests_per_minute=requests_per_minute,
        max_in_flight=MAX_IN_FLIGHT,
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


# --------------------------------------------------------------------------------------------
# Scenario 1: per-call overhead
# --------------------------------------------------------------------------------------------


async def time_calls(call: Callable[[], Awaitable[object]], count: int) -> list[float]:
    """Seconds taken by each of ``count`` sequential calls."""
    times = []
    for _ in range(count):
        started = time.perf_counter()
        await call()
        times.append(time.perf_counter() - started)
    return times


async def per_call_overhead(server: BenchServer, sizes: Sizes) -> ScenarioResult:
    """Median per-call time of ``tk.users.get(1)`` and of a bare httpx GET, rounds interleaved."""
    await server.configure(total_users=1)
    async with (
        client(server, requests_per_minute=None) as tk,
        httpx.AsyncClient(headers=AUTH_HEADERS) as bare,
    ):

        async def overlay_call() -> object:
            return await tk.users.get(1)

        async def bare_call() -> object:
            return (await bare.get(f"{server.url}/users/1")).json()

        timings: dict[str, list[float]] = {"overlay": [], "bare": []}
        calls = {"overlay": overlay_call, "bare": bare_call}
        for name in calls:  # warm-up: connections, imports, caches
            await time_calls(calls[name], sizes.overhead_calls)
        for round_number in range(sizes.overhead_rounds):
            order = ["overlay", "bare"] if round_number % 2 == 0 else ["bare", "overlay"]
            for name in order:
                timings[name] += await time_calls(calls[name], sizes.overhead_calls)
    overlay, bare_median = (statistics.median(timings[name]) for name in ("overlay", "bare"))
    ratio = overlay / bare_median
    measured = f"{ratio:.3f}x (overlay {ms(overlay)} vs bare {ms(bare_median)} per call)"
    figures = {
        "calls_each": len(timings["overlay"]),
        "overlay_median_s": overlay,
        "bare_median_s": bare_median,
        "overhead_s": overlay - bare_median,
        "ratio": ratio,
    }
    check = Check("per-call time, overlay / bare httpx", measured, "<= 1.10x", ratio <= 1.10)
    return ScenarioResult("Per-call overhead", [check], figures)


# --------------------------------------------------------------------------------------------
# Scenario 2: concurrent vs sequential pagination
# --------------------------------------------------------------------------------------------


async def timed_listing(tk: Thinkific, window: int | None) -> tuple[float, list[object]]:
    """Seconds to list every user, and their ids; ``window=None`` keeps the default."""
    paginator = tk.users.list(page_size=PAGE_SIZE)
    if window is not None:
        paginator.window = window
    started = time.perf_counter()
    ids: list[object] = [user.id async for user in paginator]
    return time.perf_counter() - started, ids


async def pagination(server: BenchServer, sizes: Sizes) -> ScenarioResult:
    """Concurrent (default window) vs sequential (window 1) listing with the same client."""
    total = sizes.list_users
    configure = partial(server.configure, total_users=total, latency_ms=sizes.list_latency_ms)
    async with client(server, requests_per_minute=None) as tk:
        await configure()
        concurrent, ids = await timed_listing(tk, window=None)
        concurrent_stats = await server.stats()
        await configure()
        sequential, sequential_ids = await timed_listing(tk, window=1)
        sequential_stats = await server.stats()
    speedup = sequential / concurrent
    expected = list(range(1, total + 1))
    in_order = ids == expected and sequential_ids == expected
    peak = concurrent_stats["max_in_flight"]
    figures = {
        "users": total,
        "page_size": PAGE_SIZE,
        "latency_ms": sizes.list_latency_ms,
        "concurrent_s": concurrent,
        "sequential_s": sequential,
        "speedup": speedup,
        "items_received": len(ids),
        "items_in_order": in_order,
        "server_max_in_flight": peak,
        "server_requests": concurrent_stats["requests"],
        "sequential_server_max_in_flight": sequential_stats["max_in_flight"],
    }
    speed = Check(
        f"list {total:,} users, {sizes.list_latency_ms:g} ms latency: concurrent vs sequential",
        f"{speedup:.1f}x ({concurrent:.2f} s vs {sequential:.2f} s)",
        ">= 6x",
        speedup >= 6,
    )
    correct = Check(
        "items received; server max in flight",
        f"{len(ids):,} {'in order' if in_order else 'NOT in order'}; {peak} in flight",
        f"exactly {total:,} in order; <= {MAX_IN_FLIGHT}",
        in_order and len(ids) == total and peak <= MAX_IN_FLIGHT,
    )
    return ScenarioResult("Concurrent pagination", [speed, correct], figures)


# --------------------------------------------------------------------------------------------
# Scenario 3: sustained rate under a server-side limit
# --------------------------------------------------------------------------------------------


async def hammer(tk: Thinkific, seconds: float, total_users: int) -> JSON:
    """Many tasks calling ``tk.users.get`` for ``seconds``; calls pending then are cancelled."""
    outcome = {"ok": 0, "gave_up": 0}

    async def worker(offset: int) -> None:
        user_id = offset
        while True:
            try:
                await tk.users.get(user_id % total_users + 1)
                outcome["ok"] += 1
            except RateLimitError:
                outcome["gave_up"] += 1
            user_id += CONCURRENT_TASKS

    tasks = [asyncio.create_task(worker(offset)) for offset in range(CONCURRENT_TASKS)]
    await asyncio.sleep(seconds)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {**outcome, "per_minute": outcome["ok"] / seconds * 60}


async def limited_run(
    server: BenchServer, seconds: float, rate: int, client_rate: float | None
) -> JSON:
    """One run against the server limited to ``rate``/minute; client and server figures."""
    total = 1000
    await server.configure(total_users=total, latency_ms=SUSTAINED_LATENCY_MS, rate_per_minute=rate)
    async with client(server, requests_per_minute=client_rate) as tk:
        outcome = await hammer(tk, seconds, total)
    stats = await server.stats()
    return {
        "seconds": seconds,
        **outcome,
        "percent_of_limit": outcome["per_minute"] / rate * 100,
        "server_requests": stats["requests"],
        "server_429s": stats["rate_limited"],
    }


async def sustained_rate(server: BenchServer, sizes: Sizes) -> ScenarioResult:
    """Paced client at the server's limit, then the same with pacing off, for contrast."""
    rate = sizes.rate_per_minute
    paced = await limited_run(server, sizes.sustained_seconds, rate, client_rate=rate)
    burst = await limited_run(server, sizes.burst_seconds, rate, client_rate=None)
    percent, errors = paced["percent_of_limit"], paced["server_429s"]
    sustained = Check(
        f"{sizes.sustained_seconds:g} s at a {rate}/min server limit, client paced at {rate}/min",
        f"{paced['per_minute']:.0f}/min = {percent:.1f}% of limit; {errors} 429s",
        ">= 95%; 0 429s",
        percent >= 95 and errors == 0,
    )
    contrast = Check(
        f"contrast: {sizes.burst_seconds:g} s, same limit, client pacing off",
        f"{burst['per_minute']:.0f}/min = {burst['percent_of_limit']:.1f}% of limit; "
        f"{burst['server_429s']} 429s, {burst['gave_up']} calls gave up",
        "(contrast)",
        None,
    )
    figures = {
        "rate_per_minute": rate,
        "tasks": CONCURRENT_TASKS,
        "latency_ms": SUSTAINED_LATENCY_MS,
        "paced": paced,
        "unpaced": burst,
    }
    return ScenarioResult("Sustained rate limit", [sustained, contrast], figures)


# --------------------------------------------------------------------------------------------
# Scenario 4: memory while streaming
# --------------------------------------------------------------------------------------------


async def stream_and_trace(tk: Thinkific) -> JSON:
    """Stream every user without keeping them, tracing memory; ids are checked on the way."""
    count = out_of_order = 0
    after_first_page = 0
    tracemalloc.start()
    try:
        started = time.perf_counter()
        async for user in tk.users.list(page_size=STREAM_PAGE_SIZE):
            count += 1
            out_of_order += user.id != count
            if count == STREAM_PAGE_SIZE:
                after_first_page = tracemalloc.get_traced_memory()[0]
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return {
        "items": count,
        "out_of_order": out_of_order,
        "seconds_traced": elapsed,
        "after_first_page_mb": after_first_page / 2**20,
        "peak_mb": peak / 2**20,
        "growth_mb": (peak - after_first_page) / 2**20,
    }


async def streaming_memory(server: BenchServer, sizes: Sizes) -> ScenarioResult:
    """Peak traced memory while streaming, over the memory held after the first page."""
    await server.configure(total_users=sizes.stream_users)
    async with client(server, requests_per_minute=None) as tk:
        figures = await stream_and_trace(tk)
    figures |= {"users": sizes.stream_users, "page_size": STREAM_PAGE_SIZE}
    growth, items = figures["growth_mb"], figures["items"]
    complete = items == sizes.stream_users and figures["out_of_order"] == 0
    check = Check(
        f"stream {sizes.stream_users:,} users ({STREAM_PAGE_SIZE} a page): peak over first page",
        f"+{growth:.2f} MB ({items:,} items{'' if complete else ', INCOMPLETE'}, "
        f"{figures['seconds_traced']:.1f} s under tracemalloc)",
        "< 20 MB",
        growth < 20 and complete,
    )
    return ScenarioResult("Streaming memory", [check], figures)


# --------------------------------------------------------------------------------------------
# Running and reporting
# --------------------------------------------------------------------------------------------

SCENARIOS: dict[str, Callable[[BenchServer, Sizes], Awaitable[ScenarioResult]]] = {
    "per_call_overhead": per_call_overhead,
    "concurrent_pagination": pagination,
    "sustained_rate_limit": sustained_rate,
    "streaming_memory": streaming_memory,
}


async def run_all(server: BenchServer, sizes: Sizes) -> dict[str, ScenarioResult]:
    results = {}
    for key, scenario in SCENARIOS.items():
        print(f"running {key}...", file=sys.stderr, flush=True)
        results[key] = await scenario(server, sizes)
    return results


def report(
    results: dict[str, ScenarioResult], *, quick: bool, seconds: float, load_before: float
) -> JSON:
    """The machine-readable results; the load averages show whether the machine was busy."""
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "httpx": httpx.__version__,
        "duration_s": round(seconds, 1),
        "load_average_1min": {"before": load_before, "after": os.getloadavg()[0]},
        "all_met": all(result.met for result in results.values()),
        "scenarios": {
            key: {"met": result.met, **asdict(result)} for key, result in results.items()
        },
    }


def markdown(data: JSON) -> str:
    load = data["load_average_1min"]
    lines = [
        f"# aiothinkific client benchmark{' (quick)' if data['quick'] else ''}",
        "",
        f"{data['date']}, Python {data['python']}, {data['cpu_count']} CPUs, "
        f"run took {data['duration_s']} s, 1-min load average {load['before']:.2f} before, "
        f"{load['after']:.2f} after. Produced by `scripts/bench_client.py`.",
        "",
        "| Scenario | Measured | Target | Met? |",
        "|---|---|---|---|",
    ]
    for scenario in data["scenarios"].values():
        for check in scenario["checks"]:
            met = {True: "yes", False: "**no**", None: "-"}[check["met"]]
            name = f"{scenario['title']}: {check['name']}"
            lines.append(f"| {name} | {check['measured']} | {check['target']} | {met} |")
    return "\n".join(lines) + "\n"


def write(data: JSON, table: str, output: Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    (output / "client.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    (output / "client.md").write_text(table, encoding="utf-8")


def parse_args(argv: Iterable[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    parser.add_argument(
        "--output",
        type=Path,
        help=f"directory for client.json and client.md (default: {DEFAULT_OUTPUT.relative_to(ROOT)}"
        "/ for a full run, none for --quick)",
    )
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    return parser.parse_args(None if argv is None else list(argv))


def main(argv: Iterable[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve is not None:
        serve(args.serve)
        return 0
    sizes = QUICK if args.quick else FULL
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    with BenchServer() as server:
        results = asyncio.run(run_all(server, sizes))
    seconds = time.perf_counter() - started
    data = report(results, quick=args.quick, seconds=seconds, load_before=load_before)
    table = markdown(data)
    print(table)
    output = args.output or (None if args.quick else DEFAULT_OUTPUT)
    if output is not None:
        write(data, table, output)
        print(f"results written to {output}/client.json and client.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
