"""Decision model 8's classes (``phrasing_m8.py``): sexual activity inferred, with its own
weaker evidence, from a relationship or euphemism frame with a much older adult who gives
things, from access to the child sold, from payment for plain pictures, and from forensic
signs; each with hard negatives that share its words.

Every narrative was written for ``phrasing_m8.py``; none is copied from the labelled sets or
from the synthetic generator's phrase banks.

The rows' common checks (true rows, hard negatives, network rows) run in
``test_phrasing_rows.py``; this module gathers the rows and tests what is particular.
"""

from __future__ import annotations

from typing import Any

import pytest

from safeguard.identify._criteria import INFERRED_WEIGHT
from tests.identify.phrasing_checks import decide_row
from tests.identify.phrasing_m8 import (
    FRAMED,
    KNOWN_GAPS_8,
    SOLD,
    Row,
)


@pytest.mark.xfail(strict=True, reason="known gap: see KNOWN_GAPS_8")
@pytest.mark.parametrize("row", KNOWN_GAPS_8, ids=[r[0] for r in KNOWN_GAPS_8])
def test_known_gap_8(row: Row) -> None:
    assert decide_row(row).cse.met, row[0]


@pytest.mark.parametrize("row", SOLD, ids=[r[0] for r in SOLD])
def test_sold_access_network(row: tuple[Any, ...]) -> None:
    d = decide_row(row[:5])
    assert d.organised_network.met is row[5], (row[0], d.to_json()["organised_network"])


@pytest.mark.parametrize("row", FRAMED, ids=[r[0] for r in FRAMED])
def test_inference_is_cited_and_lowers_confidence(row: Row) -> None:
    """An inferred criterion says so in its evidence, and the decision's confidence is that of
    a criterion at :data:`INFERRED_WEIGHT` at most."""
    d = decide_row(row)
    sexual = d.cse.criteria[1]
    assert sexual.met and any(e.startswith("inferred:") for e in sexual.evidence), sexual
    assert d.cse.confidence is not None
    assert d.cse.confidence <= round(0.5 + 0.45 * INFERRED_WEIGHT + 0.06, 2)
