"""Batches that span files: lineage and per-file counts stay exact however lines are grouped."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from safeguard.exchange import Line
from safeguard.warehouse import FileResult, Settings, ingest
from safeguard.warehouse._batches import chunks

from .conftest import record, write_lines

TABLES = {
    "records": "SELECT * EXCLUDE (run_id) FROM records",
    "record_history": "SELECT * EXCLUDE (run_id, superseded_by_run) FROM record_history",
    "persons": "SELECT * FROM persons",
    "links": "SELECT * FROM links",
    "quarantine": "SELECT * EXCLUDE (run_id) FROM quarantine",
}


def _tables(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(f"{sql} ORDER BY ALL").fetchall() for name, sql in TABLES.items()}
    finally:
        con.close()


def _files(folder: Path) -> list[Path]:
    """Five small files whose records interact across files (in this order)."""
    folder.mkdir()
    return [
        write_lines(folder / "a.jsonl", [record(record_id="R1"), record(record_id="R2"), "{bad"]),
        write_lines(
            folder / "b.jsonl",
            [record(record_id="R1", version=2), record(record_id="R3", narrative="b")],
        ),
        write_lines(folder / "c.jsonl", []),
        write_lines(folder / "d.jsonl", [record(record_id="R1", narrative="late copy of v1")]),
        write_lines(
            folder / "e.jsonl",
            [record(record_id="R2"), record(record_id="R3", narrative="same version, changed")],
        ),
    ]


# (read, new, superseded, unchanged, stale, quarantined) per file, whatever the grouping.
EXPECTED = [(3, 2, 0, 0, 0, 1), (2, 1, 1, 0, 0, 0), (0, 0, 0, 0, 0, 0), (1, 0, 0, 0, 1, 0)]
EXPECTED += [(2, 0, 0, 1, 0, 1)]

GROUPINGS = [
    ("one line per batch (the reference)", 1, 1, 0),
    ("one batch spans every file", 100, 100, 0),
    ("batches cut inside files", 2, 2, 0),
    ("small check chunks put together for one merge", 100, 2, 0),
    ("check chunks cut where merges are not", 3, 2, 0),
    pytest.param("worker pool", 4, 1, 2, marks=pytest.mark.slow, id="worker pool"),
]


def _counts(f: FileResult) -> tuple[int, ...]:
    return (f.read, f.new, f.superseded, f.unchanged, f.stale, f.quarantined)


@pytest.mark.parametrize(
    ("description", "batch_size", "check_size", "workers"),
    GROUPINGS,
    ids=[g[0] if isinstance(g, tuple) else g.id for g in GROUPINGS],
)
def test_grouping_does_not_change_counts_or_lineage(
    tmp_path: Path, description: str, batch_size: int, check_size: int, workers: int
) -> None:
    files = _files(tmp_path / "in")
    reference = Settings(workers=0, batch_size=1, check_size=1)
    ingest(files, tmp_path / "ref.duckdb", progress=False, settings=reference)
    grouped = Settings(
        workers=workers, batch_size=batch_size, check_size=check_size, parallel_min_lines=0
    )
    result = ingest(files, tmp_path / "w.duckdb", progress=False, settings=grouped)
    assert [_counts(f) for f in result.files] == EXPECTED, description
    assert all(f.loaded + f.quarantined == f.read for f in result.files)
    assert _tables(tmp_path / "w.duckdb") == _tables(tmp_path / "ref.duckdb"), description


def test_each_row_names_the_file_it_came_from(tmp_path: Path) -> None:
    files = _files(tmp_path / "in")
    sha = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    db = tmp_path / "w.duckdb"
    ingest(files, db, progress=False, settings=Settings(workers=0, batch_size=100))
    con = duckdb.connect(str(db), read_only=True)
    records = con.execute(
        "SELECT record_id, input_file, input_sha256, input_line FROM records ORDER BY 1"
    ).fetchall()
    history = con.execute(
        "SELECT record_id, version, reason, input_file, input_sha256, input_line"
        " FROM record_history ORDER BY reason DESC"
    ).fetchall()
    quarantine = con.execute("SELECT input_file, input_line, field FROM quarantine ORDER BY 1")
    quarantined = quarantine.fetchall()
    con.close()
    path = {f.name: str(f) for f in files}
    assert records == [
        ("R1", path["b.jsonl"], sha["b.jsonl"], 1),
        ("R2", path["a.jsonl"], sha["a.jsonl"], 2),
        ("R3", path["b.jsonl"], sha["b.jsonl"], 2),
    ]
    assert history == [
        ("R1", 1, "superseded", path["a.jsonl"], sha["a.jsonl"], 1),
        ("R1", 1, "stale", path["d.jsonl"], sha["d.jsonl"], 1),
    ]
    assert quarantined == [(path["a.jsonl"], 3, ""), (path["e.jsonl"], 2, "version")]


def _lines(n: int) -> list[Line]:
    return [Line(i + 1, b"{}") for i in range(n)]


CHUNKS = [
    # description, lines per file, chunk size, expected (first seq, [(file, lines)]) per chunk
    ("files fill one chunk", [2, 1], 5, [(0, [(0, 2), (1, 1)])]),
    ("a chunk ends inside a file", [3, 2], 4, [(0, [(0, 3), (1, 1)]), (4, [(1, 1)])]),
    ("a chunk ends exactly at a file's end", [2, 2], 2, [(0, [(0, 2)]), (2, [(1, 2)])]),
    ("empty files leave no piece", [0, 2, 0], 5, [(0, [(1, 2)])]),
    ("no lines at all, no chunk", [0, 0], 5, []),
    ("one big file in several chunks", [5], 2, [(0, [(0, 2)]), (2, [(0, 2)]), (4, [(0, 1)])]),
]


@pytest.mark.parametrize(
    ("description", "sizes", "size", "expected"), CHUNKS, ids=[c[0] for c in CHUNKS]
)
def test_chunks_span_files_in_order(
    description: str, sizes: list[int], size: int, expected: list[tuple[int, list[Any]]]
) -> None:
    files = [(i, _lines(n)) for i, n in enumerate(sizes)]
    got = [(first, [(f, len(ls)) for f, ls in pieces]) for first, pieces in chunks(files, size)]
    assert got == expected, description
