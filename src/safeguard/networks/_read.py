"""Reading networks back: the list, and one network in full (members, children, records,
edges with evidence, timeline)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import orjson

from safeguard.errors import SafeguardError
from safeguard.warehouse import connect, execute

_LIST = """
SELECT network_id, meets_definition, priority, individuals, children, children_exploited,
       records, forces, cross_force, partner_only, first_seen, last_seen
FROM networks
WHERE (? OR meets_definition) AND (? IS NULL OR list_contains(forces, ?))
ORDER BY priority DESC, network_id
LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    """One row of ``safeguard networks list``."""

    network_id: str
    meets_definition: bool
    priority: float
    individuals: int
    children: int
    children_exploited: int
    records: int
    forces: list[str]
    cross_force: bool
    partner_only: bool
    first_seen: dt.datetime | None
    last_seen: dt.datetime | None


@dataclass(frozen=True, slots=True)
class NetworkDetail:
    """One network in full, as ``safeguard networks show`` prints it."""

    summary: NetworkSummary
    definition: str
    run_id: str
    criteria: list[dict[str, Any]]
    priority_components: list[dict[str, Any]]
    members: list[dict[str, Any]]  # every node: persons, children, places, objects
    edges: list[dict[str, Any]]
    records: list[dict[str, Any]]  # the timeline: records by date

    @property
    def network_id(self) -> str:
        """The network's id."""
        return self.summary.network_id


@contextmanager
def opened(db: str | Path | duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse (one given is used and left open)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    if not Path(db).exists():
        raise SafeguardError(f"{db}: no such warehouse")
    con = connect(db)
    try:
        yield con
    finally:
        con.close()


def list_networks(
    db: str | Path | duckdb.DuckDBPyConnection,
    *,
    include_unmet: bool = False,
    force: str | None = None,
    limit: int = 1_000_000,
) -> list[NetworkSummary]:
    """The networks of the latest run, highest priority first.

    Args:
        db: the warehouse (file or connection).
        include_unmet: also list detected groups that do not meet organised-network/1.
        force: only networks with records in this force area (data.police.uk id).
        limit: at most this many.

    Returns:
        one summary per network.

    Example:
        >>> [n.network_id for n in list_networks("safeguard.duckdb", limit=2)]  # doctest: +SKIP
        ['NET-3f1a0c9b2e', 'NET-0d4e8a11c7']
    """
    with opened(db) as con:
        rows = execute(con, _LIST, [include_unmet, force, force, limit]).fetchall()
    return [NetworkSummary(*row) for row in rows]


def show_network(db: str | Path | duckdb.DuckDBPyConnection, network_id: str) -> NetworkDetail:
    """One network in full.

    Args:
        db: the warehouse (file or connection).
        network_id: the network's id (``NET-...``); a unique prefix will do.

    Returns:
        the network's criteria, priority components, members, edges and records by date.

    Example:
        >>> show_network("safeguard.duckdb", "NET-3f1a").members[0]["role"]  # doctest: +SKIP
        'perpetrator'
    """
    with opened(db) as con:
        found = _resolve(con, network_id)
        summary = NetworkSummary(
            *execute(
                con,
                _LIST.replace("WHERE", "WHERE network_id = ? AND"),
                [found, True, None, None, 1],
            ).fetchall()[0]
        )
        head = execute(
            con,
            "SELECT definition, run_id, criteria, priority_components FROM networks "
            "WHERE network_id = ?",
            [found],
        ).fetchall()[0]
        return NetworkDetail(
            summary,
            head[0],
            head[1],
            orjson.loads(head[2]),
            orjson.loads(head[3]),
            _dicts(con, _MEMBERS, found, json=("mentions",)),
            _dicts(con, _EDGES, found),
            _dicts(con, _RECORDS, found),
        )


_MEMBERS = """
SELECT m.entity_id, m.kind, m.role, m.criterion, m.identified, m.label, m.records, m.mentions,
       c.cse_met
FROM network_members m
LEFT JOIN network_children c ON c.network_id = m.network_id AND c.entity_id = m.entity_id
WHERE m.network_id = ?
ORDER BY CASE WHEN m.role LIKE 'facilitator%' OR m.role = 'perpetrator' THEN 0
              WHEN m.role = 'associate' THEN 1 WHEN m.role = 'child' THEN 2 ELSE 3 END,
         m.records DESC, m.entity_id
"""
_EDGES = """
SELECT source_id, target_id, type, records, first_at, last_at FROM network_edges
WHERE network_id = ? ORDER BY first_at, source_id, target_id, type
"""
_RECORDS = """
SELECT n.source, n.record_id, n.force, n.source_type, n.kind, n.occurred_at, n.cse_met,
       r.offence_codes, r.outcome_code, d.flag_review
FROM network_records n
LEFT JOIN records r ON r.source = n.source AND r.record_id = n.record_id
LEFT JOIN decisions d ON d.source = n.source AND d.record_id = n.record_id
WHERE n.network_id = ? ORDER BY n.occurred_at, n.source, n.record_id
"""


def _dicts(
    con: duckdb.DuckDBPyConnection, sql: str, network: str, json: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    cursor = execute(con, sql, [network])
    names = [d[0] for d in cursor.description or []]
    out = []
    for row in cursor.fetchall():
        item = dict(zip(names, row, strict=True))
        for key in json:
            item[key] = orjson.loads(item[key]) if item[key] else []
        out.append(item)
    return out


def _resolve(con: duckdb.DuckDBPyConnection, network_id: str) -> str:
    rows = execute(
        con,
        "SELECT network_id FROM networks WHERE starts_with(network_id, ?) ORDER BY 1 LIMIT 2",
        [network_id],
    ).fetchall()
    if not rows:
        raise SafeguardError(f"no network {network_id!r} (see `safeguard networks list`)")
    if len(rows) > 1 and rows[0][0] != network_id:
        raise SafeguardError(f"{network_id!r} names more than one network: give more of the id")
    return str(rows[0][0])
