"""What a load reports: counts per file and for the whole run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

OUTCOMES = ("new", "superseded", "unchanged", "stale")

FileStatus = Literal["loaded", "skipped"]


@dataclass(slots=True)
class FileResult:
    """Counts for one input file. ``loaded + quarantined == read`` always holds.

    A file ``skipped`` because an earlier run loaded the same bytes (same SHA-256) is not read:
    its counts are all 0 and ``loaded_by`` names the run that loaded it.
    """

    path: Path
    sha256: str
    bytes: int
    read: int = 0
    new: int = 0
    superseded: int = 0
    unchanged: int = 0
    stale: int = 0
    quarantined: int = 0
    notes: Counter[str] = field(default_factory=Counter)
    status: FileStatus = "loaded"
    loaded_by: str | None = None

    @property
    def loaded(self) -> int:
        """Records accepted: new, superseding, unchanged duplicates and stale versions."""
        return self.new + self.superseded + self.unchanged + self.stale

    @property
    def skipped(self) -> int:
        """1 if the file was skipped (already loaded), else 0, so that totals count files."""
        return int(self.status == "skipped")

    def add(self, counts: Counter[str], read: int, notes: Counter[str]) -> None:
        """Add one merged batch's counts for this file."""
        self.read += read
        for name in (*OUTCOMES, "quarantined"):
            setattr(self, name, getattr(self, name) + counts.get(name, 0))
        self.notes.update(notes)

    def as_json(self) -> dict[str, Any]:
        """The file's entry in ``runs.inputs``."""
        entry: dict[str, Any] = {
            "path": str(self.path),
            "sha256": self.sha256,
            "bytes": self.bytes,
            "status": self.status,
            "read": self.read,
            "loaded": self.loaded,
            **{name: getattr(self, name) for name in (*OUTCOMES, "quarantined")},
            "notes": sum(self.notes.values()),
        }
        if self.loaded_by is not None:
            entry["loaded_by"] = self.loaded_by
        return entry


@dataclass(slots=True)
class IngestResult:
    """The outcome of one ``ingest`` run."""

    run_id: str
    db: Path
    files: list[FileResult]
    seconds: float = 0.0
    status: str = "ok"

    def total(self, name: str) -> int:
        """A count summed over files: read, loaded, new, ..., quarantined or skipped (files)."""
        return sum(int(getattr(f, name)) for f in self.files)

    @property
    def notes(self) -> Counter[str]:
        """Unknown fields and values seen (kept, not rejected), with how often."""
        found: Counter[str] = Counter()
        for f in self.files:
            found.update(f.notes)
        return found

    def counts(self) -> dict[str, Any]:
        """The run's totals, as stored in ``runs.counts``."""
        names = ("read", "loaded", *OUTCOMES, "quarantined", "skipped")
        totals: dict[str, Any] = {name: self.total(name) for name in names}
        totals["files"] = len(self.files)
        totals["notes"] = dict(sorted(self.notes.items()))
        return totals
