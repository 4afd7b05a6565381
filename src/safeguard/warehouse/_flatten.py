"""Checking a chunk of lines and flattening the good records into Arrow tables.

This is the CPU-heavy half of a load and runs in worker processes on big loads, so it only
takes and returns picklable values (Arrow tables pickle as their buffers). A chunk may span
several input files: it comes as pieces, each the index of its file and some of its lines, in
file order. Rows are tied to their record by ``seq``, the line's place in the run (so that
consecutive chunks can be put together into one batch to merge), and each record and
quarantined line carries ``file``, the index of its input file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson
import pyarrow as pa

from safeguard.exchange import Line, Problem, Record, check
from safeguard.exchange import notes as notes_of

_S, _TS, _I64 = pa.string(), pa.timestamp("us"), pa.int64()
_LIST = pa.list_(_S)

Piece = tuple[int, list[Line]]
"""Part of a chunk: the index of an input file and some of its lines, in order."""

RECORD_COLUMNS = pa.schema(
    [
        ("seq", _I64),
        ("source", _S),
        ("record_id", _S),
        ("version", pa.int32()),
        ("format", _S),
        ("source_type", _S),
        ("force", _S),
        ("kind", _S),
        ("recorded_at", _TS),
        ("occurred_from", _TS),
        ("occurred_to", _TS),
        ("offence_codes", _LIST),
        ("narrative", _S),
        ("flags", _LIST),
        ("outcome_code", _S),
        ("outcome_at", _TS),
        ("classification", _S),
        ("extra", _S),
        ("raw", _S),
        ("content_hash", _S),
        ("input_line", _I64),
        ("file", pa.int32()),
    ]
)

CHILD_COLUMNS: dict[str, pa.Schema] = {
    "persons": pa.schema(
        [
            ("seq", _I64),
            ("ordinal", pa.int32()),
            ("ref", _S),
            ("role", _S),
            ("identified", pa.bool_()),
            ("forename", _S),
            ("surname", _S),
            ("aliases", _LIST),
            ("dob", pa.date32()),
            ("age", pa.int32()),
            ("sex", _S),
            ("ethnicity", _S),
            ("nationality", _S),
            ("postcode", _S),
            ("address", _S),
            ("phone", _S),
            ("email", _S),
            ("identifiers", _S),
            ("extra", _S),
        ]
    ),
    "locations": pa.schema(
        [
            ("seq", _I64),
            ("ordinal", pa.int32()),
            ("ref", _S),
            ("type", _S),
            ("name", _S),
            ("address", _S),
            ("postcode", _S),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("extra", _S),
        ]
    ),
    "objects": pa.schema(
        [
            ("seq", _I64),
            ("ordinal", pa.int32()),
            ("ref", _S),
            ("type", _S),
            ("value", _S),
            ("description", _S),
            ("extra", _S),
        ]
    ),
    "links": pa.schema(
        [
            ("seq", _I64),
            ("ordinal", pa.int32()),
            ("from_ref", _S),
            ("to_ref", _S),
            ("type", _S),
            ("extra", _S),
        ]
    ),
    "actions": pa.schema(
        [
            ("seq", _I64),
            ("ordinal", pa.int32()),
            ("type", _S),
            ("at", _TS),
            ("person_ref", _S),
            ("extra", _S),
        ]
    ),
    "arrests": pa.schema(
        [
            ("seq", _I64),
            ("ordinal", pa.int32()),
            ("person_ref", _S),
            ("at", _TS),
            ("extra", _S),
        ]
    ),
}


@dataclass(slots=True)
class Quarantined:
    """One line that broke the contract. ``raw`` is the text as received (personal data)."""

    file: int
    line: int
    source: str | None
    record_id: str | None
    problems: list[dict[str, str]]
    raw: str


@dataclass(slots=True)
class BatchOut:
    """What lines became: Arrow tables of good records, and the broken lines.

    ``lines`` and ``notes`` are per input file (by its index).
    """

    records: pa.Table
    children: dict[str, pa.Table]
    quarantined: list[Quarantined] = field(default_factory=list)
    lines: Counter[int] = field(default_factory=Counter)
    notes: dict[int, Counter[str]] = field(default_factory=dict)


def _ts(value: dt.date | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day)


def _json(value: dict[str, Any] | None) -> str | None:
    return orjson.dumps(value).decode() if value else None


def raw_bytes(content: bytes | dict[str, Any]) -> bytes:
    """The record as received: the line's bytes, or a parsed row (Parquet, profile) as JSON."""
    if isinstance(content, bytes):
        return content
    return orjson.dumps(content, default=str)


def content_hash(raw: bytes) -> str:
    """SHA-256 of the record's JSON with keys sorted and no white space.

    Two sendings that differ only in key order or spacing have the same hash; any change of
    a value (even of case) is a different content.
    """
    canonical = orjson.dumps(orjson.loads(raw), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()


def _key_of(content: bytes | dict[str, Any]) -> tuple[str | None, str | None]:
    """Source and record id of a broken line, when they can be read at all."""
    data: Any = content
    if isinstance(content, bytes):
        try:
            data = orjson.loads(content)
        except orjson.JSONDecodeError:
            return None, None
    if not isinstance(data, dict):
        return None, None
    source, record_id = data.get("source"), data.get("record_id")
    return (
        str(source) if source is not None else None,
        str(record_id) if record_id is not None else None,
    )


class _Rows:
    """Rows for one table as tuples in schema order, turned into one Arrow table at the end.

    Enumerated fields go in as the model's ``StrEnum`` members, which are ``str``: Arrow stores
    their values, and reading ``.value`` on a million records costs seconds.
    """

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self.rows: list[tuple[Any, ...]] = []

    def table(self) -> pa.Table:
        columns = list(zip(*self.rows, strict=True)) or [()] * len(self.schema)
        return pa.table(
            [pa.array(col, type=f.type) for col, f in zip(columns, self.schema, strict=True)],
            schema=self.schema,
        )


def _add_record(
    out: dict[str, _Rows], seq: int, where: tuple[int, int], raw: bytes, r: Record
) -> None:
    o = r.outcome
    out["records"].rows.append(
        (
            seq,
            r.source,
            r.record_id,
            r.version,
            r.format,
            r.source_type,
            r.force,
            r.kind,
            r.recorded_at,
            _ts(r.occurred_from),
            _ts(r.occurred_to),
            r.offence_codes,
            r.narrative,
            r.flags,
            o.code if o else None,
            _ts(o.at) if o else None,
            r.classification,
            _json(r.model_extra),
            raw.decode("utf-8", errors="replace"),
            content_hash(raw),
            where[1],
            where[0],
        )
    )
    _add_children(out, seq, r)


def _add_children(out: dict[str, _Rows], seq: int, r: Record) -> None:
    rows = out["persons"].rows
    for i, p in enumerate(r.persons):
        rows.append(
            (
                seq,
                i,
                p.ref,
                p.role,
                p.identified,
                p.forename,
                p.surname,
                p.aliases,
                p.dob,
                p.age,
                p.sex,
                p.ethnicity,
                p.nationality,
                p.postcode,
                p.address,
                p.phone,
                p.email,
                _json(p.identifiers),
                _json(p.model_extra),
            )
        )
    _add_places_and_things(out, seq, r)


def _add_places_and_things(out: dict[str, _Rows], seq: int, r: Record) -> None:
    rows = out["locations"].rows
    for i, loc in enumerate(r.locations):
        rows.append(
            (
                seq,
                i,
                loc.ref,
                loc.type,
                loc.name,
                loc.address,
                loc.postcode,
                loc.lat,
                loc.lon,
                _json(loc.model_extra),
            )
        )
    rows = out["objects"].rows
    for i, ob in enumerate(r.objects):
        rows.append((seq, i, ob.ref, ob.type, ob.value, ob.description, _json(ob.model_extra)))
    rows = out["links"].rows
    for i, k in enumerate(r.links):
        rows.append((seq, i, k.from_, k.to, k.type, _json(k.model_extra)))
    rows = out["actions"].rows
    for i, a in enumerate(r.safeguarding_actions):
        rows.append((seq, i, a.type, _ts(a.at), a.person_ref, _json(a.model_extra)))
    rows = out["arrests"].rows
    for i, x in enumerate(r.arrests):
        rows.append((seq, i, x.person_ref, _ts(x.at), _json(x.model_extra)))


def _problem_dicts(problems: tuple[Problem, ...]) -> list[dict[str, str]]:
    return [{"field": p.field, "reason": p.reason} for p in problems]


def process(pieces: Sequence[Piece], first: int = 0) -> BatchOut:
    """Check each line against the contract and flatten the good ones.

    Args:
        pieces: the lines, in file order: (index of the input file, its lines in line order).
        first: the ``seq`` of the first line; the others follow, so that the outputs of
            consecutive calls can be put together (:func:`combine`).

    Returns:
        Arrow tables of the good records and their parts, the quarantined lines, and per file
        the lines read and the counts of unknown fields and values (``notes``).
    """
    out = {"records": _Rows(RECORD_COLUMNS)}
    out.update({name: _Rows(schema) for name, schema in CHILD_COLUMNS.items()})
    result = BatchOut(pa.table({}), {})
    seq = first
    for file, lines in pieces:
        result.lines[file] += len(lines)
        notes = result.notes.setdefault(file, Counter())
        for line in lines:
            checked = check(line.content) if not line.problems else None
            if checked is None or checked.record is None:
                problems = line.problems if checked is None else checked.problems
                result.quarantined.append(_quarantined(file, line, problems))
            else:
                notes.update(notes_of(checked.record))
                _add_record(out, seq, (file, line.number), raw_bytes(line.content), checked.record)
            seq += 1
    result.records = out.pop("records").table()
    result.children = {name: cols.table() for name, cols in out.items()}
    return result


def combine(outs: Sequence[BatchOut]) -> BatchOut:
    """Consecutive outputs of :func:`process` as one batch (their ``seq`` do not overlap)."""
    if len(outs) == 1:
        return outs[0]
    result = BatchOut(
        pa.concat_tables([o.records for o in outs]),
        {name: pa.concat_tables([o.children[name] for o in outs]) for name in CHILD_COLUMNS},
    )
    for o in outs:
        result.quarantined += o.quarantined
        result.lines.update(o.lines)
        for file, notes in o.notes.items():
            result.notes.setdefault(file, Counter()).update(notes)
    return result


def _quarantined(file: int, line: Line, problems: tuple[Problem, ...]) -> Quarantined:
    source, record_id = _key_of(line.content)
    raw = raw_bytes(line.content).decode("utf-8", errors="replace")
    return Quarantined(file, line.number, source, record_id, _problem_dicts(problems), raw)
