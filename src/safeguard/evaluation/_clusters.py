"""Comparing a clustering (or a set of pairs) with the truth.

A clustering is a mapping from item to cluster label; labels are only compared for equality.
Pairwise scores count pairs of items put together (true positive: together in both); B-cubed
scores average, over items, the share of an item's predicted cluster that is truly its own
(precision) and the share of its true cluster that was found (recall) (Bagga and Baldwin 1998;
Amigo et al. 2009). Both are computed from the contingency table of (predicted, true) labels,
so no pair is ever listed: a national clustering scores in seconds.

Items missing from the predicted mapping are counted as clusters of their own; items missing
from the truth are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations
from typing import TypeVar

from safeguard.evaluation._metrics import Scores, scores

K = TypeVar("K", bound=Hashable)

_SINGLETON = object()


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _tables(
    predicted: Mapping[K, Hashable], truth: Mapping[K, Hashable]
) -> tuple[Counter[tuple[Hashable, Hashable]], Counter[Hashable], Counter[Hashable]]:
    joint: Counter[tuple[Hashable, Hashable]] = Counter()
    for item, true_label in truth.items():
        label = predicted.get(item, _SINGLETON)
        joint[((_SINGLETON, item) if label is _SINGLETON else label, true_label)] += 1
    by_predicted: Counter[Hashable] = Counter()
    by_truth: Counter[Hashable] = Counter()
    for (label, true_label), count in joint.items():
        by_predicted[label] += count
        by_truth[true_label] += count
    return joint, by_predicted, by_truth


def pairwise_scores(predicted: Mapping[K, Hashable], truth: Mapping[K, Hashable]) -> Scores:
    """Pairwise precision, recall and F1 of a clustering against the true clustering.

    Example:
        >>> truth = {"a": 1, "b": 1, "c": 1, "d": 2}
        >>> str(pairwise_scores({"a": "x", "b": "x", "c": "y", "d": "y"}, truth))
        'precision 0.5000, recall 0.3333, F1 0.4000'
    """
    joint, by_predicted, by_truth = _tables(predicted, truth)
    together = sum(_pairs(n) for n in joint.values())
    predicted_pairs = sum(_pairs(n) for n in by_predicted.values())
    true_pairs = sum(_pairs(n) for n in by_truth.values())
    return scores(together, predicted_pairs - together, true_pairs - together)


def bcubed_scores(predicted: Mapping[K, Hashable], truth: Mapping[K, Hashable]) -> Scores:
    """B-cubed precision, recall and F1 of a clustering against the true clustering.

    The counts in the result are sums over items (so precision = true_positives / items).

    Example:
        >>> truth = {"a": 1, "b": 1, "c": 1, "d": 2}
        >>> str(bcubed_scores({"a": "x", "b": "x", "c": "y", "d": "y"}, truth))
        'precision 0.7500, recall 0.6667, F1 0.7059'
    """
    joint, by_predicted, by_truth = _tables(predicted, truth)
    items = sum(joint.values())
    if not items:
        return scores(0, 0, 0)
    precision_sum = sum(n * n / by_predicted[label] for (label, _), n in joint.items())
    recall_sum = sum(n * n / by_truth[true_label] for (_, true_label), n in joint.items())
    p, r = precision_sum / items, recall_sum / items
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f, precision_sum, items - precision_sum, items - recall_sum)


def cluster_pairs(clustering: Mapping[K, Hashable]) -> set[tuple[K, K]]:
    """Every pair of items in the same cluster, each pair ordered (smaller item first).

    Lists pairs, so use it on small clusterings; the scores above never need it.

    Example:
        >>> sorted(cluster_pairs({"b": 1, "a": 1, "c": 2}))
        [('a', 'b')]
    """
    members: dict[Hashable, list[K]] = {}
    for item, label in clustering.items():
        members.setdefault(label, []).append(item)
    found: set[tuple[K, K]] = set()
    for group in members.values():
        found.update(_ordered(a, b) for a, b in combinations(group, 2))
    return found


def _ordered(a: K, b: K) -> tuple[K, K]:
    return (a, b) if str(a) <= str(b) else (b, a)


def pair_scores(predicted: Iterable[tuple[K, K]], true: Iterable[tuple[K, K]]) -> Scores:
    """Precision, recall and F1 of a set of predicted pairs (order within a pair ignored).

    Example:
        >>> str(pair_scores([("a", "b"), ("c", "d")], [("b", "a"), ("a", "c")]))
        'precision 0.5000, recall 0.5000, F1 0.5000'
    """
    found = {_ordered(a, b) for a, b in predicted}
    actual = {_ordered(a, b) for a, b in true}
    hits = len(found & actual)
    return scores(hits, len(found) - hits, len(actual) - hits)


def pairs_recall(candidates: Iterable[tuple[K, K]], truth: Mapping[K, Hashable]) -> float:
    """Share of the truly matching pairs that are among ``candidates`` (blocking recall).

    Example:
        >>> pairs_recall([("a", "b")], {"a": 1, "b": 1, "c": 1, "d": 2})
        0.3333333333333333
    """
    true_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    if not true_pairs:
        return 1.0
    hits = {
        _ordered(a, b)
        for a, b in candidates
        if a in truth and b in truth and a != b and truth[a] == truth[b]
    }
    return len(hits) / true_pairs
