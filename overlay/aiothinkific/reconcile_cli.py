"""What ``aiothinkific engine reconcile`` shows: a progress bar on stderr while the APIs are
read (only when stderr is a terminal), then the findings as a table or JSON lines, and the
summary line."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import typer

from aiothinkific._cli import console

if TYPE_CHECKING:
    from aiothinkific.engine.reconcile import Progress, Report


@contextlib.contextmanager
def progress_bar() -> Iterator[Progress]:
    """A bar per listing read (ThriveCart's transactions, each course's and bundle's
    enrollments), on stderr while it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield lambda _name, _pages, _total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

    bars: dict[str, TaskID] = {}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pages"),
        console=console(stderr=True),
        transient=True,
    ) as shown:

        def advance(name: str, pages: int, total: int | None) -> None:
            if name not in bars:
                bars[name] = shown.add_task(name, total=total)
            shown.update(bars[name], completed=pages, total=total or pages)

        yield advance


def print_report(report: Report, *, as_json: bool) -> None:
    if as_json:
        for finding in report.findings:
            typer.echo(json.dumps(finding.to_dict(), ensure_ascii=False))
    elif report.findings:
        from rich.table import Table

        table = Table("kind", "email", "target", "enrollments", "cart", "detail", "fix")
        for f in report.findings:
            table.add_row(
                f.kind.value,
                f.email,
                f"{f.target} {f.target_id} {f.target_name!r}",
                " ".join(map(str, f.enrollment_ids)) or "-",
                str(f.cart) if f.cart else "-",
                f.detail,
                f.fix or "-",
            )
        console().print(table)
    typer.echo(report.summary())
