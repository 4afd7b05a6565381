"""Merging one checked batch into the warehouse with set-based SQL, in one transaction.

The batch's Arrow tables are registered as DuckDB views (``__sg_stage_*``), the decisions of
:mod:`._classify` as another (``__sg_decisions``), and a handful of ``INSERT ... SELECT`` and
``DELETE ... USING`` statements do the rest: no statement runs once per record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from safeguard.errors import WarehouseError
from safeguard.warehouse._classify import Decision, Key, classify
from safeguard.warehouse._flatten import CHILD_COLUMNS, BatchOut, Quarantined
from safeguard.warehouse._sql import execute, quote_ident, run_named

CONFLICT_REASON = "same version as the record already loaded, with different content"

_QUARANTINE = pa.schema(
    [
        ("file", pa.int32()),
        ("line", pa.int64()),
        ("source", pa.string()),
        ("record_id", pa.string()),
        ("field", pa.string()),
        ("reason", pa.string()),
        ("problems", pa.string()),
        ("raw", pa.string()),
    ]
)


FILES = pa.schema([("file", pa.int32()), ("path", pa.string()), ("sha256", pa.string())])


@dataclass(frozen=True, slots=True)
class Target:
    """Where batches come from: the run, and its input files as ``__sg_files``.

    A staged row's ``file`` is the index of its input file in ``files`` (path and SHA-256),
    which is how records, history and quarantine get their lineage.
    """

    run_id: str
    files: pa.Table

    @classmethod
    def of(cls, run_id: str, files: Sequence[tuple[str, str]]) -> Target:
        """The target for a run reading ``files``, (path, SHA-256) each, in input order."""
        paths = [path for path, _ in files]
        digests = [digest for _, digest in files]
        table = pa.table([list(range(len(files))), paths, digests], schema=FILES)
        return cls(run_id, table)


def child_insert_sql(table: str, schema: pa.Schema) -> str:
    """``INSERT ... SELECT`` of one staged child table, for records that become current."""
    columns = [n for n in schema.names if n != "seq"]
    names = ", ".join(quote_ident(n) for n in ["source", "record_id", *columns])
    values = ", ".join(f"c.{quote_ident(n)}" for n in columns)
    return (
        f"INSERT INTO {quote_ident(table)} ({names})\n"
        f"SELECT s.source, s.record_id, {values}\n"
        f"FROM {quote_ident('__sg_stage_' + table)} c\n"
        "JOIN __sg_stage_records s ON c.seq = s.seq\n"
        "JOIN __sg_decisions d ON c.seq = d.seq\n"
        "WHERE d.fate = 'current'"
    )


def delete_displaced_sql(table: str) -> str:
    """``DELETE`` of the rows of ``table`` whose record is displaced by a higher version."""
    t = quote_ident(table)
    return (
        f"DELETE FROM {t} USING __sg_displaced d\n"
        f"WHERE {t}.source = d.source AND {t}.record_id = d.record_id"
    )


def merge_batch(
    con: duckdb.DuckDBPyConnection, batch: BatchOut, target: Target
) -> dict[int, Counter[str]]:
    """Load one batch: decide each record, then write records, history, parts and quarantine.

    Returns:
        for each input file of the batch (by index), counts by outcome (new, superseded,
        unchanged, stale) and ``quarantined``.
    """
    views = {"__sg_stage_records": batch.records, "__sg_files": target.files}
    views.update({f"__sg_stage_{name}": table for name, table in batch.children.items()})
    for name, table in views.items():
        con.register(name, table)
    try:
        decisions, displaced = _decide(con, batch.records)
        conflicts = _conflicts(batch.records, decisions)
        quarantined = batch.quarantined + conflicts
        extra = {
            "__sg_decisions": _decisions_table(batch.records, decisions),
            "__sg_displaced": _displaced_table(displaced),
            "__sg_quarantine": _quarantine_table(quarantined),
        }
        for name, table in extra.items():
            con.register(name, table)
        views.update(extra)
        _write(con, target.run_id, bool(displaced), bool(quarantined))
    finally:
        for name in views:
            con.unregister(name)
    return _counts(batch, decisions, quarantined)


def _counts(
    batch: BatchOut, decisions: list[Decision], quarantined: list[Quarantined]
) -> dict[int, Counter[str]]:
    counts: dict[int, Counter[str]] = {file: Counter() for file in batch.lines}
    files = batch.records["file"].to_pylist()
    for file, decision in zip(files, decisions, strict=True):
        if decision.outcome != "conflict":  # a conflict is counted with the quarantine
            counts[file][decision.outcome] += 1
    for q in quarantined:
        counts[q.file]["quarantined"] += 1
    return counts


def _decide(
    con: duckdb.DuckDBPyConnection, records: pa.Table
) -> tuple[list[Decision], dict[Key, int]]:
    if records.num_rows == 0:
        return [], {}
    known = run_named(con, "lookup_known").fetchall()
    keys = zip(records["source"].to_pylist(), records["record_id"].to_pylist(), strict=True)
    rows = list(
        zip(keys, records["version"].to_pylist(), records["content_hash"].to_pylist(), strict=True)
    )
    return classify(rows, (((s, r), v, h, c) for s, r, v, h, c in known))


def _conflicts(records: pa.Table, decisions: list[Decision]) -> list[Quarantined]:
    found = [i for i, d in enumerate(decisions) if d.outcome == "conflict"]
    if not found:
        return []
    picked = records.take(found).to_pylist()
    problem = [{"field": "version", "reason": CONFLICT_REASON}]
    return [
        Quarantined(r["file"], r["input_line"], r["source"], r["record_id"], problem, r["raw"])
        for r in picked
    ]


def _decisions_table(records: pa.Table, decisions: list[Decision]) -> pa.Table:
    return pa.table(
        {
            "seq": records["seq"],
            "fate": pa.array([d.fate for d in decisions], pa.string()),
            "reason": pa.array([d.reason for d in decisions], pa.string()),
            "by_version": pa.array([d.by_version for d in decisions], pa.int32()),
        }
    )


def _displaced_table(displaced: dict[Key, int]) -> pa.Table:
    return pa.table(
        {
            "source": pa.array([k[0] for k in displaced], pa.string()),
            "record_id": pa.array([k[1] for k in displaced], pa.string()),
            "by_version": pa.array(list(displaced.values()), pa.int32()),
        }
    )


def _quarantine_table(quarantined: list[Quarantined]) -> pa.Table:
    rows: list[dict[str, Any]] = []
    for q in sorted(quarantined, key=lambda q: (q.file, q.line)):
        first = q.problems[0] if q.problems else {"field": "", "reason": "unreadable line"}
        rows.append(
            {
                "file": q.file,
                "line": q.line,
                "source": q.source,
                "record_id": q.record_id,
                "field": first["field"],
                "reason": first["reason"],
                "problems": orjson.dumps(q.problems).decode(),
                "raw": q.raw,
            }
        )
    return pa.Table.from_pylist(rows, schema=_QUARANTINE)


def _write(con: duckdb.DuckDBPyConnection, run: str, displaced: bool, quarantined: bool) -> None:
    execute(con, "BEGIN TRANSACTION")
    try:
        if displaced:
            run_named(con, "history_from_records", [run])
            for table in ["records", *CHILD_COLUMNS]:
                execute(con, delete_displaced_sql(table))
        run_named(con, "history_from_batch", [run, run])
        run_named(con, "insert_records", [run])
        for table, schema in CHILD_COLUMNS.items():
            execute(con, child_insert_sql(table, schema))
        if quarantined:
            run_named(con, "insert_quarantine", [run])
        execute(con, "COMMIT")
    except WarehouseError:
        execute(con, "ROLLBACK")
        raise
