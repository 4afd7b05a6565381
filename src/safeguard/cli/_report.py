"""``safeguard report``: the national-picture report of a warehouse, as one folder of files.

:func:`report_in_warehouse` (progress bars and the terminal summary) is what ``safeguard demo``
calls too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from safeguard.cli._app import app
from safeguard.cli._progress import step_bars

if TYPE_CHECKING:  # the report stage imports Altair (about 0.4 s): only when a report is made
    from safeguard.report import ReportResult


@app.command("report")
def report_command(
    db: Annotated[Path, typer.Option("--db", help="The warehouse to report on.")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the report and its files.")
    ] = Path("report"),
    publishable: Annotated[
        bool,
        typer.Option(
            "--publishable",
            help="Apply disclosure control: counts from 1 to 4 hidden, with secondary "
            "suppression so none can be worked out from totals; internal tables left out.",
        ),
    ] = False,
    as_at: Annotated[
        dt.datetime | None,
        typer.Option(
            "--as-at",
            formats=["%Y-%m-%d"],
            help="The date the picture describes (default: the latest record's date).",
        ),
    ] = None,
) -> None:
    """Build the national picture: one self-contained HTML report that works offline.

    Every measure per force area and nationally, by month and year, each beside its
    definition: records and children meeting each definition, supplier flags agreed, missed
    and over-flagged (identification accuracy), organised networks, safeguarding actions,
    arrests, outcomes, time to charge, data completeness and children known only to partners.

    Writes OUT/report.html, every table as CSV and Parquet (OUT/tables/) and every chart as
    SVG and PNG for slides (OUT/charts/), records the run and prints the headline figures.
    """
    report_in_warehouse(db, out, publishable=publishable, as_at=as_at)


def report_in_warehouse(
    db: Path,
    out: Path,
    *,
    publishable: bool = False,
    as_at: dt.datetime | None = None,
    console: Console | None = None,
) -> ReportResult:
    """Build the report with progress bars on stderr, then print its headline figures.

    Args:
        db: the warehouse.
        out: the report folder.
        publishable: apply statistical disclosure control.
        as_at: the date the picture describes (default: the latest record's date).
        console: where to print the figures (default: stderr; bars are always on stderr).

    Returns:
        the result of :func:`safeguard.report.build_report`.
    """
    from safeguard.report import build_report

    console = console or Console(stderr=True)
    with step_bars(Console(stderr=True)) as progress:
        result = build_report(db, out, publishable=publishable, progress=progress, as_at=as_at)
    print_summary(console, result)
    return result


def print_summary(console: Console, result: ReportResult) -> None:
    """The headline figures, any warnings, and where the report is."""
    kind = "publishable, small counts suppressed" if result.publishable else "internal"
    table = Table(title=f"The national picture ({kind})", title_justify="left")
    table.add_column("measure")
    table.add_column("England and Wales", justify="right")
    for title, text in result.headlines:
        table.add_row(escape(title), escape(text))  # "[c]" is not markup
    console.print(table)
    for warning in result.warnings:
        console.print(f"[yellow]note:[/yellow] {escape(warning)}", soft_wrap=True)
    console.print(
        f"report: {result.path} ({len(result.files) - 1} tables and charts beside it) "
        f"in {result.seconds:.1f} s",
        soft_wrap=True,
    )
