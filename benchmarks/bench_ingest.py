"""Ingest at national scale: 1,000,000 records, ~2,000,000 person mentions.

Targets (DESIGN.md, one machine carries a national year): under 3 minutes, peak memory
(this process and its workers) under 4 GiB. The input is built here from a few template
records with varied ids and versions (5% re-sent as version 2, 0.1% broken), so the benchmark
does not depend on the synthetic generator. ``SAFEGUARD_BENCH_RECORDS`` sets a smaller size.
"""

from __future__ import annotations

import copy
import gzip
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import orjson
import psutil

from safeguard.warehouse import connect, ingest

TARGET_SECONDS = 180.0
TARGET_BYTES = 4 * 1024**3


def _template(i: int) -> dict[str, Any]:
    kinds = ("crime", "incident", "missing_episode", "referral")
    return {
        "format": "safeguard-exchange/1",
        "record_id": "",
        "source": f"force-{i % 43:02d}",
        "source_type": "police",
        "force": f"force-{i % 43:02d}",
        "kind": kinds[i % 4],
        "version": 1,
        "recorded_at": "2024-03-02T10:00:00Z",
        "occurred_from": "2024-03-01",
        "occurred_to": "2024-03-01T22:00:00",
        "offence_codes": ["22B"],
        "narrative": "She was collected from the care home by an older male in a silver car, "
        "taken to a flat above a takeaway and given alcohol and a new phone.",
        "flags": ["CSE", "MISSING"],
        "persons": [
            {
                "ref": "P1",
                "role": "victim",
                "forename": "Amy",
                "surname": "Smith",
                "dob": "2009-05-01",
                "sex": "F",
                "postcode": "LS1 1AA",
                "identifiers": {"child_id": "C123"},
            },
            {
                "ref": "P2",
                "role": "suspect",
                "forename": "John",
                "surname": "Doe",
                "aliases": ["JD"],
                "age": 32,
                "sex": "M",
                "phone": "07700900000",
            },
        ],
        "locations": [
            {"ref": "L1", "type": "takeaway", "postcode": "LS2 2BB", "lat": 53.8, "lon": -1.5}
        ],
        "links": [{"from": "P1", "to": "L1", "type": "seen_at"}],
        "safeguarding_actions": [
            {"type": "strategy_meeting", "at": "2024-03-03", "person_ref": "P1"}
        ],
        "outcome": {"code": 1, "at": "2024-06-01"},
    }


def build_input(path: Path, records: int) -> int:
    """Write ``records`` lines to a .jsonl.gz file; return the person mentions written."""
    templates = [_template(i) for i in range(8)]
    resent = records // 20
    persons = 0
    with gzip.open(path, "wb", compresslevel=1) as handle:
        for n in range(records):
            record = copy.copy(templates[n % len(templates)])
            if n >= records - resent:  # re-sent, corrected: supersedes an earlier record
                record.update(
                    record_id=f"R{n - records + resent:08d}",
                    version=2,
                    source=templates[(n - records + resent) % 8]["source"],
                )
            else:
                record["record_id"] = f"R{n:08d}"
            if n % 1000 == 999:
                record = {**record, "kind": "rumour"}  # broken: goes to quarantine
            persons += len(record["persons"])
            handle.write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))
    return persons


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


def main() -> None:
    records = int(os.environ.get("SAFEGUARD_BENCH_RECORDS", "1000000"))
    with tempfile.TemporaryDirectory(prefix="safeguard-bench-") as tmp:
        source = Path(tmp) / "national.jsonl.gz"
        started = time.perf_counter()
        persons = build_input(source, records)
        print(
            f"   input: {records:,} records, {persons:,} person mentions, "
            f"{source.stat().st_size / 1e6:.0f} MB gz, "
            f"built in {time.perf_counter() - started:.0f} s"
        )
        monitor = PeakMemory()
        monitor.start()
        started = time.perf_counter()
        result = ingest([source], Path(tmp) / "bench.duckdb", progress=False)
        seconds = time.perf_counter() - started
        peak = monitor.stop()
        con = connect(Path(tmp) / "bench.duckdb")
        stored = con.execute(
            "SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM persons),"
            " (SELECT count(*) FROM record_history)"
        ).fetchone()
        con.close()
    scale = 1_000_000 / records
    print(
        f"   read {result.total('read'):,}: new {result.total('new'):,}, superseded "
        f"{result.total('superseded'):,}, quarantined {result.total('quarantined'):,}"
    )
    print(f"   stored: records, persons, history = {stored}")
    print(
        f"   ingest: {seconds:.1f} s, {records / seconds:,.0f} records/s, "
        f"{persons / seconds:,.0f} persons/s"
    )
    print(f"   peak RSS (with workers): {peak / 1024**3:.2f} GiB")
    verdict = "met" if seconds * scale < TARGET_SECONDS else "NOT met"
    print(
        f"   target < {TARGET_SECONDS:.0f} s for 1M records: {verdict} "
        f"({seconds * scale:.0f} s{' scaled' if scale != 1 else ''})"
    )
    print(f"   target peak < 4 GiB: {'met' if peak < TARGET_BYTES else 'NOT met'}")


if __name__ == "__main__":
    main()
