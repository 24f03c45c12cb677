"""A user's type checker sees the installed wheel's types: the overlay and both generated packages
ship ``py.typed`` (PEP 561), so ``await tk.users.get(1)`` is a ``UserResponse``, not ``Any``."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

USER_SCRIPT = """
    from aiothinkific import Thinkific


    async def main() -> None:
        async with Thinkific(api_key="k", subdomain="s") as tk:
            user = await tk.users.get(1)
            reveal_type(user)
            async for hook in tk.webhooks.list(limit=3):
                reveal_type(hook)
            wrong: int = await tk.enrollments.get(1)
"""


@pytest.fixture(scope="module")
def installed(installed_wheel: Path) -> Path:
    return installed_wheel


def mypy(site: Path, project: Path) -> subprocess.CompletedProcess[str]:
    (project / "app.py").write_text(textwrap.dedent(USER_SCRIPT))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            sys.executable,
            "app.py",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(site), "PATH": str(Path(sys.executable).parent)},
    )


def test_a_user_script_is_type_checked_against_the_installed_wheel(
    installed: Path, tmp_path: Path
) -> None:
    for package in ("aiothinkific", "thinkific_admin_client", "thinkific_webhooks_client"):
        assert (installed / package / "py.typed").is_file(), package
    result = mypy(installed, tmp_path)
    out = result.stdout
    assert "import-untyped" not in out, out
    assert 'Revealed type is "thinkific_admin_client.models.user_response.UserResponse"' in out
    assert 'Revealed type is "thinkific_webhooks_client.models.webhook.Webhook"' in out
    # The one wrong line is caught: the types are real, not Any.
    assert 'expression has type "EnrollmentResponse", variable has type "int"' in out, out
    assert "Found 1 error in 1 file" in out


def test_without_the_marker_the_generated_types_would_be_lost(
    installed: Path, tmp_path: Path
) -> None:
    """What the marker is for: the same script against a copy lacking it."""
    bare = tmp_path / "site"
    shutil.copytree(installed, bare)
    (bare / "thinkific_admin_client" / "py.typed").unlink()
    project = tmp_path / "project"
    project.mkdir()
    out = mypy(bare, project).stdout
    # Silently Any: the wrong line passes.
    assert 'Revealed type is "Any"' in out, out
    assert "Success: no issues found" in out, out
