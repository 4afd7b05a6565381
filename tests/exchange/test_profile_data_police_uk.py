"""The built-in data.police.uk profile on a real street-level crime file (City of London, Jan 2017).

Every count is taken from the CSV itself, so the tests say what the profile does with whatever
the file holds: empty Crime IDs (anti-social behaviour), repeated Crime IDs, "No Location" rows.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from safeguard.exchange import Line, check
from safeguard.exchange.profiles import load_profile

STREET = Path(__file__).parents[1] / "data" / "2017-01-city-of-london-street.csv"


def street_rows(path: Path = STREET) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read(path: Path = STREET) -> list[Line]:
    return list(load_profile("data.police.uk").read(path))


def content(line: Line) -> dict[str, Any]:
    assert isinstance(line.content, dict)
    return line.content


@pytest.fixture(scope="module")
def lines() -> list[Line]:
    return read()


def test_every_row_is_a_record_or_a_problem_line(lines: list[Line]) -> None:
    rows = street_rows()
    clean = [line for line in lines if not line.problems]
    assert len(clean) + (len(lines) - len(clean)) == len(rows)
    assert [line.number for line in lines] == list(range(2, len(rows) + 2))


def test_every_clean_line_passes_the_contract(lines: list[Line]) -> None:
    assert all(check(line.content).ok for line in lines if not line.problems)
    assert not [line for line in lines if line.problems], "the real file maps without problems"


def test_ids_are_unique_and_the_same_on_a_second_read(lines: list[Line]) -> None:
    ids = [(content(line)["record_id"], content(line).get("version", 1)) for line in lines]
    assert ids == [(content(line)["record_id"], content(line).get("version", 1)) for line in read()]
    rows = street_rows()
    repeats = sum(n - 1 for n in Counter(tuple(r.values()) for r in rows if r["Crime ID"]).values())
    assert len(set(ids)) == len(ids) - repeats


def test_rows_with_an_empty_crime_id_load_as_incidents_with_content_ids(lines: list[Line]) -> None:
    rows = street_rows()
    empty = [i for i, row in enumerate(rows) if not row["Crime ID"].strip()]
    assert empty, "the real file has anti-social behaviour rows without ids"
    asb = [content(lines[i]) for i in empty]
    assert all(c["record_id"].startswith("asb-") and c["kind"] == "incident" for c in asb)
    assert len({c["record_id"] for c in asb}) == len(asb)
    # identical rows (same cells) are told apart by -1, -2, ... in file order
    identical = Counter(tuple(rows[i].values()) for i in empty)
    suffixes = Counter(c["record_id"].rsplit("-", 1)[1] for c in asb)
    assert suffixes["2"] == sum(1 for n in identical.values() if n >= 2)
    assert {c["crime_type"] for c in asb} == {rows[i]["Crime type"] for i in empty}


def test_rows_with_an_id_are_crimes_keeping_their_id(lines: list[Line]) -> None:
    for row, line in zip(street_rows(), lines, strict=True):
        if row["Crime ID"]:
            assert content(line)["record_id"] == row["Crime ID"]
            assert content(line)["kind"] == "crime"


def test_no_location_rows_have_no_coordinates_and_no_problem(lines: list[Line]) -> None:
    rows = street_rows()
    unplaced = [i for i, r in enumerate(rows) if not r["Longitude"] or not r["Latitude"]]
    assert unplaced, "the real file has rows without coordinates"
    for i in unplaced:
        location = content(lines[i])["locations"][0]
        assert not lines[i].problems
        assert "lat" not in location and "lon" not in location
        assert location["name"] == rows[i]["Location"]
    no_location = [i for i, r in enumerate(rows) if r["Location"] == "No Location"]
    assert set(no_location) <= set(unplaced)


def test_the_fields_of_a_row(lines: list[Line]) -> None:
    row, line = street_rows()[0], content(lines[0])
    assert line["source"] == line["force"] == "city-of-london"
    assert (line["recorded_at"], line["occurred_from"], line["occurred_to"]) == (
        "2017-01-01T00:00:00",
        "2017-01-01",
        "2017-01-31",
    )
    assert line["locations"][0] == {
        "ref": "L1",
        "type": "other",
        "name": row["Location"],
        "lat": float(row["Latitude"]),
        "lon": float(row["Longitude"]),
        "lsoa_code": row["LSOA code"],
        "lsoa_name": row["LSOA name"],
    }
    assert line["crime_type"] == row["Crime type"]
    assert line["last_outcome_category"] == row["Last outcome category"]


CODES = [
    ("a category that is one offence code", "Crime type", "Shoplifting", "offence_codes", ["46"]),
    (
        "a broad category gives no offence code",
        "Crime type",
        "Violence and sexual offences",
        "offence_codes",
        None,
    ),
    (
        "an outcome that is one outcome code",
        "Last outcome category",
        "Investigation complete; no suspect identified",
        "outcome",
        {"code": "18"},
    ),
    (
        "a caution may be youth or adult: no code",
        "Last outcome category",
        "Offender given a caution",
        "outcome",
        None,
    ),
    (
        "a force name to its id",
        "Reported by",
        "Metropolitan Police Service",
        "source",
        "metropolitan",
    ),
    ("British Transport Police", "Falls within", "British Transport Police", "force", "btp"),
]


@pytest.mark.parametrize(
    ("description", "column", "value", "field", "expected"), CODES, ids=[c[0] for c in CODES]
)
def test_translation(
    tmp_path: Path, description: str, column: str, value: str, field: str, expected: object
) -> None:
    row = street_rows()[0] | {column: value}
    (line,) = read(write(tmp_path / "one.csv", [row]))
    assert content(line).get(field) == expected, description


def test_an_unknown_force_is_a_problem_naming_the_column(tmp_path: Path) -> None:
    row = street_rows()[0] | {"Reported by": "Ruritania Police"}
    (line,) = read(write(tmp_path / "one.csv", [row]))
    assert [(p.field, p.reason) for p in line.problems] == [
        ("source", "column 'Reported by': value has no translation in 'forces'")
    ]


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(street_rows()[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_repeated_crime_ids_identical_same_record_differing_higher_version(tmp_path: Path) -> None:
    rows = street_rows()
    in_file = Counter(r["Crime ID"] for r in rows if r["Crime ID"])
    repeated_in_file = [k for k, n in in_file.items() if n > 1]
    assert len(repeated_in_file) == 0  # this month has none; build them from real rows
    crime = next(r for r in rows if r["Crime ID"])
    changed = crime | {"Last outcome category": "Awaiting court outcome"}
    path = write(tmp_path / "repeats.csv", [*rows, crime, changed, crime])
    extra = [content(line) for line in read(path)[len(rows) :]]
    assert [c["record_id"] for c in extra] == [crime["Crime ID"]] * 3
    assert [c.get("version", 1) for c in extra] == [1, 2, 1]
    assert extra[1]["last_outcome_category"] == "Awaiting court outcome"


def test_cli_check_reports_rows_and_problems(tmp_path: Path) -> None:
    from safeguard.cli import _profiles  # noqa: F401  # registers the profiles commands
    from safeguard.cli._app import app

    runner = CliRunner()
    result = runner.invoke(app, ["profiles", "check", "data.police.uk", str(STREET)])
    assert result.exit_code == 0, result.output
    assert f"{len(street_rows())} rows, {len(street_rows())} map cleanly" in result.output
    bad = write(tmp_path / "bad.csv", [street_rows()[0] | {"Month": "January"}])
    result = runner.invoke(app, ["profiles", "check", "data.police.uk", str(bad), "--strict"])
    assert result.exit_code == 1
    assert "line 2: recorded_at: column 'Month'" in result.output and "January" not in result.output
    listed = runner.invoke(app, ["profiles", "list"])
    assert "data.police.uk" in listed.output and "example-rms" in listed.output
    shown = runner.invoke(app, ["profiles", "show", "example-rms", "--json"])
    assert '"name": "example-rms"' in shown.output
