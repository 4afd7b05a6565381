"""Blocking: the fast route finds exactly Splink's pairs, counts them, and refuses too many;
clustering places every mention with clerical decisions fixed."""

from __future__ import annotations

import pyarrow as pa
import pytest

from safeguard.linkage import LinkageConfig, LinkageError, mention_model, prepare_mentions
from safeguard.linkage import _blocking as blocking
from safeguard.linkage._backend import open_backend
from safeguard.linkage._cluster import REVIEW_COLUMNS, cluster
from safeguard.linkage._run import new_linker
from safeguard.linkage._store import open_warehouse

from .conftest import Linked


def _pairs(
    mentions: pa.Table, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> dict[tuple[str, str], str]:
    if not fast:
        monkeypatch.setattr(blocking, "_has_typo_rules", lambda settings: False)
    spec = mention_model()
    backend = open_backend(LinkageConfig())
    try:
        linker, frame = new_linker(backend, mentions, spec, None)
        found, counts = blocking.candidate_pairs(
            linker, backend, frame, spec.settings_dict("duckdb")
        )
        rows = backend.fetch(found, ["join_key_l", "join_key_r", "match_key"]).to_pylist()
    finally:
        backend.close()
        monkeypatch.undo()
    assert sum(counts.values()) == len(rows)
    return {(r["join_key_l"], r["join_key_r"]): r["match_key"] for r in rows}


def test_the_typo_rules_name_by_name_find_splinks_pairs(
    tiny_linked: Linked, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = open_warehouse(tiny_linked.db)
    try:
        mentions = prepare_mentions(con)
    finally:
        con.close()
    fast = _pairs(mentions, True, monkeypatch)
    exploded = _pairs(mentions, False, monkeypatch)
    assert set(fast) == set(exploded)
    assert all(left < right for left, right in fast)
    typo_pairs = [pair for pair, rule in fast.items() if rule in ("1", "2")]
    assert typo_pairs, "the tiny data has typing errors to find"


def test_each_run_counts_its_candidate_pairs_by_rule(tiny_linked: Linked) -> None:
    counts = tiny_linked.result.candidate_pairs
    assert counts and min(counts) >= 1 and max(counts) <= 14
    assert counts[1] > 0  # the same names, born near


RULE_COUNTS = [
    ("under the limit", {1: 10, 2: 5}, 20.0, None),
    ("at the limit", {1: 10, 2: 10}, 20.0, None),
    ("over the limit names the largest rule", {1: 10, 7: 500}, 100.0, "rule 7: 500"),
]


@pytest.mark.parametrize(("description", "counts", "limit", "named"), RULE_COUNTS)
def test_too_many_candidate_pairs_are_refused(
    description: str, counts: dict[int, int], limit: float, named: str | None
) -> None:
    if named is None:
        blocking.check_candidate_pairs(counts, limit)
        return
    with pytest.raises(LinkageError, match=named):
        blocking.check_candidate_pairs(counts, limit)


def _reviews(*rows: tuple[str, str, str]) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [(), (), ()]
    return pa.table(
        {c: pa.array(v, pa.string()) for c, v in zip(REVIEW_COLUMNS, columns, strict=True)}
    )


PAIRS = pa.table(
    {
        "unique_id_l": ["a", "b", "d"],
        "unique_id_r": ["b", "c", "e"],
        "match_probability": [0.99, 0.9, 0.5],
    }
)
CLUSTERS = [
    ("pairs at or above the threshold link", _reviews(), 2.0, ["a", "a", "a", "d", "e", "f"]),
    ("a higher threshold keeps fewer", _reviews(), 4.0, ["a", "a", "c", "d", "e", "f"]),
    (
        "a reviewed non-match never links",
        _reviews(("b", "c", "non-match")),
        2.0,
        ["a", "a", "c", "d", "e", "f"],
    ),
    (
        "a reviewed match always links, scored or not",
        _reviews(("d", "e", "match"), ("c", "f", "match")),
        2.0,
        ["a", "a", "a", "d", "d", "a"],
    ),
]


@pytest.mark.parametrize(("description", "reviews", "threshold", "expected"), CLUSTERS)
def test_clusters_are_components_named_by_their_smallest_key(
    description: str, reviews: pa.Table, threshold: float, expected: list[str]
) -> None:
    members = cluster(pa.array(["a", "b", "c", "d", "e", "f"]), PAIRS, reviews, threshold)
    assert members["unique_id"].to_pylist() == ["a", "b", "c", "d", "e", "f"], description
    assert members["cluster_id"].to_pylist() == expected, description
