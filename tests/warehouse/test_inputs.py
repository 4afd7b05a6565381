"""Checking input files before loading: hashes, line counts (for the bar), broken gzip."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from safeguard.errors import InputFileError
from safeguard.warehouse._inputs import exchange_reader, preflight

from .conftest import record


def _line(i: int) -> bytes:
    return orjson.dumps(record(record_id=f"R{i}")) + b"\n"


def _members(*counts: int) -> bytes:
    data, start = b"", 0
    for count in counts:
        data += gzip.compress(b"".join(_line(start + i) for i in range(count)))
        start += count
    return data


COUNTS: list[tuple[str, str, Callable[[], bytes], int]] = [
    ("plain JSON Lines", "a.jsonl", lambda: b"".join(_line(i) for i in range(4)), 4),
    ("no newline after the last line", "a.jsonl", lambda: _line(0) + _line(1).rstrip(), 2),
    ("gzip, one member", "a.jsonl.gz", lambda: _members(5), 5),
    ("gzip, several members (as the generator writes)", "a.jsonl.gz", lambda: _members(3, 4, 2), 9),
    ("gzip, zero padding after the last member", "a.jsonl.gz", lambda: _members(2) + b"\0" * 8, 2),
]


@pytest.mark.parametrize(
    ("description", "name", "make", "lines"), COUNTS, ids=[c[0] for c in COUNTS]
)
def test_preflight_hashes_and_counts_every_line(
    tmp_path: Path, description: str, name: str, make: Callable[[], bytes], lines: int
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    checked = preflight(path, exchange_reader)
    assert checked.lines == lines, description
    assert checked.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (checked.bytes, checked.loaded_by) == (path.stat().st_size, None)


BROKEN: list[tuple[str, Callable[[], bytes]]] = [
    ("cut inside the only member", lambda: _members(20)[:-30]),
    ("cut inside a later member", lambda: _members(3, 20)[:-30]),
    ("garbage after a member", lambda: _members(3) + b"not gzip at all"),
]


@pytest.mark.parametrize(("description", "make"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_gzip_is_refused_before_loading(
    tmp_path: Path, description: str, make: Callable[[], bytes]
) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(make())
    with pytest.raises(InputFileError, match="corrupt gzip") as caught:
        preflight(path, exchange_reader)
    assert str(path) in str(caught.value), description


def test_a_file_already_loaded_is_only_hashed(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(_members(3))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    checked = preflight(path, exchange_reader, {digest: "run-1"})
    assert (checked.lines, checked.loaded_by, checked.sha256) == (0, "run-1", digest)
