"""End to end on a tiny warehouse made with the CLI: sample, review packs, import, two
reviewers, resolution, report (terminal and HTML)."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from safeguard.audit import AuditImportError, audit_report
from safeguard.audit._packs import columns
from safeguard.cli._app import app
from tests.audit.conftest import Tiny, invoke


def _fill_xlsx(path: Path, truth: dict[str, bool], reviewer: str) -> None:
    book = load_workbook(path)
    sheet = book["Review"]
    names = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        key = row[names.index("record")].value
        row[names.index("determination")].value = "cse" if truth.get(str(key)) else "not-cse"
        row[names.index("reviewer")].value = reviewer
    book.save(path)


def _fill_csv(path: Path, truth: dict[str, bool], reviewer: str, flip_every: int) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    flipped = []
    for i, row in enumerate(rows):
        cse = truth.get(row["record"], False)
        if i % flip_every == 0:
            cse = not cse
            flipped.append(row["record"])
        row["determination"], row["reviewer"] = ("cse" if cse else "not-cse"), reviewer
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return flipped


@pytest.mark.slow
def test_the_audit_end_to_end(tiny: Tiny, tmp_path: Path) -> None:
    db, out, truth = tiny.copy(tmp_path), tmp_path / "packs", tiny.truth()
    # strata from the records alone (not our decisions), so a change to identify cannot move it
    design = ["--stratify", "kind,supplier_flagged_cse", "--min-per-stratum", "2"]
    design += ["--second-review", "0.3"]
    when = ["--name", "2026 Q3", "--date", "2026-09-30"]
    where = ["--db", str(db), "--out", str(out)]
    shown = invoke("audit", "sample", "--size", "80", "--seed", "7", *where, *design, *when)
    assert "round-1-review-1.xlsx" in shown and "24 record(s) chosen" in shown
    first, second = out / "round-1-review-1.xlsx", out / "round-1-review-2.csv"
    _fill_xlsx(first, truth, "AB")
    flipped = _fill_csv(second, truth, "CD", flip_every=6)
    assert "imported 80 review(s)" in invoke("audit", "import", str(first), "--db", str(db))
    assert "imported 24 review(s)" in invoke("audit", "import", str(second), "--db", str(db))

    sheet = tmp_path / "resolve.csv"
    listed = invoke("audit", "disagreements", "--db", str(db), "--out", str(sheet))
    assert f"{len(flipped)} disagreement(s)" in listed
    _resolve_sheet(sheet, truth)
    assert f"recorded {len(flipped)}" in invoke("audit", "resolve", str(sheet), "--db", str(db))
    assert "not yet" not in invoke("audit", "disagreements", "--db", str(db))

    html = tmp_path / "report.html"
    text = invoke("audit", "report", "--db", str(db), "--html", str(html))
    assert "supplier CSE flag: accuracy" in text and "round 1 by force" in text
    page = html.read_text("utf-8")
    assert "<svg" in page and "<script" not in page and "2026 Q3" in page

    (report,) = audit_report(db)
    assert report.sampled == 80 and report.outcomes["unresolved"] == 0
    assert report.overall is not None and report.overall.determined == 80
    assert report.agreement.records == 24 and report.agreement.kappa is not None
    assert report.agreement.kappa < 1.0
    accuracy = report.overall.estimates[("supplier", "accuracy")]
    assert accuracy.low <= _frame_truth_all(db, truth) <= accuracy.high


def _frame_truth_all(db: Path, truth: dict[str, bool]) -> float:
    # round 2 is a census of the same frame: its records are the whole frame
    invoke("audit", "sample", "--db", str(db), "--size", "100000", "--seed", "1",
           "--out", str(db.parent / "census"), "--stratify", "none")  # fmt: skip
    sql = """SELECT source || '/' || record_id, supplier_flagged_cse FROM audit_sample
             WHERE round_id = 2"""
    with duckdb.connect(str(db), read_only=True) as con:
        flags = dict(con.execute(sql).fetchall())
    cases = [flags[k] for k in flags if truth.get(k)]
    return float(sum(cases) / len(cases))


def _resolve_sheet(path: Path, truth: dict[str, bool]) -> None:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["resolved determination"] = "cse" if truth.get(row["record"]) else "not-cse"
        row["resolver"] = "EF"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_review_pack_is_pleasant_and_blind_hides_the_answers(tiny: Tiny, tmp_path: Path) -> None:
    db = tiny.copy(tmp_path)
    invoke("audit", "sample", "--db", str(db), "--size", "30", "--seed", "3", "--out",
           str(tmp_path / "open"))  # fmt: skip
    invoke("audit", "sample", "--db", str(db), "--size", "30", "--seed", "3", "--blind",
           "--out", str(tmp_path / "blind"))  # fmt: skip
    book = load_workbook(tmp_path / "open" / "round-1-review-1.xlsx")
    assert book.sheetnames == ["Review", "How to review"]
    sheet = book["Review"]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == columns(blind=False) and sheet.max_row == 31
    narrative = header.index("narrative") + 1
    assert sheet.cell(row=2, column=narrative).alignment.wrap_text
    assert sheet.column_dimensions["N"].width == 80 and sheet.freeze_panes == "C2"
    (rule,) = sheet.data_validations.dataValidation
    assert rule.formula1 == '"cse,not-cse,cannot-tell"' and "O2:O31" in str(rule.sqref)
    blind = load_workbook(tmp_path / "blind" / "round-2-review-1.xlsx")["Review"]
    blind_header = [c.value for c in blind[1]]
    assert not {"supplier flags", "our decision", "our evidence"} & set(blind_header)
    with (tmp_path / "blind" / "round-2-review-1.csv").open(encoding="utf-8-sig") as handle:
        assert next(csv.reader(handle)) == blind_header
    # the same seed drew the same records for both rounds
    records = [[r[1].value for r in s.iter_rows(min_row=2)] for s in (sheet, blind)]
    assert records[0] == records[1]


def test_people_are_shown_by_role_and_age_only(tiny: Tiny, tmp_path: Path) -> None:
    db = tiny.copy(tmp_path)
    invoke(
        "audit", "sample", "--db", str(db), "--size", "40", "--seed", "5", "--out", str(tmp_path)
    )
    with (tmp_path / "round-1-review-1.csv").open(encoding="utf-8-sig") as handle:
        people = [row["people"] for row in csv.DictReader(handle)]
    with duckdb.connect(str(db), read_only=True) as con:
        names = {
            str(n)
            for (n,) in con.execute(
                "SELECT DISTINCT surname FROM persons WHERE surname IS NOT NULL"
            ).fetchall()
        }  # noqa: E501
    words = {w.strip(",;()") for text in people for w in text.split()}
    assert words and not words & names
    assert all(p.split()[0] in ("victim", "subject", "suspect", "associate") for p in people if p)


def test_broken_import_and_bad_resolution_fail_with_the_row(tiny: Tiny, tmp_path: Path) -> None:
    db = tiny.copy(tmp_path)
    invoke(
        "audit", "sample", "--db", str(db), "--size", "30", "--seed", "3", "--out", str(tmp_path)
    )
    result = CliRunner().invoke(app, ["audit", "import", str(tmp_path / "round-1-review-1.csv"),
                                      "--db", str(db)])  # fmt: skip
    assert isinstance(result.exception, AuditImportError)
    assert "row 2, column determination: missing" in str(result.exception)
    result = CliRunner().invoke(app, ["audit", "resolve", "--db", str(db), "--round", "1",
                                      "--record", "kent/NOPE", "--determination", "cse",
                                      "--resolver", "EF"])  # fmt: skip
    assert isinstance(result.exception, AuditImportError)
    assert "'kent/NOPE' is not in the sample of round 1" in str(result.exception)
