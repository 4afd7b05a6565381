"""Accuracy on the generator's truth at demo scale: blocking recall, pairwise and B-cubed F1.

Scored on identified mentions, the ones linkage links: an unidentified mention ("an unknown
older male") has no name to link by and stays an entity of its own. The figures on every
mention are printed too. Slow (about a minute): generate, load and link ~100,000 mentions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.evaluation import bcubed_scores, pairs_recall, pairwise_scores
from safeguard.linkage import blocked_pairs, link, prepare_mentions
from safeguard.linkage._store import open_warehouse
from safeguard.linkage._unionfind import UnionFind
from safeguard.synth import generate

from .conftest import entities, load, truth

SEED = 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("linkage-demo")
    generate("demo", SEED, folder / "dataset")
    db = folder / "safeguard.duckdb"
    load(folder / "dataset" / "exchange", db)
    return folder / "dataset", db


@pytest.mark.slow
def test_demo_scale_accuracy(demo: tuple[Path, Path]) -> None:
    dataset, db = demo
    true = truth(dataset)
    con = open_warehouse(db)
    try:
        mentions = prepare_mentions(con)
    finally:
        con.close()
    present = set(mentions["unique_id"].to_pylist())
    candidates = blocked_pairs(mentions)
    pairs = zip(
        candidates["unique_id_l"].to_pylist(), candidates["unique_id_r"].to_pylist(), strict=True
    )
    recall = pairs_recall(pairs, {k: v for k, v in true.items() if k in present})
    result = link(db)
    all_found = entities(db, linked_only=False)
    # mentions of the few deliberately broken (quarantined) lines are not in the warehouse
    true = {key: person for key, person in true.items() if key in all_found}
    found = entities(db)
    pairwise, bcubed = pairwise_scores(found, true), bcubed_scores(found, true)
    everyone = {k: v for k, v in truth(dataset, identified_only=False).items() if k in all_found}
    print(
        f"\ndemo (seed {SEED}): {len(true):,} identified mentions, "
        f"{candidates.num_rows:,} candidate pairs, blocking pair recall {recall:.4f}"
        f"\n  link run {result.seconds:.1f} s, {result.entities:,} entities"
        f"\n  identified mentions: pairwise {pairwise}\n                       B-cubed  {bcubed}"
        f"\n  every mention:       pairwise {pairwise_scores(all_found, everyone)}"
        f"\n                       B-cubed  {bcubed_scores(all_found, everyone)}"
    )
    _print_sweep(db, true)
    assert recall >= 0.99
    assert pairwise.f1 >= 0.97
    assert bcubed.f1 >= 0.97


def _print_sweep(db: Path, true: dict[str, str]) -> None:
    con = open_warehouse(db)
    try:
        rows = con.execute(
            "SELECT mention_l, mention_r, match_weight FROM match_pairs "
            "WHERE match_weight IS NOT NULL"
        ).fetchall()
    finally:
        con.close()
    print("  threshold: pairwise precision, recall, F1 | B-cubed F1")
    for threshold in (0.0, 1.0, 2.0, 3.0, 4.0, 6.0):
        groups = UnionFind[str](true)
        for a, b, weight in rows:
            if weight >= threshold and a in true and b in true:
                groups.union(a, b)
        clusters = {key: groups.find(key) for key in true}
        p, b = pairwise_scores(clusters, true), bcubed_scores(clusters, true)
        print(f"  {threshold:4.1f}: {p.precision:.4f} {p.recall:.4f} {p.f1:.4f} | {b.f1:.4f}")
