"""Running SQL: statements from the package's ``.sql`` files, identifiers quoted by one helper.

Every query goes through :func:`execute`, so that a failure raises
:class:`~safeguard.errors.WarehouseError` carrying the SQL that failed. Values are always bound
as parameters, never formatted into the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import duckdb

from safeguard.errors import WarehouseError


def quote_ident(name: str) -> str:
    """Quote an identifier (table or column name) for DuckDB.

    Example:
        >>> quote_ident('a"b')
        '"a""b"'
    """
    return '"' + name.replace('"', '""') + '"'


@cache
def statement(name: str) -> str:
    """The text of ``warehouse/sql/<name>.sql``."""
    return files("safeguard.warehouse").joinpath("sql", f"{name}.sql").read_text("utf-8")


def execute(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None
) -> duckdb.DuckDBPyConnection:
    """Run one statement; a DuckDB error becomes a WarehouseError carrying the SQL."""
    try:
        return con.execute(sql, params) if params is not None else con.execute(sql)
    except duckdb.Error as error:
        raise WarehouseError(f"warehouse query failed: {error}", sql) from error


def run_named(
    con: duckdb.DuckDBPyConnection, name: str, params: Sequence[Any] | None = None
) -> duckdb.DuckDBPyConnection:
    """Run the statement in ``warehouse/sql/<name>.sql``."""
    return execute(con, statement(name), params)
