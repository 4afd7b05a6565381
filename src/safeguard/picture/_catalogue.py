"""The metric catalogue: every metric's name, words and aggregate, from ``metrics.yaml``.

The catalogue is the one place a metric is defined; the report and ``docs/report.md`` show the
same words beside each number (``tests/picture/test_catalogue.py`` keeps the docs in step).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any, Literal, cast

import yaml

from safeguard.errors import SafeguardError

Aggregate = Literal["count", "share", "ratio", "median", "p90"]
AGGREGATES: tuple[str, ...] = ("count", "share", "ratio", "median", "p90")
_NEEDS_DENOMINATOR = ("share", "ratio")
_FIELDS = {
    "name",
    "section",
    "title",
    "aggregate",
    "unit",
    "definition",
    "numerator",
    "denominator",
    "timed",
}


class CatalogueError(SafeguardError):
    """The metric catalogue (``picture/metrics.yaml``) or a metric's SQL is invalid."""


@dataclass(frozen=True, slots=True)
class Section:
    """A group of metrics shown together in the report."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Metric:
    """One metric: what it counts, in words, and how its facts are aggregated."""

    name: str
    section: str
    title: str
    aggregate: Aggregate
    unit: str
    definition: str
    numerator: str
    denominator: str | None = None
    timed: bool = True

    @property
    def is_count(self) -> bool:
        """True when the value is itself a count of people, records or events."""
        return self.aggregate == "count"

    def sql(self) -> str:
        """The text of ``picture/sql/metric_<name>.sql``."""
        return statement(f"metric_{self.name}")


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The whole catalogue: its version, sections, metrics and the "not recorded" values."""

    version: int
    sections: tuple[Section, ...]
    metrics: tuple[Metric, ...]
    not_recorded: tuple[str, ...]
    additive: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def metric(self, name: str) -> Metric:
        """The metric called ``name`` (CatalogueError if none)."""
        for metric in self.metrics:
            if metric.name == name:
                return metric
        raise CatalogueError(f"no metric called {name!r} in picture/metrics.yaml")

    def in_section(self, section: str) -> tuple[Metric, ...]:
        """The metrics of one section, in catalogue order."""
        return tuple(m for m in self.metrics if m.section == section)


@cache
def statement(name: str) -> str:
    """The text of ``picture/sql/<name>.sql``."""
    try:
        return files("safeguard.picture").joinpath("sql", f"{name}.sql").read_text("utf-8")
    except FileNotFoundError:
        raise CatalogueError(f"picture/sql/{name}.sql: no such file") from None


@cache
def catalogue() -> Catalogue:
    """The metric catalogue, validated all at once (every problem reported together).

    Returns:
        the catalogue shipped in ``safeguard/picture/metrics.yaml``.

    Raises:
        CatalogueError: listing every problem found.

    Example:
        >>> catalogue().metric("identification_accuracy").aggregate
        'share'
    """
    text = files("safeguard.picture").joinpath("metrics.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    problems: list[str] = []
    sections = tuple(Section(s["id"], s["title"]) for s in data.get("sections", []))
    section_ids = {s.id for s in sections}
    metrics: list[Metric] = []
    for index, item in enumerate(data.get("metrics", []), start=1):
        metric, found = _metric(index, item, section_ids)
        problems += found
        if metric is not None:
            metrics.append(metric)
    names = [m.name for m in metrics]
    twice = sorted({n for n in names if names.count(n) > 1})
    problems += [f"metric {n!r} defined twice" for n in twice]
    additive = tuple(
        (str(a["total"]), tuple(str(p) for p in a["parts"])) for a in data.get("additive", [])
    )
    problems += _check_additive(additive, {m.name: m for m in metrics})
    if problems:
        raise CatalogueError("picture/metrics.yaml:\n  " + "\n  ".join(problems))
    values = tuple(str(v).strip().lower() for v in data.get("not_recorded", []))
    return Catalogue(int(data["version"]), sections, tuple(metrics), values, additive)


def _check_additive(
    additive: tuple[tuple[str, tuple[str, ...]], ...], metrics: dict[str, Metric]
) -> list[str]:
    problems = []
    for total, parts in additive:
        for ref in (total, *parts):
            name, _, side = ref.partition(".")
            metric = metrics.get(name)
            if metric is None or side not in ("", "numerator", "denominator"):
                problems.append(f"additive: {ref!r} names no metric's numerator or denominator")
            elif side == "denominator" and metric.denominator is None:
                problems.append(f"additive: {name!r} has no denominator")
    return problems


def _metric(
    index: int, item: dict[str, Any], sections: set[str]
) -> tuple[Metric | None, list[str]]:
    where = f"metric {index} ({item.get('name', '?')})"
    problems = [f"{where}: unknown field {k!r}" for k in sorted(set(item) - _FIELDS)]
    for key in ("name", "section", "title", "aggregate", "unit", "definition", "numerator"):
        if not str(item.get(key) or "").strip():
            problems.append(f"{where}: {key} is required")
    if item.get("aggregate") not in AGGREGATES:
        problems.append(f"{where}: aggregate must be one of {', '.join(AGGREGATES)}")
    if item.get("section") not in sections:
        problems.append(f"{where}: section {item.get('section')!r} is not listed in sections")
    if item.get("aggregate") in _NEEDS_DENOMINATOR and not item.get("denominator"):
        problems.append(f"{where}: a {item.get('aggregate')} needs a denominator")
    if not problems:
        try:
            statement(f"metric_{item['name']}")
        except CatalogueError as error:
            problems.append(f"{where}: {error}")
    if problems:
        return None, problems
    return (
        Metric(
            name=str(item["name"]),
            section=str(item["section"]),
            title=str(item["title"]),
            aggregate=cast(Aggregate, item["aggregate"]),
            unit=str(item["unit"]),
            definition=" ".join(str(item["definition"]).split()),
            numerator=str(item["numerator"]),
            denominator=str(item["denominator"]) if item.get("denominator") else None,
            timed=bool(item.get("timed", True)),
        ),
        [],
    )
