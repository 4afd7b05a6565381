"""The load's progress: one bar on a terminal, one closing line on stderr, nothing when off."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.warehouse import Settings, ingest
from safeguard.warehouse._progress import closing_line, short_name

from .conftest import record, write_lines

CLOSING = [
    ("files read", (52_756, 421, 0, 6.14), "read 52,756 lines from 421 files in 6.1 s"),
    ("one file", (3, 1, 0, 0.04), "read 3 lines from 1 file in 0.0 s"),
    (
        "some skipped",
        (10, 2, 3, 1.0),
        "read 10 lines from 2 files (3 skipped: already loaded) in 1.0 s",
    ),
    (
        "all skipped",
        (0, 0, 421, 0.2),
        "read 0 lines from 0 files (421 skipped: already loaded) in 0.2 s",
    ),
]


@pytest.mark.parametrize(("description", "args", "text"), CLOSING, ids=[c[0] for c in CLOSING])
def test_closing_line(description: str, args: tuple[int, int, int, float], text: str) -> None:
    assert closing_line(*args) == text, description


NAMES = [
    ("short name kept", "kent.jsonl.gz", 32, "kent.jsonl.gz"),
    ("exactly the width kept", "abcd", 4, "abcd"),
    ("long name cut with an ellipsis", "abcdef", 4, "abc…"),
]


@pytest.mark.parametrize(
    ("description", "name", "width", "shown"), NAMES, ids=[n[0] for n in NAMES]
)
def test_short_name(description: str, name: str, width: int, shown: str) -> None:
    assert short_name(name, width) == shown, description


@pytest.mark.parametrize(
    ("description", "progress", "lines"),
    [
        ("progress on, stderr not a terminal: one line", True, 1),
        ("progress off: nothing", False, 0),
    ],
)
def test_a_load_writes_at_most_one_line_to_a_log(
    tmp_path: Path,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    description: str,
    progress: bool,
    lines: int,
) -> None:
    files = [write_lines(tmp_path / f"{i}.jsonl", [record(record_id=f"R{i}")]) for i in range(5)]
    ingest(files, tmp_path / "w.duckdb", progress=progress, settings=settings)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == lines, description
    if lines:
        assert err[0].startswith("read 5 lines from 5 files in ")
