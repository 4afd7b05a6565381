"""``safeguard report``: the folder of files, internal and publishable, and the command."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import orjson
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import safeguard.cli._report  # noqa: F401  # registers the command
from safeguard.cli._app import app
from safeguard.errors import SafeguardError
from safeguard.picture import catalogue
from safeguard.report import ReportResult, build_report
from safeguard.warehouse import Settings, ingest
from tests.picture.conftest import RECORDS

TABLES = ("forces_ranked", "metrics", "national_by_month", "metric_definitions", "runs")
CHARTS = ("national-trend", "children-per-100k", "identification-accuracy", "outcomes")


@pytest.fixture(scope="module")
def internal(fixture_db: Path, tmp_path_factory: pytest.TempPathFactory) -> ReportResult:
    return build_report(fixture_db, tmp_path_factory.mktemp("internal"))


@pytest.fixture(scope="module")
def publishable(fixture_db: Path, tmp_path_factory: pytest.TempPathFactory) -> ReportResult:
    return build_report(fixture_db, tmp_path_factory.mktemp("publishable"), publishable=True)


def test_every_table_is_written_as_csv_and_parquet(internal: ReportResult) -> None:
    for name in (*TABLES, "networks"):
        assert (internal.out_dir / "tables" / f"{name}.csv").stat().st_size > 0
        assert pq.read_table(internal.out_dir / "tables" / f"{name}.parquet").num_rows > 0


def test_every_chart_is_written_for_slides(internal: ReportResult) -> None:
    for name in (*CHARTS, "completeness", "networks"):
        assert (internal.out_dir / "charts" / f"{name}.svg").read_text().startswith("<svg")
        assert (internal.out_dir / "charts" / f"{name}.png").read_bytes()[:4] == b"\x89PNG"


def test_the_report_is_self_contained(internal: ReportResult) -> None:
    html = internal.path.read_text("utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "nothing may load online"
    assert "<script src" not in html and "<link" not in html
    assert html.count("<svg") == len(CHARTS) + 2


def test_the_report_shows_each_definition_beside_its_figure(internal: ReportResult) -> None:
    html = internal.path.read_text("utf-8")
    for metric in catalogue().metrics:
        assert metric.title.replace("'", "&#39;") in html, metric.name
    assert "only 37% of child exploitation cases" in html
    assert "N1" in html and "Kent Police" in html


def test_the_headlines(internal: ReportResult) -> None:
    headlines = dict(internal.headlines)
    assert headlines["Children meeting cse/1"] == "4"
    assert headlines["Identification accuracy"] == "20.0%"
    assert headlines["Organised networks"] == "2"
    assert internal.warnings == []


def test_the_run_is_recorded(internal: ReportResult, fixture_db: Path) -> None:
    con = duckdb.connect(str(fixture_db), read_only=True)
    try:
        status = con.execute(
            "SELECT status FROM runs WHERE run_id = ?", [internal.run_id]
        ).fetchone()
    finally:
        con.close()
    assert status == ("ok",)


def test_publishable_hides_small_counts(publishable: ReportResult) -> None:
    rows = pq.read_table(publishable.out_dir / "tables" / "metrics.parquet").to_pylist()
    counts = {m.name for m in catalogue().metrics if m.is_count}
    shown = [r for r in rows if r["metric"] in counts and not r["suppressed"]]
    assert all(r["value"] == 0 or r["value"] >= 5 for r in shown)
    assert any(r["suppressed"] for r in rows)
    assert not any(r["area"] != "national" and r["period_type"] == "month" for r in rows)
    assert not (publishable.out_dir / "tables" / "networks.csv").exists()
    runs = pq.read_table(publishable.out_dir / "tables" / "runs.parquet")
    assert "counts" not in runs.column_names and runs.num_rows == 1  # the ingest; no reports
    html = publishable.path.read_text("utf-8")
    assert "[c]" in html and "For publication" in html and "N1" not in html


def test_without_networks_the_report_says_so(bare_db: Path, tmp_path: Path) -> None:
    result = build_report(bare_db, tmp_path / "report")
    assert dict(result.headlines)["Organised networks"] == "networks not built"
    assert any("Networks not built" in w for w in result.warnings)
    assert "Networks not built" in result.path.read_text("utf-8")


def test_a_publishable_report_replaces_an_internal_one(fixture_db: Path, tmp_path: Path) -> None:
    build_report(fixture_db, tmp_path / "report")
    assert (tmp_path / "report" / "tables" / "networks.csv").exists()
    build_report(fixture_db, tmp_path / "report", publishable=True)
    assert not (tmp_path / "report" / "tables" / "networks.csv").exists()
    assert "For publication" in (tmp_path / "report" / "report.html").read_text("utf-8")


def test_a_warehouse_with_records_only_still_reports(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in RECORDS))
    db = tmp_path / "w.duckdb"
    ingest([source], db, progress=False, settings=Settings(db=db, workers=0))
    result = build_report(db, tmp_path / "report")
    assert len(result.warnings) == 3  # not identified, not linked, networks not built
    assert dict(result.headlines)["Records meeting cse/1"] == "0"
    assert "Identification has not run" in result.path.read_text("utf-8")


def test_a_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SafeguardError, match="no such warehouse"):
        build_report(tmp_path / "missing.duckdb", tmp_path / "report")


def test_the_command_prints_the_headlines(fixture_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli"
    result = CliRunner().invoke(
        app, ["report", "--db", str(fixture_db), "--out", str(out), "--publishable"]
    )
    assert result.exit_code == 0, result.output
    assert "Identification accuracy" in result.output and "report.html" in result.output
    assert "[c]" in result.output  # suppressed, and not eaten as markup
    assert (out / "report.html").exists()
