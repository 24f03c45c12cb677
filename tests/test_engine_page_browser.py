"""The log page in a real browser (Playwright driving the system's Chromium): the engine on a
real port acting on the Thinkific mock on another. A wrong token is refused; logging in shows
the events; a filter narrows them; the failed event's Replay button runs it again and its
status changes once the worker has run.

Chromium comes from ``AIOTHINKIFIC_CHROMIUM`` or ``chromium`` on the PATH; without one the test
is skipped, unless ``AIOTHINKIFIC_REQUIRE_BROWSER=1`` (CI), where that is a failure. With
``AIOTHINKIFIC_SCREENSHOTS=<folder>`` it also saves the README's screenshots there
(``scripts/engine_screenshots.py``)."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from aiothinkific import Thinkific
from aiothinkific.engine import Engine, LogQuery, Secrets
from aiothinkific.engine.rules import loads_rules
from aiothinkific.webhooks.serving import serving
from engine_page_demo import RULES, SAMCART_SECRET, THRIVECART_SECRET, TOKEN, break_rule, seed

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
VIEWPORT = {"width": 1200, "height": 800}


@pytest.fixture
def chromium() -> str:
    """The Chromium to drive, or a skip (a failure when CI requires the browser); asked for
    before the engine is served, so a skip costs nothing."""
    path = os.environ.get("AIOTHINKIFIC_CHROMIUM") or shutil.which("chromium")
    missing = None
    if path is None or not Path(path).is_file():
        where = f"at {path}" if path else "(install chromium or set AIOTHINKIFIC_CHROMIUM)"
        missing = f"no Chromium {where}"
    else:
        try:
            import playwright.async_api  # noqa: F401
        except ImportError:
            missing = "Playwright is not installed (pip install playwright)"
    if missing is None:
        assert path is not None
        return path
    if os.environ.get("AIOTHINKIFIC_REQUIRE_BROWSER") == "1":
        pytest.fail(f"the browser test is required (AIOTHINKIFIC_REQUIRE_BROWSER=1): {missing}")
    pytest.skip(missing)


async def settled(engine: Engine) -> None:
    """Until the served engine's worker has nothing left to do now."""
    for _ in range(400):
        if not engine.store.has_open():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"not settled: {engine.store.status_counts()}")


@dataclass
class Served:
    engine: Engine
    root: str


@pytest.fixture
async def served(tmp_path: Path, thinkific_mock_server: str) -> AsyncIterator[Served]:
    async with Thinkific(api_key="mock-key", subdomain="mock", base_url=thinkific_mock_server,
                         requests_per_minute=None) as tk:  # fmt: skip
        engine = await Engine.open(
            loads_rules(RULES), tk, database=str(tmp_path / "engine.sqlite"),
            secrets=Secrets(thrivecart=THRIVECART_SECRET, samcart=SAMCART_SECRET),
            log_token=TOKEN,
        )  # fmt: skip
        async with (
            serving(engine.app(), "127.0.0.1", 0, lifespan="on") as root,
            httpx.AsyncClient(base_url=root) as cart,
        ):
            good = break_rule(engine)
            await seed(cart.post, lambda: settled(engine))
            engine.rules = good  # the rules file fixed: a replay now succeeds
            yield Served(engine, root)
        engine.close()


async def test_log_in_filter_and_replay_in_a_browser(chromium: str, served: Served) -> None:
    from playwright.async_api import async_playwright, expect

    shots = os.environ.get("AIOTHINKIFIC_SCREENSHOTS")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium,
                                                   args=CHROMIUM_ARGS)  # fmt: skip
        try:
            page = await browser.new_page(viewport=VIEWPORT)
            await page.goto(served.root + "/log/")
            await expect(page.locator("h1")).to_have_text("Log in")  # sent to the login form

            await page.fill("input[name=token]", "not-the-token-at-all")
            async with page.expect_response(lambda r: r.request.method == "POST") as answer:
                await page.click("button[type=submit]")
            assert (await answer.value).status == 401
            await expect(page.locator(".error")).to_have_text("Wrong token.")
            assert served.engine.store.counters()["refused:log"] == 1

            await page.fill("input[name=token]", TOKEN)
            await page.click("button[type=submit]")
            rows = page.locator("tbody tr")
            await expect(rows).to_have_count(7)
            await expect(page.locator("tbody")).to_contain_text("pat@example.com")
            if shots:
                await page.screenshot(path=str(Path(shots) / "engine-log.png"))

            await page.fill("input[name=email]", "ivy@example.com")
            await page.click("form.filters button[type=submit]")
            await expect(rows).to_have_count(1)
            await expect(rows).to_contain_text("ivy@example.com")

            await page.click(".counts a:has-text('failed')")
            await expect(rows).to_have_count(1)
            await rows.locator("a").first.click()
            await expect(page.locator("h1 .status")).to_have_text("failed")
            await expect(page.locator("main")).to_contain_text("9999")  # Thinkific's refusal
            if shots:
                await page.screenshot(path=str(Path(shots) / "engine-event.png"), full_page=False)

            await page.click("button:has-text('Replay')")
            await expect(page.locator(".notice")).to_contain_text("Queued again")
            await settled(served.engine)
            await page.reload()
            await expect(page.locator("h1 .status")).to_have_text("done")
            await expect(page.locator("button:has-text('Replay')")).to_have_count(0)
        finally:
            await browser.close()
    (failed,) = served.engine.log(LogQuery(email="pat@example.com"))
    assert failed.status == "done"
    assert all(action.status == "done" for action in failed.actions)
