"""``build_networks``: the graph, group detection, the test, priority, tables and write-back."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from safeguard.errors import SafeguardError
from safeguard.networks import _gather as g
from safeguard.networks._assess import DEFINITION, Assessment, GroupFacts, assess
from safeguard.networks._detect import detect_groups
from safeguard.networks._priority import WINDOW_DAYS, PriorityFacts, priority
from safeguard.networks._store import NetworkRow, write_networks
from safeguard.networks._writeback import write_back
from safeguard.warehouse import connect, execute, migrate, new_run_id, recorded_run

Progress = Callable[[str, int, int], None]
STEPS = (
    "building the graph",
    "detecting groups",
    "gathering groups",
    "testing groups",
    "writing networks",
    "marking decisions",
)


@dataclass(slots=True)
class NetworksResult:
    """What a networks run found."""

    run_id: str
    graph_edges: int = 0
    groups: int = 0
    networks_met: int = 0
    cross_force: int = 0
    partner_only: int = 0
    records_marked: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, Any]:
        """The totals stored in ``runs.counts``."""
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("run_id", "seconds")}


@contextmanager
def _opened(db: str | Path | duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(db, duckdb.DuckDBPyConnection):
        migrate(db)
        yield db
        return
    if not Path(db).exists():
        raise SafeguardError(f"{db}: no such warehouse (load data with `safeguard ingest` first)")
    con = connect(db)
    try:
        yield con
    finally:
        con.close()


def build_networks(
    db: str | Path | duckdb.DuckDBPyConnection, progress: Progress | None = None
) -> NetworksResult:
    """Find organised networks in a warehouse; write the networks tables and mark decisions.

    Needs `safeguard identify` to have run (the test reads its decisions); uses the linkage
    stage's entities for who is who (without them each mention is a person of its own).

    Args:
        db: the warehouse file, or an open connection to one.
        progress: called as ``progress(step, done, total)`` after each of the six steps.

    Returns:
        counts of groups, networks meeting organised-network/1, and records marked.

    Example:
        >>> build_networks("safeguard.duckdb").networks_met  # doctest: +SKIP
        41
    """
    tick = progress or (lambda *_: None)
    with _opened(db) as con:
        result = NetworksResult(new_run_id())
        parameters = {"definition": DEFINITION}
        with recorded_run(
            con, "networks", parameters, run_id=result.run_id, counts=result.counts
        ) as run:
            _run(con, result, tick)
        result.seconds = run.seconds
    return result


def _run(con: duckdb.DuckDBPyConnection, result: NetworksResult, tick: Progress) -> None:
    _require_decisions(con)
    result.graph_edges = g.build_graph(con)
    tick(STEPS[0], 1, len(STEPS))
    groups = detect_groups(g.association_edges(con))
    g.register_groups(con, groups)
    tick(STEPS[1], 2, len(STEPS))
    gathered = g.gather(con)
    labels, children_met = g.labels(con), g.child_met(con)
    reference = g.reference_date(con)
    tick(STEPS[2], 3, len(STEPS))
    rows = [_network(data, children_met, reference) for data in gathered.values()]
    rows.sort(key=lambda r: (-r.priority, r.network_id))
    tick(STEPS[3], 4, len(STEPS))
    write_networks(con, result.run_id, rows, labels)
    tick(STEPS[4], 5, len(STEPS))
    result.records_marked = write_back(con, rows)
    tick(STEPS[5], 6, len(STEPS))
    result.groups = len(rows)
    result.networks_met = sum(r.meets for r in rows)
    result.cross_force = sum(r.meets and r.cross_force for r in rows)
    result.partner_only = sum(r.meets and r.partner_only for r in rows)


def _require_decisions(con: duckdb.DuckDBPyConnection) -> None:
    row = execute(
        con, "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM decisions)"
    ).fetchone()
    if row and row[0] and not row[1]:
        raise SafeguardError(
            "the warehouse has no decisions: run `safeguard identify --db FILE` before networks"
        )


def network_id(members: list[str]) -> str:
    """A stable id from the members' entity ids: the same group keeps its id between runs.

    Args:
        members: the offender-side members' entity ids, in any order.

    Returns:
        ``NET-`` and the first ten hex digits of the SHA-256 of the sorted ids.

    Example:
        >>> network_id(["E-2", "E-1"]) == network_id(["E-1", "E-2"])
        True
    """
    digest = hashlib.sha256("|".join(sorted(members)).encode()).hexdigest()
    return f"NET-{digest[:10]}"


def _network(
    data: g.GroupData, children_met: dict[str, bool], reference: dt.datetime | None
) -> NetworkRow:
    facts = _facts(data, children_met)
    found = assess(facts)
    acting = [r for r in data.records if r.acting]
    forces = sorted({r.force for r in acting if r.force})
    score, components = priority(_priority_facts(data, found, facts, reference))
    dates = [r.at for r in data.records if r.at is not None]
    return NetworkRow(
        network_id=network_id(data.members),
        meets=found.meets,
        assessment=found,
        forces=forces,
        cross_force=len(forces) > 1,
        partner_only=bool(acting) and all(r.source_type != "police" for r in acting),
        priority=score,
        components=[c.to_json() for c in components],
        data=data,
        children_met={c: children_met.get(c, False) for c in data.children},
        first_seen=min(dates, default=None),
        last_seen=max(dates, default=None),
    )


def _facts(data: g.GroupData, children_met: dict[str, bool]) -> GroupFacts:
    members = set(data.members)
    acts: dict[str, set[str]] = {}
    identified: dict[str, bool] = {m: False for m in data.members}
    for node, mentions in data.mentions.items():
        if node not in members:
            continue
        for m in mentions:
            identified[node] = identified[node] or bool(m["identified"])
            if m["role"] in ("suspect", "associate"):
                acts.setdefault(f"{m['source']}/{m['record_id']}", set()).add(node)
    return GroupFacts(
        members=tuple(data.members),
        identified=identified,
        acts={k: frozenset(v) for k, v in acts.items()},
        exploitation=frozenset(r.key for r in data.records if r.exploitation),
        children={c: children_met.get(c, False) for c in data.children},
        edges=tuple(edge for edge, _, _ in data.edges),
    )


def _priority_facts(
    data: g.GroupData, found: Assessment, facts: GroupFacts, reference: dt.datetime | None
) -> PriorityFacts:
    window = dt.timedelta(days=WINDOW_DAYS)
    dated = [r.at for r in data.records if r.at is not None]
    recent = earlier = 0
    if reference is not None:
        recent = sum(1 for at in dated if reference - window < at <= reference)
        earlier = sum(1 for at in dated if reference - 2 * window < at <= reference - window)
    met_records = {r.key for r in data.records if r.cse_met or found.meets}
    return PriorityFacts(
        children_exploited=sum(facts.children.values()),
        last_seen=max(dated, default=None),
        reference=reference,
        recent_records=recent,
        earlier_records=earlier,
        individuals=found.individuals,
        open_investigations=sum(1 for r in data.records if r.open_crime and r.acting),
        missed_flags=sum(1 for r in data.records if r.key in met_records and not r.flagged),
    )
