"""File mode: link the person mentions of a file of exchange records, no warehouse needed.

The records are loaded into a throwaway warehouse in a temporary folder (checked, with broken
lines set aside exactly as ``safeguard ingest`` would), linked, and one JSON line is written
per person mention, in input order (a record sent twice comes where its current
version came)::

    {"source": ..., "record_id": ..., "person_ref": ..., "entity_id": ..., "confidence": ...}
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from safeguard.linkage._config import LinkageConfig
from safeguard.linkage._mentions import statement
from safeguard.linkage._run import LinkResult, link
from safeguard.linkage._steps import StepCallback
from safeguard.linkage._store import open_warehouse
from safeguard.warehouse import Settings, execute, ingest


@dataclass(frozen=True, slots=True)
class FileLinkResult:
    """What a file-mode run read and wrote."""

    records: int
    quarantined: int
    mentions: int
    entities: int
    link: LinkResult


def link_file(
    path: Path,
    write: Callable[[bytes], Any],
    config: LinkageConfig | None = None,
    *,
    model: dict[str, Any] | None = None,
    progress: StepCallback | None = None,
) -> FileLinkResult:
    """Link the mentions in one exchange file and write one JSON line per mention.

    Args:
        path: a ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file of exchange records.
        write: called with each output line (bytes, newline included).
        config: how to link (default: ``LinkageConfig()``).
        model: a trained model (Splink's JSON) to use instead of training on the file, which
            small files need: a model cannot be trained on a handful of mentions.
        progress: called at each linkage step.

    Returns:
        counts of records, quarantined lines, mentions and entities.

    Example:
        >>> with open("entities.jsonl", "wb") as out:  # doctest: +SKIP
        ...     link_file(Path("records.jsonl"), out.write).mentions
        4657
    """
    with tempfile.TemporaryDirectory(prefix="safeguard-link-") as folder:
        db = Path(folder) / "link.duckdb"
        loaded = ingest([path], db, progress=False, settings=Settings(db=db))
        result = link(db, config, model=model, progress=progress)
        con = open_warehouse(db)
        try:
            rows = execute(con, statement("file_entities")).fetchall()
        finally:
            con.close()
    keys = ("source", "record_id", "person_ref", "entity_id", "confidence")
    for row in rows:
        write(orjson.dumps(dict(zip(keys, row, strict=True))) + b"\n")
    return FileLinkResult(
        loaded.total("loaded"),
        loaded.total("quarantined"),
        len(rows),
        len({row[3] for row in rows}),
        result,
    )
