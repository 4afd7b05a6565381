"""The national picture as data: one :class:`Cell` per metric, area and period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from safeguard.picture._catalogue import Catalogue

NATIONAL = "national"
ALL_TIME = "all"


@dataclass(frozen=True, slots=True)
class Cell:
    """One metric's figure for one area (a force id or ``national``) and one period.

    ``period_type`` is ``month`` (period ``2024-03``), ``year`` (``2024``) or ``all``.
    ``suppressed`` is true only in a publishable picture, where the figures are then None.
    """

    metric: str
    area: str
    period_type: str
    period: str
    numerator: float | None
    denominator: float | None
    value: float | None
    suppressed: bool = False


@dataclass(slots=True)
class Picture:
    """Every metric per force area and nationally, with what it was computed from.

    Attributes:
        catalogue: the metric definitions used.
        cells: the figures.
        as_at: the date the picture describes (open investigations are aged to it).
        identified: whether ``safeguard identify`` has decided the records.
        linked: whether the linkage stage's entities were used for who is who.
        networks_built: whether the networks stage's tables exist and hold networks.
        networks: the organised networks, highest priority first (internal pictures only).
        versions: definition versions behind the decisions, with record counts.
        lineage: the runs recorded in the warehouse, newest first.
        publishable: whether statistical disclosure control has been applied.
    """

    catalogue: Catalogue
    cells: list[Cell]
    as_at: dt.datetime
    identified: bool
    linked: bool
    networks_built: bool
    networks: list[dict[str, Any]] = field(default_factory=list)
    versions: list[dict[str, Any]] = field(default_factory=list)
    lineage: list[dict[str, Any]] = field(default_factory=list)
    publishable: bool = False
    _index: dict[tuple[str, str, str], Cell] = field(default_factory=dict, repr=False)

    def get(self, metric: str, area: str = NATIONAL, period: str = ALL_TIME) -> Cell | None:
        """The cell of ``metric`` for ``area`` and ``period`` (None when there are no facts)."""
        if not self._index:
            self._index = {(c.metric, c.area, c.period): c for c in self.cells}
        return self._index.get((metric, area, period))

    def value(self, metric: str, area: str = NATIONAL, period: str = ALL_TIME) -> float | None:
        """The value of a cell; 0 for a count with no facts; None when suppressed or unknown."""
        cell = self.get(metric, area, period)
        if cell is None:
            return 0.0 if self.catalogue.metric(metric).is_count else None
        return cell.value

    def areas(self) -> list[str]:
        """The force areas that have any figure, sorted."""
        return sorted({c.area for c in self.cells if c.area != NATIONAL})

    def periods(self, period_type: str) -> list[str]:
        """The periods of one type (``month`` or ``year``) that have any figure, sorted."""
        return sorted({c.period for c in self.cells if c.period_type == period_type})

    def replace_cells(self, cells: list[Cell]) -> None:
        """Swap in new cells (after disclosure control), resetting the lookup."""
        self.cells = cells
        self._index = {}
