"""The embedded default: Splink on its own in-memory DuckDB connection.

Splink's working tables never touch the warehouse file: the stage reads mentions out of the
warehouse, links them here, and writes its results back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa
from splink import DuckDBAPI

from safeguard.warehouse import quote_ident


class DuckDBBackend:
    """Splink's ``DuckDBAPI`` on a private in-memory connection."""

    name = "duckdb"
    dialect = "duckdb"

    def __init__(self) -> None:
        self._con = duckdb.connect(":memory:")
        self._con.execute("SET enable_progress_bar = false")  # ours is on stderr
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

    def close(self) -> None:
        self._con.close()
