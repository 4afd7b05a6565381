"""Deciding a stream of JSON Lines records, on every core, in input order.

This is ``safeguard identify -i/-o``: one output line per input line, a decision or
``{"line": N, "error": "..."}``. Lines are read in chunks; with more than one worker process,
chunks are decided in parallel and written back in their input order (``Pool.imap``), so
memory holds a few chunks, never the file. Small inputs are decided in-process: starting
workers costs more than it saves below a few thousand lines.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

import orjson

from safeguard.exchange import check
from safeguard.identify._decide import decide
from safeguard.identify._pool import ordered_map

#: Lines decided at once by one worker.
CHUNK_LINES = 2_000
#: Below this many lines (the first chunks read), no worker processes are started.
PARALLEL_MIN_LINES = 10_000


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
    if not raw.strip():
        return {"line": number, "error": "blank line: not a record"}
    checked = check(raw)
    if checked.record is None:
        return {"line": number, "error": "; ".join(str(p) for p in checked.problems)}
    return decide(checked.record).to_json()


def _decide_chunk(chunk: tuple[int, list[bytes]]) -> tuple[bytes, int]:
    """Decide one chunk (its first line number, its lines): the output bytes and its errors."""
    first, lines = chunk
    out, errors = [], 0
    for number, raw in enumerate(lines, start=first):
        result = decide_line(number, raw)
        errors += "error" in result
        out.append(orjson.dumps(result))
    out.append(b"")  # a newline after the last line too
    return b"\n".join(out), errors


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[tuple[int, list[bytes]]]:
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
            yield _counted(_decide_chunk(chunk), len(chunk[1]))
        return
    sizes: deque[int] = deque()

    def tracked() -> Iterator[tuple[int, list[bytes]]]:
        for chunk in chain(head, chunks):
            sizes.append(len(chunk[1]))
            yield chunk

    for result in ordered_map(_decide_chunk, tracked(), workers=workers):
        yield _counted(result, sizes.popleft())


def _counted(result: tuple[bytes, int], lines: int) -> tuple[bytes, LineCounts]:
    out, errors = result
    return out, LineCounts(records=lines - errors, errors=errors)
