"""``safeguard identify``: decisions for a warehouse, or for a JSON Lines file on its own.

With ``--db`` every current record and every child in the warehouse is decided, each child
through their linked history. With ``-i``/``-o`` one output line per input line, in input
order; a line that is not a valid record (including a blank line) gives
``{"line": N, "error": "..."}`` instead of a decision.
"""

from __future__ import annotations

import gzip
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, cast

import typer
from rich.console import Console

from safeguard._compiled import build
from safeguard.cli._app import app
from safeguard.cli._progress import step_bars
from safeguard.errors import InputFileError, SafeguardError
from safeguard.identify import decide_lines, identify_warehouse
from safeguard.warehouse import Settings

_GZIP_MAGIC = b"\x1f\x8b"
_ENTITIES_HELP = (
    "With --db: who is who, as Parquet or CSV with source, record_id, person_ref and entity_id "
    "(e.g. the generator's truth/mentions.parquet). Default: the linkage stage's entities."
)


@contextmanager
def _reader(name: str) -> Iterator[IO[bytes]]:
    if name == "-":
        raw = sys.stdin.buffer
        head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
        yield cast(IO[bytes], gzip.GzipFile(fileobj=raw) if head == _GZIP_MAGIC else raw)
        return
    path = Path(name)
    if not path.is_file():
        raise InputFileError(name, "no such file")
    with gzip.open(path, "rb") if name.endswith(".gz") else path.open("rb") as handle:
        yield cast(IO[bytes], handle)


@contextmanager
def _writer(name: str) -> Iterator[IO[bytes]]:
    if name == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with gzip.open(name, "wb") if name.endswith(".gz") else Path(name).open("wb") as out:
        yield cast(IO[bytes], out)


@app.command("identify")
def identify_command(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Decide every record and child in this warehouse."),
    ] = None,
    entities: Annotated[Path | None, typer.Option("--entities", help=_ENTITIES_HELP)] = None,
    input_: str = typer.Option(
        "-", "--input", "-i", help="JSON Lines records (.jsonl or .jsonl.gz); - for stdin."
    ),
    output: str = typer.Option(
        "-",
        "--output",
        "-o",
        help="Decisions as JSON Lines; - for stdout; a name ending .gz is compressed.",
    ),
) -> None:
    """Decide for each record whether it meets cse/1 and organised-network/1.

    Each decision carries per-criterion evidence and the review of the supplier's CSE flag
    (agreed, missed, over-flagged).

    With --db: every current record in the warehouse, then every child through their whole
    linked history (missing episodes, referrals, other forces' records); writes the
    `decisions` and `child_decisions` tables and records the run.

    Without --db: one decision per line of a JSON Lines file, in input order; a line that is
    not a valid record gives {"line": N, "error": "..."}. No warehouse needed.
    """
    if db is not None:
        identify_in_warehouse(db, entities)
        return
    if entities is not None:
        raise SafeguardError("--entities needs --db (a file on its own has no linked history)")
    records = errors = 0
    start = time.perf_counter()
    try:
        with _reader(input_) as source, _writer(output) as sink:
            for out, counts in decide_lines(source, workers=Settings().workers):
                sink.write(out)
                records, errors = records + counts.records, errors + counts.errors
    except (gzip.BadGzipFile, EOFError, OSError) as error:
        raise InputFileError(input_, f"cannot read ({error})") from None
    seconds = time.perf_counter() - start
    typer.echo(
        f"identify: {records:,} decisions, {errors:,} error lines in {seconds:.1f} s "
        f"({(records + errors) / max(seconds, 1e-9):,.0f} lines/s; {_build_note()})",
        err=True,
    )


def _build_note() -> str:
    """Which build decided: a large file on the Python build is worth a compiled one."""
    kind = build()
    if kind == "compiled":
        return "compiled build"
    return f"{kind} build: a compiled build is faster, see docs/identification.md#speed"


def identify_in_warehouse(db: Path, entities: Path | None) -> None:
    """Run identify on a warehouse with a progress bar; print the headline figures."""
    console = Console(stderr=True)
    with step_bars(console) as report:
        result = identify_warehouse(db, entities, progress=report)
    reviews = result.flag_review
    console.print(
        f"identify run {result.run_id}: {result.records:,} records decided in "
        f"{result.seconds:.1f} s (who is who: {result.entities_from})\n"
        f"  cse/1 met: {result.records_met:,} records ({result.with_context:,} decided with "
        f"the child's history, {result.through_history:,} through it); "
        f"{result.children_met:,} of {result.children:,} children\n"
        f"  supplier CSE flags: {reviews.get('agreed', 0):,} agreed, "
        f"{reviews.get('missed', 0):,} missed, {reviews.get('over-flagged', 0):,} over-flagged",
        soft_wrap=True,
    )
