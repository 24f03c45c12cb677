"""The module catalogue: every module of the Make app (seeds 000/001) and the issue, with Make's
labels, kinds, fields and options; lookup, the fields table, and the README's table."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiothinkific.modules import (
    DESCRIBE_COLUMNS,
    MODULES,
    ModuleNotRunnableError,
    UnknownModuleError,
    catalogue_markdown,
    catalogue_md,
    describe,
    get_module,
    run_module,
)

ROOT = Path(__file__).resolve().parents[1]

# The issue's list, by group: Make label -> kind.
EXPECTED = {
    "Instant triggers": {
        "Watch Order Created": "instant trigger",
        "Watch Enrollment Created": "instant trigger",
        "Watch Enrollment Completed": "instant trigger",
        "Watch Enrollment Progress": "instant trigger",
        "Watch Enrollment Trial": "instant trigger",
    },
    "Users": {
        "Watch New User": "instant trigger",
        "Get a User": "action",
        "Create a User": "action",
        "Update a User": "action",
        "Delete a User": "action",
        "Search Users": "search",
    },
    "Instructors": {
        "Get an Instructor": "action",
        "Create an Instructor": "action",
        "Update an Instructor": "action",
        "Delete an Instructor": "action",
        "List Instructors": "search",
    },
    "Categories": {
        "Get a Category": "action",
        "Create a Category": "action",
        "Update a Category": "action",
        "Delete a Category": "action",
        "List Categories": "search",
    },
    "Coupons": {
        "Get a Coupon": "action",
        "Create a Coupon": "action",
        "Update a Coupon": "action",
        "Delete a Coupon": "action",
        "List Coupons": "search",
    },
    "Promotions": {
        "Get a Promotion": "action",
        "Create a Promotion": "action",
        "Update a Promotion": "action",
        "Delete a Promotion": "action",
        "List Promotions": "search",
    },
    "Enrollments": {
        "Create an Enrollment": "action",
        "Get an Enrollment": "action",
        "Update an Enrollment": "action",
        "Expire an Enrollment": "action",
        "List Enrollments": "search",
    },
    "Orders": {"Get an Order": "action", "List Orders": "search"},
    "Other": {"Make an API Call": "universal"},
}

TOPICS = {
    "Watch Order Created": "order.created",
    "Watch Enrollment Created": "enrollment.created",
    "Watch Enrollment Completed": "enrollment.completed",
    "Watch Enrollment Progress": "enrollment.progress",
    "Watch Enrollment Trial": "enrollment.trial",
    "Watch New User": "user.signup",
}

USER_PROFILE = [
    "First Name",
    "Last Name",
    "Email",
    "Password",
    "Roles",
    "Bio",
    "Company",
    "Headline",
    "Affiliate Program",
    "Affiliate Commission",
    "Affiliate Payout Email",
    "Affiliate Code",
    "Affiliate Commission Type",
]
INSTRUCTOR = ["First Name", "Last Name", "Slug", "User", "Title", "Bio", "Avatar URL", "Email"]
PROMOTION = [
    "Name",
    "Discount Type",
    "Amount",
    "Description",
    "Starts At",
    "Expires At",
    "Products",
    "Duration",
]

# The seed's fields, module by module. Where the seed and the API part ways: Update a User has
# no Send Welcome Mail / External ID (the API's update takes neither); Update a Category and
# Update a Promotion get the record's ID, which the seed's field list omits.
SEED_FIELDS = {
    **{label: ["Webhook Name"] for label in TOPICS},
    "Get a User": ["User"],
    "Create a User": [*USER_PROFILE, "Send Welcome Mail", "External ID"],
    "Update a User": ["User ID", *USER_PROFILE],
    "Delete a User": ["User"],
    "Search Users": [
        "Limit",
        "Email",
        "Role",
        "External Source",
        "Custom Profile Field",
        "Group ID",
    ],
    "Get an Instructor": ["Instructor"],
    "Create an Instructor": INSTRUCTOR,
    "Update an Instructor": ["Instructor ID", *INSTRUCTOR],
    "Delete an Instructor": ["Instructor"],
    "List Instructors": ["Limit"],
    "Get a Category": ["Category"],
    "Create a Category": ["Name", "Description", "Slug"],
    "Update a Category": ["Category ID", "Name", "Description", "Slug"],
    "Delete a Category": ["Category"],
    "List Categories": ["Limit"],
    "Get a Coupon": ["Promotion", "Coupon"],
    "Create a Coupon": ["Promotion", "Code", "Note", "Quantity"],
    "Update a Coupon": ["Promotion", "Coupon", "Code", "Note", "Quantity"],
    "Delete a Coupon": ["Promotion", "Coupon"],
    "List Coupons": ["Promotion", "Limit"],
    "Get a Promotion": ["Promotion"],
    "Create a Promotion": PROMOTION,
    "Update a Promotion": ["Promotion ID", *PROMOTION],
    "Delete a Promotion": ["Promotion"],
    "List Promotions": ["Limit"],
    "Make an API Call": ["URL", "Method", "Headers", "Query String", "Body"],
}

# Beyond the seed's list (its introduction promises orders and enrollments).
BEYOND_SEED_FIELDS = {
    "Create an Enrollment": ["Course", "User", "Activated At", "Expiry Date"],
    "Get an Enrollment": ["Enrollment"],
    "Update an Enrollment": ["Enrollment ID", "Activated At", "Expiry Date"],
    "Expire an Enrollment": ["Enrollment"],
    "List Enrollments": [
        "Limit",
        "User",
        "Course",
        "Email",
        "Free Trial",
        "Full",
        "Completed",
        "Expired",
        "Created On",
        "Created Before",
        "Created On or Before",
        "Created After",
        "Created On or After",
        "Updated On",
        "Updated Before",
        "Updated On or Before",
        "Updated After",
    ],
    "Get an Order": ["Order"],
    "List Orders": ["Limit"],
}

BY_LABEL = {module.label: module for module in MODULES.values()}


def test_the_catalogue_has_every_module_of_the_issue_and_no_other() -> None:
    expected = {label: kind for group in EXPECTED.values() for label, kind in group.items()}
    assert sorted(BY_LABEL) == sorted(expected)
    assert {label: module.kind for label, module in BY_LABEL.items()} == expected
    assert len(MODULES) == len(expected) == 39


def test_modules_are_in_their_groups_in_catalogue_order() -> None:
    grouped: dict[str, list[str]] = {}
    for module in MODULES.values():
        grouped.setdefault(module.group, []).append(module.label)
    assert list(grouped) == list(EXPECTED)
    for group, labels in EXPECTED.items():
        assert sorted(grouped[group]) == sorted(labels)


def test_keys_are_camel_case_and_unique() -> None:
    for key, module in MODULES.items():
        assert module.key == key
        assert key[0].islower() and key.isalnum(), key
    assert len({module.label for module in MODULES.values()}) == len(MODULES)


def test_instant_triggers_have_their_topic_and_no_handler() -> None:
    for label, module in BY_LABEL.items():
        if module.kind == "instant trigger":
            assert module.topic == TOPICS[label]
            assert module.handler is None
        else:
            assert module.topic is None
            assert module.handler is not None, label


def test_every_module_has_the_seed_fields() -> None:
    expected = SEED_FIELDS | BEYOND_SEED_FIELDS
    assert sorted(expected) == sorted(BY_LABEL)
    for label, fields in expected.items():
        assert [field.label for field in BY_LABEL[label].fields] == fields, label


def test_every_field_is_described() -> None:
    for module in MODULES.values():
        assert module.description, module.key
        for field in module.fields:
            assert field.help, (module.key, field.label)
            assert field.name.isidentifier(), (module.key, field.name)


@pytest.mark.parametrize(
    ("module", "required"),
    [
        ("createUser", {"first_name", "last_name", "email"}),
        ("updateUser", {"user_id"}),
        ("createInstructor", {"first_name", "last_name", "slug"}),
        ("updateInstructor", {"instructor_id"}),
        ("createCategory", {"name", "description", "slug"}),
        ("updateCategory", {"category_id"}),
        ("getCoupon", {"coupon_id"}),
        ("createCoupon", {"promotion_id", "code"}),
        ("listCoupons", {"promotion_id"}),
        ("createPromotion", {"name", "discount_type", "amount"}),
        ("updatePromotion", {"promotion_id"}),
        ("createEnrollment", {"course_id", "user_id"}),
        ("searchUsers", set()),
        ("makeApiCall", {"url", "method"}),
        ("watchOrderCreated", {"webhook_name"}),
    ],
)
def test_required_fields(module: str, required: set[str]) -> None:
    assert {field.name for field in get_module(module).fields if field.required} == required


def test_option_lists_come_from_the_seed() -> None:
    discount = get_module("createPromotion").field("discount_type")
    assert [(o.label, o.value) for o in discount.options] == [
        ("Fixed", "fixed"),
        ("Percentage", "percentage"),
    ]
    commission = get_module("createUser").field("affiliate_commission_type")
    assert [o.value for o in commission.options] == ["%", "$"]
    roles = get_module("updateUser").field("roles")
    assert roles.type == "array" and roles.item is not None
    assert {(o.label, o.value) for o in roles.item.options} == {
        ("Site Admin", "site_admin"),
        ("Course Admin", "course_admin"),
        ("Group Analyst", "group_analyst"),
        ("Affiliate", "affiliate"),
    }
    method = get_module("makeApiCall").field("method")
    assert [o.value for o in method.options] == ["GET", "POST", "PUT", "PATCH", "DELETE"]
    assert method.default == "GET"


def test_search_and_list_modules_take_a_limit() -> None:
    for module in MODULES.values():
        if module.kind == "search":
            field = module.field("limit")
            assert (field.label, field.type, field.minimum, field.default) == (
                "Limit",
                "integer",
                1,
                10,
            )


def test_make_an_api_call_documents_the_api_root() -> None:
    assert "https://api.thinkific.com/api/public" in get_module("makeApiCall").field("url").help


def test_get_module_by_key_or_make_label() -> None:
    assert get_module("getUser").label == "Get a User"
    assert get_module("get a user").key == "getUser"
    assert get_module("  Make an API Call ").key == "makeApiCall"


def test_an_unknown_module_is_named_with_close_matches() -> None:
    with pytest.raises(UnknownModuleError) as caught:
        get_module("getUsr")
    message = str(caught.value)
    assert "'getUsr'" in message and "getUser" in message
    with pytest.raises(UnknownModuleError, match=r"Get a User|getUser"):
        get_module("Get a Usr")
    assert isinstance(caught.value, LookupError)


async def test_an_instant_trigger_does_not_run_on_demand() -> None:
    module = get_module("watchEnrollmentCompleted")
    with pytest.raises(ModuleNotRunnableError, match=r"instant trigger.*enrollment\.completed"):
        await run_module(None, "watchEnrollmentCompleted", {"webhook_name": "x"})  # type: ignore[arg-type]
    with pytest.raises(ModuleNotRunnableError):
        await module.run(None, {})  # type: ignore[arg-type]


def test_describe_gives_one_row_per_field_and_subfield() -> None:
    rows = describe("searchUsers")
    assert all(tuple(row) == DESCRIBE_COLUMNS for row in rows)
    by_label = {row["Label"]: row for row in rows}
    assert by_label["Limit"] == {
        "Label": "Limit",
        "Name": "limit",
        "Type": "integer >= 1",
        "Required": "",
        "Default": "10",
        "Options": "",
        "Help": get_module("searchUsers").field("limit").help,
    }
    assert by_label["Custom Profile Field > Label"]["Name"] == "custom_profile_field.label"
    assert by_label["Custom Profile Field > Value"]["Type"] == "text"
    assert "Site Admin (site_admin)" in by_label["Role"]["Options"]

    roles = {row["Label"]: row for row in describe(get_module("createUser"))}["Roles"]
    assert roles["Type"] == "array of select"
    assert "Group Analyst (group_analyst)" in roles["Options"]
    email = {row["Label"]: row for row in describe("createUser")}["Email"]
    assert (email["Type"], email["Required"]) == ("email", "yes")


def test_catalogue_markdown_lists_every_module() -> None:
    table = catalogue_markdown()
    lines = table.splitlines()
    assert lines[0] == "| Group | Make module | Key | Kind |"
    assert len(lines) == 2 + len(MODULES)
    for module in MODULES.values():
        assert f"| {module.label} | `{module.key}` |" in table
    assert "| Users | Watch New User | `watchNewUser` | instant trigger (`user.signup`) |" in lines


def test_the_readme_module_table_is_current() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = catalogue_md.readme_table(text)
    assert table is not None, (
        f"README.md has no {catalogue_md.START} ... {catalogue_md.END} section: run "
        f"`.venv/bin/{catalogue_md.COMMAND}` to write it"
    )
    assert table == catalogue_markdown(), (
        f"README.md's module table is out of date: run `.venv/bin/{catalogue_md.COMMAND}`"
    )


def test_the_readme_writer_adds_a_section_once_and_then_only_replaces_the_table(
    tmp_path: Path,
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Project\n\nIntro.\n", encoding="utf-8")
    assert catalogue_md.main([str(readme), "--check"]) == 1
    assert catalogue_md.main([str(readme)]) == 0
    written = readme.read_text(encoding="utf-8")
    assert written.startswith("# Project\n\nIntro.\n\n## Make-style modules\n")
    assert catalogue_md.readme_table(written) == catalogue_markdown()
    assert catalogue_md.main([str(readme), "--check"]) == 0

    stale = written.replace("`getUser`", "`oldKey`") + "\n## After\n\nKept.\n"
    readme.write_text(stale, encoding="utf-8")
    assert catalogue_md.main([str(readme), "--check"]) == 1
    assert readme.read_text(encoding="utf-8") == stale  # --check changes nothing
    catalogue_md.main([str(readme)])
    assert readme.read_text(encoding="utf-8") == written + "\n## After\n\nKept.\n"


def test_the_readme_writer_refuses_a_lone_marker() -> None:
    with pytest.raises(catalogue_md.MarkersError):
        catalogue_md.with_table(f"# X\n{catalogue_md.START}\nno end\n")
    with pytest.raises(catalogue_md.MarkersError):
        catalogue_md.readme_table(f"{catalogue_md.END}\n{catalogue_md.START}\n")
