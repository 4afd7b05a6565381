"""The exchange format as an Arrow schema, for Parquet files.

Dates stay ISO 8601 strings, as in JSON Lines, so that a date and a date-time stay distinct and
a round trip is exact. Unknown fields, which the contract says must be kept, travel in an
``_extra`` column (JSON text) on the record and on each nested item.
"""

from __future__ import annotations

from typing import Any

import orjson
import pyarrow as pa

EXTRA = "_extra"

_S = pa.string()


def _struct(*fields: tuple[str, pa.DataType]) -> pa.StructType:
    return pa.struct([*(pa.field(n, t) for n, t in fields), pa.field(EXTRA, _S)])


PERSON = _struct(
    ("ref", _S),
    ("role", _S),
    ("identified", pa.bool_()),
    ("forename", _S),
    ("surname", _S),
    ("aliases", pa.list_(_S)),
    ("dob", _S),
    ("age", pa.int32()),
    ("sex", _S),
    ("ethnicity", _S),
    ("nationality", _S),
    ("postcode", _S),
    ("address", _S),
    ("phone", _S),
    ("email", _S),
    ("identifiers", pa.map_(_S, _S)),
)
LOCATION = _struct(
    ("ref", _S),
    ("type", _S),
    ("name", _S),
    ("address", _S),
    ("postcode", _S),
    ("lat", pa.float64()),
    ("lon", pa.float64()),
)
OBJECT = _struct(("ref", _S), ("type", _S), ("value", _S), ("description", _S))
LINK = _struct(("from", _S), ("to", _S), ("type", _S))
ACTION = _struct(("type", _S), ("at", _S), ("person_ref", _S))
ARREST = _struct(("person_ref", _S), ("at", _S))
OUTCOME = _struct(("code", _S), ("at", _S))

_NESTED: dict[str, pa.StructType] = {
    "persons": PERSON,
    "locations": LOCATION,
    "objects": OBJECT,
    "links": LINK,
    "safeguarding_actions": ACTION,
    "arrests": ARREST,
}

RECORD_SCHEMA = pa.schema(
    [
        ("format", _S),
        ("record_id", _S),
        ("source", _S),
        ("source_type", _S),
        ("force", _S),
        ("kind", _S),
        ("version", pa.int64()),
        ("recorded_at", _S),
        ("occurred_from", _S),
        ("occurred_to", _S),
        ("offence_codes", pa.list_(_S)),
        ("narrative", _S),
        ("flags", pa.list_(_S)),
        *((name, pa.list_(struct)) for name, struct in _NESTED.items()),
        ("outcome", OUTCOME),
        ("classification", _S),
        (EXTRA, _S),
    ]
)


def _known(struct: pa.StructType | pa.Schema) -> set[str]:
    return {f.name for f in struct} - {EXTRA}


_RECORD_FIELDS = _known(RECORD_SCHEMA)
_FIELDS = {name: _known(struct) for name, struct in _NESTED.items()}
_OUTCOME_FIELDS = _known(OUTCOME)


def _split(item: dict[str, Any], known: set[str]) -> dict[str, Any]:
    row = {k: v for k, v in item.items() if k in known}
    extra = {k: v for k, v in item.items() if k not in known}
    if "identifiers" in row and isinstance(row["identifiers"], dict):
        row["identifiers"] = list(row["identifiers"].items())
    row[EXTRA] = orjson.dumps(extra).decode() if extra else None
    return row


def _join(row: dict[str, Any]) -> dict[str, Any]:
    extra = row.pop(EXTRA, None)
    item = {k: v for k, v in row.items() if v is not None and v != []}
    if "identifiers" in item:
        item["identifiers"] = dict(item["identifiers"])
        if not item["identifiers"]:
            del item["identifiers"]
    if extra:
        item.update(orjson.loads(extra))
    return item


def to_arrow_row(data: dict[str, Any]) -> dict[str, Any]:
    """An exchange JSON record as a row of ``RECORD_SCHEMA``."""
    row = _split(data, _RECORD_FIELDS)
    for name, known in _FIELDS.items():
        items = data.get(name)
        if isinstance(items, list):
            row[name] = [_split(i, known) if isinstance(i, dict) else i for i in items]
    if isinstance(data.get("outcome"), dict):
        row["outcome"] = _split(data["outcome"], _OUTCOME_FIELDS)
    return row


def from_arrow_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row of ``RECORD_SCHEMA`` back as an exchange JSON record."""
    data = _join(dict(row))
    for name in _NESTED:
        if name in data:
            data[name] = [_join(dict(i)) for i in data[name]]
    if "outcome" in data:
        data["outcome"] = _join(dict(data["outcome"]))
    return data
