"""Incremental linkage: new records join the existing entities without a national re-run."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import orjson
import pytest

from safeguard.linkage import LinkageError, link, link_incremental
from safeguard.linkage._incremental import place

from .conftest import Linked, entities, load


def _split(exchange: Path, folder: Path, share: float) -> tuple[Path, Path]:
    """The records in two files: the earliest recorded, and the rest (the new arrivals)."""
    lines: list[tuple[str, bytes]] = []
    for path in sorted(exchange.glob("*.jsonl.gz")):
        with gzip.open(path, "rb") as handle:
            lines += [(orjson.loads(line)["recorded_at"], line) for line in handle if line.strip()]
    lines.sort(key=lambda item: item[0])
    cut = int(len(lines) * share)
    early, late = folder / "early.jsonl", folder / "late.jsonl"
    early.write_bytes(b"".join(line for _, line in lines[:cut]))
    late.write_bytes(b"".join(line for _, line in lines[cut:]))
    return early, late


def _memberships(db: Path) -> dict[str, frozenset[str]]:
    found = entities(db, linked_only=False)
    groups: dict[str, set[str]] = {}
    for key, entity in found.items():
        groups.setdefault(entity, set()).add(key)
    return {key: frozenset(groups[entity]) for key, entity in found.items()}


def test_incremental_agrees_with_a_full_rerun(tiny_linked: Linked, tmp_path: Path) -> None:
    early, late = _split(tiny_linked.dataset / "exchange", tmp_path, 0.9)
    db = tmp_path / "incremental.duckdb"
    load(early, db)
    link(db)
    load(late, db)
    result = link_incremental(db)
    assert result.linkable > 0  # new mentions were placed
    full = tmp_path / "full.duckdb"
    shutil.copy(db, full)
    link(full)  # the whole national model again: re-trained, every pair re-scored
    incremental, rerun = _memberships(db), _memberships(full)
    assert incremental.keys() == rerun.keys()
    agree = sum(incremental[k] == rerun[k] for k in rerun) / len(rerun)
    print(
        f"\nincremental vs full re-run: {agree:.4%} of {len(rerun):,} mentions in the same entity"
    )
    assert agree >= 0.99


def test_a_second_incremental_run_with_nothing_new_changes_nothing(linked_db: Path) -> None:
    before = entities(linked_db, linked_only=False)
    result = link_incremental(linked_db)
    assert result.linkable == 0 and result.pairs == 0
    assert entities(linked_db, linked_only=False) == before


def test_incremental_needs_a_trained_model(tmp_path: Path) -> None:
    with pytest.raises(LinkageError, match="run a full"):
        link_incremental(tmp_path / "empty.duckdb")


BOTH = {("a", "n"): 0.9, ("c", "n"): 0.9}
PLACEMENTS = [
    # (description, edges, expected entity of n, renames)
    ("joins the entity it links to", {("a", "n"): 0.9}, "E1", {}),
    ("below the threshold: alone", {("a", "n"): 0.5}, None, {}),
    ("links two entities: they merge into the larger", BOTH, "E2", {"E1": "E2"}),
]


@pytest.mark.parametrize(("description", "edges", "entity", "renames"), PLACEMENTS)
def test_placing_a_new_mention(
    description: str,
    edges: dict[tuple[str, str], float],
    entity: str | None,
    renames: dict[str, str],
) -> None:
    members = {"a": "E1", "b": "E2", "c": "E2"}
    placement = place({"n"}, members, edges, 0.8)
    placed, confidence = placement.placed["n"]
    if entity is None:
        assert placed.startswith("E-") and confidence == pytest.approx(0.5), description
    else:
        assert placed == entity and confidence == pytest.approx(0.9), description
    assert placement.renames == renames, description
