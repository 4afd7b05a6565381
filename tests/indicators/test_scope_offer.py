"""Model 7: a condition put to the child ("if she'd sleep with him") is not what happened,
unless it is accepted ("and she did") and the acceptance is not itself negated."""

from __future__ import annotations

import pytest

from safeguard.indicators import scan

#: (description, narrative, the sexual term, whether it is read as hypothetical)
CASES = [
    (
        "an offer refused: the condition is hypothetical",
        "He offered her shifts if she'd sleep with him. She refused.",
        "sleep with",
        True,
    ),
    (
        "an offer accepted: what followed happened",
        "He offered her £50 if she'd sleep with him, and she did.",
        "sleep with",
        False,
    ),
    (
        "'she agreed' in the next sentence accepts it",
        "He offered vodka if she would sleep with him. She agreed.",
        "sleep with",
        False,
    ),
    (
        "'she did not' is no acceptance",
        "He offered vodka if she would sleep with him, and she did not.",
        "sleep with",
        True,
    ),
    (
        "an acceptance too far away does not reach back",
        "He offered vodka if she would sleep with him. Mum was called and the police attended "
        "the address later that evening and spoke to everyone, and she did give a statement.",
        "sleep with",
        True,
    ),
]


@pytest.mark.parametrize(
    ("description", "text", "term", "hypothetical"), CASES, ids=[c[0] for c in CASES]
)
def test_offer_condition_scope(description: str, text: str, term: str, hypothetical: bool) -> None:
    spans = [s for s in scan(text) if s.text.lower() == term]
    assert spans, (description, scan(text))
    assert spans[0].hypothetical is hypothetical, (description, spans[0])
