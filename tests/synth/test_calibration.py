"""Calibration against published figures (docs/synthetic-data.md has the table)."""

from __future__ import annotations

from collections import Counter

import pyarrow.parquet as pq
import pytest

from safeguard.synth import SCALES, Summary
from safeguard.synth._calibration import TARGETS, latest_records, measure

# At tiny scale only a few hundred children and exploitation records exist, so the tolerances
# are wider (about three standard errors); the demo test holds the documented tolerances.
TINY_CHECKS = [
    ("flag_accuracy", 0.12),
    ("victims_female", 0.10),
    ("suspects_male", 0.08),
    ("suspect_ethnicity_missing", 0.08),
    ("victim_blaming_share_cse", 0.07),
    ("mentions_per_record", 0.3),
]


@pytest.fixture(scope="module")
def tiny_measures(tiny: Summary) -> dict[str, float]:
    return measure(tiny.out, SCALES["tiny"].factor)


@pytest.mark.parametrize(("name", "tolerance"), TINY_CHECKS)
def test_tiny_is_near_the_published_figure(
    tiny_measures: dict[str, float], name: str, tolerance: float
) -> None:
    assert abs(tiny_measures[name] - TARGETS[name].figure) <= tolerance, tiny_measures[name]


@pytest.fixture(scope="module")
def demo_measures(demo: Summary) -> dict[str, float]:
    return measure(demo.out, SCALES["demo"].factor)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_demo_is_within_the_documented_tolerance(
    demo_measures: dict[str, float], name: str
) -> None:
    value = demo_measures[name]
    target = TARGETS[name]
    assert abs(value - target.figure) <= target.tolerance, (name, value, target)


@pytest.mark.slow
def test_demo_size(demo: Summary) -> None:
    assert 45_000 <= demo.records <= 60_000
    assert 0 < demo.broken < 0.001 * demo.records


@pytest.mark.slow
def test_ethnicity_says_nothing_about_offending(demo: Summary) -> None:
    """Exploiters and everyone else are drawn from one ethnicity table (counted per person)."""
    truth = {
        (r["source"], r["record_id"]): r["cse"]
        for r in pq.read_table(demo.out / "truth" / "records.parquet").to_pylist()
    }
    person = {
        (m["source"], m["record_id"], m["person_ref"]): m["person_id"]
        for m in pq.read_table(demo.out / "truth" / "mentions.parquet").to_pylist()
    }
    ethnicity: dict[bool, dict[str, str]] = {True: {}, False: {}}
    for key, rec in latest_records(demo.out).items():
        for p in rec.get("persons", []):
            if p["role"] == "suspect" and "ethnicity" in p:
                ethnicity[truth[key]][person[(*key, p["ref"])]] = p["ethnicity"]
    shares = {k: Counter(e == "W1" for e in v.values()) for k, v in ethnicity.items()}
    # About 300 exploiters have a recorded ethnicity at demo scale (290 to 325 over seeds 11 to
    # 13); enough to see a five-point difference.
    assert sum(shares[True].values()) > 250
    cse, other = (s[True] / sum(s.values()) for s in (shares[True], shares[False]))
    assert abs(cse - other) < 0.05
