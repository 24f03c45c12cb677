import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from engine_stores import engine_db, postgres_db, postgres_server

ROOT = Path(__file__).resolve().parents[1]
# The build scripts (overlay application, lint) are tested as modules.
sys.path.insert(0, str(ROOT / "scripts"))
# The engine's stores (SQLite, and PostgreSQL on a throwaway server) for any test module.
__all__ = ["engine_db", "postgres_db", "postgres_server"]


def copy_of_checkout(destination: Path) -> Path:
    """This checkout's files as a user's clone has them (tracked and new, not ignored: no build
    leftovers, caches or virtual environments), copied to ``destination``."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
    return destination


#: What a vendor update adds in the tests that simulate one: GET /courses/{id}/instructors.
COURSE_INSTRUCTORS: dict[str, Any] = {
    "get": {
        "tags": ["Courses"],
        "operationId": "getCourseInstructors",
        "summary": "List the instructors of a course",
        "description": "Every instructor teaching the course identified by the id.",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
            {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
            {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 25}},
        ],
        "responses": {
            "200": {
                "description": "The instructors",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/GetInstructorsResponse"}
                    }
                },
            }
        },
    }
}


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout's files (a copy, so no build leftovers ride along),
    installed without dependencies into a folder."""
    work = tmp_path_factory.mktemp("wheel")
    source = copy_of_checkout(work / "source")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = work.glob("aiothinkific-*.whl")
    site = work / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return site
