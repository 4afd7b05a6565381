"""Group detection on small hand-built association graphs (table-driven)."""

from __future__ import annotations

from itertools import combinations

import pytest

from safeguard.networks import detect_groups


def clique(prefix: str, size: int, weight: float = 1.0) -> list[tuple[str, str, float]]:
    return [(f"{prefix}{i}", f"{prefix}{j}", weight) for i, j in combinations(range(size), 2)]


def clique_of(*names: str) -> list[tuple[str, str, float]]:
    return [(a, b, 1.0) for a, b in combinations(names, 2)]


def path(*names: str, weight: float = 1.0) -> list[tuple[str, str, float]]:
    return [(a, b, weight) for a, b in zip(names, names[1:], strict=False)]


CASES = [
    ("no edges, no groups", [], []),
    ("one pair is a group of two", [("a", "b", 1.0)], [["a", "b"]]),
    ("a self-loop joins no one", [("a", "a", 3.0)], []),
    ("zero weight joins no one", [("a", "b", 0.0)], []),
    ("two separate pairs stay apart", [("a", "b", 1.0), ("x", "y", 1.0)], [["a", "b"], ["x", "y"]]),
    ("a chain of associates is one group", path("a", "b", "c", "d"), [["a", "b", "c", "d"]]),
    (
        "two tight groups joined by one stray edge come apart",
        [*clique("a", 5), *clique("b", 5), ("a0", "b0", 1.0)],
        [["a0", "a1", "a2", "a3", "a4"], ["b0", "b1", "b2", "b3", "b4"]],
    ),
    (
        "two groups of four who all share one phone are one group (a real tie)",
        [*clique("a", 4), *clique("b", 4)]
        + [(f"a{i}", f"b{j}", 1 / 7) for i in range(4) for j in range(4)],
        [["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3"]],
    ),
    (
        "a sparse but real group (a star of one organiser) stays whole",
        [("boss", f"m{i}", 1.0) for i in range(6)],
        [["boss", "m0", "m1", "m2", "m3", "m4", "m5"]],
    ),
    (
        "a man seen once with two members of a group of ten acting in threes stays",
        [e for i in range(0, 9, 2) for e in clique_of(f"m{i}", f"m{i + 1}", f"m{(i + 2) % 10}")]
        + [("u", "m0", 1.0), ("u", "m1", 1.0)],
        [sorted([*(f"m{i}" for i in range(10)), "u"])],
    ),
    (
        "repeated pairs add up",
        [("a", "b", 0.5), ("b", "a", 0.5), ("c", "d", 1.0)],
        [["a", "b"], ["c", "d"]],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("description", "edges", "expected"), CASES, ids=[c[0] for c in CASES])
def test_groups(
    description: str, edges: list[tuple[str, str, float]], expected: list[list[str]]
) -> None:
    assert detect_groups(edges) == expected, description


def test_input_order_does_not_change_the_groups() -> None:
    edges = [*clique("a", 5), *clique("b", 4), ("a0", "b0", 1.0), ("b3", "c", 1.0)]
    assert detect_groups(edges) == detect_groups(list(reversed(edges)))


def test_a_higher_resolution_splits_more() -> None:
    edges = [*clique("a", 3), *clique("b", 3), ("a0", "b0", 1.0), ("a1", "b1", 1.0)]
    assert len(detect_groups(edges, resolution=0.05)) == 1
    assert len(detect_groups(edges, resolution=0.5)) == 2
