"""Training without labels: the prior from near-certain rules, u by random sampling, m by EM.

Reviewed matches from clerical review, once there are enough of them, are a further estimate
of m (Splink keeps, for each level, the median of its estimates). They come from the uncertain
band, so they are not a random sample of matches: docs/linkage.md says what that means.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pyarrow as pa
from splink.blocking_rule_library import CustomRule

from safeguard.linkage._backend import LinkBackend, table_name
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._model import ModelSpec
from safeguard.linkage._steps import Steps

log = logging.getLogger(__name__)


def training_steps(spec: ModelSpec, labels: int, config: LinkageConfig) -> int:
    """How many steps :func:`train` reports."""
    return 2 + len(spec.em_rules) + (1 if labels >= config.min_labels_for_m else 0)


def em_rule(linker: Any, table: str, rule: Any, max_pairs: float) -> Any:
    """An EM session's blocking rule, sampled by whole blocks when it blocks too many pairs.

    EM needs a few million pairs, not every one: at national scale "the same forename and
    surname" blocks tens of millions. Above ``max_pairs`` the session keeps the blocks whose
    key hashes into the wanted share, so each kept block keeps all its pairs (matches and
    non-matches in their proportions) and the sample is the same from run to run.

    Args:
        linker: the linker over the mentions.
        table: the physical name of the linker's input table.
        rule: a ``block_on`` rule of equalities.
        max_pairs: the most pairs to train on.

    Returns:
        the rule itself, or the sampled rule (a ``CustomRule`` in DuckDB's dialect).
    """
    sql = rule.get_blocking_rule("duckdb").blocking_rule_sql
    keys = re.findall(r'l\."?(\w+)"? = r\."?\1"?', sql)
    if not keys:
        return rule
    grouped = ", ".join(keys)
    present = " AND ".join(f"{k} IS NOT NULL" for k in keys)
    count = (
        f"SELECT sum(c * (c - 1) / 2) AS pairs FROM (SELECT count(*) AS c "
        f"FROM {table_name(table)} WHERE {present} GROUP BY {grouped}) AS blocks"
    )
    pairs = linker.misc.query_sql(count).as_record_list()[0]["pairs"] or 0
    if pairs <= max_pairs:
        return rule
    per_mille = max(1, int(1000 * max_pairs / pairs))
    hashed = ", ".join(f"l.{k}" for k in keys)
    log.info("EM on %s: %d per mille of %d pairs", grouped, per_mille, int(pairs))
    return CustomRule(f"({sql}) AND abs(hash({hashed})) % 1000 < {per_mille}", "duckdb")


def train(
    linker: Any,
    backend: LinkBackend,
    table: str,
    spec: ModelSpec,
    config: LinkageConfig,
    matches: pa.Table,
    steps: Steps,
) -> None:
    """Estimate every parameter of the model on the linker's input.

    Args:
        linker: a Splink linker over the mentions.
        backend: where the linker runs (to register the reviewed matches).
        table: the physical name of the linker's input table.
        spec: the model and its training plan.
        config: sampling size, seed, and how many reviewed matches are needed to use them.
        matches: reviewed matching pairs (``unique_id_l``, ``unique_id_r``).
        steps: progress reporting.
    """
    steps("training: prior")
    linker.training.estimate_probability_two_random_records_match(
        list(spec.prior_rules), recall=spec.prior_recall
    )
    steps("training: u by random sampling")
    linker.training.estimate_u_using_random_sampling(max_pairs=config.u_max_pairs, seed=config.seed)
    for number, rule in enumerate(spec.em_rules, start=1):
        steps(f"training: m by EM ({number} of {len(spec.em_rules)})")
        linker.training.estimate_parameters_using_expectation_maximisation(
            em_rule(linker, table, rule, config.em_max_pairs),
            estimate_without_term_frequencies=True,
        )
    if matches.num_rows >= config.min_labels_for_m:
        steps("training: m from reviewed matches")
        labels = backend.register(matches.select(["unique_id_l", "unique_id_r"]), "__sg_labels")
        linker.training.estimate_m_from_pairwise_labels(labels)
    floor_m(linker, config.m_floor)


def floor_m(linker: Any, floor: float) -> None:
    """Raise every m probability below ``floor`` to it.

    Training data can make a field look infallible (the synthetic data never mistypes a phone
    number), and EM then learns an m near zero for disagreement: a single differing field would
    veto any match. Real records err, so no disagreement may weigh more than
    ``log2(floor / u)`` (about -7.6 for the default floor and a typical u near 1).
    """
    for comparison in linker._settings_obj.comparisons:
        for level in comparison._comparison_levels_excluding_null:
            if level.m_probability is not None and level.m_probability < floor:
                level.m_probability = floor
