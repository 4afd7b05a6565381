"""The compiled build (mypyc, ``make compiled``) decides exactly what the Python source does.

``make test`` runs the suite as Python, then ``tests/indicators`` and ``tests/identify`` again
with the compiled copy first on the path (``SAFEGUARD_EXPECT_COMPILED=1``). Here:

* each run checks that it imported the build it meant to (an editable install must not pick
  up extensions left beside the sources, and the compiled run must not quietly test Python);
* the Python run checks that the compiled copy was built from the current source, and that
  ``safeguard identify -i/-o`` in the compiled copy writes byte for byte what the source
  writes, on every labelled set, the benchmark's corpus, broken lines and the demo dataset.
"""

from __future__ import annotations

import filecmp
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safeguard._compiled import HOT_MODULES, build, compiled_modules
from safeguard.identify import decide_lines
from tests.conftest import DemoWarehouse

ROOT = Path(__file__).resolve().parents[2]
COMPILED = Path(os.environ.get("SAFEGUARD_COMPILED_DIR", ROOT / ".venv" / "compiled"))
EXPECT_COMPILED = os.environ.get("SAFEGUARD_EXPECT_COMPILED") == "1"
LABELLED = ROOT / "tests" / "data" / "labelled"
BROKEN = [b"not json", b"", b"{}", b'{"format": "safeguard-exchange/1", "record_id": "X"}']
#: Runs ``safeguard`` after checking that it runs compiled.
RUN_COMPILED = (
    "import sys; from safeguard._compiled import build; "
    "sys.exit('not compiled: ' + build()) if build() != 'compiled' else None; "
    "from safeguard.cli import main; sys.argv[0] = 'safeguard'; main()"
)


def test_this_run_imports_the_build_it_expects() -> None:
    expected = "compiled" if EXPECT_COMPILED else "pure Python"
    assert build() == expected, (
        f"expected the {expected} build; compiled here: {compiled_modules() or 'none'}"
    )


def _compiled_copy() -> Path:
    if EXPECT_COMPILED:
        pytest.skip("the compiled run compares nothing with itself")
    if not (COMPILED / ".built").exists():
        if os.environ.get("CI"):
            pytest.fail(f"no compiled build at {COMPILED}: run `make compiled`")
        pytest.skip(f"no compiled build at {COMPILED} (`make compiled` makes it)")
    return COMPILED


def test_the_compiled_copy_was_built_from_the_current_source() -> None:
    copy = _compiled_copy() / "safeguard"
    source = ROOT / "src" / "safeguard"
    stale = [
        str(path.relative_to(source))
        for path in sorted(source.rglob("*.py"))
        if not filecmp.cmp(path, copy / path.relative_to(source), shallow=False)
    ]
    assert not stale, f"the compiled copy is stale ({', '.join(stale)}): run `make compiled`"
    for name in HOT_MODULES:
        folder = copy.joinpath(*name.split(".")[1:-1])
        stem = name.rsplit(".", 1)[1]
        assert list(folder.glob(f"{stem}.*.so")), f"{name} is not compiled in {copy}"


def _corpus(demo: DemoWarehouse) -> bytes:
    """Every labelled set, the benchmark's corpus, broken lines and the demo dataset."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_identify import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    lines = [
        line for path in sorted(LABELLED.glob("*.jsonl")) for line in path.read_bytes().splitlines()
    ]
    lines += corpus(12_000) + BROKEN
    for path in sorted((demo.dataset / "exchange").glob("*.jsonl.gz")):
        lines += gzip.decompress(path.read_bytes()).splitlines()
    return b"\n".join(lines) + b"\n"


def test_compiled_identify_writes_byte_for_byte_what_the_source_writes(
    demo_identified: DemoWarehouse, tmp_path: Path
) -> None:
    copy = _compiled_copy()
    records = tmp_path / "records.jsonl"
    records.write_bytes(_corpus(demo_identified))
    out = tmp_path / "decisions.jsonl"
    env = {**os.environ, "PYTHONPATH": str(copy), "SAFEGUARD_WORKERS": "2"}
    command = [sys.executable, "-c", RUN_COMPILED, "identify", "-i", str(records), "-o", str(out)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

    with records.open("rb") as lines:
        expected = b"".join(chunk for chunk, _ in decide_lines(lines, workers=0))
    produced = out.read_bytes()
    assert produced.count(b"\n") == expected.count(b"\n") > 60_000
    if produced != expected:
        pairs = zip(produced.splitlines(), expected.splitlines(), strict=True)
        line, (got, want) = next((n, p) for n, p in enumerate(pairs, 1) if p[0] != p[1])
        pytest.fail(f"line {line} differs:\ncompiled: {got[:400]!r}\nsource:   {want[:400]!r}")
