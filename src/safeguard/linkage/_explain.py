"""Why two mentions match or do not: each comparison's contribution to the match weight.

The waterfall starts from the prior (the match weight of two mentions drawn at random) and adds,
comparison by comparison, the weight of the level the pair falls in (with its term-frequency
adjustment); the sum is the pair's match weight. The pair is scored with the latest trained
model, whether or not a blocking rule ever put the two mentions side by side.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from safeguard.linkage._backend_duckdb import DuckDBBackend
from safeguard.linkage._blocking import blocked_pairs
from safeguard.linkage._cluster import match_probability
from safeguard.linkage._errors import LinkageError
from safeguard.linkage._mentions import parse_mention, prepare_mentions
from safeguard.linkage._model import ModelSpec, mention_model
from safeguard.linkage._run import new_linker
from safeguard.linkage._store import latest_model, open_warehouse


@dataclass(frozen=True, slots=True)
class Contribution:
    """One comparison's part in a pair's match weight."""

    comparison: str
    level: str
    left: str
    right: str
    match_weight: float
    tf_adjustment: float

    @property
    def total(self) -> float:
        """The level's weight with its term-frequency adjustment."""
        return self.match_weight + self.tf_adjustment


@dataclass(frozen=True, slots=True)
class Explanation:
    """The waterfall of one pair, and what the current entities make of it."""

    mention_l: str
    mention_r: str
    prior_match_weight: float
    contributions: tuple[Contribution, ...]
    match_weight: float
    match_probability: float
    threshold_match_weight: float
    found_by_blocking: bool
    same_entity: bool | None
    model_run: str

    @property
    def links(self) -> bool:
        """Whether the pair is at or above the threshold."""
        return self.match_weight >= self.threshold_match_weight


def _labels(settings: dict[str, Any]) -> dict[str, dict[int, str]]:
    # Splink numbers the non-null levels from the top down to 0; null levels are -1.
    found: dict[str, dict[int, str]] = {}
    for comparison in settings["comparisons"]:
        levels = comparison["comparison_levels"]
        counter = sum(1 for level in levels if not level.get("is_null_level")) - 1
        by_value: dict[int, str] = {}
        nulls: list[str] = []
        for level in levels:
            label = str(level.get("label_for_charts") or level["sql_condition"])
            if level.get("is_null_level"):
                nulls.append(label)
            else:
                by_value[counter] = label
                counter -= 1
        by_value[-1] = " or ".join(dict.fromkeys(nulls)) or "not compared"
        found[comparison["output_column_name"]] = by_value
    return found


def _days_to_date(days: Any) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days=int(days))).isoformat()


def _shown(name: str, row: dict[str, Any], side: str) -> str:
    def value(column: str) -> Any:
        return row.get(f"{column}_{side}")

    if name == "age":
        low, high = value("birth_from"), value("birth_to")
        if low is None:
            return "-"
        return f"born {_days_to_date(low)}" + ("" if low == high else f" to {_days_to_date(high)}")
    shown = value(name)
    if isinstance(shown, list):
        return ", ".join(str(v) for v in shown) or "-"
    return "-" if shown is None else str(shown)


def _contributions(row: dict[str, Any], settings: dict[str, Any]) -> tuple[Contribution, ...]:
    labels = _labels(settings)
    return tuple(
        Contribution(
            name,
            labels[name].get(int(row[f"gamma_{name}"]), "?"),
            _shown(name, row, "l"),
            _shown(name, row, "r"),
            float(row.get(f"mw_{name}") or 0.0),
            float(row.get(f"mw_tf_adj_{name}") or 0.0),
        )
        for name in labels
    )


def _mention_row(mentions: pa.Table, key: str) -> pa.Table:
    found = mentions.filter(pc.equal(mentions.column("unique_id"), key))
    if found.num_rows != 1:
        raise LinkageError(f"no identified person mention {key} in the warehouse")
    return found


def _same_entity(con: duckdb.DuckDBPyConnection, a: str, b: str) -> bool | None:
    sql = """
    SELECT count(DISTINCT entity_id), count(*) FROM entities
    WHERE source || '/' || record_id || '/' || person_ref IN (?, ?)
    """
    distinct, placed = con.execute(sql, [a, b]).fetchall()[0]
    return None if placed < 2 else distinct == 1


def _score(
    mentions: pa.Table, a: str, b: str, spec: ModelSpec, model: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    backend = DuckDBBackend()
    try:
        linker, _ = new_linker(backend, mentions, spec, model)
        for column in linker._settings_obj._term_frequency_columns:
            linker.table_management.compute_tf_table(column.name)
        left = backend.register(_mention_row(mentions, a), "__sg_left")
        right = backend.register(_mention_row(mentions, b), "__sg_right")
        scored = linker.inference.score_pair(left, right)
        row = backend.db_api.duckdb_con.sql(f"SELECT * FROM {scored.physical_name}")
        return row.to_arrow_table().to_pylist()[0], linker.misc.save_model_to_json()
    finally:
        backend.close()


def _found_by_blocking(mentions: pa.Table, a: str, b: str, spec: ModelSpec) -> bool:
    # Splink's own flag reads an exploding rule (a shared name key) as array equality, so the
    # two mentions are blocked on their own instead, with Splink's blocking itself.
    pair = pa.concat_tables([_mention_row(mentions, a), _mention_row(mentions, b)])
    return bool(blocked_pairs(pair, spec).num_rows > 0)


def explain(
    a: str, b: str, db: str | Path | None = None, *, spec: ModelSpec | None = None
) -> Explanation:
    """The match weight of two mentions, comparison by comparison, with the latest model.

    Args:
        a: a mention key, ``source/record_id/person_ref``.
        b: another mention key.
        db: the warehouse file (default: ``Settings().db``).
        spec: the model (default: :func:`mention_model`).

    Raises:
        LinkageError: no trained model yet, or a key that names no identified mention.

    Example:
        >>> e = explain("kent/CR1/P1", "essex/MP9/P1", "safeguard.duckdb")  # doctest: +SKIP
        >>> [(c.comparison, round(c.total, 1)) for c in e.contributions][:2]  # doctest: +SKIP
        [('forename', 5.5), ('surname', 9.2)]
    """
    keys = (str(parse_mention(a)), str(parse_mention(b)))
    con = open_warehouse(db)
    try:
        latest = latest_model(con)
        if latest is None:
            raise LinkageError("no trained model yet: run `safeguard link` first")
        run_id, parameters = latest
        spec = spec or mention_model()
        mentions = prepare_mentions(con)
        row, settings = _score(mentions, *keys, spec, parameters["model"])
        found = _found_by_blocking(mentions, *keys, spec)
        same = _same_entity(con, *keys)
    finally:
        con.close()
    prior = float(settings["probability_two_random_records_match"])
    weight = float(row["match_weight"])
    return Explanation(
        keys[0],
        keys[1],
        math.log2(prior / (1 - prior)),
        _contributions(row, settings),
        weight,
        match_probability(weight),
        float(parameters.get("threshold_match_weight", 0.0)),
        found,
        same,
        run_id,
    )
