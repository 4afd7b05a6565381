"""Deciding a stream of JSON Lines records, on every core, in input order.

This is ``safeguard identify -i/-o``: one output line per input line, a decision or
``{"line": N, "error": "..."}``. Lines are read in chunks; with more than one worker process,
chunks are decided in parallel and written back in their input order (:func:`ordered_map`),
so memory holds a few chunks, never the file. Small inputs are decided in-process: starting
workers costs more than it saves below a few thousand lines.

The parent only reads, hands out and writes, and shares the cores with the workers, so what
it does per line is kept small: a chunk's output comes back as a file in a private spool
directory, in memory where the system has ``/dev/shm`` (:func:`_spooled`), not through the
pool's pipe.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from typing import Any

import orjson

from safeguard.exchange import Record, check_line
from safeguard.identify._decide import decide, decide_json
from safeguard.identify._pool import ordered_map
from safeguard.indicators import scan_many

#: Lines decided at once by one worker.
CHUNK_LINES = 2_000
#: Lines taken through each step together inside a chunk (see :func:`_decide_chunk`).
PASS_LINES = 64
#: Below this many lines (the first chunks read), no worker processes are started.
PARALLEL_MIN_LINES = 10_000
#: Where workers leave each chunk's output for the parent: memory-backed where there is one.
SPOOL_DIR = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None

#: A chunk: its first line number and its lines.
Chunk = tuple[int, list[bytes]]


@dataclass(slots=True)
class LineCounts:
    """How many lines became decisions and how many error objects."""

    records: int = 0
    errors: int = 0


def decide_line(number: int, raw: bytes) -> dict[str, Any]:
    """The output object for one input line: a decision or ``{"line", "error"}``.

    Args:
        number: the 1-based line number, named in an error object.
        raw: the line as read (bytes, with or without its newline).

    Returns:
        the "Decisions out" object, or ``{"line": number, "error": "..."}``.

    Example:
        >>> decide_line(3, b"not json")["line"]
        3
    """
    checked = _checked(number, raw)
    return checked if isinstance(checked, dict) else decide(checked).to_json()


def _checked(number: int, raw: bytes) -> Record | dict[str, Any]:
    """The line's record, or its error object ``{"line": number, "error": "..."}``."""
    if not raw.strip():
        return {"line": number, "error": "blank line: not a record"}
    checked = check_line(raw)
    if isinstance(checked, Record):
        return checked
    return {"line": number, "error": "; ".join(str(p) for p in checked)}


def _decide_chunk(chunk: Chunk) -> tuple[bytes, int]:
    """Decide one chunk (its first line number, its lines): the output bytes and its errors.

    As :func:`decide_line` for each line, but in groups of :data:`PASS_LINES` lines taken in
    three passes: check every line, scan every narrative (:func:`scan_many`), then decide.
    Each pass keeps its own code and data in the CPU's caches (the scanner's automaton alone
    is over 10 MB), and a group's records are still there for the next pass: a chunk is
    decided about a fifth quicker than taking each line through all three steps in turn.
    """
    first, lines = chunk
    out: list[bytes] = []
    errors = 0
    with _collector_paused():
        for at in range(0, len(lines), PASS_LINES):
            errors += _decide_group(first + at, lines[at : at + PASS_LINES], out)
    out.append(b"")  # a newline after the last line too
    return b"\n".join(out), errors


def _decide_group(first: int, group: list[bytes], out: list[bytes]) -> int:
    """Decide a group of lines (the first numbered ``first``) in three passes, appending each
    output line to ``out``; return how many were errors."""
    errors = 0
    checked = [_checked(n, raw) for n, raw in enumerate(group, start=first)]
    found = scan_many([r.narrative if isinstance(r, Record) else None for r in checked])
    for item, evidence in zip(checked, found, strict=True):
        if isinstance(item, dict):
            errors += 1
            out.append(orjson.dumps(item))
        else:
            out.append(decide_json(item, evidence))
    return errors


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a chunk is decided.

    A chunk makes a few hundred thousand short-lived objects (records, evidence, decisions),
    all freed by reference counting as soon as a line is written; the collector would still
    walk the young ones several hundred times a chunk for nothing (about 6% of the time).
    Anything it would have found is collected once it runs again, after the chunk.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _spooled(spool: str, chunk: Chunk) -> tuple[bytes | str, int]:
    """Decide one chunk in a worker; leave its output in a file in ``spool``: (file, errors).

    A chunk's output (about 2.5 MB) cost the parent about 2 µs a line, on the cores it shares
    with the workers, to receive through the pool's pipe; read back from a file it costs a
    fraction of that. Where the file cannot be written, the output itself is returned.
    """
    out, errors = _decide_chunk(chunk)
    path = os.path.join(spool, f"{chunk[0]}.jsonl")
    try:
        with open(path, "wb") as file:
            file.write(out)
    except OSError:
        return out, errors
    return path, errors


def _unspooled(result: tuple[bytes | str, int]) -> tuple[bytes, int]:
    """A chunk's output and errors, read back (and the file removed) if it was spooled."""
    out, errors = result
    if isinstance(out, bytes):
        return out, errors
    with open(out, "rb") as file:
        data = file.read()
    os.unlink(out)
    return data, errors


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[Chunk]:
    stream, first = iter(lines), 1
    while chunk := list(islice(stream, size)):
        yield first, chunk
        first += len(chunk)


def decide_lines(
    lines: Iterable[bytes], *, workers: int = 2, chunk_lines: int = CHUNK_LINES
) -> Iterator[tuple[bytes, LineCounts]]:
    """Decide every line; yield the output in input order, a chunk at a time.

    Args:
        lines: JSON Lines records (bytes), e.g. an open binary file.
        workers: processes to decide in (0 or 1: in this process).
        chunk_lines: lines per chunk.

    Returns:
        an iterator of (output bytes for one chunk, the counts for that chunk).
    """
    chunks = _chunks(lines, chunk_lines)
    head = list(islice(chunks, max(1, -(-PARALLEL_MIN_LINES // chunk_lines))))
    small = sum(len(c[1]) for c in head) < PARALLEL_MIN_LINES
    if workers <= 1 or small:
        for chunk in chain(head, chunks):
            yield _line_counts(_decide_chunk(chunk), len(chunk[1]))
        return
    sizes: deque[int] = deque()

    def tracked() -> Iterator[Chunk]:
        for chunk in chain(head, chunks):
            sizes.append(len(chunk[1]))
            yield chunk

    with tempfile.TemporaryDirectory(prefix="safeguard-identify-", dir=SPOOL_DIR) as spool:
        for result in ordered_map(partial(_spooled, spool), tracked(), workers=workers):
            yield _line_counts(_unspooled(result), sizes.popleft())


def _line_counts(result: tuple[bytes, int], lines: int) -> tuple[bytes, LineCounts]:
    out, errors = result
    return out, LineCounts(records=lines - errors, errors=errors)
