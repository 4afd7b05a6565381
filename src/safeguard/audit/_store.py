"""The audit's access to the warehouse: connections, transactions, recorded runs, its SQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import files
from pathlib import Path

import duckdb

from safeguard.audit._errors import AuditError
from safeguard.warehouse import connect, execute


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
