"""Review packs: the sample of a round as XLSX and CSV, one row per record, for reviewers.

A first-review pack holds every sampled record; a second-review pack holds the records chosen
for an independent second review. A blind pack leaves out the supplier's flags and our
decision and evidence altogether (hidden columns can be shown again, so they are not written).
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import duckdb
import orjson
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from safeguard.audit._columns import (
    BLIND_HIDES,
    DETERMINATION_HELP,
    DETERMINATIONS,
    GUIDE_SHEET,
    PACK_COLUMNS,
    SHEET,
    safe_cell,
)
from safeguard.audit._errors import AuditError
from safeguard.audit._store import statement
from safeguard.definitions import get_definition
from safeguard.reference import offence_codes
from safeguard.warehouse import execute

WIDTHS = {
    "round": 7, "record": 26, "review": 8, "force": 18, "source type": 16, "kind": 14,
    "recorded": 11, "occurred": 11, "offence codes": 30, "people": 26, "supplier flags": 14,
    "our decision": 22, "our evidence": 48, "narrative": 80, "determination": 15,
    "reviewer": 14, "comment": 40,
}  # fmt: skip
WRAPPED = {"offence codes", "people", "our decision", "our evidence", "narrative", "comment"}
INPUT = ("determination", "reviewer", "comment")
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")


def pack_file(out: Path, round_id: int, review: int, suffix: str) -> Path:
    """Where a pack is written: ``DIR/round-<id>-review-<n>.<suffix>``."""
    return out / f"round-{round_id}-review-{review}.{suffix}"


def columns(blind: bool) -> tuple[str, ...]:
    """The pack's columns, without the supplier's and our view when blind."""
    return tuple(c for c in PACK_COLUMNS if not (blind and c in BLIND_HIDES))


def _codes(codes: list[str] | None) -> str:
    names = offence_codes()
    return "; ".join(f"{c} {names[c].description}" if c in names else c for c in codes or [])


def _decision_text(decision: dict[str, Any]) -> str:
    cse = decision.get("cse", {})
    verdict = "meets" if cse.get("met") else "does not meet"
    text = f"{verdict} {cse.get('definition', 'cse/1')} (confidence {cse.get('confidence', 0):.2f})"
    network = decision.get("organised_network", {})
    if network.get("met"):
        text += f"; meets {network.get('definition', 'organised-network/1')}"
    return text


def _evidence_text(decision: dict[str, Any]) -> str:
    lines = []
    for part in ("cse", "organised_network"):
        for criterion in decision.get(part, {}).get("criteria", []):
            state = "met" if criterion.get("met") else "not met"
            cited = "; ".join(criterion.get("evidence", [])) or "no evidence"
            lines.append(f"{criterion.get('id')} ({state}): {cited}")
    return "\n".join(lines)


def _row(raw: tuple[Any, ...], round_id: int, review: int) -> dict[str, Any]:
    (source, record_id, _, force, source_type, kind, recorded, occurred, codes, people, flags,
     _, _, decision_json, narrative) = raw  # fmt: skip
    decision = orjson.loads(decision_json) if decision_json else {}
    return {
        "round": round_id, "record": f"{source}/{record_id}", "review": review,
        "force": force or "", "source type": source_type, "kind": kind,
        "recorded": recorded.isoformat() if recorded else "",
        "occurred": occurred.isoformat() if occurred else "", "offence codes": _codes(codes),
        "people": people, "supplier flags": ", ".join(flags or []) or "none",
        "our decision": _decision_text(decision), "our evidence": _evidence_text(decision),
        "narrative": narrative, "determination": "", "reviewer": "", "comment": "",
    }  # fmt: skip


def write_packs(
    con: duckdb.DuckDBPyConnection, round_id: int, out: Path, blind: bool
) -> list[Path]:
    """Write the round's review packs (XLSX and CSV; a second pack when some are reviewed twice).

    Args:
        con: the warehouse holding the round.
        round_id: the round.
        out: the folder to write into (created if need be).
        blind: leave out the supplier's flags and our decision and evidence.

    Returns:
        the files written.
    """
    raw = execute(con, statement("pack_rows"), [round_id, round_id]).fetchall()
    written: list[Path] = []
    for review in (1, 2):
        chosen = [r for r in raw if review == 1 or r[2]]
        if not chosen:
            continue
        rows = [_row(r, round_id, review) for r in chosen]
        names = columns(blind)
        written.append(_write_xlsx(pack_file(out, round_id, review, "xlsx"), rows, names, review))
        written.append(_write_csv(pack_file(out, round_id, review, "csv"), rows, names))
    return written


def check_out(out: Path, round_id: int) -> None:
    """Refuse to overwrite packs a reviewer may already be working in.

    Args:
        out: the folder for the packs.
        round_id: the round whose packs are about to be written.

    Raises:
        AuditError: a pack of that round is already there.
    """
    existing = [
        p for r in (1, 2) for s in ("xlsx", "csv") if (p := pack_file(out, round_id, r, s)).exists()
    ]
    if existing:
        raise AuditError(
            f"{existing[0]} already exists: choose another --out folder, or move the old packs away"
        )


def _write_csv(path: Path, rows: list[dict[str, Any]], names: tuple[str, ...]) -> Path:
    try:
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(names)
            for row in rows:
                writer.writerow([safe_cell(row[n]) for n in names])
    except OSError as error:
        raise AuditError(f"{path}: cannot write the review pack ({error})") from None
    return path


def _write_xlsx(
    path: Path, rows: list[dict[str, Any]], names: tuple[str, ...], review: int
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = SHEET
    _fill(sheet, rows, names)
    _guide(book.create_sheet(GUIDE_SHEET), review, len(rows))
    try:
        book.save(path)
    except OSError as error:
        raise AuditError(f"{path}: cannot write the review pack ({error})") from None
    return path


def _fill(sheet: Worksheet, rows: list[dict[str, Any]], names: tuple[str, ...]) -> None:
    sheet.append(list(names))
    for i, name in enumerate(names, start=1):
        cell = sheet.cell(row=1, column=i)
        cell.font = Font(bold=True)
        cell.fill = _INPUT_FILL if name in INPUT else _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(i)].width = WIDTHS[name]
    top, wrap = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    for number, row in enumerate(rows, start=2):
        sheet.append([safe_cell(row[n]) for n in names])
        lines = 1
        for i, name in enumerate(names, start=1):
            sheet.cell(row=number, column=i).alignment = wrap if name in WRAPPED else top
            if name in WRAPPED:
                text = str(row[name])
                lines = max(
                    lines, sum(math.ceil(len(t) / WIDTHS[name]) or 1 for t in text.split("\n"))
                )
        sheet.row_dimensions[number].height = 15 * min(lines, 20)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    _validation(sheet, names, len(rows))


def _validation(sheet: Worksheet, names: tuple[str, ...], count: int) -> None:
    letter = get_column_letter(names.index("determination") + 1)
    rule = DataValidation(
        type="list",
        formula1='"' + ",".join(DETERMINATIONS) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Not a determination",
        error="Choose cse, not-cse or cannot-tell from the list.",
        showInputMessage=True,
        promptTitle="Determination",
        prompt="cse, not-cse, or cannot-tell when the record does not say enough.",
    )
    rule.add(f"{letter}2:{letter}{max(count + 1, 2)}")
    sheet.add_data_validation(rule)


def _guide(sheet: Worksheet, review: int, count: int) -> None:
    definition = get_definition("cse/1")
    which = "first" if review == 1 else "independent second"
    lines = [
        ("How to review", True),
        (f"This pack holds {count} records for the {which} review of this audit round.", False),
        ("For each row, read the narrative and the facts, then fill in the yellow columns:", False),
        *((f"determination: {d} = {DETERMINATION_HELP[d]}", False) for d in DETERMINATIONS),
        (
            "reviewer: your name or initials (required); comment: why, in a few words (optional).",
            False,
        ),
        ("Do not add, remove or reorder columns, or rename the Review sheet.", False),
        ("Judge the record against the definition below, not against any flag.", False),
        ("Import the pack with: safeguard audit import FILE --db WAREHOUSE", False),
        ("", False),
        (f"The definition ({definition.id}/{definition.version})", True),
        (" ".join(definition.text.split()), False),
    ]
    sheet.column_dimensions["A"].width = 110
    for number, (text, bold) in enumerate(lines, start=1):
        cell = sheet.cell(row=number, column=1, value=text)
        cell.font = Font(bold=bold)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
