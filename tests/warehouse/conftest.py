"""Fixtures for warehouse tests: records built in code, deterministically."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

from safeguard.warehouse import Settings

BASE: dict[str, Any] = {
    "format": "safeguard-exchange/1",
    "record_id": "R1",
    "source": "kent",
    "source_type": "police",
    "force": "kent",
    "kind": "crime",
    "version": 1,
    "recorded_at": "2024-03-02T10:00:00Z",
    "occurred_from": "2024-03-01",
    "occurred_to": "2024-03-01T22:00:00",
    "offence_codes": ["22B"],
    "narrative": "synthetic narrative",
    "flags": ["CSE"],
    "persons": [
        {
            "ref": "P1",
            "role": "victim",
            "forename": "Amy",
            "surname": "Test",
            "dob": "2009-05-01",
            "sex": "F",
            "aliases": ["A"],
            "identifiers": {"child_id": "C1"},
        },
        {"ref": "P2", "role": "suspect", "forename": "Bob", "surname": "Test", "age": 30},
    ],
    "locations": [{"ref": "L1", "type": "takeaway", "postcode": "ME1 1AA"}],
    "objects": [{"ref": "O1", "type": "vehicle", "value": "AB12CDE"}],
    "links": [{"from": "P2", "to": "O1", "type": "drives"}],
    "safeguarding_actions": [{"type": "strategy_meeting", "at": "2024-03-03", "person_ref": "P1"}],
    "arrests": [{"person_ref": "P2", "at": "2024-03-04T09:00:00Z"}],
    "outcome": {"code": 1, "at": "2024-06-01"},
}


def record(**changes: Any) -> dict[str, Any]:
    """A valid record with some fields changed (a value of None removes the field)."""
    data = copy.deepcopy(BASE)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def write_lines(path: Path, items: Iterable[dict[str, Any] | str]) -> Path:
    """Write records (dicts) or literal lines (str) as JSON Lines."""
    with path.open("wb") as handle:
        for item in items:
            text = item.encode() if isinstance(item, str) else orjson.dumps(item)
            handle.write(text + b"\n")
    return path


@pytest.fixture
def settings() -> Settings:
    """In-process validation, so tests stay quick; one test covers the worker pool."""
    return Settings(workers=0, batch_size=3)
