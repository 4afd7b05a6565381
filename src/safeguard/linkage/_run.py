"""A full linkage run: every mention in the warehouse, trained (or given) model, entities.

The steps: prepare the mentions (SQL on the warehouse), hand them to the backend, train the
model without labels (or load a trained one), score the candidate pairs the blocking rules
find, cluster the pairs at or above the threshold (clerical decisions fixed), and write
``match_pairs`` and ``entities`` back in one transaction. The run, its configuration, the
trained model (Splink's JSON) and the threshold are recorded in ``runs``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from splink import Linker
from splink.internals.exceptions import SplinkException

from safeguard.linkage._backend import LinkBackend, open_backend
from safeguard.linkage._blocking import candidate_pairs, check_candidate_pairs
from safeguard.linkage._cluster import REVIEW_COLUMNS, cluster
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._errors import LinkageError
from safeguard.linkage._mentions import prepare_mentions
from safeguard.linkage._model import ModelSpec, mention_model, settings_with_parameters
from safeguard.linkage._steps import StepCallback, Steps
from safeguard.linkage._store import (
    WAREHOUSE_MEMORY_LIMIT,
    open_warehouse,
    record_model,
    replace_results,
    reviews_for,
)
from safeguard.linkage._train import train, training_steps
from safeguard.warehouse import RecordedRun, Settings, recorded_run


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What a linkage run did."""

    run_id: str
    db: Path
    mentions: int
    linkable: int
    pairs: int
    entities: int
    threshold_match_weight: float
    backend: str
    trained: bool
    reviews: int
    seconds: float
    candidate_pairs: dict[int, int] = field(default_factory=dict)
    """Candidate pairs by blocking rule number (1 first), each pair counted at its first rule."""


@dataclass(frozen=True, slots=True)
class LinkedTable:
    """The outcome of linking one table: scored pairs, cluster members, the model used.

    ``pairs`` holds the pairs at or above the configuration's lowest kept match weight
    (``unique_id_l < unique_id_r``); ``members`` maps every ``unique_id`` to a ``cluster_id``;
    ``candidate_pairs`` counts the pairs scored, by blocking rule number.
    """

    pairs: pa.Table
    members: pa.Table
    model: dict[str, Any] | None
    candidate_pairs: dict[int, int] = field(default_factory=dict)


def comparison_names(spec: ModelSpec) -> list[str]:
    """The names of the spec's comparisons, in order."""
    return [c["output_column_name"] for c in spec.settings_dict("duckdb")["comparisons"]]


def pair_columns(spec: ModelSpec) -> list[str]:
    """The prediction columns kept: ids, weight, probability, blocking rule, weights."""
    columns = ["unique_id_l", "unique_id_r", "match_weight", "match_probability", "match_key"]
    for name in comparison_names(spec):
        columns.append(f"mw_{name}")
        if any(c.get("tf_adjustment_column") for c in _levels(spec, name)):
            columns.append(f"mw_tf_adj_{name}")
    return columns


def _levels(spec: ModelSpec, name: str) -> list[dict[str, Any]]:
    for comparison in spec.settings_dict("duckdb")["comparisons"]:
        if comparison["output_column_name"] == name:
            return list(comparison["comparison_levels"])
    return []


def new_linker(
    backend: LinkBackend, mentions: pa.Table, spec: ModelSpec, model: dict[str, Any] | None
) -> tuple[Any, Any]:
    """A Splink linker over the mentions on the backend, and the registered input table."""
    frame = backend.register(mentions, "__sg_mentions")
    if model is None:
        settings = spec.settings_dict(backend.dialect)
    else:
        settings = settings_with_parameters(spec, backend.dialect, model)
    return Linker(frame, settings, log_level=None), frame


def empty_pairs(spec: ModelSpec) -> pa.Table:
    """A table of no pairs, with the columns of fetched predictions."""
    text = ("unique_id_l", "unique_id_r", "match_key")
    return pa.schema(
        [(c, pa.string() if c in text else pa.float64()) for c in pair_columns(spec)]
    ).empty_table()


def _singletons(mentions: pa.Table, spec: ModelSpec) -> LinkedTable:
    keys = mentions.column("unique_id")
    return LinkedTable(empty_pairs(spec), pa.table({"unique_id": keys, "cluster_id": keys}), None)


def link_table(
    mentions: pa.Table,
    spec: ModelSpec,
    config: LinkageConfig,
    *,
    model: dict[str, Any] | None = None,
    reviews: pa.Table | None = None,
    steps: Steps | None = None,
) -> LinkedTable:
    """Train (unless given a model), score and cluster one table on the configured backend.

    The table needs the spec's columns and a unique ``unique_id``; this is what a warehouse
    run does between reading mentions and writing results, usable on any data (FEBRL3 in
    the tests, for one).

    Args:
        mentions: the records to deduplicate.
        spec: the model and its training plan.
        config: backend, threshold, sampling.
        model: trained parameters (Splink's JSON) to use instead of training.
        reviews: clerical decisions (``unique_id_l``, ``unique_id_r``, ``decision``).
        steps: progress reporting.

    Raises:
        LinkageError: Splink failed (too little data to train, for one).
    """
    steps = steps or Steps(0)
    reviews = reviews if reviews is not None else no_reviews()
    backend = open_backend(config)
    try:
        linker, frame = new_linker(backend, mentions, spec, model)
        if model is None:
            matches = reviews.filter(pc.equal(reviews["decision"], "match"))
            train(linker, backend, frame.physical_name, spec, config, matches, steps)
        steps("finding candidate pairs")
        settings = spec.settings_dict(backend.dialect)
        _, counts = candidate_pairs(linker, backend, frame, settings)
        check_candidate_pairs(counts, config.max_candidate_pairs)
        steps("scoring candidate pairs")
        predictions = linker.inference.predict(
            threshold_match_weight=config.keep_min_match_weight, warning_mode="never"
        )
        pairs = backend.fetch(predictions, pair_columns(spec))
        steps("clustering")
        members = cluster(mentions["unique_id"], pairs, reviews, config.threshold_match_weight)
        return LinkedTable(pairs, members, linker.misc.save_model_to_json(), counts)
    except SplinkException as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "no message"
        raise LinkageError(f"linkage failed in Splink ({first[:200]})") from error
    finally:
        backend.close()


def no_reviews() -> pa.Table:
    """An empty table of clerical decisions."""
    return pa.schema([(c, pa.string()) for c in REVIEW_COLUMNS]).empty_table()


def run_parameters(
    config: LinkageConfig, spec: ModelSpec, mode: str, model: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What ``runs.parameters`` holds for a link run (the model once it is known)."""
    parameters: dict[str, Any] = {
        "mode": mode,
        "model_name": spec.name,
        "config": config.model_dump(mode="json"),
        "threshold_match_weight": config.threshold_match_weight,
    }
    if model is not None:
        parameters["model"] = model
    return parameters


def totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Mentions placed in ``entities``, and how many entities they make."""
    sql = "SELECT count(*), count(DISTINCT entity_id) FROM entities"
    mentions, entities = con.execute(sql).fetchall()[0]
    return {"mentions": int(mentions), "entities": int(entities)}


def _full(
    con: duckdb.DuckDBPyConnection,
    record: RecordedRun,
    config: LinkageConfig,
    spec: ModelSpec,
    model: dict[str, Any] | None,
    progress: StepCallback | None,
) -> tuple[dict[str, int], dict[str, Any] | None]:
    steps = Steps(6, progress)
    steps("preparing mentions")
    mentions = prepare_mentions(con)
    reviews = reviews_for(con, mentions.column("unique_id"))
    steps.total = 5 + (0 if model is not None else training_steps(spec, reviews.num_rows, config))
    if mentions.num_rows < 2:
        scored = _singletons(mentions, spec)
    else:
        scored = link_table(mentions, spec, config, model=model, reviews=reviews, steps=steps)
    steps("writing match_pairs and entities")
    pairs, _ = replace_results(
        con, record.run_id, scored.pairs, scored.members, reviews, comparison_names(spec)
    )
    steps.finish()
    counts = totals(con) | {
        "linkable": mentions.num_rows,
        "pairs": pairs,
        "reviews_applied": reviews.num_rows,
        "candidate_pairs": sum(scored.candidate_pairs.values()),
    }
    counts |= {f"candidate_pairs_rule_{n}": v for n, v in scored.candidate_pairs.items()}
    record.inputs = [{"table": "persons", "mentions": counts["mentions"]}]
    return counts, scored.model if scored.model is not None else model


def result_of(
    run_id: str,
    path: Path,
    counts: dict[str, int],
    config: LinkageConfig,
    trained: bool,
    started: float,
) -> LinkResult:
    """The :class:`LinkResult` of a run from its counts."""
    return LinkResult(
        run_id,
        path,
        counts["mentions"],
        counts["linkable"],
        counts["pairs"],
        counts["entities"],
        config.threshold_match_weight,
        config.backend,
        trained,
        counts["reviews_applied"],
        time.perf_counter() - started,
        {
            int(key.rsplit("_", 1)[1]): value
            for key, value in counts.items()
            if key.startswith("candidate_pairs_rule_")
        },
    )


def link(
    db: str | Path | None = None,
    config: LinkageConfig | None = None,
    *,
    model: dict[str, Any] | None = None,
    spec: ModelSpec | None = None,
    progress: StepCallback | None = None,
) -> LinkResult:
    """Link every person mention in the warehouse: train, score, cluster, store.

    Args:
        db: the warehouse file (default: ``Settings().db``).
        config: backend, threshold, review band, sampling (default: ``LinkageConfig()``).
        model: a trained model (Splink's JSON, as saved with a run) to use instead of
            training one.
        spec: the model to train (default: :func:`mention_model`).
        progress: called at each step, for a progress display.

    Returns:
        counts and the run id; the tables ``match_pairs`` and ``entities`` are replaced.

    Raises:
        LinkageError: Splink failed, or the backend is not available.

    Example:
        >>> link("safeguard.duckdb").entities  # doctest: +SKIP
        92011
    """
    config = config or LinkageConfig()
    spec = spec or mention_model()
    path = Path(db) if db is not None else Settings().db
    started = time.perf_counter()
    con = open_warehouse(path, WAREHOUSE_MEMORY_LIMIT)
    try:
        with recorded_run(con, "link", run_parameters(config, spec, "full")) as record:
            counts, used = _full(con, record, config, spec, model, progress)
            record.counts = counts
            record_model(con, record.run_id, run_parameters(config, spec, "full", used))
    finally:
        con.close()
    trained = model is None and used is not None
    return result_of(record.run_id, path, counts, config, trained, started)
