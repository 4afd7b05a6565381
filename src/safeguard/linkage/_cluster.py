"""Clustering pairs into entities, with clerical decisions fixed.

A reviewed *match* is an edge whatever the model says (even a pair no blocking rule found); a
reviewed *non-match* is never an edge. Entities are then the connected components of the
edges at or above the threshold, found by igraph (C) on the scored pairs after they are
fetched from the backend, so that DuckDB and Spark give the same entities by construction.
Each entity is named by its smallest mention key (``cluster_id``), as Splink names clusters.
"""

from __future__ import annotations

import igraph
import pyarrow as pa
import pyarrow.compute as pc
from splink.internals.misc import prob_to_match_weight

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


def _edges(pairs: pa.Table, reviews: pa.Table, threshold_match_weight: float) -> pa.Table:
    """The pairs that link (``unique_id_l``, ``unique_id_r``): scored at or above the
    threshold and not reviewed as a non-match, and every reviewed match."""
    ids = ["unique_id_l", "unique_id_r"]
    linked = pairs.filter(
        pc.greater_equal(pairs["match_probability"], match_probability(threshold_match_weight))
    ).select(ids)
    non_matches = reviews.filter(pc.equal(reviews["decision"], "non-match")).select(ids)
    if non_matches.num_rows:
        linked = linked.join(non_matches, ids, join_type="left anti")
    matches = reviews.filter(pc.equal(reviews["decision"], "match")).select(ids)
    return pa.concat_tables([linked, matches.cast(linked.schema)])


def cluster(
    unique_ids: pa.Array | pa.ChunkedArray,
    pairs: pa.Table,
    reviews: pa.Table,
    threshold_match_weight: float,
) -> pa.Table:
    """Entities as connected components of the edges at or above the threshold.

    Args:
        unique_ids: every mention to place (each once).
        pairs: scored pairs (``unique_id_l``, ``unique_id_r``, ``match_probability``).
        reviews: clerical decisions (``REVIEW_COLUMNS``) on pairs of those mentions.
        threshold_match_weight: the match weight at or above which a pair links.

    Returns:
        ``unique_id`` and ``cluster_id`` (the smallest ``unique_id`` of its entity), one row
        per mention.

    Example:
        >>> pairs = pa.table({"unique_id_l": ["a"], "unique_id_r": ["b"],
        ...                   "match_probability": [0.99]})
        >>> reviews = pa.table({c: pa.array([], pa.string()) for c in REVIEW_COLUMNS})
        >>> cluster(pa.array(["a", "b", "c"]), pairs, reviews, 2.0)["cluster_id"].to_pylist()
        ['a', 'a', 'c']
    """
    keys = pa.chunked_array([unique_ids]) if isinstance(unique_ids, pa.Array) else unique_ids
    edges = _edges(pairs, reviews, threshold_match_weight)
    left = pc.index_in(edges["unique_id_l"].cast(keys.type), value_set=keys)
    right = pc.index_in(edges["unique_id_r"].cast(keys.type), value_set=keys)
    present = pc.and_(pc.is_valid(left), pc.is_valid(right))
    ends = zip(left.filter(present).to_pylist(), right.filter(present).to_pylist(), strict=True)
    graph = igraph.Graph(n=len(keys), edges=list(ends))
    component = pa.array(graph.connected_components().membership, pa.int64())
    members = pa.table({"unique_id": keys, "component": component})
    names = members.group_by("component").aggregate([("unique_id", "min")])
    named = members.join(names, "component").rename_columns(
        ["unique_id", "component", "cluster_id"]
    )
    return named.select(["unique_id", "cluster_id"]).sort_by("unique_id")
