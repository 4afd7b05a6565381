"""Offence codes and flags as read: upper case, stripped, blanks dropped, null as empty."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from safeguard.exchange import check

BASE: dict[str, Any] = {
    "format": "safeguard-exchange/1",
    "record_id": "R1",
    "source": "kent",
    "source_type": "police",
    "kind": "crime",
    "recorded_at": "2024-03-01T10:15:00",
}

READ = [
    ("upper-cased", ["22b", "cse"], ["22B", "CSE"]),
    ("stripped", [" 22b ", "\tcse\n"], ["22B", "CSE"]),
    ("blanks dropped", ["", "   ", "71"], ["71"]),
    ("null is an empty list", None, []),
    ("an empty list", [], []),
    ("a separator character Python strips", ["\x1c22b\x1f"], ["22B"]),
    ("non-breaking and ideographic spaces", ["\u00a022b\u3000"], ["22B"]),
    ("a zero-width space is kept", ["\u200b22b"], ["\u200b22B"]),
    ("German sharp s upper-cased as Python does", ["straße"], ["STRASSE"]),
]
REJECTED = [
    ("a number in the list", [22], "offence_codes[0]"),
    ("null in the list", ["22B", None], "offence_codes[1]"),
    ("not a list", "22B", "offence_codes"),
    ("an object", {"code": "22B"}, "offence_codes"),
]


@pytest.mark.parametrize(("description", "given", "expected"), READ, ids=[r[0] for r in READ])
@pytest.mark.parametrize("as_json", [True, False], ids=["JSON line", "parsed dict"])
def test_codes_and_flags_are_read_alike(
    description: str, given: Any, expected: list[str], as_json: bool
) -> None:
    data = BASE | {"offence_codes": given, "flags": given}
    record = check(orjson.dumps(data) if as_json else data).record
    assert record is not None, description
    assert record.offence_codes == expected, description
    assert record.flags == expected, description


@pytest.mark.parametrize(("description", "given", "field"), REJECTED, ids=[r[0] for r in REJECTED])
@pytest.mark.parametrize("as_json", [True, False], ids=["JSON line", "parsed dict"])
def test_codes_that_are_not_strings_are_rejected_by_field(
    description: str, given: Any, field: str, as_json: bool
) -> None:
    data = BASE | {"offence_codes": given}
    result = check(orjson.dumps(data) if as_json else data)
    assert result.record is None, description
    assert [p.field for p in result.problems] == [field], description
