"""Decision model 9's classes (``phrasing_m9.py``): a question answered yes, text-speak
spellings of small words, a slot inside a euphemism, acts the child was made to do, signs,
online pictures in a state of undress and streams sold, and networks; each with hard
negatives that share its words.

Every narrative was written for ``phrasing_m9.py``; none is copied from the labelled sets or
from the synthetic generator's phrase banks.

The rows' common checks (true rows, hard negatives, network rows) run in
``test_phrasing_rows.py``; this module gathers the rows and tests what is particular.
"""

from __future__ import annotations

import copy

import pytest

from safeguard.indicators import LexiconError, scan
from safeguard.indicators._lexicon import _raw, build
from tests.identify.phrasing_checks import decide_row
from tests.identify.phrasing_m9 import (
    ADVERSARIAL_9,
    COERCED,
    HARD_NEGATIVES_9,
    KNOWN_GAPS_9,
    POSITIVES_9,
    Row,
)
from tests.identify.phrasing_m9_probe import (
    HARD_NEGATIVES_9B,
    HARD_NEGATIVES_9C,
    HARD_NEGATIVES_9D,
    KNOWN_GAPS_9B,
    POSITIVES_9B,
    POSITIVES_9C,
    POSITIVES_9D,
)
from tests.identify.phrasing_m9_probe_b import (
    HARD_NEGATIVES_9E,
    HARD_NEGATIVES_9F,
    HARD_NEGATIVES_9G,
    KNOWN_GAPS_9G,
    POSITIVES_9F,
    POSITIVES_9G,
)

POSITIVES = [
    *POSITIVES_9,
    *POSITIVES_9B,
    *POSITIVES_9C,
    *POSITIVES_9D,
    *POSITIVES_9F,
    *POSITIVES_9G,
]
GAPS = [*KNOWN_GAPS_9, *KNOWN_GAPS_9B, *KNOWN_GAPS_9G]
NEGATIVES = [
    *HARD_NEGATIVES_9,
    *ADVERSARIAL_9,
    *HARD_NEGATIVES_9B,
    *HARD_NEGATIVES_9C,
    *HARD_NEGATIVES_9D,
    *HARD_NEGATIVES_9E,
    *HARD_NEGATIVES_9F,
    *HARD_NEGATIVES_9G,
]


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_9, KNOWN_GAPS_9B and 9G")
@pytest.mark.parametrize("row", GAPS, ids=[r[0] for r in GAPS])
def test_known_gap_9(row: Row) -> None:
    assert decide_row(row).cse.met, row[0]


@pytest.mark.parametrize("row", COERCED, ids=[r[0] for r in COERCED])
def test_coerced_acts_are_cited_as_inferred(row: Row) -> None:
    """Acts the child was made to do, not named, are inferred sexual activity and say so."""
    sexual = decide_row(row).cse.criteria[1]
    assert sexual.met and any(e.startswith("inferred:") for e in sexual.evidence), sexual


@pytest.mark.parametrize(
    ("description", "text", "hypothetical"),
    [
        ("a dash and yes", "Asked if sexually active - yes.", False),
        ("said 'yeah'", "Asked if they're sexually active, she said 'yeah'.", False),
        ("nodded", "When asked whether they had sex, she nodded.", False),
        ("said no", "Asked if they're sexually active, she said no.", True),
        ("denied", "Asked if they had sex, she denied it.", True),
        ("no answer", "Asked if they're sexually active she didn't answer.", True),
        ("no before a later yes", "Asked if sexually active, no. Is she safe at home? Yes.", True),
        ("another speaker's yes", "Asked if they had sex. Mum confirmed she stays out.", True),
    ],
)
def test_question_answered(description: str, text: str, hypothetical: bool) -> None:
    """A question answered yes no longer makes what it asks hypothetical; answered no, or not
    answered, it still does."""
    spans = [s for s in scan(text) if s.indicator == "sexual"]
    assert spans, description
    assert any(s.hypothetical or s.negated for s in spans) is hypothetical, (description, spans)


@pytest.mark.parametrize(
    ("description", "text", "group"),
    [
        ("'wiv' for with", "she slept wiv him", "sexual"),
        ("'wif' for with", "had sex wif him", "sexual"),
        ("'cos' ends a negation as 'because' does", "not fair cos he gave her £20", "exchange"),
        ("'u' for you", "he gives u a tenner", "exchange"),
        ("a slot in a euphemism", "she has done some other stuff with him", "sexual_implied"),
        ("bruising without 'her'", "bruising on inner thigh", "sexual_sign"),
    ],
)
def test_forms_are_read(description: str, text: str, group: str) -> None:
    """Text-speak, dialect spellings and filled slots are read as the term they spell."""
    assert any(s.indicator == group and s.counts for s in scan(text)), (description, scan(text))


@pytest.mark.parametrize(
    ("description", "text", "indicator", "negated"),
    [
        (
            "'not related' denies only being family",
            "Her 'uncle' (not related, 35) takes her to his mates' houses.",
            "facilitation",
            False,
        ),
        (
            "'no concerns related to' still negates",
            "No concerns related to sexual exploitation.",
            "sexual",
            True,
        ),
        (
            "'not related' does not stop a later negation",
            "He is not related to her and did not give her money.",
            "exchange",
            True,
        ),
    ],
)
def test_not_family(description: str, text: str, indicator: str, negated: bool) -> None:
    """ "not related", "no relation", "not a relative" deny only that someone is family."""
    spans = [s for s in scan(text) if s.indicator == indicator]
    assert spans, description
    assert spans[0].negated is negated, (description, spans)


def test_two_pairs_of_one_name_are_rejected() -> None:
    """A second pair rule with a name already used would take the first rule's terms."""
    broken = copy.deepcopy(_raw())
    broken["pairs"].append(copy.deepcopy(broken["pairs"][0]))
    with pytest.raises(LexiconError, match="two pairs named"):
        build(broken)
