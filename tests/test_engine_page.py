"""The engine's log page over ASGI: the login token on every route, filters, an event's detail
with its actions and masked payload, replay behind a CSRF token, no secret in any page, and
clear 4xx answers to bad input."""

from __future__ import annotations

import base64
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from aiothinkific.cli import app as cli_app
from aiothinkific.engine import Engine, LogQuery, Secrets
from aiothinkific.engine.page import log_page
from aiothinkific.engine.rules import loads_rules
from aiothinkific.mock import MockSettings, create_app, mock_client
from engine_page_demo import (
    RULES,
    SAMCART_SECRET,
    THRIVECART_SECRET,
    TOKEN,
    break_rule,
    seed,
)
from starlette.routing import Router
from typer.testing import CliRunner

ENGINE = "http://engine.test"
SECRETS = (THRIVECART_SECRET, SAMCART_SECRET, TOKEN, "samcart-account-key-SECRET")


@dataclass
class Page:
    engine: Engine
    client: httpx.AsyncClient  # logged in with basic auth
    anonymous: httpx.AsyncClient

    def seq(self, status: str) -> int:
        (found,) = self.engine.log(LogQuery(status=status))
        return found.seq


def basic(token: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"admin:{token}".encode()).decode()}


@pytest.fixture
async def page(tmp_path: Path) -> AsyncIterator[Page]:
    settings = MockSettings()
    async with mock_client(settings, app=create_app(settings)) as tk:
        engine = await Engine.open(
            loads_rules(RULES), tk, database=str(tmp_path / "engine.sqlite"),
            secrets=Secrets(thrivecart=THRIVECART_SECRET, samcart=SAMCART_SECRET),
            log_token=TOKEN,
        )  # fmt: skip
        transport = httpx.ASGITransport(app=engine.app())
        async with (
            httpx.AsyncClient(transport=transport, base_url=ENGINE, headers=basic(TOKEN)) as client,
            httpx.AsyncClient(transport=transport, base_url=ENGINE) as anonymous,
        ):
            good = break_rule(engine)
            await seed(anonymous.post, engine.worker.drain)
            engine.rules = good  # the rules file fixed: a replay now succeeds
            yield Page(engine, client, anonymous)
        engine.close()


def rows(html: str) -> list[int]:
    """The event numbers listed on a list page."""
    return [int(n) for n in re.findall(r'href="/log/events/(\d+)">#', html)]


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert found, "no replay form on the page"
    return found.group(1)


async def test_the_seeded_log_has_each_status(page: Page) -> None:
    counts = page.engine.store.status_counts()
    assert counts == {"done": 4, "failed": 1, "unparsed": 2}, counts


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/log/"), ("GET", "/log/events/1"), ("POST", "/log/events/1/replay")],
)
async def test_every_route_needs_the_token(page: Page, method: str, path: str) -> None:
    anonymous = await page.anonymous.request(method, path)
    assert anonymous.status_code in (303, 401)
    if anonymous.status_code == 303:  # a browser is sent to the login form
        assert anonymous.headers["location"].startswith("/log/login?next=")
    wrong = await page.anonymous.request(method, path, headers=basic("not-the-token-at-all"))
    assert wrong.status_code == 401
    assert "@example.com" not in anonymous.text + wrong.text
    assert page.engine.store.counters()["refused:log"] == 1


async def test_no_token_no_page(tmp_path: Path) -> None:
    settings = MockSettings()
    async with mock_client(settings, app=create_app(settings)) as tk:
        engine = await Engine.open(loads_rules(RULES), tk, database=str(tmp_path / "e.sqlite"),
                                   secrets=Secrets(samcart=SAMCART_SECRET))  # fmt: skip
        transport = httpx.ASGITransport(app=engine.app())
        async with httpx.AsyncClient(transport=transport, base_url=ENGINE) as client:
            for path in ("/log/", "/log/login", "/log/events/1"):
                assert (await client.get(path, headers=basic(TOKEN))).status_code == 404
        engine.close()
    with pytest.raises(ValueError, match="16 characters"):
        log_page(engine.store, "short")


async def test_the_login_form_sets_a_signed_session_not_the_token(page: Page) -> None:
    asked = await page.anonymous.get("/log/events/2?x=1")
    assert asked.status_code == 303
    form = await page.anonymous.get(asked.headers["location"])
    assert form.status_code == 200 and 'name="token"' in form.text
    refused = await page.anonymous.post("/log/login", data={"token": "wrong-token-123456"})
    assert refused.status_code == 401 and "Wrong token" in refused.text
    assert "set-cookie" not in refused.headers
    assert page.engine.store.counters()["refused:log"] == 1
    login = await page.anonymous.post(
        "/log/login", data={"token": TOKEN, "next": "/log/events/2?x=1"}
    )
    assert login.status_code == 303 and login.headers["location"] == "/log/events/2?x=1"
    cookie = login.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie
    detail = await page.anonymous.get("/log/events/2")  # the client keeps the cookie
    assert detail.status_code == 200 and "Event #2" in detail.text
    page.anonymous.cookies.clear()
    page.anonymous.cookies.set("engine_log_session", "1700000000.abc.0123")
    assert (await page.anonymous.get("/log/")).status_code == 303  # a forged session
    page.anonymous.cookies.clear()
    odd = await page.anonymous.get("/log/", headers={"cookie": b"engine_log_session=\xb2.x.y"})
    assert odd.status_code == 303  # an unreadable cookie is no session, not a crash


async def test_login_goes_only_to_pages_of_the_log(page: Page) -> None:
    for elsewhere in ("https://evil.example/", "//evil.example/log/", "/thrivecart"):
        login = await page.anonymous.post("/log/login", data={"token": TOKEN, "next": elsewhere})
        assert login.headers["location"] == "/log/"


async def test_filters_narrow_the_list(page: Page) -> None:
    everything = rows((await page.client.get("/log/")).text)
    assert everything == sorted(everything, reverse=True) and len(everything) == 7
    by_email = rows((await page.client.get("/log/", params={"email": "Ivy@example.com"})).text)
    assert by_email == [e.seq for e in page.engine.log(LogQuery(email="ivy@example.com"))]
    assert len(by_email) == 1
    failed = rows((await page.client.get("/log/?status=failed")).text)
    assert failed == [page.seq("failed")]
    by_product = rows((await page.client.get("/log/?product=902")).text)
    assert by_product == failed
    refunds = rows((await page.client.get("/log/?trigger=product_refunded")).text)
    assert len(refunds) == 1
    future = rows((await page.client.get("/log/?since=2999-01-01")).text)
    past = rows((await page.client.get("/log/?until=2000-01-01")).text)
    assert future == past == []
    listed = await page.client.get("/log/")
    assert re.search(r'href="/log/\?status=failed"[^>]*><b>1</b>failed', listed.text)


async def test_older_pages(page: Page) -> None:
    url = "/log/?status=unparsed"
    first = rows((await page.client.get(url)).text)
    assert len(first) == 2
    small = log_page(page.engine.store, TOKEN, page_size=1).routes("/log")
    transport = httpx.ASGITransport(app=Router(routes=small))
    async with httpx.AsyncClient(transport=transport, base_url=ENGINE,
                                 headers=basic(TOKEN)) as client:  # fmt: skip
        one = await client.get(url)
        assert rows(one.text) == first[:1]
        older = re.search(r'href="(/log/\?[^"]+)">Older', one.text)
        assert older, "no link to older events"
        two = await client.get(older.group(1).replace("&amp;", "&"))
        assert rows(two.text) == first[1:] and "Older" not in two.text


async def test_the_detail_shows_actions_answers_and_the_masked_payload(page: Page) -> None:
    failed = await page.client.get(f"/log/events/{page.seq('failed')}")
    assert failed.status_code == 200
    assert "pandas-course" in failed.text and "pat@example.com" in failed.text
    assert "9999" in failed.text and "course_id" in failed.text  # Thinkific's refusal
    assert "Replay" in failed.text
    done = page.engine.log(LogQuery(email="ivy@example.com"))[0]
    shown = await page.client.get(f"/log/events/{done.seq}")
    assert "ml-course" in shown.text and "Machine Learning" in shown.text
    assert 'name="csrf"' not in shown.text  # no replay of what is done
    assert done.actions[0].answer and done.actions[0].answer in shown.text
    assert "&#34;api_key&#34;: &#34;***&#34;" in shown.text  # the payload, its key masked
    superseded = page.engine.log(LogQuery(email="lee@example.com", trigger="product_purchased"))
    late = await page.client.get(f"/log/events/{superseded[0].seq}")
    assert 'class="status s-superseded"' in late.text  # the late purchase's action


async def test_replay_needs_its_csrf_token(page: Page) -> None:
    seq = page.seq("failed")
    other = next(e.seq for e in page.engine.log() if e.seq != seq)
    detail = await page.client.get(f"/log/events/{seq}")
    token = csrf_of(detail.text)
    for form in ({}, {"csrf": "0" * 64}, {"csrf": token + "0"}):
        refused = await page.client.post(f"/log/events/{seq}/replay", data=form)
        assert refused.status_code == 403
    # A token is the event's and the session's: not another event's, not another session's.
    elsewhere = await page.client.post(f"/log/events/{other}/replay", data={"csrf": token})
    assert elsewhere.status_code == 403
    await page.anonymous.post("/log/login", data={"token": TOKEN})
    session = await page.anonymous.post(f"/log/events/{seq}/replay", data={"csrf": token})
    assert session.status_code == 403
    assert page.engine.store.event(seq).status == "failed"  # type: ignore[union-attr]


async def test_replay_queues_the_event_and_the_worker_finishes_it(page: Page) -> None:
    await page.anonymous.post("/log/login", data={"token": TOKEN})
    seq = page.seq("failed")
    token = csrf_of((await page.anonymous.get(f"/log/events/{seq}")).text)
    replayed = await page.anonymous.post(f"/log/events/{seq}/replay", data={"csrf": token})
    assert replayed.status_code == 303
    assert replayed.headers["location"] == f"/log/events/{seq}?notice=replayed"
    pending = await page.anonymous.get(replayed.headers["location"])
    assert "Queued again" in pending.text and "s-pending" in pending.text
    await page.engine.worker.drain()
    done = await page.anonymous.get(f"/log/events/{seq}")
    assert page.engine.store.event(seq).status == "done"  # type: ignore[union-attr]
    assert "Replay" not in done.text and "s-done" in done.text
    again = await page.anonymous.post(f"/log/events/{seq}/replay", data={"csrf": token})
    assert again.headers["location"].endswith("notice=not-failed")


async def test_no_secret_in_any_page(page: Page) -> None:
    await page.anonymous.post("/log/login", data={"token": TOKEN})
    pages = [await page.anonymous.get("/log/"), await page.anonymous.get("/log/login")]
    for found in page.engine.log(LogQuery(limit=100)):
        pages.append(await page.anonymous.get(f"/log/events/{found.seq}"))
    html = "\n".join(p.text for p in pages)
    assert "thrivecart_secret: ***" in html  # the delivery is shown, its secret word is not
    thinkific_key = page.engine.tk.credentials.api_key or page.engine.tk.credentials.access_token
    for secret in (*SECRETS, thinkific_key):
        assert secret and secret not in html


async def test_the_payload_is_masked_without_being_told_the_secrets(page: Page) -> None:
    bare = log_page(page.engine.store, "another-token-0123456789")  # no secrets to scrub
    transport = httpx.ASGITransport(app=bare)
    async with httpx.AsyncClient(transport=transport, base_url=ENGINE,
                                 headers=basic("another-token-0123456789")) as client:  # fmt: skip
        for found in page.engine.log(LogQuery(limit=100)):
            shown = await client.get(f"/events/{found.seq}")
            assert shown.status_code == 200
            assert THRIVECART_SECRET not in shown.text
            assert "samcart-account-key-SECRET" not in shown.text


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/log/events/abc", 404, "not an event number"),
        ("/log/events/-1", 404, "not an event number"),
        ("/log/events/99999999999999999999999", 404, "not an event number"),
        ("/log/events/4242", 404, "no event #4242"),
        ("/log/?since=yesterday", 400, "not a date"),
        ("/log/?until=2026-13-01", 400, "not a date"),
        ("/log/?until=9999-12-31", 400, "not a date"),  # the whole day: no day after
        ("/log/?email=%00a", 400, "NUL"),
        ("/log/?product=a%00", 400, "NUL"),
        ("/log/?status=lost", 400, "none of"),
        ("/log/?trigger=bought", 400, "none of"),
        ("/log/?skip=many", 400, "not a number"),
        ("/log/?skip=00000000000000000000001", 400, "not a number"),
    ],
)
async def test_bad_input_is_a_clear_4xx(page: Page, path: str, status: int, says: str) -> None:
    answer = await page.client.get(path)
    assert answer.status_code == status
    assert says.lower() in answer.text.lower()


async def test_a_store_failure_is_a_503_page(page: Page, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(page.engine.store, "search", locked)
    answer = await page.client.get("/log/")
    assert answer.status_code == 503 and "try again" in answer.text


async def test_bad_replays_are_4xx(page: Page) -> None:
    assert (await page.client.post("/log/events/abc/replay")).status_code == 404
    assert (await page.client.get("/log/events/1/replay")).status_code == 405
    form = {"content-type": "application/x-www-form-urlencoded"}
    huge = await page.client.post(
        "/log/events/1/replay", content=b"csrf=" + b"a" * 10_000, headers=form
    )
    assert huge.status_code == 413
    bad = await page.client.post("/log/events/1/replay", content=b"\xff\xfe", headers=form)
    assert bad.status_code == 400


async def test_log_without_a_slash_leads_to_the_page(page: Page) -> None:
    answer = await page.client.get("/log")
    assert answer.status_code == 307 and answer.headers["location"] == "/log/"
    receiver = await page.anonymous.post(f"/samcart?secret={SAMCART_SECRET}", json={})
    assert receiver.status_code == 202  # the receiver's routes are unchanged


def test_the_wheel_ships_the_templates(installed_wheel: Path) -> None:
    templates = installed_wheel / "aiothinkific" / "engine" / "templates"
    assert {p.name for p in templates.glob("*.html")} >= {"list.html", "event.html", "login.html"}


def serve_lines(rules: Path, base_url: str, *, log_token: str | None) -> subprocess.Popen[str]:
    """``aiothinkific engine serve`` on a free port, its output readable line by line."""
    environment = {**os.environ, "THINKIFIC_API_KEY": "mock-key", "THINKIFIC_SUBDOMAIN": "mock",
                   "ENGINE_SAMCART_SECRET": SAMCART_SECRET}  # fmt: skip
    environment.pop("ENGINE_LOG_TOKEN", None)
    if log_token is not None:
        environment["ENGINE_LOG_TOKEN"] = log_token
    return subprocess.Popen(
        [sys.executable, "-m", "aiothinkific", "engine", "serve", "--rules", str(rules),
         "--db", str(rules.parent / "engine.sqlite"), "--port", "0", "--base-url", base_url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip


def printed(process: subprocess.Popen[str], needle: str) -> str:
    assert process.stdout is not None
    for line in process.stdout:
        if needle in line:
            return line
    raise AssertionError(f"exited before printing {needle!r}: {process.communicate()[1]}")


@pytest.mark.parametrize("on", [True, False])
async def test_engine_serve_says_whether_the_page_is_on(
    tmp_path: Path, thinkific_mock_server: str, on: bool
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    process = serve_lines(rules, thinkific_mock_server, log_token=TOKEN if on else None)
    try:
        root = printed(process, "engine receiving at").split()[3]
        said = printed(process, "log page:")
        assert TOKEN not in said
        async with httpx.AsyncClient(headers=basic(TOKEN)) as client:
            answer = await client.get(root + "/log/")
        if on:
            assert said.split()[2] == root + "/log/" and answer.status_code == 200
        else:
            assert "off" in said and "ENGINE_LOG_TOKEN" in said and answer.status_code == 404
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_engine_serve_refuses_a_short_log_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES)
    monkeypatch.setenv("ENGINE_SAMCART_SECRET", SAMCART_SECRET)
    monkeypatch.setenv("ENGINE_LOG_TOKEN", "short")
    result = CliRunner().invoke(cli_app, ["engine", "serve", "--rules", str(rules)])
    assert result.exit_code == 2
    assert "ENGINE_LOG_TOKEN must be 16 characters or more" in result.output
    assert "short" not in result.output.replace("ENGINE_LOG_TOKEN", "")
