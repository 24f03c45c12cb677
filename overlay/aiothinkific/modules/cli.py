"""``aiothinkific modules``: list the catalogue, describe a module's fields, run a module, watch
an instant trigger.

``run`` prints each bundle as a JSON line as it arrives (a listing's page by page, with a
progress count on stderr when that is a terminal). It talks to the bundled mock site in-process
unless ``--base-url`` (or ``THINKIFIC_BASE_URL``) names an API root (credentials from the
THINKIFIC_* variables). ``watch`` serves a webhook receiver, registers the trigger's webhook on
the site at ``--base-url`` and prints each verified event as a JSON line until stopped, then
deletes the webhook. Failures are one line on stderr (:mod:`aiothinkific._cli`): bad input, an
unknown module or missing credentials exit with 2; an API or connection error exits with 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.table import Table
from rich.text import Text

from aiothinkific._cli import CommandGroup, console, fail, progress, url_option
from aiothinkific._client import Thinkific
from aiothinkific.modules._convert import ModuleError
from aiothinkific.modules._model import Module
from aiothinkific.modules._registry import MODULES, describe, get_module
from aiothinkific.webhooks.events import WebhookEvent

if TYPE_CHECKING:
    from aiothinkific.webhooks.receiver import WebhookReceiver

modules_app = typer.Typer(
    cls=CommandGroup,
    help="Make-style modules: the Thinkific app's catalogue, from the command line.",
    no_args_is_help=True,
)


def _fail(message: str, code: int = 2) -> NoReturn:
    fail(message, code)


def _module(key: str) -> Module:
    try:
        return get_module(key)
    except ModuleError as error:
        _fail(str(error))


@modules_app.command("list")
def list_command(
    group: Annotated[
        str | None, typer.Option(help="Only the modules of this group (Users, Coupons...).")
    ] = None,
) -> None:
    """Every module, by group: key, Make name and kind."""
    groups = list(dict.fromkeys(module.group for module in MODULES.values()))
    if group is not None:
        groups = [name for name in groups if name.lower() == group.lower()]
        if not groups:
            known = ", ".join(dict.fromkeys(m.group for m in MODULES.values()))
            _fail(f"no group {group!r}; the groups are: {known}")
    table = Table("Key", "Make module", "Kind", box=None)
    for column in table.columns:
        column.no_wrap = True
    for name in groups:
        table.add_row(f"[bold]{name}[/bold]")
        for module in MODULES.values():
            if module.group == name:
                table.add_row(f"  {module.key}", module.label, module.kind)
    console().print(table)


@modules_app.command("describe")
def describe_command(
    key: Annotated[str, typer.Argument(help="Module key (getUser) or Make name.")],
) -> None:
    """A module's kind, description and fields table."""
    module = _module(key)
    out = console()
    out.print(f"{module.label} ({module.key}): {module.kind}, {module.group}", markup=False)
    out.print(module.description, markup=False)
    if module.topic:
        out.print(f"Webhook topic: {module.topic} (fires when Thinkific sends it)")
    if not module.fields:
        out.print("No fields.")
        return
    table = Table("Field", "Type", "Help", show_lines=True)
    table.columns[0].no_wrap = table.columns[1].no_wrap = True
    for row in describe(module):
        field = Text(row["Label"], style="bold").append(f"\n{row['Name']}", style="dim")
        kind = row["Type"] + ("\nrequired" if row["Required"] else "")
        notes = [row["Help"]]
        notes += [f"{name}: {row[name]}" for name in ("Options", "Default") if row[name]]
        table.add_row(field, kind, "\n".join(note for note in notes if note))
    out.print(table)


@modules_app.command("run")
def run_command(
    key: Annotated[str, typer.Argument(help="Module key (getUser) or Make name.")],
    input: Annotated[
        str | None, typer.Option("--input", "-i", help="The inputs, a JSON object.")
    ] = None,
    input_file: Annotated[
        Path | None,
        typer.Option(help="A file holding the inputs as a JSON object ('-': standard input)."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar="THINKIFIC_BASE_URL",
            callback=url_option,
            help="API root of a real site (credentials from THINKIFIC_* variables); "
            "default: the bundled mock, in-process.",
        ),
    ] = None,
    requests_per_minute: Annotated[
        float | None,
        typer.Option(
            min=1,
            help="Client-side pacing; default: Thinkific's 120 against a site, none on the "
            "bundled mock.",
        ),
    ] = None,
    page_size: Annotated[
        int | None,
        typer.Option(min=1, help="Items asked for per request by a Search/List module."),
    ] = None,
) -> None:
    """Run a module and print each bundle as a JSON line as it arrives."""
    module = _module(key)
    inputs = _inputs(input, input_file)
    module.validate(inputs)  # wrong inputs: exit 2 before any request
    asyncio.run(_run(module, inputs, base_url, requests_per_minute, page_size))


def _inputs(text: str | None, path: Path | None) -> Any:
    if text is not None and path is not None:
        _fail("give the inputs with --input or --input-file, not both")
    source = "--input"
    if path is not None:
        source = f"--input-file {path}"
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            _fail(f"cannot read {path}: {error}")
    if text is None:
        return {}
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        _fail(f"{source} is not valid JSON: {error}")


async def _run(
    module: Module,
    inputs: Any,
    base_url: str | None,
    requests_per_minute: float | None,
    page_size: int | None,
) -> None:
    options: dict[str, Any] = {}
    if requests_per_minute is not None:
        options["requests_per_minute"] = requests_per_minute
    if base_url is None:
        from aiothinkific.mock import mock_client

        client = mock_client(**options)
    else:
        client = Thinkific(base_url=base_url, **options)
    with progress(f"{module.label} (bundles)") as count:
        async with client as tk:
            async for bundle in module.stream(tk, inputs, page_size=page_size):
                sys.stdout.write(json.dumps(bundle, ensure_ascii=False) + "\n")
                sys.stdout.flush()
                count()


@modules_app.command("watch")
def watch_command(
    key: Annotated[str, typer.Argument(help="An instant trigger's key (watchNewUser) or name.")],
    base_url: Annotated[
        str,
        typer.Option(
            envvar="THINKIFIC_BASE_URL",
            callback=url_option,
            help="API root of the site to watch: a real one, or a mock started with "
            "'aiothinkific mock serve' (credentials from THINKIFIC_* variables).",
        ),
    ],
    webhooks_base_url: Annotated[
        str | None,
        typer.Option(
            envvar="THINKIFIC_WEBHOOKS_BASE_URL",
            callback=url_option,
            help="Webhooks API root; default: beside --base-url (.../api/public/v1 -> "
            ".../api/v2; Thinkific's own for api.thinkific.com). Required for any other "
            "base URL.",
        ),
    ] = None,
    host: Annotated[str, typer.Option(help="Interface the receiver listens on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="Port the receiver listens on (0: any free).")
    ] = 8000,
    public_url: Annotated[
        str | None,
        typer.Option(
            callback=url_option,
            help="The URL Thinkific posts to, when the receiver is behind a tunnel or proxy; "
            "default: http://HOST:PORT/.",
        ),
    ] = None,
    secret: Annotated[
        str | None,
        typer.Option(
            envvar="THINKIFIC_WEBHOOK_SECRET",
            help="Signing secret: a public app's client secret; default: the API key.",
        ),
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option(help="SQLite file remembering events, so a restart skips redeliveries."),
    ] = None,
    max_events: Annotated[
        int | None, typer.Option(min=1, help="Stop after this many events (default: Ctrl-C).")
    ] = None,
) -> None:
    """Start an instant trigger: print its events as JSON lines until stopped.

    Its webhook is registered (or an identical one reused), then deleted on exit."""
    module = _module(key)
    if module.topic is None:
        _fail(f"{module.label} ({module.key}) is not an instant trigger; 'modules run' runs it")
    tk = Thinkific(base_url=base_url, webhooks_base_url=webhooks_base_url)
    if tk.webhooks_base_url is None:
        _fail(
            f"no Webhooks API beside --base-url {base_url!r} (not Thinkific's, not "
            ".../api/public/v1): give --webhooks-base-url or THINKIFIC_WEBHOOKS_BASE_URL"
        )
    secret = secret or tk.credentials.api_key
    if not secret:
        _fail("give --secret (or THINKIFIC_WEBHOOK_SECRET): the app's client secret")
    receiver = _receiver(secret, store)
    asyncio.run(_watch(tk, module, receiver, host, port, public_url, max_events))


def _receiver(secret: str, store: Path | None) -> WebhookReceiver:
    from aiothinkific.webhooks.receiver import WebhookReceiver

    try:
        return WebhookReceiver(secret, store=str(store) if store else ":memory:")
    except sqlite3.Error as error:
        _fail(f"cannot use --store {store}: {error}")


async def _watch(
    tk: Thinkific,
    module: Module,
    receiver: WebhookReceiver,
    host: str,
    port: int,
    public_url: str | None,
    max_events: int | None,
) -> None:
    from aiothinkific.webhooks.serving import serving

    stop = asyncio.Event()
    seen = 0
    closed = False  # stdout's reader went away (| head): stop, then end quietly

    async def print_event(event: WebhookEvent) -> None:
        nonlocal seen, closed
        try:
            print(event_line(event.raw), flush=True)
        except BrokenPipeError:
            closed = True
            stop.set()
            return
        seen += 1
        if max_events is not None and seen >= max_events:
            stop.set()

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises instead
            loop.add_signal_handler(signum, stop.set)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(tk)
        try:
            url = await stack.enter_async_context(serving(receiver, host, port))
        except OSError as error:
            _fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
        target = public_url or url + "/"
        subscription = await module.start(
            tk, target_url=target, receiver=receiver, handler=print_event
        )
        verb = "reused" if subscription.reused else "registered"
        _note(
            f"{module.label}: webhook {subscription.webhook.id} ({module.topic} -> {target}) "
            f"{verb}; receiver on {url}. Ctrl-C stops and deletes the webhook."
        )
        try:
            await stop.wait()
        finally:
            await subscription.stop()
            _note(
                f"{module.label}: webhook {subscription.webhook.id} deleted after {seen} event(s)"
            )
    if closed:
        raise BrokenPipeError


def _note(message: str) -> None:
    typer.echo(message, err=True)


def event_line(raw: object) -> str:
    """An event as one JSON line for stdout: readable text where stdout can print it, escaped
    where it cannot (a lone surrogate in an id); integers too long for Python's ``int`` (kept as
    ``Decimal`` by the receiver) are written as their digits."""

    def digits(value: object) -> object:
        if isinstance(value, Decimal):
            return format(value, "f")
        raise TypeError(f"{type(value).__name__} is not JSON")

    text = json.dumps(raw, ensure_ascii=False, default=digits)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        text = json.dumps(raw, default=digits)
    return text
