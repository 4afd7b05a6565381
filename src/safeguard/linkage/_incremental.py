"""Incremental linkage: new mentions join the existing entities, no national re-run.

The latest trained model is used as it is (no training). New mentions (identified mentions
not yet in ``entities``) are scored against every existing mention and against each other
with Splink's ``predict_between`` and ``predict_within``, the blocking rules limiting the
pairs. Entities then grow by connected components over the new edges at or above the
threshold, an existing entity counting as one node: a new mention joins the entity it links
to, and a new mention linking two entities merges them (the larger keeps its id). Clerical
decisions apply as in a full run. Mentions whose records were superseded without them leave.

A full run re-scores every pair and may re-train; on the generator's data the two agree for
more than 99% of mentions (``tests/linkage/test_incremental.py``).
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from safeguard.linkage._backend import open_backend
from safeguard.linkage._cluster import match_probability
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._errors import LinkageError
from safeguard.linkage._mentions import prepare_mentions, statement
from safeguard.linkage._model import ModelSpec, mention_model
from safeguard.linkage._run import (
    LinkResult,
    comparison_names,
    empty_pairs,
    new_linker,
    pair_columns,
    result_of,
    run_parameters,
    totals,
)
from safeguard.linkage._steps import StepCallback, Steps
from safeguard.linkage._store import (
    WAREHOUSE_MEMORY_LIMIT,
    latest_model,
    open_warehouse,
    record_model,
    registered,
    reviews_for,
    write_pairs,
)
from safeguard.linkage._unionfind import UnionFind
from safeguard.warehouse import Settings, execute, recorded_run, transaction


def _new_pairs(
    mentions: pa.Table, new: pa.Table, spec: ModelSpec, model: dict[str, Any], config: LinkageConfig
) -> pa.Table:
    existing = mentions.filter(pc.invert(pc.is_in(mentions["unique_id"], new["unique_id"])))
    backend = open_backend(config)
    try:
        linker, _ = new_linker(backend, mentions, spec, model)
        for column in linker._settings_obj._term_frequency_columns:
            linker.table_management.compute_tf_table(column.name)
        old_frame = backend.register(existing, "__sg_existing")
        new_frame = backend.register(new, "__sg_new")
        floor = config.keep_min_match_weight
        parts = [
            linker.inference.predict_between(
                old_frame, new_frame, threshold_match_weight=floor, warning_mode="never"
            )
        ]
        if new.num_rows > 1:
            parts.append(
                linker.inference.predict_within(
                    new_frame, threshold_match_weight=floor, warning_mode="never"
                )
            )
        columns = pair_columns(spec)
        return pa.concat_tables([backend.fetch(part, columns) for part in parts])
    finally:
        backend.close()


def _ordered(pairs: pa.Table) -> pa.Table:
    left, right = pairs["unique_id_l"], pairs["unique_id_r"]
    swap = pc.greater(left, right)
    return pairs.set_column(0, "unique_id_l", pc.if_else(swap, right, left)).set_column(
        1, "unique_id_r", pc.if_else(swap, left, right)
    )


def _edges(pairs: pa.Table, reviews: pa.Table, new_keys: set[str]) -> dict[tuple[str, str], float]:
    """Each new pair's probability, clerical decisions applied (match 1, non-match 0)."""
    decided = {
        (a, b): d
        for a, b, d in zip(
            reviews["unique_id_l"].to_pylist(),
            reviews["unique_id_r"].to_pylist(),
            reviews["decision"].to_pylist(),
            strict=True,
        )
    }
    edges: dict[tuple[str, str], float] = {}
    columns = [pairs[c].to_pylist() for c in ("unique_id_l", "unique_id_r", "match_probability")]
    for a, b, p in zip(*columns, strict=True):
        decision = decided.get((a, b))
        edges[(a, b)] = 1.0 if decision == "match" else 0.0 if decision == "non-match" else p
    for (a, b), decision in decided.items():
        if decision == "match" and (a in new_keys or b in new_keys):
            edges[(a, b)] = 1.0
    return edges


Node = tuple[str, str]
"""("entity", entity id) for an existing entity, ("mention", key) for a new mention."""


@dataclass
class Placement:
    """Existing entities merged (old id to kept id) and new mentions placed (id, confidence)."""

    renames: dict[str, str]
    placed: dict[str, tuple[str, float]]


def _node(key: str, members: dict[str, str]) -> Node:
    entity = members.get(key)
    return ("entity", entity) if entity is not None else ("mention", key)


def _kept_id(nodes: list[Node], sizes: Counter[str]) -> str:
    entities = [value for kind, value in nodes if kind == "entity"]
    if entities:
        return min(entities, key=lambda entity: (-sizes[entity], entity))
    first = min(value for _, value in nodes)
    return "E-" + hashlib.md5(first.encode("utf-8")).hexdigest()[:16]


def _best(
    edges: dict[tuple[str, str], float], new_keys: set[str], same: Callable[[str, str], bool]
) -> dict[str, tuple[float, float]]:
    # each new mention's strongest edge inside its entity, and outside it
    best: dict[str, tuple[float, float]] = {}
    for (a, b), p in edges.items():
        for key, other in ((a, b), (b, a)):
            if key in new_keys:
                inside, outside = best.get(key, (0.0, 0.0))
                if same(key, other):
                    best[key] = (max(inside, p), outside)
                else:
                    best[key] = (inside, max(outside, p))
    return best


def place(
    new_keys: set[str],
    members: dict[str, str],
    edges: dict[tuple[str, str], float],
    threshold_probability: float,
) -> Placement:
    """Where each new mention goes, and which existing entities merge.

    Args:
        new_keys: the new mentions.
        members: each existing mention's entity id.
        edges: the probabilities of the new pairs (decisions applied).
        threshold_probability: pairs at or above it link.

    Example:
        >>> p = place({"n"}, {"a": "E1", "b": "E2"}, {("a", "n"): 0.9, ("b", "n"): 0.95}, 0.8)
        >>> p.placed["n"][0] in ("E1", "E2"), len(p.renames)
        (True, 1)
    """
    groups = UnionFind[Node](("mention", key) for key in new_keys)
    for (a, b), p in edges.items():
        if p >= threshold_probability:
            groups.union(_node(a, members), _node(b, members))
    components = groups.groups()
    sizes = Counter(members.values())
    placement = Placement({}, {})
    kept: dict[Node, str] = {}
    for root, nodes in components.items():
        kept[root] = _kept_id(nodes, sizes)
        for kind, value in nodes:
            if kind == "entity" and value != kept[root]:
                placement.renames[value] = kept[root]

    def same(a: str, b: str) -> bool:
        return groups.find(_node(a, members)) == groups.find(_node(b, members))

    best = _best(edges, new_keys, same)
    for key in new_keys:
        root = groups.find(("mention", key))
        inside, outside = best.get(key, (0.0, 0.0))
        alone = len(components[root]) == 1
        placement.placed[key] = (kept[root], 1.0 - outside if alone else inside)
    return placement


def _touching(reviews: pa.Table, keys: set[str]) -> pa.ChunkedArray:
    """Which decisions are about a pair with a new mention in it."""
    listed = pa.array(sorted(keys), pa.string())
    left, right = pc.is_in(reviews["unique_id_l"], listed), pc.is_in(reviews["unique_id_r"], listed)
    return pc.or_(left, right)


def _split(con: duckdb.DuckDBPyConnection, mentions: pa.Table) -> tuple[pa.Table, dict[str, str]]:
    members = {str(k): str(e) for k, e in execute(con, statement("entity_members")).fetchall()}
    known = pa.array(list(members), pa.string())
    new = mentions.filter(pc.invert(pc.is_in(mentions["unique_id"], known)))
    return new, members


def _store(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    pairs: pa.Table,
    reviews: pa.Table,
    placement: Placement,
    spec: ModelSpec,
) -> int:
    renames = pa.table(
        {"old_id": list(placement.renames), "new_id": list(placement.renames.values())},
        schema=pa.schema([("old_id", pa.string()), ("new_id", pa.string())]),
    )
    placed = pa.table(
        {
            "unique_id": list(placement.placed),
            "entity_id": [e for e, _ in placement.placed.values()],
            "confidence": [c for _, c in placement.placed.values()],
        },
        schema=pa.schema(
            [("unique_id", pa.string()), ("entity_id", pa.string()), ("confidence", pa.float64())]
        ),
    )
    with transaction(con), registered(con, __sg_renames=renames, __sg_placed=placed):
        execute(con, statement("drop_gone_mentions"))
        stored = write_pairs(con, run_id, pairs, reviews, comparison_names(spec))
        for sql in statement("merge_entities").split(";\n\n"):
            execute(con, sql, [run_id] if "?" in sql else None)
    return stored


def link_incremental(
    db: str | Path | None = None,
    config: LinkageConfig | None = None,
    *,
    spec: ModelSpec | None = None,
    progress: StepCallback | None = None,
) -> LinkResult:
    """Link the mentions that are not in ``entities`` yet to the existing entities.

    Args:
        db: the warehouse file (default: ``Settings().db``).
        config: backend and threshold (default: the configuration of the model's run).
        spec: the model (default: :func:`mention_model`).
        progress: called at each step, for a progress display.

    Raises:
        LinkageError: there is no trained model yet (run a full link first).

    Example:
        >>> link_incremental("safeguard.duckdb").linkable  # doctest: +SKIP
        1830
    """
    spec = spec or mention_model()
    path = Path(db) if db is not None else Settings().db
    started = time.perf_counter()
    con = open_warehouse(path, WAREHOUSE_MEMORY_LIMIT)
    try:
        latest = latest_model(con)
        if latest is None:
            raise LinkageError("no trained model yet: run a full `safeguard link` first")
        model_run, parameters = latest
        config = config or LinkageConfig.model_validate(parameters.get("config", {}))
        recorded = run_parameters(config, spec, "incremental") | {"model_run": model_run}
        with recorded_run(con, "link", recorded) as record:
            model = parameters["model"]
            record.counts = _incremental(con, record.run_id, config, spec, model, progress)
            record_model(con, record.run_id, recorded | {"model": model})
    finally:
        con.close()
    return result_of(record.run_id, path, record.counts, config, False, started)


def _incremental(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    config: LinkageConfig,
    spec: ModelSpec,
    model: dict[str, Any],
    progress: StepCallback | None,
) -> dict[str, int]:
    steps = Steps(4, progress)
    steps("preparing mentions")
    mentions = prepare_mentions(con)
    new, members = _split(con, mentions)
    reviews = reviews_for(con, mentions["unique_id"])
    pairs = empty_pairs(spec)
    if new.num_rows:
        steps("scoring new mentions against the entities")
        pairs = _ordered(_new_pairs(mentions, new, spec, model, config))
    steps("placing new mentions")
    new_keys = set(new["unique_id"].to_pylist())
    edges = _edges(pairs, reviews, new_keys)
    threshold = match_probability(config.threshold_match_weight)
    placement = place(new_keys, members, edges, threshold)
    steps("writing match_pairs and entities")
    touching = _touching(reviews, new_keys)
    stored = _store(con, run_id, pairs, reviews.filter(touching), placement, spec)
    steps.finish()
    return totals(con) | {
        "linkable": len(new_keys),
        "pairs": stored,
        "merged_entities": len(placement.renames),
        "reviews_applied": int(pc.sum(touching).as_py() or 0),
    }
