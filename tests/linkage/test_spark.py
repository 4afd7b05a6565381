"""The Spark backend (``safeguard[spark]``) runs the same model and finds the same entities.

The model trained on DuckDB for the tiny dataset is run again on Splink's Spark backend (local
mode, with the similarity jar Splink ships); both give the same partition of mentions. Slow
(about a minute, mostly starting Spark); skipped when pyspark is not installed.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from safeguard.linkage import LinkageConfig, link

from .conftest import Linked, entities

pytest.importorskip("pyspark", reason="pyspark is the optional extra safeguard[spark]")


def _partition(db: Path) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for key, entity in entities(db, linked_only=False).items():
        groups.setdefault(entity, set()).add(key)
    return {frozenset(members) for members in groups.values()}


@pytest.mark.slow
def test_spark_finds_the_same_entities_as_duckdb(tiny_linked: Linked, tmp_path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(tiny_linked.db), read_only=True)
    try:
        sql = "SELECT parameters FROM runs WHERE run_id = ?"
        parameters = con.execute(sql, [tiny_linked.result.run_id]).fetchall()[0][0]
    finally:
        con.close()
    model = orjson.loads(str(parameters))["model"]
    (tmp_path / "spark").mkdir()
    on_spark = tiny_linked.copy(tmp_path / "spark")
    result = link(on_spark, LinkageConfig(backend="spark"), model=model)
    assert result.backend == "spark"
    assert _partition(on_spark) == _partition(tiny_linked.db)
