"""The hand-labelled evaluation set (tests/data/labelled) is well formed and its README is true."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from safeguard.exchange import check

HERE = Path(__file__).resolve().parent.parent / "data" / "labelled"
SPLITS = ("dev", "holdout")


def _load(split: str) -> list[tuple[int, dict]]:
    lines = (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [(n, json.loads(line)) for n, line in enumerate(lines, 1) if line.strip()]


@pytest.fixture(scope="module")
def records() -> dict[str, list[tuple[int, dict]]]:
    return {split: _load(split) for split in SPLITS}


@pytest.mark.parametrize("split", SPLITS)
def test_every_line_passes_the_contract(records, split):
    failures = []
    for n, rec in records[split]:
        checked = check(rec)
        if not checked.ok:
            failures.append(f"{split}.jsonl:{n}: {[str(p) for p in checked.problems]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("split", SPLITS)
def test_every_line_has_a_complete_label(records, split):
    for n, rec in records[split]:
        where = f"{split}.jsonl:{n}"
        label = rec.get("label")
        assert isinstance(label, dict), f"{where}: no label"
        assert isinstance(label.get("cse"), bool), f"{where}: label.cse must be true or false"
        assert isinstance(label.get("organised_network"), bool), f"{where}: label.organised_network"
        assert isinstance(label.get("category"), str) and label["category"], f"{where}: category"
        assert isinstance(label.get("rationale"), str) and label["rationale"].strip(), (
            f"{where}: rationale"
        )
        assert not (label["organised_network"] and not label["cse"]), (
            f"{where}: organised_network true needs cse true"
        )
        assert rec.get("narrative", "").strip(), f"{where}: no narrative"


def test_record_ids_are_unique_across_both_files(records):
    ids = Counter(rec["record_id"] for split in SPLITS for _, rec in records[split])
    dupes = [i for i, c in ids.items() if c > 1]
    assert not dupes, f"duplicate record_id: {dupes}"


def _readme_table() -> dict[str, tuple[int, ...]]:
    text = (HERE / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- counts:start -->(.*?)<!-- counts:end -->", text, re.S)
    assert match, "README has no counts table between the counts markers"
    rows: dict[str, tuple[int, ...]] = {}
    for line in match.group(1).strip().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or cells[0] in ("category", "") or set(cells[0]) <= set("-: "):
            continue
        rows[cells[0].strip("*")] = tuple(int(c) for c in cells[1:])
    return rows


def test_readme_counts_match_the_files(records):
    table = _readme_table()
    actual: dict[str, list[int]] = {}
    for i, split in enumerate(SPLITS):
        for _, rec in records[split]:
            label = rec["label"]
            row = actual.setdefault(label["category"], [0] * 6)
            row[3 * i] += 1
            row[3 * i + 1] += int(label["cse"])
            row[3 * i + 2] += int(label["organised_network"])
    total = [sum(col) for col in zip(*actual.values(), strict=True)]
    expected = {cat: tuple(row) for cat, row in actual.items()} | {"total": tuple(total)}
    assert table == expected
