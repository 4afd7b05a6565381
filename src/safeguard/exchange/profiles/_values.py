"""Turning one cell into an exchange value: translation, dates, numbers.

These functions never put a cell's value into an error: values may be personal data. A failure
raises :class:`CellError` with a reason that names only the rule that failed.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from functools import cache

from safeguard.exchange.profiles._model import Scalar, Translation, ValueType

# A cell as read: text from CSV; text or a date from XLSX (Excel stores dates as dates).
Cell = str | dt.date

_TRUE = frozenset({"true", "yes", "y", "1", "t"})
_FALSE = frozenset({"false", "no", "n", "0", "f"})


class CellError(ValueError):
    """A cell could not be turned into a value; the message never holds the cell's value."""


def cell_text(cell: Cell) -> str:
    """The cell as text, dates in ISO 8601 (how a raw row is kept)."""
    return cell.isoformat() if isinstance(cell, dt.date) else cell


def is_empty(cell: Cell | None) -> bool:
    """True for a missing cell or one holding only white space."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def parse_date(cell: Cell, formats: Sequence[str]) -> dt.datetime:
    """Parse a cell with each strptime format in turn; an XLSX date is taken as it is.

    Example:
        >>> parse_date("03/02/2024", ["%Y-%m-%d", "%d/%m/%Y"]).date().isoformat()
        '2024-02-03'
    """
    if isinstance(cell, dt.datetime):
        return cell.replace(tzinfo=None)
    if isinstance(cell, dt.date):
        return dt.datetime(cell.year, cell.month, cell.day)
    text = cell.strip()
    for fmt in formats:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise CellError(
        f"not a date in the format{'s' if len(formats) > 1 else ''} {', '.join(formats)}"
    )


def month_end(day: dt.date) -> dt.date:
    """The last day of the month ``day`` falls in.

    Example:
        >>> month_end(dt.date(2024, 2, 1)).isoformat()
        '2024-02-29'
    """
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def convert(cell: Cell, type_: ValueType, formats: Sequence[str]) -> Scalar:
    """Turn a (translated) cell into a JSON value of ``type_``.

    Example:
        >>> convert("2017-01", "month_end", ["%Y-%m"])
        '2017-01-31'
    """
    if type_ in ("date", "datetime", "month_end"):
        when = parse_date(cell, formats)
        if type_ == "datetime":
            return when.isoformat()
        return (month_end(when.date()) if type_ == "month_end" else when.date()).isoformat()
    text = cell_text(cell).strip()
    if type_ == "string":
        return text
    if type_ == "boolean":
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise CellError("not a yes/no value")
    try:
        number = float(text)
    except ValueError:
        raise CellError(f"not {'a whole number' if type_ == 'integer' else 'a number'}") from None
    if type_ == "integer":
        if not number.is_integer():
            raise CellError("not a whole number")
        return int(number)
    if number != number or number in (float("inf"), float("-inf")):
        raise CellError("not a finite number")
    return number


class Translator:
    """One translation table, ready for look-ups.

    Example:
        >>> from safeguard.exchange.profiles._model import Translation
        >>> Translator("roles", Translation(map={"VIC": "victim"})).translate(" vic ")
        'victim'
    """

    def __init__(self, name: str, spec: Translation) -> None:
        self.name = name
        self.spec = spec
        table: dict[str, Scalar | None] = (
            dict(_reference_map(spec.reference)) if spec.reference else {}
        )
        table.update(spec.map)
        self._table = {self._key(k): v for k, v in table.items()}

    def _key(self, value: str) -> str:
        value = " ".join(value.split())
        return value if self.spec.case_sensitive else value.casefold()

    def translate(self, value: str) -> Scalar | None:
        """The translated value; ``None`` when the table maps it to nothing (or drops it).

        Raises:
            CellError: the value is not in the table and the table's ``unknown`` is ``problem``.
        """
        key = self._key(value)
        if key in self._table:
            return self._table[key]
        if self.spec.unknown == "keep":
            return value.strip()
        if self.spec.unknown == "drop":
            return None
        raise CellError(f"value has no translation in {self.name!r}")


@cache
def _reference_map(name: str) -> tuple[tuple[str, str], ...]:
    """Reference tables a translation may start from: ``forces`` maps names and ids to ids."""
    from safeguard.reference import forces

    if name != "forces":  # the model admits only known names; this guards a future one
        raise ValueError(f"unknown reference table {name!r}")
    pairs = [(force.name, force.force_id) for force in forces()]
    return tuple(pairs + [(force.force_id, force.force_id) for force in forces()])
