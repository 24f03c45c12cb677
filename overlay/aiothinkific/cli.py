"""The ``aiothinkific`` command: the demo (main job), the mock server, the Make-style modules,
ThriveCart, the enrollment engine.

Every command fails the same way (:mod:`aiothinkific._cli`): one line on stderr, exit code 2
for bad usage or settings, 1 for an API or connection failure.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3
from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer

from aiothinkific._cli import CommandGroup, fail, url_option
from aiothinkific.demo import demo
from aiothinkific.engine_cli import engine_app
from aiothinkific.modules.cli import modules_app
from aiothinkific.thrivecart_cli import thrivecart_app

app = typer.Typer(
    cls=CommandGroup,
    help="Async client for the Thinkific APIs: demo, mock server, Make-style modules.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
mock_app = typer.Typer(
    cls=CommandGroup, help="The stateful mock Thinkific server.", no_args_is_help=True
)
contract_app = typer.Typer(
    cls=CommandGroup,
    help="The contract harness: spec, server and client checked against each other.",
    no_args_is_help=True,
)
app.add_typer(mock_app, name="mock")
app.add_typer(contract_app, name="contract")
app.add_typer(modules_app, name="modules")
app.add_typer(thrivecart_app, name="thrivecart")
app.add_typer(engine_app, name="engine")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"aiothinkific {metadata.version('aiothinkific')}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Async client for the Thinkific APIs: demo, mock server, Make-style modules."""


@app.command("demo")
def demo_command(
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar="THINKIFIC_BASE_URL",
            callback=url_option,
            help="API root of a real site (credentials from THINKIFIC_* variables); "
            "default: the bundled mock, in-process.",
        ),
    ] = None,
) -> None:
    """Run the client end to end: users, courses, enrollments, errors, pagination."""
    for line in asyncio.run(demo(base_url)):
        typer.echo(line)


@mock_app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free one).")
    ] = 8080,
    db: Annotated[
        Path | None, typer.Option(help="SQLite file keeping state between runs (default: memory).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the generated catalogue and users.")] = 0,
    seed_users: Annotated[int, typer.Option(help="Users the site starts with.")] = 30,
    api_key: Annotated[str, typer.Option(help="API key accepted.")] = "mock-key",
    subdomain: Annotated[str, typer.Option(help="Subdomain accepted.")] = "mock",
    access_token: Annotated[str, typer.Option(help="Bearer token accepted.")] = "mock-token",
    requests_per_minute: Annotated[
        int | None, typer.Option(help="Emulate the rate limit (429 beyond it).")
    ] = None,
    max_in_flight: Annotated[
        int | None, typer.Option(help="Emulate the in-flight cap (429 beyond it).")
    ] = None,
    latency: Annotated[float, typer.Option(help="Seconds added to every response.")] = 0.0,
    error_rate: Annotated[float, typer.Option(help="Share of requests answered 500/503.")] = 0.0,
    drop_rate: Annotated[float, typer.Option(help="Share of connections dropped.")] = 0.0,
    vendor: Annotated[
        str,
        typer.Option(
            help="Which mock to serve: thinkific (its site), thrivecart (its account), or both "
            "(ThriveCart then on --thrivecart-port).",
        ),
    ] = "thinkific",
    thrivecart_port: Annotated[
        int,
        typer.Option(min=0, max=65535, help="ThriveCart's port with --vendor both (0: any free)."),
    ] = 0,
    thrivecart_api_key: Annotated[
        str, typer.Option(help="ThriveCart bearer token accepted.")
    ] = "mock-thrivecart-key",
) -> None:
    """Serve a mock Thinkific site over HTTP at http://HOST:PORT/api/public/v1, or ThriveCart's
    account at http://HOST:PORT/api/external (``--vendor thrivecart``), or both.

    The URLs are printed once the servers are listening; Ctrl-C or SIGTERM stops them."""
    from starlette.applications import Starlette

    from aiothinkific.mock import MockSettings, create_app
    from aiothinkific.mock.thrivecart import ThriveCartSettings, create_thrivecart_app
    from aiothinkific.webhooks.serving import serving

    if vendor not in ("thinkific", "thrivecart", "both"):
        fail(f"--vendor must be thinkific, thrivecart or both, not {vendor!r}")

    try:
        settings = MockSettings(
            api_key=api_key,
            subdomain=subdomain,
            access_token=access_token,
            database=str(db) if db else ":memory:",
            seed=seed,
            seed_users=seed_users,
            requests_per_minute=requests_per_minute,
            max_in_flight=max_in_flight,
            latency=latency,
            error_rate=error_rate,
            drop_rate=drop_rate,
        )
        thrivecart_settings = ThriveCartSettings(
            api_key=thrivecart_api_key,
            seed=seed,
            requests_per_minute=requests_per_minute,
            latency=latency,
            error_rate=error_rate,
            drop_rate=drop_rate,
        )
    except ValueError as error:
        fail(str(error))
    sites: list[tuple[str, Starlette, int, str]] = []
    if vendor in ("thinkific", "both"):
        try:
            site = create_app(settings)
        except sqlite3.Error as error:
            fail(f"cannot use --db {db}: {error}")
        webhooks_line = f"(Webhooks API at {{root}}{settings.webhooks_base_path})"
        sites.append(("Thinkific", site, port, f"{settings.base_path} {webhooks_line}"))
    if vendor in ("thrivecart", "both"):
        account = create_thrivecart_app(thrivecart_settings)
        control_line = f"(controls at {{root}}{thrivecart_settings.control_path})"
        account_port = port if vendor == "thrivecart" else thrivecart_port
        sites.append(("ThriveCart", account, account_port,
                      f"{thrivecart_settings.base_path} {control_line}"))  # fmt: skip

    async def serve_until_stopped() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C raises instead
                loop.add_signal_handler(signum, stop.set)
        async with contextlib.AsyncExitStack() as stack:
            for name, app, app_port, paths in sites:
                try:
                    serve = serving(app, host, app_port, lifespan="auto")
                    root = await stack.enter_async_context(serve)
                except OSError as error:
                    fail(f"cannot listen on {host}:{app_port}: {error.strerror or error}")
                path, _, note = paths.partition(" ")
                typer.echo(f"mock {name} API at {root}{path} {note.format(root=root)}")
            await stop.wait()

    asyncio.run(serve_until_stopped())


@mock_app.command("handlers")
def handlers_command() -> None:
    """How the mock's handlers cover the packaged spec: operations without one (served with
    generic behaviour) and handlers of operations the spec no longer has (ignored)."""
    from aiothinkific.mock import generic_operations, stale_handlers

    for label, names in (
        ("generic behaviour (no handler)", generic_operations()),
        ("stale handlers (no such operation)", stale_handlers()),
    ):
        typer.echo(f"{label}: {', '.join(names) or 'none'}")


@contract_app.command("run")
def contract_run(
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar="THINKIFIC_CONTRACT_BASE_URL",
            callback=url_option,
            help="Thinkific Admin API root to test (credentials from THINKIFIC_API_KEY + "
            "THINKIFIC_SUBDOMAIN or THINKIFIC_ACCESS_TOKEN); default: the bundled mock.",
        ),
    ] = None,
    webhooks_base_url: Annotated[
        str | None,
        typer.Option(
            envvar="THINKIFIC_CONTRACT_WEBHOOKS_BASE_URL",
            callback=url_option,
            help="Its Webhooks API root, when not beside it (.../api/public/v1 -> .../api/v2).",
        ),
    ] = None,
    thrivecart_base_url: Annotated[
        str | None,
        typer.Option(
            envvar="THRIVECART_CONTRACT_BASE_URL",
            callback=url_option,
            help="ThriveCart API root to test (credentials from THRIVECART_API_KEY or "
            "THRIVECART_ACCESS_TOKEN); default: the bundled mock.",
        ),
    ] = None,
    allow_writes: Annotated[
        bool,
        typer.Option(
            help="Also run operations that change data on a real target (tagged records, "
            "removed afterwards)."
        ),
    ] = False,
    profile: Annotated[
        str, typer.Option(help="fast (derandomized, for CI) or deep (many more examples).")
    ] = "fast",
    junitxml: Annotated[Path | None, typer.Option(help="Write a JUnit XML report here.")] = None,
    report: Annotated[
        Path | None, typer.Option(help="Write the summary and failures (Markdown) here.")
    ] = None,
    operations: Annotated[
        str | None,
        typer.Option(help="Only these operations: operationId patterns, comma-separated."),
    ] = None,
) -> None:
    """Run the contract suites (provider, stateful, consumer) against the bundled mocks or the
    given APIs. Exit code 0: every check held; 1: a check failed; 2: bad usage."""
    from aiothinkific.contract.profiles import PROFILES
    from aiothinkific.contract.runner import RunOptions, run

    if profile not in PROFILES:
        fail(f"--profile: {profile!r} is not one of {', '.join(sorted(PROFILES))}")
    options = RunOptions(
        base_url=base_url,
        webhooks_base_url=webhooks_base_url,
        thrivecart_base_url=thrivecart_base_url,
        allow_writes=allow_writes,
        profile=profile,
        junitxml=junitxml,
        report=report,
        operations=operations,
    )
    raise typer.Exit(run(options))


def main() -> None:
    app()
