"""The hand-labelled sets (tests/data/labelled) are well formed and their README is true.

Each file is loaded only by the tests that name it, so ``-k train`` checks the training set
alone. ``dev-c.jsonl`` to ``dev-j.jsonl`` (the second to ninth
holdouts, now development material) have their own counts tables. The lead's one-shot
``holdout.jsonl`` is checked against the contract and the labels when it is installed (skipped
until then); its counts are in no README table.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from safeguard.exchange import check

HERE = Path(__file__).resolve().parent.parent / "data" / "labelled"
SPLITS = ("dev", "dev-b")  # the first evaluation set, split in two: one counts table
TRAIN = "train"  # the training set: its own counts table
DEV_C = "dev-c"  # the second holdout, scored once for model 4: its own counts table
DEV_D = "dev-d"  # the third holdout, scored once for model 5: its own counts table
DEV_E = "dev-e"  # the fourth holdout, scored once for model 6: its own counts table
DEV_F = "dev-f"  # the fifth holdout, scored once for model 7: its own counts table
DEV_G = "dev-g"  # the sixth holdout, scored once for model 8: its own counts table
DEV_H = "dev-h"  # the seventh holdout, scored once for model 9: its own counts table
DEV_I = "dev-i"  # the eighth holdout, scored once for model 10: its own counts table
DEV_J = "dev-j"  # the ninth holdout, scored once for model 10: its own counts table
HOLDOUT = "holdout"  # the lead's one-shot set, when installed
ALL = (
    *SPLITS,
    TRAIN,
    DEV_C,
    DEV_D,
    DEV_E,
    DEV_F,
    DEV_G,
    DEV_H,
    DEV_I,
    DEV_J,
    pytest.param(
        HOLDOUT,
        marks=pytest.mark.skipif(
            not (HERE / f"{HOLDOUT}.jsonl").exists(), reason="no holdout installed yet"
        ),
    ),
)


@cache
def _load(split: str) -> tuple[tuple[int, dict[str, Any]], ...]:
    lines = (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple((n, json.loads(line)) for n, line in enumerate(lines, 1) if line.strip())


@pytest.mark.parametrize("split", ALL)
def test_every_line_passes_the_contract(split: str) -> None:
    failures = []
    for n, rec in _load(split):
        checked = check(rec)
        if not checked.ok:
            failures.append(f"{split}.jsonl:{n}: {[str(p) for p in checked.problems]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("split", ALL)
def test_every_line_has_a_complete_label(split: str) -> None:
    for n, rec in _load(split):
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


def test_record_ids_are_unique_across_dev_and_dev_b() -> None:
    ids = Counter(rec["record_id"] for split in SPLITS for _, rec in _load(split))
    dupes = [i for i, c in ids.items() if c > 1]
    assert not dupes, f"duplicate record_id: {dupes}"


def test_train_record_ids_are_its_own() -> None:
    ids = [rec["record_id"] for _, rec in _load(TRAIN)]
    assert ids == [f"TRN-{i:04d}" for i in range(1, len(ids) + 1)]


def test_dev_c_record_ids_are_its_own() -> None:
    ids = [rec["record_id"] for _, rec in _load(DEV_C)]
    assert ids == [f"HB-{i:04d}" for i in range(1, len(ids) + 1)]


def test_dev_d_record_ids_are_its_own() -> None:
    ids = [rec["record_id"] for _, rec in _load(DEV_D)]
    assert ids == [f"HC-{i:04d}" for i in range(1, len(ids) + 1)]


def _readme_table(marker: str = "counts") -> dict[str, tuple[int, ...]]:
    text = (HERE / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker}:start -->(.*?)<!-- {marker}:end -->", text, re.S)
    assert match, f"README has no table between the {marker} markers"
    rows: dict[str, tuple[int, ...]] = {}
    for line in match.group(1).strip().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not cells or cells[0] in ("category", "") or set(cells[0]) <= set("-: "):
            continue
        rows[cells[0].strip("*")] = tuple(int(c) for c in cells[1:])
    return rows


def _counts(splits: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    actual: dict[str, list[int]] = {}
    for i, split in enumerate(splits):
        for _, rec in _load(split):
            label = rec["label"]
            row = actual.setdefault(label["category"], [0] * (3 * len(splits)))
            row[3 * i] += 1
            row[3 * i + 1] += int(label["cse"])
            row[3 * i + 2] += int(label["organised_network"])
    total = [sum(col) for col in zip(*actual.values(), strict=True)]
    return {cat: tuple(row) for cat, row in actual.items()} | {"total": tuple(total)}


def test_readme_counts_match_the_files() -> None:
    assert _readme_table() == _counts(SPLITS)


def test_readme_train_counts_match_the_file() -> None:
    assert _readme_table("train-counts") == _counts((TRAIN,))


def test_readme_dev_c_counts_match_the_file() -> None:
    assert _readme_table("dev-c-counts") == _counts((DEV_C,))


def test_readme_dev_d_counts_match_the_file() -> None:
    assert _readme_table("dev-d-counts") == _counts((DEV_D,))


def test_readme_dev_e_counts_match_the_file() -> None:
    assert _readme_table("dev-e-counts") == _counts((DEV_E,))


def test_readme_dev_f_counts_match_the_file() -> None:
    assert _readme_table("dev-f-counts") == _counts((DEV_F,))


def test_readme_dev_g_counts_match_the_file() -> None:
    assert _readme_table("dev-g-counts") == _counts((DEV_G,))


@pytest.mark.parametrize("split", [DEV_H, DEV_I, DEV_J])
def test_readme_later_holdout_counts_match_the_files(split: str) -> None:
    assert _readme_table(f"{split}-counts") == _counts((split,))
