"""Clustering pairs into entities, with clerical decisions fixed.

A reviewed *match* is an edge whatever the model says (even a pair no blocking rule found); a
reviewed *non-match* is never an edge. Entities are then the connected components of the
edges at or above the threshold, computed by Splink on the backend, so that the same code
clusters on DuckDB and on Spark.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from splink.internals.misc import prob_to_match_weight

from safeguard.linkage._backend import LinkBackend, table_name

REVIEW_COLUMNS = ("unique_id_l", "unique_id_r", "decision")


def match_probability(match_weight: float) -> float:
    """The match probability of a match weight (log2 of the Bayes factor, prior included).

    Example:
        >>> match_probability(0.0)
        0.5
    """
    return float(2**match_weight / (1 + 2**match_weight))


def match_weight(probability: float) -> float:
    """The match weight of a match probability (the inverse of :func:`match_probability`)."""
    return float(prob_to_match_weight(probability))


def edges_sql(predictions: str, reviews: str) -> str:
    """Predicted pairs with reviewed decisions applied, plus reviewed matches not predicted.

    Args:
        predictions: the physical name of Splink's predictions table.
        reviews: the physical name of the reviews table (``REVIEW_COLUMNS``, ids ordered).
    """
    p, v = table_name(predictions), table_name(reviews)
    return f"""
    SELECT p.unique_id_l, p.unique_id_r,
        CASE WHEN v.decision = 'match' THEN 1.0
             WHEN v.decision = 'non-match' THEN 0.0
             ELSE p.match_probability END AS match_probability
    FROM {p} AS p
    LEFT JOIN {v} AS v ON v.unique_id_l = p.unique_id_l AND v.unique_id_r = p.unique_id_r
    UNION ALL
    SELECT v.unique_id_l, v.unique_id_r, 1.0 AS match_probability
    FROM {v} AS v
    LEFT JOIN {p} AS p ON p.unique_id_l = v.unique_id_l AND p.unique_id_r = v.unique_id_r
    WHERE v.decision = 'match' AND p.unique_id_l IS NULL
    """


def cluster(
    linker: Any,
    backend: LinkBackend,
    predictions: Any,
    reviews: pa.Table,
    threshold_match_weight: float,
) -> Any:
    """Entities as connected components of the edges at or above the threshold.

    Args:
        linker: the Splink linker the predictions came from.
        backend: where it runs.
        predictions: Splink's predictions (a ``SplinkDataFrame``).
        reviews: decisions on pairs of mentions present in the linker's input.
        threshold_match_weight: the match weight at or above which a pair links.

    Returns:
        Splink's clustered table (``cluster_id``, ``unique_id``, ...).
    """
    registered = backend.register(reviews.select(list(REVIEW_COLUMNS)), "__sg_reviews")
    edges = linker.misc.query_sql(edges_sql(predictions.physical_name, registered.physical_name))
    return linker.clustering.cluster_pairwise_predictions_at_threshold(
        edges, threshold_match_probability=match_probability(threshold_match_weight)
    )
