"""The ingest stage: check every input file, then load each in batches, recording the run.

Batches of lines are checked and flattened (:mod:`._flatten`), in worker processes on big
loads with the order kept, and merged in the parent process (:mod:`._merge`), one transaction
per batch. Memory stays bounded: only a few batches are in flight at a time.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import ExitStack
from multiprocessing import get_context
from pathlib import Path

import duckdb

from safeguard.errors import SafeguardError
from safeguard.exchange import Line
from safeguard.warehouse._flatten import BatchOut, process
from safeguard.warehouse._inputs import (
    InputFile,
    Reader,
    discover,
    exchange_reader,
    preflight,
    profile_reader,
)
from safeguard.warehouse._merge import Target, merge_batch
from safeguard.warehouse._migrate import connect
from safeguard.warehouse._progress import LoadProgress
from safeguard.warehouse._results import FileResult, IngestResult
from safeguard.warehouse._runs import finish_run, new_run_id, start_run
from safeguard.warehouse._settings import Settings

log = logging.getLogger(__name__)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path | None = None,
    profile: str | None = None,
    progress: bool = True,
    settings: Settings | None = None,
) -> IngestResult:
    """Load exchange files (or, with a profile, records-system files) into the warehouse.

    Every file is checked before anything is loaded, so a missing, corrupt or wrong-version
    file stops the run with nothing written but the failed run's row in ``runs``.

    Args:
        paths: files, or folders searched recursively for exchange files.
        db: the warehouse file (default: ``Settings().db``, ``safeguard.duckdb``).
        profile: a mapping profile name or path, for CSV and XLSX inputs.
        progress: show a progress bar on stderr.
        settings: runtime settings (default: from ``SAFEGUARD_*`` environment variables).

    Returns:
        the run's counts per file, with ``loaded + quarantined == read`` for each.

    Raises:
        InputFileError: an input file cannot be read (the message names it).
        ProfileError: the profile is unknown or invalid.
        WarehouseError: a query failed (carries the SQL).

    Example:
        >>> result = ingest(["extracts/"], "safeguard.duckdb")  # doctest: +SKIP
        >>> result.total("quarantined")  # doctest: +SKIP
        0
    """
    settings = settings or Settings()
    db_path = Path(db) if db is not None else settings.db
    con = connect(db_path, memory_limit=settings.memory_limit)
    try:
        return _run(con, db_path, paths, profile, progress, settings)
    finally:
        con.close()


def _run(
    con: duckdb.DuckDBPyConnection,
    db_path: Path,
    paths: Sequence[str | Path],
    profile: str | None,
    progress: bool,
    settings: Settings,
) -> IngestResult:
    result = IngestResult(new_run_id(), db_path, [])
    parameters = {
        "paths": [str(p) for p in paths],
        "profile": profile,
        "batch_size": settings.batch_size,
        "workers": settings.workers,
    }
    start_run(con, result.run_id, "ingest", parameters)
    started = time.perf_counter()
    error: BaseException | None = None
    try:
        reader = profile_reader(profile) if profile else exchange_reader
        files = [preflight(path, reader) for path in discover(paths, profile is not None)]
        _load_all(con, files, reader, result, settings, progress)
    except BaseException as caught:
        error, result.status = caught, "failed"
        raise
    finally:
        result.seconds = time.perf_counter() - started
        message = None if error is None else _describe(error)
        finish_run(
            con,
            result.run_id,
            inputs=[f.as_json() for f in result.files],
            counts=result.counts(),
            seconds=result.seconds,
            status=result.status,
            error=message,
        )
        log.info("run %s %s in %.1f s", result.run_id, result.status, result.seconds)
    return result


def _describe(error: BaseException) -> str:
    # Our own errors name files and fields, never values; anything else only by its kind.
    return str(error) if isinstance(error, SafeguardError) else type(error).__name__


def _load_all(
    con: duckdb.DuckDBPyConnection,
    files: list[InputFile],
    reader: Reader,
    result: IngestResult,
    settings: Settings,
    progress: bool,
) -> None:
    total = sum(f.lines or 0 for f in files)
    parallel = settings.workers > 0 and total >= settings.parallel_min_lines
    with ExitStack() as stack:
        pool: Executor | None = None
        if parallel:
            pool = stack.enter_context(
                ProcessPoolExecutor(settings.workers, mp_context=get_context("spawn"))
            )
        bar = stack.enter_context(LoadProgress(progress))
        for file in files:
            counts = FileResult(file.path, file.sha256, file.bytes)
            result.files.append(counts)
            bar.file(file.path.name, file.lines)
            target = Target(result.run_id, str(file.path), file.sha256)
            batches = _batches(reader(file.path), settings.batch_size)
            for read, out in _processed(batches, pool, depth=settings.workers + 1):
                counts.add(merge_batch(con, out, target), read, out.notes)
                bar.advance(read)
            bar.done()


def _batches(lines: Iterable[Line], size: int) -> Iterator[list[Line]]:
    batch: list[Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _processed(
    batches: Iterable[list[Line]], pool: Executor | None, depth: int
) -> Iterator[tuple[int, BatchOut]]:
    """Each batch checked and flattened, in order; at most ``depth`` batches in flight."""
    if pool is None:
        for batch in batches:
            yield len(batch), process(batch)
        return
    pending: deque[tuple[int, Future[BatchOut]]] = deque()
    for batch in batches:
        pending.append((len(batch), pool.submit(process, batch)))
        if len(pending) > depth:
            read, future = pending.popleft()
            yield read, future.result()
    while pending:
        read, future = pending.popleft()
        yield read, future.result()
