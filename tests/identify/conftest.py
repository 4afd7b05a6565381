"""Hand-built records for decision tests."""

from __future__ import annotations

from typing import Any

from safeguard.exchange import Record, check


def make(
    narrative: str | None = None,
    codes: tuple[str, ...] = (),
    victim_age: int | None = 14,
    suspects: tuple[dict[str, Any], ...] = (),
    flags: tuple[str, ...] = (),
    kind: str = "crime",
    source_type: str = "police",
    record_id: str = "R1",
    links: tuple[dict[str, Any], ...] = (),
) -> Record:
    """A valid record with a victim (or subject) and the given parts."""
    role = "victim" if kind in ("crime", "incident", "intelligence") else "subject"
    persons: list[dict[str, Any]] = [
        {
            "ref": "P1",
            "role": role,
            "age": victim_age,
            "sex": "F",
            "ethnicity": "W1",
            "nationality": "GBR",
        }
    ]
    for i, extra in enumerate(suspects, start=2):
        persons.append({"ref": f"P{i}", "role": "suspect", **extra})
    data = {
        "format": "safeguard-exchange/1",
        "record_id": record_id,
        "source": "kent",
        "source_type": source_type,
        "kind": kind,
        "recorded_at": "2024-03-01T10:00:00",
        "offence_codes": list(codes),
        "narrative": narrative,
        "flags": list(flags),
        "persons": persons,
        "links": list(links),
    }
    checked = check(data)
    assert checked.record is not None, checked.problems
    return checked.record
