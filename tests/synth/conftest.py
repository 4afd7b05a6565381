"""Datasets generated once per test session (tiny scale; demo only for calibration)."""

from __future__ import annotations

import pytest

from safeguard.synth import Summary, generate

SEED = 11


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    return generate("tiny", SEED, tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="session")
def tiny_broken(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    return generate("tiny", SEED, tmp_path_factory.mktemp("broken"), broken_share=0.01)


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    return generate("demo", SEED, tmp_path_factory.mktemp("demo"))
