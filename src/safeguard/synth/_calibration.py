"""Measuring a generated dataset against the figures it is calibrated to.

Used by the tests and to fill the calibration table in ``docs/synthetic-data.md``. Each measure
is defined here once, exactly; the docs repeat the definitions.
"""

from __future__ import annotations

import datetime as dt
import gzip
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyarrow.parquet as pq

CSAE_CASES = frozenset(
    {
        "cse_lone",
        "cse_group",
        "cse_online",
        "csa_intrafamilial",
        "peer",
        "csa_other",
        "online_csa",
        "iioc",
    }
)
CHILD_VICTIM_CASES = CSAE_CASES - {"iioc"}


@dataclass(frozen=True, slots=True)
class Target:
    """A published figure, its source, and how far our value may be from it."""

    figure: float
    tolerance: float
    source: str


TARGETS: dict[str, Target] = {
    "flag_accuracy": Target(
        0.37, 0.05, "HMICFRS 2025: 37% of exploitation cases accurately identified"
    ),
    "victims_female": Target(0.79, 0.04, "VKPP 2023: 79% of CSAE victims female"),
    "suspects_male": Target(0.82, 0.04, "VKPP 2023: 82% of CSAE perpetrators male"),
    "group_share_of_csae_crimes": Target(0.05, 0.02, "VKPP 2022: group-based about 5% of CSAE"),
    "group_victims_in_care": Target(
        0.50, 0.10, "IICSA L.1: about half of case-study children in care"
    ),
    "suspect_ethnicity_missing": Target(0.667, 0.05, "Casey 2025: not recorded for two-thirds"),
    "charged_share_child_sexual": Target(0.04, 0.015, "ONS YE Mar 2019: about 1 in 25 charged"),
    "evidential_difficulties_share": Target(
        0.49, 0.07, "ONS YE Mar 2019: about half (outcomes 14-16)"
    ),
    "median_days_to_charge": Target(250, 40, "Children's Commissioner 2015/16: median 248 days"),
    "victim_blaming_share_cse": Target(0.17, 0.04, "brief: 15-20% of CSE records"),
    "csae_crimes_per_year_national": Target(115_000, 15_000, "VKPP 2023: 115,489 CSAE offences"),
    "mentions_per_record": Target(2.0, 0.3, "DESIGN.md: 1M records, 2M person mentions"),
}


def _lines(out: Path) -> Iterator[tuple[str, int, dict[str, Any]]]:
    for path in sorted((out / "exchange").glob("*.jsonl.gz")):
        with gzip.open(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                yield f"exchange/{path.name}", number, orjson.loads(raw)


def latest_records(out: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Each record's highest version, broken lines left out, by (source, record_id)."""
    broken = {
        (b["file"], b["line"])
        for b in orjson.loads((out / "truth" / "messiness.json").read_bytes())["broken_lines"]
    }
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for file, number, rec in _lines(out):
        if (file, number) in broken:
            continue
        key = (rec["source"], rec["record_id"])
        if key not in latest or rec.get("version", 1) > latest[key].get("version", 1):
            latest[key] = rec
    return latest


def _flag_correct(rec: dict[str, Any], truth: dict[str, Any]) -> bool:
    flags = set(rec.get("flags", []))
    if truth["cse"]:
        return "CSE" in flags
    return "CCE" in flags and "CSE" not in flags


def measure(out: Path, factor: float = 1.0) -> dict[str, float]:
    """Measure a dataset: every key of :data:`TARGETS` (``factor`` scales volumes to national)."""
    records = latest_records(out)
    truth = {
        (r["source"], r["record_id"]): r
        for r in pq.read_table(out / "truth" / "records.parquet").to_pylist()
    }
    children = pq.read_table(out / "truth" / "children.parquet").to_pylist()
    exploit = [k for k, t in truth.items() if (t["cse"] or t["cce"]) and k in records]
    cse = [k for k, t in truth.items() if t["cse"] and k in records]
    csae_crimes = [
        k
        for k, t in truth.items()
        if t["kind"] == "crime" and t["case_type"] in CSAE_CASES and k in records
    ]
    victims = [c for c in children if c["case_type"] in CHILD_VICTIM_CASES]
    group = [c for c in children if c["case_type"] == "cse_group"]
    out_: dict[str, float] = {
        "flag_accuracy": _share(exploit, lambda k: _flag_correct(records[k], truth[k])),
        "victims_female": _share(victims, lambda c: c["sex"] == "F"),
        "group_share_of_csae_crimes": _share(
            csae_crimes, lambda k: truth[k]["case_type"] == "cse_group"
        ),
        "group_victims_in_care": _share(group, lambda c: bool(c["in_care"])),
        "victim_blaming_share_cse": 0.0,
        "csae_crimes_per_year_national": len(csae_crimes) / factor,
        "mentions_per_record": pq.read_metadata(out / "truth" / "mentions.parquet").num_rows
        / max(len(truth), 1),
    }
    out_.update(_suspects([records[k] for k in csae_crimes]))
    out_.update(_outcomes([records[k] for k in csae_crimes if truth[k]["case_type"] != "iioc"]))
    blaming = orjson.loads((out / "truth" / "messiness.json").read_bytes())["counts"]
    out_["victim_blaming_share_cse"] = blaming.get("victim_blaming_narrative", 0) / max(len(cse), 1)
    return out_


def _share(items: list[Any], test: Any) -> float:
    return sum(1 for i in items if test(i)) / len(items) if items else float("nan")


def _suspects(crimes: list[dict[str, Any]]) -> dict[str, float]:
    sexes: Counter[str] = Counter()
    ethnicity: Counter[bool] = Counter()
    for rec in crimes:
        for p in rec.get("persons", []):
            if p["role"] == "suspect" and p.get("identified", True):
                sexes[p.get("sex", "U")] += 1
                ethnicity["ethnicity" not in p] += 1
    known = sexes["M"] + sexes["F"]
    return {
        "suspects_male": sexes["M"] / known if known else float("nan"),
        "suspect_ethnicity_missing": ethnicity[True] / max(sum(ethnicity.values()), 1),
    }


def _outcomes(crimes: list[dict[str, Any]]) -> dict[str, float]:
    codes = [(r.get("outcome") or {}).get("code") for r in crimes]
    waits = [
        (
            dt.date.fromisoformat(r["outcome"]["at"]) - dt.date.fromisoformat(r["recorded_at"][:10])
        ).days
        for r in crimes
        if (r.get("outcome") or {}).get("code") in {"1", "1A"}
    ]
    n = max(len(codes), 1)
    return {
        "charged_share_child_sexual": sum(c in {"1", "1A"} for c in codes) / n,
        "evidential_difficulties_share": sum(c in {"14", "15", "16"} for c in codes) / n,
        "median_days_to_charge": statistics.median(waits) if waits else float("nan"),
    }
