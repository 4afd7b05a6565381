"""Decision model 7's classes (``phrasing_m7.py``, and a probe in other voices,
``phrasing_m7_probe.py``): an exchange bound to sexual activity a few
words away and a debt paid off through it, facilitation as organised-network evidence, payment
apps for images, and precision (a near-age partner with nothing given, a refused offer, a
stolen phone, a question answered "no"); each with hard negatives that share its words.

Every narrative was written for ``phrasing_m7.py``; none is copied from the labelled sets or
from the synthetic generator's phrase banks.

The rows' common checks (true rows, hard negatives, network rows) run in
``test_phrasing_rows.py``; this module gathers the rows and tests what is particular.
"""

from __future__ import annotations

import pytest

from tests.identify.phrasing_checks import decide_row
from tests.identify.phrasing_m7 import HARD_NEGATIVES_7, POSITIVES_7, Row
from tests.identify.phrasing_m7_probe import (
    HARD_NEGATIVES_7B,
    NETWORK_7B,
    POSITIVES_7B,
)

POSITIVES = POSITIVES_7 + POSITIVES_7B
NEGATIVES = HARD_NEGATIVES_7 + HARD_NEGATIVES_7B


@pytest.mark.parametrize("row", POSITIVES_7B, ids=[r[0] for r in POSITIVES_7B])
def test_probe_network(row: Row) -> None:
    d = decide_row(row)
    assert d.organised_network.met is (row[0] in NETWORK_7B), (
        row[0],
        d.to_json()["organised_network"],
    )
