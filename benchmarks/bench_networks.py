"""Benchmark ``safeguard networks``: graph building and group detection for a national year.

A national year (about 1,000,000 records and 2,000,000 person mentions) is made by copying a
linked and identified demo warehouse (0.05 of a national year) 20 times into one warehouse,
each copy under its own supplier names, entity ids, places and objects: the same mix of
networks, lone offenders, background crime and partner records as the generator's national
scale, without generating, loading and linking a national year first (which the other
benchmarks measure).
Then :func:`safeguard.networks.build_networks` runs once, every step timed.

The target: graph building and detection (steps 1 and 2) under 3 minutes; the whole run
(gathering, the test, writing the tables and marking decisions) is reported too.

Usage: python benchmarks/bench_networks.py [COPIES] [DEMO_DB]
(COPIES: 20 for a national year, the default; DEMO_DB: a warehouse made by generate, ingest,
link and identify at demo scale; default: one is made here, seed 2026.)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from safeguard.identify import identify_warehouse
from safeguard.linkage import link
from safeguard.networks import build_networks
from safeguard.synth import generate
from safeguard.warehouse import connect, ingest

TARGET_SECONDS = 180.0
SEED = 2026
# Per table: the columns renamed per copy (keys and entity ids); other columns are copied.
_RENAMED = {
    "records": ("source",),
    "persons": ("source",),
    "locations": ("source", "name", "address", "postcode"),  # places of one copy only
    "objects": ("source", "value"),  # phones and vehicles of one copy only
    "links": ("source",),
    "entities": ("source", "entity_id"),
    "decisions": ("source",),
    "child_decisions": ("entity_id",),
}


def demo_warehouse(folder: Path) -> Path:
    """Generate, load, link and identify the demo dataset."""
    generate("demo", SEED, folder / "data")
    db = folder / "demo.duckdb"
    ingest([folder / "data" / "exchange"], db, progress=False)
    link(db)
    identify_warehouse(db)
    return db


def national(demo: Path, target: Path, copies: int) -> int:
    """Copy the demo warehouse's tables ``copies`` times into a fresh warehouse."""
    con = connect(target)
    try:
        con.execute(f"ATTACH '{demo}' AS demo (READ_ONLY)")
        for table, renamed in _RENAMED.items():
            columns = [r[0] for r in con.execute(f"DESCRIBE demo.{table}").fetchall()]
            for copy in range(copies):
                values = [
                    f"{c} || '~{copy}'" if c in renamed else ("''" if c == "raw" else c)
                    for c in columns
                ]
                con.execute(f"INSERT INTO {table} SELECT {', '.join(values)} FROM demo.{table}")
        row = con.execute("SELECT count(*) FROM records").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory(prefix="bench-networks-") as folder:
        root = Path(folder)
        demo = Path(sys.argv[2]) if len(sys.argv) > 2 else demo_warehouse(root)
        db = root / "national.duckdb"
        started = time.perf_counter()
        records = national(demo, db, copies)
        print(f"  warehouse of {records:,} records ({copies} copies of the demo) made in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        marks: list[tuple[str, float]] = []
        began = time.perf_counter()
        result = build_networks(
            db, progress=lambda step, *_: marks.append((step, time.perf_counter()))
        )
        last = began
        for step, at in marks:
            print(f"  {step:24} {at - last:7.1f} s")
            last = at
        detection = marks[1][1] - began
        verdict = "met" if detection < TARGET_SECONDS else "NOT met"
        print(f"  graph and detection: {detection:.1f} s for {records:,} records "
              f"(target {TARGET_SECONDS:.0f} s for a national year: {verdict}); "
              f"whole run {result.seconds:.1f} s")  # fmt: skip
        print(f"  {result.graph_edges:,} graph edges, {result.groups:,} groups with a child, "
              f"{result.networks_met:,} meeting organised-network/1")  # fmt: skip
        shutil.rmtree(root / "data", ignore_errors=True)


if __name__ == "__main__":
    main()
