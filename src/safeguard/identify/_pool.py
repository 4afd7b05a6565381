"""Deciding batches of records on every core, in order, with bounded memory.

``Pool.imap`` reads its whole input ahead of the workers, which for a national file or table
means holding every record in memory at once. :func:`ordered_map` keeps only a few batches
in flight per worker and yields results in input order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TypeVar

from safeguard.indicators import lexicon

T = TypeVar("T")
R = TypeVar("R")

#: Batches waiting or being decided, per worker.
AHEAD_PER_WORKER = 2


def ordered_map(
    work: Callable[[T], R], batches: Iterable[T], *, workers: int, fork: bool = True
) -> Iterator[R]:
    """``map(work, batches)`` in ``workers`` processes, results in input order.

    Args:
        work: a module-level function (it is pickled to the workers).
        batches: the inputs, read only as fast as the workers take them.
        workers: how many processes; 0 or 1 decides in this process.
        fork: start workers by fork, sharing the built lexicon, where the platform has it.
            Pass False when the caller holds a database connection (DuckDB's threads must
            not be forked); workers are then spawned and each builds the lexicon once.

    Returns:
        an iterator of ``work``'s results, one per batch, in order.
    """
    if workers <= 1:
        yield from map(work, batches)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork and "fork" in methods else "spawn")
    if fork:
        lexicon()  # built once here; forked workers share it
    with context.Pool(workers, initializer=lexicon) as pool:
        pending: deque[AsyncResult[R]] = deque()
        for batch in batches:
            pending.append(pool.apply_async(work, (batch,)))
            if len(pending) >= workers * AHEAD_PER_WORKER:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
