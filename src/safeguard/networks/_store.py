"""Writing the networks tables (migration 0004), all replaced in one transaction per run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from safeguard.networks._assess import DEFINITION, Assessment
from safeguard.networks._gather import GroupData
from safeguard.warehouse import execute

TABLES = ("networks", "network_members", "network_children", "network_edges", "network_records")
Labels = dict[str, tuple[str, str | None, bool]]


@dataclass(slots=True)
class NetworkRow:
    """One detected group with its test, marks and priority, ready to store."""

    network_id: str
    meets: bool
    assessment: Assessment
    forces: list[str]
    cross_force: bool
    partner_only: bool
    priority: float
    components: list[dict[str, object]]
    data: GroupData
    children_met: dict[str, bool] = field(default_factory=dict)
    first_seen: dt.datetime | None = None
    last_seen: dt.datetime | None = None


def write_networks(
    con: duckdb.DuckDBPyConnection, run_id: str, rows: list[NetworkRow], labels: Labels
) -> None:
    """Replace every networks table with this run's rows."""
    staged = {
        "networks": [_network(run_id, r) for r in rows],
        "network_members": [m for r in rows for m in _members(r, labels)],
        "network_children": [
            {"network_id": r.network_id, "entity_id": c, "cse_met": met}
            for r in rows
            for c, met in sorted(r.children_met.items())
        ],
        "network_edges": [e for r in rows for e in _edges(r)],
        "network_records": [x for r in rows for x in _records(r)],
    }
    execute(con, "BEGIN TRANSACTION")
    try:
        for table in TABLES:
            execute(con, f"DELETE FROM {table}")
            _insert(con, table, staged[table])
        execute(con, "COMMIT")
    except BaseException:
        execute(con, "ROLLBACK")
        raise


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = [c[0] for c in execute(con, f"DESCRIBE {table}").fetchall()]
    arrow = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    con.register("__sg_net_rows", arrow)
    try:
        names = ", ".join(columns)
        execute(con, f"INSERT INTO {table} ({names}) SELECT {names} FROM __sg_net_rows")
    finally:
        con.unregister("__sg_net_rows")


def _json(value: object) -> str:
    return orjson.dumps(value).decode()


def _network(run_id: str, r: NetworkRow) -> dict[str, Any]:
    return {
        "network_id": r.network_id,
        "run_id": run_id,
        "definition": DEFINITION,
        "meets_definition": r.meets,
        "forces": r.forces,
        "cross_force": r.cross_force,
        "partner_only": r.partner_only,
        "priority": r.priority,
        "priority_components": _json(r.components),
        "criteria": _json(r.assessment.criteria_json()),
        "individuals": r.assessment.individuals,
        "members": len(r.data.members),
        "children": len(r.data.children),
        "children_exploited": sum(r.children_met.values()),
        "records": len(r.data.records),
        "first_seen": r.first_seen,
        "last_seen": r.last_seen,
    }


def _members(r: NetworkRow, labels: Labels) -> list[dict[str, Any]]:
    records = {x.key for x in r.data.records}
    out = []
    for node in [*r.data.members, *r.data.children, *r.data.things]:
        kind, label, identified = labels.get(node, ("person", None, False))
        mentions = r.data.mentions.get(node, [])
        if node in r.assessment.roles:
            role = r.assessment.roles[node]
            part, criterion = role.role, role.criterion
        elif node in r.children_met:
            part, criterion = "child", None
        else:
            part, criterion = ("place" if kind == "location" else "object"), None
        seen = {f"{m['source']}/{m['record_id']}" for m in mentions} & records
        if not mentions:  # a place or object: the records of its edges
            seen = {
                x for e, _, _ in r.data.edges if node in (e.source, e.target) for x in e.records
            }
        out.append(
            {
                "network_id": r.network_id,
                "entity_id": node,
                "kind": kind,
                "role": part,
                "criterion": criterion,
                "identified": identified,
                "label": label,
                "records": len(seen),
                "mentions": _json(mentions),
            }
        )
    return out


def _edges(r: NetworkRow) -> list[dict[str, Any]]:
    return [
        {
            "network_id": r.network_id,
            "source_id": e.source,
            "target_id": e.target,
            "type": e.type,
            "records": list(e.records),
            "first_at": first,
            "last_at": last,
        }
        for e, first, last in r.data.edges
    ]


def _records(r: NetworkRow) -> list[dict[str, Any]]:
    return [
        {
            "network_id": r.network_id,
            "source": x.source,
            "record_id": x.record_id,
            "force": x.force,
            "source_type": x.source_type,
            "kind": x.kind,
            "occurred_at": x.at,
            "cse_met": x.cse_met,
        }
        for x in r.data.records
    ]
