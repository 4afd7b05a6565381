"""scan_many: the same evidence as scan, text by text, for a batch."""

from __future__ import annotations

import pytest

from safeguard.indicators import scan, scan_many

TEXTS = [
    ("no narrative", None),
    ("an empty narrative", ""),
    ("background crime with no indicator", "Rear door forced; a television and laptop taken."),
    ("an exchange and an adult's age", "He bought her vodka and a new phone. He is 34yo."),
    ("a negated exchange", "No evidence of gifts or money. Nil concerns re CSE."),
    ("advice, not evidence", "Advised about the risks of accepting lifts from older males."),
    ("collapsed punctuation", "She was paid... for it!!  She had a new iPhone;; he drove her."),
]


@pytest.mark.parametrize("size", [1, 3, len(TEXTS)])
def test_scan_many_gives_what_scan_gives_for_each_text(size: int) -> None:
    texts = [text for _, text in TEXTS]
    batches = [texts[i : i + size] for i in range(0, len(texts), size)]
    found = [evidence for batch in batches for evidence in scan_many(batch)]
    assert found == [scan(text) for text in texts]
    assert any(found), "no text gave evidence: the comparison would be empty"
