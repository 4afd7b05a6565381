"""Drawing an audit round: the sampling frame from the warehouse, a stratified random sample,
and the round, its strata and its sample stored with each record's inclusion probability."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from safeguard.audit._design import allocate, draw, second_review
from safeguard.audit._errors import AuditError
from safeguard.audit._packs import check_out, write_packs
from safeguard.audit._store import statement, warehouse
from safeguard.identify import CHILD_SEXUAL_CODES
from safeguard.warehouse import execute, recorded_run, transaction

FRAMES = ("child", "indicators")
#: Columns a sample may be stratified by (never a protected characteristic).
STRATIFY_COLUMNS = (
    "kind",
    "flag_review",
    "force",
    "source_type",
    "supplier_flagged_cse",
    "cse_met",
    "cse_band",  # met, near (the child and two other criteria met) or not met: cse_band.sql
)
_FRAME_COLUMNS = (
    "source", "record_id", "version", "force", "kind", "source_type",
    "supplier_flagged_cse", "cse_met", "flag_review", "decision_run_id", "cse_band",
)  # fmt: skip


@dataclass(frozen=True)
class SampleRequest:
    """What to draw. ``stratify`` empty: one stratum (a simple random sample)."""

    size: int
    seed: int
    frame: str = "child"
    force: str | None = None
    stratify: tuple[str, ...] = ("flag_review",)
    min_per_stratum: int = 10
    blind: bool = False
    second_review: float = 0.0
    name: str | None = None
    round_date: dt.date | None = None

    def problems(self) -> list[str]:
        """Every problem with the request, all at once."""
        found = []
        if self.frame not in FRAMES:
            found.append(f"--frame must be one of {', '.join(FRAMES)} (got {self.frame!r})")
        unknown = [c for c in self.stratify if c not in STRATIFY_COLUMNS]
        if unknown:
            found.append(
                f"--stratify: unknown column(s) {', '.join(unknown)}; "
                f"choose from {', '.join(STRATIFY_COLUMNS)}, or 'none'"
            )
        if self.size < 1:
            found.append(f"--size must be at least 1 (got {self.size})")
        if self.min_per_stratum < 1:
            found.append(f"--min-per-stratum must be at least 1 (got {self.min_per_stratum})")
        if not 0.0 <= self.second_review <= 1.0:
            found.append(f"--second-review must be a share from 0 to 1 (got {self.second_review})")
        return found


@dataclass(frozen=True)
class StratumSize:
    """One stratum of a round: its label, ``N_h`` and ``n_h``."""

    stratum: str
    population: int
    sampled: int


@dataclass
class AuditRound:
    """A round as drawn."""

    round_id: int
    name: str
    round_date: dt.date
    population: int
    run_id: str
    strata: list[StratumSize] = field(default_factory=list)
    second_review: int = 0
    files: list[Path] = field(default_factory=list)

    @property
    def sampled(self) -> int:
        """Records in the sample."""
        return sum(s.sampled for s in self.strata)


def _label(row: dict[str, Any], columns: tuple[str, ...]) -> str:
    if not columns:
        return "all"
    return "|".join(
        f"{c}={str(row[c]).lower() if row[c] is not None else '(none)'}" for c in columns
    )


def _frame(con: duckdb.DuckDBPyConnection, request: SampleRequest) -> list[dict[str, Any]]:
    decided = execute(con, "SELECT count(*) FROM decisions").fetchone()
    if not decided or not decided[0]:
        raise AuditError("the warehouse has no decisions: run `safeguard identify --db FILE` first")
    undecided = execute(con, statement("undecided")).fetchone()
    if undecided and undecided[0]:
        raise AuditError(
            f"{undecided[0]:,} current records have no decision (loaded after the last identify "
            "run): run `safeguard identify --db FILE` again so the audit compares current decisions"
        )
    params: list[Any] = [request.force, request.force]
    if request.frame == "child":
        params.append(sorted(CHILD_SEXUAL_CODES))
    execute(con, statement("cse_band"))
    result = execute(con, statement(f"frame_{request.frame}"), params)
    rows = [dict(zip(_FRAME_COLUMNS, r, strict=True)) for r in result.fetchall()]
    if not rows:
        raise AuditError(_empty_frame(con, request))
    return rows


def _empty_frame(con: duckdb.DuckDBPyConnection, request: SampleRequest) -> str:
    if request.force is None:
        return f"the {request.frame} frame is empty: no record qualifies (see docs/audit.md)"
    forces = [r[0] for r in execute(con, statement("forces")).fetchall()]
    shown = ", ".join(forces[:10]) + (" ..." if len(forces) > 10 else "")
    return (
        f"no record of force {request.force!r} is in the {request.frame} frame; "
        f"forces in the warehouse: {shown or 'none'}"
    )


def _choose(
    rows: list[dict[str, Any]], request: SampleRequest
) -> tuple[list[StratumSize], list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:  # rows arrive sorted by key, so positions inside a stratum are stable
        groups[_label(row, request.stratify)].append(row)
    labels = sorted(groups)
    populations = [len(groups[label]) for label in labels]
    sizes = allocate(populations, request.size, request.min_per_stratum)
    chosen: list[dict[str, Any]] = []
    for label, population, size, positions in zip(
        labels, populations, sizes, draw(populations, sizes, request.seed), strict=True
    ):
        for position in positions:
            chosen.append({**groups[label][int(position)], "stratum": label,
                           "inclusion_probability": size / population})  # fmt: skip
    chosen.sort(key=lambda r: (r["source"], r["record_id"]))
    twice = set(second_review(len(chosen), request.second_review, request.seed).tolist())
    for i, row in enumerate(chosen):
        row["second_review"] = i in twice
    strata = [StratumSize(lb, p, s) for lb, p, s in zip(labels, populations, sizes, strict=True)]
    return strata, chosen


def draw_round(db: str | Path, request: SampleRequest, out: Path) -> AuditRound:
    """Draw a new audit round, store it and write its review packs.

    The round, its strata and its sample (``audit_rounds``, ``audit_strata``, ``audit_sample``)
    are committed only once the packs are written, so there is never a round without packs.

    Args:
        db: the warehouse, already decided by ``safeguard identify``.
        request: the frame, scope, size, seed and design.
        out: the folder for the review packs (created if need be; packs are never overwritten).

    Returns:
        the :class:`AuditRound`, with the size of every stratum.

    Example:
        >>> request = SampleRequest(size=200, seed=1)
        >>> draw_round("safeguard.duckdb", request, Path("audit"))  # doctest: +SKIP
        200
    """
    problems = request.problems()
    if problems:
        raise AuditError("; ".join(problems))
    with warehouse(db) as con:
        rows = _frame(con, request)
        strata, chosen = _choose(rows, request)
        parameters = {k: v for k, v in request.__dict__.items() if k != "round_date"}
        with recorded_run(con, "audit sample", parameters) as run:
            audit = _store(con, request, (strata, chosen), run.run_id, len(rows), out)
            run.counts = {"population": len(rows), "sampled": audit.sampled,
                          "second_review": audit.second_review, "strata": len(strata)}  # fmt: skip
    return audit


def _store(
    con: duckdb.DuckDBPyConnection,
    request: SampleRequest,
    drawn: tuple[list[StratumSize], list[dict[str, Any]]],
    run_id: str,
    population: int,
    out: Path,
) -> AuditRound:
    strata, chosen = drawn
    with transaction(con):
        row = execute(con, "SELECT coalesce(max(round_id), 0) + 1 FROM audit_rounds").fetchone()
        round_id = int(row[0]) if row else 1
        day = request.round_date or dt.date.today()
        name = request.name or f"round {round_id} ({day.isoformat()})"
        execute(con, statement("insert_round"), [
            round_id, name, day, request.frame, request.force, list(request.stratify),
            request.size, request.seed, request.min_per_stratum, request.blind,
            request.second_review, population, run_id,
        ])  # fmt: skip
        for s in strata:
            execute(con, "INSERT INTO audit_strata VALUES (?, ?, ?, ?)",
                    [round_id, s.stratum, s.population, s.sampled])  # fmt: skip
        table = pa.Table.from_pylist([{**r, "round_id": round_id} for r in chosen])
        con.register("__sg_audit_chosen", table)
        try:
            execute(con, statement("insert_sample"))
        finally:
            con.unregister("__sg_audit_chosen")
        check_out(out, round_id)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise AuditError(f"{out}: cannot make the folder for the packs ({error})") from None
        files = write_packs(con, round_id, out, request.blind)
    twice = int(np.sum([r["second_review"] for r in chosen]))
    return AuditRound(round_id, name, day, population, run_id, strata, twice, files)
