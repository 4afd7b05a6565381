"""Cutting the lines of many files into chunks, checking them in order, grouping them to merge.

Lines are checked in chunks of ``check_size`` lines (in worker processes on big loads, the order
kept) and merged in batches of ``batch_size`` lines: consecutive checked chunks put together.
Both may span files, so one merge handles many small files at once, and a big merge writes
whole row groups straight to the database file instead of through DuckDB's write-ahead log.
A chunk is a list of pieces (the index of an input file and some of its lines), in file order
then line order: the order the records are decided in.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future

from safeguard.exchange import Line
from safeguard.warehouse._flatten import BatchOut, Piece, combine, process

Chunk = tuple[int, list[Piece]]
"""Lines to check together: the ``seq`` of the first one (its place in the run), and pieces."""


def chunks(files: Iterable[tuple[int, Iterable[Line]]], size: int) -> Iterator[Chunk]:
    """Group the lines of consecutive files into chunks of ``size`` lines (the last smaller).

    Args:
        files: (index of the input file, its lines) for each file, in order; each file's lines
            are read only when the chunks reach it.
        size: lines per chunk.

    Example:
        >>> files = [(0, "abc"), (1, "de")]  # any iterables stand for lines here
        >>> [(first, [(f, len(ls)) for f, ls in c]) for first, c in chunks(files, 4)]
        [(0, [(0, 3), (1, 1)]), (4, [(1, 1)])]
    """
    chunk: list[Piece] = []
    count = first = 0
    for index, lines in files:
        piece: Piece = (index, [])
        chunk.append(piece)
        for line in lines:
            piece[1].append(line)
            count += 1
            if count >= size:
                yield first, chunk
                piece = (index, [])
                chunk, first, count = [piece], first + count, 0
        if not piece[1]:  # a file with no lines, or cut exactly at its end
            chunk.pop()
    if chunk:
        yield first, chunk


def processed(chunks: Iterable[Chunk], pool: Executor | None, depth: int) -> Iterator[BatchOut]:
    """Each chunk checked and flattened, in order; at most ``depth`` chunks in flight."""
    if pool is None:
        for first, pieces in chunks:
            yield process(pieces, first)
        return
    pending: deque[Future[BatchOut]] = deque()
    for first, pieces in chunks:
        pending.append(pool.submit(process, pieces, first))
        if len(pending) > depth:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def merge_batches(outs: Iterable[BatchOut], size: int) -> Iterator[BatchOut]:
    """Consecutive checked chunks put together into batches of at least ``size`` lines."""
    group: list[BatchOut] = []
    lines = 0
    for out in outs:
        group.append(out)
        lines += sum(out.lines.values())
        if lines >= size:
            yield combine(group)
            group, lines = [], 0
    if group:
        yield combine(group)
