"""Identification in the warehouse decides the same on worker processes as in one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safeguard.identify import _warehouse, identify_warehouse
from tests.identify.test_warehouse_mode import _decisions, warehouse  # noqa: F401  # fixture


@pytest.mark.slow
def test_worker_processes_decide_exactly_as_one_process(
    warehouse: tuple[Path, Path],  # noqa: F811  # the fixture imported above
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, entities = warehouse
    pooled_db = tmp_path / "pooled.duckdb"
    shutil.copyfile(db, pooled_db)
    alone = identify_warehouse(db, entities)
    monkeypatch.setattr(_warehouse, "PARALLEL_MIN_RECORDS", 0)
    monkeypatch.setattr(_warehouse, "BATCH", 2)  # several batches in flight on 2 workers
    monkeypatch.setenv("SAFEGUARD_WORKERS", "2")
    calls: list[int] = []
    real = _warehouse._workers
    monkeypatch.setattr(_warehouse, "_workers", lambda n: calls.append(real(n)) or real(n))
    pooled = identify_warehouse(pooled_db, entities)
    assert calls and all(w == 2 for w in calls), calls  # both passes on the pool
    assert (pooled.records, pooled.records_met, pooled.with_context, pooled.children_met) == (
        alone.records,
        alone.records_met,
        alone.with_context,
        alone.children_met,
    )
    strip = lambda d: {k: v for k, v in d.items() if k != "run_id"}  # noqa: E731
    assert {k: strip(v) for k, v in _decisions(pooled_db).items()} == {
        k: strip(v) for k, v in _decisions(db).items()
    }
