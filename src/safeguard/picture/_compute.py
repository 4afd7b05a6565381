"""Computing the national picture: each metric's SQL aggregated per force area and period."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import duckdb

from safeguard.errors import SafeguardError
from safeguard.picture._catalogue import Metric, catalogue, statement
from safeguard.picture._model import Cell, Picture
from safeguard.reference import outcome_codes
from safeguard.warehouse import execute

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
NETWORK_LIST_LIMIT = 200

_COUNT = "count(DISTINCT unit) FILTER (WHERE num)"
_DISTINCT_DEN = "count(DISTINCT unit) FILTER (WHERE den)"
_EXPRESSIONS: dict[str, tuple[str, str, str]] = {
    # aggregate: (numerator, denominator, value)
    "count": (_COUNT, "NULL", _COUNT),
    "share": (_COUNT, _DISTINCT_DEN, f"{_COUNT} / nullif({_DISTINCT_DEN}, 0)"),
    "ratio": (
        "coalesce(sum(value) FILTER (WHERE num), 0)",
        _DISTINCT_DEN,
        f"coalesce(sum(value) FILTER (WHERE num), 0) / nullif({_DISTINCT_DEN}, 0)",
    ),
    "median": (
        "count(*) FILTER (WHERE num)",
        "NULL",
        "quantile_cont(value, 0.5) FILTER (WHERE num)",
    ),
    "p90": ("count(*) FILTER (WHERE num)", "NULL", "quantile_cont(value, 0.9) FILTER (WHERE num)"),
}


def aggregate_sql(metric: Metric) -> str:
    """The SQL that aggregates one metric per force area and nationally, by month, year, all.

    Args:
        metric: a metric of the catalogue.

    Returns:
        a query giving area, period_type, period, numerator, denominator and value.
    """
    numerator, denominator, value = _EXPRESSIONS[metric.aggregate]
    return (
        statement("aggregate")
        .replace("{metric}", metric.sql().strip())
        .replace("{numerator}", numerator)
        .replace("{denominator}", denominator)
        .replace("{value}", value)
    )


def compute_picture(
    con: duckdb.DuckDBPyConnection,
    *,
    as_at: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Picture:
    """Compute every metric of the catalogue, per force area and nationally, by period.

    Args:
        con: a migrated warehouse connection (records loaded; identify, link and networks
            are used when they have run).
        as_at: the date the picture describes; default the latest ``recorded_at``.
        progress: called as ``progress(step, done, total)``.

    Returns:
        the picture, unsuppressed (see :func:`~safeguard.picture.make_publishable`).

    Raises:
        SafeguardError: the warehouse holds no records.

    Example:
        >>> picture = compute_picture(connect("safeguard.duckdb"))  # doctest: +SKIP
        >>> picture.value("children_cse")  # doctest: +SKIP
        545.0
    """
    report = progress or (lambda *_: None)
    as_at = as_at or _latest(con)
    networks_built = _prepare(con, as_at)
    metrics = catalogue().metrics
    cells: list[Cell] = []
    for done, metric in enumerate(metrics, start=1):
        cells += [Cell(metric.name, *row) for row in execute(con, aggregate_sql(metric)).fetchall()]
        report("computing metrics", done, len(metrics))
    return Picture(
        catalogue=catalogue(),
        cells=cells,
        as_at=as_at,
        identified=_scalar(con, "SELECT count(*) FROM decisions") > 0,
        linked=_scalar(con, "SELECT count(*) FROM entities") > 0,
        networks_built=networks_built,
        networks=_dicts(con, statement("network_list"), [NETWORK_LIST_LIMIT]),
        versions=_dicts(con, statement("versions")),
        lineage=_dicts(con, statement("lineage")),
    )


def _latest(con: duckdb.DuckDBPyConnection) -> dt.datetime:
    row = execute(con, "SELECT max(recorded_at) FROM records").fetchone()
    if not row or row[0] is None:
        raise SafeguardError("the warehouse holds no records: load some with `safeguard ingest`")
    latest: dt.datetime = row[0]
    return latest


def _prepare(con: duckdb.DuckDBPyConnection, as_at: dt.datetime) -> bool:
    """Make the temp tables every metric reads; returns whether networks are built."""
    execute(
        con,
        "CREATE OR REPLACE TEMP TABLE __sg_pic_outcome_codes "
        "(code VARCHAR, label VARCHAR, outcome_group VARCHAR)",
    )
    codes = [(code, label, group) for code, (label, group) in outcome_codes().items()]
    con.executemany("INSERT INTO __sg_pic_outcome_codes VALUES (?, ?, ?)", codes)
    execute(
        con,
        "CREATE OR REPLACE TEMP TABLE __sg_pic_settings AS "
        "SELECT CAST(? AS TIMESTAMP) AS as_at, CAST(? AS VARCHAR[]) AS not_recorded",
        [as_at, list(catalogue().not_recorded)],
    )
    built = _networks_built(con)
    execute(con, statement("networks_built" if built else "networks_absent"))
    execute(con, statement("base"))
    return built


def _networks_built(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the networks stage's three tables exist and ``networks`` has rows."""
    found = {
        str(name)
        for (name,) in execute(
            con,
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_name IN ('networks', 'network_members', 'network_children')",
        ).fetchall()
    }
    if found != {"networks", "network_members", "network_children"}:
        return False
    return _scalar(con, "SELECT count(*) FROM networks") > 0


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = execute(con, sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _dicts(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
) -> list[dict[str, Any]]:
    cursor = execute(con, sql, params)
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
