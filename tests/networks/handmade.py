"""A small hand-built warehouse whose networks are known, for the networks tests.

People are named by their entity ids; the ``entities`` table is written directly (as linkage
would), so the tests exercise the networks stage alone. Synthetic people only.

* **network N** (kent and essex): perpetrators A and B and an unidentified man act together
  against child C1 (kent, R1); B, transporter T and payee P against child C2 (essex, R2);
  introducer F introduces C1 (R1); a social-care referral about C1 (R3).
* **lone offender** L exploits child C3 (R4): one person, no group.
* **county lines**: adult K and child Y are suspects in a drugs crime (R5); Y goes missing (R6).
* **no exploitation**: G1 and G2 push a child about (R7): a group with a child, not a network.
* **partner-only network**: associates Q1 and Q2 exploit child C4, known only from a
  social-care referral (R8).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import orjson

from safeguard.identify import identify_warehouse
from safeguard.warehouse import Settings, connect, ingest

SOURCE_TYPES = {
    "kent": "police",
    "essex": "police",
    "kent-missing-persons": "missing_persons",
    "medway-childrens-social-care": "childrens_social_care",
}
_PROTECTED = {"sex": "F", "ethnicity": "W1", "nationality": "GBR"}


def person(ref: str, role: str, entity: str, age: int | None = None, **more: Any) -> dict[str, Any]:
    """A person whose forename is their entity id (so tests can read who is who)."""
    out: dict[str, Any] = {"ref": ref, "role": role, "forename": entity, "surname": "Test"}
    if age is not None:
        out["age"] = age
    return {**out, **_PROTECTED, **more}


def record(
    source: str,
    record_id: str,
    kind: str,
    day: str,
    narrative: str,
    persons: list[dict[str, Any]],
    **extra: Any,
) -> dict[str, Any]:
    """A valid exchange record."""
    force = extra.pop("force", "essex" if source == "essex" else "kent")
    return {
        "format": "safeguard-exchange/1", "record_id": record_id, "source": source,
        "source_type": SOURCE_TYPES[source], "force": force, "kind": kind,
        "recorded_at": f"{day}T10:00:00", "occurred_from": day,
        "narrative": narrative, "persons": persons, **extra,
    }  # fmt: skip


HOTEL = {"ref": "L1", "type": "hotel", "name": "Travel Rest", "postcode": "KE1 1AA"}
PHONE = {"ref": "O1", "type": "phone", "value": "07700 900001"}
EXCHANGE = "She was given vodka and cigarettes in exchange for sexual activity."

RECORDS = [
    record("kent", "R1", "crime", "2024-05-01",
           f"C1 (14) was raped at a hotel by A and B and another man. {EXCHANGE}",
           [person("P1", "victim", "C1", 14), person("P2", "suspect", "A", 30),
            person("P3", "suspect", "B", 33), {"ref": "P4", "role": "suspect", "identified": False},
            person("P5", "suspect", "F", 19)],
           offence_codes=["19D"], locations=[HOTEL], objects=[PHONE],
           links=[{"from": "P2", "to": "P3", "type": "associate_of"},
                  {"from": "P5", "to": "P1", "type": "introduced"},
                  {"from": "P2", "to": "L1", "type": "seen_at"},
                  {"from": "P2", "to": "O1", "type": "uses"},
                  {"from": "P3", "to": "O1", "type": "uses"}]),
    record("essex", "R2", "crime", "2024-06-10",
           f"C2 (15) was sexually assaulted by B. T drove her there. {EXCHANGE}",
           [person("P1", "victim", "C2", 15), person("P2", "suspect", "B", 33),
            person("P3", "suspect", "T", 40), person("P4", "suspect", "P", 45)],
           offence_codes=["22B"],
           links=[{"from": "P3", "to": "P1", "type": "transported"},
                  {"from": "P2", "to": "P4", "type": "paid"}]),
    record("medway-childrens-social-care", "R3", "referral", "2024-04-20",
           "C1 (14) has been going missing and coming home with new clothes.",
           [person("P1", "subject", "C1", 14)]),
    record("kent", "R4", "crime", "2024-03-03",
           f"C3 (14) was sexually assaulted by L, her older boyfriend. {EXCHANGE}",
           [person("P1", "victim", "C3", 14), person("P2", "suspect", "L", 35)],
           offence_codes=["22B"]),
    record("kent", "R5", "crime", "2024-07-07",
           "Y (15) was found with class A drugs in a flat used by K. No sexual element.",
           [person("P1", "suspect", "Y", 15), person("P2", "suspect", "K", 24)],
           offence_codes=["92A"]),
    record("kent-missing-persons", "R6", "missing_episode", "2024-07-01",
           "Y (15) missing for two days, believed to be in another county.",
           [person("P1", "subject", "Y", 15)]),
    record("kent", "R7", "crime", "2024-02-02",
           "C5 (12) was pushed over in a park by G1 and G2. No sexual element; no injuries.",
           [person("P1", "victim", "C5", 12), person("P2", "suspect", "G1", 20),
            person("P3", "suspect", "G2", 21)],
           offence_codes=["8N"], outcome={"code": "14", "at": "2024-03-01"}),
    record("medway-childrens-social-care", "R8", "referral", "2024-08-08",
           f"C4 (14) has been sexually abused by Q1 and Q2, friends who share a flat. {EXCHANGE}",
           [person("P1", "subject", "C4", 14), person("P2", "associate", "Q1", 28),
            person("P3", "associate", "Q2", 29)],
           links=[{"from": "P2", "to": "P3", "type": "associate_of"}]),
]  # fmt: skip


def write_records(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write records as JSON Lines."""
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def warehouse(folder: Path, records: list[dict[str, Any]] | None = None) -> Path:
    """Ingest the records, place every mention in its entity (the forename), identify."""
    chosen = RECORDS if records is None else records
    db = folder / "networks.duckdb"
    ingest([write_records(folder / "records.jsonl", chosen)], db, progress=False,
           settings=Settings(db=db, workers=0))  # fmt: skip
    rows = [
        (r["source"], r["record_id"], p["ref"],
         f"E-{p['forename']}" if p.get("identified", True) else f"E-{r['record_id']}-{p['ref']}",
         1.0, 1, p.get("identified", True), "fixture")
        for r in chosen for p in r["persons"]
    ]  # fmt: skip
    con = connect(db)
    try:
        con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    finally:
        con.close()
    identify_warehouse(db)
    return db


def rows(db: Path, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Read rows from a warehouse."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
