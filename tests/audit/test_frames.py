"""The two sampling frames, record by record, and the errors that say what to do first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest

from safeguard.audit import AuditError, SampleRequest, draw_round
from safeguard.warehouse import Settings, ingest
from tests.audit.conftest import build, record

GIFT = "He gave her vodka and cash and had sex with her."
NEAR = "He gave the 15yo cash and trainers to carry drugs and threatened to hurt him if he stopped."
# (description, record id, fields, in the child frame, in the indicators frame)
CASES: list[tuple[str, str, dict[str, Any], bool, bool]] = [
    ("a victim aged 15", "C1", {"persons": [{"ref": "P1", "role": "victim", "age": 15}]},
     True, False),
    ("an adult victim, no code", "C2", {}, False, False),
    ("an adult victim, a child sexual offence code", "C3", {"offence_codes": ["22B"]}, True, True),
    ("a subject 17 at the event by date of birth", "C4",
     {"kind": "referral", "persons": [{"ref": "P1", "role": "subject", "dob": "2006-06-01"}]},
     True, False),
    ("a subject 18 at the event by date of birth", "C5",
     {"kind": "referral", "persons": [{"ref": "P1", "role": "subject", "dob": "2006-02-01"}]},
     False, False),
    ("a victim of unknown age", "C6", {"persons": [{"ref": "P1", "role": "victim"}]}, False, False),
    ("only a witness is a child", "C7",
     {"persons": [{"ref": "P1", "role": "victim", "age": 40},
                  {"ref": "P2", "role": "witness", "age": 10}]},
     False, False),
    ("a supplier CCE flag on an adult's record", "I1", {"flags": ["CCE"]}, False, True),
    ("a supplier flag in lower case", "I2", {"flags": ["cse"]}, False, True),
    ("exchange and sexual activity in the narrative", "I3",
     {"narrative": GIFT, "persons": [{"ref": "P1", "role": "victim", "age": 14}]}, True, True),
    ("exchange and threats to a child, nothing sexual", "I4",
     {"narrative": NEAR, "persons": [{"ref": "P1", "role": "victim", "age": 15}]}, True, True),
]  # fmt: skip
#: What each child-frame record's cse_band stratum is (cse_band.sql).
BANDS = {"C1": "not met", "C3": "not met", "C4": "not met", "I3": "met", "I4": "near"}


@pytest.fixture(scope="module")
def hand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("audit-frames")
    return build(folder, [record(c[1], **c[2]) for c in CASES])


def _census(db: Path, frame: str, out: Path) -> set[str]:
    draw_round(db, SampleRequest(size=1000, seed=1, frame=frame, stratify=()), out)
    with duckdb.connect(str(db), read_only=True) as con:
        latest = "(SELECT max(round_id) FROM audit_rounds)"
        sql = f"SELECT record_id FROM audit_sample WHERE round_id = {latest}"
        rows = con.execute(sql).fetchall()
    return {str(r[0]) for r in rows}


@pytest.mark.parametrize("frame", ["child", "indicators"])
def test_frame_membership(hand: Path, tmp_path: Path, frame: str) -> None:
    found = _census(hand, frame, tmp_path)
    for description, record_id, _, child, indicators in CASES:
        expected = child if frame == "child" else indicators
        assert (record_id in found) == expected, f"{frame} frame: {description}"


def test_the_cse_band_stratum_reads_the_decision_criteria(hand: Path, tmp_path: Path) -> None:
    request = SampleRequest(size=1000, seed=1, stratify=("cse_band",), min_per_stratum=1)
    draw_round(hand, request, tmp_path)
    with duckdb.connect(str(hand), read_only=True) as con:
        rows = con.execute(
            "SELECT s.record_id, s.stratum, d.decision FROM audit_sample s "
            "JOIN decisions d USING (source, record_id) "
            "WHERE s.round_id = (SELECT max(round_id) FROM audit_rounds)"
        ).fetchall()
    strata = {str(r[0]): str(r[1]) for r in rows}
    assert strata == {key: f"cse_band={band}" for key, band in BANDS.items()}
    for record_id, _, decision in rows:  # the same read of the criteria, in Python
        cse = orjson.loads(decision)["cse"]
        met = {c["id"]: c["met"] for c in cse["criteria"]}
        others = sum(met[c] for c in ("sexual_activity", "exchange", "coercion"))
        band = "met" if cse["met"] else "near" if met["child"] and others >= 2 else "not met"
        assert BANDS[record_id] == band


def test_a_force_outside_the_frame_lists_the_forces(hand: Path, tmp_path: Path) -> None:
    with pytest.raises(
        AuditError, match=r"no record of force 'essex' .* forces in the warehouse: kent"
    ):
        draw_round(hand, SampleRequest(size=5, seed=1, force="essex"), tmp_path)


def test_bad_requests_are_reported_together(hand: Path, tmp_path: Path) -> None:
    request = SampleRequest(size=0, seed=1, frame="adults", stratify=("ethnicity",))
    with pytest.raises(AuditError) as raised:
        draw_round(hand, request, tmp_path)
    text = str(raised.value)
    assert "--frame must be one of child, indicators" in text
    assert "--stratify: unknown column(s) ethnicity" in text and "--size must be at least 1" in text


def test_undecided_records_ask_for_identify_first(tmp_path: Path) -> None:
    source = tmp_path / "r.jsonl"
    source.write_bytes(orjson.dumps(record("U1")) + b"\n")
    db = tmp_path / "w.duckdb"
    ingest([source], db, progress=False, settings=Settings(db=db, workers=0))
    with pytest.raises(AuditError, match="run `safeguard identify --db FILE` first"):
        draw_round(db, SampleRequest(size=5, seed=1), tmp_path / "packs")
    with pytest.raises(AuditError, match="no such warehouse"):
        draw_round(tmp_path / "none.duckdb", SampleRequest(size=5, seed=1), tmp_path / "packs")
