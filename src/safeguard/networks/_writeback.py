"""Write-back: records whose people belong to a network that meets organised-network/1.

Each such record's decision gets ``organised_network.met = true``, ``networks`` (the ids) and,
per criterion, the network's evidence after the record's own; ``network_met`` follows. The
record-level result is kept in ``organised_network.record_level`` so that a later run can
undo a mark whose network no longer meets the definition. The flag review covers it: a record
that is part of an organised network exploiting a child should carry a CSE flag, so its
``flag_review`` is the review of the supplier's flag against cse/1 *or* organised-network/1
(``missed`` when neither flag is set, ``agreed`` when it is).
"""

from __future__ import annotations

from typing import Any

import duckdb
import orjson
import pyarrow as pa

from safeguard.identify import review
from safeguard.networks._store import NetworkRow
from safeguard.warehouse import execute

_PREVIOUS = """
SELECT source, record_id, cse_met, supplier_flagged_cse, decision FROM decisions
WHERE json_exists(decision, '$.organised_network.record_level')
   OR (source, record_id) IN (SELECT source, record_id FROM __sg_net_marks)
"""
_UPDATE = """
UPDATE decisions SET network_met = u.network_met, flag_review = u.flag_review,
       decision = u.decision
FROM __sg_net_updates u
WHERE decisions.source = u.source AND decisions.record_id = u.record_id
"""


def write_back(con: duckdb.DuckDBPyConnection, rows: list[NetworkRow]) -> int:
    """Mark the decisions of records in networks that meet the definition.

    Returns:
        the number of records marked.
    """
    marks: dict[tuple[str, str], list[NetworkRow]] = {}
    for row in rows:
        if row.meets:
            for record in row.data.records:
                marks.setdefault((record.source, record.record_id), []).append(row)
    keys = sorted(marks)
    _register(
        con, "__sg_net_marks", {"source": [k[0] for k in keys], "record_id": [k[1] for k in keys]}
    )
    updates = [
        _updated(
            source, rid, cse_met, flagged, orjson.loads(decision), marks.get((source, rid), [])
        )
        for source, rid, cse_met, flagged, decision in execute(con, _PREVIOUS).fetchall()
    ]
    columns = ("source", "record_id", "network_met", "flag_review", "decision")
    _register(con, "__sg_net_updates", {c: [u[i] for u in updates] for i, c in enumerate(columns)})
    execute(con, _UPDATE)
    return len(keys)


def _register(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list[Any]]) -> None:
    table = pa.table({k: pa.array(v) for k, v in columns.items()}) if columns else None
    con.register(f"{name}_arrow", table)
    try:
        execute(con, f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {name}_arrow")
    finally:
        con.unregister(f"{name}_arrow")


def _updated(
    source: str,
    record_id: str,
    cse_met: bool,
    flagged: bool,
    decision: dict[str, Any],
    networks: list[NetworkRow],
) -> tuple[str, str, bool, str, str]:
    part = decision["organised_network"]
    base = part.pop("record_level", None) or {"met": part["met"], "criteria": part["criteria"]}
    part.pop("networks", None)
    part["met"], part["criteria"] = base["met"], base["criteria"]
    if networks:
        part["met"] = True
        part["networks"] = [n.network_id for n in networks]
        part["record_level"] = base
        part["criteria"] = _with_networks(base["criteria"], networks)
    decision["flag_review"] = review(flagged, cse_met or part["met"])
    return source, record_id, part["met"], decision["flag_review"], orjson.dumps(decision).decode()


def _with_networks(
    criteria: list[dict[str, Any]], networks: list[NetworkRow]
) -> list[dict[str, Any]]:
    own = {c["id"]: c for c in criteria}
    out = []
    for criterion in networks[0].assessment.criteria:
        evidence = list(own.get(criterion.id, {}).get("evidence", []))
        for network in networks:
            cited = next(c for c in network.assessment.criteria if c.id == criterion.id)
            evidence += [f"network {network.network_id}: {e}" for e in cited.evidence[:3]]
        out.append({"id": criterion.id, "met": True, "evidence": evidence})
    return out
