"""Splink on Spark, for when one machine is outgrown (``pip install 'safeguard[spark]'``).

pyspark is imported here only, so the rest of the stage works without it. Tables cross between
the warehouse and Spark as Parquet files in a temporary folder (the hand-over DESIGN.md names).
Splink's similarity functions (Jaro-Winkler, Damerau-Levenshtein) come from the jar it ships,
which is put on ``spark.jars``; a Spark session started earlier in the same process without it
cannot be given it afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from safeguard.linkage._config import SparkConfig
from safeguard.linkage._errors import LinkageError

_MISSING = (
    "the Spark backend needs pyspark (and Java 17): install it with "
    "pip install 'safeguard[spark]', or use --backend duckdb"
)


def _session(config: SparkConfig, workdir: Path) -> Any:
    try:
        from pyspark.sql import SparkSession
        from splink.backends.spark import similarity_jar_location
    except ImportError as error:
        raise LinkageError(_MISSING) from error
    builder: Any = SparkSession.builder
    spark = (
        builder.master(config.master)
        .appName("safeguard-linkage")
        .config("spark.jars", similarity_jar_location())
        .config("spark.driver.memory", config.driver_memory)
        .config("spark.sql.shuffle.partitions", str(config.shuffle_partitions))
        .config("spark.default.parallelism", str(config.shuffle_partitions))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(str(workdir / "checkpoints"))
    return spark


class SparkBackend:
    """Splink's ``SparkAPI`` on a Spark session (local mode by default)."""

    name = "spark"
    dialect = "spark"

    def __init__(self, config: SparkConfig) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="safeguard-spark-"))
        try:
            self._spark = _session(config, self._dir)
        except BaseException:
            shutil.rmtree(self._dir, ignore_errors=True)
            raise
        from splink import SparkAPI

        # Splink 5 leaves SparkAPI.__init__ unannotated.
        self._api = SparkAPI(  # type: ignore[no-untyped-call]
            spark_session=self._spark, break_lineage_method=config.break_lineage
        )
        self._count = 0
        self._suffix = uuid.uuid4().hex[:8]
        self._views: list[str] = []

    @property
    def db_api(self) -> Any:
        return self._api

    def _path(self, stem: str) -> str:
        self._count += 1
        return str(self._dir / f"{self._count:04d}-{stem}.parquet")

    def register(self, table: pa.Table, name: str) -> Any:
        # views live as long as the session, which outlives this backend: names must not clash
        view = f"{name}_{self._suffix}"
        path = self._path(name)
        pq.write_table(table, path)
        self._views.append(view)
        return self._api.register(self._spark.read.parquet(path), dataset_display_name=view)

    def fetch(self, frame: Any, columns: Sequence[str]) -> pa.Table:
        path = self._path("out")
        frame.as_spark_dataframe().select(*columns).write.mode("overwrite").parquet(path)
        return pq.read_table(path)

    def close(self) -> None:
        # The session stays up for the next run in this process; our views and files go,
        # the files even when Spark itself has failed.
        try:
            for view in self._views:
                self._spark.catalog.dropTempView(view)
            # Splink 5 leaves this method unannotated.
            self._api.delete_tables_created_by_splink_from_db()  # type: ignore[no-untyped-call]
        finally:
            shutil.rmtree(self._dir, ignore_errors=True)
