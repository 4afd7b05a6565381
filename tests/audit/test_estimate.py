"""The estimator: exact on simple cases, and its 95% interval covers about 95% of the time."""

from __future__ import annotations

import math

import numpy as np
import pytest

from safeguard.audit import allocate, draw, weighted_proportion, wilson
from safeguard.evaluation import wilson_interval


def test_wilson_matches_the_shared_helper_on_whole_counts() -> None:
    for successes, trials in ((0, 10), (9, 10), (37, 100), (5, 5)):
        assert wilson(successes / trials, trials) == pytest.approx(
            wilson_interval(successes, trials), abs=1e-4
        )
    assert wilson(0.3, math.inf) == (0.3, 0.3)


def test_weights_carry_each_stratum_to_its_population() -> None:
    # stratum 0: 10 records, 2 reviewed, 1 yes; stratum 1: 30 records, 2 reviewed, 2 yes.
    y = np.array([True, False, True, True])
    found = weighted_proportion(y, np.ones(4, bool), np.array([0, 0, 1, 1]), np.array([10, 30]))
    assert found.value == pytest.approx((5 + 30) / 40)
    assert found.value is not None and found.records == 4
    assert found.low < found.value < found.high


def test_a_census_has_no_sampling_error_and_an_empty_domain_no_estimate() -> None:
    y = np.array([True, False, True, False, True])
    census = weighted_proportion(y, np.ones(5, bool), np.zeros(5, np.int64), np.array([5]))
    assert census.value == pytest.approx(0.6) and census.low == census.high == pytest.approx(0.6)
    empty = weighted_proportion(y, np.zeros(5, bool), np.zeros(5, np.int64), np.array([50]))
    assert empty.value is None and empty.text() == "n/a"


# A population like a force's child frame, in four strata by supplier flag and our decision:
# (flagged and met, flagged only, met only, neither); CSE much likelier where either says so.
SIZES = np.array([600, 1400, 300, 17700])
PREVALENCE = np.array([0.9, 0.3, 0.7, 0.03])


def _population() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    stratum = np.repeat(np.arange(4), SIZES)
    cse = np.random.default_rng(2026).random(stratum.size) < PREVALENCE[stratum]
    return stratum, np.isin(stratum, [0, 1]), np.isin(stratum, [0, 2]), cse


def test_intervals_cover_the_true_value_about_95_percent_of_the_time() -> None:
    stratum, flag, ours, cse = _population()
    truth = {
        "supplier accuracy": (flag & cse).sum() / cse.sum(),
        "supplier missed-flag": (cse & ~flag).sum() / (~flag).sum(),
        "supplier over-flag": (flag & ~cse).sum() / flag.sum(),
        "our accuracy": (ours & cse).sum() / cse.sum(),
        "our over-flag": (ours & ~cse).sum() / ours.sum(),
    }
    sizes = allocate(SIZES.tolist(), 400, 40)
    starts = np.concatenate([[0], np.cumsum(SIZES)[:-1]])
    covered = dict.fromkeys(truth, 0)
    simulations = 1000
    for seed in range(simulations):
        picked = np.concatenate(
            [starts[h] + p for h, p in enumerate(draw(SIZES.tolist(), sizes, seed))]
        )
        s, f, o, c = stratum[picked], flag[picked], ours[picked], cse[picked]
        found = {
            "supplier accuracy": weighted_proportion(f, c, s, SIZES),
            "supplier missed-flag": weighted_proportion(c, ~f, s, SIZES),
            "supplier over-flag": weighted_proportion(~c, f, s, SIZES),
            "our accuracy": weighted_proportion(o, c, s, SIZES),
            "our over-flag": weighted_proportion(~c, o, s, SIZES),
        }
        for name, e in found.items():
            covered[name] += e.low <= truth[name] <= e.high
    coverage = {name: hits / simulations for name, hits in covered.items()}
    print(coverage)
    assert all(0.92 <= share <= 0.98 for share in coverage.values()), coverage
