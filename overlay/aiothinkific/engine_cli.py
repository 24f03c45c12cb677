"""``aiothinkific engine ...``: run the enrollment engine, check its rules, read its log.

The store is a SQLite file (``--db``, default ``engine.sqlite``) or a ``postgresql://`` URL,
which several ``engine serve`` processes share. Thinkific's credentials come
from ``THINKIFIC_API_KEY`` + ``THINKIFIC_SUBDOMAIN`` (or ``THINKIFIC_ACCESS_TOKEN``), its root
from ``--base-url`` / ``THINKIFIC_BASE_URL``. With ``THRIVECART_API_KEY`` (or an access token)
the rules' products are checked against the ThriveCart account too. The sources' secrets come
from the environment only, so they never show in a process list:
``ENGINE_THRIVECART_SECRET`` (the account's secret word), ``ENGINE_THRIVECART_EVENTS_SECRET``
and ``ENGINE_SAMCART_SECRET`` (the ``?secret=`` tokens of those URLs). ``ENGINE_LOG_TOKEN`` turns
on the log page (``/log/``) and is its login token.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import os
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from aiothinkific._cli import CommandGroup, console, fail, url_option

engine_app = typer.Typer(
    cls=CommandGroup,
    help="The enrollment engine: cart events -> rules -> Thinkific enrollments.",
    no_args_is_help=True,
)

T = TypeVar("T")
SECRET_VARIABLES = {
    "thrivecart": "ENGINE_THRIVECART_SECRET",
    "thrivecart_events": "ENGINE_THRIVECART_EVENTS_SECRET",
    "samcart": "ENGINE_SAMCART_SECRET",
}

RulesPath = Annotated[
    Path,
    typer.Option(
        "--rules", envvar="ENGINE_RULES", help="The rules file (YAML).", show_default=False
    ),
]
Database = Annotated[
    str,
    typer.Option(
        "--db", envvar="ENGINE_DB", help="The engine's SQLite file, or a postgresql:// URL."
    ),
]
BaseUrl = Annotated[
    str | None,
    typer.Option(
        envvar="THINKIFIC_BASE_URL",
        callback=url_option,
        help="Thinkific Admin API root (default: the real service).",
    ),
]
ThriveCartUrl = Annotated[
    str | None,
    typer.Option(
        envvar="THRIVECART_BASE_URL",
        callback=url_option,
        help="ThriveCart API root (default: the real service), for checking products.",
    ),
]
RequestsPerMinute = Annotated[
    float,
    typer.Option(min=1, help="Thinkific requests per minute (the school's rate limit)."),
]
RetryDelay = Annotated[
    float,
    typer.Option(
        min=0,
        help="Seconds before an action that failed is tried again (doubling each time, at "
        "most 5 minutes).",
    ),
]
DEFAULT_DB = "engine.sqlite"
LOG_TOKEN_VARIABLE = "ENGINE_LOG_TOKEN"  # the log page's login token; no token, no page
MIN_LOG_TOKEN = 16


def _secrets() -> Any:
    from aiothinkific.engine.receiver import Secrets

    return Secrets(**{name: os.environ.get(variable) or None
                      for name, variable in SECRET_VARIABLES.items()})  # fmt: skip


def _thrivecart(base_url: str | None) -> Any:
    """A ThriveCart client when credentials are set (the rules' products are then checked)."""
    from aiothinkific import ThriveCart

    if not (os.environ.get("THRIVECART_API_KEY") or os.environ.get("THRIVECART_ACCESS_TOKEN")):
        return None
    return ThriveCart(base_url=base_url)


def _database(given: str, *, must_exist: bool = False) -> str:
    from aiothinkific.engine.stores import is_postgres

    if is_postgres(given):
        return given
    db = Path(given)
    if must_exist and not db.is_file():
        fail(f"--db {db}: no such engine database")
    if db.exists() and db.is_dir():
        fail(f"--db {db}: is a directory")
    if not db.parent.is_dir():
        fail(f"--db {db}: the folder {db.parent} does not exist")
    return str(db)


@contextlib.asynccontextmanager
async def _engine(
    rules: Path,
    db: str,
    base_url: str | None,
    thrivecart_url: str | None,
    *,
    requests_per_minute: float = 120,
    refresh: bool = False,
    retry_delay: float = 2.0,
    max_attempts: int = 8,
    log_size: int = 1000,
    log_token: str | None = None,
) -> AsyncIterator[Any]:
    from aiothinkific import Thinkific
    from aiothinkific.engine.engine import Engine
    from aiothinkific.engine.stores import StoreError
    from aiothinkific.engine.worker import Backoff

    database = _database(db)
    async with Thinkific(base_url=base_url, requests_per_minute=requests_per_minute) as tk:
        thrivecart = _thrivecart(thrivecart_url)
        try:
            engine = await Engine.open(rules, tk, database=database, secrets=_secrets(),
                                       thrivecart=thrivecart, refresh=refresh,
                                       backoff=Backoff(base=retry_delay),
                                       max_attempts=max_attempts, log_size=log_size,
                                       log_token=log_token)  # fmt: skip
        except StoreError as error:
            fail(str(error))
        try:
            yield engine
        finally:
            engine.close()
            if thrivecart is not None:
                await thrivecart.aclose()


def _run(work: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(work())  # type: ignore[arg-type]


def _store(db: str) -> Any:
    from aiothinkific.engine.stores import StoreError, open_store

    try:
        return open_store(_database(db, must_exist=True))
    except StoreError as error:
        fail(str(error))


@engine_app.command("serve")
def serve_command(
    rules: RulesPath,
    db: Database = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 8080,
    base_url: BaseUrl = None,
    thrivecart_base_url: ThriveCartUrl = None,
    requests_per_minute: RequestsPerMinute = 120,
    retry_delay: RetryDelay = 2.0,
    max_attempts: Annotated[
        int,
        typer.Option(min=1, help="Attempts at an event before it is parked as failed."),
    ] = 8,
    log_size: Annotated[
        int, typer.Option(min=1, help="Events the log keeps (finished ones are dropped first).")
    ] = 1000,
    refresh: Annotated[bool, typer.Option(help="Fetch the school again first.")] = False,
) -> None:
    """Receive cart events and carry out the rules, until Ctrl-C or SIGTERM. The routes:
    /thrivecart, /thrivecart/events?secret=..., /samcart?secret=..."""
    from aiothinkific.webhooks.serving import serving

    secrets = _secrets()
    if not secrets.configured():
        names = ", ".join(SECRET_VARIABLES.values())
        fail(f"no source has a secret: set at least one of {names}")
    log_token = os.environ.get(LOG_TOKEN_VARIABLE) or None
    if log_token is not None and len(log_token) < MIN_LOG_TOKEN:
        fail(f"{LOG_TOKEN_VARIABLE} must be {MIN_LOG_TOKEN} characters or more")

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises instead
                loop.add_signal_handler(signum, stop.set)
        async with contextlib.AsyncExitStack() as stack:
            engine = await stack.enter_async_context(
                _engine(rules, db, base_url, thrivecart_base_url,
                        requests_per_minute=requests_per_minute, refresh=refresh,
                        retry_delay=retry_delay, max_attempts=max_attempts,
                        log_size=log_size, log_token=log_token)
            )  # fmt: skip
            try:
                server = serving(engine.app(), host, port, lifespan="on")
                root = await stack.enter_async_context(server)
            except OSError as error:
                fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
            sources = ", ".join(source.value for source in secrets.configured())
            typer.echo(f"engine receiving at {root} ({sources}); {len(engine.rules.rules)} "
                       f"rules; log: {engine.store.database}")  # fmt: skip
            typer.echo(f"log page: {root}/log/ (log in with {LOG_TOKEN_VARIABLE})" if log_token
                       else f"log page: off (set {LOG_TOKEN_VARIABLE} to serve it)")  # fmt: skip
            await stop.wait()

    _run(serve)


@engine_app.command("check")
def check_command(
    rules: RulesPath,
    db: Database = DEFAULT_DB,
    base_url: BaseUrl = None,
    thrivecart_base_url: ThriveCartUrl = None,
    refresh: Annotated[bool, typer.Option(help="Fetch the school again first.")] = False,
) -> None:
    """Check the rules file against the school (and the ThriveCart products, with
    credentials). Every problem is named with its rule and field; exit 2 if there is one."""
    from aiothinkific.engine.rules import words

    async def check() -> list[str]:
        async with _engine(rules, db, base_url, thrivecart_base_url, refresh=refresh) as engine:
            lines = []
            for rule in engine.rules.rules:
                scope = f"product {rule.product}" if rule.product else "every product"
                lines.append(f"{rule.name}: {words(rule.trigger)} on {scope} -> "
                             f"{words(rule.action)} {rule.target_name!r} "
                             f"({rule.action.target} {rule.target_id})")  # fmt: skip
            if engine.thrivecart is None:
                lines.append("(products not checked: no ThriveCart credentials)")
            return lines

    for line in _run(check):
        typer.echo(line)
    typer.echo(f"{rules}: OK")


@engine_app.command("refresh")
def refresh_command(
    rules: RulesPath,
    db: Database = DEFAULT_DB,
    base_url: BaseUrl = None,
    thrivecart_base_url: ThriveCartUrl = None,
) -> None:
    """Fetch the school's courses, bundles and custom profile fields again (the seed's
    Refresh button), and check the rules against them."""

    async def refresh() -> str:
        async with _engine(rules, db, base_url, thrivecart_base_url, refresh=True) as engine:
            school = await engine.refresh()
            return (f"{len(school.courses)} courses, {len(school.bundles)} bundles, "
                    f"{len(school.profile_fields)} custom profile fields")  # fmt: skip

    typer.echo(_run(refresh))


@engine_app.command("dry-run")
def dry_run_command(
    rules: RulesPath,
    delivery: Annotated[
        Path | None,
        typer.Argument(
            help="A delivery's body in a file (form-encoded or JSON).", show_default=False
        ),
    ] = None,
    source: Annotated[
        str, typer.Option(help="Its source: thrivecart, thrivecart_events or samcart.")
    ] = "thrivecart",
    event: Annotated[
        int | None, typer.Option(help="A recorded event's number (from engine log) instead.")
    ] = None,
    db: Database = DEFAULT_DB,
    base_url: BaseUrl = None,
    thrivecart_base_url: ThriveCartUrl = None,
) -> None:
    """Print what the rules would do with an event, changing nothing in Thinkific."""
    from aiothinkific.engine.model import EventParseError, Source

    if (delivery is None) == (event is None):
        fail("give a delivery file or --event N (one of them)")
    carts = [s.value for s in Source if s is not Source.RECONCILE]
    if source not in carts:
        fail(f"--source must be one of {', '.join(carts)}, not {source!r}")
    chosen = Source(source)
    body = b""
    if delivery is not None:
        try:
            body = delivery.read_bytes()
        except OSError as error:
            fail(f"cannot read {delivery}: {error.strerror or error}")

    async def dry_run() -> list[str]:
        async with _engine(rules, db, base_url, thrivecart_base_url) as engine:
            if event is not None:
                recorded = engine.recorded(event)
                if recorded is None:
                    fail(f"--event {event}: no such parsed event in {engine.store.database}")
                return engine.dry_run(recorded)  # type: ignore[no-any-return]
            try:
                parsed = parse_delivery(chosen, body)
            except EventParseError as error:
                fail(f"{delivery}: not a {chosen.value} event: {error}")
            return engine.dry_run(parsed)  # type: ignore[no-any-return]

    for line in _run(dry_run):
        typer.echo(line)


def parse_delivery(source: Any, body: bytes) -> Any:
    """A delivery's body as the receiver would parse it (JSON, else form-encoded)."""
    from aiothinkific.engine.receiver import PARSERS
    from aiothinkific.engine.sources import decode_fields

    looks_json = body.lstrip()[:1] in (b"{", b"[")
    kind = "application/json" if looks_json else "application/x-www-form-urlencoded"
    return PARSERS[source](decode_fields(body, kind))


def _epoch(value: str | None, option: str) -> float | None:
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return moment.timestamp()
    except (ValueError, OverflowError):
        fail(f"{option}: {value!r} is not a date or date-time (2026-12-01, 2026-12-01T10:00)")


@engine_app.command("log")
def log_command(
    seq: Annotated[
        int | None, typer.Argument(help="One event's number: its detail.", show_default=False)
    ] = None,
    db: Database = DEFAULT_DB,
    email: Annotated[str | None, typer.Option(help="The customer's email.")] = None,
    product: Annotated[
        str | None, typer.Option(help="A cart product: 12 (product or bump), upsell-2, ...")
    ] = None,
    trigger: Annotated[str | None, typer.Option(help="product_purchased, ...")] = None,
    status: Annotated[
        str | None, typer.Option(help="pending, retrying, done, ignored, failed, unparsed.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Received at or after (ISO date).")] = None,
    until: Annotated[str | None, typer.Option(help="Received before (ISO date).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="The most events shown.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """The event log, newest first: what each event matched, did, and why it failed."""
    from aiothinkific.engine.log import entries, entry, masked_payload
    from aiothinkific.engine.store import LogQuery

    store = _store(db)
    try:
        if seq is not None:
            stored = store.event(seq)
            if stored is None:
                fail(f"no event {seq} in {store.database}")
            detail = entry(stored, store.actions(seq))
            if as_json:
                typer.echo(json.dumps(detail.to_dict(), ensure_ascii=False))
            else:
                _print_detail(detail, masked_payload(stored))
            return
        else:
            query = LogQuery(email=email, product=product, trigger=trigger, status=status,
                             since=_epoch(since, "--since"), until=_epoch(until, "--until"),
                             limit=limit)  # fmt: skip
            found = entries(store, store.search(query))
    finally:
        store.close()
    if as_json:
        for item in found:
            typer.echo(json.dumps(item.to_dict(), ensure_ascii=False))
        return
    _print_table(found)


def _print_detail(item: Any, payload: str) -> None:
    for label, value in (
        ("event", f"#{item.seq} {item.cart_event or '-'} ({item.source})"),
        ("status", item.status + (f": {item.error}" if item.error else "")),
        ("customer", item.email or "-"),
        ("products", " ".join(item.products) or "-"),
        ("trigger", item.trigger or "-"),
        ("cart time", item.occurred_at or "-"),
        ("received", f"{item.received_at} ({item.deliveries} deliveries, "
                     f"{item.attempts} retries)"),
    ):  # fmt: skip
        typer.echo(f"{label + ':':<11}{value}")
    for action in item.actions:
        said = action.error or action.answer or ""
        typer.echo(f"  - {action.rule}: {action.action} {action.target} for {action.item}: "
                   f"{action.status}" + (f" ({said})" if said else ""))  # fmt: skip
    typer.echo("payload (secrets masked):")
    typer.echo(payload)


def _print_table(found: list[Any]) -> None:
    from rich.table import Table

    table = Table("#", "received", "source", "event", "email", "products", "status", "actions")
    for item in found:
        done = [f"{a.action} {a.target}: {a.status}" + (f" ({a.error})" if a.error else "")
                for a in item.actions]  # fmt: skip
        table.add_row(
            str(item.seq), item.received_at, item.source, item.cart_event or "-",
            item.email or "-", " ".join(item.products) or "-",
            item.status,
            "\n".join(done) or "-",
        )  # fmt: skip
    console().print(table)


@engine_app.command("replay")
def replay_command(
    seqs: Annotated[
        list[int] | None, typer.Argument(help="Event numbers (default: every failed event).")
    ] = None,
    db: Database = DEFAULT_DB,
) -> None:
    """Queue failed events again; the running engine (engine serve) carries them out."""
    store = _store(db)
    try:
        queued = store.replay(seqs or None)
    finally:
        store.close()
    typer.echo(f"queued again: {len(queued)} event(s)" + (f" ({', '.join(map(str, queued))})"
                                                         if queued else ""))  # fmt: skip


@engine_app.command("triggers")
def triggers_command() -> None:
    """How each cart's events map onto the ten triggers."""
    from aiothinkific.engine.sources import samcart, thrivecart

    for name, module in (("ThriveCart", thrivecart), ("SamCart", samcart)):
        for cart_event, trigger, note in module.trigger_table():
            typer.echo(f"{name}\t{cart_event}\t{trigger}\t{note}")


@engine_app.command("reconcile")
def reconcile_command(
    rules: RulesPath,
    db: Database = DEFAULT_DB,
    apply: Annotated[
        bool, typer.Option("--apply", help="Queue the fixes the rules say (the worker runs them).")
    ] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run from the pages read.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    base_url: BaseUrl = None,
    thrivecart_base_url: ThriveCartUrl = None,
    requests_per_minute: RequestsPerMinute = 120,
) -> None:
    """Compare the carts' history with Thinkific for the rules' courses and bundles: paid but
    not enrolled, refunded or cancelled but still enrolled, enrolled twice, enrolled in a
    course no rule grants. Exit 0 without drift, 1 with drift, 2 for bad input."""
    from aiothinkific.engine.reconcile import interrupted_run, reconcile
    from aiothinkific.reconcile_cli import print_report, progress_bar

    async def run() -> Any:
        async with _engine(rules, db, base_url, thrivecart_base_url,
                           requests_per_minute=requests_per_minute) as engine:  # fmt: skip
            if engine.thrivecart is None:
                typer.echo("(no ThriveCart credentials: the engine's own log only)", err=True)
            if not resume and interrupted_run(engine.store):
                typer.echo("(an interrupted run's pages are dropped: --resume continues one)",
                           err=True)  # fmt: skip
            with progress_bar() as progress:
                try:
                    return await reconcile(engine, engine.thrivecart, apply=apply,
                                           resume=resume, progress=progress)  # fmt: skip
                except (Exception, asyncio.CancelledError) as error:
                    from aiothinkific._cli import FAILURE, describe

                    message, _ = describe(error)
                    fail(f"reconcile stopped: {message}; the pages read are kept: run again "
                         "with --resume to continue", FAILURE)  # fmt: skip

    try:
        report = _run(run)
    except KeyboardInterrupt:
        fail("reconcile interrupted; the pages read are kept: run again with --resume", 130)
    print_report(report, as_json=as_json)
    if report.drift:
        raise typer.Exit(1)
