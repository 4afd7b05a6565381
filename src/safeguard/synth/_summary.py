"""The summary of one generated dataset."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Summary:
    """What :func:`generate` made: counts and where the files are."""

    scale: str
    seed: int
    records: int
    lines: int
    mentions: int
    children: int
    networks: int
    broken: int
    by_kind: dict[str, int]
    by_source_type: dict[str, int]
    by_force: dict[str, int]
    out: Path
    exchange_files: list[Path] = field(default_factory=list)
    truth_files: list[Path] = field(default_factory=list)
    manifest: Path | None = None
    seconds: float = 0.0
