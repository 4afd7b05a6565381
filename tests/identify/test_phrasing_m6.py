"""Decision model 6's structural classes (``phrasing_m6.py``, and a probe in other voices,
``phrasing_m6_probe.py``): giving with any object,
euphemism as a class, a relationship with a much older adult read from the structured ages,
and an offence code's exchange contradicted by the text; each with hard negatives that share
its words (family and professional givers, near-age partners, "nothing offered").

Every narrative was written for ``phrasing_m6.py``; none is copied from the labelled sets or
from the synthetic generator's phrase banks.
"""

from __future__ import annotations

import pytest

from safeguard.identify import decide
from tests.identify.conftest import make
from tests.identify.phrasing_checks import check_met, decide_row
from tests.identify.phrasing_m6 import HARD_NEGATIVES_6, KNOWN_GAPS_6, POSITIVES_6, Row
from tests.identify.phrasing_m6_probe import HARD_NEGATIVES_6B, KNOWN_GAPS_6B, POSITIVES_6B

POSITIVES = POSITIVES_6 + POSITIVES_6B
NEGATIVES = HARD_NEGATIVES_6 + HARD_NEGATIVES_6B
GAPS = KNOWN_GAPS_6 + KNOWN_GAPS_6B


@pytest.mark.parametrize("row", POSITIVES, ids=[r[0] for r in POSITIVES])
def test_positive(row: Row) -> None:
    check_met(row)


@pytest.mark.parametrize("row", NEGATIVES, ids=[r[0] for r in NEGATIVES])
def test_hard_negative(row: Row) -> None:
    d = decide_row(row)
    assert not d.cse.met, (row[0], d.to_json()["cse"])


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_6 and KNOWN_GAPS_6B")
@pytest.mark.parametrize("row", GAPS, ids=[r[0] for r in GAPS])
def test_known_gap_6(row: Row) -> None:
    assert decide_row(row).cse.met, row[0]


#: (description, narrative, victim's age, suspect's age, expected exchange evidence) for the
#: relationship rule: it names the relationship and the gap, from the structured ages.
RELATIONSHIP_CITES = [
    (
        "a 15 year old 'been seeing him', 22: the gap is cited",
        "She has been seeing him since the summer; they have sex at his flat.",
        15,
        22,
        "'been seeing' with an adult 7 years older (affection or status)",
    ),
    (
        "a 16 year old and a 30 year old 'in a relationship'",
        "She is in a relationship with him and they sleep together.",
        16,
        30,
        "'in a relationship with' with an adult 14 years older (affection or status)",
    ),
]


@pytest.mark.parametrize(
    ("description", "text", "age", "suspect", "cited"),
    RELATIONSHIP_CITES,
    ids=[r[0] for r in RELATIONSHIP_CITES],
)
def test_relationship_rule_cites_the_gap(
    description: str, text: str, age: int, suspect: int, cited: str
) -> None:
    d = decide(make(text, victim_age=age, suspects=({"age": suspect},)))
    exchange = next(c for c in d.cse.criteria if c.id == "exchange")
    assert cited in exchange.evidence, (description, exchange.evidence)


def test_code_71_is_not_an_exchange_when_the_text_says_nothing_was_offered() -> None:
    text = "Adult sent her sexual messages. He didn't offer her anything."
    d = decide(make(text, codes=("71",), victim_age=13, suspects=({"age": 35},)))
    exchange = next(c for c in d.cse.criteria if c.id == "exchange")
    assert not exchange.met, exchange.evidence
    silent = decide(make("Adult sent her sexual messages.", codes=("71",), victim_age=13))
    assert next(c for c in silent.cse.criteria if c.id == "exchange").met
