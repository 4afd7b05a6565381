"""A full linkage run on a tiny generated dataset: tables, keys, run record, accuracy."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from safeguard.evaluation import bcubed_scores, pairwise_scores
from safeguard.linkage import LinkageConfig, link

from .conftest import Linked, entities, truth


def _query(db: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_every_person_mention_has_exactly_one_entity(tiny_linked: Linked) -> None:
    persons = _query(tiny_linked.db, "SELECT count(*) FROM persons")[0][0]
    placed = _query(
        tiny_linked.db,
        """SELECT count(*), count(DISTINCT (source, record_id, person_ref)),
                  min(confidence), max(confidence)
           FROM entities""",
    )[0]
    assert placed[0] == placed[1] == persons
    assert 0.0 <= placed[2] <= placed[3] <= 1.0  # type: ignore[operator]
    orphans = _query(
        tiny_linked.db,
        """SELECT count(*) FROM entities AS e ANTI JOIN persons AS p
           ON p.source = e.source AND p.record_id = e.record_id AND p.ref = e.person_ref""",
    )[0][0]
    assert orphans == 0


def test_unidentified_mentions_are_entities_of_their_own(tiny_linked: Linked) -> None:
    rows = _query(
        tiny_linked.db,
        """SELECT e.linked, e.entity_size FROM entities AS e JOIN persons AS p
           ON p.source = e.source AND p.record_id = e.record_id AND p.ref = e.person_ref
           WHERE NOT p.identified""",
    )
    assert rows and all(linked is False and size == 1 for linked, size in rows)


def test_match_pairs_are_ordered_and_weighted(tiny_linked: Linked) -> None:
    rows = _query(
        tiny_linked.db,
        "SELECT mention_l < mention_r, match_weight, weights FROM match_pairs LIMIT 200",
    )
    assert rows
    for ordered, weight, weights in rows:
        assert ordered
        parts = orjson.loads(str(weights))
        assert {"forename", "surname", "dob", "age", "postcode"} <= set(parts)
        assert weight >= LinkageConfig().keep_min_match_weight  # type: ignore[operator]


def test_the_run_records_its_model_and_threshold(tiny_linked: Linked) -> None:
    row = _query(
        tiny_linked.db,
        "SELECT status, parameters, counts FROM runs WHERE run_id = ?",
        [tiny_linked.result.run_id],
    )[0]
    status, parameters, counts = row
    assert status == "ok"
    recorded = orjson.loads(str(parameters))
    assert recorded["threshold_match_weight"] == 2.0
    assert recorded["model"]["comparisons"][0]["output_column_name"] == "forename"
    assert recorded["config"]["backend"] == "duckdb"
    assert orjson.loads(str(counts))["entities"] == tiny_linked.result.entities


def test_tiny_accuracy(tiny_linked: Linked) -> None:
    true = truth(tiny_linked.dataset)
    found = entities(tiny_linked.db)
    pairwise, bcubed = pairwise_scores(found, true), bcubed_scores(found, true)
    print(f"\ntiny, identified mentions: pairwise {pairwise}; B-cubed {bcubed}")
    # a few hundred people: a loose floor here; the demo-scale test holds the real target
    assert pairwise.f1 >= 0.95 and bcubed.f1 >= 0.98


def test_running_again_with_the_same_model_gives_the_same_entities(linked_db: Path) -> None:
    before = entities(linked_db)
    recorded = _query(linked_db, "SELECT parameters FROM runs WHERE command = 'link'")[0][0]
    model = orjson.loads(str(recorded))["model"]
    link(linked_db, model=model)
    assert entities(linked_db) == before


def test_an_empty_warehouse_links_to_nothing(tmp_path: Path) -> None:
    result = link(tmp_path / "empty.duckdb")
    assert (result.mentions, result.pairs, result.entities) == (0, 0, 0)


def test_a_threshold_above_every_weight_links_nothing(linked_db: Path) -> None:
    recorded = _query(linked_db, "SELECT parameters FROM runs WHERE command = 'link'")[0][0]
    model = orjson.loads(str(recorded))["model"]
    link(linked_db, LinkageConfig(threshold_match_weight=200.0), model=model)
    sizes = _query(linked_db, "SELECT max(entity_size) FROM entities")[0][0]
    assert sizes == 1
