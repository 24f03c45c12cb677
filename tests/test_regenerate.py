"""scripts/regenerate: generated/ is what the spec produces, and drift is caught and named."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def spec_operations() -> list[str]:
    """The operationIds of the patched spec shipped in the generated package."""
    spec = json.loads((ROOT / "generated" / "thinkific_admin_client" / "openapi.json").read_text())
    methods = ("get", "put", "post", "delete", "patch")
    return [
        op["operationId"]
        for item in spec["paths"].values()
        for m, op in item.items()
        if m in methods
    ]


def run_regenerate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_of_repo(tmp_path: Path) -> Path:
    """What regeneration reads and writes: the specs, the scripts, generated/, the overlay's
    resource modules, and pyproject.toml (ruff's settings for them)."""
    for part in ("spec", "scripts", "generated", "overlay/aiothinkific/resources"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_generated_code_is_what_the_spec_produces() -> None:
    result = run_regenerate(ROOT, "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_names_the_files_that_drifted(tmp_path: Path) -> None:
    repo = copy_of_repo(tmp_path)
    edited = repo / "generated" / "thinkific_admin_client" / "api" / "users" / "get_users.py"
    edited.write_text(edited.read_text() + "# hand edit\n")
    (repo / "generated" / "thinkific_admin_client" / "stray.py").write_text("")
    result = run_regenerate(repo, "--check")
    assert result.returncode == 1
    assert "generated/thinkific_admin_client/api/users/get_users.py" in result.stdout
    assert "generated/thinkific_admin_client/stray.py" in result.stdout


def test_check_catches_a_hand_edit_of_a_resource_module(tmp_path: Path) -> None:
    repo = copy_of_repo(tmp_path)
    edited = repo / "overlay" / "aiothinkific" / "resources" / "thinkific_webhooks.py"
    edited.write_text(edited.read_text().replace("def get_event(", "def fetch_event("))
    result = run_regenerate(repo, "--check")
    assert result.returncode == 1
    assert "overlay/aiothinkific/resources/thinkific_webhooks.py" in result.stdout
    # The hand-written modules beside the generated ones are not the generator's business.
    assert "_base.py" not in result.stdout


def test_regeneration_is_deterministic_and_summarised(tmp_path: Path) -> None:
    repo = copy_of_repo(tmp_path)
    result = run_regenerate(repo)
    assert result.returncode == 0, result.stderr
    # A fresh run in another place gives the committed bytes.
    assert run_regenerate(repo, "--check").returncode == 0
    assert (repo / "generated" / "README.md").read_bytes() == (
        ROOT / "generated" / "README.md"
    ).read_bytes()
    summary = (repo / "generated" / "README.md").read_text()
    assert f"- operations: {len(spec_operations())}" in summary
    assert "- generator warnings: 0" in summary


def test_generated_package_has_every_operation_and_the_patched_spec() -> None:
    package = ROOT / "generated" / "thinkific_admin_client"
    modules = [p for p in (package / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == len(spec_operations())
    assert (package / "openapi.json").is_file()


def test_check_covers_the_spec_converted_from_the_postman_collection(tmp_path: Path) -> None:
    """spec/thrivecart.yaml is the converter's output: an edit is caught, regenerate undoes it."""
    repo = copy_of_repo(tmp_path)
    converted = repo / "spec" / "thrivecart.yaml"
    original = converted.read_bytes()
    converted.write_text(converted.read_text().replace("summary: Ping", "summary: Pong"))
    result = run_regenerate(repo, "--check")
    assert result.returncode == 1
    assert "spec/thrivecart.yaml" in result.stdout
    assert run_regenerate(repo).returncode == 0
    assert converted.read_bytes() == original
