"""The ingest stage: check every input file, then load them in batches, recording the run.

Files already loaded by an earlier successful run (same SHA-256) are skipped unless a reload is
asked for. The lines of the others are cut into chunks that may span files (:mod:`._batches`),
checked and flattened (:mod:`._flatten`), in worker processes on big loads with the order kept,
and consecutive chunks are merged as one batch in the parent process (:mod:`._merge`), one
transaction per batch, in a thread beside the reading. Memory stays bounded: only a few chunks
and at most two batches are held at a time.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import duckdb

from safeguard.errors import SafeguardError
from safeguard.warehouse._batches import chunks, merge_batches, processed
from safeguard.warehouse._flatten import BatchOut
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
from safeguard.warehouse._results import FileResult, FileStatus, IngestResult
from safeguard.warehouse._runs import finish_run, loaded_files, new_run_id, start_run
from safeguard.warehouse._settings import Settings

log = logging.getLogger(__name__)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path | None = None,
    profile: str | None = None,
    progress: bool = True,
    settings: Settings | None = None,
    *,
    reload: bool = False,
) -> IngestResult:
    """Load exchange files (or, with a profile, records-system files) into the warehouse.

    Every file is checked before anything is loaded, so a missing, corrupt or wrong-version
    file stops the run with nothing written but the failed run's row in ``runs``. A file whose
    SHA-256 equals that of a file an earlier successful run loaded (with the same profile) is
    skipped: not read, reported with status ``skipped`` and the run that loaded it.

    Args:
        paths: files, or folders searched recursively for exchange files.
        db: the warehouse file (default: ``Settings().db``, ``safeguard.duckdb``).
        profile: a mapping profile name or path, for CSV and XLSX inputs.
        progress: show a progress bar on stderr, then one closing line.
        settings: runtime settings (default: from ``SAFEGUARD_*`` environment variables).
        reload: read every file, even one already loaded (still idempotent).

    Returns:
        the run's counts per file, with ``loaded + quarantined == read`` for each.

    Raises:
        InputFileError: an input file cannot be read (the message names it).
        ProfileError: the profile is unknown or invalid.
        WarehouseError: a query failed (carries the SQL).

    Example:
        >>> result = ingest(["extracts/"], "safeguard.duckdb")  # doctest: +SKIP
        >>> result.total("quarantined"), result.total("skipped")  # doctest: +SKIP
        (0, 0)
    """
    request = _Request(paths, profile, progress, settings or Settings(), reload)
    db_path = Path(db) if db is not None else request.settings.db
    con = connect(db_path, memory_limit=request.settings.memory_limit)
    try:
        return _run(con, db_path, request)
    finally:
        con.close()


@dataclass(frozen=True, slots=True)
class _Request:
    """What a run was asked to do."""

    paths: Sequence[str | Path]
    profile: str | None
    progress: bool
    settings: Settings
    reload: bool

    def parameters(self) -> dict[str, Any]:
        """The run's ``parameters`` in ``runs``."""
        return {
            "paths": [str(p) for p in self.paths],
            "profile": self.profile,
            "batch_size": self.settings.batch_size,
            "check_size": self.settings.check_size,
            "workers": self.settings.workers,
            "reload": self.reload,
        }


def _run(con: duckdb.DuckDBPyConnection, db_path: Path, request: _Request) -> IngestResult:
    result = IngestResult(new_run_id(), db_path, [])
    start_run(con, result.run_id, "ingest", request.parameters())
    started = time.perf_counter()
    error: BaseException | None = None
    try:
        _check_and_load(con, request, result, started)
    except BaseException as caught:
        error, result.status = caught, "failed"
        raise
    finally:
        result.seconds = time.perf_counter() - started
        _finish(con, result, error)
    return result


def _check_and_load(
    con: duckdb.DuckDBPyConnection, request: _Request, result: IngestResult, started: float
) -> None:
    profile, settings = request.profile, request.settings
    reader = profile_reader(profile) if profile else exchange_reader
    loaded = {} if request.reload else loaded_files(con, profile)
    found = discover(request.paths, profile is not None)
    files = _preflight_all(found, reader, loaded, threads=max(1, settings.workers))
    with LoadProgress(request.progress) as bar:
        _load_all(con, files, reader, result, settings, bar)
        skipped = result.total("skipped")
        seconds = time.perf_counter() - started
        bar.finish(result.total("read"), len(files) - skipped, skipped, seconds)


def _preflight_all(
    paths: list[Path], reader: Reader, loaded: dict[str, str], threads: int
) -> list[InputFile]:
    """Every file checked, in order; hashing and inflating let go of the GIL, so threads help."""
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda path: preflight(path, reader, loaded), paths))


def _finish(
    con: duckdb.DuckDBPyConnection, result: IngestResult, error: BaseException | None
) -> None:
    finish_run(
        con,
        result.run_id,
        inputs=[f.as_json() for f in result.files],
        counts=result.counts(),
        seconds=result.seconds,
        status=result.status,
        error=None if error is None else _describe(error),
    )
    log.info(
        "run %s %s in %.1f s (%d files, %d skipped)",
        result.run_id,
        result.status,
        result.seconds,
        len(result.files),
        result.total("skipped"),
    )


def _describe(error: BaseException) -> str:
    # Our own errors name files and fields, never values; anything else only by its kind.
    return str(error) if isinstance(error, SafeguardError) else type(error).__name__


def _load_all(
    con: duckdb.DuckDBPyConnection,
    files: list[InputFile],
    reader: Reader,
    result: IngestResult,
    settings: Settings,
    bar: LoadProgress,
) -> None:
    result.files = [_file_result(f) for f in files]
    to_read = [(i, f) for i, f in enumerate(files) if f.loaded_by is None]
    total = sum(f.lines or 0 for _, f in to_read)
    target = Target.of(result.run_id, [(str(f.path), f.sha256) for f in files])
    with ExitStack() as stack:
        pool = _pool(stack, settings, total)
        bar.start(total)
        check_size = min(settings.check_size, settings.batch_size)
        lines = chunks(((i, reader(f.path)) for i, f in to_read), check_size)
        # Enough chunks in flight to keep the workers busy through a merge, and no more.
        depth = max(settings.workers + 1, settings.batch_size // (2 * check_size))
        checked = _shown(processed(lines, pool, depth), bar, files)
        _merge_all(con, merge_batches(checked, settings.batch_size), target, result)


def _merge_all(
    con: duckdb.DuckDBPyConnection,
    batches: Iterator[BatchOut],
    target: Target,
    result: IngestResult,
) -> None:
    """Merge each batch in a thread of its own, while this one reads and checks the next.

    DuckDB lets go of the GIL while it works, so reading, pickling and collecting checked
    chunks go on during a merge and the workers are kept busy. One merge at a time, in order,
    and at most one more batch gathered meanwhile, which bounds memory.
    """
    with ThreadPoolExecutor(1, thread_name_prefix="safeguard-merge") as merger:
        pending: tuple[BatchOut, Future[dict[int, Counter[str]]]] | None = None
        for batch in batches:
            if pending is not None:
                _count(result, *pending)
            pending = batch, merger.submit(merge_batch, con, batch, target)
        if pending is not None:
            _count(result, *pending)


def _count(result: IngestResult, batch: BatchOut, merged: Future[dict[int, Counter[str]]]) -> None:
    for index, counts in merged.result().items():
        notes = batch.notes.get(index, Counter())
        result.files[index].add(counts, batch.lines[index], notes)


def _file_result(f: InputFile) -> FileResult:
    status: FileStatus = "skipped" if f.loaded_by else "loaded"
    return FileResult(f.path, f.sha256, f.bytes, status=status, loaded_by=f.loaded_by)


def _shown(
    outs: Iterator[BatchOut], bar: LoadProgress, files: list[InputFile]
) -> Iterator[BatchOut]:
    """The checked chunks, moving the bar on as each arrives (named by its last file)."""
    for out in outs:
        bar.advance(sum(out.lines.values()), files[max(out.lines)].path.name)
        yield out


def _pool(stack: ExitStack, settings: Settings, lines: int) -> Executor | None:
    """Worker processes for checking, on loads big enough to repay starting them."""
    if settings.workers <= 0 or lines < settings.parallel_min_lines:
        return None
    pool = ProcessPoolExecutor(settings.workers, mp_context=get_context("spawn"))
    return stack.enter_context(pool)
