"""Identification in the warehouse: each child's linked history across agencies and forces."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest
from typer.testing import CliRunner

import safeguard.cli._definitions  # noqa: F401  # registers the commands
import safeguard.cli._identify  # noqa: F401
from safeguard.cli._app import app
from safeguard.errors import SafeguardError
from safeguard.identify import compare_definitions, identify_warehouse
from safeguard.warehouse import connect, ingest


def _record(source: str, record_id: str, kind: str, narrative: str, **extra: Any) -> dict[str, Any]:
    source_type = {
        "kent": "police",
        "essex": "police",
        "kent-missing-persons": "missing_persons",
        "medway-childrens-social-care": "childrens_social_care",
    }[source]
    role = "victim" if kind == "crime" else "subject"
    return {
        "format": "safeguard-exchange/1",
        "record_id": record_id,
        "source": source,
        "source_type": source_type,
        "force": "essex" if source == "essex" else "kent",
        "kind": kind,
        "recorded_at": extra.pop("recorded_at", "2024-03-01T10:00:00"),
        "narrative": narrative,
        "persons": [
            {
                "ref": "P1",
                "role": role,
                "forename": "Kayleigh",
                "surname": "Smyth",
                "age": 14,
                "sex": "F",
                "ethnicity": "W1",
                "nationality": "GBR",
            },
            *extra.pop("others", []),
        ],
        **extra,
    }


# Kayleigh (child K): a bare 22B crime, two missing episodes with unknown older men, and a
# social-care referral about gifts. Jess (child J): one missing episode with no concerns.
RECORDS = [
    _record(
        "kent",
        "CR-1",
        "crime",
        "Report of sexual activity with a child. Suspect unknown.",
        offence_codes=["22B"],
        flags=[],
    ),
    _record(
        "kent-missing-persons",
        "MP-1",
        "missing_episode",
        "Missing overnight. Seen getting into a car with two unknown older men.",
        recorded_at="2024-01-10T08:00:00",
    ),
    _record(
        "kent-missing-persons",
        "MP-2",
        "missing_episode",
        "Missing again, returned at 0400 hrs. Says she was with older males she met in town.",
        recorded_at="2024-02-01T08:00:00",
    ),
    _record(
        "medway-childrens-social-care",
        "CSC-1",
        "referral",
        "School report she has a new iPhone and expensive clothes she cannot explain; "
        "says an older friend bought them for her.",
        recorded_at="2024-02-10T08:00:00",
    ),
    _record(
        "essex",
        "MP-J",
        "missing_episode",
        "Jess stayed at a friend's house without telling her mum. No concerns.",
        flags=["CSE"],
    ),
]
# Who is who: Kayleigh's four records share an entity; Jess is another.
ENTITIES = [
    (r["source"], r["record_id"], "P1", "J" if r["record_id"] == "MP-J" else "K") for r in RECORDS
]


@pytest.fixture
def warehouse(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "records.jsonl"
    source.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in RECORDS))
    db = tmp_path / "w.duckdb"
    ingest([source], db, progress=False)
    entities = tmp_path / "entities.csv"
    with entities.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "record_id", "person_ref", "entity_id"])
        writer.writerows(ENTITIES)
    return db, entities


def _decisions(db: Path) -> dict[str, dict[str, Any]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT record_id, basis, decision FROM decisions").fetchall()
    finally:
        con.close()
    return {rid: {"basis": basis, **orjson.loads(d)} for rid, basis, d in rows}


def test_a_bare_crime_is_identified_through_the_childs_history(
    warehouse: tuple[Path, Path],
) -> None:
    db, entities = warehouse
    result = identify_warehouse(db, entities)
    decisions = _decisions(db)
    crime = decisions["CR-1"]
    assert crime["cse"]["met"] and crime["basis"] == "record_and_history"
    cited = " ".join(e for c in crime["cse"]["criteria"] for e in c["evidence"])
    assert "medway-childrens-social-care/CSC-1" in cited
    assert "kent-missing-persons/MP-" in cited
    assert crime["flag_review"] == "missed"
    assert result.children_met == 1 and result.records == len(RECORDS)


def test_the_childs_other_records_meet_it_through_that_history(
    warehouse: tuple[Path, Path],
) -> None:
    db, entities = warehouse
    identify_warehouse(db, entities)
    decisions = _decisions(db)
    for record_id in ("MP-1", "MP-2", "CSC-1"):
        decision = decisions[record_id]
        assert decision["cse"]["met"], record_id
        assert decision["basis"] in ("child_history", "record_and_history")
    jess = decisions["MP-J"]
    assert not jess["cse"]["met"] and jess["flag_review"] == "over-flagged"


def test_without_links_each_record_stands_alone(warehouse: tuple[Path, Path]) -> None:
    db, _ = warehouse
    result = identify_warehouse(db)
    assert result.entities_from.startswith("none")
    assert not _decisions(db)["CR-1"]["cse"]["met"]  # bare on its own


def test_protected_characteristics_change_no_decision(warehouse: tuple[Path, Path]) -> None:
    db, entities = warehouse
    identify_warehouse(db, entities)
    before = {k: (v["cse"], v["organised_network"]) for k, v in _decisions(db).items()}
    con = connect(db)
    con.execute("UPDATE persons SET sex = 'M', ethnicity = 'A1', nationality = 'PAK'")
    # identify reads each record as received (raw): change the characteristics there too.
    rows = con.execute("SELECT source, record_id, raw FROM records").fetchall()
    for source, record_id, raw in rows:
        data = orjson.loads(raw)
        for person in data["persons"]:
            person.update(sex="M", ethnicity="A1", nationality="PAK", religion="other")
        con.execute(
            "UPDATE records SET raw = ? WHERE source = ? AND record_id = ?",
            [orjson.dumps(data).decode(), source, record_id],
        )
    con.close()
    identify_warehouse(db, entities)
    after = {k: (v["cse"], v["organised_network"]) for k, v in _decisions(db).items()}
    assert after == before


def test_every_run_is_recorded_and_replaces_the_decisions(warehouse: tuple[Path, Path]) -> None:
    db, entities = warehouse
    first = identify_warehouse(db, entities)
    second = identify_warehouse(db, entities)
    con = duckdb.connect(str(db), read_only=True)
    runs = con.execute("SELECT run_id, status FROM runs WHERE command = 'identify'").fetchall()
    (count,) = con.execute("SELECT count(DISTINCT run_id) FROM decisions").fetchone() or (0,)
    con.close()
    assert {r[0] for r in runs} == {first.run_id, second.run_id}
    assert all(status == "ok" for _, status in runs) and count == 1


def test_compare_shows_definitions_beside_flags(warehouse: tuple[Path, Path]) -> None:
    db, entities = warehouse
    identify_warehouse(db, entities)
    con = connect(db)
    rows = {r.force: r for r in compare_definitions(con)}
    con.close()
    assert rows["kent"].records_cse == 4 and rows["kent"].children_cse == 1
    assert rows["kent"].supplier_cse_flags == 0 and rows["kent"].missed == 4
    assert rows["essex"].over_flagged == 1 and rows["essex"].records_cse == 0


def test_cli_identify_db_and_compare(warehouse: tuple[Path, Path]) -> None:
    db, entities = warehouse
    runner = CliRunner()
    result = runner.invoke(app, ["identify", "--db", str(db), "--entities", str(entities)])
    assert result.exit_code == 0, result.output
    assert "cse/1 met: 4 records" in result.output
    result = runner.invoke(app, ["definitions", "compare", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert {line["force"] for line in lines} == {"kent", "essex"}


def test_a_missing_entities_file_is_a_clear_error(warehouse: tuple[Path, Path]) -> None:
    db, _ = warehouse
    with pytest.raises(SafeguardError, match="no such entities file"):
        identify_warehouse(db, db.parent / "nope.parquet")
