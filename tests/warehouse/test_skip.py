"""Skipping files an earlier successful run loaded, and reloading them on request."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest

from safeguard.errors import WarehouseError
from safeguard.warehouse import IngestResult, Settings, ingest

from .conftest import record, write_lines

DATA_TABLES = (
    "records",
    "record_history",
    "persons",
    "locations",
    "objects",
    "links",
    "actions",
    "arrests",
    "quarantine",
)


def _snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in DATA_TABLES}
    finally:
        con.close()


def _folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    write_lines(folder / "a.jsonl", [record(record_id="A1"), record(record_id="A2"), "{bad"])
    write_lines(folder / "b.jsonl", [record(record_id="B1")])
    write_lines(folder / "c.jsonl", [record(record_id="A1", version=2)])
    return folder


def _append(path: Path, item: dict[str, Any]) -> None:
    with path.open("ab") as handle:
        handle.write(orjson.dumps(item) + b"\n")


# description, change made between the runs, reload, expected (status, read) per file
SECOND_RUNS: list[tuple[str, Callable[[Path], None], bool, list[tuple[str, int]]]] = [
    (
        "same folder: every file skipped",
        lambda d: None,
        False,
        [("skipped", 0), ("skipped", 0), ("skipped", 0)],
    ),
    (
        "reload: every file read again",
        lambda d: None,
        True,
        [("loaded", 3), ("loaded", 1), ("loaded", 1)],
    ),
    (
        "a modified file is read, the others skipped",
        lambda d: _append(d / "b.jsonl", record(record_id="B2")),
        False,
        [("skipped", 0), ("loaded", 2), ("skipped", 0)],
    ),
    (
        "a new file is read",
        lambda d: write_lines(d / "d.jsonl", [record(record_id="D1")]) and None,
        False,
        [("skipped", 0), ("skipped", 0), ("skipped", 0), ("loaded", 1)],
    ),
    (
        "the same bytes under another name are skipped",
        lambda d: shutil.copy(d / "b.jsonl", d / "b-copy.jsonl") and None,
        False,
        [("skipped", 0), ("skipped", 0), ("skipped", 0), ("skipped", 0)],
    ),
]


@pytest.mark.parametrize(
    ("description", "change", "reload", "expected"),
    SECOND_RUNS,
    ids=[c[0] for c in SECOND_RUNS],
)
def test_a_second_run_reads_only_what_it_must(
    tmp_path: Path,
    settings: Settings,
    description: str,
    change: Callable[[Path], None],
    reload: bool,
    expected: list[tuple[str, int]],
) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "w.duckdb"
    first = ingest([folder], db, progress=False, settings=settings)
    change(folder)
    second = ingest([folder], db, progress=False, settings=settings, reload=reload)
    assert [(f.status, f.read) for f in second.files] == expected, description
    for f in second.files:
        assert f.loaded + f.quarantined == f.read
        assert f.loaded_by == (first.run_id if f.status == "skipped" else None)
    assert second.total("skipped") == sum(status == "skipped" for status, _ in expected)


def test_a_second_run_of_the_same_folder_changes_no_table(
    tmp_path: Path, settings: Settings
) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "w.duckdb"
    first = ingest([folder], db, progress=False, settings=settings)
    before = _snapshot(db)
    second = ingest([folder], db, progress=False, settings=settings)
    assert _snapshot(db) == before
    assert (second.total("read"), second.total("skipped"), second.status) == (0, 3, "ok")
    con = duckdb.connect(str(db), read_only=True)
    inputs, counts = con.execute(
        "SELECT inputs, counts FROM runs WHERE run_id = ?", [second.run_id]
    ).fetchone() or (None, None)
    con.close()
    entries = orjson.loads(inputs)
    assert {(e["status"], e["loaded_by"], e["read"]) for e in entries} == {
        ("skipped", first.run_id, 0)
    }
    assert orjson.loads(counts)["skipped"] == 3


def test_a_reload_finds_everything_unchanged(tmp_path: Path, settings: Settings) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "w.duckdb"
    ingest([folder], db, progress=False, settings=settings)
    before = _snapshot(db)
    again = ingest([folder], db, progress=False, settings=settings, reload=True)
    after = _snapshot(db)
    assert (again.total("read"), again.total("new"), again.total("superseded")) == (5, 0, 0)
    assert again.total("unchanged") == again.total("loaded") == 4
    assert again.total("quarantined") == 1  # the broken line, quarantined again in this run
    assert {t: after[t] for t in DATA_TABLES[:-1]} == {t: before[t] for t in DATA_TABLES[:-1]}


def _failing_merge(calls: list[int]) -> Callable[..., Any]:
    from safeguard.warehouse._merge import merge_batch

    def merge(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise WarehouseError("simulated failure")
        return merge_batch(*args)

    return merge


def test_files_of_a_failed_run_are_read_again(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "w.duckdb"
    monkeypatch.setattr("safeguard.warehouse._ingest.merge_batch", _failing_merge([]))
    with pytest.raises(WarehouseError):
        ingest([folder], db, progress=False, settings=settings)
    monkeypatch.undo()
    again: IngestResult = ingest([folder], db, progress=False, settings=settings)
    assert [f.status for f in again.files] == ["loaded"] * 3
    assert (again.total("new"), again.total("unchanged"), again.total("superseded")) == (1, 2, 1)
