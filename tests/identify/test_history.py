"""Decisions with the child's linked history (decision model 4): what the other records lend.

Each row: a record that does not meet cse/1 alone, the child's other records, whether it then
meets it, and the record it must cite. Narratives written for this file.
"""

from __future__ import annotations

from typing import Any

import pytest

from safeguard.exchange import Record
from safeguard.identify import PersonContext, decide
from tests.identify.conftest import make


def _other(text: str | None, record_id: str, age: int | None = 14) -> Record:
    return make(
        text,
        kind="referral",
        source_type="childrens_social_care",
        record_id=record_id,
        victim_age=age,
    )


# (description, record, history, met, a record the decision must cite)
ROWS: list[tuple[str, dict[str, Any], list[Record], bool, str | None]] = [
    (
        "a threat to share images elsewhere is the exchange for an 88A crime",
        {"narrative": "IP sent sexual images of herself to the suspect.", "codes": ("88A",)},
        [_other("Disclosed he will post the photos online unless she sends another.", "CSC-1")],
        True,
        "CSC-1",
    ),
    (
        "a debt elsewhere is the exchange",
        {"narrative": "Sexual activity with the suspect at his flat.", "codes": ("22B",)},
        [_other("Says she owes him for the weed and has to pay it back.", "CSC-2")],
        True,
        "CSC-2",
    ),
    (
        "the child's age elsewhere completes a record that gives none",
        {
            "narrative": "Explicit images found on her phone, sent to a man who buys her vapes.",
            "codes": ("86",),
            "victim_age": None,
            "suspects": ({"age": 35},),
        },
        [_other("Seen at placement; no concerns raised today.", "CSC-3", age=14)],
        True,
        "CSC-3",
    ),
    (
        "an age of 17 elsewhere does not place this record under 18",
        {
            "narrative": "Explicit images found on her phone, sent to a man who buys her vapes.",
            "codes": ("86",),
            "victim_age": None,
            "suspects": ({"age": 35},),
        },
        [_other("Seen at placement; no concerns raised today.", "CSC-4", age=17)],
        False,
        None,
    ),
    (
        "the history never supplies sexual activity",
        {"narrative": "Missing overnight, returned intoxicated.", "kind": "missing_episode"},
        [_other("She has had sex with a 30 year old who gives her money.", "CSC-5")],
        False,
        None,
    ),
    (
        "a negated threat elsewhere lends nothing",
        {"narrative": "IP sent sexual images of herself to the suspect.", "codes": ("88A",)},
        [_other("No indication of anyone threatening to share images.", "CSC-6")],
        False,
        None,
    ),
]


@pytest.mark.parametrize(
    ("description", "record", "history", "met", "cited"), ROWS, ids=[r[0] for r in ROWS]
)
def test_history_lends(
    description: str, record: dict[str, Any], history: list[Record], met: bool, cited: str | None
) -> None:
    kind = record.get("kind", "crime")
    decided = make(
        record["narrative"],
        record.get("codes", ()),
        victim_age=record.get("victim_age", 14),
        suspects=record.get("suspects", ()),
        kind=kind,
        source_type="police" if kind == "crime" else "missing_persons",
    )
    assert not decide(decided).cse.met, description
    d = decide(decided, PersonContext.from_records(history))
    assert d.cse.met is met, (description, d.to_json()["cse"])
    if cited is not None:
        evidence = " ".join(e for c in d.cse.criteria for e in c.evidence)
        assert cited in evidence, (description, evidence)
