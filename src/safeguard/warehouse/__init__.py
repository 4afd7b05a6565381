"""The DuckDB warehouse: versioned migrations, loading with history and quarantine, run lineage.

Public surface:

* :func:`connect`, a migrated connection; :func:`migrate` and :func:`schema_version`;
* :func:`ingest`, the ingest stage, returning an :class:`IngestResult` of :class:`FileResult`;
* :func:`quarantined` and :func:`latest_run_id`, for reading back what a run set aside;
* :class:`Settings`, runtime settings from ``SAFEGUARD_*`` environment variables;
* :func:`quote_ident`, the one way identifiers are quoted;
* :func:`summarise`, counts of what the warehouse holds.
"""

from safeguard.warehouse._ingest import ingest
from safeguard.warehouse._migrate import connect, migrate, schema_version
from safeguard.warehouse._quarantine import quarantined
from safeguard.warehouse._results import FileResult, IngestResult
from safeguard.warehouse._runs import (
    RecordedRun,
    finish_run,
    latest_run_id,
    new_run_id,
    recorded_run,
    start_run,
    transaction,
)
from safeguard.warehouse._settings import Settings
from safeguard.warehouse._sql import execute, quote_ident
from safeguard.warehouse._summary import WarehouseSummary, summarise

__all__ = [
    "RecordedRun",
    "FileResult",
    "IngestResult",
    "Settings",
    "connect",
    "execute",
    "finish_run",
    "recorded_run",
    "transaction",
    "new_run_id",
    "start_run",
    "ingest",
    "latest_run_id",
    "migrate",
    "quarantined",
    "quote_ident",
    "schema_version",
    "summarise",
    "WarehouseSummary",
]
