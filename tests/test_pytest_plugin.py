"""The pytest plugin works where users use it: in another project that installs the package."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

USER_TESTS = """
import httpx
import pytest
from aiothinkific import NotFoundError, Thinkific


async def test_in_process_client(thinkific_client):
    user = await thinkific_client.users.create(first_name="A", last_name="B", email="a@b.co")
    assert (await thinkific_client.users.get(user.id)).email == "a@b.co"
    with pytest.raises(NotFoundError):
        await thinkific_client.users.get(999_999)


async def test_each_test_gets_a_fresh_site(thinkific_client):
    assert [u async for u in thinkific_client.users.list(email="a@b.co")] == []


async def test_live_server_on_a_real_port(thinkific_mock_server):
    assert thinkific_mock_server.startswith("http://127.0.0.1:")
    root = thinkific_mock_server
    async with Thinkific(api_key="mock-key", subdomain="mock", base_url=root) as tk:
        page = await tk.courses.list(limit=3).first_page()
    assert len(page.items) == 3


def test_a_plain_http_client_works_too(thinkific_mock_server):
    response = httpx.get(
        thinkific_mock_server + "/users", headers={"Authorization": "Bearer mock-token"}
    )
    assert response.status_code == 200
"""

OVERRIDING_TESTS = """
import pytest
from aiothinkific.mock import MockSettings


@pytest.fixture
def thinkific_mock_settings():
    return MockSettings(api_key="my-key", subdomain="myschool", seed=7)


async def test_settings_can_be_overridden(thinkific_client):
    assert thinkific_client.credentials.subdomain == "myschool"
    assert await thinkific_client.courses.list(limit=1).to_list()
"""


def test_fixtures_work_in_a_project_that_installs_the_package(tmp_path: Path) -> None:
    (tmp_path / "test_with_plugin.py").write_text(textwrap.dedent(USER_TESTS))
    (tmp_path / "test_overriding_settings.py").write_text(textwrap.dedent(OVERRIDING_TESTS))
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 passed" in result.stdout
