"""Writing a generated dataset: exchange files, truth tables, messiness and the manifest.

Nothing written carries a timestamp or a path outside ``out``, so the same seed gives the same
bytes. Each supplier's file is its shards' gzip members joined in shard order (a multi-member
gzip file, which gzip, zcat and DuckDB read as one stream).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from safeguard import __version__
from safeguard.exchange import FORMAT_V1
from safeguard.synth._shard import MENTION_COLUMNS, RECORD_COLUMNS, ShardResult
from safeguard.synth._summary import Summary

GENERATOR_VERSION = "1"  # bump when the same seed would give different data
_JSON = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE

MESSINESS_NOTES = {
    "forename_nickname_or_short_form": "forename recorded as a nickname or short form",
    "forename_typo": "forename with one keying error",
    "surname_typo": "surname with one keying error",
    "dob_day_month_swapped": "date of birth with day and month swapped",
    "dob_missing_age_given": "no date of birth; age at the event instead",
    "dob_and_age_missing": "neither date of birth nor age",
    "new_address_after_move": "the person's new address, after a move",
    "phone_recorded": "the person's own phone number (the same across their records)",
    "alias_recorded": "an alias or street name recorded",
    "ethnicity_not_recorded": "ethnicity left out (two-thirds of suspects)",
    "victim_blaming_narrative": "CSE narrative written in victim-blaming language",
    "flag_wrong_on_exploitation_record": "CSE/CCE record whose CSE/CCE flag is wrong",
    "flag_cse_on_non_exploitation_record": "CSE flag on a child sexual abuse record, not CSE",
    "version_2_resent_with_outcome": "record sent again as version 2 with its outcome",
}


def merged(results: list[ShardResult], name: str) -> Counter[str]:
    """One of the shards' counters, summed."""
    total: Counter[str] = Counter()
    for result in results:
        total.update(getattr(result, name))
    return total


def _exchange(out: Path, results: list[ShardResult]) -> tuple[list[Path], list[dict[str, Any]]]:
    folder = out / "exchange"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jsonl.gz"):
        old.unlink()  # a previous run's suppliers may differ
    paths, broken = [], []
    for source in sorted({s for r in results for s in r.parts}):
        path = folder / f"{source}.jsonl.gz"
        offset = 0
        with path.open("wb") as handle:
            for r in results:
                if source not in r.parts:
                    continue
                handle.write(r.parts[source])
                broken += [
                    {
                        "file": f"exchange/{path.name}",
                        "line": offset + line,
                        "source": src,
                        "record_id": rid,
                        "problem": problem,
                    }
                    for src, line, rid, problem in r.broken
                    if src == source
                ]
                offset += r.lines[source]
        paths.append(path)
    return paths, broken


_BOOL = {"cse", "cce", "broken", "identified"}


def _table(results: list[ShardResult], attr: str, columns: tuple[str, ...]) -> pa.Table:
    schema = pa.schema([(c, pa.bool_() if c in _BOOL else pa.string()) for c in columns])
    return pa.concat_tables(
        pa.table({c: getattr(r, attr)[c] for c in columns}, schema=schema) for r in results
    ).combine_chunks()


def _truth(out: Path, results: list[ShardResult]) -> tuple[list[Path], dict[str, int]]:
    folder = out / "truth"
    folder.mkdir(parents=True, exist_ok=True)
    children = {pid: row for r in results for pid, row in r.children.items()}
    pids = sorted(children)
    tables = {
        "records": _table(results, "records", RECORD_COLUMNS),
        "mentions": _table(results, "mentions", MENTION_COLUMNS),
        "children": pa.table(
            {
                "person_id": pids,
                "cse": [children[p][0] for p in pids],
                "case_type": [children[p][1] for p in pids],
                "in_care": [children[p][2] for p in pids],
                "sex": [children[p][3] for p in pids],
                "force": [children[p][4] for p in pids],
            }
        ),
        "networks": pa.Table.from_pylist(
            [n for r in results for n in r.networks],
            schema=pa.schema(
                [
                    ("network_id", pa.string()),
                    ("home_force", pa.string()),
                    ("forces", pa.list_(pa.string())),
                    ("children", pa.list_(pa.string())),
                    (
                        "members",
                        pa.list_(
                            pa.struct(
                                [
                                    ("person_id", pa.string()),
                                    ("role", pa.string()),
                                    ("identified", pa.bool_()),
                                ]
                            )
                        ),
                    ),
                ]
            ),
        ),
    }
    paths = []
    for name, table in tables.items():
        path = folder / f"{name}.parquet"
        pq.write_table(table, path, compression="zstd")
        paths.append(path)
    return paths, {name: table.num_rows for name, table in tables.items()}


def write_all(
    out: Path, scale: str, seed: int, broken_share: float, results: list[ShardResult]
) -> Summary:
    """Write every file of the dataset and return its summary."""
    out.mkdir(parents=True, exist_ok=True)
    exchange, broken = _exchange(out, results)
    truth, rows = _truth(out, results)
    counts = {
        name: dict(sorted(merged(results, name).items()))
        for name in ("by_kind", "by_source_type", "by_force")
    }
    lines = sum(sum(r.lines.values()) for r in results)
    messiness = {
        "counts": dict(sorted(merged(results, "messiness").items())),
        "notes": MESSINESS_NOTES,
        "broken_lines": broken,
    }
    (out / "truth" / "messiness.json").write_bytes(orjson.dumps(messiness, option=_JSON))
    manifest = {
        "generator": "safeguard.synth",
        "generator_version": GENERATOR_VERSION,
        "safeguard_version": __version__,
        "format": FORMAT_V1,
        "scale": scale,
        "seed": seed,
        "broken_share": broken_share,
        "counts": {
            "records": rows["records"],
            "lines": lines,
            "mentions": rows["mentions"],
            "children": rows["children"],
            "networks": rows["networks"],
            "broken_lines": len(broken),
            **counts,
        },
        "files": {
            "exchange": [f"exchange/{p.name}" for p in exchange],
            "truth": [f"truth/{p.name}" for p in truth] + ["truth/messiness.json"],
        },
    }
    (out / "manifest.json").write_bytes(orjson.dumps(manifest, option=_JSON))
    return Summary(
        scale=scale,
        seed=seed,
        records=rows["records"],
        lines=lines,
        mentions=rows["mentions"],
        children=rows["children"],
        networks=rows["networks"],
        broken=len(broken),
        by_kind=counts["by_kind"],
        by_source_type=counts["by_source_type"],
        by_force=counts["by_force"],
        out=out,
        exchange_files=exchange,
        truth_files=[*truth, out / "truth" / "messiness.json"],
        manifest=out / "manifest.json",
    )
