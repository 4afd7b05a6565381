"""The audit's results: per round, overall and per force, each measure with its 95% interval."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import duckdb
import numpy as np

from safeguard.audit._agreement import Agreement, cohens_kappa
from safeguard.audit._estimate import BoolArray, Estimate, weighted_proportion
from safeguard.audit._store import statement, warehouse
from safeguard.warehouse import execute


class Measure(NamedTuple):
    """One measure: its key, its name in the report, and what it counts."""

    key: str
    title: str
    meaning: str


#: The measures, for the supplier's CSE flag and for our decision (cse/1) alike.
MEASURES = (
    Measure("accuracy", "accuracy", "of the records judged CSE, the share that carry the flag"),
    Measure("missed", "missed-flag rate", "of the records without the flag, the share judged CSE"),
    Measure("over", "over-flag rate", "of the records with the flag, the share judged not CSE"),
)
SYSTEMS = {"supplier": "supplier CSE flag", "ours": "our decision (cse/1)"}
ALL_FORCES = "all forces"


@dataclass(frozen=True)
class ScopeEstimates:
    """Estimates for one scope (all forces, or one force) of a round."""

    scope: str
    determined: int  # sampled records in scope with a usable determination (cse or not-cse)
    prevalence: Estimate  # share of frame records judged CSE
    estimates: dict[tuple[str, str], Estimate]  # (system, measure key) -> estimate


@dataclass
class RoundReport:
    """One round's results."""

    round_id: int
    name: str
    round_date: dt.date
    frame: str
    force: str | None
    stratify: list[str]
    population: int
    sampled: int
    outcomes: Counter[str] = field(default_factory=Counter)  # cse, not-cse, cannot-tell,...
    agreement: Agreement = field(default_factory=lambda: cohens_kappa([], []))
    overall: ScopeEstimates | None = None
    forces: list[ScopeEstimates] = field(default_factory=list)


class _Data(NamedTuple):
    stratum: np.ndarray
    force: np.ndarray
    supplier: BoolArray
    ours: BoolArray
    cse: BoolArray
    population: np.ndarray


def _scope(data: _Data, scope: str, mask: BoolArray) -> ScopeEstimates:
    st, pop, cse = data.stratum, data.population, data.cse
    estimates = {}
    for system, flag in (("supplier", data.supplier), ("ours", data.ours)):
        estimates[(system, "accuracy")] = weighted_proportion(flag, mask & cse, st, pop)
        estimates[(system, "missed")] = weighted_proportion(cse, mask & ~flag, st, pop)
        estimates[(system, "over")] = weighted_proportion(~cse, mask & flag, st, pop)
    prevalence = weighted_proportion(cse, mask, st, pop)
    return ScopeEstimates(scope, int(mask.sum()), prevalence, estimates)


def _round(con: duckdb.DuckDBPyConnection, info: tuple[Any, ...]) -> RoundReport:
    round_id = int(info[0])
    report = RoundReport(
        round_id, info[1], info[2], info[3], info[4], list(info[5]), int(info[6]), 0
    )
    strata = execute(
        con,
        "SELECT stratum, population FROM audit_strata WHERE round_id = ? ORDER BY stratum",
        [round_id],
    ).fetchall()
    index = {name: i for i, (name, _) in enumerate(strata)}
    rows = execute(con, statement("final"), [round_id]).fetchall()
    report.sampled = len(rows)
    report.outcomes = Counter("unresolved" if r[7] else (r[6] or "not reviewed") for r in rows)
    both = [(r[4], r[5]) for r in rows if r[4] is not None and r[5] is not None]
    report.agreement = cohens_kappa([a for a, _ in both], [b for _, b in both])
    usable = [r for r in rows if r[6] in ("cse", "not-cse")]
    data = _Data(
        np.array([index[r[0]] for r in usable], dtype=np.int64),
        np.array([r[1] or "(no force)" for r in usable], dtype=object),
        np.array([bool(r[2]) for r in usable], dtype=bool),
        np.array([bool(r[3]) for r in usable], dtype=bool),
        np.array([r[6] == "cse" for r in usable], dtype=bool),
        np.array([p for _, p in strata], dtype=np.int64),
    )
    report.overall = _scope(data, ALL_FORCES, np.ones(len(usable), dtype=bool))
    for force in sorted(set(data.force.tolist())):
        report.forces.append(_scope(data, force, data.force == force))
    return report


def audit_report(db: str | Path, round_id: int | None = None) -> list[RoundReport]:
    """Every round's results (or one round's), oldest first.

    Args:
        db: the warehouse.
        round_id: one round only; None for all of them (the trend).

    Returns:
        one :class:`RoundReport` per round.

    Example:
        >>> reports = audit_report("safeguard.duckdb")  # doctest: +SKIP
        >>> reports[-1].overall.prevalence.text()  # doctest: +SKIP
        '39.6% (32.0-47.7)'
    """
    with warehouse(db) as con:
        rounds = execute(con, statement("rounds"), [round_id, round_id]).fetchall()
        return [_round(con, info) for info in rounds]
