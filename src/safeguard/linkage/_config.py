"""The linkage configuration: typed, validated, and round-tripped to JSON with each run."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Backend = Literal["duckdb", "spark"]

# Chosen from evidence on the generator's truth: docs/decisions/0002-linkage-threshold.md.
DEFAULT_THRESHOLD = 2.0


class SparkConfig(BaseModel):
    """Spark in local mode (or a cluster master) for when one machine is outgrown."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    master: str = Field(default="local[2]", description="Spark master URL")
    driver_memory: str = Field(default="2g", description="spark.driver.memory")
    shuffle_partitions: int = Field(default=8, ge=1, description="spark.sql.shuffle.partitions")
    break_lineage: Literal["parquet", "persist", "checkpoint"] = Field(
        default="parquet",
        description="how Splink cuts Spark's lineage between steps (parquet files by default)",
    )


class LinkageConfig(BaseModel):
    """How a linkage run goes; stored with the run in ``runs.parameters``.

    Match weights are log2 Bayes factors with the prior included, so 0 is even odds; the
    review band and the pairs kept are set relative to the threshold, so that changing the
    threshold moves them with it.

    Example:
        >>> config = LinkageConfig(threshold_match_weight=3.0)
        >>> config.review_low, config.review_high, config.keep_min_match_weight
        (-1.0, 6.0, -3.0)
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    backend: Backend = Field(default="duckdb", description="where Splink runs")
    threshold_match_weight: float = Field(
        default=DEFAULT_THRESHOLD, description="pairs at or above this match weight link"
    )
    review_below: float = Field(
        default=4.0, ge=0, description="the review band starts this far below the threshold"
    )
    review_above: float = Field(
        default=3.0, ge=0, description="the review band ends this far above the threshold"
    )
    keep_below: float = Field(
        default=6.0, ge=0, description="pairs further below the threshold are not stored"
    )
    u_max_pairs: float = Field(
        default=1e6, gt=0, description="record pairs sampled to estimate u probabilities"
    )
    seed: int = Field(default=2026, description="seed for the u sampling")
    em_max_pairs: float = Field(
        default=2e6,
        gt=0,
        description="an EM session blocking more pairs trains on a sample of whole blocks",
    )
    memory_limit: str = Field(
        default="6GB",
        description="DuckDB memory limit for Splink's working tables (beyond it they spill)",
    )
    max_candidate_pairs: float = Field(
        default=3e8,
        gt=0,
        description="refuse to score more candidate pairs (counted rule by rule first)",
    )
    m_floor: float = Field(
        default=0.005,
        gt=0,
        lt=1,
        description="no m probability below this: no one field may veto a match outright",
    )
    min_labels_for_m: int = Field(
        default=50, ge=1, description="reviewed matches needed to estimate m from labels too"
    )
    spark: SparkConfig = Field(default_factory=SparkConfig)

    @property
    def review_low(self) -> float:
        """The lowest match weight a reviewer is asked about."""
        return self.threshold_match_weight - self.review_below

    @property
    def review_high(self) -> float:
        """The highest match weight a reviewer is asked about."""
        return self.threshold_match_weight + self.review_above

    @property
    def keep_min_match_weight(self) -> float:
        """Pairs below this match weight are not stored in ``match_pairs``."""
        return self.threshold_match_weight - max(self.keep_below, self.review_below)
