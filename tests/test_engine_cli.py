"""``aiothinkific engine ...`` against the Thinkific mock on a real port: check, refresh,
dry-run, log, replay, triggers; bad input is one line on stderr and exit code 2."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.cli import app
from aiothinkific.engine import Engine, Secrets
from typer.testing import CliRunner

runner = CliRunner()
SECRET_WORD = "cli-secret"
RULES = """
rules:
  - name: python
    product: 4
    trigger: Product Purchased
    action: Create Course Enrollment
    course: Python for Beginners
  - name: refund
    product: 4
    trigger: product_refunded
    action: Expire Course Enrollment
    course: 1
"""
PURCHASE = (
    "event=order.success&mode=live&base_product=4&order_id=100&invoice_id=200&currency=USD"
    "&customer_id=9&customer[email]=cli%40example.com&customer[first_name]=Cleo"
    "&customer[last_name]=Li&order[total]=9900&order[charges][0][type]=product"
    "&order[charges][0][name]=Course&order[charges][0][reference]=4&order[charges][0][amount]=9900"
    "&purchases[0]=Course&purchase_map[0]=product-4&purchase_map_flat=product-4"
    "&timestamp=1764500000&thrivecart_secret=" + SECRET_WORD
)


@pytest.fixture
def site(thinkific_mock_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("THINKIFIC_API_KEY", "mock-key")
    monkeypatch.setenv("THINKIFIC_SUBDOMAIN", "mock")
    monkeypatch.setenv("THINKIFIC_BASE_URL", thinkific_mock_server)
    for name in ("THRIVECART_API_KEY", "THRIVECART_ACCESS_TOKEN", "ENGINE_THRIVECART_SECRET",
                 "ENGINE_THRIVECART_EVENTS_SECRET", "ENGINE_SAMCART_SECRET"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    return thinkific_mock_server


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES)
    return path


def engine(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["engine", *args])
    return result.exit_code, result.stdout, result.stderr


def one_line_error(result: tuple[int, str, str]) -> str:
    code, _, err = result
    assert code == 2, result
    assert len(err.strip().splitlines()) == 1, err
    return err.strip()


def test_check_lists_the_rules_as_the_school_resolves_them(
    site: str, rules: Path, tmp_path: Path
) -> None:
    code, out, _ = engine("check", "--rules", str(rules), "--db", str(tmp_path / "e.sqlite"))
    assert code == 0, out
    assert out.splitlines() == [
        "python: Product Purchased on product 4 -> Create Course Enrollment "
        "'Python for Beginners' (course 1)",
        "refund: Product Refunded on product 4 -> Expire Course Enrollment "
        "'Python for Beginners' (course 1)",
        "(products not checked: no ThriveCart credentials)",
        f"{rules}: OK",
    ]


def test_check_names_the_rule_and_field_of_every_problem(site: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "rules:\n"
        "  - {name: a, product: 4, trigger: Product Bought, action: Create Course Enrollment,"
        " course: 1}\n"
        "  - {name: b, product: 4, trigger: Product Purchased, action: Create Course Enrollment,"
        " course: Pyton for Beginners}\n"
    )
    message = one_line_error(engine("check", "--rules", str(bad), "--db", str(tmp_path / "e")))
    assert 'rule "a"' in message and "Product Bought" in message
    assert "did you mean" in message.lower() and "Product Purchased" in message
    assert "bad.yaml" in message
    fixed = bad.read_text().replace("Product Bought", "Product Purchased")
    bad.write_text(fixed)
    message = one_line_error(engine("check", "--rules", str(bad), "--db", str(tmp_path / "e")))
    assert 'rule "b"' in message and "Python for Beginners" in message  # the close match


def test_bad_settings_are_one_line(site: str, rules: Path, tmp_path: Path) -> None:
    missing = one_line_error(engine("check", "--rules", str(tmp_path / "nope.yaml")))
    assert "nope.yaml" in missing
    folder = one_line_error(
        engine("check", "--rules", str(rules), "--db", str(tmp_path / "no" / "e.sqlite"))
    )
    assert "does not exist" in folder
    url = one_line_error(engine("check", "--rules", str(rules), "--base-url", "not-a-url"))
    assert "--base-url" in url
    no_secret = one_line_error(engine("serve", "--rules", str(rules)))
    assert "ENGINE_THRIVECART_SECRET" in no_secret
    no_db = one_line_error(engine("log", "--db", str(tmp_path / "absent.sqlite")))
    assert "no such engine database" in no_db


def test_missing_credentials_are_one_line(
    site: str, rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("THINKIFIC_API_KEY")
    message = one_line_error(engine("check", "--rules", str(rules), "--db", str(tmp_path / "e")))
    assert "THINKIFIC" in message


def test_refresh_reports_what_the_school_has(site: str, rules: Path, tmp_path: Path) -> None:
    code, out, _ = engine("refresh", "--rules", str(rules), "--db", str(tmp_path / "e.sqlite"))
    assert code == 0, out
    assert out.strip().endswith("3 custom profile fields")
    assert "3 bundles" in out


def test_dry_run_of_a_delivery_file_calls_nothing(site: str, rules: Path, tmp_path: Path) -> None:
    delivery = tmp_path / "purchase.txt"
    delivery.write_text(PURCHASE)
    db = str(tmp_path / "e.sqlite")
    code, out, _ = engine("dry-run", "--rules", str(rules), "--db", db, str(delivery))
    assert code == 0, out
    assert out.splitlines() == [
        'product-4 (Course): rule "python" -> Create Course Enrollment '
        '"Python for Beginners" (course 1)'
    ]
    users = asyncio.run(emails(site))
    assert "cli@example.com" not in users
    delivery.write_text("event=order.success")
    bad = one_line_error(engine("dry-run", "--rules", str(rules), "--db", db, str(delivery)))
    assert "not a thrivecart event" in bad
    neither = one_line_error(engine("dry-run", "--rules", str(rules), "--db", db))
    assert "one of them" in neither
    unknown = one_line_error(engine("dry-run", "--rules", str(rules), "--db", db, "--event", "7"))
    assert "--event 7" in unknown


async def emails(site: str) -> set[str]:
    async with Thinkific(base_url=site) as tk:
        return {str(u.email) async for u in tk.users.list()}


async def record_purchase(site: str, rules: Path, db: Path) -> None:
    """What ``engine serve`` would do with one delivery, through the library."""
    async with Thinkific(base_url=site) as tk:
        engine = await Engine.open(rules, tk, database=str(db),
                                   secrets=Secrets(thrivecart=SECRET_WORD))  # fmt: skip
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=engine.app()), base_url="http://engine.test"
        ) as http:
            answer = await http.post(
                "/thrivecart",
                content=PURCHASE,
                headers={"content-type": "application/x-www-form-urlencoded"},
            )
            assert answer.status_code == 202
        await engine.worker.drain()
        engine.close()


def test_log_shows_events_as_json_lines_or_a_table(site: str, rules: Path, tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite"
    asyncio.run(record_purchase(site, rules, db))
    code, out, _ = engine("log", "--db", str(db), "--json")
    assert code == 0, out
    (entry,) = [json.loads(line) for line in out.splitlines()]
    assert (entry["status"], entry["email"], entry["products"]) == (
        "done",
        "cli@example.com",
        ["product-4"],
    )
    assert entry["actions"][0]["answer"].startswith("enrollment ")
    code, out, _ = engine("log", "--db", str(db), "--email", "nobody@example.com", "--json")
    assert (code, out) == (0, "")
    code, out, _ = engine("log", "1", "--db", str(db))
    assert code == 0 and "customer:  cli@example.com" in out and "status:    done" in out
    assert "Create Course Enrollment" not in out  # the action's own name is snake_case
    assert "create_course_enrollment Python for Beginners (1) for product-4: done" in out
    assert SECRET_WORD not in out and "thrivecart_secret: ***" in out
    assert "customer[email]: cli@example.com" in out
    bad = one_line_error(engine("log", "--db", str(db), "--since", "yesterday"))
    assert "--since" in bad
    code, out, _ = engine("replay", "--db", str(db))
    assert (code, out.strip()) == (0, "queued again: 0 event(s)")


def test_triggers_prints_the_documented_mapping() -> None:
    code, out, _ = engine("triggers")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert any(row[:3] == ["ThriveCart", "order.success", "product_purchased"] for row in rows)
    assert any(row[:3] == ["SamCart", "Refund", "product_refunded"] for row in rows)
