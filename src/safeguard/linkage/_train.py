"""Training without labels: the prior from near-certain rules, u by random sampling, m by EM.

Reviewed matches from clerical review, once there are enough of them, are a further estimate
of m (Splink keeps, for each level, the median of its estimates). They come from the uncertain
band, so they are not a random sample of matches: docs/linkage.md says what that means.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from safeguard.linkage._backend import LinkBackend
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._model import ModelSpec
from safeguard.linkage._steps import Steps


def training_steps(spec: ModelSpec, labels: int, config: LinkageConfig) -> int:
    """How many steps :func:`train` reports."""
    return 2 + len(spec.em_rules) + (1 if labels >= config.min_labels_for_m else 0)


def train(
    linker: Any,
    backend: LinkBackend,
    spec: ModelSpec,
    config: LinkageConfig,
    matches: pa.Table,
    steps: Steps,
) -> None:
    """Estimate every parameter of the model on the linker's input.

    Args:
        linker: a Splink linker over the mentions.
        backend: where the linker runs (to register the reviewed matches).
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
            rule, estimate_without_term_frequencies=True
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
