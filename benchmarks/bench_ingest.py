"""Ingest at national scale: a real generated national dataset (~1M records, ~2M mentions).

Targets (DESIGN.md, one machine carries a national year): 1,000,000 records in under 3 minutes,
peak memory (this process and its worker processes) under 4 GiB.

The dataset is ``$SAFEGUARD_BENCH_NATIONAL`` (a folder written by ``safeguard generate --scale
national``, or its ``exchange/`` folder); without it, one is generated into a temporary folder
first (``--seed 1``, a few minutes, not timed). ``SAFEGUARD_BENCH_SCALE=demo`` generates a
smaller one instead; the time verdict is then scaled to 1M records. A second, unchanged run
is timed too: it skips every file.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

import psutil

from safeguard.synth import generate
from safeguard.warehouse import IngestResult, connect, ingest

TARGET_SECONDS = 180.0
TARGET_BYTES = 4 * 1024**3
TARGET_RECORDS = 1_000_000


class PeakMemory(threading.Thread):
    """Samples the resident memory of this process and all its children."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.wait(0.1):
            total = me.memory_info().rss
            for child in me.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak


def exchange_folder(stack: ExitStack) -> Path:
    """The exchange files to load: given by the environment, or generated now."""
    given = os.environ.get("SAFEGUARD_BENCH_NATIONAL")
    if given:
        path = Path(given)
        return path / "exchange" if (path / "exchange").is_dir() else path
    scale = os.environ.get("SAFEGUARD_BENCH_SCALE", "national")
    tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="safeguard-bench-data-")))
    started = time.perf_counter()
    summary = generate(scale, 1, tmp)
    print(
        f"   generated {scale} (seed 1): {summary.records:,} records in "
        f"{time.perf_counter() - started:.0f} s (not timed below)"
    )
    return tmp / "exchange"


def timed_ingest(folder: Path, db: Path) -> tuple[IngestResult, float, int]:
    """Ingest ``folder`` into ``db``: the result, wall seconds and peak RSS with workers."""
    monitor = PeakMemory()
    monitor.start()
    started = time.perf_counter()
    result = ingest([folder], db, progress=False)
    seconds = time.perf_counter() - started
    return result, seconds, monitor.stop()


def stored(db: Path) -> tuple[int, int, int]:
    """Current records, person mentions (of current records) and versions in history."""
    con = connect(db)
    try:
        row = con.execute(
            "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM persons),"
            " (SELECT count(*) FROM record_history)"
        ).fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def report(result: IngestResult, seconds: float, peak: int, db: Path) -> None:
    records, persons, history = stored(db)
    read = result.total("read")
    gz = sum(f.bytes for f in result.files)
    print(f"   input: {len(result.files)} files, {gz / 1e6:,.0f} MB gzip, {read:,} lines")
    print(
        f"   loaded: new {result.total('new'):,}, superseded {result.total('superseded'):,}, "
        f"unchanged {result.total('unchanged'):,}, stale {result.total('stale'):,}, "
        f"quarantined {result.total('quarantined'):,}"
    )
    print(f"   stored: {records:,} records, {persons:,} person mentions, {history:,} in history")
    print(
        f"   ingest: {seconds:.1f} s, {read / seconds:,.0f} records/s, "
        f"{persons / seconds:,.0f} person mentions/s"
    )
    print(f"   peak RSS (with workers): {peak / 1024**3:.2f} GiB")
    scale = TARGET_RECORDS / read if read < TARGET_RECORDS else 1.0
    verdict = "met" if seconds * scale < TARGET_SECONDS else "NOT met"
    print(
        f"   target 1M records < {TARGET_SECONDS:.0f} s: {verdict} "
        f"({seconds * scale:.0f} s{' scaled to 1M' if scale != 1 else ''})"
    )
    print(f"   target peak < 4 GiB: {'met' if peak < TARGET_BYTES else 'NOT met'}")


def main() -> None:
    with ExitStack() as stack:
        folder = exchange_folder(stack)
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="safeguard-bench-")))
        db = tmp / "bench.duckdb"
        result, seconds, peak = timed_ingest(folder, db)
        report(result, seconds, peak, db)
        again, seconds, _ = timed_ingest(folder, db)
        print(
            f"   second run: {seconds:.1f} s, {again.total('skipped')} of "
            f"{len(again.files)} files skipped (already loaded)"
        )


if __name__ == "__main__":
    main()
