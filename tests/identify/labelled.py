"""Scoring decide() against a labelled file: the confusion matrices and every record it got wrong.

Shared by ``test_labelled_sets.py`` (train, dev, dev-b) and ``test_holdout_set.py`` (the
lead's one-shot holdout). Run those with ``-s`` to see each matrix and each miss with its
rationale and criteria.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safeguard.exchange import check
from safeguard.identify import Decision, decide

LABELLED = Path(__file__).resolve().parent.parent / "data" / "labelled"
DEFINITIONS = ("cse", "organised_network")


@dataclass
class Matrix:
    """A confusion matrix and the records it got wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, truth: bool, met: bool, why: str) -> None:
        if truth and met:
            self.tp += 1
        elif met:
            self.fp += 1
            self.wrong.append(f"FALSE POSITIVE {why}")
        elif truth:
            self.fn += 1
            self.wrong.append(f"MISS {why}")
        else:
            self.tn += 1

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    def show(self, name: str) -> str:
        lines = [
            f"{name}: recall {self.recall:.3f} precision {self.precision:.3f}",
            "              labelled true  labelled false",
            f"  met        {self.tp:>13}  {self.fp:>14}",
            f"  not met    {self.fn:>13}  {self.tn:>14}",
        ]
        return "\n".join(lines + [f"  {w}" for w in self.wrong])


def _why(record: dict[str, Any], decision: Decision) -> str:
    label = record["label"]
    criteria = "; ".join(
        f"{c.id}={'met' if c.met else 'not met'} {list(c.evidence)[:3]}"
        for c in decision.cse.criteria
    )
    return (
        f"{record['record_id']} [{label['category']}] {label['rationale']}\n"
        f"      criteria: {criteria}"
    )


def score(name: str) -> dict[str, Matrix]:
    """Decide every record of ``tests/data/labelled/<name>.jsonl`` and score it by definition.

    Args:
        name: the file's name without ``.jsonl`` (``train``, ``dev``, ``dev-b``, ``holdout``).

    Returns:
        A :class:`Matrix` for ``cse`` and one for ``organised_network``.
    """
    out = {definition: Matrix() for definition in DEFINITIONS}
    for line in (LABELLED / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        checked = check(record)
        assert checked.record is not None, checked.problems
        decision = decide(checked.record)
        why = _why(record, decision)
        out["cse"].add(record["label"]["cse"], decision.cse.met, why)
        out["organised_network"].add(
            record["label"]["organised_network"], decision.organised_network.met, why
        )
    return out


def check_floor(matrix: Matrix, name: str, recall: float, precision: float) -> None:
    """Print ``matrix`` (seen with ``-s``) and fail below the floor, showing every miss."""
    print("\n" + matrix.show(name))
    assert matrix.recall >= recall, matrix.show(name)
    assert matrix.precision >= precision, matrix.show(name)
