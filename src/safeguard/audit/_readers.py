"""Reading a filled-in sheet back: XLSX (a named sheet) or CSV, as rows of text by column name."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from safeguard.audit._errors import AuditImportError


@dataclass(frozen=True)
class Sheet:
    """A table read from a file: its column names and its rows (spreadsheet row numbers)."""

    path: Path
    columns: tuple[str, ...]
    rows: list[tuple[int, dict[str, str]]]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value).strip()
    # a cell the pack quoted so that it is not run as a formula comes back quoted
    return text[1:] if text[:2] in ("'=", "'+", "'-", "'@") else text


def _rows(path: Path, header: list[object], body: list[tuple[int, list[object]]]) -> Sheet:
    names = tuple(_text(h).lower() for h in header)
    rows = []
    for number, values in body:
        cells = {n: _text(v) for n, v in zip(names, values, strict=False) if n}
        if any(cells.values()):  # a blank row (Excel keeps some at the end) is not a row
            rows.append((number, cells))
    return Sheet(path, names, rows)


def read_sheet(path: Path, sheet: str, required: tuple[str, ...]) -> Sheet:
    """Read a review or resolution file as written by the audit, and check its columns.

    Args:
        path: an ``.xlsx`` file (the sheet named ``sheet`` is read) or a ``.csv`` file.
        sheet: the sheet an XLSX file must have.
        required: the columns that must be present.

    Returns:
        the :class:`Sheet`.

    Raises:
        AuditImportError: the file cannot be read, has no such sheet, or lacks a column.
    """
    if not path.is_file():
        raise AuditImportError(str(path), ["no such file"])
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table = _read_xlsx(path, sheet)
    elif suffix == ".csv":
        table = _read_csv(path)
    else:
        raise AuditImportError(
            str(path), [f"not a review file: expected .xlsx or .csv, got {suffix or 'no suffix'}"]
        )
    missing = [c for c in required if c not in table.columns]
    if missing:
        found = ", ".join(c for c in table.columns if c) or "none"
        raise AuditImportError(
            str(path),
            [f"row 1: missing column(s) {', '.join(missing)} (found: {found}); "
             "import the file as the audit wrote it, with its header row unchanged"],
        )  # fmt: skip
    return table


def _read_xlsx(path: Path, sheet: str) -> Sheet:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise AuditImportError(str(path), [f"not a readable XLSX workbook ({error})"]) from None
    try:
        if sheet not in book.sheetnames:
            raise AuditImportError(
                str(path),
                [f"no sheet named {sheet!r} (sheets: {', '.join(book.sheetnames)}); "
                 f"keep the pack's {sheet!r} sheet and its name"],
            )  # fmt: skip
        values = [list(r) for r in book[sheet].iter_rows(values_only=True)]
    finally:
        book.close()
    if not values:
        raise AuditImportError(str(path), [f"sheet {sheet!r} is empty"])
    return _rows(path, values[0], list(enumerate(values[1:], start=2)))


def _read_csv(path: Path) -> Sheet:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            values: list[list[object]] = [list(r) for r in csv.reader(handle)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise AuditImportError(str(path), [f"not a readable UTF-8 CSV file ({error})"]) from None
    if not values:
        raise AuditImportError(str(path), ["the file is empty"])
    return _rows(path, values[0], list(enumerate(values[1:], start=2)))
