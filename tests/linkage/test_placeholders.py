"""Placeholder values become null before blocking and comparison.

A value shared by many unrelated people ("unknown", a date of birth of 1900-01-01, a phone of
00000000000) would say they match and, as a blocking key, put every one of them beside every
other. Each row: what the record holds, the prepared column, and what linkage sees (None for
null). Rows are written straight into an in-memory warehouse, as a supplier's system might
have sent them, so that the ingest's checks do not decide what reaches linkage.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pytest

from safeguard.linkage import prepare_mentions
from safeguard.warehouse import connect

EVENT = dt.date(2024, 5, 1)

CASES: list[tuple[str, str, Any, str, Any]] = [
    # description, persons column, value held, prepared column, value seen
    ("a real date of birth is kept", "dob", dt.date(2009, 3, 7), "dob", "2009-03-07"),
    ("1900-01-01 is a placeholder", "dob", dt.date(1900, 1, 1), "dob", None),
    ("a date before 1901 is a placeholder", "dob", dt.date(1899, 12, 31), "dob", None),
    ("born after the event is impossible", "dob", dt.date(2030, 1, 1), "dob", None),
    ("a placeholder date gives no birth range", "dob", dt.date(1900, 1, 1), "birth_from", None),
    ("an age of 999 is a placeholder", "age", 999, "birth_from", None),
    ("a real phone is kept", "phone", "07700 900123", "phone", "07700900123"),
    ("all zeros is a placeholder", "phone", "00000000000", "phone", None),
    ("one digit repeated after the 0", "phone", "07777 777777", "phone", None),
    ("a counting sequence", "phone", "01234 567890", "phone", None),
    ("too few digits for a phone", "phone", "12345", "phone", None),
    ("a word for a phone", "phone", "unknown", "phone", None),
    ("a real e-mail is kept", "email", "Kay@Mail.co.uk", "email", "kay@mail.co.uk"),
    ("'unknown' is not an e-mail", "email", "unknown", "email", None),
    ("an e-mail with no local part", "email", "@mail.com", "email", None),
    ("a placeholder local part", "email", "noemail@mail.com", "email", None),
    ("a placeholder domain", "email", "kay@example.com", "email", None),
    ("a real surname is kept", "surname", "Smith", "surname", "smith"),
    ("'Unknown' is not a surname", "surname", "Unknown", "surname", None),
    ("'N/K' is not a surname", "surname", "N/K", "surname", None),
    ("'Not known' is not a forename", "forename", "Not known", "forename", None),
    ("a real postcode is kept", "postcode", "me1 1aa", "postcode", "ME1 1AA"),
    ("ZZ99 is the NHS's 'no fixed abode'", "postcode", "ZZ99 3VZ", "postcode", None),
    ("no district for a ZZ99 code", "postcode", "ZZ99 3VZ", "postcode_district", None),
    ("'NFA' is no district", "postcode", "NFA", "postcode_district", None),
    ("an outward code alone is a district", "postcode", "ME1", "postcode_district", "ME1"),
    (
        "a real identifier is kept",
        "identifiers",
        '{"pnc": "12/345A"}',
        "identifiers",
        ["pnc:12/345A"],
    ),
    ("all zeros is no identifier", "identifiers", '{"nhs": "0000000000"}', "identifiers", None),
    ("'unknown' is no identifier", "identifiers", '{"pnc": "Unknown"}', "identifiers", None),
    (
        "a placeholder leaves the real one",
        "identifiers",
        '{"nhs": "9999999999", "pnc": "1/2X"}',
        "identifiers",
        ["pnc:1/2X"],
    ),
    (
        "no kind for a placeholder identifier",
        "identifiers",
        '{"nhs": "9999999999"}',
        "identifier_types",
        None,
    ),
]


def _warehouse(column: str, value: Any) -> duckdb.DuckDBPyConnection:
    con = connect(":memory:")
    con.execute(
        "INSERT INTO records (source, record_id, version, format, source_type, force, kind, "
        "recorded_at, occurred_from, classification, raw, content_hash, run_id, input_file, "
        "input_sha256, input_line) VALUES ('kent', 'CR1', 1, 'safeguard-exchange/1', 'police', "
        "'kent', 'crime', ?, ?, 'OFFICIAL-SENSITIVE', '{}', 'h', 'r', 'f', 's', 1)",
        [EVENT, EVENT],
    )
    person = {"forename": "Kayleigh", "surname": "Smyth", "dob": dt.date(2010, 7, 3)}
    person[column] = value
    if column == "age":
        person["dob"] = None
    columns = ", ".join(person)
    marks = ", ".join("?" for _ in person)
    con.execute(
        f"INSERT INTO persons (source, record_id, ordinal, ref, role, identified, {columns}) "
        f"VALUES ('kent', 'CR1', 1, 'P1', 'victim', true, {marks})",
        list(person.values()),
    )
    return con


@pytest.mark.parametrize(
    ("description", "column", "held", "prepared", "seen"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_placeholders_become_null(
    description: str, column: str, held: Any, prepared: str, seen: Any
) -> None:
    con = _warehouse(column, held)
    try:
        row = prepare_mentions(con).to_pylist()[0]
    finally:
        con.close()
    assert row[prepared] == seen, description
