"""The held-out labelled set: how the identifier does on text it was never tuned on.

No one changing the lexicon reads this file (tests/data/labelled/README.md). This test prints
the confusion matrix and every miss (run with -s). The issue's bar is recall >= 0.95 and
precision >= 0.90; the assertion is a regression floor at the level reached so far, below the
bar, so that the gap stays visible in docs/definitions.md rather than hidden in a failing test.
"""

from __future__ import annotations

import json
from pathlib import Path

from safeguard.exchange import check
from safeguard.identify import decide

HOLDOUT = Path(__file__).resolve().parents[1] / "data" / "labelled" / "holdout.jsonl"


def test_holdout_figures() -> None:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    misses = []
    for line in HOLDOUT.read_text("utf-8").splitlines():
        data = json.loads(line)
        label = data["label"]
        record = check(data).record
        assert record is not None
        met = decide(record).cse.met
        key = ("t" if met == label["cse"] else "f") + ("p" if met else "n")
        counts[key] += 1
        if met != label["cse"]:
            misses.append(f"{data['record_id']} [{label['category']}] {label['rationale']}")
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    print(f"\nholdout: {counts}  recall {recall:.3f}  precision {precision:.3f}")
    print("\n".join(f"  miss: {m}" for m in misses))
    assert recall >= 0.80 and precision >= 0.93
