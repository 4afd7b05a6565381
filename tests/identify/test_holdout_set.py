"""The held-out labelled set: how the identifier does on text no one tuning it has read.

``tests/data/labelled/holdout.jsonl`` is written by someone who cannot see the identifier and
is installed and scored once by the lead (tests/data/labelled/README.md). Nobody changing the
lexicon or the rules reads it. The test prints both confusion matrices and every miss (run with
``-s``) and fails below a floor; it is skipped while the file is absent. The first holdout,
read for its misses, is now ``dev-b.jsonl``; the second (scored once for decision model 4:
cse/1 recall 0.778, precision 0.984; organised-network/1 0.731 / 0.950) is now ``dev-c.jsonl``
(both in ``test_labelled_sets.py``).
"""

from __future__ import annotations

import pytest

from tests.identify.labelled import DEFINITIONS, LABELLED, check_floor, score

HOLDOUT = LABELLED / "holdout.jsonl"
# A little under the one-shot scoring of model 5 on the holdout of 2026-12-01 (ids HC-*):
# cse 0.605 / 0.907, organised-network 0.607 / 1.0. A regression floor, not the bar
# (recall 0.95 / precision 0.90), which is not met on unseen text.
FLOORS = {"cse": (0.58, 0.88), "organised_network": (0.57, 0.95)}  # (recall, precision)


@pytest.mark.skipif(not HOLDOUT.exists(), reason="no holdout installed yet")
def test_holdout_figures() -> None:
    matrices = score("holdout")
    for definition in DEFINITIONS:
        recall, precision = FLOORS[definition]
        check_floor(matrices[definition], f"holdout {definition}", recall, precision)
