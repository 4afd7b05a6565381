"""Mapping one row to an exchange record's content, collecting problems by field path."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from safeguard.exchange._contract import Problem
from safeguard.exchange.profiles._model import TEMPLATE_COLUMN, FieldMap, PartMap, Profile, Scalar
from safeguard.exchange.profiles._values import Cell, CellError, Translator, convert, is_empty

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")


def set_path(target: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at a path such as ``outcome.code`` or ``persons[0].forename``.

    Example:
        >>> d: dict[str, Any] = {}
        >>> set_path(d, "persons[1].forename", "Ann"); d
        {'persons': [{}, {'forename': 'Ann'}]}
    """
    steps = [_STEP.fullmatch(part) for part in path.split(".")]
    node: Any = target
    for i, match in enumerate(steps):
        assert match is not None  # the profile model only admits valid paths
        name, index = match.group(1), match.group(2)
        last = i == len(steps) - 1
        if index is None:
            if last:
                node[name] = value
                return
            node = node.setdefault(name, {})
            continue
        items = node.setdefault(name, [])
        while len(items) <= int(index):
            items.append({})
        if last:
            items[int(index)] = value
            return
        node = items[int(index)]


@dataclass(slots=True)
class Mapped:
    """What a row mapped to: the record's content so far and the problems met."""

    content: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class RowMapper:
    """Maps rows of one file (with its header) through one profile."""

    def __init__(self, profile: Profile, header: list[str]) -> None:
        self.profile = profile
        self._index: dict[str, int] = {}
        for i, name in enumerate(header):
            self._index.setdefault(_column_key(name), i)
        self._translators = {n: Translator(n, t) for n, t in profile.translations.items()}

    def cell(self, cells: list[Cell], column: str) -> Cell:
        """The row's cell in ``column``; an absent column or short row gives an empty cell."""
        i = self._index.get(_column_key(column))
        return cells[i] if i is not None and i < len(cells) else ""

    def fill(self, cells: list[Cell], template: str) -> str:
        """A template with its ``{column}`` names filled in; empty if any of them is empty."""
        values = {c: self.cell(cells, c) for c in TEMPLATE_COLUMN.findall(template)}
        if any(is_empty(v) for v in values.values()):
            return ""
        return TEMPLATE_COLUMN.sub(lambda m: str(values[m.group(1)]).strip(), template)

    def map(self, cells: list[Cell]) -> Mapped:
        """Map one row: constants, then fields, then persons, locations and objects."""
        out = Mapped(content=dict(self.profile.constants))
        for path, spec in self.profile.fields.items():
            self._put(out, out.content, path, path, spec, cells)
        for name, _, part in self.profile.parts():
            self._map_part(out, name, part, cells)
        return out

    def _map_part(self, out: Mapped, name: str, part: PartMap, cells: list[Cell]) -> None:
        sourced = [f for f in part.fields.values() if f.column or f.template]
        if all(is_empty(self._raw(f, cells)) for f in sourced):
            return  # nothing recorded for this person, location or object in this row
        items: list[dict[str, Any]] = out.content.setdefault(name, [])
        item: dict[str, Any] = {"ref": part.ref, **part.constants}
        where = f"{name}[{len(items)}]"
        items.append(item)
        for path, spec in part.fields.items():
            self._put(out, item, path, f"{where}.{path}", spec, cells)

    def _put(
        self,
        out: Mapped,
        target: dict[str, Any],
        path: str,
        where: str,
        spec: FieldMap,
        cells: list[Cell],
    ) -> None:
        try:
            value = self.value(spec, cells)
        except CellError as error:
            out.problems.append(Problem(where, f"{_describe(spec)}: {error}"))
            return
        if value is not None:
            set_path(target, path, value)

    def _raw(self, spec: FieldMap, cells: list[Cell]) -> Cell:
        if spec.column is not None:
            return self.cell(cells, spec.column)
        if spec.template is not None:
            return self.fill(cells, spec.template)
        return ""

    def value(self, spec: FieldMap, cells: list[Cell]) -> Scalar | list[Scalar] | None:
        """One field's value from the row, or ``None`` when there is none.

        Raises:
            CellError: a required cell is empty, or a value cannot be translated or parsed.
        """
        if spec.value is not None:
            return spec.value
        raw = self._raw(spec, cells)
        if is_empty(raw):
            if spec.default is not None:
                return spec.default
            if spec.required:
                raise CellError("is empty but the profile requires it")
            return None
        if spec.split is not None and isinstance(raw, str):
            parts = [p.strip() for p in raw.split(spec.split) if p.strip()]
            values = [v for v in (self._one(spec, p) for p in parts) if v is not None]
            return values or None
        return self._one(spec, raw)

    def _one(self, spec: FieldMap, raw: Cell) -> Scalar | None:
        if spec.translate is None or not isinstance(raw, str):
            return convert(raw, spec.type, spec.formats)
        value = self._translators[spec.translate].translate(raw)
        if value is None or not isinstance(value, str):
            return value  # nothing, or a translation to a number or boolean: already typed
        return convert(value, spec.type, spec.formats)


def _column_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _describe(spec: FieldMap) -> str:
    if spec.column is not None:
        return f"column {spec.column!r}"
    return f"template {spec.template!r}"


def raw_row(header: list[str], cells: list[Cell]) -> Mapping[str, Any]:
    """The row as the file had it, column by column; nothing is left out."""
    from safeguard.exchange.profiles._values import cell_text

    raw: dict[str, Any] = {}
    for i, (name, cell) in enumerate(zip(header, cells, strict=False), start=1):
        raw[name if name and name not in raw else f"{name} (column {i})"] = cell_text(cell)
    if len(cells) > len(header):
        raw["(cells past the header)"] = [cell_text(c) for c in cells[len(header) :]]
    return raw
