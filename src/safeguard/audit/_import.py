"""Importing filled-in review packs: every row checked, every problem reported, all or nothing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from safeguard.audit._columns import DETERMINATIONS, REQUIRED_COLUMNS, SHEET, determination
from safeguard.audit._errors import AuditImportError
from safeguard.audit._readers import read_sheet
from safeguard.audit._store import warehouse
from safeguard.warehouse import execute, recorded_run, transaction

Key = tuple[int, str, str]  # round, source, record_id
_CHOICES = ", ".join(DETERMINATIONS)
_UNSURE = "(cannot-tell when the record does not say enough)"
_WHERE = "WHERE round_id = ? AND source = ? AND record_id = ?"
_DELETE_REVIEW = f"DELETE FROM audit_reviews {_WHERE} AND review = ? RETURNING 1"
_DELETE_RESOLUTION = f"DELETE FROM audit_resolutions {_WHERE} RETURNING 1"


@dataclass
class ReviewImport:
    """What an import recorded."""

    run_id: str = ""
    determinations: Counter[str] = field(default_factory=Counter)
    replaced: int = 0  # earlier reviews of the same record and review number, now replaced
    resolutions_dropped: int = 0  # resolutions of records whose reviews changed

    @property
    def recorded(self) -> int:
        """How many reviews were recorded."""
        return sum(self.determinations.values())


def sample_index(con: duckdb.DuckDBPyConnection) -> dict[Key, bool]:
    """Every sampled record of every round, with whether it is due a second review."""
    rows = execute(con, "SELECT round_id, source, record_id, second_review FROM audit_sample")
    return {(int(r), str(s), str(i)): bool(t) for r, s, i, t in rows.fetchall()}


def parse_key(
    round_text: str, record: str, sample: dict[Key, bool]
) -> tuple[Key | None, str | None]:
    """The sampled record a row names, or the problem with it (naming the column)."""
    try:
        round_id = int(round_text)
    except ValueError:
        return (
            None,
            f"column round: {round_text!r} is not a round number"
            if round_text
            else "column round: missing",
        )
    if not any(k[0] == round_id for k in sample):
        return None, f"column round: {round_id} is not an audit round in this warehouse"
    source, _, record_id = record.partition("/")
    key = (round_id, source, record_id)
    if not record:
        return None, "column record: missing"
    if key not in sample:
        restore = "restore the id as the pack wrote it"
        return (
            None,
            f"column record: {record!r} is not in the sample of round {round_id}; {restore}",
        )
    return key, None


def _first_reviewers(con: duckdb.DuckDBPyConnection) -> dict[Key, str]:
    rows = execute(
        con, "SELECT round_id, source, record_id, reviewer FROM audit_reviews WHERE review = 1"
    )
    return {(int(r), str(s), str(i)): str(n) for r, s, i, n in rows.fetchall()}


class _Checker:
    """Checks rows one by one, remembering what earlier rows said."""

    def __init__(self, path: Path, sample: dict[Key, bool], first: dict[Key, str]) -> None:
        self.path = path
        self.sample = sample
        self.first = dict(first)
        self.seen: dict[tuple[Key, int], int] = {}
        self.problems: list[str] = []
        self.good: list[dict[str, Any]] = []

    def problem(self, number: int, text: str) -> None:
        self.problems.append(f"{self.path.name}, row {number}, {text}")

    def row(self, number: int, cells: dict[str, str]) -> None:
        key, trouble = parse_key(cells.get("round", ""), cells.get("record", ""), self.sample)
        if trouble:
            self.problem(number, trouble)
        review = cells.get("review", "")
        if review not in ("1", "2"):
            self.problem(
                number, f"column review: {review!r} must be 1 (first review) or 2 (second)"
            )
        found = determination(cells.get("determination", ""))
        if not cells.get("determination"):
            self.problem(number, f"column determination: missing; choose {_CHOICES} {_UNSURE}")
        elif found is None:
            self.problem(
                number, f"column determination: {cells['determination']!r} is not one of {_CHOICES}"
            )
        reviewer = cells.get("reviewer", "")
        if not reviewer:
            self.problem(number, "column reviewer: missing; write the reviewer's name or initials")
        if key is None or review not in ("1", "2") or found is None or not reviewer:
            return
        self._accept(number, key, int(review), found, reviewer, cells.get("comment") or None)

    def _accept(
        self, number: int, key: Key, review: int, found: str, reviewer: str, comment: str | None
    ) -> None:
        earlier = self.seen.get((key, review))
        if earlier is not None:
            which = f"{key[1]}/{key[2]}, review {review}"
            self.problem(number, f"column record: a duplicate of row {earlier} ({which}); keep one")
            return
        self.seen[(key, review)] = number
        if review == 2 and not self.sample[key]:
            self.problem(
                number, f"column review: {key[1]}/{key[2]} was not chosen for a second review"
            )
            return
        if review == 1:
            self.first[key] = reviewer
        elif self.first.get(key, "").casefold() == reviewer.casefold():
            self.problem(
                number,
                f"column reviewer: {reviewer!r} also made the first review of {key[1]}/{key[2]}; "
                "the second review must be by someone else",
            )
            return
        self.good.append(
            dict(round_id=key[0], source=key[1], record_id=key[2], review=review,
                 reviewer=reviewer, determination=found, comment=comment, input_row=number)
        )  # fmt: skip


def import_reviews(db: str | Path, path: Path) -> ReviewImport:
    """Check a filled-in review pack (XLSX or CSV) and record its reviews in ``audit_reviews``.

    Every row is checked before anything is written: an unknown round or record, a missing or
    invalid determination, a missing reviewer, a duplicate row, a second review of a record not
    chosen for one or by its first reviewer. Any problem stops the import and every problem is
    reported by file, row and column. A record reviewed again (same review number) replaces
    the earlier review, and any resolution of it is dropped.

    Args:
        db: the warehouse holding the round.
        path: the filled-in pack.

    Returns:
        the :class:`ReviewImport`.

    Raises:
        AuditImportError: the file has problems; nothing was imported.
    """
    table = read_sheet(path, SHEET, REQUIRED_COLUMNS)
    with warehouse(db) as con:
        checker = _Checker(path, sample_index(con), _first_reviewers(con))
        for number, cells in table.rows:
            checker.row(number, cells)
        if not checker.good and not checker.problems:
            checker.problems.append(f"{path.name}: no filled-in rows to import")
        if checker.problems:
            raise AuditImportError(str(path), checker.problems)
        return _load(con, path, checker.good)


def _load(con: duckdb.DuckDBPyConnection, path: Path, rows: list[dict[str, Any]]) -> ReviewImport:
    result = ReviewImport(determinations=Counter(r["determination"] for r in rows))
    with recorded_run(con, "audit import", {"file": path.name}) as run, transaction(con):
        result.run_id = run.run_id
        for row in rows:
            key = [row["round_id"], row["source"], row["record_id"]]
            gone = execute(con, _DELETE_REVIEW, [*key, row["review"]]).fetchall()
            if gone:
                result.replaced += 1
                dropped = execute(con, _DELETE_RESOLUTION, key).fetchall()
                result.resolutions_dropped += len(dropped)
            execute(con, "INSERT INTO audit_reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [*key, row["review"], row["reviewer"], row["determination"], row["comment"],
                     path.name, row["input_row"], run.run_id])  # fmt: skip
        run.inputs = [{"path": path.name, "rows": len(rows)}]
        run.counts = {**result.determinations, "replaced": result.replaced}
    return result
