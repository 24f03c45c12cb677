"""``aiothinkific thrivecart ...``: JSON lines from the bundled mock account by default, one-line
errors with exit code 2 for bad usage and 1 for what the API refused."""

from __future__ import annotations

import json

import pytest
from aiothinkific.cli import app
from typer.testing import CliRunner

runner = CliRunner()


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("THRIVECART_BASE_URL", "THRIVECART_API_KEY", "THRIVECART_MODE"):
        monkeypatch.delenv(name, raising=False)


def lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_transactions_stream_as_json_lines_newest_first() -> None:
    result = runner.invoke(app, ["thrivecart", "transactions", "--page-size", "7"])
    assert result.exit_code == 0, result.output
    found = lines(result.output)
    assert len(found) > 7  # more than one page
    stamps = [t["timestamp"] for t in found]
    assert stamps == sorted(stamps, reverse=True)
    assert len({t["event_id"] for t in found}) == len(found)


def test_filters_and_limit_narrow_the_search() -> None:
    result = runner.invoke(app, ["thrivecart", "transactions", "--type", "charge", "--limit", "3"])
    assert result.exit_code == 0, result.output
    found = lines(result.output)
    assert len(found) == 3
    assert {t["transaction_type"] for t in found} == {"charge"}


def test_catalogue_customer_ping_and_affiliates() -> None:
    bumps = lines(runner.invoke(app, ["thrivecart", "catalogue", "bumps"]).output)
    assert all(b["bump_id"] == b["product_id"] for b in bumps) and bumps
    email = "faux-customer-616855039-78@thrivecartfaux.com"
    (customer,) = lines(runner.invoke(app, ["thrivecart", "customer", email]).output)
    assert customer["subscriptions"][0]["order_id"] == "851411"  # type: ignore[index]
    (account,) = lines(runner.invoke(app, ["thrivecart", "ping"]).output)
    assert account["account_name"] == "myaccount"
    affiliates = lines(runner.invoke(app, ["thrivecart", "affiliates", "--query", "alexis"]).output)
    assert [a["affiliate_id"] for a in affiliates] == ["alexis_fortier"]


def test_test_mode_sees_other_records_than_live() -> None:
    live = lines(runner.invoke(app, ["thrivecart", "transactions"]).output)
    test = lines(runner.invoke(app, ["thrivecart", "transactions", "--mode", "test"]).output)
    assert {t["event_id"] for t in live}.isdisjoint({t["event_id"] for t in test})


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["transactions", "--type", "refunds"], 2, "'refunds' is not one of any, charge"),
        (["transactions", "--mode", "sandbox"], 2, "'sandbox' is not one of 'live', 'test'"),
        (["catalogue", "coupons"], 2, "'coupons' is not one of bumps, downsells"),
        (["transactions", "--base-url", "not-a-url"], 2, "--base-url"),
        (["customer", "nobody@example.com"], 1, "There are no orders associated"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, ["thrivecart", *args])
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
