"""Two reviewers: the records they judged differently, and the resolutions that settle them."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from safeguard.audit._columns import (
    DETERMINATIONS,
    RESOLUTION_COLUMNS,
    RESOLUTION_REQUIRED,
    RESOLUTION_SHEET,
    determination,
    safe_cell,
)
from safeguard.audit._errors import AuditError, AuditImportError
from safeguard.audit._import import Key, parse_key, sample_index
from safeguard.audit._readers import read_sheet
from safeguard.audit._store import statement, warehouse
from safeguard.warehouse import execute, recorded_run, transaction

_CHOICES = ", ".join(DETERMINATIONS)
_DELETE = "DELETE FROM audit_resolutions WHERE round_id = ? AND source = ? AND record_id = ?"
_INSERT = "INSERT INTO audit_resolutions VALUES (?, ?, ?, ?, ?, ?, ?, ?)"


@dataclass(frozen=True)
class Disagreement:
    """A record the two reviewers judged differently, and its resolution if there is one."""

    round_id: int
    record: str
    first: tuple[str, str, str]  # determination, reviewer, comment
    second: tuple[str, str, str]
    narrative: str
    resolved: str | None
    resolver: str | None
    note: str | None


def disagreements(db: str | Path, round_id: int | None = None) -> list[Disagreement]:
    """Every record whose first and second reviews differ, resolved or not.

    Args:
        db: the warehouse.
        round_id: one round, or every round.

    Returns:
        the disagreements, by round and record.
    """
    with warehouse(db) as con:
        rows = execute(con, statement("disagreements"), [round_id, round_id]).fetchall()
    return [
        Disagreement(
            int(r[0]),
            f"{r[1]}/{r[2]}",
            (r[3], r[4], r[5] or ""),
            (r[6], r[7], r[8] or ""),
            r[9],
            r[10],
            r[11],
            r[12],
        )  # fmt: skip
        for r in rows
    ]


def write_resolution_sheet(items: list[Disagreement], path: Path) -> Path:
    """Write the unresolved disagreements for a resolver to fill in (``.xlsx`` or ``.csv``).

    Args:
        items: the disagreements (resolved ones are left out).
        path: the sheet to write; its suffix chooses the format.

    Returns:
        the path written.
    """
    rows = [
        [d.round_id, d.record, *d.first, *d.second, d.narrative, "", "", ""]
        for d in items
        if d.resolved is None
    ]
    try:
        if path.suffix.lower() == ".csv":
            with path.open("w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(RESOLUTION_COLUMNS)
                writer.writerows([[safe_cell(v) for v in row] for row in rows])
        elif path.suffix.lower() == ".xlsx":
            _xlsx(rows, path)
        else:
            raise AuditError(f"{path}: write the resolution sheet as .xlsx or .csv")
    except OSError as error:
        raise AuditError(f"{path}: cannot write the resolution sheet ({error})") from None
    return path


def _xlsx(rows: list[list[Any]], path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = RESOLUTION_SHEET
    sheet.append(list(RESOLUTION_COLUMNS))
    widths = (7, 26, 14, 12, 30, 14, 12, 30, 70, 16, 14, 30)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
        header = sheet.cell(row=1, column=i)
        header.font = Font(bold=True)
        header.fill = PatternFill("solid", fgColor="FFF2CC" if i >= 10 else "DDE4EE")
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    rule = DataValidation(type="list", formula1='"' + ",".join(DETERMINATIONS) + '"',
                          allow_blank=True, showErrorMessage=True,
                          error="Choose cse, not-cse or cannot-tell from the list.")  # fmt: skip
    rule.add(f"J2:J{max(len(rows) + 1, 2)}")
    sheet.add_data_validation(rule)
    sheet.freeze_panes = "C2"
    book.save(path)


def _disputed(con: duckdb.DuckDBPyConnection) -> set[Key]:
    return {
        (int(r[0]), str(r[1]), str(r[2]))
        for r in execute(con, statement("disagreements"), [None, None]).fetchall()
    }


def _check(
    label: str, number: int, cells: dict[str, str], sample: dict[Key, bool], disputed: set[Key]
) -> tuple[dict[str, Any] | None, list[str]]:
    where = f"{label}, row {number}, "
    problems = []
    key, trouble = parse_key(cells.get("round", ""), cells.get("record", ""), sample)
    if trouble:
        problems.append(where + trouble)
    elif key not in disputed:
        problems.append(
            where
            + f"column record: {cells['record']} has no disagreement between two reviews to resolve"
        )
    text = cells.get("resolved determination", "")
    found = determination(text)
    if found is None:
        problems.append(
            where
            + (
                f"column resolved determination: {text!r} is not one of {_CHOICES}"
                if text
                else f"column resolved determination: missing; choose {_CHOICES}"
            )
        )
    if not cells.get("resolver"):
        problems.append(where + "column resolver: missing; write the resolver's name or initials")
    if problems or key is None or found is None:
        return None, problems
    row = {
        "key": key,
        "determination": found,
        "resolver": cells["resolver"],
        "note": cells.get("note") or None,
    }
    return row, []


def import_resolutions(db: str | Path, path: Path) -> int:
    """Check a filled-in resolution sheet and record its resolutions, all or nothing.

    Rows with no resolved determination and no resolver are left alone (still unresolved).

    Args:
        db: the warehouse.
        path: the sheet written by :func:`write_resolution_sheet`, filled in.

    Returns:
        how many resolutions were recorded.

    Raises:
        AuditImportError: the file has problems; nothing was recorded.
    """
    table = read_sheet(path, RESOLUTION_SHEET, RESOLUTION_REQUIRED)
    filled = [(n, c) for n, c in table.rows if c.get("resolved determination") or c.get("resolver")]
    return _record(db, path.name, filled, str(path))


def resolve_one(
    db: str | Path, round_id: int, record: str, decided: str, resolver: str, note: str | None
) -> int:
    """Record one resolution given on the command line (checked as a sheet row would be).

    Args:
        db: the warehouse.
        round_id: the round.
        record: the record, ``source/record_id``.
        decided: the resolved determination.
        resolver: who resolved it.
        note: why, if given.

    Returns:
        1, the resolutions recorded.

    Raises:
        AuditImportError: the record has no disagreement, or a value is missing or invalid.
    """
    cells = {"round": str(round_id), "record": record, "resolved determination": decided,
             "resolver": resolver, "note": note or ""}  # fmt: skip
    return _record(db, "command line", [(1, cells)], "resolve")


def _record(db: str | Path, label: str, rows: list[tuple[int, dict[str, str]]], where: str) -> int:
    with warehouse(db) as con:
        sample, disputed = sample_index(con), _disputed(con)
        good: dict[Key, dict[str, Any]] = {}
        problems: list[str] = []
        for number, cells in rows:
            row, found = _check(label, number, cells, sample, disputed)
            problems += found
            if row is not None and row["key"] in good:
                twice = f"column record: {cells['record']} is resolved twice; keep one row"
                problems.append(f"{label}, row {number}, {twice}")
            elif row is not None:
                good[row["key"]] = row
        if problems or not good:
            raise AuditImportError(where, problems or ["no filled-in resolution to record"])
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with recorded_run(con, "audit resolve", {"file": label}) as run, transaction(con):
            for key, row in good.items():
                values = [row["determination"], row["resolver"], row["note"], now, run.run_id]
                execute(con, _DELETE, list(key))
                execute(con, _INSERT, [*key, *values])
            run.counts = {"resolutions": len(good)}
    return len(good)
