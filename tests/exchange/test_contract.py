"""The contract applied to one record: table-driven cases, each with a description."""

from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest

from safeguard.exchange import check, notes

BASE: dict[str, Any] = {
    "format": "safeguard-exchange/1",
    "record_id": "CR-2024-000123",
    "source": "west-yorkshire",
    "source_type": "police",
    "force": "west-yorkshire",
    "kind": "crime",
    "recorded_at": "2024-03-01T10:15:00Z",
    "occurred_from": "2024-02-28",
    "offence_codes": ["22B"],
    "narrative": "Report of concern for a 14 year old girl.",
    "flags": ["CSE"],
    "persons": [
        {
            "ref": "P1",
            "role": "victim",
            "forename": "Kayleigh",
            "surname": "Smyth",
            "dob": "2010-07-03",
            "sex": "F",
        },
        {"ref": "P2", "role": "suspect", "identified": False},
    ],
    "locations": [{"ref": "L1", "type": "hotel", "name": "Star Hotel"}],
    "objects": [{"ref": "O1", "type": "vehicle", "value": "AB12 CDE"}],
    "links": [{"from": "P2", "to": "O1", "type": "drives"}],
    "safeguarding_actions": [{"type": "strategy_meeting", "at": "2024-03-02", "person_ref": "P1"}],
    "arrests": [{"person_ref": "P2", "at": "2024-03-05T09:00:00"}],
    "outcome": {"code": "1", "at": "2024-11-01"},
}


def _with(path: str, value: Any) -> dict[str, Any]:
    """BASE with one field (a dotted path, list indices as numbers) set; `...` deletes it."""
    record = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    node: Any = record
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    key: Any = int(last) if last.isdigit() else last
    if value is ...:
        del node[key]
    else:
        node[key] = value
    return record


VALID = [
    ("the full example record", BASE),
    (
        "minimal: only the required fields",
        {
            k: BASE[k]
            for k in ("format", "record_id", "source", "source_type", "kind", "recorded_at")
        },
    ),
    ("an optional field given as null is as if absent", _with("force", None)),
    ("an empty optional string is as if absent", _with("narrative", "")),
    (
        "a null list is an empty list",
        _with("persons", None) | {"links": [], "arrests": [], "safeguarding_actions": []},
    ),
    ("an integer outcome code is read as text", _with("outcome.code", 14)),
    ("an outcome code with a letter", _with("outcome.code", "1A")),
    ("recorded_at as a plain date", _with("recorded_at", "2024-03-01")),
    ("recorded_at with an offset", _with("recorded_at", "2024-03-01T10:15:00+01:00")),
    ("occurred_from as a date-time", _with("occurred_from", "2024-02-28T22:30:00")),
    ("an unknown flag is kept", _with("flags", ["CSE", "GANG"])),
    ("an unknown location type is kept", _with("locations.0.type", "shisha_lounge")),
    ("an unknown link type is kept", _with("links.0.type", "rents")),
    ("an unknown top-level field is kept", _with("supplier_ref", "X-1")),
    ("an unknown person field is kept", _with("persons.0.religion_code", "R1")),
    ("age instead of a date of birth", _with("persons.0.dob", ...) | {}),
    ("a person not identified", _with("persons.1.identified", False)),
    ("nationality in lower case", _with("persons.0.nationality", "gbr")),
    ("identifiers given as numbers", _with("persons.0.identifiers", {"pnc": 12345})),
    ("version 2", _with("version", 2)),
    ("secret classification", _with("classification", "secret")),
]

INVALID = [
    ("not JSON at all", b"this is not json", "", "not valid JSON"),
    ("a JSON array, not an object", b"[1, 2]", "", "expected a JSON object"),
    ("format missing", _with("format", ...), "format", "required"),
    (
        "another format version",
        _with("format", "safeguard-exchange/2"),
        "format",
        "safeguard-exchange/1",
    ),
    ("record_id missing", _with("record_id", ...), "record_id", "required"),
    ("record_id empty", _with("record_id", "  "), "record_id", ""),
    ("source missing", _with("source", ...), "source", "required"),
    ("unknown source_type", _with("source_type", "council"), "source_type", "police"),
    ("unknown kind", _with("kind", "arrest"), "kind", "crime"),
    ("recorded_at missing", _with("recorded_at", ...), "recorded_at", "required"),
    ("recorded_at not a date", _with("recorded_at", "yesterday"), "recorded_at", ""),
    (
        "occurred_from impossible date",
        _with("occurred_from", "2024-02-30"),
        "occurred_from",
        "ISO 8601",
    ),
    (
        "occurred_to before occurred_from",
        _with("occurred_to", "2024-01-01"),
        "occurred_to",
        "before",
    ),
    ("version zero", _with("version", 0), "version", "greater than or equal to 1"),
    ("version not a number", _with("version", "two"), "version", ""),
    ("person without a ref", _with("persons.0.ref", ...), "persons[0].ref", "required"),
    ("person without a role", _with("persons.1.role", ...), "persons[1].role", "required"),
    ("unknown role", _with("persons.0.role", "offender"), "persons[0].role", "victim"),
    ("unknown sex code", _with("persons.0.sex", "female"), "persons[0].sex", ""),
    ("dob not a date", _with("persons.0.dob", "03/07/2010"), "persons[0].dob", ""),
    (
        "dob after the record was made",
        _with("persons.0.dob", "2025-01-01"),
        "persons[0].dob",
        "after",
    ),
    ("negative age", _with("persons.0.age", -1), "persons[0].age", ""),
    (
        "nationality not alpha-3",
        _with("persons.0.nationality", "British"),
        "persons[0].nationality",
        "",
    ),
    ("latitude out of range", _with("locations.0.lat", 123.0), "locations[0].lat", ""),
    ("duplicate ref", _with("objects.0.ref", "P1"), "objects[0].ref", "twice"),
    ("link to an unknown ref", _with("links.0.to", "O9"), "links[0].to", "refers to no"),
    ("link without from", _with("links.0.from", ...), "links[0].from", "required"),
    (
        "arrest of an unknown person",
        _with("arrests.0.person_ref", "P9"),
        "arrests[0].person_ref",
        "no person",
    ),
    (
        "action for an unknown person",
        _with("safeguarding_actions.0.person_ref", "L1"),
        "safeguarding_actions[0].person_ref",
        "no person",
    ),
    (
        "unknown action type",
        _with("safeguarding_actions.0.type", "hug"),
        "safeguarding_actions[0].type",
        "",
    ),
    ("outcome code not a Home Office code", _with("outcome.code", "charged"), "outcome.code", ""),
    ("outcome without a code", _with("outcome.code", ...), "outcome.code", "required"),
    ("persons not a list", _with("persons", "P1"), "persons", ""),
    ("unknown classification", _with("classification", "top-secret"), "classification", ""),
]


@pytest.mark.parametrize(("description", "record"), VALID, ids=[c[0] for c in VALID])
def test_valid_records_pass(description: str, record: dict[str, Any]) -> None:
    for form in (record, orjson.dumps(record)):
        result = check(form)
        assert result.ok, f"{description}: {result.problems}"


@pytest.mark.parametrize(
    ("description", "record", "field", "reason"), INVALID, ids=[c[0] for c in INVALID]
)
def test_invalid_records_name_the_field(
    description: str, record: Any, field: str, reason: str
) -> None:
    data = record if isinstance(record, bytes) else orjson.dumps(record)
    result = check(data)
    assert not result.ok, description
    fields = [p.field for p in result.problems]
    assert field in fields, f"{description}: {result.problems}"
    problem = next(p for p in result.problems if p.field == field)
    assert reason in problem.reason


def test_problems_never_carry_the_value() -> None:
    result = check(orjson.dumps(_with("persons.0.dob", "31-13-2010")))
    assert "31-13-2010" not in " ".join(str(p) for p in result.problems)


def test_all_problems_reported_at_once() -> None:
    record = _with("kind", "arrest") | {"source_type": "council"}
    fields = {p.field for p in check(orjson.dumps(record)).problems}
    assert {"kind", "source_type"} <= fields


def test_normalisation() -> None:
    record = check(
        orjson.dumps(_with("flags", ["cse", " missing "]) | {"offence_codes": ["22b"]})
    ).record
    assert record is not None
    assert record.flags == ["CSE", "MISSING"]
    assert record.offence_codes == ["22B"]
    assert str(record.recorded_at) == "2024-03-01 10:15:00"  # UTC, naive
    assert record.persons[0].dob is not None


def test_notes_report_what_is_kept() -> None:
    record = check(orjson.dumps(_with("flags", ["CSE", "GANG"]) | {"supplier_ref": "X"})).record
    assert record is not None
    assert notes(record) == ["unknown field: supplier_ref", "unknown flag: GANG"]
    assert notes(check(BASE).record) == []  # type: ignore[arg-type]
