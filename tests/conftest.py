"""Fixtures shared across stages.

``demo_identified``: the demo-scale synthetic dataset (seed 2026) generated, ingested, linked
and identified, once per test session, for the accuracy tests that score against the
generator's truth. Building it takes over a minute, so it is built once even under
pytest-xdist: the first worker to need it builds it in a folder every worker shares, under a
file lock, and the others wait and reuse it. Tests must not change it: copy the warehouse
first (:func:`warehouse_copy`) to run a later stage on it.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

DEMO_SEED = 2026


@dataclass(frozen=True)
class DemoWarehouse:
    """The generated dataset (exchange files and ``truth/``) and its warehouse."""

    dataset: Path
    db: Path

    @property
    def truth(self) -> Path:
        return self.dataset / "truth"


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build(root: Path) -> None:
    from safeguard.identify import identify_warehouse
    from safeguard.linkage import link
    from safeguard.synth import generate
    from safeguard.warehouse import ingest

    generate("demo", DEMO_SEED, root / "dataset")
    ingest([root / "dataset" / "exchange"], root / "safeguard.duckdb", progress=False)
    link(root / "safeguard.duckdb")
    identify_warehouse(root / "safeguard.duckdb")
    (root / "built").touch()  # last: a folder without it is an interrupted build


@pytest.fixture(scope="session")
def demo_identified(tmp_path_factory: pytest.TempPathFactory) -> DemoWarehouse:
    """The demo dataset, generated, ingested, linked and identified (read only)."""
    shared = tmp_path_factory.getbasetemp()
    if shared.name.startswith("popen-gw"):  # an xdist worker: its parent is shared by all
        shared = shared.parent
    root = shared / f"demo-identified-{DEMO_SEED}"
    with _locked(shared / f"demo-identified-{DEMO_SEED}.lock"):
        if not (root / "built").exists():
            shutil.rmtree(root, ignore_errors=True)
            _build(root)
    return DemoWarehouse(root / "dataset", root / "safeguard.duckdb")


def warehouse_copy(demo: DemoWarehouse, folder: Path) -> Path:
    """A private copy of the demo warehouse, for a test that runs a later stage on it."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "safeguard.duckdb"
    shutil.copyfile(demo.db, copy)
    return copy
