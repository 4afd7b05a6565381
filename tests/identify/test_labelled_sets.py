"""decide() over the labelled development sets: confusion matrices, every miss, and floors.

Every file here is development material (tests/data/labelled/README.md): ``train.jsonl``
since decision model 3, ``dev.jsonl`` (model 2's), ``dev-b.jsonl`` (the first holdout, scored
once for model 3, then read for its misses) and ``dev-c.jsonl`` (the second holdout, scored
once for model 4, then read for its misses), ``dev-d.jsonl`` (the third holdout, scored
once for model 5, then read for its misses) and ``dev-e.jsonl`` (the fourth holdout, scored
once for model 6, then read for its misses) and ``dev-f.jsonl`` (the fifth holdout, scored
once for model 7, then read for its misses) and ``dev-g.jsonl`` (the sixth holdout, scored
once for model 8, then read for its misses), ``dev-h.jsonl`` (the seventh, scored once for
model 9), ``dev-i.jsonl`` (the eighth, scored once for model 10 as first built) and
``dev-j.jsonl`` (the ninth, scored once for model 10), each then read. The held-out measurement is
``test_holdout_set.py``.
Each floor sits a little under the figure reached (0.03 on train, 0.05 on the smaller dev
files), so a change that loses recall or precision fails here; raise them when the identifier
improves. Run with ``-s`` to see each matrix and each miss with its rationale and criteria.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.identify.labelled import Matrix, check_floor, score

#: (set, definition): (recall, precision) reached by decision model 11, and the floor's margin.
#: dev-c's, dev-d's and dev-e's figures were reached after reading their misses: they are not
#: held-out measures (unseen, model 4 scored cse/1 0.778 / 0.984 and organised-network/1
#: 0.731 / 0.950 on dev-c; model 5 scored cse/1 0.605 / 0.907 and organised-network/1
#: 0.607 / 1.0 on dev-d; model 6 scored cse/1 0.833 / 0.923 and organised-network/1
#: 0.731 / 1.0 on dev-e; model 7 scored cse/1 0.722 / 0.963 and organised-network/1
#: 0.583 / 0.933 on dev-f; model 8 scored cse/1 0.822 / 0.984 and organised-network/1
#: 0.731 / 0.950 on dev-g; model 9 scored cse/1 0.833 / 0.984 and organised-network/1
#: 0.958 / 0.920 on dev-h; model 10 as first built scored cse/1 0.831 / 0.894 and
#: organised-network/1 0.773 / 0.895 on dev-i; model 10 scored cse/1 0.792 / 0.934 and
#: organised-network/1 0.762 / 0.941 on dev-j). The figures below are model 11's.
REACHED = {
    ("train", "cse"): (0.995, 1.0, 0.03),
    ("train", "organised_network"): (1.0, 0.974, 0.03),
    ("dev", "cse"): (0.972, 1.0, 0.05),
    ("dev", "organised_network"): (1.0, 1.0, 0.05),
    ("dev-b", "cse"): (1.0, 1.0, 0.05),
    ("dev-b", "organised_network"): (1.0, 0.923, 0.05),
    ("dev-c", "cse"): (1.0, 1.0, 0.05),
    ("dev-c", "organised_network"): (1.0, 0.963, 0.05),
    ("dev-d", "cse"): (0.926, 1.0, 0.05),
    ("dev-d", "organised_network"): (0.893, 1.0, 0.05),
    ("dev-e", "cse"): (1.0, 1.0, 0.05),
    ("dev-e", "organised_network"): (1.0, 1.0, 0.05),
    ("dev-f", "cse"): (0.958, 1.0, 0.05),
    ("dev-f", "organised_network"): (0.833, 0.952, 0.05),
    ("dev-g", "cse"): (1.0, 0.986, 0.05),
    ("dev-g", "organised_network"): (0.962, 0.926, 0.05),
    ("dev-h", "cse"): (0.958, 1.0, 0.05),
    ("dev-h", "organised_network"): (1.0, 0.923, 0.05),
    ("dev-i", "cse"): (0.986, 0.933, 0.05),
    ("dev-i", "organised_network"): (0.909, 1.0, 0.05),
    ("dev-j", "cse"): (0.958, 0.986, 0.05),
    ("dev-j", "organised_network"): (0.905, 0.905, 0.05),
}


@cache
def _scored(name: str) -> dict[str, Matrix]:
    return score(name)


@pytest.mark.parametrize(("name", "definition"), sorted(REACHED))
def test_labelled_set_floor(name: str, definition: str) -> None:
    recall, precision, margin = REACHED[name, definition]
    check_floor(
        _scored(name)[definition], f"{name} {definition}", recall - margin, precision - margin
    )
