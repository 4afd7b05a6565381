"""``safeguard identify``: decisions for every record of a JSON Lines file, no warehouse needed.

One output line per input line, in input order. A line that is not a valid record (including
a blank line) gives ``{"line": N, "error": "..."}`` instead of a decision.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, cast

import orjson
import typer

from safeguard.cli._app import app
from safeguard.errors import InputFileError
from safeguard.exchange import check
from safeguard.identify import decide

_GZIP_MAGIC = b"\x1f\x8b"


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


def decide_line(number: int, raw: bytes) -> dict[str, Any]:
    """The output object for one input line: a decision or ``{"line", "error"}``."""
    if not raw.strip():
        return {"line": number, "error": "blank line: not a record"}
    checked = check(raw)
    if checked.record is None:
        return {"line": number, "error": "; ".join(str(p) for p in checked.problems)}
    return decide(checked.record).to_json()


@app.command("identify")
def identify_command(
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

    Writes one decision per input line, in input order, with per-criterion evidence and the
    review of the supplier's CSE flag (agreed, missed, over-flagged). A line that is not a
    valid record gives {"line": N, "error": "..."}. Works on a file alone: no warehouse.
    """
    counts = {"records": 0, "errors": 0}
    try:
        with _reader(input_) as source, _writer(output) as sink:
            for number, raw in enumerate(source, start=1):
                result = decide_line(number, raw)
                counts["errors" if "error" in result else "records"] += 1
                sink.write(orjson.dumps(result) + b"\n")
    except (gzip.BadGzipFile, EOFError, OSError) as error:
        raise InputFileError(input_, f"cannot read ({error})") from None
    typer.echo(f"identify: {counts['records']} decisions, {counts['errors']} error lines", err=True)
