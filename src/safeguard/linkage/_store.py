"""Writing and reading the stage's tables: ``match_pairs``, ``entities``, and the model.

SQL lives in ``linkage/sql/*.sql`` or in the small functions here that build it from the
model's comparison names, identifiers quoted by the warehouse's one helper and values bound.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from safeguard.errors import WarehouseError
from safeguard.linkage._mentions import settle, statement
from safeguard.warehouse import Settings, connect, execute, quote_ident, transaction

PAIRS_VIEW = "__sg_pairs"
REVIEWS_VIEW = "__sg_reviews"
MEMBERS_VIEW = "__sg_members"
PRESENT_VIEW = "__sg_present"


# The warehouse connection of a link run only reads mentions and writes results (Splink's work
# is on its own connection, LinkageConfig.memory_limit): beyond this it spills to disk.
WAREHOUSE_MEMORY_LIMIT = "4GB"


def open_warehouse(
    db: str | Path | None, memory_limit: str | None = None
) -> duckdb.DuckDBPyConnection:
    """The warehouse, opened and migrated (default file: ``Settings().db``).

    Args:
        db: the warehouse file.
        memory_limit: DuckDB's memory limit for the connection (default: DuckDB's own).
    """
    path = Path(db) if db is not None else Settings().db
    return settle(connect(path, memory_limit=memory_limit))


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Arrow tables visible to SQL under the given names for the duration of a block."""
    settle(con)
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in tables:
            con.unregister(name)


def _weights_sql(columns: Sequence[str], comparisons: Sequence[str]) -> tuple[str, list[str]]:
    parts: list[str] = []
    for name in comparisons:
        weight = quote_ident(f"mw_{name}")
        tf = f"mw_tf_adj_{name}"
        if tf in columns:
            weight = f"{weight} + coalesce({quote_ident(tf)}, 0)"
        parts.append(f"?, round({weight}, 4)")
    return f"json_object({', '.join(parts)})", list(comparisons)


def insert_pairs_sql(columns: Sequence[str], comparisons: Sequence[str]) -> tuple[str, list[Any]]:
    """SQL (and its leading parameters) inserting ``__sg_pairs`` into ``match_pairs``.

    The run id is the last parameter. Reviewed matches that were not predicted are added with
    no weight, so that every edge of an entity is in the table.
    """
    weights, params = _weights_sql(columns, comparisons)
    sql = f"""
    INSERT INTO match_pairs
    SELECT run.id, p.unique_id_l, p.unique_id_r, p.match_weight, p.match_probability,
        CAST(p.match_key AS VARCHAR), {weights}, v.decision
    FROM {PAIRS_VIEW} AS p
    CROSS JOIN (SELECT CAST(? AS VARCHAR) AS id) AS run
    LEFT JOIN {REVIEWS_VIEW} AS v
        ON v.unique_id_l = p.unique_id_l AND v.unique_id_r = p.unique_id_r
    UNION ALL
    SELECT run.id, v.unique_id_l, v.unique_id_r, NULL, NULL, NULL, NULL, v.decision
    FROM {REVIEWS_VIEW} AS v
    CROSS JOIN (SELECT CAST(? AS VARCHAR) AS id) AS run
    ANTI JOIN {PAIRS_VIEW} AS p
        ON v.unique_id_l = p.unique_id_l AND v.unique_id_r = p.unique_id_r
    WHERE v.decision = 'match'
    """
    return sql, params


def write_pairs(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    pairs: pa.Table,
    reviews: pa.Table,
    comparisons: Sequence[str],
) -> int:
    """Insert a run's scored pairs (and reviewed matches not scored) into ``match_pairs``."""
    sql, params = insert_pairs_sql(pairs.column_names, comparisons)
    with registered(con, **{PAIRS_VIEW: pairs, REVIEWS_VIEW: reviews}):
        execute(con, sql, [*params, run_id, run_id])
    rows = execute(con, "SELECT count(*) FROM match_pairs WHERE run_id = ?", [run_id]).fetchall()
    return int(rows[0][0])


def replace_results(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    pairs: pa.Table,
    members: pa.Table,
    reviews: pa.Table,
    comparisons: Sequence[str],
) -> tuple[int, int]:
    """A full run's results replace the tables' contents, in one transaction.

    Returns:
        (pairs stored, entities).
    """
    with transaction(con):
        execute(con, "DELETE FROM match_pairs")
        stored = write_pairs(con, run_id, pairs, reviews, comparisons)
        with registered(con, **{MEMBERS_VIEW: members}):
            execute(con, statement("insert_entities"), [run_id, run_id, run_id])
        execute(con, statement("replace_entities"))
    rows = execute(con, "SELECT count(DISTINCT entity_id) FROM entities").fetchall()
    return stored, int(rows[0][0])


def reviews_for(con: duckdb.DuckDBPyConnection, mention_keys: pa.Array) -> pa.Table:
    """The clerical decisions (match, non-match) on pairs of the given mentions."""
    present = pa.table({"unique_id": mention_keys})
    with registered(con, **{PRESENT_VIEW: present}):
        sql = statement("reviews_for_mentions")
        try:
            return con.sql(sql).to_arrow_table()
        except duckdb.Error as error:
            raise WarehouseError(f"reading reviews failed: {error}", sql) from error


def record_model(con: duckdb.DuckDBPyConnection, run_id: str, parameters: dict[str, Any]) -> None:
    """Store a run's parameters (configuration, trained model, threshold) in ``runs``."""
    execute(con, statement("record_model"), [orjson.dumps(parameters).decode(), run_id])


def latest_model(con: duckdb.DuckDBPyConnection) -> tuple[str, dict[str, Any]] | None:
    """(run id, parameters) of the latest successful link run with a model, or None."""
    rows = execute(con, statement("latest_model")).fetchall()
    if not rows:
        return None
    run_id, parameters = rows[0]
    return str(run_id), orjson.loads(parameters)


def saved_model(db: str | Path | None = None) -> dict[str, Any] | None:
    """The parameters (configuration, model, threshold) of the latest link run with a model.

    What ``safeguard link --save-model`` writes, and ``--model`` reads back.
    """
    con = open_warehouse(db)
    try:
        latest = latest_model(con)
    finally:
        con.close()
    return None if latest is None else latest[1]
