"""Run the contract harness against each seeded defect and write the catch table.

For every defect of ``contract_tests.defects``, a fresh mock is served on a real local port
(``aiothinkific mock serve``) with the defect-injecting proxy in front of it (server defects; a
clean proxy for the others), and the harness runs against the proxy as a user's CI would:
``pytest contract_tests --base-url http://127.0.0.1:PORT/api/public/v1 --allow-writes``, with
spec and client defects applied in the harness's process (``-p contract_tests.defects``). Each run
is limited to the defect's scope (a ``-k`` expression naming the operations it touches, for all
the suites) and stops at the first failure: caught means some test failed. A clean run of every
scope comes first; a scope that fails clean would make its defects look caught, so the sweep
stops then.

    python scripts/defect_sweep.py                      # all, table to benchmarks/defects.md
    python scripts/defect_sweep.py total-items-plus-one # some
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from contract_tests.defects import DEFECTS, Defect  # noqa: E402

TABLE = ROOT / "benchmarks" / "defects.md"
SUITES = ("pagination", "stateful", "provider", "consumer")


def suite_files(scope: str) -> list[str]:
    """The suites a scope names (``test_provider and ...``), or all of them: collecting only
    those keeps each run short."""
    named = [suite for suite in SUITES if f"test_{suite}" in scope]
    return [f"contract_tests/test_{suite}.py" for suite in named or SUITES]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listening on port {port}")


@contextmanager
def served(defect: Defect | None) -> Iterator[str]:
    """A fresh mock on one port, the proxy (with ``defect`` if it is a server one) on another;
    yields the proxy's Admin API base URL."""
    mock_port, proxy_port = free_port(), free_port()
    python = sys.executable
    mock = subprocess.Popen(
        [python, "-m", "aiothinkific", "mock", "serve", "--port", str(mock_port)],
        stdout=subprocess.DEVNULL,
    )
    server_defect = defect is not None and defect.layer == "server"
    proxy_args = ["--defect", defect.name] if server_defect and defect else []
    proxy = subprocess.Popen(
        [
            python,
            "-m",
            "contract_tests.defects",
            "proxy",
            "--port",
            str(proxy_port),
            "--upstream",
            f"http://127.0.0.1:{mock_port}",
            *proxy_args,
        ],
        cwd=ROOT,
    )
    try:
        wait_for(mock_port)
        wait_for(proxy_port)
        yield f"http://127.0.0.1:{proxy_port}/api/public/v1"
    finally:
        for process in (proxy, mock):
            process.terminate()
            process.wait(10)


def run_harness(defect: Defect | None, scope: str, log: Path) -> tuple[bool, float, str]:
    """(failed, seconds, the first failing test) of one harness run."""
    env = {
        **os.environ,
        "THINKIFIC_API_KEY": "mock-key",
        "THINKIFIC_SUBDOMAIN": "mock",
        "THINKIFIC_CONTRACT_RATE_LIMIT": "off",
        "THINKIFIC_CONTRACT_DEFECT": defect.name if defect and defect.layer != "server" else "",
    }
    env.pop("THINKIFIC_ACCESS_TOKEN", None)
    started = time.monotonic()
    with served(defect) as base_url:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                *suite_files(scope),
                "-q",
                "-x",
                "-p",
                "no:cacheprovider",
                "-p",
                "contract_tests.defects",
                "--base-url",
                base_url,
                "--allow-writes",
                "-k",
                scope,
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
    seconds = time.monotonic() - started
    log.write_text(result.stdout + result.stderr, encoding="utf-8")
    failed = [line for line in result.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    if result.returncode not in (0, 1) and not failed:
        raise RuntimeError(f"the harness did not run ({result.returncode}); see {log}")
    first = failed[0].split(" ", 1)[1].split(" - ", 1)[0] if failed else ""
    return result.returncode != 0, seconds, first


def write_table(table: Path, rows: list[Row], dirty: dict[str, str], chosen: int) -> str:
    """Write the catch table (after every defect, so a run cut short leaves what it found)."""
    caught = sum(1 for _, failed, _, _ in rows if failed)
    share = f"{100 * caught / len(rows):.0f}%" if rows else "-"
    progress = (
        ""
        if len(rows) + skipped(dirty, rows, chosen) >= chosen
        else (f" ({len(rows)} of {chosen} defects run so far)")
    )
    lines = [
        "# Seeded defects",
        "",
        "Written by `python scripts/defect_sweep.py`: the contract harness against a mock served "
        "on a local port behind the defect-injecting proxy (`contract_tests/defects.py`), "
        "`--base-url ... --allow-writes`, fast profile, each run limited to the defect's scope "
        "and stopped at its first failure. The clean mock passes every scope"
        + (f" but {sorted(dirty)} (their defects are left out)." if dirty else "."),
        "",
        f"**Caught: {caught} of {len(rows)} ({share}).**{progress}",
        "",
        "| Defect | Layer | What it does | Scope (`-k`) | Caught | First failing test | Time |",
        "|---|---|---|---|---|---|---:|",
    ]
    for defect, failed, seconds, first in rows:
        lines.append(
            f"| `{defect.name}` | {defect.layer} | {defect.description} | `{defect.scope}` | "
            f"{'yes' if failed else '**no**'} | {f'`{first}`' if first else ''} | {seconds:.0f}s |"
        )
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f"caught {caught} of {len(rows)}{progress}"


def skipped(dirty: dict[str, str], rows: list[Row], chosen: int) -> int:
    return 0 if not dirty else chosen - len(rows)


Row = tuple[Defect, bool, float, str]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("defects", nargs="*", metavar="DEFECT", help="default: all")
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--logs", type=Path, default=ROOT / "build" / "defects")
    parser.add_argument(
        "--reuse-clean",
        action="store_true",
        help="trust the clean runs an earlier sweep recorded in LOGS/clean.json",
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.defects) - set(DEFECTS))
    if unknown:
        parser.error(f"unknown defects {unknown}; see python -m contract_tests.defects list")
    chosen = [DEFECTS[name] for name in args.defects] or list(DEFECTS.values())
    args.logs.mkdir(parents=True, exist_ok=True)
    record = args.logs / "clean.json"
    clean: dict[str, str] = (
        json.loads(record.read_text()) if args.reuse_clean and record.exists() else {}
    )
    for number, scope in enumerate(sorted({d.scope for d in chosen})):
        if scope in clean:
            continue
        failed, seconds, first = run_harness(None, scope, args.logs / f"clean-{number}.log")
        print(f"clean  {scope!r}: {'FAILS' if failed else 'passes'} ({seconds:.0f}s) {first}")
        clean[scope] = first or "failed" if failed else ""
        record.write_text(json.dumps(clean, indent=1), encoding="utf-8")
    dirty = {scope: first for scope, first in clean.items() if first}
    rows: list[Row] = []
    for defect in chosen:
        if defect.scope in dirty:
            print(f"n/a    {defect.name}: the clean mock fails its scope ({dirty[defect.scope]})")
            continue
        failed, seconds, first = run_harness(defect, defect.scope, args.logs / f"{defect.name}.log")
        rows.append((defect, failed, seconds, first))
        print(f"{'caught' if failed else 'MISSED'} {defect.name} ({seconds:.0f}s) {first}")
        summary = write_table(args.table, rows, dirty, len(chosen))
    if not rows:
        return 2
    print(f"{summary}; table in {args.table.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
