"""The sampling design: allocation, reproducible draws, exact inclusion probabilities."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pytest

from safeguard.audit import AuditError, SampleRequest, allocate, draw, draw_round, second_review
from tests.audit.conftest import Tiny

ALLOCATIONS = [
    ("proportional above the minimum", [900, 90, 10], 100, 10, [74, 16, 10]),
    ("a small stratum is taken whole", [500, 3], 50, 10, [47, 3]),
    ("a sample as big as the frame is a census", [5, 7], 12, 2, [5, 7]),
    ("a sample bigger than the frame is a census", [5, 7], 100, 2, [5, 7]),
    ("one stratum: a simple random sample", [1000], 25, 10, [25]),
    ("equal strata share equally", [100, 100, 100, 100], 40, 1, [10, 10, 10, 10]),
]


@pytest.mark.parametrize(
    ("populations", "size", "minimum", "expected"),
    [case[1:] for case in ALLOCATIONS],
    ids=[case[0] for case in ALLOCATIONS],
)
def test_allocation(populations: list[int], size: int, minimum: int, expected: list[int]) -> None:
    sizes = allocate(populations, size, minimum)
    assert sizes == expected
    assert sum(sizes) == min(size, sum(populations))
    assert all(0 < n <= big for n, big in zip(sizes, populations, strict=True))


def test_allocation_too_small_for_the_minimum_says_what_to_do() -> None:
    with pytest.raises(AuditError, match=r"--size 30 or more"):
        allocate([100, 100, 100], 20, 10)


def test_same_seed_same_sample_other_seed_other_sample() -> None:
    first = draw([500, 80], [40, 20], seed=3)
    again = draw([500, 80], [40, 20], seed=3)
    other = draw([500, 80], [40, 20], seed=4)
    assert all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))
    assert not all(np.array_equal(a, b) for a, b in zip(first, other, strict=True))
    assert [len(p) for p in first] == [40, 20] and all(len(set(p)) == len(p) for p in first)


def test_every_record_is_drawn_with_its_inclusion_probability() -> None:
    # Simple random sampling in each stratum: record i of stratum h is drawn with n_h / N_h.
    populations, sizes, runs = [20, 8], [5, 6], 4000
    counts = [np.zeros(n) for n in populations]
    for seed in range(runs):
        for h, positions in enumerate(draw(populations, sizes, seed)):
            counts[h][positions] += 1
    for h, (n_big, n_small) in enumerate(zip(populations, sizes, strict=True)):
        expected = n_small / n_big
        spread = 4 * np.sqrt(expected * (1 - expected) / runs)
        assert np.all(np.abs(counts[h] / runs - expected) < spread), h


def test_second_review_share_does_not_change_the_sample() -> None:
    assert np.array_equal(second_review(100, 0.2, 5), second_review(100, 0.2, 5))
    assert len(second_review(100, 0.25, 5)) == 25 and len(second_review(100, 0.0, 5)) == 0
    with pytest.raises(AuditError, match="between 0 and 1"):
        second_review(100, 1.5, 5)


def _sample(db: Path, round_id: int) -> list[tuple[str, str, str, float]]:
    sql = """SELECT source, record_id, stratum, inclusion_probability FROM audit_sample
             WHERE round_id = ? ORDER BY ALL"""
    with duckdb.connect(str(db), read_only=True) as con:
        return [tuple(r) for r in con.execute(sql, [round_id]).fetchall()]


def test_rounds_reproduce_and_weights_sum_to_each_stratum(tiny: Tiny, tmp_path: Path) -> None:
    db = tiny.copy(tmp_path)
    request = SampleRequest(size=90, seed=21, stratify=("kind", "flag_review"), min_per_stratum=2)
    first = draw_round(db, request, tmp_path / "a")
    draw_round(db, request, tmp_path / "b")
    draw_round(db, SampleRequest(size=90, seed=22, stratify=request.stratify, min_per_stratum=2),
               tmp_path / "c")  # fmt: skip
    assert _sample(db, 1) == _sample(db, 2) and _sample(db, 1) != _sample(db, 3)
    assert len(_sample(db, 1)) == first.sampled == 90
    sql = """SELECT s.stratum, st.population, sum(1 / s.inclusion_probability),
                    count(*), any_value(st.sampled)
             FROM audit_sample s JOIN audit_strata st USING (round_id, stratum)
             WHERE round_id = 1 GROUP BY ALL"""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(sql).fetchall()
    assert len(rows) == len(first.strata) > 3
    for stratum, population, weights, count, sampled in rows:
        assert weights == pytest.approx(population), stratum
        assert count == sampled
