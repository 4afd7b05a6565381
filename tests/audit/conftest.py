"""Fixtures for audit tests: a tiny synthetic warehouse made with the CLI, once per session,
and a small hand-built one; each test gets its own copy. Synthetic data only."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import orjson
import pytest
from typer.testing import CliRunner

from safeguard.cli import _audit, _generate, _identify, _ingest  # noqa: F401  # registers commands
from safeguard.cli._app import app
from safeguard.identify import identify_warehouse
from safeguard.warehouse import Settings, ingest

SEED = 11


@dataclass(frozen=True)
class Tiny:
    """The tiny generated dataset and its decided warehouse."""

    dataset: Path
    db: Path

    def copy(self, folder: Path) -> Path:
        target = folder / "safeguard.duckdb"
        shutil.copy(self.db, target)
        return target

    def truth(self) -> dict[str, bool]:
        """Record key to the generator's CSE label."""
        sql = "SELECT source || '/' || record_id, coalesce(cse, false) FROM read_parquet(?)"
        path = str(self.dataset / "truth" / "records.parquet")
        return {str(k): bool(v) for k, v in duckdb.connect().execute(sql, [path]).fetchall()}


def invoke(*args: str) -> str:
    """Run a safeguard command; fail the test with its output if it fails."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Tiny:
    folder = tmp_path_factory.mktemp("audit-tiny")
    dataset, db = folder / "dataset", folder / "safeguard.duckdb"
    invoke("generate", "--scale", "tiny", "--seed", str(SEED), "--out", str(dataset))
    invoke("ingest", str(dataset / "exchange"), "--db", str(db))
    invoke("identify", "--db", str(db))
    return Tiny(dataset, db)


def record(record_id: str, **changes: Any) -> dict[str, Any]:
    """A valid exchange record about one person; ``changes`` replace top-level fields."""
    data: dict[str, Any] = {
        "format": "safeguard-exchange/1",
        "record_id": record_id,
        "source": "kent",
        "source_type": "police",
        "force": "kent",
        "kind": "crime",
        "recorded_at": "2024-03-02T10:00:00",
        "occurred_from": "2024-03-01",
        "offence_codes": [],
        "narrative": "Report taken.",
        "flags": [],
        "persons": [{"ref": "P1", "role": "victim", "age": 30}],
    }
    data.update(changes)
    return data


def build(folder: Path, records: list[dict[str, Any]]) -> Path:
    """A warehouse holding ``records``, decided by identify."""
    source = folder / "records.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(r) for r in records) + b"\n")
    db = folder / "hand.duckdb"
    ingest([source], db, progress=False, settings=Settings(db=db, workers=0))
    identify_warehouse(db)
    return db
