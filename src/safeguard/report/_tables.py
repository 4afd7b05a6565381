"""The report's tables, as rows of plain values: the ranked forces, drill-downs, definitions.

Each table is a list of dicts (column name to value) so one source feeds the HTML, the CSV and
the Parquet exports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from safeguard.picture import ALL_TIME, NATIONAL, Picture
from safeguard.reference import forces

Row = dict[str, Any]

# The ranked table: (metric, column heading); ranked by children meeting cse/1 per 100,000.
RANKED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("children_cse", "Children meeting cse/1"),
    ("records_cse", "Records meeting cse/1"),
    ("identification_accuracy", "Identification accuracy"),
    ("flags_missed", "Flags missed"),
    ("flags_over", "Over-flagged"),
    ("networks", "Organised networks"),
    ("actions_per_child", "Actions per child"),
    ("arrests", "Arrests"),
    ("outcome_charged", "Charged"),
    ("days_to_charge_median", "Median days to charge"),
    ("open_over_12_months", "Open > 12 months"),
    ("complete_suspect_ethnicity", "Suspects' ethnicity recorded"),
    ("complete_partner_linked", "Partner data linked"),
    ("children_partner_only", "Children known only to partners"),
)


@dataclass(frozen=True, slots=True)
class Area:
    """A force area as the report names it."""

    id: str
    name: str
    population_thousands: int | None


def areas(picture: Picture) -> list[Area]:
    """The picture's force areas with their names and populations (None if not a force)."""
    known = {f.force_id: f for f in forces()}
    found = []
    for area in picture.areas():
        force = known.get(area)
        found.append(
            Area(area, force.name if force else area, force.population_thousands if force else None)
        )
    return found


def per_100k(picture: Picture, area: Area) -> float | None:
    """Children meeting cse/1 per 100,000 residents of the force area (None if unknown)."""
    children = picture.value("children_cse", area.id)
    if children is None or not area.population_thousands:
        return None
    return 100.0 * children / area.population_thousands


def ranked_forces(picture: Picture) -> list[Row]:
    """One row per force area, ranked by children meeting cse/1 per 100,000 residents.

    Args:
        picture: the computed (or publishable) picture.

    Returns:
        rows with rank, force, name, population, per_100k and each metric of
        :data:`RANKED_COLUMNS` (value None when suppressed or unknown).
    """
    rows = []
    for area in areas(picture):
        row: Row = {
            "force": area.id,
            "name": area.name,
            "population_thousands": area.population_thousands,
            "children_cse_per_100k": _rounded(per_100k(picture, area)),
        }
        for metric, _ in RANKED_COLUMNS:
            row[metric] = picture.value(metric, area.id)
        rows.append(row)
    rows.sort(
        key=lambda r: (r["children_cse_per_100k"] is None, -(r["children_cse_per_100k"] or 0))
    )
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return [{"rank": r.pop("rank"), **r} for r in rows]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def cells_table(picture: Picture) -> list[Row]:
    """Every cell with its metric's title: the long table behind every figure."""
    titles = {m.name: m.title for m in picture.catalogue.metrics}
    return [
        {
            "metric": c.metric,
            "title": titles[c.metric],
            "area": c.area,
            "period_type": c.period_type,
            "period": c.period,
            "numerator": c.numerator,
            "denominator": c.denominator,
            "value": c.value,
            "suppressed": c.suppressed,
        }
        for c in picture.cells
    ]


def national_by_month(picture: Picture) -> list[Row]:
    """Each metric nationally, one row per month (values only)."""
    rows = []
    for month in picture.periods("month"):
        row: Row = {"month": month}
        for metric in picture.catalogue.metrics:
            if metric.timed:
                row[metric.name] = picture.value(metric.name, NATIONAL, month)
        rows.append(row)
    return rows


def metric_definitions(picture: Picture) -> list[Row]:
    """The catalogue as a table: every metric's words, beside its national figure."""
    return [
        {
            "metric": m.name,
            "section": m.section,
            "title": m.title,
            "aggregate": m.aggregate,
            "unit": m.unit,
            "definition": m.definition,
            "numerator": m.numerator,
            "denominator": m.denominator,
            "sql": f"picture/sql/metric_{m.name}.sql",
            "national_value": picture.value(m.name, NATIONAL, ALL_TIME),
        }
        for m in picture.catalogue.metrics
    ]
