"""``safeguard ingest`` and ``safeguard quarantine`` as a user runs them."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import orjson
import pytest

from safeguard.cli import main

GOOD = {
    "format": "safeguard-exchange/1",
    "record_id": "R1",
    "source": "kent",
    "source_type": "police",
    "kind": "crime",
    "recorded_at": "2024-03-02T10:00:00Z",
    "persons": [{"ref": "P1", "role": "victim", "forename": "Secretname"}],
}


def _write(path: Path, *lines: dict[str, Any] | str) -> Path:
    path.write_bytes(
        b"".join(
            (line.encode() if isinstance(line, str) else orjson.dumps(line)) + b"\n"
            for line in lines
        )
    )
    return path


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.argv", ["safeguard", *args])
    monkeypatch.setenv("SAFEGUARD_WORKERS", "0")
    with pytest.raises(SystemExit) as exit_:
        main()
    out = capsys.readouterr()
    return int(exit_.value.code or 0), out.out, out.err


def _bad_gzip(d: Path) -> Path:
    data = gzip.compress(orjson.dumps(GOOD) * 200)
    (d / "c.jsonl.gz").write_bytes(data[:-12])
    return d / "c.jsonl.gz"


ERRORS = [
    ("missing file", lambda d: d / "missing.jsonl", "no such file"),
    ("corrupt gzip", _bad_gzip, "corrupt gzip"),
    ("not JSON Lines", lambda d: _write(d / "t.jsonl", "plain text"), "not a JSON Lines file"),
    (
        "wrong format version",
        lambda d: _write(d / "v.jsonl", {**GOOD, "format": "safeguard-exchange/9"}),
        "not supported",
    ),
]


@pytest.mark.parametrize(("description", "make", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_an_unreadable_file_is_one_line_naming_it_and_exit_1(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    description: str,
    make: Any,
    message: str,
) -> None:
    bad = make(tmp_path)
    code, _, err = _run(
        monkeypatch, capsys, "ingest", str(bad), "--db", str(tmp_path / "w.duckdb"), "--no-progress"
    )
    lines = err.strip().splitlines()
    assert code == 1, description
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert str(bad) in lines[0] and message in lines[0]


def test_an_unknown_profile_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "a.csv", "a,b")
    code, _, err = _run(
        monkeypatch,
        capsys,
        "ingest",
        str(source),
        "--profile",
        "no-such-profile",
        "--db",
        str(tmp_path / "w.duckdb"),
        "--no-progress",
    )
    assert code == 1 and len(err.strip().splitlines()) == 1 and err.startswith("error: ")


@pytest.mark.parametrize(
    ("description", "strict", "lines", "code"),
    [
        ("clean file, strict", True, [GOOD], 0),
        ("quarantined line, not strict", False, [GOOD, "{bad"], 0),
        ("quarantined line, strict", True, [GOOD, "{bad"], 1),
    ],
)
def test_strict_turns_quarantine_into_a_failure_after_loading(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    description: str,
    strict: bool,
    lines: list[Any],
    code: int,
) -> None:
    source = _write(tmp_path / "a.jsonl", *lines)
    args = ["ingest", str(source), "--db", str(tmp_path / "w.duckdb"), "--no-progress"]
    got, _, err = _run(monkeypatch, capsys, *args, *(["--strict"] if strict else []))
    assert got == code, description
    assert "read" in err  # the summary table is printed either way
    if code:
        assert "1 record(s) quarantined" in err and "safeguard quarantine" in err


def test_quarantine_lists_lines_without_raw_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "a.jsonl", GOOD, {**GOOD, "record_id": "R2", "kind": "rumour"})
    db = str(tmp_path / "w.duckdb")
    _run(monkeypatch, capsys, "ingest", str(source), "--db", db, "--no-progress")
    code, out, _ = _run(monkeypatch, capsys, "quarantine", "--db", db)
    assert code == 0 and "kind" in out and "Secretname" not in out
    code, out, _ = _run(monkeypatch, capsys, "quarantine", "--db", db, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["line"], r["field"]) for r in rows] == [(2, "kind")] and "raw" not in rows[0]
    code, out, _ = _run(monkeypatch, capsys, "quarantine", "--db", db, "--json", "--raw")
    assert "Secretname" in json.loads(out.splitlines()[0])["raw"]


def _folder(root: Path, files: int, broken: set[int]) -> Path:
    folder = root / "in"
    folder.mkdir()
    for i in range(files):
        lines: list[Any] = [{**GOOD, "record_id": f"R{i}"}]
        _write(folder / f"file-{i:02d}.jsonl", *lines, *(["{bad"] if i in broken else []))
    return folder


SUMMARIES = [
    # description, files, broken files, file rows expected, words expected in the summary
    ("few files: a row each", 3, {1}, 3, ["3 file(s)"]),
    ("20 files: still a row each", 20, set(), 20, ["20 file(s)"]),
    (
        "many files: totals and the files with quarantined lines",
        25,
        {3, 17},
        2,
        ["25 file(s)", "25 files: 25 loaded, 0 skipped", "the 2 files with quarantined"],
    ),
    ("many clean files: totals only", 25, set(), 0, ["No file had quarantined lines"]),
    (
        "many files with quarantined lines: the first 20 of them",
        25,
        set(range(22)),
        20,
        ["Rows: 20 of the 22 files with quarantined lines"],
    ),
]


@pytest.mark.parametrize(
    ("description", "files", "broken", "rows", "words"), SUMMARIES, ids=[s[0] for s in SUMMARIES]
)
def test_the_summary_lists_files_only_when_few(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    description: str,
    files: int,
    broken: set[int],
    rows: int,
    words: list[str],
) -> None:
    folder = _folder(tmp_path, files, broken)
    db = str(tmp_path / "w.duckdb")
    code, _, err = _run(monkeypatch, capsys, "ingest", str(folder), "--db", db, "--no-progress")
    assert code == 0, description
    assert err.count("file-") == rows, description
    text = " ".join(err.split())  # the caption wraps at the table's width
    for word in words:
        assert word in text, (description, word)
    if files > 20:
        shown = {f"file-{i:02d}.jsonl" for i in sorted(broken)[:20]}
        assert {w for w in err.split() if w.startswith("file-")} == shown


def test_a_second_run_skips_and_reload_reads_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, 2, set())
    args = ["ingest", str(folder), "--db", str(tmp_path / "w.duckdb")]
    _run(monkeypatch, capsys, *args, "--no-progress")
    code, _, err = _run(monkeypatch, capsys, *args)
    assert code == 0
    assert err.splitlines()[0].startswith("read 0 lines from 0 files (2 skipped: already loaded)")
    assert err.count(" yes ") == 2  # the skipped column of each file
    code, _, err = _run(monkeypatch, capsys, *args, "--reload")
    assert code == 0 and err.splitlines()[0].startswith("read 2 lines from 2 files in ")
