"""Reading the rows of a CSV or XLSX export, numbered as in the file.

CSV rows are numbered by the physical line they start on (header = line 1 for a file with the
header first), so a quoted cell spanning two lines does not shift later numbers. XLSX rows are
numbered as the sheet numbers them. Fully empty rows are skipped: they hold nothing to lose.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from safeguard.errors import InputFileError
from safeguard.exchange.profiles._model import FileOptions
from safeguard.exchange.profiles._values import Cell, is_empty


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its number in the file and its cells, in header order."""

    number: int
    cells: list[Cell]


def _encoding(name: str) -> str:
    # A UTF-8 export from Excel starts with a byte-order mark; utf-8-sig drops it if present.
    return "utf-8-sig" if name.lower().replace("_", "-") in {"utf-8", "utf8"} else name


def read_rows(options: FileOptions, path: Path) -> tuple[list[str], Iterator[Row]]:
    """The header (stripped) and an iterator over the data rows after it.

    Raises:
        InputFileError: the file is missing, cannot be decoded or opened, or has no header.
    """
    if not path.exists():
        raise InputFileError(str(path), "no such file")
    if path.is_dir():
        raise InputFileError(str(path), "is a folder, not a file")
    rows = _csv_rows(options, path) if options.type == "csv" else _xlsx_rows(options, path)
    for row in rows:
        if row.number >= options.header_row and not all(is_empty(c) for c in row.cells):
            return [str(c).strip() for c in row.cells], rows
    raise InputFileError(str(path), f"no header row at or after row {options.header_row}")


def _csv_rows(options: FileOptions, path: Path) -> Iterator[Row]:
    with path.open(encoding=_encoding(options.encoding), newline="") as handle:
        reader = csv.reader(handle, delimiter=options.delimiter, strict=False)
        start = 1
        try:
            for cells in reader:
                if any(c.strip() for c in cells):
                    yield Row(start, list(cells))
                start = reader.line_num + 1
        except UnicodeDecodeError:
            raise InputFileError(
                str(path), f"cannot be decoded as {options.encoding}", start
            ) from None
        except csv.Error as error:
            raise InputFileError(str(path), f"not a readable CSV file ({error})", start) from None


def _xlsx_rows(options: FileOptions, path: Path) -> Iterator[Row]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as error:
        raise InputFileError(str(path), f"not a readable XLSX file ({error})") from None
    try:
        if options.sheet is not None and options.sheet not in book.sheetnames:
            raise InputFileError(
                str(path), f"no sheet {options.sheet!r}; sheets: {', '.join(book.sheetnames)}"
            )
        sheet = book[options.sheet] if options.sheet is not None else book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_cell(v) for v in values]
            while cells and cells[-1] == "":  # read-only sheets pad rows to the widest
                cells.pop()
            if cells:
                yield Row(number, cells)
    finally:
        book.close()


def _xlsx_cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # Excel has no date-only type: a midnight date-time is a date.
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
