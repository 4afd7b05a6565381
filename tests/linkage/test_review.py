"""Clerical review: export the uncertain band, import decisions, and the next run obeys them."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import orjson
import pytest
from typer.testing import CliRunner

import safeguard.cli._link  # noqa: F401  # registers the command
from safeguard.cli._app import app
from safeguard.errors import InputFileError
from safeguard.linkage import LinkageConfig, export_review, import_review, link

from .conftest import Linked, entities, truth


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _model(db: Path) -> dict[str, object]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        sql = "SELECT parameters FROM runs WHERE command = 'link' ORDER BY started_at DESC"
        return dict(orjson.loads(str(con.execute(sql).fetchall()[0][0]))["model"])
    finally:
        con.close()


def test_export_lists_the_uncertain_band_most_uncertain_first(
    linked_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "review.csv"
    count = export_review(linked_db, path, limit=40)
    rows = _rows(path)
    assert count == len(rows) > 0
    config = LinkageConfig()
    weights = [float(r["match_weight"]) for r in rows]
    assert all(config.review_low <= w <= config.review_high for w in weights)
    distance = [abs(w - config.threshold_match_weight) for w in weights]
    assert distance == sorted(distance)
    for column in ("forename_l", "forename_r", "dob_l", "decision", "reviewer", "note"):
        assert column in rows[0]
    for protected in ("sex", "ethnicity", "nationality"):
        assert not any(protected in column for column in rows[0])


def test_decisions_round_trip_and_the_next_run_obeys_them(
    tiny_linked: Linked, linked_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "review.csv"
    export_review(linked_db, path, limit=1000)
    rows = _rows(path)
    true = truth(tiny_linked.dataset)
    for row in rows:  # a perfect reviewer: the generator's truth
        same = true[row["mention_l"]] == true[row["mention_r"]]
        row["decision"] = "match" if same else "non-match"
    rows[0]["decision"] = ""  # left blank: skipped
    _write(path, rows)
    result = import_review(linked_db, path, reviewer="test")
    assert result.recorded == len(rows) - 1 and result.blank == 1 and not result.problems
    # importing again changes nothing (the later decision replaces the earlier)
    assert import_review(linked_db, path).recorded == result.recorded
    assert export_review(linked_db, tmp_path / "again.csv") < len(rows)

    link(linked_db, model=_model(linked_db))
    placed = entities(linked_db)
    for row in rows[1:]:
        together = placed[row["mention_l"]] == placed[row["mention_r"]]
        if row["decision"] == "match":
            assert together, "a reviewed match must link"
    separated = [r for r in rows[1:] if r["decision"] == "non-match"]
    apart = sum(placed[r["mention_l"]] != placed[r["mention_r"]] for r in separated)
    # a non-match is never an edge, though other edges may still join the two
    assert apart >= 0.8 * len(separated)


def test_unreadable_decisions_are_reported_by_line(linked_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "review.csv"
    export_review(linked_db, path, limit=3)
    rows = _rows(path)
    rows[0]["decision"] = "probably"
    rows[1]["mention_l"] = "nonsense"
    rows[1]["decision"] = "match"
    rows[2]["decision"] = "Non-Match"
    _write(path, rows)
    result = import_review(linked_db, path)
    assert result.decisions == {"non-match": 1}
    assert [p.split(":")[0] for p in result.problems] == ["line 2", "line 3"]


def test_a_file_without_the_columns_is_refused(linked_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputFileError, match="missing column"):
        import_review(linked_db, path)


def test_the_review_command_exports_and_imports(linked_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "review.csv"
    runner = CliRunner()
    exported = runner.invoke(
        app, ["link", "review", "--db", str(linked_db), "--export", str(path), "--limit", "5"]
    )
    assert exported.exit_code == 0, exported.output
    rows = _rows(path)
    for row in rows:
        row["decision"] = "unsure"
    _write(path, rows)
    imported = runner.invoke(app, ["link", "review", "--db", str(linked_db), "--import", str(path)])
    assert imported.exit_code == 0, imported.output
    assert f"recorded {len(rows)} unsure" in imported.output
    neither = runner.invoke(app, ["link", "review", "--db", str(linked_db)])
    assert neither.exit_code != 0


def test_enough_reviewed_matches_become_labels_for_m(
    tiny_linked: Linked, linked_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "review.csv"
    export_review(linked_db, path, limit=200)
    rows = _rows(path)
    true = truth(tiny_linked.dataset)
    for row in rows:
        row["decision"] = "match" if true[row["mention_l"]] == true[row["mention_r"]] else ""
    _write(path, rows)
    assert import_review(linked_db, path).decisions["match"] >= 5
    steps: list[str] = []
    link(
        linked_db,
        LinkageConfig(min_labels_for_m=5),
        progress=lambda name, done, total: steps.append(name),
    )
    assert "training: m from reviewed matches" in steps


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+44 7700", "'+44 7700"),
        ("@x", "'@x"),
        ("Kayleigh", "Kayleigh"),
        (-1.5, -1.5),
        (None, ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_quoted(value: object, written: object) -> None:
    from safeguard.linkage._review import _cell

    assert _cell(value) == written
