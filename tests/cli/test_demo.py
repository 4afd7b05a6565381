"""``safeguard demo`` end to end on the tiny scale: generate, load, summarise; a re-run reuses."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

import safeguard.cli._demo  # noqa: F401  # registers the command
from safeguard.cli._app import app


def _run(work: Path) -> str:
    result = CliRunner().invoke(
        app, ["demo", "--work", str(work), "--scale", "tiny", "--seed", "5"]
    )
    assert result.exit_code == 0, result.output
    return result.output


def _number(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    assert match, f"{pattern!r} not in output"
    return int(match.group(1).replace(",", ""))


def test_demo_generates_loads_and_summarises(tmp_path: Path) -> None:
    out = _run(tmp_path)
    manifest = json.loads((tmp_path / "dataset-tiny-5" / "manifest.json").read_text())
    counts = manifest["counts"]
    assert (tmp_path / "safeguard.duckdb").exists()
    loaded = _number(r"Loaded ([\d,]+) records", out)
    # Every generated record is current once versions are resolved; broken lines are not.
    assert loaded == counts["records"]
    assert _number(r"([\d,]+) person mentions", out) == counts["mentions"]
    assert _number(r"([\d,]+) lines quarantined", out) == counts["broken_lines"]
    for heading in ("By kind", "By source type", "missing_episode", "police"):
        assert heading in out
    assert _number(r"cse/1 met: ([\d,]+) records", out) > 0
    assert "supplier CSE flags" in out
    assert re.search(r"[\d,]+ organised networks \([\d,]+ across force boundaries", out)
    assert "The national picture" in out
    report = tmp_path / "report" / "report.html"
    assert report.stat().st_size > 10_000 and str(report) in out.replace("\n", "")
    assert (tmp_path / "report" / "tables").is_dir()


def test_second_run_reuses_the_dataset_and_changes_nothing(tmp_path: Path) -> None:
    first = _run(tmp_path)
    second = _run(tmp_path)
    assert "reusing the dataset" in second
    assert _number(r"Loaded ([\d,]+) records", first) == _number(r"Loaded ([\d,]+) records", second)
    assert _number(r"([\d,]+) lines quarantined", first) == _number(
        r"([\d,]+) lines quarantined", second
    )
