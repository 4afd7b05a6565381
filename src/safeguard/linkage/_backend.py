"""Where Splink runs: one small interface, a module per backend, chosen by configuration.

The stage hands a backend a standardised Arrow table of mentions, lets Splink train, predict and
cluster there, and takes Arrow tables back. DuckDB (embedded, the default) needs nothing more;
Spark is an optional extra (``safeguard[spark]``) imported only when asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

import pyarrow as pa

from safeguard.linkage._errors import LinkageError

if TYPE_CHECKING:
    from safeguard.linkage._config import LinkageConfig


class LinkBackend(Protocol):
    """A Splink database API with the few operations the stage needs around it."""

    name: str
    dialect: str

    @property
    def db_api(self) -> Any:
        """The Splink database API (``DuckDBAPI`` or ``SparkAPI``)."""

    def register(self, table: pa.Table, name: str) -> Any:
        """Make an Arrow table a Splink input (a ``SplinkDataFrame``) named ``name``."""

    def fetch(self, frame: Any, columns: Sequence[str]) -> pa.Table:
        """Some columns of a Splink table (a ``SplinkDataFrame``) as an Arrow table."""

    def close(self) -> None:
        """Release what the backend holds (connections, temporary files)."""


_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def table_name(name: str) -> str:
    """A backend table name for SQL that must run on every backend.

    DuckDB quotes identifiers with double quotes and Spark with back-ticks, so SQL shared by
    both uses plain names only: Splink's own table names and the stage's ``__sg_*`` names.

    Example:
        >>> table_name("__splink__df_predict_1a2b3c")
        '__splink__df_predict_1a2b3c'
    """
    if not _PLAIN_NAME.fullmatch(name):
        raise LinkageError(f"not a plain table name: {name!r}")
    return name


def open_backend(config: LinkageConfig) -> LinkBackend:
    """The backend the configuration names.

    Raises:
        LinkageError: the Spark backend is asked for but pyspark is not installed.
    """
    if config.backend == "spark":
        from safeguard.linkage._backend_spark import SparkBackend

        return SparkBackend(config.spark)
    from safeguard.linkage._backend_duckdb import DuckDBBackend

    return DuckDBBackend(config.memory_limit)
