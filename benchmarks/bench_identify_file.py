"""Benchmark ``safeguard identify -i FILE -o FILE`` end to end, as a user runs it.

Writes N records of ``bench_identify``'s corpus (neutral police and partner phrasing, about
900 bytes a line) to a file, then runs the command in a new process with this interpreter and
path (``make bench`` puts the compiled build first) and times it by the wall clock: starting
Python, loading the lexicon, reading, deciding on the default 2 workers, writing. Prints the
build the command ran (from its last line), records per second and the 60 s target for 1M.

Usage: python benchmarks/bench_identify_file.py [N]   (default 1,000,000)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_identify import TARGET_RECORDS, TARGET_SECONDS, corpus  # noqa: E402

BATCH = 100_000


def write_corpus(path: Path, n: int) -> int:
    """Write ``n`` records (in batches, each with its own seed) to ``path``; return its bytes."""
    with path.open("wb") as out:
        for first in range(0, n, BATCH):
            lines = corpus(min(BATCH, n - first), seed=100 + first // BATCH)
            out.write(b"\n".join(lines) + b"\n")
    return path.stat().st_size


def main() -> None:
    """Write the file, run the command once, print its figures."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else TARGET_RECORDS
    with tempfile.TemporaryDirectory(prefix="safeguard-bench-") as folder:
        records, decisions = Path(folder) / "records.jsonl", Path(folder) / "decisions.jsonl"
        size = write_corpus(records, n)
        command = [sys.executable, "-m", "safeguard", "identify", "-i", str(records)]
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "-o", str(decisions)], capture_output=True, text=True, check=False
        )
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"safeguard identify failed:\n{done.stderr}")
        with decisions.open("rb") as out:
            lines = sum(1 for _ in out)
    assert lines == n, f"{lines} output lines for {n} input lines"
    last = done.stderr.strip().splitlines()[-1]
    build = last.rsplit("; ", 1)[-1].split(" build")[0] if " build" in last else "unknown"
    projected = TARGET_RECORDS / n * wall
    verdict = "met" if projected < TARGET_SECONDS else "NOT met"
    print(
        f"safeguard identify -i/-o, {n:,} records ({size / 1e6:,.0f} MB) in a file, {build} "
        f"build: {wall:.1f} s by the wall clock, {n / wall:,.0f} records/s; "
        f"1M in {projected:.1f} s: 60 s target {verdict}"
    )


if __name__ == "__main__":
    main()
