"""Reading and writing exchange files: JSON Lines (plain, gzip), Parquet, and whole-file errors."""

from __future__ import annotations

import gzip
import string
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeguard.errors import InputFileError
from safeguard.exchange import check, read_lines, to_json_dict, write_jsonl, write_parquet

text = (
    st.text(alphabet=string.ascii_letters + string.digits + " -'éø", min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)
dates = st.dates(
    min_value=__import__("datetime").date(1950, 1, 1),
    max_value=__import__("datetime").date(2024, 1, 1),
)


@st.composite
def persons(draw: st.DrawFn, ref: str) -> dict[str, Any]:
    person: dict[str, Any] = {
        "ref": ref,
        "role": draw(st.sampled_from(["victim", "suspect", "subject"])),
    }
    for field in ("forename", "surname", "postcode", "phone"):
        if draw(st.booleans()):
            person[field] = draw(text)
    if draw(st.booleans()):
        person["dob"] = draw(dates).isoformat()
    if draw(st.booleans()):
        person["aliases"] = draw(st.lists(text, max_size=2))
    if draw(st.booleans()):
        person["identifiers"] = draw(
            st.dictionaries(st.sampled_from(["pnc", "nhs"]), text, max_size=2)
        )
    if draw(st.booleans()):
        person["identified"] = False
    if draw(st.booleans()):
        person["unknown_extra"] = draw(text)
    return person


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    people = [draw(persons(f"P{i}")) for i in range(1, draw(st.integers(0, 3)) + 1)]
    record: dict[str, Any] = {
        "format": "safeguard-exchange/1",
        "record_id": draw(text),
        "source": draw(st.sampled_from(["kent", "leeds-childrens-social-care"])),
        "source_type": draw(st.sampled_from(["police", "childrens_social_care"])),
        "kind": draw(st.sampled_from(["crime", "referral", "missing_episode"])),
        "version": draw(st.integers(1, 5)),
        "recorded_at": "2024-05-01T12:00:00",
        "persons": people,
    }
    if draw(st.booleans()):
        record["narrative"] = draw(st.text(max_size=80)).strip() or "x"
    if draw(st.booleans()):
        record["occurred_from"] = draw(st.sampled_from(["2024-04-01", "2024-04-01T08:30:00"]))
    if draw(st.booleans()):
        record["flags"] = draw(st.lists(st.sampled_from(["CSE", "MISSING", "NEWFLAG"]), max_size=2))
    if len(people) >= 2 and draw(st.booleans()):
        record["links"] = [{"from": "P1", "to": "P2", "type": "associate_of"}]
    if draw(st.booleans()):
        record["outcome"] = {"code": draw(st.sampled_from(["1", "14", "1A"]))}
    if draw(st.booleans()):
        record["supplier_extra"] = {"a": [1, 2]}
    return record


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batch=st.lists(records(), min_size=1, max_size=5))
def test_jsonl_parquet_jsonl_round_trip(tmp_path: Path, batch: list[dict[str, Any]]) -> None:
    typed = [check(r).record for r in batch]
    assert all(typed)
    first = tmp_path / "a.jsonl"
    write_jsonl(typed, first)  # type: ignore[arg-type]
    parquet = tmp_path / "a.parquet"
    write_parquet([check(line.content).record for line in read_lines(first)], parquet)  # type: ignore[misc]
    second = tmp_path / "b.jsonl.gz"
    write_jsonl([check(line.content).record for line in read_lines(parquet)], second)  # type: ignore[misc]
    again = [orjson.loads(line.content) for line in read_lines(second)]  # type: ignore[arg-type]
    assert again == [to_json_dict(r) for r in typed]  # type: ignore[arg-type]


def test_line_numbers_count_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"format": "safeguard-exchange/1"}\n\n  \n{"a": 1}\n')
    assert [line.number for line in read_lines(path)] == [1, 4]


def _gzip_bytes(data: bytes) -> bytes:
    import io

    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


FILE_ERRORS = [
    ("a missing file", None, "no such file"),
    ("a corrupt gzip", b"\x1f\x8b\x08\x00" + b"garbage" * 20, "corrupt gzip"),
    ("a truncated gzip", "truncated", "corrupt gzip"),
    ("a CSV, not JSON Lines", b"Crime ID,Month\nabc,2017-01\n", "not a JSON Lines file"),
    ("JSON that is not an object per line", b"[1, 2, 3]\n", "must be a JSON object"),
    (
        "another format version",
        b'{"format": "safeguard-exchange/2", "record_id": "1"}\n',
        "safeguard-exchange/2 is not supported",
    ),
]


@pytest.mark.parametrize(
    ("description", "content", "message"), FILE_ERRORS, ids=[c[0] for c in FILE_ERRORS]
)
def test_whole_file_errors_name_the_file(
    tmp_path: Path, description: str, content: Any, message: str
) -> None:
    suffix = (
        ".jsonl.gz"
        if content in ("truncated",) or (isinstance(content, bytes) and content[:2] == b"\x1f\x8b")
        else ".jsonl"
    )
    path = tmp_path / f"input{suffix}"
    if content == "truncated":
        path.write_bytes(_gzip_bytes(b'{"format": "safeguard-exchange/1"}\n' * 200)[:-30])
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        list(read_lines(path))
    assert str(path) in str(caught.value), description
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_gzip_written_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl.gz"
    write_jsonl([{"format": "safeguard-exchange/1", "record_id": "1"}], path)
    assert [orjson.loads(line.content) for line in read_lines(path)] == [  # type: ignore[arg-type]
        {"format": "safeguard-exchange/1", "record_id": "1"}
    ]


def test_parquet_normalises_plain_dicts(tmp_path: Path) -> None:
    record = {
        "format": "safeguard-exchange/1",
        "record_id": "1",
        "source": "kent",
        "source_type": "police",
        "kind": "crime",
        "recorded_at": "2024-01-01",
        "outcome": {"code": 1},
    }
    write_parquet([record], tmp_path / "x.parquet")
    (line,) = read_lines(tmp_path / "x.parquet")
    assert line.content["outcome"] == {"code": "1"}  # type: ignore[index]


def test_parquet_refuses_a_broken_record(tmp_path: Path) -> None:
    from safeguard.errors import SafeguardError

    with pytest.raises(SafeguardError, match="kind"):
        write_parquet(
            [{"format": "safeguard-exchange/1", "record_id": "1"}], tmp_path / "x.parquet"
        )
