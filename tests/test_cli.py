"""The command line: the demo (main job) and the mock server on a real port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.cli import app
from typer.testing import CliRunner

runner = CliRunner()


def test_demo_runs_end_to_end_against_the_bundled_mock() -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "created user #31: Ada Lovelace <ada@example.com>" in out
    assert "fetched user #31: Ada Lovelace" in out
    assert "users with that email: 1" in out
    assert "courses: 12 in all; first page of 5:" in out
    assert "enrollments of user #31: 1" in out
    assert "creating the same user again -> 422 (email: has already been taken)" in out
    assert "streamed all 31 users in 4 pages" in out


def test_mock_serve_rejects_bad_settings_clearly() -> None:
    result = runner.invoke(app, ["mock", "serve", "--error-rate", "2"])
    assert result.exit_code != 0
    assert "error_rate must be between 0 and 1" in result.output


def test_mock_handlers_reports_how_the_handlers_cover_the_spec() -> None:
    result = runner.invoke(app, ["mock", "handlers"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "generic behaviour (no handler): none",
        "stale handlers (no such operation): none",
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served_mock(tmp_path: object) -> Iterator[str]:
    """``aiothinkific mock serve`` in a subprocess; yields its API root once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "aiothinkific", "mock", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    root = f"http://127.0.0.1:{port}/api/public/v1"
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                time.sleep(0.1)
        else:
            pytest.fail("the mock server did not start")
        yield root
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_mock_serves_the_client_over_a_real_port(served_mock: str) -> None:
    async with Thinkific(api_key="mock-key", subdomain="mock", base_url=served_mock) as tk:
        user = await tk.users.create(first_name="Grace", last_name="Hopper", email="g@example.com")
        assert (await tk.users.get(user.id)).email == "g@example.com"
        emails = [u.email async for u in tk.users.list(email="g@example.com")]
        assert emails == ["g@example.com"]
    async with Thinkific(api_key="wrong", subdomain="mock", base_url=served_mock) as tk:
        with pytest.raises(Exception, match="401"):
            await tk.users.get(user.id)
