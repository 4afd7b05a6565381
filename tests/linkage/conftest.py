"""Fixtures for linkage tests: a tiny generated dataset, loaded and linked once per session.

Each test gets its own copy of the warehouse (``tmp_path``). Synthetic data only.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from safeguard.linkage import LinkResult, link
from safeguard.synth import generate
from safeguard.warehouse import Settings, ingest

SEED = 11

logging.getLogger("splink").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Linked:
    """A tiny dataset, its loaded and linked warehouse, and the generator's truth."""

    dataset: Path
    db: Path
    result: LinkResult

    @property
    def truth_file(self) -> Path:
        return self.dataset / "truth" / "mentions.parquet"

    def copy(self, folder: Path) -> Path:
        target = folder / "safeguard.duckdb"
        shutil.copy(self.db, target)
        return target


def load(exchange: Path | list[Path], db: Path) -> None:
    paths = exchange if isinstance(exchange, list) else [exchange]
    ingest(paths, db, progress=False, settings=Settings(db=db, workers=0))


def truth(dataset: Path, identified_only: bool = True) -> dict[str, str]:
    """Mention key to true person id (identified mentions only, unless asked)."""
    where = "WHERE identified" if identified_only else ""
    sql = f"""
    SELECT source || '/' || record_id || '/' || person_ref, person_id
    FROM read_parquet(?) {where}
    """
    rows = duckdb.connect().execute(sql, [str(dataset / "truth" / "mentions.parquet")]).fetchall()
    return {str(k): str(v) for k, v in rows}


def entities(db: Path, linked_only: bool = True) -> dict[str, str]:
    """Mention key to entity id, from a warehouse's ``entities``."""
    where = "WHERE linked" if linked_only else ""
    sql = f"SELECT source || '/' || record_id || '/' || person_ref, entity_id FROM entities {where}"
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {str(k): str(v) for k, v in con.execute(sql).fetchall()}
    finally:
        con.close()


@pytest.fixture(scope="session")
def tiny_linked(tmp_path_factory: pytest.TempPathFactory) -> Linked:
    folder = tmp_path_factory.mktemp("linkage-tiny")
    dataset = folder / "dataset"
    generate("tiny", SEED, dataset)
    db = folder / "safeguard.duckdb"
    load(dataset / "exchange", db)
    return Linked(dataset, db, link(db))


@pytest.fixture
def linked_db(tiny_linked: Linked, tmp_path: Path) -> Path:
    """A copy of the linked tiny warehouse, for a test to change."""
    return tiny_linked.copy(tmp_path)
