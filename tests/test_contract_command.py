"""``aiothinkific contract run`` as a user who never cloned this repository runs it: from a
throwaway project where only the built wheel is importable. It passes against the bundled mocks,
fails (exit 1) with a report a user can act on against a server with a defect, stops at a target
that is not the API, and exits 2 on bad usage."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiothinkific.mock import MockSettings, create_app
from starlette.types import Message, Receive, Scope, Send

KEY, SUBDOMAIN = "mock-key", "mock"


def contract_run(
    site: Path, project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command, run in ``project`` with the wheel (and this environment's dependencies)."""
    environ = {
        "PYTHONPATH": str(site),
        "PATH": os.environ["PATH"],
        "HOME": str(project),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "aiothinkific", "contract", "run", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=900,
        env=environ,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A user's project: its own pytest settings, which the command must not pick up."""
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --this-option-does-not-exist\n")
    return tmp_path


def test_the_command_runs_from_the_wheel_and_passes_against_the_bundled_mocks(
    installed_wheel: Path, project: Path
) -> None:
    imported = subprocess.run(
        [sys.executable, "-c", "import aiothinkific.contract, sys; print(aiothinkific.__file__)"],
        env={"PYTHONPATH": str(installed_wheel), "PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        check=True,
    )
    assert imported.stdout.startswith(str(installed_wheel))
    result = contract_run(
        installed_wheel,
        project,
        "--operations",
        "getUserByID,listWebhooks,thrivecart.getProduct,thrivecart.createAffiliate",
        "--junitxml",
        "junit.xml",
        "--report",
        "summary.md",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "contract summary" in result.stdout
    summary = (project / "summary.md").read_text()
    assert "| thrivecart.createAffiliate |" in summary
    assert "distinct failures: 0" in summary
    assert "<testsuite" in (project / "junit.xml").read_text()


class EmailAsNumber:
    """The mock site, with one defect: a user's ``email`` comes back as a number (in a user
    and in each user of a listing)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/public/v1/users"):
            await self.app(scope, receive, send)
            return
        started: list[Message] = []
        body = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.append(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            try:
                document = json.loads(body)
                for user in document.get("items", [document]):
                    user["email"] = 12345
                content = json.dumps(document).encode()
            except (ValueError, TypeError, KeyError):
                content = bytes(body)
            start = dict(started[0])
            start["headers"] = [
                (k, str(len(content)).encode() if k == b"content-length" else v)
                for k, v in start["headers"]
            ]
            await send(start)
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, capture)


@pytest.fixture
def thinkific_mock_app(thinkific_mock_settings: MockSettings) -> Any:
    """Overrides the plugin's: the site the server fixture serves has the defect."""
    return EmailAsNumber(create_app(thinkific_mock_settings))


@pytest.fixture
def defective_site(thinkific_mock_server: str) -> Iterator[str]:
    yield thinkific_mock_server


def test_a_defect_fails_with_exit_1_and_a_report_to_act_on(
    installed_wheel: Path, project: Path, defective_site: str
) -> None:
    env = {
        "THINKIFIC_API_KEY": KEY,
        "THINKIFIC_SUBDOMAIN": SUBDOMAIN,
        "THINKIFIC_CONTRACT_RATE_LIMIT": "off",
    }
    result = contract_run(
        installed_wheel,
        project,
        "--base-url",
        defective_site,
        "--operations",
        "getUsers",
        "--report",
        "report.md",
        env=env,
    )
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    assert "FAILED getUsers (provider)" in result.stdout
    report = (project / "report.md").read_text()
    assert "## Failures" in report and "### getUsers (provider)" in report
    assert "curl -X GET" in report and "[Filtered]" in report
    assert "12345" in report  # the answer that failed
    assert KEY not in result.stdout + result.stderr + report


def test_a_target_that_is_not_the_api_stops_the_run(
    installed_wheel: Path, project: Path, tmp_path: Path
) -> None:
    page = tmp_path / "site"
    page.mkdir()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1"],
        cwd=page,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N ..."
        port = line.split(" port ")[1].split()[0]
        result = contract_run(
            installed_wheel,
            project,
            "--base-url",
            f"http://127.0.0.1:{port}/api/public/v1",
            "--operations",
            "getCourses",
            env={"THINKIFIC_API_KEY": KEY, "THINKIFIC_SUBDOMAIN": SUBDOMAIN},
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result.returncode == 2, result.stdout[-3000:]
    assert "wrong target" in result.stdout + result.stderr
    assert "it answers an HTML page" in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profile", "slow"], "--profile: 'slow' is not one of deep, fast"),
        (["--base-url", "not-a-url"], "--base-url"),
        (["--operations", "noSuchOperation"], "no operation matches noSuchOperation"),
        (["--base-url", "https://school.example/api/public/v1"], "needs credentials"),
    ],
)
def test_bad_usage_exits_2_with_the_reason(
    installed_wheel: Path, project: Path, args: list[str], message: str
) -> None:
    result = contract_run(installed_wheel, project, *args)
    assert result.returncode == 2, result.stdout[-2000:] + result.stderr[-2000:]
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
