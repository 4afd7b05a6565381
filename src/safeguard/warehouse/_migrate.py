"""Versioned schema migrations: numbered ``.sql`` files applied in order, once each."""

from __future__ import annotations

import logging
import re
from importlib.resources import files
from pathlib import Path

import duckdb

from safeguard.errors import WarehouseError
from safeguard.warehouse._sql import execute

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

_BOOTSTRAP = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)
"""


def migrations() -> list[tuple[int, str, str]]:
    """Every shipped migration as (version, file name, SQL), in version order."""
    found = []
    for entry in files("safeguard.warehouse").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this database (0 for an empty one)."""
    row = execute(con, "SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every shipped migration not yet applied, in version order, each in its own transaction.

    Returns:
        the schema version after migrating.
    """
    execute(con, _BOOTSTRAP)
    applied = {
        int(row[0]) for row in execute(con, "SELECT version FROM schema_migrations").fetchall()
    }
    for version, name, sql in migrations():
        if version in applied:
            continue  # by set, not by "greater than": a database missing an older one gets it
        log.info("applying migration %s", name)
        execute(con, "BEGIN TRANSACTION")
        try:
            execute(con, sql)
            execute(
                con, "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name]
            )
            execute(con, "COMMIT")
        except WarehouseError:
            execute(con, "ROLLBACK")
            raise
    return schema_version(con)


def connect(path: str | Path, *, memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open (or create) a warehouse and bring its schema up to date.

    Args:
        path: the DuckDB file; ``":memory:"`` for a throwaway warehouse.
        memory_limit: optional DuckDB ``memory_limit`` such as ``"2GB"``.

    Returns:
        an open connection to a fully migrated warehouse.

    Example:
        >>> con = connect(":memory:")
        >>> con.execute("SELECT count(*) FROM records").fetchone()
        (0,)
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path))
    except duckdb.Error as error:
        raise WarehouseError(f"{path}: cannot open the warehouse ({error})") from error
    if memory_limit:
        execute(con, f"SET memory_limit = '{_checked_size(memory_limit)}'")
    execute(con, "SET enable_progress_bar = false")  # ours is on stderr; DuckDB's would mix in
    migrate(con)
    return con


def _checked_size(value: str) -> str:
    # SET takes no bound parameters, so only a plain size such as "2GB" is let through.
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]?i?B", value.strip(), re.IGNORECASE):
        raise WarehouseError(f"not a memory size: {value!r}")
    return value.strip()
