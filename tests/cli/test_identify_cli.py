"""File mode: one output line per input line, in order, with error lines; gzip; definitions."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from safeguard import __version__
from safeguard._compiled import build
from safeguard.cli import _definitions, _identify  # noqa: F401  # registers the commands
from safeguard.cli._app import app

RECORD = {
    "format": "safeguard-exchange/1",
    "record_id": "A1",
    "source": "kent",
    "source_type": "police",
    "kind": "crime",
    "recorded_at": "2024-03-01T10:00:00",
    "offence_codes": ["22B"],
    "flags": ["CSE"],
    "persons": [
        {"ref": "P1", "role": "victim", "age": 14},
        {"ref": "P2", "role": "suspect", "age": 30},
    ],
    "narrative": "He gave her vodka and cash and had sex with her.",
}
LINES = [
    orjson.dumps(RECORD),
    b"",
    b"{not json",
    orjson.dumps({**RECORD, "record_id": "A2", "kind": "bogus"}),
]


def _run(tmp_path: Path, name: str, data: bytes) -> list[dict[str, object]]:
    src, out = tmp_path / name, tmp_path / "out.jsonl"
    src.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    result = CliRunner().invoke(app, ["identify", "-i", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def test_the_last_line_gives_counts_rate_and_build(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join(LINES) + b"\n")
    result = CliRunner().invoke(app, ["identify", "-i", str(src), "-o", str(out)])
    summary = result.output.strip().splitlines()[-1]
    assert re.fullmatch(
        rf"identify: 1 decisions, 3 error lines in \d+\.\d s \([\d,]+ lines/s; {build()} build"
        r"(: a compiled build is faster, see docs/identification\.md#speed)?\)",
        summary,
    ), summary
    assert ("compiled build is faster" in summary) == (build() != "compiled")


def test_version_names_the_build() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.output.strip() == f"safeguard {__version__} ({build()} build)"


def test_shape_and_error_lines(tmp_path: Path) -> None:
    rows = _run(tmp_path, "in.jsonl", b"\n".join(LINES) + b"\n")
    assert len(rows) == 4
    first = rows[0]
    assert list(first) == [
        "record_id",
        "source",
        "cse",
        "organised_network",
        "supplier_flagged_cse",
        "flag_review",
    ]
    assert first["flag_review"] == "agreed" and first["supplier_flagged_cse"] is True
    assert rows[1] == {"line": 2, "error": "blank line: not a record"}
    assert rows[2] == {"line": 3, "error": "not valid JSON"}
    assert rows[3]["line"] == 4 and "kind" in str(rows[3]["error"])


def test_gzip_input(tmp_path: Path) -> None:
    rows = _run(tmp_path, "in.jsonl.gz", LINES[0] + b"\n")
    assert rows[0]["record_id"] == "A1"


def test_stdin_stdout() -> None:
    result = CliRunner().invoke(app, ["identify"], input=LINES[0].decode() + "\n")
    assert result.exit_code == 0
    assert orjson.loads(result.stdout.splitlines()[0])["record_id"] == "A1"


def test_definitions_commands() -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["definitions", "list"])
    assert "cse/1" in listed.stdout and "organised-network/1" in listed.stdout
    shown = runner.invoke(app, ["definitions", "show", "cse/1"])
    assert "imbalance of power" in shown.stdout


def test_worker_processes_give_the_same_lines_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safeguard.identify import _lines, _pool

    many = [
        orjson.dumps({**RECORD, "record_id": f"R{i}"}) if i % 7 else LINES[i % 4]
        for i in range(1, 301)
    ]
    monkeypatch.setattr(_lines, "PARALLEL_MIN_LINES", 50)
    alone = list(_lines.decide_lines(many, workers=1, chunk_lines=40))
    pools: list[object] = []
    real_context = _pool.multiprocessing.get_context
    monkeypatch.setattr(
        _pool.multiprocessing, "get_context", lambda m: pools.append(m) or real_context(m)
    )
    pooled = list(_lines.decide_lines(many, workers=2, chunk_lines=40))
    assert pools, "the worker pool was not used"
    assert b"".join(o for o, _ in pooled) == b"".join(o for o, _ in alone)
    rows = [orjson.loads(line) for line in b"".join(o for o, _ in pooled).splitlines()]
    assert len(rows) == 300
    assert [r.get("record_id") for r in rows[:3]] == ["R1", "R2", "R3"]
    assert rows[6]["line"] == 7  # LINES[3]: an invalid kind, numbered in the whole file
    errors = sum(c.errors for _, c in pooled)
    assert errors == sum(1 for r in rows if "error" in r) > 0
    assert sum(c.records for _, c in pooled) + errors == 300
