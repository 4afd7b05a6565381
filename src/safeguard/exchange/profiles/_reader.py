"""Reading a whole export through a profile: header check, record ids, repeats, contract."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from safeguard.errors import InputFileError
from safeguard.exchange._contract import Problem, check
from safeguard.exchange._io import Line
from safeguard.exchange._models import FORMAT_V1
from safeguard.exchange.profiles._mapper import Mapped, RowMapper, raw_row
from safeguard.exchange.profiles._model import Profile, RecordIdMap
from safeguard.exchange.profiles._sources import read_rows
from safeguard.exchange.profiles._values import Cell, cell_text, is_empty

RAW_KEY = "_raw"


def read_with(profile: Profile, path: Path, *, check: bool = True) -> Iterator[Line]:
    """Map every data row of ``path`` through ``profile`` (see :meth:`Profile.read`).

    The header is checked before the first Line is yielded, so a file missing a required
    column raises :class:`InputFileError` at once.
    """
    header, rows = read_rows(profile.file, path)
    _check_header(profile, path, header)
    return _lines(profile, header, rows, check)


def _lines(
    profile: Profile,
    header: list[str],
    rows: Iterator[Any],
    check_contract: bool,
) -> Iterator[Line]:
    mapper = RowMapper(profile, header)
    ids = _RecordIds(profile.record_id, mapper)
    for row in rows:
        mapped = mapper.map(row.cells)
        ids.assign(mapped, row.cells)
        head = {"format": FORMAT_V1}
        if "record_id" in mapped.content:
            head["record_id"] = mapped.content.pop("record_id")
        content = {**head, **mapped.content}
        problems = mapped.problems
        if len(row.cells) > len(header):
            problems.append(Problem("", "row has more cells than the header"))
        if not problems and check_contract:
            problems.extend(check(content).problems)
        if problems:
            content[RAW_KEY] = raw_row(header, row.cells)
        yield Line(row.number, content, tuple(problems))


def _check_header(profile: Profile, path: Path, header: list[str]) -> None:
    present = {" ".join(h.split()).casefold() for h in header}
    missing = [
        c for c in profile.required_columns() if " ".join(c.split()).casefold() not in present
    ]
    if missing:
        raise InputFileError(
            str(path),
            f"the header lacks column{'s' if len(missing) > 1 else ''} that profile "
            f"{profile.name!r} requires: {', '.join(missing)}",
            profile.file.header_row if profile.file.type == "xlsx" else None,
        )


class _RecordIds:
    """Gives each row its record_id (or a fallback) and applies the ``repeated`` rule.

    State is kept per file, so ids are stable across re-reads of the same file.
    """

    def __init__(self, spec: RecordIdMap, mapper: RowMapper) -> None:
        self.spec = spec
        self.mapper = mapper
        self._fallback_seen: dict[str, int] = defaultdict(int)
        self._contents: dict[str, list[str]] = defaultdict(list)

    def assign(self, mapped: Mapped, cells: list[Cell]) -> None:
        """Set ``record_id`` (and ``version`` or a suffix for a repeated id) on ``mapped``."""
        spec = self.spec
        if spec.column is not None:
            given = self.mapper.cell(cells, spec.column)
            record_id = "" if is_empty(given) else cell_text(given).strip()
        else:
            record_id = self.mapper.fill(cells, spec.template or "")
        if not record_id:
            self._fallback(mapped, cells)
            return
        mapped.content["record_id"] = record_id
        if spec.repeated != "keep":
            self._repeat(mapped, record_id, _digest([cell_text(c) for c in cells]))

    def _fallback(self, mapped: Mapped, cells: list[Cell]) -> None:
        fallback = self.spec.fallback
        where = self.spec.column or self.spec.template
        if fallback is None:
            mapped.problems.append(
                Problem("record_id", f"{where!r} is empty and the profile has no fallback")
            )
            return
        if fallback.columns:
            values = [cell_text(self.mapper.cell(cells, c)).strip() for c in fallback.columns]
        else:
            values = [cell_text(c).strip() for c in cells]
        key = _digest(values)[:16]
        self._fallback_seen[key] += 1
        mapped.content["record_id"] = f"{fallback.prefix}{key}-{self._fallback_seen[key]}"
        mapped.content.update(fallback.constants)

    def _repeat(self, mapped: Mapped, record_id: str, fingerprint: str) -> None:
        seen = self._contents[record_id]
        if fingerprint not in seen:
            seen.append(fingerprint)
        n = seen.index(fingerprint) + 1  # identical rows share a number: same record twice
        if n == 1:
            return
        if self.spec.repeated == "version":
            mapped.content["version"] = n
        else:
            mapped.content["record_id"] = f"{record_id}-{n}"


def _digest(values: list[str]) -> str:
    return hashlib.sha1("\x1f".join(values).encode("utf-8"), usedforsecurity=False).hexdigest()
