"""``safeguard link -i records.jsonl -o entities.jsonl``: one line per person mention."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
from typer.testing import CliRunner

import safeguard.cli._link  # noqa: F401  # registers the command
from safeguard.cli._app import app

from .conftest import Linked


def _records(tiny_linked: Linked, folder: Path, sources: int) -> tuple[Path, list[bytes]]:
    lines: list[bytes] = []
    for path in sorted((tiny_linked.dataset / "exchange").glob("*.jsonl.gz"))[:sources]:
        with gzip.open(path, "rb") as handle:
            lines += [line for line in handle if line.strip()]
    target = folder / "records.jsonl"
    target.write_bytes(b"".join(lines))
    return target, lines


def _model(tiny_linked: Linked, folder: Path) -> Path:
    import duckdb

    con = duckdb.connect(str(tiny_linked.db), read_only=True)
    try:
        parameters = con.execute("SELECT parameters FROM runs WHERE command = 'link'").fetchall()
    finally:
        con.close()
    path = folder / "model.json"
    path.write_text(str(parameters[0][0]), encoding="utf-8")
    return path


def test_file_mode_writes_one_line_per_mention_in_input_order(
    tiny_linked: Linked, tmp_path: Path
) -> None:
    records, lines = _records(tiny_linked, tmp_path, 40)
    out = tmp_path / "entities.jsonl"
    model = _model(tiny_linked, tmp_path)
    args = ["link", "-i", str(records), "-o", str(out), "--model", str(model), "--no-progress"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    written = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    current: dict[tuple[str, str], tuple[int, int, list[str]]] = {}
    for number, record in enumerate(map(orjson.loads, lines)):
        key = (record["source"], record["record_id"])
        refs = [p["ref"] for p in record.get("persons", [])]
        if key not in current or record.get("version", 1) > current[key][0]:
            current[key] = (record.get("version", 1), number, refs)
    # a record sent twice (a version 2) is one record, where its current version came
    by_line = sorted(current.items(), key=lambda item: item[1][1])
    expected = [(*key, ref) for key, (_, _, refs) in by_line for ref in refs]
    assert [(w["source"], w["record_id"], w["person_ref"]) for w in written] == expected
    for row in written:
        assert list(row) == ["source", "record_id", "person_ref", "entity_id", "confidence"]
        assert row["entity_id"].startswith("E-") and 0.0 <= row["confidence"] <= 1.0
    assert "person mentions in" in result.output


def test_file_mode_reads_stdin_and_writes_stdout(tiny_linked: Linked, tmp_path: Path) -> None:
    records, _ = _records(tiny_linked, tmp_path, 5)
    model = _model(tiny_linked, tmp_path)
    result = CliRunner().invoke(
        app, ["link", "-i", "-", "--model", str(model), "--no-progress"], input=records.read_bytes()
    )
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines and {"entity_id", "confidence"} <= set(lines[0])


def test_a_missing_input_file_is_one_clear_error(tmp_path: Path) -> None:
    from safeguard.cli._app import main  # noqa: F401  # the error path is main's

    result = CliRunner().invoke(app, ["link", "-i", str(tmp_path / "nope.jsonl")])
    assert result.exit_code != 0
