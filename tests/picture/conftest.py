"""A small warehouse built in code for the national-picture tests.

Seven records from two forces and two partners go through the real ingest; the decisions,
the children and who is who are then written as the identify and linkage stages would write
them, so every metric can be checked against values worked out by hand (see the comments).
The networks tables follow the networks stage's contract and are made here, so these tests
do not depend on that stage.

Children: A (Kent crime K1, Kent missing episode K5, Essex crime E1), B (K2), C (K3, 2023),
D (K4, not CSE), E (Essex social-care referral E2, known only to partners).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest

from safeguard.warehouse import Settings, ingest

PARTNERS = {
    "kent-missing-persons": "missing_persons",
    "essex-childrens-social-care": "childrens_social_care",
}


def _record(
    source: str, record_id: str, kind: str, recorded_at: str, **extra: Any
) -> dict[str, Any]:
    victim = extra.pop("victim", {"age": 14})
    role = "victim" if kind in ("crime", "incident") else "subject"
    persons = [{"ref": "P1", "role": role, "forename": "Child", "surname": record_id, **victim}]
    if "suspect" in extra:
        persons.append({"ref": "P2", "role": "suspect", **extra.pop("suspect")})
    return {
        "format": "safeguard-exchange/1",
        "record_id": record_id,
        "source": source,
        "source_type": PARTNERS.get(source, "police"),
        "force": "essex" if source.startswith("essex") else "kent",
        "kind": kind,
        "recorded_at": recorded_at,
        "narrative": "synthetic",
        "persons": persons,
        **extra,
    }


RECORDS = [
    _record(
        "kent",
        "K1",
        "crime",
        "2024-01-10T10:00:00",
        flags=["CSE"],
        offence_codes=["22B"],
        suspect={
            "forename": "Sus",
            "surname": "One",
            "identified": True,
            "ethnicity": "W1",
            "nationality": "GBR",
        },
        outcome={"code": "1", "at": "2024-04-09"},  # charged after 90 days
        safeguarding_actions=[
            {"type": "strategy_meeting", "at": "2024-01-11", "person_ref": "P1"},
            {"type": "referral_to_childrens_social_care", "at": "2024-01-12", "person_ref": "P1"},
        ],
        arrests=[{"person_ref": "P2", "at": "2024-01-15"}],
    ),
    _record(
        "kent",
        "K2",
        "crime",
        "2024-02-05T09:00:00",
        victim={},  # no age, no date of birth
        suspect={"identified": False},
        outcome={"code": "15", "at": "2024-05-01"},
    ),
    _record(
        "kent",
        "K3",
        "crime",
        "2023-01-20T09:00:00",
        victim={"age": 13},
        suspect={"forename": "Sus", "surname": "Three", "ethnicity": "Z", "nationality": "POL"},
    ),
    _record(
        "kent",
        "K4",
        "incident",
        "2024-03-01T09:00:00",
        flags=["CSE"],
        victim={"age": 16},
        safeguarding_actions=[{"type": "safety_plan", "person_ref": "P1"}],
        arrests=[{"person_ref": "P1", "at": "2024-03-02"}],
    ),
    _record(
        "kent-missing-persons",
        "K5",
        "missing_episode",
        "2024-01-05T09:00:00",
        safeguarding_actions=[{"type": "return_home_interview", "person_ref": "P1"}],
    ),
    _record(
        "essex",
        "E1",
        "crime",
        "2024-06-15T12:00:00",
        victim={"dob": "2010-02-01"},
        suspect={"forename": "Sus", "surname": "Four", "identified": True, "ethnicity": "A1"},
        outcome={"code": "1", "at": "2024-12-12"},  # charged after 180 days
        arrests=[
            {"person_ref": "P2", "at": "2024-06-16"},
            {"person_ref": "P2", "at": "2024-07-01"},
        ],
    ),
    _record(
        "essex-childrens-social-care",
        "E2",
        "referral",
        "2024-07-01T09:00:00",
        safeguarding_actions=[{"type": "safety_plan", "person_ref": "P1"}],
    ),
]

# (source, record_id): (cse_met, network_met, supplier flagged CSE)
DECISIONS = {
    ("kent", "K1"): (True, False, True),
    ("kent", "K2"): (True, True, False),
    ("kent", "K3"): (True, False, False),
    ("kent", "K4"): (False, False, True),
    ("kent-missing-persons", "K5"): (False, False, False),
    ("essex", "E1"): (True, False, False),
    ("essex-childrens-social-care", "E2"): (True, False, False),
}
CHILD_OF = {"K1": "A", "K5": "A", "E1": "A", "K2": "B", "K3": "C", "K4": "D", "E2": "E"}
CHILDREN = {  # entity: (meets cse/1, the records where it is met)
    "A": (True, ["essex/E1", "kent/K1"]),
    "B": (True, ["kent/K2"]),
    "C": (True, ["kent/K3"]),
    "D": (False, []),
    "E": (True, ["essex-childrens-social-care/E2"]),
}
# The networks stage's tables reduced to the contract the picture reads: made afresh here (the
# stage's migration, when present, adds columns these tests must not depend on).
NETWORKS_DDL = """
DROP TABLE IF EXISTS networks; DROP TABLE IF EXISTS network_members;
DROP TABLE IF EXISTS network_children;
CREATE TABLE IF NOT EXISTS networks (
    network_id VARCHAR, run_id VARCHAR, definition VARCHAR, meets_definition BOOLEAN,
    forces VARCHAR[], cross_force BOOLEAN, partner_only BOOLEAN, priority DOUBLE);
CREATE TABLE IF NOT EXISTS network_members (
    network_id VARCHAR, entity_id VARCHAR, kind VARCHAR, role VARCHAR);
CREATE TABLE IF NOT EXISTS network_children (network_id VARCHAR, entity_id VARCHAR);
"""
NETWORKS = [  # N1 crosses Kent and Essex; N3 does not meet the definition
    ("N1", "run-1", "organised-network/1", True, ["kent", "essex"], True, False, 0.9),
    ("N2", "run-1", "organised-network/1", True, ["kent"], False, False, 0.4),
    ("N3", "run-1", "organised-network/1", False, ["essex"], False, True, 0.1),
]
NETWORK_CHILDREN = [("N1", "A"), ("N1", "B"), ("N2", "B"), ("N2", "C"), ("N3", "E")]


def build(folder: Path, networks: bool = True) -> Path:
    """The fixture warehouse in ``folder``; with the networks tables when asked."""
    source = folder / "records.jsonl"
    source.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in RECORDS))
    db = folder / "w.duckdb"
    ingest([source], db, progress=False, settings=Settings(db=db, workers=0))
    con = duckdb.connect(str(db))
    try:
        _decide(con)
        if networks:
            _networks(con)
    finally:
        con.close()
    return db


def _decide(con: duckdb.DuckDBPyConnection) -> None:
    for (source, record_id), (cse, network, flagged) in DECISIONS.items():
        review = "agreed" if cse == flagged else ("missed" if cse else "over-flagged")
        con.execute(
            "INSERT INTO decisions VALUES (?, ?, 'run-i', 'cse/1', ?, 0.9, "
            "'organised-network/1', ?, ?, ?, 'record', '{}')",
            [source, record_id, cse, network, flagged, review],
        )
        con.execute(
            "INSERT INTO entities VALUES (?, ?, 'P1', ?, 1.0, 1, true, 'run-l')",
            [source, record_id, CHILD_OF[record_id]],
        )
    for entity, (met, records) in CHILDREN.items():
        con.execute(
            "INSERT INTO child_decisions VALUES (?, 'run-i', ?, 0.9, 1, ?)",
            [entity, met, orjson.dumps(records).decode()],
        )


def _networks(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(NETWORKS_DDL)
    con.executemany("INSERT INTO networks VALUES (?, ?, ?, ?, ?, ?, ?, ?)", NETWORKS)
    con.executemany("INSERT INTO network_children VALUES (?, ?)", NETWORK_CHILDREN)
    con.executemany(
        "INSERT INTO network_members VALUES (?, ?, 'person', 'victim')", NETWORK_CHILDREN
    )


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture warehouse with networks (built once per module; tests only read it)."""
    return build(tmp_path_factory.mktemp("picture"))


@pytest.fixture(scope="module")
def bare_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture warehouse without the networks tables."""
    return build(tmp_path_factory.mktemp("bare"), networks=False)
