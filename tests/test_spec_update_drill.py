"""The drill: a vendor spec update on a copy of the repository is one command.

The vendor's new revision adds an operation to an existing tag (``GET /courses/{id}/instructors``),
a new tag with a collection of its own (``/badges``), an optional response field
(``UserResponse.nickname``), and drops an operation a Make module calls (``GET /orders/{id}``).
``scripts/regenerate`` then stops, naming the table entry and the module; once the entry is
removed it succeeds and reports the new operations, which are typed overlay methods with the
spec's docstrings, answered by the mock and covered by the contract suite, without any other edit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml
from conftest import COURSE_INSTRUCTORS, copy_of_checkout

BADGE = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "integer", "example": 1},
        "name": {"type": "string", "example": "Finisher"},
        "points": {"type": "integer", "example": 10},
    },
}
BADGE_REQUEST = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string", "minLength": 1}, "points": {"type": "integer"}},
}


def _json(ref: str, description: str = "OK") -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
    }


BADGES = {
    "/badges": {
        "post": {
            "tags": ["Badges"],
            "operationId": "createBadge",
            "summary": "Create a badge",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/BadgeRequest"}}
                },
            },
            "responses": {"201": _json("Badge", "The badge created")},
        },
    },
    "/badges/{id}": {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "get": {
            "tags": ["Badges"],
            "operationId": "getBadgeByID",
            "summary": "Get a badge",
            "responses": {"200": _json("Badge"), "404": _json("ErrorNotFound", "No badge")},
        },
        "delete": {
            "tags": ["Badges"],
            "operationId": "deleteBadgeByID",
            "summary": "Delete a badge",
            "responses": {
                "204": {"description": "Deleted"},
                "404": _json("ErrorNotFound", "No badge"),
            },
        },
    },
}


def vendor_update(repo: Path) -> None:
    path = repo / "spec" / "thinkific.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["paths"]["/courses/{id}/instructors"] = COURSE_INSTRUCTORS
    spec["paths"].update(BADGES)
    spec["tags"] = [*spec.get("tags", []), {"name": "Badges"}]
    spec["components"]["schemas"]["Badge"] = BADGE
    spec["components"]["schemas"]["BadgeRequest"] = BADGE_REQUEST
    user = spec["components"]["schemas"]["UserResponse"]["properties"]
    user["nickname"] = {"type": "string", "description": "What the user likes to be called."}
    del spec["paths"]["/orders/{id}"]
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


def run(repo: Path, *command: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(repo / "overlay"), str(repo / "generated")]),
    )
    return subprocess.run(
        command, cwd=repo, env=env, capture_output=True, text=True, timeout=timeout
    )


AFTER_THE_UPDATE = """
    import asyncio, inspect
    from pathlib import Path

    import aiothinkific
    from aiothinkific import NotFoundError
    from aiothinkific.mock import mock_client

    assert Path(aiothinkific.__file__).is_relative_to(Path.cwd()), aiothinkific.__file__

    async def main() -> None:
        async with mock_client() as tk:
            method = tk.courses.list_instructors
            assert "List the instructors of a course" in method.__doc__
            assert "Every instructor teaching the course" in method.__doc__
            assert str(inspect.signature(method).return_annotation) == (
                "AsyncPaginator[InstructorResponse]"
            )
            page = await method(1).first_page()
            assert isinstance(page.items, list)

            badge = await tk.badges.create(name="Finisher", points=10)
            assert (await tk.badges.get(badge.id)).name == "Finisher"
            await tk.badges.delete(badge.id)
            try:
                await tk.badges.get(badge.id)
            except NotFoundError:
                pass
            else:
                raise AssertionError("a deleted badge is still there")

            user = await tk.users.create(first_name="A", last_name="B", email="a@b.co")
            assert hasattr(user, "nickname")
            assert not hasattr(tk.orders, "get")
            print("after the update: ok")

    asyncio.run(main())
"""


def test_a_vendor_update_is_one_command(tmp_path: Path) -> None:
    repo = copy_of_checkout(tmp_path / "repo")
    vendor_update(repo)
    regenerate = (sys.executable, "scripts/regenerate.py")

    stopped = run(repo, *regenerate)
    assert stopped.returncode != 0
    report = stopped.stdout + stopped.stderr
    assert "getOrderByID (tk.orders.get)" in report, report
    assert "Make module getOrder" in report, report

    table = repo / "spec" / "thinkific.resources.yaml"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    table.write_text("".join(line for line in lines if "getOrderByID" not in line))

    done = run(repo, *regenerate)
    assert done.returncode == 0, done.stdout + done.stderr
    for new in (
        "getCourseInstructors -> tk.courses.list_instructors",
        "createBadge -> tk.badges.create",
        "getBadgeByID -> tk.badges.get",
        "deleteBadgeByID -> tk.badges.delete",
    ):
        assert f"new operation {new}" in done.stdout, done.stdout
    assert (
        "mock: generic behaviour (no handler): getCourseInstructors, createBadge, getBadgeByID,"
        " deleteBadgeByID" in done.stdout
    ), done.stdout
    assert "mock: stale handlers (no such operation): getOrderByID" in done.stdout, done.stdout
    assert run(repo, *regenerate, "--check").returncode == 0

    after = run(repo, sys.executable, "-c", textwrap.dedent(AFTER_THE_UPDATE))
    assert after.returncode == 0, after.stdout + after.stderr
    assert "after the update: ok" in after.stdout

    contract = run(
        repo,
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "contract_tests/test_provider.py",
        "contract_tests/test_consumer.py",
        "-k",
        "instructors or badge",
    )
    failures = contract.stdout.split("= FAILURES =")[-1]
    assert contract.returncode == 0, failures[:6000] + contract.stderr[-2000:]
    summary = (repo / "reports" / "contract-summary.md").read_text(encoding="utf-8")
    for operation in ("getCourseInstructors", "createBadge", "getBadgeByID", "deleteBadgeByID"):
        row = next(line for line in summary.splitlines() if f"| {operation} " in line)
        provider_examples = int(row.split("|")[3])
        assert provider_examples > 0, row
