"""File mode: ingest, link, identify and find networks in a file, in a temporary warehouse.

``safeguard networks -i records.jsonl -o networks.jsonl`` writes one JSON object per detected
group (meeting organised-network/1 or not), highest priority first, in the shape of
:func:`~safeguard.networks.network_json`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from safeguard.identify import identify_warehouse
from safeguard.linkage import link
from safeguard.networks._build import NetworksResult, build_networks
from safeguard.networks._export import network_json
from safeguard.networks._read import list_networks, show_network
from safeguard.warehouse import Settings, connect, ingest

Progress = Callable[[str, int, int], None]
STAGES = ("ingesting", "linking", "identifying", "finding networks", "writing")


@dataclass(frozen=True, slots=True)
class FileNetworksResult:
    """What a file-mode run read and found."""

    records: int
    quarantined: int
    networks: NetworksResult


def networks_file(
    path: Path,
    write: Callable[[bytes], Any],
    *,
    model: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> FileNetworksResult:
    """Find the networks in one exchange file and write one JSON line per detected group.

    Args:
        path: a ``.jsonl``, ``.jsonl.gz`` or ``.parquet`` file of exchange records.
        write: called with each output line (bytes, newline included).
        model: a trained linkage model (Splink's JSON) for files too small to train one on.
        progress: called as ``progress(stage, done, total)`` after each stage.

    Returns:
        counts of records loaded, lines quarantined, and the networks run's counts.

    Example:
        >>> with open("networks.jsonl", "wb") as out:  # doctest: +SKIP
        ...     networks_file(Path("records.jsonl"), out.write).networks.networks_met
        6
    """
    tick = progress or (lambda *_: None)
    with tempfile.TemporaryDirectory(prefix="safeguard-networks-") as folder:
        db = Path(folder) / "networks.duckdb"
        loaded = ingest([path], db, progress=False, settings=Settings(db=db))
        tick(STAGES[0], 1, len(STAGES))
        link(db, model=model)
        tick(STAGES[1], 2, len(STAGES))
        identify_warehouse(db)
        tick(STAGES[2], 3, len(STAGES))
        found = build_networks(db)
        tick(STAGES[3], 4, len(STAGES))
        con = connect(db)
        try:
            for summary in list_networks(con, include_unmet=True):
                write(orjson.dumps(network_json(show_network(con, summary.network_id))) + b"\n")
        finally:
            con.close()
        tick(STAGES[4], 5, len(STAGES))
    return FileNetworksResult(loaded.total("loaded"), loaded.total("quarantined"), found)
