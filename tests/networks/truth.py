"""Scoring detected networks against the generator's truth (``truth/networks.parquet``).

A person is a true network member (perpetrator or facilitator); each detected network's
people are the true persons behind its offender-side members' mentions
(``truth/mentions.parquet``). Only networks that meet organised-network/1 are *reported*.

* a true network is **found** when at least 80% of its members sit in one reported network;
* a reported network is **true** when more than half of its people are members of one true
  network;
* **member-level pairwise F1** compares the clustering of people into reported networks (each
  person in the reported network holding most of their mentions) with the true networks,
  over every true member and every person in a reported network (others are singletons);
* **wrongly reported**: people of the lone-offender, intrafamilial and county-lines (cce)
  scenarios who sit in a reported network.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import duckdb

from safeguard.evaluation import Scores, pairwise_scores

FOUND_SHARE = 0.8
NOT_NETWORKS = ("cse_lone", "csa_intrafamilial", "cce")


@dataclass(frozen=True)
class NetworkScores:
    """The figures of the issue's accuracy section."""

    true_networks: int
    found: int
    reported: int
    reported_true: int
    pairwise: Scores
    wrongly_reported: dict[str, int]

    @property
    def found_share(self) -> float:
        return self.found / max(1, self.true_networks)

    @property
    def precision(self) -> float:
        return self.reported_true / max(1, self.reported)

    def lines(self) -> list[str]:
        return [
            f"true networks found (>= 80% of members in one reported network): "
            f"{self.found}/{self.true_networks} = {self.found_share:.3f}",
            f"reported networks that are true: {self.reported_true}/{self.reported} "
            f"= {self.precision:.3f}",
            f"member-level pairwise: {self.pairwise}",
            "people of non-network scenarios in reported networks: "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.wrongly_reported.items())),
        ]


def score(db: Path, truth: Path) -> NetworkScores:
    """Score the reported networks in ``db`` against the truth folder."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        true_member = _true_members(con, truth)
        rows = _people(con, truth)
        scenario = _scenario_people(con, truth)
    finally:
        con.close()
    by_true: dict[str, set[str]] = {}
    for person, network in true_member.items():
        by_true.setdefault(network, set()).add(person)
    placed: dict[str, str] = {}
    by_reported: dict[str, set[str]] = {}
    for person, network in rows:  # most mentions first: a person is placed where most are
        placed.setdefault(person, network)
        by_reported.setdefault(network, set()).add(person)
    found = sum(1 for people in by_true.values() if _found(people, placed))
    reported_true = sum(1 for people in by_reported.values() if _true(people, true_member))
    universe = set(true_member) | set(placed)
    pairwise = pairwise_scores(
        {p: placed[p] for p in universe if p in placed},
        {p: true_member.get(p, f"alone:{p}") for p in universe},
    )
    wrong = {kind: len(people & set(placed)) for kind, people in scenario.items()}
    return NetworkScores(len(by_true), found, len(by_reported), reported_true, pairwise, wrong)


def _found(people: set[str], placed: dict[str, str]) -> bool:
    where = Counter(placed[p] for p in people if p in placed)
    return bool(where) and where.most_common(1)[0][1] >= FOUND_SHARE * len(people)


def _true(people: set[str], true_member: dict[str, str]) -> bool:
    where = Counter(true_member[p] for p in people if p in true_member)
    return bool(where) and where.most_common(1)[0][1] > len(people) / 2


def _true_members(con: duckdb.DuckDBPyConnection, truth: Path) -> dict[str, str]:
    rows = con.execute(
        "SELECT m.person_id, n.network_id FROM read_parquet(?) n, unnest(n.members) AS u(m)",
        [str(truth / "networks.parquet")],
    ).fetchall()
    return {str(p): str(n) for p, n in rows}


def _people(con: duckdb.DuckDBPyConnection, truth: Path) -> list[tuple[str, str]]:
    """(true person, reported network) pairs, each person's most-mentioned network first."""
    rows = con.execute(
        """
        SELECT t.person_id, m.network_id, count(*) AS n
        FROM network_members m
        JOIN networks n USING (network_id)
        CROSS JOIN unnest(CAST(m.mentions AS JSON[])) AS u(x)
        JOIN read_parquet(?) t
          ON t.source = x->>'source' AND t.record_id = x->>'record_id'
         AND t.person_ref = x->>'person_ref'
        WHERE n.meets_definition AND m.kind = 'person' AND m.role <> 'child'
        GROUP BY ALL
        ORDER BY t.person_id, n DESC, m.network_id
        """,
        [str(truth / "mentions.parquet")],
    ).fetchall()
    return [(str(person), str(network)) for person, network, _count in rows]


def _scenario_people(con: duckdb.DuckDBPyConnection, truth: Path) -> dict[str, set[str]]:
    rows = con.execute(
        """
        SELECT DISTINCT r.case_type, m.person_id
        FROM read_parquet(?) m JOIN read_parquet(?) r USING (source, record_id)
        WHERE r.case_type IN ? AND m.role IN ('suspect', 'associate')
        """,
        [str(truth / "mentions.parquet"), str(truth / "records.parquet"), list(NOT_NETWORKS)],
    ).fetchall()
    out: dict[str, set[str]] = {kind: set() for kind in NOT_NETWORKS}
    for kind, person in rows:
        out[str(kind)].add(str(person))
    return out
