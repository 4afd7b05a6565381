"""A publishable picture: disclosure control applied to every count the report publishes.

What is published: per force area by year and over all time; nationally by month, by year and
over all time (a force's monthly figures are internal only: too small to publish). Each
metric's numerator and denominator are count tables, protected with their totals (national =
sum of forces, all time = sum of years, a year = sum of its months) and with the tables they
add up with (``additive`` in ``metrics.yaml``). A rate, ratio or median is hidden when a count
it is made from is hidden.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

from safeguard.picture._catalogue import Metric
from safeguard.picture._disclosure import THRESHOLD, Constraint, suppress
from safeguard.picture._model import ALL_TIME, NATIONAL, Cell, Picture

Place = tuple[str, str]  # (area, period)
Table = dict[Place, float]


@dataclass(frozen=True, slots=True)
class _Layout:
    areas: tuple[str, ...]
    years: tuple[str, ...]
    months: tuple[str, ...]

    def places(self, timed: bool) -> list[Place]:
        periods = [*self.years, ALL_TIME] if timed else [ALL_TIME]
        national = [*self.months, *periods] if timed else periods
        return [(a, p) for a in self.areas for p in periods] + [(NATIONAL, p) for p in national]

    def constraints(self, ref: str, timed: bool) -> list[Constraint]:
        periods = [*self.years, ALL_TIME] if timed else [ALL_TIME]
        found = [
            Constraint((ref, NATIONAL, p), tuple((ref, a, p) for a in self.areas)) for p in periods
        ]
        if timed:
            for area in (*self.areas, NATIONAL):
                found.append(
                    Constraint((ref, area, ALL_TIME), tuple((ref, area, y) for y in self.years))
                )
            for year in self.years:
                months = tuple((ref, NATIONAL, m) for m in self.months if m.startswith(year))
                found.append(Constraint((ref, NATIONAL, year), months))
        return found


def make_publishable(picture: Picture, threshold: int = THRESHOLD) -> Picture:
    """The picture as it may be published: small counts hidden so that none can be derived.

    Args:
        picture: an internal (unsuppressed) picture from :func:`compute_picture`.
        threshold: the smallest count that may be published (5).

    Returns:
        a new picture with only the published cells; hidden figures are None and their
        cells marked ``suppressed``. The list of networks and the runs' counts and
        parameters are left out (internal only).

    Example:
        >>> make_publishable(picture).get("children_cse", "kent", "2024")  # doctest: +SKIP
        Cell(metric='children_cse', area='kent', ..., value=None, suppressed=True)
    """
    layout = _Layout(
        tuple(picture.areas()), tuple(picture.periods("year")), tuple(picture.periods("month"))
    )
    metrics = {m.name: m for m in picture.catalogue.metrics}
    tables = _count_tables(picture, layout)
    canonical = _canonical(tables)
    hidden = _solve(tables, canonical, layout, picture, threshold)

    def is_hidden(ref: str, place: Place) -> bool:
        return place in hidden.get(canonical[ref], set())

    published = {timed: set(layout.places(timed)) for timed in (True, False)}
    cells = [
        _published(cell, metrics[cell.metric], is_hidden)
        for cell in picture.cells
        if (cell.area, cell.period) in published[metrics[cell.metric].timed]
    ]
    # A run's counts can hold small numbers (one child, two records): only what ran, and when.
    lineage = [
        {k: v for k, v in run.items() if k not in ("counts", "parameters")}
        for run in picture.lineage
    ]
    return replace(picture, cells=cells, networks=[], lineage=lineage, publishable=True, _index={})


def _published(cell: Cell, metric: Metric, is_hidden: Callable[[str, Place], bool]) -> Cell:
    place = (cell.area, cell.period)
    num_hidden = is_hidden(metric.name, place)
    den_hidden = metric.denominator is not None and is_hidden(f"{metric.name}.denominator", place)
    if not (num_hidden or den_hidden):
        return cell
    return replace(
        cell,
        numerator=None if num_hidden else cell.numerator,
        denominator=None if den_hidden else cell.denominator,
        value=None,
        suppressed=True,
    )


def _count_tables(picture: Picture, layout: _Layout) -> dict[str, tuple[bool, Table]]:
    """Every count table: the metric's numerator (``name``) and denominator, with timed."""
    tables: dict[str, tuple[bool, Table]] = {}
    for metric in picture.catalogue.metrics:
        places = layout.places(metric.timed)
        num: Table = dict.fromkeys(places, 0.0)
        den: Table = dict.fromkeys(places, 0.0)
        for place in places:
            cell = picture.get(metric.name, *place)
            if cell is not None:
                num[place] = cell.numerator or 0.0
                den[place] = cell.denominator or 0.0
        tables[metric.name] = (metric.timed, num)
        if metric.denominator is not None:
            tables[f"{metric.name}.denominator"] = (metric.timed, den)
    return tables


def _canonical(tables: dict[str, tuple[bool, Table]]) -> dict[str, str]:
    """Each table's representative: tables with identical figures are one table."""
    seen: dict[tuple[bool, tuple[tuple[Place, float], ...]], str] = {}
    canonical = {}
    for ref, (timed, table) in tables.items():
        signature = (timed, tuple(sorted(table.items())))
        canonical[ref] = seen.setdefault(signature, ref)
    return canonical


def _groups(canonical: dict[str, str], additive: list[tuple[str, list[str]]]) -> list[set[str]]:
    """Canonical tables joined by additive constraints, as groups protected together."""
    parent = {ref: ref for ref in set(canonical.values())}

    def find(ref: str) -> str:
        while parent[ref] != ref:
            ref = parent[ref]
        return ref

    for total, parts in additive:
        for part in parts:
            parent[find(part)] = find(total)
    groups: dict[str, set[str]] = defaultdict(set)
    for ref in parent:
        groups[find(ref)].add(ref)
    return sorted(groups.values(), key=lambda g: sorted(g))


def _solve(
    tables: dict[str, tuple[bool, Table]],
    canonical: dict[str, str],
    layout: _Layout,
    picture: Picture,
    threshold: int,
) -> dict[str, set[Place]]:
    """Suppress each group of canonical tables together; hidden places per canonical table."""

    def ref(name: str) -> str:
        return canonical[name.removesuffix(".numerator")]

    additive = [(ref(t), [ref(p) for p in parts]) for t, parts in picture.catalogue.additive]
    hidden: dict[str, set[Place]] = {}
    for group in _groups(canonical, additive):
        cells: dict[Hashable, float] = {}
        constraints: list[Constraint] = []
        for table in sorted(group):
            timed, values = tables[table]
            cells.update({(table, *place): count for place, count in values.items()})
            constraints += layout.constraints(table, timed)
        for total, parts in additive:
            if total in group:
                timed = tables[total][0]
                constraints += [
                    Constraint((total, *place), tuple((p, *place) for p in parts))
                    for place in layout.places(timed)
                ]
        found = suppress(cells, constraints, threshold)
        for table in group:
            hidden[table] = {(k[1], k[2]) for k in found if isinstance(k, tuple) and k[0] == table}
    return hidden
