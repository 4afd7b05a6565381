"""``safeguard ingest`` and ``safeguard quarantine``: load files, list what was set aside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from safeguard.cli._app import app
from safeguard.errors import StrictModeError, WarehouseError
from safeguard.warehouse import (
    FileResult,
    IngestResult,
    Settings,
    connect,
    ingest,
    latest_run_id,
    quarantined,
)

_DB_HELP = "The warehouse file (default: $SAFEGUARD_DB or safeguard.duckdb)."
DbOption = Annotated[Path | None, typer.Option("--db", help=_DB_HELP)]

MAX_FILE_ROWS = 20
_HEADERS = (
    "file",
    "read",
    "new",
    "superseded",
    "unchanged",
    "stale",
    "quarantined",
    "notes",
    "skipped",
)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    db: DbOption = None,
    profile: str | None = typer.Option(
        None, "--profile", help="Mapping profile (name or YAML path) for CSV/XLSX inputs."
    ),
    strict: bool = typer.Option(
        False, "--strict", help="Exit non-zero if any record was quarantined (after loading)."
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    reload: bool = typer.Option(
        False, "--reload", help="Read every file again, even ones an earlier run loaded."
    ),
) -> None:
    """Load exchange files (.jsonl, .jsonl.gz, .parquet) into the DuckDB warehouse.

    Broken records go to quarantine with file, line, field and reason; a re-sent record with a
    higher version supersedes the old one, which stays in history. A file an earlier run
    already loaded (same SHA-256) is skipped unless --reload. Every run is recorded.
    """
    result = ingest(paths, db, profile=profile, progress=progress, reload=reload)
    _stderr().print(_summary(result))
    quarantined_count = result.total("quarantined")
    if strict and quarantined_count:
        raise StrictModeError(
            f"{quarantined_count} record(s) quarantined in run {result.run_id}; list them with "
            f"`safeguard quarantine --db {result.db} --run {result.run_id}`"
        )


def _stderr() -> Console:
    console = Console(stderr=True)
    # A log has no width to respect; 80 columns would cut the file names and headers.
    return console if console.is_terminal else Console(stderr=True, width=120)


def _summary(result: IngestResult) -> Table:
    """Per-file rows for a few files; for many, the totals and the files with quarantined lines."""
    table = Table(title=f"ingest run {result.run_id} ({result.seconds:.1f} s)")
    for header in _HEADERS:
        table.add_column(header, justify="left" if header == "file" else "right")
    files = result.files
    if len(files) > MAX_FILE_ROWS:
        with_quarantine = [f for f in files if f.quarantined]
        files = with_quarantine[:MAX_FILE_ROWS]
        table.caption = _caption(result, len(files), len(with_quarantine))
    for f in files:
        table.add_row(f.path.name, *_cells(f))
    totals = [str(result.total(n)) for n in _HEADERS[1:-2]]
    totals += [str(sum(result.notes.values())), str(result.total("skipped"))]
    table.add_row(f"{len(result.files)} file(s)", *totals, style="bold")
    return table


def _cells(f: FileResult) -> list[str]:
    counts = [str(getattr(f, name)) for name in _HEADERS[1:-2]]
    return [*counts, str(sum(f.notes.values())), "yes" if f.skipped else ""]


def _caption(result: IngestResult, shown: int, quarantined: int) -> str:
    skipped = result.total("skipped")
    text = (
        f"{len(result.files)} files: {len(result.files) - skipped} loaded, {skipped} skipped "
        "(already loaded). "
    )
    if not quarantined:
        return text + "No file had quarantined lines."
    which = f"the {shown}" if shown == quarantined else f"{shown} of the {quarantined}"
    return text + f"Rows: {which} files with quarantined lines."


@app.command("quarantine")
def quarantine_command(
    db: DbOption = None,
    run: str | None = typer.Option(None, "--run", help="Run id (default: the latest ingest)."),
    limit: int = typer.Option(50, "--limit", min=1, help="Show at most this many lines."),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines output, one per line."),
    raw: bool = typer.Option(
        False, "--raw", help="Include the raw text as received (personal data)."
    ),
) -> None:
    """List quarantined lines of a run: file, line, field and reason.

    Raw values are personal data and are left out unless you ask for them with --raw.
    """
    path = db if db is not None else Settings().db
    if not path.exists():
        raise WarehouseError(f"{path}: no such warehouse")
    con = connect(path)
    try:
        run_id = run or latest_run_id(con)
        rows = quarantined(con, run_id, limit, include_raw=raw) if run_id else []
    finally:
        con.close()
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"quarantine of run {run_id or '(none)'}")
    for header in ("file", "line", "field", "reason", *(("raw",) if raw else ())):
        table.add_column(header)
    for row in rows:
        cells = [row["file"], str(row["line"]), row["field"] or "(line)", row["reason"]]
        table.add_row(*cells, *((row["raw"],) if raw else ()))
    Console().print(table)
