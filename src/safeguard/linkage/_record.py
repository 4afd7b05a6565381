"""Each linkage run is recorded in the warehouse's ``runs`` table, failed runs included."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import duckdb

from safeguard.errors import SafeguardError
from safeguard.warehouse import finish_run, new_run_id, start_run


@dataclass
class RunRecord:
    """What a run reports when it ends: its inputs and its counts."""

    run_id: str
    inputs: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)


@contextmanager
def recorded_run(
    con: duckdb.DuckDBPyConnection, command: str, parameters: dict[str, Any]
) -> Iterator[RunRecord]:
    """Start a run in ``runs``; finish it ``ok``, or ``failed`` if the block raises.

    A failed run keeps the message of the project's own errors (which name mentions by key,
    never by personal details) and only the type of any other error.
    """
    record = RunRecord(new_run_id())
    start_run(con, record.run_id, command, parameters)
    started = time.perf_counter()
    try:
        yield record
    except BaseException as error:
        message = str(error) if isinstance(error, SafeguardError) else type(error).__name__
        finish_run(
            con,
            record.run_id,
            inputs=record.inputs,
            counts=record.counts,
            seconds=time.perf_counter() - started,
            status="failed",
            error=message,
        )
        raise
    finish_run(
        con,
        record.run_id,
        inputs=record.inputs,
        counts=record.counts,
        seconds=time.perf_counter() - started,
        status="ok",
    )
