"""The ``runs`` table: one row per run, with its inputs, counts, timings and status."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import duckdb
import orjson

from safeguard import __version__
from safeguard.errors import SafeguardError
from safeguard.exchange import FORMAT_V1
from safeguard.warehouse._migrate import schema_version
from safeguard.warehouse._sql import execute, run_named

_START = """
INSERT INTO runs (run_id, command, started_at, safeguard_version, format_version,
                  schema_version, parameters, status)
VALUES (?, ?, ?, ?, ?, ?, ?, 'running')
"""

_FINISH = """
UPDATE runs SET finished_at = ?, inputs = ?, counts = ?, duration_s = ?, status = ?, error = ?
WHERE run_id = ?
"""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_run_id() -> str:
    """A sortable, unique run id: UTC start time and a random suffix."""
    return f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def start_run(
    con: duckdb.DuckDBPyConnection, run_id: str, command: str, parameters: dict[str, Any]
) -> None:
    """Record the start of a run (status ``running``)."""
    execute(
        con,
        _START,
        [
            run_id,
            command,
            _now(),
            __version__,
            FORMAT_V1,
            schema_version(con),
            orjson.dumps(parameters, default=str).decode(),
        ],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    inputs: list[dict[str, Any]],
    counts: dict[str, Any],
    seconds: float,
    status: str,
    error: str | None = None,
) -> None:
    """Record the end of a run: inputs with hashes and counts, totals, duration, status."""
    execute(
        con,
        _FINISH,
        [
            _now(),
            orjson.dumps(inputs).decode(),
            orjson.dumps(counts).decode(),
            seconds,
            status,
            error,
            run_id,
        ],
    )


def latest_run_id(con: duckdb.DuckDBPyConnection, command: str = "ingest") -> str | None:
    """The id of the most recent run of ``command``, or None."""
    row = execute(
        con,
        "SELECT run_id FROM runs WHERE command = ? ORDER BY started_at DESC, run_id DESC LIMIT 1",
        [command],
    ).fetchone()
    return str(row[0]) if row else None


def loaded_files(con: duckdb.DuckDBPyConnection, profile: str | None = None) -> dict[str, str]:
    """Files completely loaded by earlier successful ingest runs read with ``profile``.

    Returns:
        the SHA-256 of each such file, with the id of the first run that loaded it.
    """
    return {str(sha): str(run) for sha, run in run_named(con, "loaded_files", [profile]).fetchall()}


@dataclass(slots=True)
class RecordedRun:
    """A run in progress inside :func:`recorded_run`: set its inputs and counts as it goes."""

    run_id: str
    inputs: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


@contextmanager
def recorded_run(
    con: duckdb.DuckDBPyConnection,
    command: str,
    parameters: dict[str, Any],
    *,
    run_id: str | None = None,
    counts: Callable[[], dict[str, Any]] | None = None,
) -> Iterator[RecordedRun]:
    """Record a run around a block: started, then finished with its counts, time and status.

    A failure is recorded as ``failed`` and raised again. The message is stored only for a
    :class:`SafeguardError` (written for users, naming records by key); for any other error
    only its type, as its text may quote personal data.

    Args:
        con: the warehouse.
        command: the command's name, e.g. ``networks``.
        parameters: what the run was asked to do (stored as JSON).
        run_id: the run's id (default: a new one).
        counts: if given, called when the block ends for the totals in ``runs.counts``;
            otherwise the yielded run's ``counts``.

    Returns:
        a context manager yielding the :class:`RecordedRun`.

    Example:
        >>> with recorded_run(con, "report", {"out": "report"}) as run:  # doctest: +SKIP
        ...     run.counts["files"] = build()
    """
    run = RecordedRun(run_id or new_run_id())
    start_run(con, run.run_id, command, parameters)
    started = time.perf_counter()
    status, error = "ok", None
    try:
        yield run
    except BaseException as caught:
        status = "failed"
        error = str(caught) if isinstance(caught, SafeguardError) else type(caught).__name__
        raise
    finally:
        run.seconds = time.perf_counter() - started
        totals = counts() if counts is not None else run.counts
        finish_run(
            con,
            run.run_id,
            inputs=run.inputs,
            counts=totals,
            seconds=run.seconds,
            status=status,
            error=error,
        )


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    execute(con, "BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        execute(con, "ROLLBACK")
        raise
    execute(con, "COMMIT")
