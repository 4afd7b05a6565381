"""The ingest stage: quarantine, counts, supersession with history, lineage, input kinds."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest

from safeguard.errors import InputFileError
from safeguard.exchange import write_parquet
from safeguard.warehouse import Settings, connect, ingest
from safeguard.warehouse._migrate import migrations

from .conftest import record, write_lines


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _one(db: Path, sql: str) -> Any:
    return _rows(db, sql)[0][0]


QUARANTINE_CASES = [
    ("bad JSON", "{not json", "", "not valid JSON"),
    ("missing required field", record(source_type=None), "source_type", "required field"),
    ("bad enum", record(kind="rumour"), "kind", "Input should be"),
    ("bad date", record(recorded_at="yesterday"), "recorded_at", "datetime"),
    ("bad date-or-datetime", record(occurred_from="01/03/2024"), "occurred_from", "ISO 8601"),
    (
        "dangling link ref",
        record(links=[{"from": "P1", "to": "X9"}]),
        "links[0].to",
        "refers to no person",
    ),
    (
        "duplicate ref",
        record(
            persons=[{"ref": "P1", "role": "victim"}, {"ref": "P1", "role": "suspect"}],
            links=[],
            arrests=[],
            safeguarding_actions=[],
        ),
        "persons[1].ref",
        "used twice",
    ),
    (
        "dob after recorded_at",
        record(
            persons=[{"ref": "P1", "role": "victim", "dob": "2030-01-01"}],
            links=[],
            arrests=[],
            safeguarding_actions=[],
        ),
        "persons[0].dob",
        "after the date",
    ),
    (
        "occurred_to before occurred_from",
        record(occurred_to="2020-01-01"),
        "occurred_to",
        "before occurred_from",
    ),
    ("not an object", "[1, 2]", "", "expected a JSON object"),
    ("bad outcome code", record(outcome={"code": "one"}), "outcome.code", "pattern"),
]


@pytest.mark.parametrize(
    ("description", "line", "field", "reason"),
    QUARANTINE_CASES,
    ids=[c[0] for c in QUARANTINE_CASES],
)
def test_a_broken_record_goes_to_quarantine_with_field_and_reason(
    tmp_path: Path, settings: Settings, description: str, line: Any, field: str, reason: str
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [record(record_id="OK"), line])
    db = tmp_path / "w.duckdb"
    result = ingest([source], db, progress=False, settings=settings)
    assert (result.total("read"), result.total("loaded"), result.total("quarantined")) == (2, 1, 1)
    rows = _rows(db, "SELECT input_file, input_line, field, reason, raw, problems FROM quarantine")
    assert len(rows) == 1, description
    file, number, got_field, got_reason, raw, problems = rows[0]
    assert (file, number, got_field) == (str(source), 2, field)
    assert reason in got_reason
    assert raw.strip() == (line if isinstance(line, str) else orjson.dumps(line).decode())
    assert {"field": field, "reason": got_reason} in orjson.loads(problems)


def test_quarantine_keeps_the_key_when_it_can_be_read(tmp_path: Path, settings: Settings) -> None:
    source = write_lines(tmp_path / "in.jsonl", [record(record_id="K9", kind="rumour")])
    db = tmp_path / "w.duckdb"
    ingest([source], db, progress=False, settings=settings)
    assert _rows(db, "SELECT source, record_id FROM quarantine") == [("kent", "K9")]


def test_loaded_plus_quarantined_equals_read_per_file_and_run(
    tmp_path: Path, settings: Settings
) -> None:
    a = write_lines(
        tmp_path / "a.jsonl",
        [record(record_id=f"A{i}") for i in range(7)] + ["{broken", record(kind="x")],
    )
    b = write_lines(
        tmp_path / "b.jsonl", [record(record_id="A1", version=2), record(record_id="A2"), "[]"]
    )
    result = ingest([a, b], tmp_path / "w.duckdb", progress=False, settings=settings)
    for f in result.files:
        assert f.loaded + f.quarantined == f.read
    assert [(f.read, f.new, f.superseded, f.unchanged, f.quarantined) for f in result.files] == [
        (9, 7, 0, 0, 2),
        (3, 0, 1, 1, 1),
    ]
    assert result.total("loaded") + result.total("quarantined") == result.total("read") == 12


def test_a_reload_changes_nothing_but_is_recorded(tmp_path: Path, settings: Settings) -> None:
    source = write_lines(
        tmp_path / "in.jsonl",
        [
            record(record_id="A"),
            record(record_id="A", version=2),
            record(record_id="B"),
            record(record_id="A", version=1, narrative="a late, different copy"),
        ],
    )
    db = tmp_path / "w.duckdb"
    first = ingest([source], db, progress=False, settings=settings)
    tables = ("records", "record_history", "persons", "links", "actions", "arrests")
    before = {
        t: _rows(db, f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY ALL")
        if t.startswith("record")
        else _rows(db, f"SELECT * FROM {t} ORDER BY ALL")
        for t in tables
    }
    second = ingest([source], db, progress=False, settings=settings, reload=True)
    after = {
        t: _rows(db, f"SELECT * EXCLUDE (run_id) FROM {t} ORDER BY ALL")
        if t.startswith("record")
        else _rows(db, f"SELECT * FROM {t} ORDER BY ALL")
        for t in tables
    }
    assert (first.total("new"), first.total("superseded"), first.total("stale")) == (2, 1, 1)
    assert second.total("unchanged") == 4 and second.total("loaded") == 4
    assert after == before
    assert _one(db, "SELECT count(*) FROM runs WHERE status = 'ok'") == 2


SUPERSESSION_CASES = [
    # description, versions in arrival order, current version, history (version, reason),
    # counts (new, superseded, stale, quarantined)
    ("v1 then v2", [1, 2], 2, [(1, "superseded")], (1, 1, 0, 0)),
    ("v2 then v1 is stale", [2, 1], 2, [(1, "stale")], (1, 0, 1, 0)),
    ("v1, v3, v2", [1, 3, 2], 3, [(1, "superseded"), (2, "stale")], (1, 1, 1, 0)),
    ("same version, other content, is a conflict", [1, 1], 1, [], (1, 0, 0, 1)),
]


@pytest.mark.parametrize("across_runs", [False, True], ids=["one file", "separate runs"])
@pytest.mark.parametrize(
    ("description", "versions", "current", "history", "counts"),
    SUPERSESSION_CASES,
    ids=[c[0] for c in SUPERSESSION_CASES],
)
def test_supersession_keeps_history(
    tmp_path: Path,
    settings: Settings,
    across_runs: bool,
    description: str,
    versions: list[int],
    current: int,
    history: list[tuple[int, str]],
    counts: tuple[int, int, int, int],
) -> None:
    items = [record(version=v, narrative=f"arrival {i}") for i, v in enumerate(versions)]
    db = tmp_path / "w.duckdb"
    results = []
    if across_runs:
        for i, item in enumerate(items):
            path = write_lines(tmp_path / f"in{i}.jsonl", [item])
            results.append(ingest([path], db, progress=False, settings=settings))
    else:
        path = write_lines(tmp_path / "in.jsonl", items)
        results.append(ingest([path], db, progress=False, settings=settings))
    got = tuple(
        sum(r.total(n) for r in results) for n in ("new", "superseded", "stale", "quarantined")
    )
    assert got == counts, description
    assert _rows(db, "SELECT version, narrative FROM records") == [
        (current, f"arrival {versions.index(current)}")
    ]
    assert _rows(db, "SELECT version, reason FROM record_history ORDER BY version") == history
    if counts[3]:
        assert _rows(db, "SELECT field FROM quarantine") == [("version",)]


def test_parts_are_replaced_when_a_record_is_superseded(tmp_path: Path, settings: Settings) -> None:
    v2 = record(
        version=2,
        persons=[{"ref": "P9", "role": "subject", "forename": "Cy"}],
        links=[],
        arrests=[],
        safeguarding_actions=[],
        locations=[],
        objects=[],
    )
    db = tmp_path / "w.duckdb"
    ingest([write_lines(tmp_path / "a.jsonl", [record()])], db, progress=False, settings=settings)
    assert _one(db, "SELECT count(*) FROM persons") == 2
    ingest([write_lines(tmp_path / "b.jsonl", [v2])], db, progress=False, settings=settings)
    assert _rows(db, "SELECT ref, role, forename FROM persons") == [("P9", "subject", "Cy")]
    for table in ("locations", "objects", "links", "actions", "arrests"):
        assert _one(db, f"SELECT count(*) FROM {table}") == 0, table
    assert _one(db, "SELECT superseded_by_version FROM record_history") == 2


def test_fields_are_typed(tmp_path: Path, settings: Settings) -> None:
    db = tmp_path / "w.duckdb"
    ingest(
        [write_lines(tmp_path / "a.jsonl", [record(colour="red")])],
        db,
        progress=False,
        settings=settings,
    )
    row = _rows(
        db,
        "SELECT occurred_from, outcome_code, outcome_at, offence_codes, flags, "
        "extra, classification, recorded_at FROM records",
    )[0]
    assert str(row[0]) == "2024-03-01 00:00:00" and row[1] == "1"
    assert (row[3], row[4], orjson.loads(row[5]), row[6]) == (
        ["22B"],
        ["CSE"],
        {"colour": "red"},
        "official-sensitive",
    )
    assert str(row[7]) == "2024-03-02 10:00:00"
    person = _rows(db, "SELECT dob, aliases, identifiers FROM persons WHERE ref = 'P1'")[0]
    assert (str(person[0]), person[1], orjson.loads(person[2])) == (
        "2009-05-01",
        ["A"],
        {"child_id": "C1"},
    )


def test_runs_are_recorded_with_hashes(tmp_path: Path, settings: Settings) -> None:
    import hashlib

    source = write_lines(tmp_path / "in.jsonl", [record(), "{bad"])
    db = tmp_path / "w.duckdb"
    result = ingest([source], db, progress=False, settings=settings)
    inputs, counts, status, version = _rows(
        db, "SELECT inputs, counts, status, schema_version FROM runs"
    )[0]
    entry = orjson.loads(inputs)[0]
    assert entry["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (entry["read"], entry["loaded"], entry["quarantined"]) == (2, 1, 1)
    assert orjson.loads(counts)["read"] == 2 and status == "ok" and version >= 1
    assert _one(db, "SELECT run_id FROM records") == result.run_id


def test_gzip_and_parquet_inputs_load(tmp_path: Path, settings: Settings) -> None:
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wb") as handle:
        handle.write(orjson.dumps(record(record_id="G")) + b"\n")
    pq = tmp_path / "b.parquet"
    write_parquet([record(record_id="P", outcome={"code": "1"})], pq)
    db = tmp_path / "w.duckdb"
    result = ingest([gz, pq], db, progress=False, settings=settings)
    assert result.total("new") == 2
    assert _one(db, "SELECT count(*) FROM persons") == 4


def test_a_folder_loads_every_exchange_file_in_order(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    write_lines(tmp_path / "in" / "b.jsonl", [record(record_id="B")])
    write_lines(tmp_path / "in" / "sub" / "a.jsonl", [record(record_id="A")])
    (tmp_path / "in" / "notes.txt").write_text("ignored")
    result = ingest([tmp_path / "in"], tmp_path / "w.duckdb", progress=False, settings=settings)
    assert [f.path.name for f in result.files] == ["b.jsonl", "a.jsonl"]


def _corrupt_gzip(path: Path) -> Path:
    data = gzip.compress(b"\n".join(orjson.dumps(record(record_id=str(i))) for i in range(50)))
    path.write_bytes(data[: len(data) // 2])
    return path


BAD_FILES = [
    ("missing file", lambda d: d / "nope.jsonl", "no such file"),
    ("corrupt gzip", lambda d: _corrupt_gzip(d / "bad.jsonl.gz"), "corrupt gzip"),
    ("not JSON Lines", lambda d: write_lines(d / "x.jsonl", ["hello world"]), "not a JSON Lines"),
    (
        "wrong format version",
        lambda d: write_lines(d / "v2.jsonl", [record(format="safeguard-exchange/2")]),
        "is not supported",
    ),
]


@pytest.mark.parametrize(
    ("description", "make", "message"), BAD_FILES, ids=[c[0] for c in BAD_FILES]
)
def test_a_bad_file_stops_the_run_before_anything_loads(
    tmp_path: Path, settings: Settings, description: str, make: Any, message: str
) -> None:
    good = write_lines(tmp_path / "good.jsonl", [record()])
    bad = make(tmp_path)
    db = tmp_path / "w.duckdb"
    with pytest.raises(InputFileError) as caught:
        ingest([good, bad], db, progress=False, settings=settings)
    assert str(bad) in str(caught.value) and message in str(caught.value), description
    assert _one(db, "SELECT count(*) FROM records") == 0
    assert _rows(db, "SELECT status FROM runs") == [("failed",)]


def test_migrations_apply_once(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    connect(db).close()
    con = connect(db)
    shipped = [(version,) for version, _, _ in migrations()]
    assert shipped[0] == (1,)
    assert con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall() == shipped
    con.close()


def test_a_migration_missed_in_the_middle_is_applied(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = connect(db)
    con.execute("DROP TABLE child_decisions")  # as if made by a build without migration 0002
    con.execute("DROP TABLE decisions")
    con.execute("DELETE FROM schema_migrations WHERE version = 2")
    con.close()
    con = connect(db)
    assert con.execute("SELECT count(*) FROM decisions").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone() == (len(migrations()),)
    con.close()


@pytest.mark.slow
def test_the_worker_pool_keeps_order(tmp_path: Path) -> None:
    items = [record(record_id=f"R{i % 40}", version=1 + i // 40) for i in range(120)]
    source = write_lines(tmp_path / "in.jsonl", items)
    pooled = Settings(workers=2, batch_size=7, parallel_min_lines=0)
    result = ingest([source], tmp_path / "w.duckdb", progress=False, settings=pooled)
    assert (result.total("new"), result.total("superseded")) == (40, 80)
    assert _one(tmp_path / "w.duckdb", "SELECT min(version) FROM records") == 3


def test_a_profile_maps_a_csv_and_quarantines_unmappable_rows(
    tmp_path: Path, settings: Settings
) -> None:
    header = (
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
        "LSOA name,Crime type,Last outcome category,Context"
    )
    rows = [
        "abc123,2024-01,Kent Police,Kent Police,0.52,51.27,On or near High Street,E01024000,"
        "Maidstone 001A,Violence and sexual offences,Under investigation,",
        "def456,2024-13,Kent Police,Kent Police,0.52,51.27,On or near Park,E01024000,"
        "Maidstone 001A,Burglary,,",
    ]
    source = tmp_path / "street.csv"
    source.write_text("\n".join([header, *rows]) + "\n")
    db = tmp_path / "w.duckdb"
    result = ingest([source], db, profile="data.police.uk", progress=False, settings=settings)
    assert (result.total("read"), result.total("new"), result.total("quarantined")) == (2, 1, 1)
    assert _rows(db, "SELECT input_line, field FROM quarantine") == [(3, "recorded_at")]
