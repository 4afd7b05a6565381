"""How ``identify -i/-o`` takes a worker's output back, and decides a chunk in passes."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from safeguard.exchange import to_json_dict
from safeguard.identify import _lines
from tests.identify.conftest import make

#: One valid line, from the identify tests' record builder.
RECORD = orjson.dumps(to_json_dict(make("He gave her vodka and cash and had sex with her.")))


def test_a_worker_output_comes_back_through_the_spool_and_is_removed(tmp_path: Path) -> None:
    result = _lines._spooled(str(tmp_path), (5, [RECORD, b"not json"]))
    assert isinstance(result[0], str) and Path(result[0]).parent == tmp_path
    out, errors = _lines._unspooled(result)
    assert (out, errors) == _lines._decide_chunk((5, [RECORD, b"not json"]))
    assert errors == 1 and b'"line":6' in out
    assert list(tmp_path.iterdir()) == []


def test_without_a_spool_the_output_itself_is_returned(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone")
    out, errors = _lines._spooled(missing, (1, [RECORD]))
    assert isinstance(out, bytes)
    assert _lines._unspooled((out, errors)) == _lines._decide_chunk((1, [RECORD]))


@pytest.mark.parametrize("pass_lines", [1, 3, 64])
def test_a_chunk_in_passes_gives_each_line_what_decide_line_gives(
    pass_lines: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [RECORD, b"", b"not json", RECORD.replace(b"vodka", b"nothing"), b"{}"] * 3
    monkeypatch.setattr(_lines, "PASS_LINES", pass_lines)
    out, errors = _lines._decide_chunk((10, lines))
    expected = [_lines.decide_line(n, raw) for n, raw in enumerate(lines, start=10)]
    assert out == b"".join(orjson.dumps(e) + b"\n" for e in expected)
    assert errors == sum("error" in e for e in expected) == 9
