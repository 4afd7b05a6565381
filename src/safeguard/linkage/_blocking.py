"""The candidate pairs the blocking rules generate, for measuring their recall.

Blocking decides which pairs are ever scored: a true pair it misses cannot be linked except
through a third mention. The rules are chosen to keep pair recall above 0.99 on the
generator's truth (``tests/linkage/test_accuracy.py`` measures it at demo scale).
"""

from __future__ import annotations

import pyarrow as pa

from safeguard.linkage._backend import open_backend
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._model import ModelSpec, mention_model
from safeguard.linkage._run import new_linker


def blocked_pairs(
    mentions: pa.Table, spec: ModelSpec | None = None, config: LinkageConfig | None = None
) -> pa.Table:
    """Every pair the blocking rules put side by side (``unique_id_l``, ``unique_id_r``).

    Args:
        mentions: the prepared mentions (see :func:`prepare_mentions`).
        spec: the model whose blocking rules to apply (default: :func:`mention_model`).
        config: the backend to run on (default: DuckDB).

    Returns:
        one row per candidate pair, with the blocking rule that first found it
        (``match_key``, its position in the rules).
    """
    backend = open_backend(config or LinkageConfig())
    try:
        linker, _ = new_linker(backend, mentions, spec or mention_model(), None)
        found = linker.inference.compute_blocked_pairs_for_predict()
        pairs = backend.fetch(found, ["join_key_l", "join_key_r", "match_key"])
    finally:
        backend.close()
    return pairs.rename_columns(["unique_id_l", "unique_id_r", "match_key"])
