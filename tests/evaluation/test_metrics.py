"""Precision, recall, F1 and the Wilson interval against worked examples."""

from __future__ import annotations

import pytest

from safeguard.evaluation import f1, precision, recall, scores, wilson_interval

CASES = [
    # (description, tp, fp, fn, precision, recall, f1)
    ("nine right, one wrong, three missed", 9, 1, 3, 0.9, 0.75, 0.818182),
    ("perfect", 5, 0, 0, 1.0, 1.0, 1.0),
    ("nothing predicted, something true", 0, 0, 4, 1.0, 0.0, 0.0),
    ("nothing true, something predicted", 0, 2, 0, 0.0, 1.0, 0.0),
    ("nothing at all", 0, 0, 0, 1.0, 1.0, 1.0),
    ("half and half", 1, 1, 1, 0.5, 0.5, 0.5),
]


@pytest.mark.parametrize(("description", "tp", "fp", "fn", "p", "r", "f"), CASES)
def test_scores_from_counts(
    description: str, tp: int, fp: int, fn: int, p: float, r: float, f: float
) -> None:
    result = scores(tp, fp, fn)
    assert result.precision == pytest.approx(p), description
    assert result.recall == pytest.approx(r), description
    assert result.f1 == pytest.approx(f, abs=1e-6), description
    assert precision(tp, fp) == pytest.approx(p)
    assert recall(tp, fn) == pytest.approx(r)
    assert f1(p, r) == pytest.approx(f, abs=1e-6)


WILSON = [
    # (description, successes, trials, low, high) — from the Wilson formula by hand
    ("nine of ten", 9, 10, 0.5958, 0.9821),
    ("none of ten", 0, 10, 0.0, 0.2775),
    ("all of ten", 10, 10, 0.7225, 1.0),
    ("half of a hundred", 50, 100, 0.4038, 0.5962),
]


@pytest.mark.parametrize(("description", "k", "n", "low", "high"), WILSON)
def test_wilson_interval(description: str, k: int, n: int, low: float, high: float) -> None:
    got = wilson_interval(k, n)
    assert got == pytest.approx((low, high), abs=1e-4), description


def test_wilson_interval_with_no_trials_is_everything() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)
