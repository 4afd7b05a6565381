"""The rows of decision models 7 to 11's phrasing classes, through the same checks.

Each class module (``phrasing_m7.py`` to ``phrasing_m11.py`` and their probes) holds rows
written for it; the test modules beside them (``test_phrasing_m7.py`` to
``test_phrasing_m10.py``) gather each model's rows and test what is particular to it. Here
every true row must meet cse/1, every hard negative must meet neither definition, and every
network row must meet cse/1 and organised-network/1 exactly when it says so. Each id names
the model.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.identify import test_phrasing_m7 as m7
from tests.identify import test_phrasing_m9 as m9
from tests.identify import test_phrasing_m10 as m10
from tests.identify.phrasing_checks import check_met, check_network, check_not_met
from tests.identify.phrasing_m7 import FACILITATION
from tests.identify.phrasing_m8 import HARD_NEGATIVES_8, POSITIVES_8
from tests.identify.phrasing_m9 import NETWORKS as NETWORKS_9
from tests.identify.phrasing_m9_probe_b import NETWORKS_9E

Rows = list[tuple[Any, ...]]
POSITIVES: dict[str, Rows] = {
    "m7": list(m7.POSITIVES),
    "m8": list(POSITIVES_8),
    "m9": list(m9.POSITIVES),
    "m10": list(m10.POSITIVES),
}
NEGATIVES: dict[str, Rows] = {
    "m7": list(m7.NEGATIVES),
    "m8": list(HARD_NEGATIVES_8),
    "m9": list(m9.NEGATIVES),
    "m10": list(m10.NEGATIVES),
}
NETWORKS: dict[str, Rows] = {
    "m7": list(FACILITATION),
    "m9": [*NETWORKS_9, *NETWORKS_9E],
    "m10": list(m10.NETWORKS),
}


def _cases(by_model: dict[str, Rows]) -> list[Any]:
    return [
        pytest.param(row, id=f"{model}: {row[0]}")
        for model, rows in by_model.items()
        for row in rows
    ]


@pytest.mark.parametrize("row", _cases(POSITIVES))
def test_positive(row: tuple[Any, ...]) -> None:
    check_met(row)


@pytest.mark.parametrize("row", _cases(NEGATIVES))
def test_hard_negative(row: tuple[Any, ...]) -> None:
    check_not_met(row)


@pytest.mark.parametrize("row", _cases(NETWORKS))
def test_network(row: tuple[Any, ...]) -> None:
    check_network(row)
