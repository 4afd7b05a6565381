"""Benchmark linkage on a national year: about 2 million person mentions on this machine.

The goal (issue 4): linked in under 5 minutes with peak memory under 12 GiB. Prints the
candidate pairs of each blocking rule (counted before anything is scored), each step's
seconds, the run's seconds, the process's peak resident memory (DuckDB runs in-process, so
this is the whole run's), and, when the dataset's truth is there, pairwise and B-cubed
scores on identified mentions.

Usage::

    safeguard generate --scale national --seed 1 --out DIR        # once, 2 to 4 minutes
    python benchmarks/bench_linkage_national.py DIR                # ingests DIR once, then links

``DIR`` may also be given as ``SAFEGUARD_BENCH_NATIONAL``; without it (``make bench``) the
benchmark says how to run it and stops, as generating and loading a national year takes
several minutes. The warehouse is kept as ``DIR/safeguard.duckdb`` for later runs; the
ingest runs in a child process so that its memory is not counted.
"""

from __future__ import annotations

import logging
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from safeguard.evaluation import bcubed_scores, pairwise_scores
from safeguard.linkage import link

GOAL_SECONDS = 300.0
GOAL_GIB = 12.0


def _warehouse(folder: Path) -> Path:
    db = folder / "safeguard.duckdb"
    if not db.exists():
        exchange = folder / "exchange"
        if not exchange.is_dir():
            raise SystemExit(f"{folder}: no exchange/ folder (safeguard generate --out {folder})")
        started = time.perf_counter()
        command = [Path(sys.executable).with_name("safeguard"), "ingest", exchange, "--db", db]
        subprocess.run([str(part) for part in command], check=True, stdout=subprocess.DEVNULL)
        print(f"   ingested {exchange} in {time.perf_counter() - started:.0f} s (child process)")
    return db


class _Clock:
    """Seconds per step, from the run's progress callback."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, float]] = []
        self._last: tuple[str, float] | None = None

    def __call__(self, name: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.steps.append((self._last[0], now - self._last[1]))
        self._last = (name, now)


def _scores(folder: Path, db: Path) -> str:
    truth_file = folder / "truth" / "mentions.parquet"
    if not truth_file.exists():
        return "no truth in the dataset folder"
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = dict(
            con.execute(
                "SELECT source || '/' || record_id || '/' || person_ref, entity_id "
                "FROM entities WHERE linked"
            ).fetchall()
        )
        rows = con.execute(
            "SELECT source || '/' || record_id || '/' || person_ref, person_id "
            "FROM read_parquet(?) WHERE identified",
            [str(truth_file)],
        ).fetchall()
    finally:
        con.close()
    truth = {str(k): str(v) for k, v in rows if k in found}
    return (
        f"pairwise {pairwise_scores(found, truth)}\n"
        f"   identified mentions: B-cubed  {bcubed_scores(found, truth)}"
    )


def run(folder: Path) -> None:
    """Link the national warehouse in ``folder`` once and print the figures."""
    logging.getLogger("splink").setLevel(logging.ERROR)
    db = _warehouse(folder)
    clock = _Clock()
    started = time.perf_counter()
    result = link(db, progress=clock)
    seconds = time.perf_counter() - started
    peak_gib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # KiB on Linux
    print(f"   {result.linkable:,} identified mentions ({result.mentions:,} in all)")
    total = sum(result.candidate_pairs.values())
    print(f"   candidate pairs: {total:,}, by blocking rule (first rule to find each):")
    for rule, pairs in sorted(result.candidate_pairs.items()):
        print(f"      rule {rule:2d}: {pairs:12,}")
    for name, step in clock.steps:
        print(f"   {step:7.1f} s  {name}")
    print(f"   {result.pairs:,} pairs kept, {result.entities:,} entities")
    met = seconds < GOAL_SECONDS and peak_gib < GOAL_GIB
    print(
        f"   link, trained: {seconds:.0f} s, peak memory {peak_gib:.1f} GiB: "
        f"{'met' if met else 'not met'} (goal: under {GOAL_SECONDS:.0f} s and "
        f"{GOAL_GIB:g} GiB)"
    )
    print(f"   identified mentions: {_scores(folder, db)}")


def main() -> None:
    given = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SAFEGUARD_BENCH_NATIONAL")
    if not given:
        print(
            "   skipped: give a national dataset folder (safeguard generate --scale national "
            "--seed 1 --out DIR), as an argument or SAFEGUARD_BENCH_NATIONAL=DIR"
        )
        return
    run(Path(given))


if __name__ == "__main__":
    main()
