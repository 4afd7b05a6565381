"""Clerical review: pairs in the uncertain band go to a person, and their decisions come back.

``export_review`` writes a CSV of undecided pairs whose match weight is in the review band,
most uncertain first, with both mentions side by side (names, dates of birth, addresses:
personal data, so the file is OFFICIAL-SENSITIVE and is handled like the warehouse itself).
A reviewer fills in ``decision`` (``match``, ``non-match`` or ``unsure``) and, if they like,
``reviewer`` and ``note``; ``import_review`` records the decisions in ``link_reviews``.

The next linkage run uses them as labels: a match is an edge and a non-match never is, when
clustering (full and incremental runs alike), and, once there are enough reviewed matches,
they are a further estimate of the model's m probabilities.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from safeguard.errors import InputFileError
from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._errors import LinkageError
from safeguard.linkage._mentions import parse_mention, statement
from safeguard.linkage._store import latest_model, open_warehouse, registered
from safeguard.warehouse import execute, recorded_run, transaction

DECISIONS = ("match", "non-match", "unsure")
_SPELLINGS = {
    "match": "match",
    "yes": "match",
    "non-match": "non-match",
    "nonmatch": "non-match",
    "non match": "non-match",
    "no match": "non-match",
    "no": "non-match",
    "unsure": "unsure",
}
REVIEW_FIELDS = ("decision", "reviewer", "note")


def _config(con: duckdb.DuckDBPyConnection) -> LinkageConfig:
    latest = latest_model(con)
    if latest is None:
        return LinkageConfig()
    return LinkageConfig.model_validate(latest[1].get("config", {}))


def export_review(db: str | Path | None, path: Path, *, limit: int = 500) -> int:
    """Write undecided pairs in the review band to a CSV file, most uncertain first.

    Args:
        db: the warehouse file (default: ``Settings().db``).
        path: the CSV file to write (personal data: keep it where the warehouse is kept).
        limit: at most this many pairs.

    Returns:
        how many pairs were written.

    Example:
        >>> export_review("safeguard.duckdb", Path("review.csv"))  # doctest: +SKIP
        500
    """
    con = open_warehouse(db)
    try:
        config = _config(con)
        params = [config.review_low, config.review_high, config.threshold_match_weight, limit]
        result = execute(con, statement("review_candidates"), params)
        header = [d[0] for d in result.description or []]
        rows = result.fetchall()
    finally:
        con.close()
    try:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([*header, *REVIEW_FIELDS])
            for row in rows:
                writer.writerow([*(_cell(v) for v in row), "", "", ""])
    except OSError as error:
        raise LinkageError(f"{path}: cannot write the review file ({error})") from None
    return len(rows)


def _cell(value: Any) -> Any:
    # Text a spreadsheet would run as a formula (supplier data can hold anything) is quoted.
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@dataclass
class ReviewImport:
    """What an import recorded, and the lines it could not use (by line number)."""

    run_id: str = ""
    decisions: Counter[str] = field(default_factory=Counter)
    blank: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def recorded(self) -> int:
        """How many decisions were recorded."""
        return sum(self.decisions.values())


_COLUMNS = (
    "mention_l",
    "mention_r",
    "decision",
    "reviewer",
    "note",
    "match_weight",
    "exported_run",
)


def _decision(
    row: dict[str, str | None], line: int, reviewer: str | None, result: ReviewImport
) -> dict[str, Any] | None:
    text = (row.get("decision") or "").strip().lower()
    if not text:
        result.blank += 1
        return None
    decision = _SPELLINGS.get(text)
    if decision is None:
        result.problems.append(f"line {line}: decision must be one of {', '.join(DECISIONS)}")
        return None
    try:
        keys = sorted(str(parse_mention(row.get(c) or "")) for c in ("mention_l", "mention_r"))
        weight_text = row.get("match_weight")
        weight = float(weight_text) if weight_text else None
    except (LinkageError, ValueError):
        result.problems.append(f"line {line}: mention keys or match_weight not readable")
        return None
    values = [*keys, decision, row.get("reviewer") or reviewer, row.get("note") or None]
    return dict(zip(_COLUMNS, [*values, weight, row.get("run_id") or None], strict=True))


def _read(path: Path, reviewer: str | None, result: ReviewImport) -> pa.Table:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = {"mention_l", "mention_r", "decision"} - set(reader.fieldnames or [])
            if missing:
                raise InputFileError(str(path), f"missing column(s): {', '.join(sorted(missing))}")
            rows = [_decision(row, n, reviewer, result) for n, row in enumerate(reader, start=2)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputFileError(str(path), f"cannot read the review file ({error})") from None
    # the last decision on a pair in the file wins
    latest = {(r["mention_l"], r["mention_r"]): r for r in rows if r is not None}
    for row in latest.values():
        result.decisions[row["decision"]] += 1
    schema = pa.schema(
        [(c, pa.float64() if c == "match_weight" else pa.string()) for c in _COLUMNS]
    )
    return pa.Table.from_pylist(list(latest.values()), schema=schema)


def import_review(
    db: str | Path | None, path: Path, *, reviewer: str | None = None
) -> ReviewImport:
    """Record the decisions of a filled-in review CSV in ``link_reviews``.

    A blank decision is skipped; an unknown one is reported by its line number and skipped.
    A pair decided again takes the newer decision.

    Args:
        db: the warehouse file (default: ``Settings().db``).
        path: the CSV file as exported, with ``decision`` filled in.
        reviewer: who reviewed, for rows that do not name a reviewer.

    Returns:
        the counts by decision, blanks and problems; the import is recorded in ``runs``.

    Example:
        >>> import_review("safeguard.duckdb", Path("review.csv")).recorded  # doctest: +SKIP
        480
    """
    result = ReviewImport()
    decisions = _read(path, reviewer, result)
    con = open_warehouse(db)
    try:
        parameters = {"mode": "review import", "file": path.name}
        with recorded_run(con, "link review import", parameters) as record:
            result.run_id = record.run_id
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            with transaction(con), registered(con, __sg_decisions=decisions):
                execute(con, statement("upsert_review"), [record.run_id, now])
            record.inputs = [{"path": str(path), "decisions": result.recorded}]
            record.counts = {
                **result.decisions,
                "blank": result.blank,
                "problems": len(result.problems),
            }
    finally:
        con.close()
    return result
