"""decide() over the labelled development set: the confusion matrix, every miss, and a floor.

Only ``dev.jsonl`` is read. The holdout file measures generalisation and is scored once by
the lead; nothing here opens it. The floors sit 0.05 below what the identifier reaches, so a
change that loses recall or precision fails here; raise them when the identifier improves.
Run with ``-s`` to see the matrix and each miss with its rationale and criteria.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from safeguard.exchange import check
from safeguard.identify import Decision, decide

DEV = Path(__file__).resolve().parent.parent / "data" / "labelled" / "dev.jsonl"
REACHED = {"cse": (0.972, 1.0), "organised_network": (1.0, 1.0)}  # (recall, precision)
MARGIN = 0.05


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


@pytest.fixture(scope="module")
def matrices() -> dict[str, Matrix]:
    out = {"cse": Matrix(), "organised_network": Matrix()}
    for line in DEV.read_text(encoding="utf-8").splitlines():
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


@pytest.mark.parametrize("definition", sorted(REACHED))
def test_dev_set_floor(matrices: dict[str, Matrix], definition: str) -> None:
    matrix = matrices[definition]
    print("\n" + matrix.show(definition))
    recall, precision = REACHED[definition]
    assert matrix.recall >= recall - MARGIN, matrix.show(definition)
    assert matrix.precision >= precision - MARGIN, matrix.show(definition)
