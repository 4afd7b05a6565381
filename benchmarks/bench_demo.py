"""Benchmark ``safeguard demo``: the whole pipeline at demo scale, stage by stage.

Generate, ingest, link, identify, networks and report on a fresh demo-scale dataset, each stage
timed by the wall clock, against the target of under 3 minutes for the whole (issue 6). The
same functions ``safeguard demo`` calls, without its terminal output.

Usage: python benchmarks/bench_demo.py [WORK_DIR]   (default: a temporary folder)
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from safeguard.cli._demo import DEMO_SEED
from safeguard.cli._link import quiet_splink
from safeguard.identify import identify_warehouse
from safeguard.linkage import link
from safeguard.networks import build_networks
from safeguard.report import build_report
from safeguard.synth import generate
from safeguard.warehouse import ingest

TARGET_SECONDS = 180.0


def _stages(work: Path) -> list[tuple[str, Callable[[], object]]]:
    dataset, db = work / "dataset", work / "safeguard.duckdb"
    return [
        ("generate", lambda: generate("demo", DEMO_SEED, dataset)),
        ("ingest", lambda: ingest([dataset / "exchange"], db, progress=False)),
        ("link", lambda: link(db)),
        ("identify", lambda: identify_warehouse(db)),
        ("networks", lambda: build_networks(db)),
        ("report", lambda: build_report(db, work / "report")),
    ]


def run(work: Path) -> None:
    """Time every stage in ``work`` and print the figures."""
    quiet_splink()
    total = 0.0
    for name, stage in _stages(work):
        started = time.perf_counter()
        stage()
        seconds = time.perf_counter() - started
        total += seconds
        print(f"{name:>9}: {seconds:6.1f} s")
    verdict = "met" if total < TARGET_SECONDS else "NOT met"
    print(f"    whole: {total:6.1f} s (target {TARGET_SECONDS:.0f} s: {verdict})")


def main() -> None:
    """Run in the folder given, or in a temporary one."""
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        run(Path(sys.argv[1]))
        return
    with tempfile.TemporaryDirectory(prefix="safeguard-bench-demo-") as work:
        run(Path(work))


if __name__ == "__main__":
    main()
