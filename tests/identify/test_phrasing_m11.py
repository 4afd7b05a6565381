"""Decision model 11's classes (``phrasing_m11.py``), each with hard negatives that share its
words; and a negation given as a question's answer.

Every narrative was written for ``phrasing_m11.py``; none is copied from the labelled sets or
from the synthetic generator's phrase banks.
"""

from __future__ import annotations

import pytest

from safeguard.indicators import scan
from tests.identify.phrasing_checks import check_met, check_not_met
from tests.identify.phrasing_m11 import HARD_NEGATIVES_11, POSITIVES_11, Row


@pytest.mark.parametrize("row", POSITIVES_11, ids=[r[0] for r in POSITIVES_11])
def test_positive(row: Row) -> None:
    check_met(row)


@pytest.mark.parametrize("row", HARD_NEGATIVES_11, ids=[r[0] for r in HARD_NEGATIVES_11])
def test_hard_negative(row: Row) -> None:
    check_not_met(row)


@pytest.mark.parametrize(
    ("description", "text", "denied", "asked"),
    [
        ("'it hasn't'", "Asked whether they had sex, she was clear that it hasn't.", True, False),
        ("'they didn't'", "Asked if they had sex, she said they didn't.", True, False),
        ("'didn't answer'", "Asked if they had sex, she didn't answer.", False, True),
        ("'did not want to say'", "Asked if they had sex she did not want to say.", False, True),
        ("'not sure'", "Asked if they had sex she was not sure.", False, True),
    ],
)
def test_negation_as_the_answer(description: str, text: str, denied: bool, asked: bool) -> None:
    """A negation as a question's answer is no; one about answering leaves it a question."""
    span = next(s for s in scan(text) if s.indicator == "sexual")
    assert (span.negated, span.hypothetical) == (denied, asked), (description, span)
