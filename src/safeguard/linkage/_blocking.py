"""The candidate pairs the blocking rules generate: computed, counted, and handed to Splink.

Blocking decides which pairs are ever scored: a true pair it misses cannot be linked except
through a third mention. The rules are chosen to keep pair recall above 0.99 on the
generator's truth (``tests/linkage/test_accuracy.py`` measures it at demo scale).

On DuckDB the two typing-error rules (``TYPO_RULES``) are not left to Splink's array
explosion, which joins every mention of a common name with every other once per key it holds
(at national scale hundreds of millions of rows for a few million pairs). They are computed
name by name instead: first which *different* names in the data share a key (a few hundred
thousand name pairs), then the mentions bearing them. The pairs are the same; the rules in
the settings stay the definition (Spark, incremental runs and ``explain`` use them as they are).
Every rule's pairs are counted before anything is scored, and a run that would score more
than ``LinkageConfig.max_candidate_pairs`` stops with the counts, rule by rule.
"""

from __future__ import annotations

import logging
from typing import Any

import pyarrow as pa
from splink import Linker

from safeguard.linkage._backend import LinkBackend, open_backend, table_name
from safeguard.linkage._backend_duckdb import DuckDBBackend
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._errors import LinkageError
from safeguard.linkage._model import BORN_NEAR, TYPO_RULES, ModelSpec, TypoRule, mention_model

log = logging.getLogger(__name__)

BLOCKED_TABLE = "__sg_blocked_pairs"


def _typo_pairs_sql(table: str, rule: TypoRule) -> str:
    t, same, typo, keys = table_name(table), rule.same, rule.typo, rule.keys
    return f"""
    SELECT '{rule.index}' AS match_key,
        least(l.unique_id, r.unique_id) AS join_key_l,
        greatest(l.unique_id, r.unique_id) AS join_key_r
    FROM (
        WITH k AS (
            SELECT name, unnest(keys) AS k FROM (
                SELECT {typo} AS name, any_value({keys}) AS keys
                FROM {t} WHERE {typo} IS NOT NULL GROUP BY {typo}
            )
        )
        SELECT DISTINCT a.name AS a, b.name AS b
        FROM k AS a JOIN k AS b ON a.k = b.k AND a.name < b.name
    ) AS nb
    JOIN {t} AS l ON l.{typo} = nb.a
    JOIN {t} AS r ON r.{same} = l.{same} AND r.{typo} = nb.b
    WHERE {BORN_NEAR}
    """


def _splink_pairs(frame: Any, settings: dict[str, Any], skip: set[int]) -> tuple[str, list[int]]:
    """Splink's blocked pairs for every rule but ``skip`` (physical table, original indexes)."""
    rules = settings["blocking_rules_to_generate_predictions"]
    kept = [i for i in range(len(rules)) if i not in skip]
    reduced = dict(settings, blocking_rules_to_generate_predictions=[rules[i] for i in kept])
    others = Linker(frame, reduced, log_level=None)
    return others.inference.compute_blocked_pairs_for_predict().physical_name, kept


def _duckdb_pairs(backend: DuckDBBackend, frame: Any, settings: dict[str, Any]) -> None:
    typo_rules = {r.index for r in TYPO_RULES}
    typo = " UNION ALL ".join(_typo_pairs_sql(frame.physical_name, r) for r in TYPO_RULES)
    backend.execute(f"CREATE OR REPLACE TABLE {BLOCKED_TABLE} AS {typo}")
    # The typo rules' pairs have different names on each side: none is rule 1's. A pair a
    # later rule finds too is counted at the typo rule, the first to find it.
    splink_table, kept = _splink_pairs(frame, settings, typo_rules)
    remap = " ".join(f"WHEN '{new}' THEN '{old}'" for new, old in enumerate(kept))
    backend.execute(f"""
    INSERT INTO {BLOCKED_TABLE}
    SELECT CASE s.match_key {remap} END, s.join_key_l, s.join_key_r
    FROM {table_name(splink_table)} AS s
    ANTI JOIN {BLOCKED_TABLE} AS t
        ON t.join_key_l = s.join_key_l AND t.join_key_r = s.join_key_r
    """)
    backend.execute(f"DROP TABLE {table_name(splink_table)}")


def candidate_pairs(
    linker: Any, backend: LinkBackend, frame: Any, settings: dict[str, Any]
) -> tuple[Any, dict[int, int]]:
    """Compute the candidate pairs, register them for Splink's predict, and count them.

    Args:
        linker: the linker that will score the pairs.
        backend: where it runs.
        frame: the linker's input (a ``SplinkDataFrame`` of prepared mentions).
        settings: the linker's settings (for the blocking rules).

    Returns:
        the pairs (a ``SplinkDataFrame``: ``match_key``, ``join_key_l``, ``join_key_r``) and
        how many each rule found first, by rule number (1 for the first rule).
    """
    if isinstance(backend, DuckDBBackend) and _has_typo_rules(settings):
        _duckdb_pairs(backend, frame, settings)
        pairs = backend.db_api.table_to_splink_dataframe(BLOCKED_TABLE, BLOCKED_TABLE)
        linker.table_management.register_blocked_pairs_for_predict(pairs)
    else:
        pairs = linker.inference.compute_blocked_pairs_for_predict()
    sql = (
        f"SELECT match_key, count(*) AS pairs FROM {table_name(pairs.physical_name)} "
        "GROUP BY match_key"
    )
    rows = linker.misc.query_sql(sql).as_record_list()
    counts = {int(row["match_key"]) + 1: int(row["pairs"]) for row in rows}
    log.info("candidate pairs by blocking rule: %s", dict(sorted(counts.items())))
    return pairs, dict(sorted(counts.items()))


def _has_typo_rules(settings: dict[str, Any]) -> bool:
    rules = settings["blocking_rules_to_generate_predictions"]
    return all(r.index < len(rules) and r.keys in str(rules[r.index]).lower() for r in TYPO_RULES)


def check_candidate_pairs(counts: dict[int, int], limit: float) -> None:
    """Refuse to score more candidate pairs than ``limit``, naming the rules that make them.

    Raises:
        LinkageError: the rules find more pairs than the limit.
    """
    total = sum(counts.values())
    if total > limit:
        worst = sorted(counts.items(), key=lambda item: -item[1])[:3]
        named = ", ".join(f"rule {rule}: {pairs:,}" for rule, pairs in worst)
        raise LinkageError(
            f"the blocking rules find {total:,} candidate pairs, more than the limit of "
            f"{limit:,.0f} (max_candidate_pairs); the largest are {named}. A value shared "
            "by many unrelated mentions (a placeholder) is the usual cause: see docs/linkage.md"
        )


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
    from safeguard.linkage._run import new_linker

    spec = spec or mention_model()
    backend = open_backend(config or LinkageConfig())
    try:
        linker, frame = new_linker(backend, mentions, spec, None)
        settings = spec.settings_dict(backend.dialect)
        found, _ = candidate_pairs(linker, backend, frame, settings)
        pairs = backend.fetch(found, ["join_key_l", "join_key_r", "match_key"])
    finally:
        backend.close()
    return pairs.rename_columns(["unique_id_l", "unique_id_r", "match_key"])
