"""Mapping profiles: validation, row problems, the example profile on CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from safeguard.errors import InputFileError, ProfileError
from safeguard.exchange import check
from safeguard.exchange.profiles import (
    RAW_KEY,
    Fallback,
    FieldMap,
    FileOptions,
    PartMap,
    Profile,
    RecordIdMap,
    Translation,
    list_profiles,
    load_profile,
    validate_profile,
)
from safeguard.exchange.profiles._values import CellError, Translator, parse_date

DATA = Path(__file__).parents[1] / "data"
STREET = DATA / "2017-01-city-of-london-street.csv"
RMS = DATA / "example-rms-export.csv"
DOCS = Path(__file__).parents[2] / "docs" / "mapping-profiles.md"
RMS_DATE_COLUMNS = {
    "Date Reported",
    "Offence From",
    "Offence To",
    "Result Date",
    "P1 DOB",
    "P2 DOB",
}


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, header: list[str], rows: list[list[str]], **kwargs: Any) -> Path:
    with path.open("w", newline="", encoding=kwargs.pop("encoding", "utf-8")) as handle:
        writer = csv.writer(handle, **kwargs)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def minimal(**extra: Any) -> dict[str, Any]:
    """A valid profile as YAML would give it, with ``extra`` keys merged in."""
    base: dict[str, Any] = {
        "name": "t",
        "constants": {"source": "s", "source_type": "police", "kind": "crime"},
        "record_id": {"column": "Ref"},
        "fields": {"recorded_at": {"column": "When", "type": "date", "formats": ["%d/%m/%Y"]}},
    }
    return base | extra


# --- profiles: finding, validating, round trip -------------------------------------------------


def test_built_in_profiles_are_listed_and_load() -> None:
    assert list_profiles() == ["data.police.uk", "example-rms"]
    for name in list_profiles():
        assert load_profile(name).name == name


def test_unknown_profile_names_it_and_lists_the_known_ones() -> None:
    with pytest.raises(ProfileError, match="'nope'") as caught:
        load_profile("nope")
    assert "data.police.uk" in str(caught.value) and "example-rms" in str(caught.value)


def test_a_profile_file_loads_by_path_and_round_trips_through_json_and_yaml(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(minimal()), "utf-8")
    assert load_profile(path).name == "t"
    for name in list_profiles():
        profile = load_profile(name)
        assert Profile.model_validate_json(profile.model_dump_json()) == profile
        shown = yaml.safe_dump(profile.model_dump(mode="json"))
        assert validate_profile(yaml.safe_load(shown)) == profile


def test_codes_yaml_would_read_as_booleans_or_numbers_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "codes.yaml"
    path.write_text(
        "name: t\nrecord_id: {column: Ref}\n"
        "translations: {roles: {map: {OFF: suspect, 'NO': victim, 01: witness}}}\n",
        "utf-8",
    )
    assert load_profile(path).translations["roles"].map == {
        "OFF": "suspect",
        "NO": "victim",
        "01": "witness",
    }


INVALID = [
    ("record_id is required", {"record_id": None}, "record_id"),
    ("unknown key is rejected", {"colour": "red"}, "colour: unknown key"),
    (
        "column and template together",
        {"fields": {"narrative": {"column": "A", "template": "{B}"}}},
        "exactly one of",
    ),
    (
        "a date type needs formats",
        {"fields": {"recorded_at": {"column": "When", "type": "date"}}},
        "needs at least one",
    ),
    (
        "translate names no translation",
        {"fields": {"flags": {"column": "F", "translate": "nope"}}},
        "no translation named 'nope'",
    ),
    ("a field path must be a path", {"fields": {"bad path!": "X"}}, "not a field path"),
    ("a sheet is for xlsx", {"file": {"type": "csv", "sheet": "S"}}, "sheet applies"),
    ("an unknown encoding", {"file": {"encoding": "klingon"}}, "unknown encoding"),
    (
        "an unknown value type",
        {"fields": {"narrative": {"column": "A", "type": "colour"}}},
        "fields.narrative.type",
    ),
    (
        "repeated: version with a mapped version",
        {"record_id": {"column": "Ref", "repeated": "version"}, "fields": {"version": "V"}},
        "cannot be used",
    ),
    (
        "a part needs a column",
        {"persons": [{"ref": "P1", "fields": {"role": {"value": "victim"}}}]},
        "at least one field read from a column",
    ),
    (
        "fields may not write into a list with parts",
        {
            "fields": {"persons[0].forename": "F"},
            "persons": [{"ref": "P1", "fields": {"surname": "S"}}],
        },
        "has its own mappings",
    ),
]


@pytest.mark.parametrize(
    ("description", "change", "expected"), INVALID, ids=[c[0] for c in INVALID]
)
def test_invalid_profile_is_rejected(
    description: str, change: dict[str, Any], expected: str
) -> None:
    with pytest.raises(ProfileError, match="is invalid") as caught:
        validate_profile(minimal(**change))
    assert expected in str(caught.value), description


def test_every_problem_of_an_invalid_profile_is_reported_at_once() -> None:
    data = minimal(
        colour="red",
        file={"type": "csv", "sheet": "S"},
        fields={
            "recorded_at": {"column": "When", "type": "date"},
            "flags": {"column": "F", "translate": "nope"},
            "narrative": {"column": "A", "template": "{B}"},
        },
    )
    with pytest.raises(ProfileError) as caught:
        validate_profile(data)
    message = str(caught.value)
    assert "(5 problems)" in message
    for expected in ("colour", "sheet applies", "needs at least one", "nope", "exactly one of"):
        assert expected in message


def test_every_key_of_the_profile_model_is_documented() -> None:
    docs = DOCS.read_text("utf-8")
    models = (Profile, FileOptions, FieldMap, PartMap, RecordIdMap, Fallback, Translation)
    missing = [
        f"{m.__name__}.{key}" for m in models for key in m.model_fields if f"`{key}`" not in docs
    ]
    assert not missing, f"not documented in {DOCS.name}: {missing}"


# --- the example profile -----------------------------------------------------------------------


def rms_header() -> list[str]:
    return list(csv_rows(RMS)[0])


def rms_row(**changes: str) -> list[str]:
    row = dict(csv_rows(RMS)[0])
    row.update({k.replace("_", " "): v for k, v in changes.items()})
    return list(row.values())


def rms_contents() -> list[dict[str, Any]]:
    contents = []
    for line in load_profile("example-rms").read(RMS):
        assert isinstance(line.content, dict)
        contents.append(line.content)
    return contents


def test_example_profile_maps_its_sample_cleanly() -> None:
    lines = list(load_profile("example-rms").read(RMS))
    assert [line.number for line in lines] == list(range(2, 2 + len(csv_rows(RMS))))
    assert all(not line.problems and check(line.content).ok for line in lines)
    first = rms_contents()[0]
    assert first["record_id"] == "HX-24/000101" and first["flags"] == ["CSE", "MISSING"]
    assert [(p["ref"], p["role"]) for p in first["persons"]] == [
        ("P1", "victim"),
        ("P2", "suspect"),
    ]
    assert first["persons"][1]["aliases"] == ["Dee", "Big D"]
    assert first["recorded_at"] == "2024-01-03T18:40:00"


def test_a_person_is_emitted_only_if_one_of_its_columns_is_filled() -> None:
    rows = csv_rows(RMS)
    for row, content in zip(rows, rms_contents(), strict=True):
        has_p2 = any(v.strip() for k, v in row.items() if k.startswith("P2 "))
        assert len(content.get("persons", [])) == (2 if has_p2 else 1)


def test_a_repeated_id_with_changed_content_is_a_higher_version() -> None:
    same = [c for c in rms_contents() if c["record_id"] == "HX-24/000101"]
    assert [c.get("version", 1) for c in same] == [1, 2]


def rms_xlsx(tmp_path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Export"
    header = rms_header()
    sheet.append(header)
    for row in csv_rows(RMS):
        sheet.append([_as_excel(k, v) for k, v in row.items()])
    path = tmp_path / "export.xlsx"
    book.save(path)
    return path


def _as_excel(column: str, value: str) -> object:
    """Date cells as Excel dates where the text is a full date, as a real export holds them."""
    if column in RMS_DATE_COLUMNS and value.count("/") == 2:
        fmt = "%d/%m/%Y %H:%M" if ":" in value else "%d/%m/%Y"
        return dt.datetime.strptime(value, fmt)
    return int(value) if value.isdigit() and column == "P1 Age" else value


def test_example_profile_gives_the_same_records_from_csv_and_xlsx(tmp_path: Path) -> None:
    csv_profile = load_profile("example-rms")
    xlsx_profile = csv_profile.model_copy(update={"file": FileOptions(type="xlsx", sheet="Export")})
    from_csv = [(line.number, line.content) for line in csv_profile.read(RMS)]
    from_xlsx = [(line.number, line.content) for line in xlsx_profile.read(rms_xlsx(tmp_path))]
    assert from_xlsx == from_csv


ROW_PROBLEMS = [
    ("an unparseable date", {"Date_Reported": "31/31/2024"}, "recorded_at", "Date Reported"),
    ("a required column empty in a row", {"Date_Reported": ""}, "recorded_at", "requires"),
    ("an unknown code with no translation", {"P1_Role": "ZZZ"}, "persons[0].role", "'roles'"),
    ("an unknown result code", {"Result_Code": "XYZ"}, "outcome.code", "Result Code"),
    ("a bad date inside a person", {"P2_DOB": "yesterday"}, "persons[1].dob", "P2 DOB"),
    ("a non-number age", {"P1_Age": "fourteen"}, "persons[0].age", "whole number"),
    ("an empty id with no fallback", {"Occurrence_Ref": ""}, "record_id", "no fallback"),
]


@pytest.mark.parametrize(
    ("description", "changes", "field", "reason"), ROW_PROBLEMS, ids=[c[0] for c in ROW_PROBLEMS]
)
def test_row_problem(
    tmp_path: Path, description: str, changes: dict[str, str], field: str, reason: str
) -> None:
    path = write_csv(tmp_path / "x.csv", rms_header(), [rms_row(**changes)])
    (line,) = load_profile("example-rms").read(path)
    assert [p.field for p in line.problems] == [field], description
    assert reason in line.problems[0].reason
    for value in changes.values():  # a reason never carries the cell's value
        assert not value or value not in line.problems[0].reason
    assert isinstance(line.content, dict)
    assert line.content[RAW_KEY] == dict(zip(rms_header(), rms_row(**changes), strict=True))
    assert line.content["narrative"]  # what could be mapped is kept


def test_a_row_longer_than_the_header_keeps_the_extra_cells(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", rms_header(), [[*rms_row(), "surplus"]])
    (line,) = load_profile("example-rms").read(path)
    assert line.problems[0].reason == "row has more cells than the header"
    assert isinstance(line.content, dict)
    assert line.content[RAW_KEY]["(cells past the header)"] == ["surplus"]


def test_a_header_missing_required_columns_names_the_file_and_columns(tmp_path: Path) -> None:
    header = [h for h in rms_header() if h not in ("Date Reported", "P2 DOB")]
    path = write_csv(tmp_path / "short.csv", header, [])
    with pytest.raises(InputFileError) as caught:
        load_profile("example-rms").read(path)
    assert str(path) in str(caught.value)
    assert "Date Reported, P2 DOB" in str(caught.value)


def test_csv_options_bom_delimiter_encoding_and_physical_line_numbers(tmp_path: Path) -> None:
    data = minimal(
        file={"delimiter": ";", "encoding": "cp1252", "header_row": 2},
        fields={
            "recorded_at": {"column": "When", "type": "date", "formats": ["%d/%m/%Y"]},
            "narrative": "Text",
        },
    )
    path = tmp_path / "x.csv"
    path.write_bytes(
        'Export title\nRef;When;Text\n1;01/02/2024;"caf\xe9\nsecond line"\n'
        "\n2;02/02/2024;plain\n".encode("cp1252")
    )
    lines = list(validate_profile(data).read(path))
    assert [line.number for line in lines] == [3, 6]
    assert (
        isinstance(lines[0].content, dict)
        and lines[0].content["narrative"] == "caf\xe9\nsecond line"
    )
    bom = write_csv(
        tmp_path / "bom.csv", ["Ref", "When"], [["1", "01/02/2024"]], encoding="utf-8-sig"
    )
    (line,) = validate_profile(minimal()).read(bom)
    assert not line.problems


# --- hypothesis: dates and code translation ------------------------------------------------------

FORMATS = ["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%Y%m%d"]


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(FORMATS),
)
def test_a_date_written_in_any_listed_format_parses_back(day: dt.date, fmt: str) -> None:
    assert parse_date(day.strftime(fmt), FORMATS).date() == day


@given(st.text(alphabet="abc/-:x 0123456789", max_size=12))
def test_a_date_that_does_not_parse_fails_with_one_message_whatever_its_value(text: str) -> None:
    try:
        parse_date(text, ["%d/%m/%Y"])
    except CellError as error:
        assert str(error) == "not a date in the format %d/%m/%Y"


# Records systems' codes are ASCII; Unicode case folding (dotless i) is not a code-list concern.
codes = st.text(alphabet=string.ascii_letters + string.digits + "-/", min_size=1, max_size=8)


@given(st.dictionaries(codes, codes, min_size=1, max_size=6), st.data())
def test_a_translation_finds_its_codes_whatever_the_case_and_spacing(
    table: dict[str, str], data: st.DataObject
) -> None:
    translator = Translator("t", Translation(map=dict(table)))
    key = data.draw(st.sampled_from(sorted(table)))
    expected = {k.casefold(): v for k, v in table.items()}[key.casefold()]
    assert translator.translate(f"  {key.swapcase()} ") == expected


@given(codes, st.sampled_from(["problem", "keep", "drop"]))
def test_an_unknown_code_follows_the_tables_unknown_rule(code: str, unknown: str) -> None:
    translator = Translator("t", Translation(map={"": "x"}, unknown=unknown))  # type: ignore[arg-type]
    if unknown == "problem":
        with pytest.raises(CellError, match="no translation in 't'"):
            translator.translate(code)
    else:
        assert translator.translate(code) == (code if unknown == "keep" else None)
