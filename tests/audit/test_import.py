"""Importing review packs: broken files are reported row by row and nothing is half-loaded."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook

from safeguard.audit import AuditImportError, SampleRequest, draw_round, import_reviews
from tests.audit.conftest import Tiny

Rows = list[dict[str, str]]


@dataclass(frozen=True)
class Round:
    db: Path
    packs: Path


@pytest.fixture(scope="module")
def drawn(tiny: Tiny, tmp_path_factory: pytest.TempPathFactory) -> Round:
    folder = tmp_path_factory.mktemp("audit-import")
    db = tiny.copy(folder)
    draw_round(
        db, SampleRequest(size=12, seed=4, min_per_stratum=2, second_review=0.5), folder / "packs"
    )
    return Round(db, folder / "packs")


def _filled(drawn: Round, review: int = 1) -> Rows:
    path = drawn.packs / f"round-1-review-{review}.csv"
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["determination"], row["reviewer"] = "not-cse", "AB"
    return rows


def _write(path: Path, rows: Rows, columns: list[str] | None = None) -> Path:
    names = columns or list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _reviews(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT count(*) FROM audit_reviews").fetchone()
    return int(row[0]) if row else 0


def _set(index: int, column: str, value: str) -> Callable[[Rows], Rows]:
    def change(rows: Rows) -> Rows:
        rows[index][column] = value
        return rows

    return change


def _second_not_chosen(drawn_rows: Rows, chosen: set[str]) -> Rows:
    spare = next(r for r in drawn_rows if r["record"] not in chosen)
    return drawn_rows + [{**spare, "review": "2", "reviewer": "CD"}]


BROKEN: list[tuple[str, Callable[[Rows], Rows], str]] = [
    ("unknown record id", _set(1, "record", "kent/NOT-IN-SAMPLE"),
     "row 3, column record: 'kent/NOT-IN-SAMPLE' is not in the sample of round 1"),
    ("missing determination", _set(2, "determination", ""),
     "row 4, column determination: missing; choose cse, not-cse, cannot-tell"),
    ("invalid determination", _set(0, "determination", "probably"),
     "row 2, column determination: 'probably' is not one of cse, not-cse, cannot-tell"),
    ("duplicate row", lambda rows: rows + [dict(rows[0])], "column record: a duplicate of row 2"),
    ("unknown round", _set(0, "round", "9"), "row 2, column round: 9 is not an audit round"),
    ("round not a number", _set(0, "round", "first"),
     "row 2, column round: 'first' is not a round"),
    ("missing reviewer", _set(3, "reviewer", ""), "row 5, column reviewer: missing"),
    ("review number not 1 or 2", _set(0, "review", "3"), "row 2, column review: '3' must be 1"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "message"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_csv_is_reported_and_nothing_loaded(
    drawn: Round, tmp_path: Path, change: Callable[[Rows], Rows], message: str
) -> None:
    path = _write(tmp_path / "filled.csv", change(_filled(drawn)))
    with pytest.raises(AuditImportError) as raised:
        import_reviews(drawn.db, path)
    assert message in str(raised.value)
    assert "filled.csv" in str(raised.value) and "nothing was imported" in str(raised.value)
    assert _reviews(drawn.db) == 0


def test_second_review_of_a_record_not_chosen(drawn: Round, tmp_path: Path) -> None:
    chosen = {r["record"] for r in _filled(drawn, review=2)}
    path = _write(tmp_path / "filled.csv", _second_not_chosen(_filled(drawn), chosen))
    with pytest.raises(AuditImportError, match="was not chosen for a second review"):
        import_reviews(drawn.db, path)
    assert _reviews(drawn.db) == 0


def test_second_review_by_the_first_reviewer(drawn: Round, tmp_path: Path) -> None:
    chosen = {r["record"] for r in _filled(drawn, review=2)}
    rows = _filled(drawn)
    twice = next(r for r in rows if r["record"] in chosen)
    path = _write(tmp_path / "filled.csv", [*rows, {**twice, "review": "2", "reviewer": "ab"}])
    with pytest.raises(AuditImportError, match="'ab' also made the first review"):
        import_reviews(drawn.db, path)
    assert _reviews(drawn.db) == 0


def test_every_problem_is_listed_at_once(drawn: Round, tmp_path: Path) -> None:
    rows = _filled(drawn)
    rows[0]["determination"], rows[1]["reviewer"], rows[2]["record"] = "", "", "kent/X"
    with pytest.raises(AuditImportError) as raised:
        import_reviews(drawn.db, _write(tmp_path / "filled.csv", rows))
    assert len(raised.value.problems) == 3
    assert [p.split(",")[1].strip() for p in raised.value.problems] == ["row 2", "row 3", "row 4"]


def test_wrong_columns(drawn: Round, tmp_path: Path) -> None:
    rows = _filled(drawn)
    columns = [c for c in rows[0] if c != "determination"]
    with pytest.raises(AuditImportError, match=r"row 1: missing column\(s\) determination"):
        import_reviews(drawn.db, _write(tmp_path / "filled.csv", rows, columns))
    assert _reviews(drawn.db) == 0


def test_wrong_sheet(drawn: Round, tmp_path: Path) -> None:
    book = load_workbook(drawn.packs / "round-1-review-1.xlsx")
    book["Review"].title = "Sheet1"
    book.save(tmp_path / "renamed.xlsx")
    with pytest.raises(AuditImportError, match="no sheet named 'Review' \\(sheets: Sheet1"):
        import_reviews(drawn.db, tmp_path / "renamed.xlsx")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"hello", "expected .xlsx or .csv"),
        ("broken.xlsx", b"not a zip", "not a readable XLSX workbook"),
        ("empty.csv", b"", "the file is empty"),
    ],
    ids=["not a spreadsheet", "corrupt workbook", "empty file"],
)
def test_unreadable_files(
    drawn: Round, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(AuditImportError, match=message):
        import_reviews(drawn.db, tmp_path / name)


def test_a_good_pack_loads_and_a_corrected_one_replaces_it(drawn: Round, tmp_path: Path) -> None:
    rows = _filled(drawn)
    rows[0]["determination"] = "Not CSE"  # a spelling the import understands
    import_reviews(drawn.db, _write(tmp_path / "filled.csv", rows))
    assert _reviews(drawn.db) == len(rows)
    rows[0]["determination"] = "cse"
    again = import_reviews(drawn.db, _write(tmp_path / "filled.csv", rows))
    assert again.replaced == len(rows) and _reviews(drawn.db) == len(rows)
    with duckdb.connect(str(drawn.db)) as con:
        con.execute("DELETE FROM audit_reviews")  # leave the module's warehouse as it was
