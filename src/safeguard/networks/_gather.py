"""Building the POLE graph in the warehouse and gathering each detected group's facts.

The graph is built set-based in DuckDB (``sql/mentions.sql``, ``sql/edges.sql``); only the
association edges between offender-side people (for detection) and the rows of the groups
found come into Python.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from safeguard.networks._assess import Edge
from safeguard.networks._sql import statement
from safeguard.warehouse import execute

#: Objects (and children) shared by more identified people than this join no one.
MAX_SHARED = 8


@dataclass(frozen=True, slots=True)
class RecordRow:
    """One record of a group, with what the group's test and priority need."""

    key: str  # source/record_id
    source: str
    record_id: str
    force: str | None
    source_type: str
    kind: str
    at: dt.datetime | None
    cse_met: bool
    acting: bool
    exploitation: bool
    open_crime: bool
    flagged: bool


@dataclass(slots=True)
class GroupData:
    """Everything gathered about one group, before the test."""

    members: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    things: list[str] = field(default_factory=list)
    records: list[RecordRow] = field(default_factory=list)
    edges: list[tuple[Edge, dt.datetime | None, dt.datetime | None]] = field(default_factory=list)
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def build_graph(con: duckdb.DuckDBPyConnection) -> int:
    """Make the graph's temp tables; return the number of edges."""
    execute(con, statement("mentions"))
    execute(con, statement("edges"))
    row = execute(con, "SELECT count(*) FROM __sg_net_edges").fetchone()
    return int(row[0]) if row else 0


def association_edges(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, float]]:
    """The weighted association edges between offender-side people."""
    rows = execute(con, statement("association"), [MAX_SHARED]).fetchall()
    return [(str(a), str(b), float(w)) for a, b, w in rows]


def register_groups(con: duckdb.DuckDBPyConnection, groups: list[list[str]]) -> None:
    """Store the detected groups as ``__sg_net_groups`` and make each group's nodes."""
    table = pa.table(
        {
            "group_no": pa.array([i for i, g in enumerate(groups) for _ in g], pa.int64()),
            "entity_id": pa.array([m for g in groups for m in g], pa.string()),
        }
    )
    con.register("__sg_net_groups_arrow", table)
    try:
        execute(
            con,
            "CREATE OR REPLACE TEMP TABLE __sg_net_groups AS SELECT * FROM __sg_net_groups_arrow",
        )
    finally:
        con.unregister("__sg_net_groups_arrow")
    execute(con, statement("group_nodes"))


def gather(con: duckdb.DuckDBPyConnection) -> dict[int, GroupData]:
    """Each group that has a child: its nodes, records, edges and person mentions."""
    groups: dict[int, GroupData] = defaultdict(GroupData)
    parts = {"member": "members", "child": "children", "thing": "things"}
    for group_no, node, part in execute(
        con, "SELECT group_no, node_id, part FROM __sg_net_nodes ORDER BY ALL"
    ).fetchall():
        getattr(groups[group_no], parts[part]).append(node)
    for row in execute(con, statement("group_records")).fetchall():
        groups[row[0]].records.append(RecordRow(*row[1:]))
    for group_no, src, dst, kind, records, first, last in execute(
        con, statement("group_edges")
    ).fetchall():
        groups[group_no].edges.append((Edge(src, dst, kind, tuple(records)), first, last))
    for group_no, node, _part, source, record_id, ref, role, identified in execute(
        con, statement("group_mentions")
    ).fetchall():
        groups[group_no].mentions.setdefault(node, []).append(
            {
                "source": source,
                "record_id": record_id,
                "person_ref": ref,
                "role": role,
                "identified": identified,
            }
        )
    return dict(groups)


def labels(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str | None, bool]]:
    """Node id to (kind, label, identified) for every node of every group."""
    rows = execute(con, statement("node_labels")).fetchall()
    return {str(node): (str(kind), label, bool(ok)) for node, kind, label, ok in rows}


def child_met(con: duckdb.DuckDBPyConnection) -> dict[str, bool]:
    """Child entity to whether the child meets cse/1 (identification's child decisions)."""
    rows = execute(
        con,
        "SELECT c.entity_id, c.cse_met FROM child_decisions c "
        "WHERE c.entity_id IN (SELECT node_id FROM __sg_net_nodes WHERE part = 'child')",
    ).fetchall()
    return {str(e): bool(m) for e, m in rows}


def reference_date(con: duckdb.DuckDBPyConnection) -> dt.datetime | None:
    """The latest date of any record: "now" for recency, so old data is not all stale."""
    row = execute(con, "SELECT max(coalesce(occurred_from, recorded_at)) FROM records").fetchone()
    return row[0] if row else None
