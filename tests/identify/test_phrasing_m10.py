"""Decision models 10 and 11's classes (``phrasing_m10.py``, ``phrasing_m11.py``).

Model 10: what a child calls a much older partner, a question answered yes in words that would
otherwise deny, offers refused, what is given in its own sentence, "brought" as taken, HIV
testing, children sent into a room with the men, a place that is not a giver, and more of what
is given. Model 11: older and new partners and a stated age gap, a negation as a question's
answer, training material, rumours found untrue, and more of the words. Each class has hard
negatives that share its words.

Every narrative was written for ``phrasing_m10.py`` and ``phrasing_m11.py``; none is copied
from the labelled sets or from the synthetic generator's phrase banks.

The rows' common checks (true rows, hard negatives, network rows) run in
``test_phrasing_rows.py``; this module gathers the rows and tests what is particular.
"""

from __future__ import annotations

import pytest

from safeguard.indicators import scan
from tests.identify.phrasing_m10 import (
    HARD_NEGATIVES_10,
    HARD_NEGATIVES_10B,
    NETWORKS_10,
    NETWORKS_10B,
    POSITIVES_10,
    POSITIVES_10B,
)
from tests.identify.phrasing_m11 import HARD_NEGATIVES_11, POSITIVES_11

POSITIVES = [*POSITIVES_10, *POSITIVES_10B, *POSITIVES_11]
NEGATIVES = [*HARD_NEGATIVES_10, *HARD_NEGATIVES_10B, *HARD_NEGATIVES_11]
NETWORKS = [*NETWORKS_10, *NETWORKS_10B]


@pytest.mark.parametrize(
    ("description", "text", "sexual", "denied"),
    [
        ("answered yes: the child's answer", "Asked if anything sexual happens: 'obvs'.", 1, 0),
        ("answered no: a denial", "Asked if anything sexual happened, she said no.", 0, 1),
        ("not answered: neither", "Asked if anything sexual happened; she shrugged.", 0, 0),
        ("a denial without a question", "He denies anything sexual.", 0, 1),
        ("not a question to the child: neither", "Unclear if anything sexual happened.", 0, 0),
    ],
)
def test_polarity_term_in_a_question(description: str, text: str, sexual: int, denied: int) -> None:
    """ "anything sexual" denies only under a negation; in a question answered yes it is the
    child's answer: sexual activity."""
    from safeguard.identify._criteria import SEXUAL_DENIED
    from safeguard.identify._decide import _counted

    counted = _counted(scan(text), text)
    assert len(counted.get("sexual", ())) == sexual, (description, counted)
    assert len(counted.get(SEXUAL_DENIED, ())) == denied, (description, counted)


@pytest.mark.parametrize(
    ("description", "text", "exchange"),
    [
        (
            "the object in its own sentence",
            "A man bought it him after he sent pics. Phone seized.",
            "bought it him after he",
        ),
        ("brought by ambulance is not given", "13F brought by ambulance, GCS 14, alcohol.", None),
        ("brought her vodka is given", "He brought her vodka to the park.", "brought her vodka"),
        (
            "a place before the verb is not a parent",
            "Met him outside school, buys her vapes.",
            "buys her vapes",
        ),
    ],
)
def test_what_is_given(description: str, text: str, exchange: str | None) -> None:
    """What a giving verb gives, and who gave it."""
    found = [s for s in scan(text) if s.indicator == "exchange" and s.counts]
    if exchange is None:
        assert not found, (description, found)
    else:
        assert [s.text for s in found] == [exchange], (description, scan(text))


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
