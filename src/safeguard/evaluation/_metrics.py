"""Precision, recall and F1 from counts, and a confidence interval for a proportion."""

from __future__ import annotations

import math
from dataclasses import dataclass


def precision(true_positives: float, false_positives: float) -> float:
    """Share of what was predicted that is right; 1.0 when nothing was predicted.

    Example:
        >>> precision(9, 1)
        0.9
    """
    predicted = true_positives + false_positives
    return true_positives / predicted if predicted else 1.0


def recall(true_positives: float, false_negatives: float) -> float:
    """Share of what is true that was found; 1.0 when nothing is true.

    Example:
        >>> recall(9, 3)
        0.75
    """
    actual = true_positives + false_negatives
    return true_positives / actual if actual else 1.0


def f1(precision_value: float, recall_value: float) -> float:
    """The harmonic mean of precision and recall (0.0 when both are 0).

    Example:
        >>> round(f1(0.9, 0.75), 4)
        0.8182
    """
    total = precision_value + recall_value
    return 2 * precision_value * recall_value / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1, with the counts they come from.

    For B-cubed scores the counts are sums of per-item shares, so they need not be whole.
    """

    precision: float
    recall: float
    f1: float
    true_positives: float
    false_positives: float
    false_negatives: float

    def __str__(self) -> str:
        return f"precision {self.precision:.4f}, recall {self.recall:.4f}, F1 {self.f1:.4f}"


def scores(true_positives: float, false_positives: float, false_negatives: float) -> Scores:
    """Scores from the three counts.

    Example:
        >>> str(scores(9, 1, 3))
        'precision 0.9000, recall 0.7500, F1 0.8182'
    """
    p = precision(true_positives, false_positives)
    r = recall(true_positives, false_negatives)
    return Scores(p, r, f1(p, r), true_positives, false_positives, false_negatives)


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval for a proportion (95% for the default ``z``).

    Args:
        successes: how many of the trials succeeded.
        trials: how many there were; with none, the interval is (0, 1).
        z: the normal quantile (1.96 for 95%).

    Returns:
        (low, high), both within [0, 1].

    Example:
        >>> [round(v, 4) for v in wilson_interval(9, 10)]
        [0.5958, 0.9821]
    """
    if trials <= 0:
        return (0.0, 1.0)
    share = successes / trials
    denominator = 1 + z * z / trials
    centre = (share + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(share * (1 - share) / trials + z * z / (4 * trials * trials))
    half /= denominator
    return (max(0.0, centre - half), min(1.0, centre + half))
