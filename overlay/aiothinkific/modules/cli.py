"""``aiothinkific modules``: list the catalogue, describe a module's fields, run a module.

``run`` prints the bundles as a JSON array. It talks to the bundled mock site in-process unless
``--base-url`` names a real API root (credentials from the THINKIFIC_* variables). Bad input, an
unknown module or missing credentials exit with 2 and the message; an API error exits with 1.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from aiothinkific._client import Thinkific
from aiothinkific._credentials import CredentialsError
from aiothinkific._exceptions import ThinkificError
from aiothinkific.modules._convert import ModuleError
from aiothinkific.modules._model import Bundle, Module
from aiothinkific.modules._registry import MODULES, describe, get_module

modules_app = typer.Typer(
    help="Make-style modules: the Thinkific app's catalogue, from the command line.",
    no_args_is_help=True,
)


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


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
    Console(highlight=False).print(table)


@modules_app.command("describe")
def describe_command(
    key: Annotated[str, typer.Argument(help="Module key (getUser) or Make name.")],
) -> None:
    """A module's kind, description and fields table."""
    module = _module(key)
    console = Console(highlight=False)
    console.print(f"{module.label} ({module.key}): {module.kind}, {module.group}", markup=False)
    console.print(module.description, markup=False)
    if module.topic:
        console.print(f"Webhook topic: {module.topic} (fires when Thinkific sends it)")
    if not module.fields:
        console.print("No fields.")
        return
    table = Table("Field", "Type", "Help", show_lines=True)
    table.columns[0].no_wrap = table.columns[1].no_wrap = True
    for row in describe(module):
        field = Text(row["Label"], style="bold").append(f"\n{row['Name']}", style="dim")
        kind = row["Type"] + ("\nrequired" if row["Required"] else "")
        notes = [row["Help"]]
        notes += [f"{name}: {row[name]}" for name in ("Options", "Default") if row[name]]
        table.add_row(field, kind, "\n".join(note for note in notes if note))
    console.print(table)


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
            help="API root of a real site (credentials from THINKIFIC_* variables); "
            "default: the bundled mock, in-process."
        ),
    ] = None,
) -> None:
    """Run a module and print its bundles as JSON."""
    module = _module(key)
    inputs = _inputs(input, input_file)
    try:
        module.validate(inputs)
        bundles = asyncio.run(_run(module, inputs, base_url))
    except (ModuleError, CredentialsError) as error:
        _fail(str(error))
    except ThinkificError as error:
        _fail(str(error), code=1)
    typer.echo(json.dumps(bundles, indent=2, ensure_ascii=False))


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


async def _run(module: Module, inputs: Any, base_url: str | None) -> list[Bundle]:
    if base_url is None:
        from aiothinkific.mock import mock_client

        client = mock_client()
    else:
        client = Thinkific(base_url=base_url)
    async with client as tk:
        return await module.run(tk, inputs)
