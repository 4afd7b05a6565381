"""The held-out labelled set: how the identifier does on text no one tuning it has read.

``tests/data/labelled/holdout.jsonl`` is written by someone who cannot see the identifier and
is installed and scored once by the lead (tests/data/labelled/README.md). Nobody changing the
lexicon or the rules reads it. The test prints both confusion matrices and every miss (run with
``-s``) and fails below a floor; it is skipped while the file is absent.

One-shot figures so far, each on a set then read for its misses and renamed (all now in
``test_labelled_sets.py``):
- the first holdout (now ``dev-b.jsonl``), model 3: cse/1 recall 0.833, precision 0.957;
- the second (now ``dev-c.jsonl``), model 4: cse/1 0.778 / 0.984; organised-network/1
  0.731 / 0.950;
- the third (ids HC-*, now ``dev-d.jsonl``), model 5: cse/1 0.605 / 0.907; organised-network/1
  0.607 / 1.0;
- the fourth (ids HD-*, now ``dev-e.jsonl``), model 6: cse/1 0.833 / 0.923;
  organised-network/1 0.731 / 1.0.

- the fifth (ids HE-*, now ``dev-f.jsonl``), model 7: cse/1 0.722 / 0.963;
  organised-network/1 0.583 / 0.933.

- the sixth (ids HF-*, now ``dev-g.jsonl``), model 8: cse/1 0.822 / 0.984;
  organised-network/1 0.731 / 0.950.

- the seventh (ids HG-*, now ``dev-h.jsonl``), model 9: cse/1 0.833 / 0.984;
  organised-network/1 0.958 / 0.920.

- the eighth (ids HH-*, now ``dev-i.jsonl``), model 10 as first built: cse/1 0.831 / 0.894;
  organised-network/1 0.773 / 0.895.

- the ninth (ids HI-*, now ``dev-j.jsonl``), model 10: cse/1 0.792 / 0.934;
  organised-network/1 0.762 / 0.941 (model 9 the same).

- the tenth (ids HJ-*, this ``holdout.jsonl``, not read), model 11: cse/1 0.847 / 0.968;
  organised-network/1 0.900 / 0.947 (model 10 the same; model 9 0.833 / 0.968).
"""

from __future__ import annotations

import pytest

from tests.identify.labelled import DEFINITIONS, LABELLED, check_floor, score

HOLDOUT = LABELLED / "holdout.jsonl"
# A little under model 11's one-shot scoring of the tenth holdout: a regression floor, not the
# bar (recall 0.95 / precision 0.90), which is not met on unseen text.
FLOORS = {"cse": (0.82, 0.94), "organised_network": (0.87, 0.92)}  # (recall, precision)


@pytest.mark.skipif(not HOLDOUT.exists(), reason="no holdout installed yet")
def test_holdout_figures() -> None:
    matrices = score("holdout")
    for definition in DEFINITIONS:
        recall, precision = FLOORS[definition]
        check_floor(matrices[definition], f"holdout {definition}", recall, precision)
