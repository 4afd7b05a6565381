"""The audit's access to the warehouse: connections, transactions, recorded runs, its SQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb

from safeguard.audit._errors import AuditError
from safeguard.errors import SafeguardError
from safeguard.warehouse import connect, execute, finish_run, new_run_id, start_run


@cache
def statement(name: str) -> str:
    """The text of ``audit/sql/<name>.sql``."""
    return files("safeguard.audit").joinpath("sql", f"{name}.sql").read_text("utf-8")


@contextmanager
def warehouse(db: str | Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """An open, migrated warehouse that must already exist; closed when the block ends."""
    if str(db) != ":memory:" and not Path(db).is_file():
        raise AuditError(
            f"{db}: no such warehouse; load one with `safeguard ingest` and decide it with "
            "`safeguard identify --db` first"
        )
    con = connect(db)
    try:
        yield con
    finally:
        con.close()


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


@dataclass
class RunRecord:
    """What a run reports when it ends."""

    run_id: str
    inputs: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)


@contextmanager
def recorded_run(
    con: duckdb.DuckDBPyConnection, command: str, parameters: dict[str, Any]
) -> Iterator[RunRecord]:
    """Record a run in ``runs``: ``ok`` when the block ends, ``failed`` if it raises.

    Reviewer names and comments are never written to ``runs``: only file names and counts.
    """
    record = RunRecord(new_run_id())
    start_run(con, record.run_id, command, parameters)
    started = time.perf_counter()
    status, error = "ok", None
    try:
        yield record
    except BaseException as failure:
        status = "failed"
        error = str(failure) if isinstance(failure, SafeguardError) else type(failure).__name__
        raise
    finally:
        finish_run(
            con,
            record.run_id,
            inputs=record.inputs,
            counts=record.counts,
            seconds=time.perf_counter() - started,
            status=status,
            error=error,
        )


def round_exists(con: duckdb.DuckDBPyConnection, round_id: int) -> None:
    """Raise a clear error unless the round exists."""
    row = execute(
        con, "SELECT count(*) FROM audit_rounds WHERE round_id = ?", [round_id]
    ).fetchone()
    if not row or not row[0]:
        known = [
            r[0] for r in execute(con, "SELECT round_id FROM audit_rounds ORDER BY 1").fetchall()
        ]
        listed = (
            ", ".join(str(k) for k in known) if known else "none yet (run `safeguard audit sample`)"
        )
        raise AuditError(f"no audit round {round_id} in this warehouse; rounds: {listed}")


def latest_round(con: duckdb.DuckDBPyConnection) -> int | None:
    """The most recent round's id, or None before the first round."""
    row = execute(con, "SELECT max(round_id) FROM audit_rounds").fetchone()
    return int(row[0]) if row and row[0] is not None else None
