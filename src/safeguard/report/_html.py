"""The report's one HTML file: the template filled with the picture, its tables and charts.

Everything is inline (styles, the charts as SVG, a few lines of our own script for sorting the
ranked table), so the file works offline, from a USB stick or an email attachment.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import jinja2
from markupsafe import Markup, escape

from safeguard import __version__
from safeguard.definitions import DefinitionError, get_definition
from safeguard.picture import ALL_TIME, NATIONAL, Metric, Picture
from safeguard.report._format import fraction, show
from safeguard.report._tables import RANKED_COLUMNS, Area, areas, per_100k

HEADLINES = (
    "children_cse",
    "records_cse",
    "identification_accuracy",
    "networks",
    "outcome_charged",
    "days_to_charge_median",
    "complete_suspect_ethnicity",
    "children_partner_only",
)
_MONTHLY = ("records_cse", "children_cse", "flags_missed", "flags_over")


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart as the page shows it."""

    name: str
    title: str
    caption: str
    svg: Markup


def render(
    picture: Picture,
    figures: list[Figure],
    exports: list[str],
    warnings: list[str],
    generated_at: dt.datetime,
) -> str:
    """The whole report as one HTML document.

    Args:
        picture: the picture to show (publishable or internal).
        figures: the charts, as inline SVG.
        exports: the exported files, relative to the report.
        warnings: what the reader must know (a stage not run, networks not built).
        generated_at: when the report was made.

    Returns:
        the HTML text.
    """
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("safeguard.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["prose"] = prose
    environment.filters["counts"] = counts
    template = environment.get_template("report.html")
    static = files("safeguard.report").joinpath("templates")
    return template.render(
        picture=picture,
        css=Markup(static.joinpath("report.css").read_text("utf-8")),
        script=Markup(static.joinpath("report.js").read_text("utf-8")),
        headlines=[_figure(picture, picture.catalogue.metric(n)) for n in HEADLINES],
        ranked=_ranked(picture),
        sections=_sections(picture),
        figures=figures,
        drill=[_drill(picture, area) for area in areas(picture)],
        networks=_networks(picture),
        national_months=_months(picture, NATIONAL),
        definitions=_definitions(picture),
        exports=exports,
        warnings=warnings,
        generated_at=f"{_day(generated_at)} {generated_at:%H:%M} UTC",
        as_at=_day(picture.as_at),
        version=__version__,
    )


def prose(text: str) -> Markup:
    """Definition text for the page: escaped, with `backticks` shown as code.

    Example:
        >>> str(prose("run `safeguard identify` <now>"))
        'run <code>safeguard identify</code> &lt;now&gt;'
    """
    parts = str(escape(text)).split("`")
    return Markup("".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts)))


def counts(text: str | None) -> str:
    """A run's counts (JSON) as short ``name: value`` pairs, one level of nesting flattened.

    Example:
        >>> counts('{"records": 51152, "flag_review": {"missed": 2008}}')
        'records: 51,152; flag_review missed: 2,008'
    """
    if not text:
        return ""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict):
        return text
    pairs = []
    for key, value in data.items():
        items = value.items() if isinstance(value, dict) else [("", value)]
        for sub, item in items:
            shown = f"{item:,}" if isinstance(item, int) and not isinstance(item, bool) else item
            pairs.append(f"{key} {sub}".strip() + f": {shown}")
    return "; ".join(pairs)


def _day(moment: dt.datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def _figure(picture: Picture, metric: Metric, area: str = NATIONAL) -> dict[str, Any]:
    cell = picture.get(metric.name, area, ALL_TIME)
    text = show(metric, cell)
    if metric.section == "networks" and not picture.networks_built:
        text = "not built"
    return {"metric": metric, "text": text, "fraction": fraction(metric, cell)}


def _ranked(picture: Picture) -> dict[str, Any]:
    metrics = [picture.catalogue.metric(name) for name, _ in RANKED_COLUMNS]
    rows: list[dict[str, Any]] = []
    for area in areas(picture):
        rate = per_100k(picture, area)
        rows.append(
            {
                "area": area,
                "rate": rate,
                "cells": [
                    (
                        show(m, picture.get(m.name, area.id, ALL_TIME)),
                        picture.value(m.name, area.id),
                    )
                    for m in metrics
                ],
            }
        )
    rows.sort(key=lambda r: (r["rate"] is None, -(r["rate"] or 0.0)))
    headings = [(label, m) for (_, label), m in zip(RANKED_COLUMNS, metrics, strict=True)]
    return {"headings": headings, "rows": rows}


def _sections(picture: Picture) -> list[dict[str, Any]]:
    years = picture.periods("year")
    found = []
    for section in picture.catalogue.sections:
        rows = []
        for metric in picture.catalogue.in_section(section.id):
            by_year = [
                show(metric, picture.get(metric.name, NATIONAL, y)) if metric.timed else ""
                for y in years
            ]
            rows.append({**_figure(picture, metric), "years": by_year})
        found.append({"section": section, "rows": rows, "years": years})
    return found


def _drill(picture: Picture, area: Area) -> dict[str, Any]:
    years = picture.periods("year")
    rows = [
        {
            "metric": m,
            "years": [show(m, picture.get(m.name, area.id, y)) if m.timed else "" for y in years],
            "all": show(m, picture.get(m.name, area.id, ALL_TIME)),
            "national": show(m, picture.get(m.name, NATIONAL, ALL_TIME)),
        }
        for m in picture.catalogue.metrics
    ]
    return {"area": area, "years": years, "rows": rows, "months": _months(picture, area.id)}


def _months(picture: Picture, area: str) -> dict[str, Any]:
    months = [p for p in picture.periods("month") if _has_month(picture, area, p)]
    metrics = [picture.catalogue.metric(n) for n in _MONTHLY]
    rows = [
        {"metric": m, "cells": [show(m, picture.get(m.name, area, p)) for p in months]}
        for m in metrics
    ]
    return {"months": months, "rows": rows}


def _has_month(picture: Picture, area: str, month: str) -> bool:
    return picture.get("records", area, month) is not None


def _networks(picture: Picture) -> list[dict[str, Any]]:
    """The networks list with force areas by name."""
    names = {a.id: a.name for a in areas(picture)}
    return [
        {**n, "forces": ", ".join(names.get(f, f) for f in str(n["forces"]).split(", "))}
        for n in picture.networks
    ]


def _definitions(picture: Picture) -> list[dict[str, Any]]:
    found = []
    for used in picture.versions:
        try:
            definition = get_definition(str(used["version"]))
        except DefinitionError:
            continue
        found.append({"definition": definition, "records": used["records"]})
    return found
