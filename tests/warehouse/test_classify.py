"""The supersession rule, applied row by row in file order (pure, no database)."""

from __future__ import annotations

import pytest

from safeguard.warehouse._classify import classify

K = ("kent", "R1")

CASES = [
    # description, known (version, hash, current), rows (version, hash), outcomes, displaced
    ("first sight is new", [], [(1, "a")], ["new"], {}),
    ("same again is unchanged", [(1, "a", True)], [(1, "a")], ["unchanged"], {}),
    (
        "higher version supersedes the stored one",
        [(1, "a", True)],
        [(2, "b")],
        ["superseded"],
        {K: 2},
    ),
    ("lower version is stale", [(2, "b", True)], [(1, "a2")], ["stale"], {}),
    (
        "a version already in history is unchanged",
        [(2, "b", True), (1, "a", False)],
        [(1, "a")],
        ["unchanged"],
        {},
    ),
    ("same version, other content, conflicts", [(1, "a", True)], [(1, "z")], ["conflict"], {}),
    (
        "within a batch: v1, v2, v1 again",
        [],
        [(1, "a"), (2, "b"), (1, "a")],
        ["new", "superseded", "unchanged"],
        {},
    ),
    ("within a batch: v2 then v1", [], [(2, "b"), (1, "a")], ["new", "stale"], {}),
    (
        "within a batch: conflict with an earlier row",
        [],
        [(1, "a"), (1, "z")],
        ["new", "conflict"],
        {},
    ),
]


@pytest.mark.parametrize(
    ("description", "known", "rows", "outcomes", "displaced"), CASES, ids=[c[0] for c in CASES]
)
def test_classify(
    description: str,
    known: list[tuple[int, str, bool]],
    rows: list[tuple[int, str]],
    outcomes: list[str],
    displaced: dict[tuple[str, str], int],
) -> None:
    decisions, got_displaced = classify(
        [(K, v, h) for v, h in rows], [(K, v, h, c) for v, h, c in known]
    )
    assert [d.outcome for d in decisions] == outcomes, description
    assert got_displaced == displaced


def test_a_row_superseded_within_the_batch_goes_to_history() -> None:
    decisions, _ = classify([(K, 1, "a"), (K, 2, "b")], [])
    assert (decisions[0].fate, decisions[0].reason, decisions[0].by_version) == (
        "history",
        "superseded",
        2,
    )
    assert decisions[1].fate == "current"
