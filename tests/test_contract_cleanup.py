"""On a real target with ``--allow-writes``, the harness's writes are tagged and what they
created is removed afterwards: the site is left as it was found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

AUTH = {"X-Auth-API-Key": "mock-key", "X-Auth-Subdomain": "mock"}


def users(base_url: str) -> list[dict[str, object]]:
    answer = httpx.get(f"{base_url}/users", params={"limit": 250}, headers=AUTH, timeout=30)
    items: list[dict[str, object]] = answer.json()["items"]
    return items


def webhooks(base_url: str) -> list[dict[str, object]]:
    root = base_url.replace("/api/public/v1", "/api/v2")
    answer = httpx.get(f"{root}/webhooks", headers={"Authorization": "Bearer mock-key"}, timeout=30)
    items: list[dict[str, object]] = answer.json()["items"]
    return items


def test_a_writing_run_leaves_no_record_behind(thinkific_mock_server: str, tmp_path: Path) -> None:
    before = {u["id"] for u in users(thinkific_mock_server)}
    env = {
        **os.environ,
        "THINKIFIC_API_KEY": "mock-key",
        "THINKIFIC_SUBDOMAIN": "mock",
        "THINKIFIC_CONTRACT_RATE_LIMIT": "off",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiothinkific",
            "contract",
            "run",
            "--base-url",
            thinkific_mock_server,
            "--allow-writes",
            "--operations",
            "createUser,createWebhook",
            "--report",
            "report.md",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    report = (tmp_path / "report.md").read_text()
    removed = next(line for line in report.splitlines() if "cleanup: removed" in line)
    assert int(removed.split("removed ")[1].split()[0]) > 0  # the run did create records
    assert "could not remove" not in report
    assert {u["id"] for u in users(thinkific_mock_server)} == before
    assert webhooks(thinkific_mock_server) == []
