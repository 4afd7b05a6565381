"""The picture agrees with the identify stage's own tables when identify really runs."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from safeguard.identify import identify_warehouse
from safeguard.picture import compute_picture
from safeguard.warehouse import Settings, connect, ingest
from tests.picture.conftest import RECORDS

# K1 (flagged) and E1 (not flagged) describe exploitation; the others say nothing.
EXPLOITED = (
    "The suspect gave her alcohol and cannabis and then had sex with her at his flat. "
    "He told her she owed him for the phone he bought her."
)


def _records() -> list[dict[str, object]]:
    return [{**r, "narrative": EXPLOITED} if r["record_id"] in ("K1", "E1") else r for r in RECORDS]


def test_counts_match_the_decisions_identify_wrote(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in _records()))
    db = tmp_path / "w.duckdb"
    ingest([source], db, progress=False, settings=Settings(db=db, workers=0))
    identify_warehouse(db)
    raw = duckdb.connect(str(db), read_only=True)
    try:
        records_met, flagged, missed = raw.execute(
            "SELECT count(*) FILTER (cse_met), count(*) FILTER (supplier_flagged_cse), "
            "count(*) FILTER (flag_review = 'missed') FROM decisions"
        ).fetchone() or (0, 0, 0)
        (children_met,) = raw.execute(
            "SELECT count(*) FROM child_decisions WHERE cse_met"
        ).fetchone() or (0,)
    finally:
        raw.close()
    con = connect(db)
    try:
        picture = compute_picture(con)
    finally:
        con.close()
    assert picture.identified and not picture.linked
    assert picture.value("records") == len(RECORDS)
    assert picture.value("records_cse") == records_met >= 2
    assert picture.value("flags_supplier") == flagged == 2
    assert picture.value("flags_missed") == missed >= 1
    assert picture.value("children_cse") == children_met >= 2
