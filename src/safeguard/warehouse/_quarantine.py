"""Reading back the quarantine: what a run set aside, and why."""

from __future__ import annotations

from typing import Any

import duckdb
import orjson

from safeguard.warehouse._sql import run_named


def quarantined(
    con: duckdb.DuckDBPyConnection, run_id: str, limit: int | None = None, include_raw: bool = False
) -> list[dict[str, Any]]:
    """The quarantined lines of one run, in file and line order.

    Args:
        con: a warehouse connection.
        run_id: the run (see :func:`latest_run_id`).
        limit: at most this many rows (None: all).
        include_raw: include the raw text as received; it is personal data, so off by default.

    Returns:
        one dict per line: run_id, file, line, source, record_id, field, reason, problems
        (and raw when asked for).

    Example:
        >>> rows = quarantined(con, latest_run_id(con), limit=20)  # doctest: +SKIP
    """
    cursor = run_named(con, "list_quarantine", [run_id, limit if limit is not None else 2**62])
    found = []
    for run, file, line, source, record_id, field, reason, problems, raw in cursor.fetchall():
        row: dict[str, Any] = {
            "run_id": run,
            "file": file,
            "line": line,
            "source": source,
            "record_id": record_id,
            "field": field,
            "reason": reason,
            "problems": orjson.loads(problems),
        }
        if include_raw:
            row["raw"] = raw
        found.append(row)
    return found
