"""Fixtures for the networks tests: the hand-built warehouse, built once per session.

Tests that change a warehouse copy it first (``tmp_path``). Synthetic data only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.networks import build_networks
from tests.networks.handmade import warehouse


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-built warehouse, identified and with its networks built."""
    db = warehouse(tmp_path_factory.mktemp("networks-handmade"))
    build_networks(db)
    return db


@pytest.fixture
def built_copy(built: Path, tmp_path: Path) -> Path:
    """A copy of the built warehouse for a test to change."""
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(built.read_bytes())
    return copy
