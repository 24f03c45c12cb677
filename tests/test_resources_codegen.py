"""scripts/resources_codegen.py: the resource classes written from a spec and its names table.

Each test changes the patched spec (or the table) the way a vendor update would and renders the
module, so what a regeneration reports and writes is checked without touching the repository.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from importlib import resources as package_files
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import COURSE_INSTRUCTORS

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
TARGET = ROOT / "overlay" / "aiothinkific" / "resources" / "thinkific.py"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


codegen = _load("resources_codegen")
references = _load("references")


@pytest.fixture(scope="module")
def admin_spec() -> dict[str, Any]:
    text = package_files.files("thinkific_admin_client").joinpath("openapi.json").read_text()
    doc: dict[str, Any] = json.loads(text)
    return doc


def render(doc: dict[str, Any], table: Path | None = None) -> Any:
    return codegen.render(
        doc,
        SPEC_DIR / "openapi-python-client.yaml",
        table or SPEC_DIR / "thinkific.resources.yaml",
        "thinkific.yaml",
        TARGET,
    )


def with_course_instructors(doc: dict[str, Any]) -> dict[str, Any]:
    """The vendor adds GET /courses/{id}/instructors (tag Courses)."""
    changed = copy.deepcopy(doc)
    changed["paths"]["/courses/{id}/instructors"] = copy.deepcopy(COURSE_INSTRUCTORS)
    return changed


def test_the_committed_module_is_what_the_spec_and_table_give(
    admin_spec: dict[str, Any],
) -> None:
    assert render(admin_spec).source == TARGET.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("operation_id", "resource", "paginated", "expected"),
    [
        ("getCourseInstructors", "courses", True, "list_instructors"),
        ("getCourses", "courses", True, "list"),
        ("getCourseByID", "courses", False, "get"),
        ("getChaptersByCourseID", "courses", True, "list_chapters"),
        ("createUser", "users", False, "create"),
        ("deleteUserByID", "users", False, "delete"),
        ("bulkCreateCoupons", "coupons", False, "bulk_create"),
        ("getGroupAnalysts", "groups", False, "get_analysts"),
    ],
)
def test_default_method_names(
    operation_id: str, resource: str, paginated: bool, expected: str
) -> None:
    assert codegen.default_method(operation_id, resource, paginated) == expected


def test_a_new_operation_gets_a_typed_method_at_once_and_is_reported(
    admin_spec: dict[str, Any],
) -> None:
    rendered = render(with_course_instructors(admin_spec))
    assert rendered.new_operations == ["getCourseInstructors -> tk.courses.list_instructors"]
    source = rendered.source
    courses = source[source.index("class Courses(") : source.index("class CustomProfile")]
    assert '@operation("getCourseInstructors")' in courses
    assert "def list_instructors(" in courses
    assert "-> AsyncPaginator[InstructorResponse]:" in courses
    assert "List the instructors of a course" in courses
    assert "Every instructor teaching the course identified by the id." in courses
    compile(source, "thinkific.py", "exec")


def test_a_table_entry_renames_the_new_operation(
    admin_spec: dict[str, Any], tmp_path: Path
) -> None:
    table = yaml.safe_load((SPEC_DIR / "thinkific.resources.yaml").read_text())
    table["resources"]["courses"]["operations"]["getCourseInstructors"] = {
        "method": "instructors",
        "args": {"id": "course_id"},
    }
    path = tmp_path / "thinkific.resources.yaml"
    path.write_text(yaml.safe_dump(table))
    rendered = render(with_course_instructors(admin_spec), path)
    assert rendered.new_operations == []
    assert re.search(r"def instructors\(\s*self,\s*course_id: int,", rendered.source)


def test_a_new_tag_becomes_a_new_resource(admin_spec: dict[str, Any]) -> None:
    doc = with_course_instructors(admin_spec)
    doc["paths"]["/course_instructors/{id}/instructors"] = {
        "get": {**doc["paths"].pop("/courses/{id}/instructors")["get"], "tags": ["Staff Rooms"]}
    }
    rendered = render(doc)
    assert rendered.new_operations == [
        "getCourseInstructors -> tk.staff_rooms.list_course_instructors"
    ]
    assert "class StaffRooms(_Resource):" in rendered.source
    assert "    staff_rooms: StaffRooms\n" in rendered.source
    assert "client.staff_rooms = StaffRooms(client)" in rendered.source


def test_a_removed_operation_stops_the_run_naming_its_entry_and_users(
    admin_spec: dict[str, Any],
) -> None:
    doc = copy.deepcopy(admin_spec)
    del doc["paths"]["/users"]["get"]
    with pytest.raises(codegen.TableError) as raised:
        render(doc)
    assert "getUsers (tk.users.list)" in str(raised.value)
    assert raised.value.vanished == [("getUsers", "users", "list")]
    report = references.users_of(raised.value.vanished)
    assert "Make module searchUsers" in report


def test_a_name_taken_twice_is_refused(admin_spec: dict[str, Any], tmp_path: Path) -> None:
    table = yaml.safe_load((SPEC_DIR / "thinkific.resources.yaml").read_text())
    table["resources"]["users"]["operations"]["createUser"] = "list"
    path = tmp_path / "thinkific.resources.yaml"
    path.write_text(yaml.safe_dump(table))
    with pytest.raises(codegen.TableError, match=r"createUser: tk.users.list is already taken"):
        render(admin_spec, path)


def test_a_rename_of_a_parameter_the_operation_lacks_is_refused(
    admin_spec: dict[str, Any], tmp_path: Path
) -> None:
    table = yaml.safe_load((SPEC_DIR / "thinkific.resources.yaml").read_text())
    table["resources"]["users"]["operations"]["getUserByID"]["args"] = {"uid": "user_id"}
    path = tmp_path / "thinkific.resources.yaml"
    path.write_text(yaml.safe_dump(table))
    with pytest.raises(codegen.TableError, match="getUserByID: no such parameter uid"):
        render(admin_spec, path)


def test_a_filter_named_like_a_paginator_argument_is_refused(admin_spec: dict[str, Any]) -> None:
    doc = copy.deepcopy(admin_spec)
    doc["paths"]["/users"]["get"]["parameters"].append(
        {"name": "query[limit]", "in": "query", "schema": {"type": "integer"}}
    )
    with pytest.raises(codegen.TableError, match="getUsers: arguments named twice: limit"):
        render(doc)


def test_a_tag_taking_a_client_attribute_or_model_name_is_refused(
    admin_spec: dict[str, Any],
) -> None:
    for tag, message in (("Request", "the client's own attribute"), ("Order Response", "model")):
        doc = with_course_instructors(admin_spec)
        doc["paths"]["/courses/{id}/instructors"]["get"]["tags"] = [tag]
        with pytest.raises(codegen.TableError, match=message):
            render(doc)


def test_an_operation_without_id_or_named_by_a_keyword_still_gets_a_method(
    admin_spec: dict[str, Any],
) -> None:
    doc = with_course_instructors(admin_spec)
    operation = doc["paths"]["/courses/{id}/instructors"]["get"]
    del operation["operationId"]
    rendered = render(doc)
    (new,) = rendered.new_operations
    assert new.startswith("get_course_instructors") or "tk.courses." in new
    operation["operationId"] = "import"
    rendered = render(doc)
    assert rendered.new_operations == ["import -> tk.courses.import_"]


def test_a_success_body_that_is_not_a_model_is_returned(admin_spec: dict[str, Any]) -> None:
    doc = with_course_instructors(admin_spec)
    ok = doc["paths"]["/courses/{id}/instructors"]["get"]["responses"]["200"]
    ok["content"]["application/json"]["schema"] = {"type": "array", "items": {"type": "integer"}}
    source = render(doc).source
    courses = source[source.index("class Courses(") : source.index("class CustomProfile")]
    # Not a paginated list (no items envelope), so a plain method returning the parsed body.
    assert re.search(r"def get_instructors\([^)]*\) -> builtins\.list\[int\]:", courses)
    assert 'return cast("builtins.list[int]", response.parsed)' in courses
