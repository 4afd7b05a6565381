"""Pairwise and B-cubed cluster scores, pair scores and blocking recall: worked examples."""

from __future__ import annotations

import random

import pytest

from safeguard.evaluation import (
    bcubed_scores,
    cluster_pairs,
    pair_scores,
    pairs_recall,
    pairwise_scores,
)

TRUTH = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 3}

CASES = [
    # (description, predicted, pairwise P, R, F1, B-cubed P, R)
    (
        "perfect",
        {"a": "x", "b": "x", "c": "x", "d": "y", "e": "z"},
        1.0, 1.0, 1.0, 1.0, 1.0,
    ),
    (
        "everyone alone: no pairs predicted",
        {k: k for k in TRUTH},
        1.0, 0.0, 0.0, 1.0, (1 / 3 + 1 / 3 + 1 / 3 + 1 + 1) / 5,
    ),
    (
        "one big cluster",
        {k: "x" for k in TRUTH},
        # 10 predicted pairs, 3 of them true; B-cubed precision (3*3/5 + 2*1/5) / 5
        0.3, 1.0, 2 * 0.3 / 1.3, (3 * 3 / 5 + 2 * 1 / 5) / 5, 1.0,
    ),
    (
        "a split and a wrong merge",
        {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"},
        # pairs: ab (true), cd (false); B-cubed P (1+1+.5+.5+1)/5, R (2/3+2/3+1/3+1+1)/5
        0.5, 1 / 3, 0.4, 0.8, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5,
    ),
    (
        "a mention missing from the prediction counts as alone",
        {"a": "x", "b": "x", "c": "x", "d": "y"},
        1.0, 1.0, 1.0, 1.0, 1.0,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("description", "predicted", "pp", "pr", "pf", "bp", "br"), CASES)
def test_cluster_scores(
    description: str,
    predicted: dict[str, str],
    pp: float,
    pr: float,
    pf: float,
    bp: float,
    br: float,
) -> None:
    pairwise = pairwise_scores(predicted, TRUTH)
    assert (pairwise.precision, pairwise.recall, pairwise.f1) == pytest.approx((pp, pr, pf))
    bcubed = bcubed_scores(predicted, TRUTH)
    assert (bcubed.precision, bcubed.recall) == pytest.approx((bp, br)), description
    assert bcubed.f1 == pytest.approx(2 * bp * br / (bp + br))


def test_pairwise_scores_agree_with_listing_the_pairs() -> None:
    rng = random.Random(4)
    truth = {i: rng.randrange(60) for i in range(300)}
    predicted = {i: rng.randrange(50) for i in range(300)}
    listed = pair_scores(cluster_pairs(predicted), cluster_pairs(truth))
    counted = pairwise_scores(predicted, truth)
    assert counted.true_positives == listed.true_positives
    assert counted.f1 == pytest.approx(listed.f1)


def test_pair_scores_ignore_order_within_a_pair() -> None:
    got = pair_scores([("b", "a"), ("c", "d")], [("a", "b"), ("a", "c")])
    assert (got.true_positives, got.false_positives, got.false_negatives) == (1, 1, 1)


def test_pairs_recall_counts_true_pairs_found() -> None:
    assert pairs_recall([("a", "b"), ("b", "c"), ("d", "e")], TRUTH) == pytest.approx(2 / 3)
    assert pairs_recall([], {"a": 1, "b": 2}) == 1.0


def test_cluster_pairs_lists_each_pair_once() -> None:
    assert cluster_pairs({"b": 1, "a": 1, "c": 1, "d": 2}) == {("a", "b"), ("a", "c"), ("b", "c")}
