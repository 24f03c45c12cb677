"""Crash recovery with real processes: a receiver under uvicorn with a file store is killed
(SIGKILL) while handlers block, restarted, and sent every event again. Every event is handled to
the end once: by the restarted receiver's start-up recovery, or by the redelivery."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sys
import textwrap
from collections import Counter
from pathlib import Path

import httpx
import pytest
from aiothinkific.webhooks import SIGNATURE_HEADER, sign

SECRET = "recovery-secret"
EVENTS = 200
BLOCKED = {f"evt-{n}" for n in range(0, EVENTS, 10)}
GIVE_UP = 30.0
#: The README's limits for the ``uvicorn`` command, as written there.
README_FLAGS = re.search(
    r"with the `uvicorn` command, pass `(--http[^`]*)`",
    (Path(__file__).parent.parent / "README.md").read_text(),
)[1].split()  # type: ignore[index]

APP = textwrap.dedent(
    """
    import asyncio, os
    from aiothinkific.webhooks import WebhookReceiver

    receiver = WebhookReceiver(os.environ["HOOKS_SECRET"], store=os.environ["HOOKS_STORE"])

    def note(word, event_id):
        with open(os.environ["HOOKS_LOG"], "a") as log:
            log.write(f"{word} {event_id} {os.getpid()}\\n")

    @receiver.handles("enrollment.created")
    async def handle(event):
        note("start", event.id)
        if os.environ.get("HOOKS_BLOCK") and int(event.id.split("-")[1]) % 10 == 0:
            await asyncio.Event().wait()  # blocks until the process is killed
        note("done", event.id)
    """
)


def body(n: int) -> bytes:
    return json.dumps(
        {"id": f"evt-{n}", "resource": "enrollment", "action": "created", "payload": {"id": n}}
    ).encode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def lines(log: Path, word: str) -> Counter[str]:
    text = log.read_text() if log.exists() else ""
    return Counter(line.split()[1] for line in text.splitlines() if line.startswith(word + " "))


async def wait_for(condition: object, what: str) -> None:
    for _ in range(int(GIVE_UP / 0.05)):
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


async def start(
    tmp_path: Path, port: int, *, block: bool, lifespan: str
) -> asyncio.subprocess.Process:
    env = {**os.environ, "HOOKS_SECRET": SECRET, "HOOKS_STORE": str(tmp_path / "events.sqlite"),
           "HOOKS_LOG": str(tmp_path / "handled.log")}  # fmt: skip
    env.pop("HOOKS_BLOCK", None)
    if block:
        env["HOOKS_BLOCK"] = "1"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "uvicorn", "hooks_app:receiver", "--app-dir", str(tmp_path),
        "--port", str(port), "--log-level", "warning", "--lifespan", lifespan, *README_FLAGS,
        env=env,
    )  # fmt: skip

    def listening() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            return False
        return True

    await wait_for(listening, "the receiver to listen")
    return process


async def deliver(client: httpx.AsyncClient, n: int) -> str:
    content = body(n)
    response = await client.post(
        "/", content=content, headers={SIGNATURE_HEADER: sign(SECRET, content)}
    )
    assert response.status_code == 200
    status: str = response.json()["status"]
    return status


@pytest.mark.parametrize("lifespan", ["on", "off"])
async def test_events_cut_off_by_a_kill_are_handled_after_the_restart(
    tmp_path: Path, lifespan: str
) -> None:
    (tmp_path / "hooks_app.py").write_text(APP)
    log, port = tmp_path / "handled.log", free_port()
    url = f"http://127.0.0.1:{port}"
    first = await start(tmp_path, port, block=True, lifespan=lifespan)
    try:
        async with httpx.AsyncClient(base_url=url, timeout=GIVE_UP) as client:
            sending = [asyncio.create_task(deliver(client, n)) for n in range(EVENTS)]
            await wait_for(lambda: len(lines(log, "start")) == EVENTS, "every handler to start")
            await wait_for(lambda: len(lines(log, "done")) == EVENTS - len(BLOCKED), "the rest")
            first.kill()  # SIGKILL: no shutdown, no cleanup
            await first.wait()
            for task in sending:
                task.cancel()
            await asyncio.gather(*sending, return_exceptions=True)
    finally:
        if first.returncode is None:
            first.kill()
            await first.wait()
    assert set(lines(log, "start")) - set(lines(log, "done")) == BLOCKED

    second = await start(tmp_path, port, block=False, lifespan=lifespan)
    try:
        async with httpx.AsyncClient(base_url=url, timeout=GIVE_UP) as client:
            answers = await asyncio.gather(*(deliver(client, n) for n in range(EVENTS)))
            await wait_for(lambda: len(lines(log, "done")) == EVENTS, "every event to be done")
            again = await asyncio.gather(*(deliver(client, n) for n in range(EVENTS)))
    finally:
        second.terminate()
        await second.wait()
    done = lines(log, "done")
    assert set(done) == {f"evt-{n}" for n in range(EVENTS)}
    assert set(done.values()) == {1}  # none handled twice after it succeeded
    assert set(answers) <= {"ok", "duplicate"} and set(again) == {"duplicate"}
    # Those that had finished before the kill were not run again.
    assert Counter(lines(log, "start")).most_common(1)[0][1] <= 2
