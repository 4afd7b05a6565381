"""Identification in the warehouse: every record, then every child through their linked history.

Three passes, all set-based between them so memory stays bounded:

1. every current record is decided on its own; the context evidence each record offers about
   its child (missing episodes, referrals, exchange, older adults...) is kept aside;
2. records whose child has evidence in *other* records are decided again with that context
   (a bare 22B crime whose victim went missing with older men is identified, citing them);
3. a child meets cse/1 when any record about them does; the child's other records (where they
   are the victim or subject) then meet it through the child's history, citing those records.

Who is the same child comes from the ``entities`` table (linkage) or, until linkage has run,
from a stand-in mapping file (``--entities``: source, record_id, person_ref, entity_id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pyarrow as pa

from safeguard.errors import SafeguardError
from safeguard.exchange import Record, check
from safeguard.identify._context import ContextEvidence, PersonContext
from safeguard.identify._decide import Decision, decide
from safeguard.identify._pool import ordered_map
from safeguard.identify._sql import statement
from safeguard.warehouse import Settings, connect, execute, new_run_id, recorded_run

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
BATCH = 5_000
#: Below this many records a pass is decided in this process: starting workers costs more.
PARALLEL_MIN_RECORDS = 20_000

_PASS = pa.schema(
    [
        ("source", pa.string()),
        ("record_id", pa.string()),
        ("cse_met", pa.bool_()),
        ("cse_confidence", pa.float64()),
        ("network_met", pa.bool_()),
        ("supplier_flagged_cse", pa.bool_()),
        ("flag_review", pa.string()),
        ("basis", pa.string()),
        ("decision", pa.string()),
    ]
)
_EVIDENCE = pa.schema(
    [
        ("source", pa.string()),
        ("record_id", pa.string()),
        ("indicator", pa.string()),
        ("text", pa.string()),
    ]
)


@dataclass(slots=True)
class IdentifyResult:
    """What an identify run decided."""

    run_id: str
    records: int = 0
    records_met: int = 0
    with_context: int = 0
    through_history: int = 0
    children: int = 0
    children_met: int = 0
    entities_from: str = "none"
    seconds: float = 0.0
    flag_review: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, Any]:
        """The totals stored in ``runs.counts``."""
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("run_id", "seconds")}


def identify_warehouse(
    db: str | Path, entities: str | Path | None = None, progress: Progress | None = None
) -> IdentifyResult:
    """Decide every current record and every child in a warehouse; write ``decisions``.

    Args:
        db: the warehouse file.
        entities: a Parquet or CSV file mapping person mentions to people (columns source,
            record_id, person_ref and entity_id, or person_id as the generator's truth has it);
            default: the warehouse's ``entities`` table when linkage has run, else none.
        progress: called as ``progress(step, done, total)``.

    Returns:
        counts of records and children decided and met, and how.

    Example:
        >>> identify_warehouse("safeguard.duckdb").records_met  # doctest: +SKIP
        4210
    """
    if not Path(db).exists():
        raise SafeguardError(f"{db}: no such warehouse (load data with `safeguard ingest` first)")
    con = connect(db)
    result = IdentifyResult(new_run_id())
    parameters = {"entities": str(entities) if entities else None}
    try:
        with recorded_run(
            con, "identify", parameters, run_id=result.run_id, counts=result.counts
        ) as run:
            _run(con, result, entities, progress or (lambda *_: None))
        result.seconds = run.seconds
    finally:
        con.close()
    return result


def _run(
    con: duckdb.DuckDBPyConnection,
    result: IdentifyResult,
    entities: str | Path | None,
    progress: Progress,
) -> None:
    result.entities_from = _entities(con, entities)
    execute(con, statement("child_mentions"))
    total = _scalar(con, "SELECT count(*) FROM records")
    result.records = total
    _first_pass(con, total, progress)
    result.with_context = _second_pass(con, progress)
    result.children, result.children_met = _children(con, result.run_id)
    result.through_history = _through_history(con)
    _write(con, result)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = execute(con, sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _entities(con: duckdb.DuckDBPyConnection, path: str | Path | None) -> str:
    """Make the view ``__sg_entities`` (source, record_id, person_ref, entity_id)."""
    if path is not None:
        file = Path(path)
        if not file.exists():
            raise SafeguardError(f"{file}: no such entities file")
        read = con.read_parquet if file.suffix == ".parquet" else con.read_csv
        read(str(file)).create_view("__sg_entities_file", replace=True)
        names = set(read(str(file)).columns)
        entity = "entity_id" if "entity_id" in names else "person_id"
        if not {"source", "record_id", "person_ref", entity} <= names:
            raise SafeguardError(
                f"{file}: needs columns source, record_id, person_ref and entity_id"
            )
        execute(con, statement("entities_from_file").replace("{entity}", entity))
        return f"file {file.name}"
    linked = _scalar(
        con, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'entities'"
    )
    if linked and _scalar(con, "SELECT count(*) FROM entities") > 0:
        execute(con, statement("entities_from_linkage"))
        return "linkage"
    execute(con, statement("entities_none"))
    return "none (each mention its own person)"


def _records(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = con.cursor()
    cursor.execute(sql)
    while rows := cursor.fetchmany(BATCH):
        yield rows


def _record(raw: str) -> Record:
    checked = check(raw)
    if checked.record is None:  # loaded records passed the contract; this is a broken store
        raise SafeguardError("a stored record no longer passes the contract; re-run ingest")
    return checked.record


def _first_pass(con: duckdb.DuckDBPyConnection, total: int, progress: Progress) -> None:
    execute(con, "CREATE OR REPLACE TEMP TABLE __sg_pass AS SELECT * FROM __sg_pass_empty")
    execute(con, "CREATE OR REPLACE TEMP TABLE __sg_evidence AS SELECT * FROM __sg_evidence_empty")
    batches = (
        [raw for (raw,) in rows]
        for rows in _records(con, "SELECT raw FROM records ORDER BY source, record_id")
    )
    done = 0
    for decided, evidence in ordered_map(
        _decide_alone, batches, workers=_workers(total), fork=False
    ):
        _append(con, "__sg_pass", decided, _PASS)
        _append(con, "__sg_evidence", evidence, _EVIDENCE)
        done += len(decided)
        progress("deciding records", done, total)


def _workers(records: int) -> int:
    """Worker processes for this many records: none below PARALLEL_MIN_RECORDS."""
    return Settings().workers if records >= PARALLEL_MIN_RECORDS else 0


def _decide_alone(raws: list[str]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Pass 1 for a batch (in a worker): each record's decision and the context it offers."""
    decided, evidence = [], []
    for raw in raws:
        record = _record(raw)
        decided.append(_row(decide(record), "record"))
        evidence += [
            (e.source, e.record_id, e.indicator, e.text)
            for e in PersonContext.from_records([record]).evidence
        ]
    return decided, evidence


def _second_pass(con: duckdb.DuckDBPyConnection, progress: Progress) -> int:
    # Temp tables belong to this connection, so the batches are paged from a temp table
    # rather than streamed through a second cursor.
    execute(con, "CREATE OR REPLACE TEMP TABLE __sg_context AS " + statement("context_for_records"))
    total = _scalar(con, "SELECT count(*) FROM __sg_context")

    def batches() -> Iterator[list[tuple[str, Any]]]:
        for start in range(0, total, BATCH):
            yield execute(
                con,
                "SELECT raw, items FROM __sg_context WHERE n > ? AND n <= ? ORDER BY n",
                [start, start + BATCH],
            ).fetchall()

    done = 0
    for decided in ordered_map(
        _decide_with_context, batches(), workers=_workers(total), fork=False
    ):
        _replace(con, decided)
        done += len(decided)
        progress("deciding with each child's history", done, total)
    return total


def _decide_with_context(rows: list[tuple[str, Any]]) -> list[tuple[Any, ...]]:
    """Pass 2 for a batch (in a worker): each record decided with its child's history."""
    decided = []
    for raw, items in rows:
        context = PersonContext(tuple(ContextEvidence(**i) for i in items))
        decided.append(_row(decide(_record(raw), context), "record_and_history"))
    return decided


def _children(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[int, int]:
    execute(con, statement("child_decisions"), [run_id])
    row = execute(con, "SELECT count(*), count(*) FILTER (cse_met) FROM __sg_children").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _through_history(con: duckdb.DuckDBPyConnection) -> int:
    """Records about a child who meets cse/1 elsewhere meet it through that history."""
    rows = execute(con, statement("records_through_history")).fetchall()
    promoted = [_promoted(decision, confidence, cited) for decision, confidence, cited in rows]
    _replace(con, promoted)
    return len(promoted)


def _promoted(decision_json: str, confidence: float | None, cited: list[str]) -> tuple[Any, ...]:
    decision = orjson.loads(decision_json)
    where = ", ".join(cited[:5]) + (f" and {len(cited) - 5} more" if len(cited) > 5 else "")
    note = f"met for this child in linked record(s) {where}"
    cse = decision["cse"]
    cse["met"] = True
    cse["confidence"] = round(min(0.95, (confidence or 0.5) * 0.95), 3)
    for criterion in cse["criteria"]:
        if not criterion["met"]:
            criterion["met"] = True
            criterion["evidence"] = [*criterion["evidence"], note]
    decision["flag_review"] = "agreed" if decision["supplier_flagged_cse"] else "missed"
    return _json_row(decision, "child_history")


def _row(decision: Decision, basis: str) -> tuple[Any, ...]:
    return _json_row(decision.to_json(), basis)


def _json_row(d: dict[str, Any], basis: str) -> tuple[Any, ...]:
    return (
        d["source"],
        d["record_id"],
        d["cse"]["met"],
        d["cse"].get("confidence"),
        d["organised_network"]["met"],
        d["supplier_flagged_cse"],
        d["flag_review"],
        basis,
        orjson.dumps(d).decode(),
    )


def _append(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]], schema: pa.Schema
) -> None:
    if not rows:
        return
    staged = pa.Table.from_pylist(
        [dict(zip(schema.names, r, strict=True)) for r in rows], schema=schema
    )
    con.register("__sg_rows", staged)
    try:
        execute(con, f"INSERT INTO {table} SELECT * FROM __sg_rows")
    finally:
        con.unregister("__sg_rows")


def _replace(con: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    _append(con, "__sg_replacements", rows, _PASS)
    execute(con, statement("apply_replacements"))


def _write(con: duckdb.DuckDBPyConnection, result: IdentifyResult) -> None:
    execute(con, "BEGIN TRANSACTION")
    try:
        execute(con, "DELETE FROM decisions")
        execute(con, statement("insert_decisions"), [result.run_id])
        execute(con, "DELETE FROM child_decisions")
        execute(con, "INSERT INTO child_decisions SELECT * FROM __sg_children")
        execute(con, "COMMIT")
    except BaseException:
        execute(con, "ROLLBACK")
        raise
    result.records_met = _scalar(con, "SELECT count(*) FROM decisions WHERE cse_met")
    result.flag_review = dict(
        execute(con, "SELECT flag_review, count(*) FROM decisions GROUP BY ALL").fetchall()
    )
