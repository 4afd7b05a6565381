"""The embedded default: Splink on its own in-memory DuckDB connection.

Splink's working tables never touch the warehouse file: the stage reads mentions out of the
warehouse, links them here, and writes its results back.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa
from splink import DuckDBAPI

from safeguard.linkage._errors import LinkageError
from safeguard.warehouse import quote_ident


def checked_size(value: str) -> str:
    """A DuckDB memory size such as ``"6GB"`` (SET takes no bound parameters).

    Raises:
        LinkageError: not a plain size.
    """
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]?i?B", value.strip(), re.IGNORECASE):
        raise LinkageError(f"not a memory size: {value!r}")
    return value.strip()


class DuckDBBackend:
    """Splink's ``DuckDBAPI`` on a private in-memory connection."""

    name = "duckdb"
    dialect = "duckdb"

    def __init__(self, memory_limit: str | None = None) -> None:
        self._con = duckdb.connect(":memory:")
        self._con.execute("SET enable_progress_bar = false")  # ours is on stderr
        # Splink's working tables outgrow memory at national scale: spill to disk beyond the
        # limit, and let DuckDB stream results in any order (Splink orders what it needs).
        self._spill = tempfile.TemporaryDirectory(prefix="safeguard-link-")
        self._con.execute(f"SET temp_directory = '{self._spill.name}'")
        self._con.execute("SET preserve_insertion_order = false")
        if memory_limit:
            self._con.execute(f"SET memory_limit = '{checked_size(memory_limit)}'")
        self._api = DuckDBAPI(self._con)

    @property
    def db_api(self) -> Any:
        return self._api

    def register(self, table: pa.Table, name: str) -> Any:
        return self._api.register(table, dataset_display_name=name)

    def fetch(self, frame: Any, columns: Sequence[str]) -> pa.Table:
        selected = ", ".join(quote_ident(c) for c in columns)
        sql = f"SELECT {selected} FROM {quote_ident(frame.physical_name)}"
        return self._con.sql(sql).to_arrow_table()

    def execute(self, sql: str) -> None:
        """Run a statement on the private connection (tables for Splink to read)."""
        self._con.execute(sql)

    def close(self) -> None:
        self._con.close()
        self._spill.cleanup()
