"""``aiothinkific modules watch``: a real process serving its receiver, registering the trigger's
webhook on a mock on a real port, printing each verified event once as a JSON line, and deleting
the webhook however it stops (--max-events, SIGINT, SIGTERM); clear errors before any of that."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiothinkific import Thinkific
from aiothinkific.mock import MockSettings, create_app
from aiothinkific.modules.cli import modules_app
from aiothinkific.webhooks.serving import serving
from typer.testing import CliRunner, Result

SETTINGS = MockSettings(redeliver=True)  # every delivery is sent twice: the CLI prints it once
CREDENTIALS = {"THINKIFIC_API_KEY": "mock-key", "THINKIFIC_SUBDOMAIN": "mock"}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("API_KEY", "SUBDOMAIN", "ACCESS_TOKEN", "BASE_URL", "WEBHOOKS_BASE_URL"):
        monkeypatch.delenv(f"THINKIFIC_{name}", raising=False)
    monkeypatch.delenv("THINKIFIC_WEBHOOK_SECRET", raising=False)


@dataclass
class Watcher:
    process: asyncio.subprocess.Process
    ready_line: str

    async def finish(self, timeout: float = 20) -> tuple[list[dict[str, object]], str]:
        """Wait for the exit; the printed events and the rest of standard error."""
        stdout, stderr = await asyncio.wait_for(self.process.communicate(), timeout)
        events = [json.loads(line) for line in stdout.decode().splitlines()]
        return events, stderr.decode()


@pytest.fixture
async def site() -> AsyncIterator[Thinkific]:
    """The mock on a real port, and a client of it."""
    async with (
        serving(create_app(SETTINGS), "127.0.0.1", 0) as url,
        Thinkific(api_key="mock-key", subdomain="mock", base_url=url + SETTINGS.base_path) as tk,
    ):
        yield tk


async def start_watch(tk: Thinkific, *args: str) -> Watcher:
    """``modules watch ARGS --base-url <the mock>`` in a process, once its webhook is registered."""
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "aiothinkific", "modules", "watch", *args),
        *("--base-url", tk.base_url, "--port", "0"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, **CREDENTIALS},
    )
    assert process.stderr is not None
    line = await asyncio.wait_for(process.stderr.readline(), 30)
    if "registered" not in line.decode() and "reused" not in line.decode():
        rest = await process.stderr.read()
        pytest.fail(f"watch did not start: {(line + rest).decode()}")
    return Watcher(process, line.decode())


async def webhooks(tk: Thinkific) -> list[tuple[str, str]]:
    return [(str(w.topic), str(w.target_url)) async for w in tk.webhooks.list()]


async def test_watch_prints_each_event_once_and_deletes_its_webhook(site: Thinkific) -> None:
    watcher = await start_watch(site, "watchNewUser", "--max-events", "2")
    [(topic, target)] = await webhooks(site)
    assert topic == "user.signup" and target.startswith("http://127.0.0.1:")
    assert f"-> {target}) registered" in watcher.ready_line

    for name in ("ada", "bo"):
        await site.users.create(first_name=name, last_name="L", email=f"{name}@watch.test")
    events, stderr = await watcher.finish()

    assert watcher.process.returncode == 0, stderr
    assert [(e["resource"], e["action"]) for e in events] == [("user", "signup")] * 2
    assert [e["payload"]["email"] for e in events] == ["ada@watch.test", "bo@watch.test"]  # type: ignore[index]
    assert len({e["id"] for e in events}) == 2  # redelivered, yet printed once each
    assert "deleted after 2 event(s)" in stderr
    assert await webhooks(site) == []


async def test_watch_enrollment_progress_from_a_mock_in_another_process(site: Thinkific) -> None:
    """Progress has no Admin API call: the mock's control route causes it over HTTP."""
    watcher = await start_watch(site, "watchEnrollmentProgress", "--max-events", "2")
    enrollment = (await site.enrollments.list(limit=1).first_page()).items[0]
    root = site.base_url.removesuffix(SETTINGS.base_path)
    for percentage in (40, 100):
        answer = await site.http.post(
            f"{root}/_mock/enrollments/{enrollment.id}/progress",
            json={"percentage_completed": percentage},
            headers={"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"},
        )
        assert answer.status_code == 204
    events, stderr = await watcher.finish()
    assert watcher.process.returncode == 0, stderr
    payloads: list[Any] = [event["payload"] for event in events]
    assert [p["id"] for p in payloads] == [enrollment.id] * 2
    assert [float(p["percentage_completed"]) for p in payloads] == [40.0, 100.0]
    assert await webhooks(site) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
async def test_a_signal_stops_the_watch_and_deletes_its_webhook(
    site: Thinkific, signum: signal.Signals
) -> None:
    watcher = await start_watch(site, "Watch Enrollment Completed")
    assert [topic for topic, _ in await webhooks(site)] == ["enrollment.completed"]
    watcher.process.send_signal(signum)
    events, stderr = await watcher.finish()
    assert watcher.process.returncode == 0, stderr
    assert events == []
    assert "deleted after 0 event(s)" in stderr and "Traceback" not in stderr
    assert await webhooks(site) == []


async def test_an_identical_webhook_is_reused(site: Thinkific) -> None:
    first = await start_watch(site, "watchOrderCreated", "--public-url", "https://hooks.test/x")
    second = await start_watch(site, "watchOrderCreated", "--public-url", "https://hooks.test/x")
    assert "registered" in first.ready_line and "reused" in second.ready_line
    assert await webhooks(site) == [("order.created", "https://hooks.test/x")]
    for watcher in (first, second):
        watcher.process.terminate()
        await watcher.finish()
    assert await webhooks(site) == []


async def test_refused_credentials_exit_1_before_serving_events(site: Thinkific) -> None:
    process = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "aiothinkific", "modules", "watch", "watchNewUser"),
        *("--base-url", site.base_url, "--port", "0"),
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "THINKIFIC_API_KEY": "wrong-key", "THINKIFIC_SUBDOMAIN": "mock"},
    )
    _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 1
    assert stderr.decode().startswith("Error: ") and "401" in stderr.decode()
    assert "wrong-key" not in stderr.decode()
    assert await webhooks(site) == []


# -- errors found before anything is served ------------------------------------------------------


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    base = ("--base-url", "http://127.0.0.1:9/api/public/v1")
    return CliRunner().invoke(modules_app, ["watch", *args, *base], env=env or CREDENTIALS)


def failed(result: Result, *says: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for text in says:
        assert text in result.output


def test_only_instant_triggers_can_be_watched() -> None:
    failed(invoke("getUser"), "Get a User (getUser) is not an instant trigger", "modules run")
    failed(invoke("watchNothing"), "watchNothing")


@pytest.mark.parametrize(
    "url", ["ftp://hooks.test/", "hooks.test/x", "http:///nohost", "http://[::1"]
)
def test_a_public_url_must_be_http_with_a_host(url: str) -> None:
    failed(invoke("watchNewUser", "--public-url", url), f"--public-url {url!r}", "http(s)")


def test_missing_credentials_or_secret_are_named() -> None:
    failed(invoke("watchNewUser", env={"THINKIFIC_API_KEY": "k"}), "missing subdomain")
    failed(
        invoke("watchNewUser", env={"THINKIFIC_ACCESS_TOKEN": "t"}),
        "--secret",
        "THINKIFIC_WEBHOOK_SECRET",
    )


def test_the_base_url_is_required() -> None:
    result = CliRunner().invoke(modules_app, ["watch", "watchNewUser"], env=CREDENTIALS)
    assert result.exit_code == 2 and "--base-url" in result.output


def test_a_port_in_use_is_reported() -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = str(busy.getsockname()[1])
        failed(invoke("watchNewUser", "--port", port), f"cannot listen on 127.0.0.1:{port}")


def test_a_store_that_cannot_be_opened_is_reported(tmp_path: Path) -> None:
    store = tmp_path / "no-such-directory" / "events.sqlite"
    failed(invoke("watchNewUser", "--store", str(store)), f"cannot use --store {store}")


def test_max_events_must_be_positive() -> None:
    result = invoke("watchNewUser", "--max-events", "0")
    assert result.exit_code == 2 and "max-events" in result.output


def test_an_event_line_survives_lone_surrogates_and_huge_integers() -> None:
    from decimal import Decimal

    from aiothinkific.modules.cli import event_line

    line = event_line({"id": "evt-\ud800", "payload": {"n": Decimal("1" * 5000), "name": "Zoë"}})
    line.encode("utf-8")  # printable on a UTF-8 stdout
    assert '"id": "evt-\\ud800"' in line
    decoded = json.loads(line)
    assert decoded["id"] == "evt-\ud800"
    assert decoded["payload"] == {"n": "1" * 5000, "name": "Zoë"}
    assert event_line({"name": "Zoë"}) == '{"name": "Zoë"}'  # readable when it can be
