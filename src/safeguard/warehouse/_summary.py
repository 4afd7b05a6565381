"""What the warehouse holds, in a few numbers: the summary `safeguard demo` prints."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from safeguard.warehouse._sql import execute, quote_ident, statement

_DIMENSIONS = ("kind", "source_type", "force")


@dataclass(frozen=True, slots=True)
class WarehouseSummary:
    """Counts of the current records, person mentions, history and quarantine."""

    records: int
    person_mentions: int
    unidentified_mentions: int
    sources: int
    history: int
    quarantined: int
    by_kind: list[tuple[str, int]]
    by_source_type: list[tuple[str, int]]
    by_force: list[tuple[str, int]]


def summarise(con: duckdb.DuckDBPyConnection) -> WarehouseSummary:
    """Summarise a migrated warehouse.

    Args:
        con: a connection from :func:`safeguard.warehouse.connect`.

    Returns:
        counts of current records by kind, source type and force; person mentions; how many
        superseded or stale versions are kept in history; lines quarantined over all runs.

    Example:
        >>> summarise(connect(":memory:")).records  # doctest: +SKIP
        0
    """
    ((records, sources),) = execute(
        con, "SELECT count(*), count(DISTINCT source) FROM records"
    ).fetchall()
    ((mentions, unidentified),) = execute(
        con, "SELECT count(*), count(*) FILTER (WHERE NOT identified) FROM persons"
    ).fetchall()
    ((history,),) = execute(con, "SELECT count(*) FROM record_history").fetchall()
    # A line quarantined again by a re-run of the same file counts once.
    ((quarantined,),) = execute(
        con, "SELECT count(DISTINCT (input_file, input_line)) FROM quarantine"
    ).fetchall()
    by = {d: _by(con, d) for d in _DIMENSIONS}
    return WarehouseSummary(
        records,
        mentions,
        unidentified,
        sources,
        history,
        quarantined,
        by["kind"],
        by["source_type"],
        by["force"],
    )


def _by(con: duckdb.DuckDBPyConnection, dimension: str) -> list[tuple[str, int]]:
    if dimension not in _DIMENSIONS:  # identifiers are never taken from input
        raise ValueError(f"unknown dimension {dimension!r}")
    sql = statement("summary_by").replace("{dimension}", quote_ident(dimension))
    return [(str(v), int(n)) for v, n in execute(con, sql).fetchall()]
