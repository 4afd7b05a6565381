"""Mention keys, and how the warehouse's person mentions are standardised for linkage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from safeguard.linkage import LinkageError, MentionKey, parse_mention, prepare_mentions
from safeguard.warehouse import connect

from .conftest import load

PARTNER = "leeds-childrens-social-care"
KEYS = [
    ("plain", "kent/CR1/P1", MentionKey("kent", "CR1", "P1")),
    ("record id with slashes", "kent/12/3456/24/P2", MentionKey("kent", "12/3456/24", "P2")),
    ("partner source", f"{PARTNER}/R-9/P1", MentionKey(PARTNER, "R-9", "P1")),
]


@pytest.mark.parametrize(("description", "text", "key"), KEYS)
def test_mention_keys_parse_and_print_back(description: str, text: str, key: MentionKey) -> None:
    assert parse_mention(text) == key, description
    assert str(key) == text


@pytest.mark.parametrize("text", ["", "kent", "kent/P1", "/x/P1", "kent/x/"])
def test_bad_mention_keys_are_refused(text: str) -> None:
    with pytest.raises(LinkageError):
        parse_mention(text)


def _record(record_id: str, persons: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "safeguard-exchange/1",
        "record_id": record_id,
        "source": "kent",
        "source_type": "police",
        "force": "kent",
        "kind": "crime",
        "recorded_at": "2024-05-02T10:00:00Z",
        "occurred_from": "2024-05-01",
        "persons": persons,
    }


@pytest.fixture
def prepared(tmp_path: Path) -> dict[str, dict[str, Any]]:
    persons: list[dict[str, Any]] = [
        {
            "ref": "P1",
            "role": "victim",
            "forename": "Kay-Leigh",
            "surname": "O'Smyth",
            "aliases": ["Blaze ", ""],
            "dob": "2010-07-03",
            "sex": "F",
            "ethnicity": "W1",
            "postcode": " me1  1aa ",
            "phone": "+44 7700 900123",
            "email": " Kay@Mail.COM ",
            "identifiers": {"PNC": "12/34 5A", "nhs": "943 476 5919"},
        },
        {"ref": "P2", "role": "suspect", "forename": "K.", "surname": "Smith", "age": 14},
        {"ref": "P3", "role": "suspect", "identified": False, "age": 30},
    ]
    path = tmp_path / "records.jsonl"
    path.write_bytes(orjson.dumps(_record("CR/1", persons)) + b"\n")
    db = tmp_path / "w.duckdb"
    load(path, db)
    con = connect(db)
    try:
        rows = prepare_mentions(con).to_pylist()
    finally:
        con.close()
    return {row["unique_id"]: row for row in rows}


def test_only_identified_mentions_are_prepared(prepared: dict[str, dict[str, Any]]) -> None:
    assert sorted(prepared) == ["kent/CR/1/P1", "kent/CR/1/P2"]


def test_names_are_standardised(prepared: dict[str, dict[str, Any]]) -> None:
    row = prepared["kent/CR/1/P1"]
    assert (row["forename"], row["surname"], row["aliases"]) == ("kayleigh", "osmyth", ["blaze"])
    assert "smyth" in row["surname_dk"] and "kayleigh" in row["forename_dk"]
    assert prepared["kent/CR/1/P2"]["forename"] == "k"


def test_contact_details_are_standardised(prepared: dict[str, dict[str, Any]]) -> None:
    row = prepared["kent/CR/1/P1"]
    assert (row["postcode"], row["postcode_sector"], row["postcode_district"]) == (
        "ME1 1AA",
        "ME1 1",
        "ME1",
    )
    assert row["phone"] == "07700900123"
    assert row["email"] == "kay@mail.com"
    assert sorted(row["identifiers"]) == ["nhs:9434765919", "pnc:12/345A"]
    assert sorted(row["identifier_types"]) == ["nhs", "pnc"]
    assert row["area"] == "kent"


def test_an_age_becomes_the_range_of_birth_dates_it_allows(
    prepared: dict[str, dict[str, Any]],
) -> None:
    import datetime as dt

    row = prepared["kent/CR/1/P2"]
    born_from = dt.date(1970, 1, 1) + dt.timedelta(days=row["birth_from"])
    born_to = dt.date(1970, 1, 1) + dt.timedelta(days=row["birth_to"])
    # 14 on 2024-05-01: born from 2009-05-02 to 2010-05-01
    assert (born_from, born_to) == (dt.date(2009, 5, 2), dt.date(2010, 5, 1))
    exact = prepared["kent/CR/1/P1"]
    assert exact["birth_from"] == exact["birth_to"]
    assert exact["dob"] == "2010-07-03"
