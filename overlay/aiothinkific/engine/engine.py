"""The engine as a library: the rules, the store, the receiver and the worker put together.

::

    async with Thinkific() as tk:
        engine = await Engine.open("rules.yaml", tk, database="engine.sqlite",
                                   secrets=Secrets(thrivecart="my secret word"))
        await engine.serve("0.0.0.0", 8080)     # receive and work until stopped

``engine.app()`` is the ASGI app (receiver, and the worker in its lifespan) for any server;
``engine.log(...)``, ``engine.replay(...)``, ``engine.dry_run(...)`` and ``engine.refresh()``
are what the ``aiothinkific engine`` commands call.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from aiothinkific import Thinkific, ThriveCart
from aiothinkific.engine.codec import event_from_json
from aiothinkific.engine.log import LogEntry, entries, entry
from aiothinkific.engine.model import CartEvent
from aiothinkific.engine.page import log_page
from aiothinkific.engine.receiver import CartReceiver, Secrets
from aiothinkific.engine.rules import Rules, RulesFile, describe_plan, load_rules, plan, resolve
from aiothinkific.engine.school import (
    CartCatalogue,
    School,
    fetch_school,
    fetch_thrivecart_products,
)
from aiothinkific.engine.store import DEFAULT_LOG_SIZE, LogQuery, SqlStore
from aiothinkific.engine.stores import open_store
from aiothinkific.engine.thinkific import ThinkificActions
from aiothinkific.engine.worker import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_ATTEMPTS,
    Backoff,
    Worker,
)
from aiothinkific.webhooks.serving import serving

SCHOOL = "school"
CATALOGUE = "thrivecart_catalogue"


class Engine:
    """Use :meth:`open`; the constructor takes rules already checked."""

    def __init__(
        self,
        rules_file: RulesFile,
        rules: Rules,
        store: SqlStore,
        tk: Thinkific,
        secrets: Secrets,
        *,
        thrivecart: ThriveCart | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        backoff: Backoff | None = None,
        log_token: str | None = None,
    ) -> None:
        self.rules_file = rules_file
        self.rules = rules
        self.store = store
        self.tk = tk
        self.thrivecart = thrivecart
        self.actions = ThinkificActions(tk, store, welcome_email=rules.welcome_email)
        self.worker = Worker(
            store, self.actions, lambda: self.rules,
            concurrency=concurrency, max_attempts=max_attempts, backoff=backoff or Backoff(),
        )  # fmt: skip
        self.receiver = CartReceiver(store, secrets, on_event=self.worker.wake)
        self.log_page = None if not log_token else log_page(
            store, log_token, wake=self.worker.wake,
            hide=(secrets.thrivecart, secrets.thrivecart_events, secrets.samcart,
                  tk.credentials.api_key, tk.credentials.access_token),
        )  # fmt: skip

    @classmethod
    async def open(
        cls,
        rules: str | Path | RulesFile,
        tk: Thinkific,
        *,
        database: str = "engine.sqlite",
        secrets: Secrets | None = None,
        thrivecart: ThriveCart | None = None,
        log_size: int = DEFAULT_LOG_SIZE,
        refresh: bool = False,
        log_token: str | None = None,
        **worker_options: Any,
    ) -> Engine:
        """The engine of the rules file ``rules``, checked against the school's snapshot in the
        store (fetched from Thinkific first if there is none, or with ``refresh``). Raises
        :class:`~aiothinkific.engine.rules.RulesError` naming every problem. ``database`` is a
        SQLite file or a ``postgresql://`` URL (several processes share its queue);
        :class:`~aiothinkific.engine.stores.StoreError` if it cannot be opened."""
        rules_file = rules if isinstance(rules, RulesFile) else load_rules(rules)
        store = open_store(database, log_size=log_size)
        try:
            school, catalogue = await school_snapshot(store, tk, thrivecart, refresh=refresh)
            checked = resolve(rules_file, school, catalogue)
        except BaseException:
            store.close()
            raise
        return cls(rules_file, checked, store, tk, secrets or Secrets(), thrivecart=thrivecart,
                   log_token=log_token, **worker_options)  # fmt: skip

    def close(self) -> None:
        self.store.close()

    # -- running -----------------------------------------------------------------------------

    def app(self) -> Starlette:
        """The receiver's routes at the root, the log page at ``/log`` (with a log token), and
        the worker running for the app's lifespan."""

        @contextlib.asynccontextmanager
        async def lifespan(_: Starlette) -> AsyncIterator[None]:
            stop = asyncio.Event()
            task = asyncio.create_task(self.worker.run(stop))
            try:
                yield
            finally:
                stop.set()
                await task

        page = [] if self.log_page is None else self.log_page.routes("/log")
        return Starlette(routes=[*page, *self.receiver.routes("/")], lifespan=lifespan)

    async def serve(self, host: str = "127.0.0.1", port: int = 8080, **options: Any) -> None:
        """Receive and work until cancelled (Ctrl-C)."""
        async with serving(self.app(), host, port, **options):
            await asyncio.Event().wait()

    async def refresh(self) -> School:
        """Fetch the school's courses, bundles and profile fields (and the ThriveCart
        catalogue) again, as the seed's Refresh button does, and check the rules against them;
        the rules in use change only if they still hold."""
        school, catalogue = await school_snapshot(self.store, self.tk, self.thrivecart,
                                                  refresh=True)  # fmt: skip
        self.rules = resolve(self.rules_file, school, catalogue)
        return school

    # -- the log -----------------------------------------------------------------------------

    def log(self, query: LogQuery | None = None) -> list[LogEntry]:
        """The log's events matching ``query`` (default: the 50 newest), newest first."""
        return entries(self.store, self.store.search(query or LogQuery()))

    def entry(self, seq: int) -> LogEntry | None:
        stored = self.store.event(seq)
        return None if stored is None else entry(stored, self.store.actions(seq))

    def replay(self, seqs: Sequence[int] | None = None) -> list[int]:
        """Queue failed events again (all, or those of ``seqs``); the worker runs them."""
        queued = self.store.replay(seqs)
        self.worker.wake()
        return queued

    def dry_run(self, event: CartEvent) -> list[str]:
        """What the rules would do with ``event``, changing nothing anywhere."""
        return describe_plan(event, plan(self.rules, event))

    def recorded(self, seq: int) -> CartEvent | None:
        """The canonical event of a stored delivery (``None``: no such event, or unparsed)."""
        stored = self.store.event(seq)
        if stored is None or stored.event is None:
            return None
        return event_from_json(stored.event)


async def school_snapshot(
    store: SqlStore, tk: Thinkific, thrivecart: ThriveCart | None, *, refresh: bool
) -> tuple[School, CartCatalogue | None]:
    """The school (and the ThriveCart catalogue, with a ThriveCart client) as last fetched,
    fetched now and saved when there is no snapshot yet or ``refresh`` asks for it."""
    saved = None if refresh else store.snapshot(SCHOOL)
    if saved is None:
        school = await fetch_school(tk)
        store.save_snapshot(SCHOOL, school.to_json())
    else:
        school = School.from_json(saved)
    catalogue = None
    if thrivecart is not None:
        saved = None if refresh else store.snapshot(CATALOGUE)
        if saved is None:
            catalogue = await fetch_thrivecart_products(thrivecart)
            store.save_snapshot(CATALOGUE, catalogue.to_json())
        else:
            catalogue = CartCatalogue.from_json(saved)
    return school, catalogue
