"""Scoring: precision, recall, F1, confidence intervals, pairwise and cluster metrics.

One place for all scoring, so that every stage reports the same measure the same way.

Public surface:

* :class:`Scores` (precision, recall, F1 with the counts behind them) and :func:`scores`;
* :func:`wilson_interval`, a confidence interval for a proportion;
* :func:`pairwise_scores` and :func:`bcubed_scores`, comparing a clustering with the truth;
* :func:`pair_scores` and :func:`pairs_recall`, for sets of pairs (links, blocked pairs);
* :func:`cluster_pairs`, the pairs a clustering implies.
"""

from safeguard.evaluation._clusters import (
    bcubed_scores,
    cluster_pairs,
    pair_scores,
    pairs_recall,
    pairwise_scores,
)
from safeguard.evaluation._metrics import Scores, f1, precision, recall, scores, wilson_interval

__all__ = [
    "Scores",
    "bcubed_scores",
    "cluster_pairs",
    "f1",
    "pair_scores",
    "pairs_recall",
    "pairwise_scores",
    "precision",
    "recall",
    "scores",
    "wilson_interval",
]
