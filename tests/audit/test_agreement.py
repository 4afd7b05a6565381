"""Cohen's kappa against worked examples.

Source: Wikipedia, "Cohen's kappa" (section "Examples": "Simple example" and "Same percentages
but different numbers"), https://en.wikipedia.org/wiki/Cohen%27s_kappa, consulted 2026.
The simple example: 50 grant proposals read by two readers, A and B, who both said yes to 20,
both no to 15, A yes and B no to 5, A no and B yes to 10: p_o = 0.7, p_e = 0.5, kappa = 0.4.
"""

from __future__ import annotations

import pytest

from safeguard.audit import cohens_kappa


def _pairs(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> tuple[list[str], list[str]]:
    cells = [("yes", "yes")] * yes_yes + [("yes", "no")] * yes_no
    cells += [("no", "yes")] * no_yes + [("no", "no")] * no_no
    return [a for a, _ in cells], [b for _, b in cells]


CASES = [
    ("Wikipedia simple example (50 proposals)", (20, 5, 10, 15), 0.7, 0.5, 0.4),
    ("Wikipedia same percentages, first table", (45, 15, 25, 15), 0.6, 0.54, 0.1304),
    ("Wikipedia same percentages, second table", (25, 35, 5, 35), 0.6, 0.46, 0.2593),
    ("perfect agreement", (10, 0, 0, 10), 1.0, 0.5, 1.0),
    ("agreement no better than chance", (25, 25, 25, 25), 0.5, 0.5, 0.0),
]


@pytest.mark.parametrize(
    ("table", "observed", "expected", "kappa"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_kappa(
    table: tuple[int, int, int, int], observed: float, expected: float, kappa: float
) -> None:
    first, second = _pairs(*table)
    found = cohens_kappa(first, second)
    assert found.records == sum(table)
    assert found.observed == pytest.approx(observed)
    assert found.expected == pytest.approx(expected)
    assert found.kappa == pytest.approx(kappa, abs=5e-5)


def test_three_categories_and_undefined_cases() -> None:
    # p_o = 4/6; marginals A (2, 2, 2), B (3, 2, 1): p_e = (6 + 4 + 2) / 36 = 1/3; kappa = 0.5.
    first = ["cse", "cse", "not-cse", "not-cse", "cannot-tell", "cannot-tell"]
    second = ["cse", "cse", "not-cse", "not-cse", "cse", "not-cse"]
    assert cohens_kappa(first, second).kappa == pytest.approx(0.5)
    assert cohens_kappa(["cse"] * 4, ["cse"] * 4).kappa is None  # p_e = 1: undefined
    assert cohens_kappa([], []).kappa is None
