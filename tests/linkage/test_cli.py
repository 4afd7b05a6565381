"""``safeguard link --db``: the summary, saving and reusing a model, incremental, backends."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

import safeguard.cli._link  # noqa: F401  # registers the command
from safeguard.cli._app import app
from safeguard.linkage import LinkageConfig, LinkageError, open_backend


def test_link_prints_a_summary_and_saves_the_model(linked_db: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.json"
    runner = CliRunner()
    result = runner.invoke(app, ["link", "--db", str(linked_db), "--save-model", str(model)])
    assert result.exit_code == 0, result.output
    for text in ("person mentions", "entities", "threshold", "trained", "model written"):
        assert text in result.output
    saved = orjson.loads(model.read_bytes())
    assert saved["threshold_match_weight"] == 2.0 and saved["model"]["comparisons"]
    again = runner.invoke(
        app, ["link", "--db", str(linked_db), "--model", str(model), "--no-progress"]
    )
    assert again.exit_code == 0 and "given" in again.output
    incremental = runner.invoke(app, ["link", "--db", str(linked_db), "--incremental"])
    assert incremental.exit_code == 0 and "new mentions linked" in incremental.output


def test_a_bad_threshold_or_model_file_is_a_usage_error(linked_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    bad_backend = runner.invoke(app, ["link", "--db", str(linked_db), "--backend", "oracle"])
    assert bad_backend.exit_code == 2
    broken = tmp_path / "model.json"
    broken.write_text("not json", encoding="utf-8")
    result = runner.invoke(app, ["link", "--db", str(linked_db), "--model", str(broken)])
    assert result.exit_code != 0


def test_spark_without_pyspark_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(LinkageError, match=r"safeguard\[spark\]"):
        open_backend(LinkageConfig(backend="spark"))
