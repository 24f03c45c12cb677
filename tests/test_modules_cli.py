"""``modules list | describe | run`` through typer's CliRunner: bundles as JSON lines, the mock by
default or a real base URL, and exit code 2 with a clear message (no traceback) on bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aiothinkific.modules import MODULES
from aiothinkific.modules.cli import modules_app
from typer.testing import CliRunner, Result

WIDE = {"COLUMNS": "200"}


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(modules_app, list(args), input=input, env=WIDE)


def lines(result: Result) -> list[dict[str, Any]]:
    """The bundles printed, one JSON object a line."""
    return [json.loads(line) for line in result.output.splitlines()]


def failed(result: Result, code: int, *says: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.output.startswith("Error: ")
    for text in says:
        assert text in result.output


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("API_KEY", "SUBDOMAIN", "ACCESS_TOKEN", "BASE_URL"):
        monkeypatch.delenv(f"THINKIFIC_{name}", raising=False)


def test_list_shows_every_module_by_group() -> None:
    result = invoke("list")
    assert result.exit_code == 0, result.output
    for module in MODULES.values():
        assert module.key in result.output and module.label in result.output
    assert "Instant triggers" in result.output and "instant trigger" in result.output
    assert result.output.index("Promotions") < result.output.index("listPromotions")


def test_list_one_group() -> None:
    result = invoke("list", "--group", "coupons")
    assert result.exit_code == 0
    assert "listCoupons" in result.output and "getUser" not in result.output
    failed(invoke("list", "--group", "Courses"), 2, "no group 'Courses'", "Coupons")


def test_describe_prints_the_fields_table() -> None:
    result = invoke("describe", "createPromotion")
    assert result.exit_code == 0, result.output
    assert "Create a Promotion (createPromotion): action, Promotions" in result.output
    for text in ("Discount Type", "discount_type", "required", "Fixed (fixed)", "Percentage"):
        assert text in result.output
    assert "array of integer" in result.output  # Products

    result = invoke("describe", "Watch Enrollment Trial")
    assert result.exit_code == 0
    assert "Webhook topic: enrollment.trial" in result.output
    assert "Webhook Name" in result.output

    result = invoke("describe", "searchUsers")
    assert "Custom Profile Field > Label" in result.output
    assert "Default: 10" in result.output


def test_describe_an_unknown_module() -> None:
    failed(invoke("describe", "getUsers"), 2, "no module 'getUsers'", "getUser")


def test_run_with_input_prints_bundles_as_json_lines() -> None:
    result = invoke("run", "getUser", "--input", '{"user_id": 1}')
    assert result.exit_code == 0, result.output
    [user] = lines(result)
    assert user["id"] == 1 and user["email"] == "linus.hamilton.1@example.com"

    result = invoke("run", "searchUsers", "-i", '{"limit": 3}')
    assert [u["id"] for u in lines(result)] == [1, 2, 3]

    result = invoke("run", "listInstructors")  # no inputs: the defaults
    assert result.exit_code == 0 and len(lines(result)) == 3


def test_run_with_input_file(tmp_path: Path) -> None:
    path = tmp_path / "inputs.json"
    path.write_text(
        json.dumps({"name": "Winter", "discount_type": "Percentage", "amount": 25}),
        encoding="utf-8",
    )
    result = invoke("run", "createPromotion", "--input-file", str(path))
    assert result.exit_code == 0, result.output
    [promotion] = lines(result)
    assert (promotion["name"], promotion["discount_type"]) == ("Winter", "percentage")

    result = invoke("run", "getOrder", "--input-file", "-", input='{"order_id": 2}')
    assert lines(result)[0]["id"] == 2


def test_bad_json_exits_2(tmp_path: Path) -> None:
    failed(invoke("run", "getUser", "--input", "{user_id: 1}"), 2, "--input is not valid JSON")
    path = tmp_path / "bad.json"
    path.write_text("[1,", encoding="utf-8")
    failed(invoke("run", "getUser", "--input-file", str(path)), 2, "is not valid JSON")
    failed(
        invoke("run", "getUser", "--input-file", str(tmp_path / "missing.json")), 2, "cannot read"
    )
    failed(
        invoke("run", "getUser", "--input", "{}", "--input-file", str(path)),
        2,
        "--input or --input-file, not both",
    )


def test_bad_input_exits_2_naming_the_fields() -> None:
    result = invoke(
        "run",
        "createUser",
        "--input",
        '{"first_name": "Ada", "email": "nope", "roles": ["Boss"], "colour": 1}',
    )
    failed(
        result,
        2,
        "invalid input for Create a User",
        "Last Name (last_name): is required",
        "Email (email): must be an email address",
        "Roles (roles): item 1 must be one of",
        "'colour': unknown field",
    )
    failed(invoke("run", "getUser", "--input", "[1]"), 2, "must be an object")
    failed(
        invoke("run", "makeApiCall", "--input", '{"url": "https://evil.example/v1/users"}'),
        2,
        "URL (url)",
        "not an absolute URL",
    )


def test_run_unknown_module_or_trigger_exits_2() -> None:
    failed(invoke("run", "getUsr"), 2, "no module 'getUsr'")
    failed(
        invoke("run", "watchNewUser", "--input", '{"webhook_name": "signups"}'),
        2,
        "instant trigger",
        "user.signup",
    )


def test_an_api_error_exits_1() -> None:
    failed(invoke("run", "getUser", "--input", '{"user_id": 4040}'), 1, "404")


def test_run_against_a_base_url_with_credentials_from_the_environment(
    thinkific_mock_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("run", "getUser", "--input", '{"user_id": 2}', "--base-url", thinkific_mock_server)
    failed(invoke(*args), 2, "THINKIFIC_API_KEY")
    monkeypatch.setenv("THINKIFIC_API_KEY", "mock-key")
    monkeypatch.setenv("THINKIFIC_SUBDOMAIN", "mock")
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert lines(result)[0]["id"] == 2
    monkeypatch.setenv("THINKIFIC_API_KEY", "wrong-key")
    failed(invoke(*args), 1, "401")
    assert "wrong-key" not in invoke(*args).output


def test_a_listing_streams_one_bundle_a_line_with_the_page_size_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aiothinkific.mock import inprocess

    made: list[Any] = []
    real = inprocess.mock_client

    def spy(*args: Any, **options: Any) -> Any:
        client = real(*args, **options)
        made.append(client)
        sent: list[Any] = []
        client.http.event_hooks["request"].append(_record(sent))
        client.sent = sent
        return client

    monkeypatch.setattr("aiothinkific.mock.mock_client", spy)
    result = invoke(
        "run",
        "searchUsers",
        "-i",
        '{"limit": 12}',
        "--page-size",
        "5",
        "--requests-per-minute",
        "6000",
    )
    assert result.exit_code == 0, result.output
    assert [bundle["id"] for bundle in lines(result)] == list(range(1, 13))
    [client] = made
    assert client.limiter.requests_per_minute == 6000
    assert [r.url.params["limit"] for r in client.sent] == ["5", "5", "5"]
    failed(invoke("run", "searchUsers", "--page-size", "0"), 2, "--page-size")


def _record(sent: list[Any]) -> Any:
    async def hook(request: Any) -> None:
        sent.append(request)

    return hook


def test_run_targets_thinkific_base_url_from_the_environment(
    thinkific_mock_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THINKIFIC_API_KEY", "mock-key")
    monkeypatch.setenv("THINKIFIC_SUBDOMAIN", "mock")
    monkeypatch.setenv("THINKIFIC_BASE_URL", thinkific_mock_server)
    created = invoke(
        "run",
        "createUser",
        "-i",
        '{"first_name": "E", "last_name": "V", "email": "env@example.com"}',
    )
    assert created.exit_code == 0, created.output
    # Each run on the bundled mock starts a fresh site: finding the user proves the
    # environment's site was used both times.
    found = invoke("run", "searchUsers", "-i", '{"email": "env@example.com"}')
    assert [bundle["email"] for bundle in lines(found)] == ["env@example.com"]
    monkeypatch.setenv("THINKIFIC_BASE_URL", "ftp://nope")
    failed(invoke("run", "getUser", "-i", '{"user_id": 1}'), 2, "THINKIFIC_BASE_URL 'ftp://nope'")
