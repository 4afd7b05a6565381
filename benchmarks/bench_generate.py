"""Benchmark: generate the national-scale synthetic dataset (target: under 5 minutes)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from safeguard.synth import generate

TARGET_SECONDS = 300.0


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="safeguard-bench-") as tmp:
        started = time.perf_counter()
        summary = generate("national", 1, Path(tmp))
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in (Path(tmp) / "exchange").glob("*.gz"))
    print(f"   records:        {summary.records:,} ({summary.lines:,} lines)")
    print(f"   mentions:       {summary.mentions:,}")
    print(f"   networks:       {summary.networks:,}")
    print(f"   exchange files: {len(summary.exchange_files)} ({size / 1e6:,.0f} MB gzip)")
    print(f"   seconds:        {seconds:,.1f}")
    print(f"   records/s:      {summary.records / seconds:,.0f}")
    met = "met" if seconds < TARGET_SECONDS else "NOT met"
    print(f"   target {TARGET_SECONDS:.0f} s:    {met}")


if __name__ == "__main__":
    main()
