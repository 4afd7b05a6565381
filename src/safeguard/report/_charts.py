"""The report's charts: Vega-Lite specs made with Altair, rendered to SVG (inline in the HTML,
and as files for slides) and PNG by vl-convert, so the report needs no JavaScript to show them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import altair as alt

from safeguard.picture import ALL_TIME, NATIONAL, Picture
from safeguard.report._tables import areas, per_100k

WIDTH = 640
_FONT = "Helvetica, Arial, sans-serif"
_OUTCOMES = (
    ("outcome_charged", "Charged or summonsed"),
    ("outcome_evidential", "Evidential difficulties"),
    ("outcome_no_suspect", "No suspect identified"),
    ("outcome_diversion", "Diversion"),
    ("outcome_other", "Other outcomes"),
    ("outcome_outstanding", "Outstanding"),
)
_COMPLETENESS = (
    ("complete_victim_age", "Victim's age"),
    ("complete_suspect_identified", "Suspect identified"),
    ("complete_suspect_ethnicity", "Suspects' ethnicity"),
    ("complete_suspect_nationality", "Suspects' nationality"),
    ("complete_partner_linked", "Partner data linked"),
)


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart: its file name, title, what it shows, and its Vega-Lite spec."""

    name: str
    title: str
    caption: str
    spec: dict[str, Any]


def charts(picture: Picture) -> list[Chart]:
    """Every chart the picture supports (networks only once they are built).

    Args:
        picture: the picture (publishable or not); suppressed figures are left out.

    Returns:
        the charts, in report order.
    """
    makers: list[Callable[[Picture], Chart | None]] = [
        _trend,
        _rate,
        _accuracy,
        _outcomes,
        _completeness,
        _networks,
    ]
    return [chart for make in makers if (chart := make(picture)) is not None]


def _data(rows: list[dict[str, Any]]) -> Any:
    # Altair's Data is untyped; the rows are inlined into the spec, so no file is read.
    return alt.Data(values=rows)  # type: ignore[no-untyped-call]


def _spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    configured = chart.configure(font=_FONT).configure_view(stroke=None)
    spec: dict[str, Any] = configured.to_dict()
    return spec


def _trend(picture: Picture) -> Chart | None:
    series = (
        ("records_cse", "Records meeting cse/1"),
        ("flags_supplier", "Supplier CSE flags"),
        ("flags_agreed", "Flags agreed"),
    )
    rows = [
        {"month": month, "series": label, "records": picture.value(name, NATIONAL, month)}
        for month in picture.periods("month")
        for name, label in series
    ]
    if all(r["records"] is None for r in rows):
        return None
    chart = (
        alt.Chart(_data(rows), width=WIDTH, height=260)
        .mark_line(point=True)
        .encode(
            x=alt.X("month:O", title="Month recorded"),
            y=alt.Y("records:Q", title="Records"),
            color=alt.Color("series:N", title=None, legend=alt.Legend(orient="top")),
        )
    )
    return Chart(
        "national-trend",
        "England and Wales, month by month",
        "Records meeting cse/1 beside the supplier's own CSE flags and the flags that agree.",
        _spec(chart),
    )


def _per_force(picture: Picture, metric: str, scale: float = 1.0) -> list[dict[str, Any]]:
    """One row per force area with a figure (suppressed and unknown figures left out)."""
    rows = []
    for area in areas(picture):
        value = picture.value(metric, area.id)
        if value is not None:
            rows.append({"force": area.name, "value": value * scale})
    return rows


def _bars(rows: list[dict[str, Any]], title: str, rule: float | None = None) -> alt.TopLevelMixin:
    base = alt.Chart(_data(rows), width=WIDTH - 200, height=alt.Step(13))
    bars: alt.Chart = base.mark_bar(color="#1d4f91").encode(
        x=alt.X("value:Q", title=title),
        y=alt.Y("force:N", sort="-x", title=None),
    )
    if rule is None:
        return bars
    line = alt.Chart(_data([{"national": rule}])).mark_rule(color="#c8102e", strokeDash=[4, 3])
    layered: alt.TopLevelMixin = alt.layer(bars, line.encode(x="national:Q"))
    return layered


def _rate(picture: Picture) -> Chart | None:
    rows = [
        {"force": a.name, "value": per_100k(picture, a)}
        for a in areas(picture)
        if per_100k(picture, a) is not None
    ]
    if not rows:
        return None
    return Chart(
        "children-per-100k",
        "Children meeting cse/1 per 100,000 residents, by force area",
        "Force areas compared on one definition, scaled by population.",
        _spec(_bars(rows, "children per 100,000 residents")),
    )


def _accuracy(picture: Picture) -> Chart | None:
    national = picture.value("identification_accuracy", NATIONAL, ALL_TIME)
    rows = _per_force(picture, "identification_accuracy", 100.0)
    if not rows or not picture.identified:
        return None
    return Chart(
        "identification-accuracy",
        "Identification accuracy by force area",
        "Of the records meeting cse/1, the percentage the supplier had flagged CSE; the dashed "
        "line is England and Wales.",
        _spec(_bars(rows, "% of records meeting cse/1 flagged CSE", (national or 0) * 100)),
    )


def _outcomes(picture: Picture) -> Chart | None:
    rows = []
    places = [(NATIONAL, "England and Wales")] + [(a.id, a.name) for a in areas(picture)]
    for area, name in places:
        for order, (metric, label) in enumerate(_OUTCOMES):
            value = picture.value(metric, area)
            if value is not None:
                rows.append({"force": name, "outcome": label, "share": value, "order": order})
    if not rows:
        return None
    chart = (
        alt.Chart(_data(rows), width=WIDTH - 220, height=alt.Step(13))
        .mark_bar()
        .encode(
            x=alt.X("share:Q", stack="normalize", axis=alt.Axis(format="%"), title="Crimes"),
            y=alt.Y("force:N", sort=[name for _, name in places], title=None),
            color=alt.Color(
                "outcome:N",
                sort=[label for _, label in _OUTCOMES],
                title=None,
                legend=alt.Legend(orient="top", columns=3),
            ),
            order=alt.Order("order:Q"),
        )
    )
    return Chart(
        "outcomes",
        "Outcomes of crimes meeting cse/1",
        "Home Office outcome groups, England and Wales first, then each force area.",
        _spec(chart),
    )


def _completeness(picture: Picture) -> Chart | None:
    rows = [
        {"field": label, "value": 100 * value}
        for metric, label in _COMPLETENESS
        if (value := picture.value(metric)) is not None
    ]
    if not rows:
        return None
    chart = (
        alt.Chart(_data(rows), width=WIDTH - 200, height=alt.Step(22))
        .mark_bar(color="#1d4f91")
        .encode(
            x=alt.X("value:Q", title="% recorded", scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("field:N", sort=None, title=None),
        )
    )
    return Chart(
        "completeness",
        "Data completeness, England and Wales",
        "How often each field is recorded in records meeting cse/1.",
        _spec(chart),
    )


def _networks(picture: Picture) -> Chart | None:
    if not picture.networks_built:
        return None
    rows = [r for r in _per_force(picture, "networks") if r["value"]]
    if not rows:
        return None
    return Chart(
        "networks",
        "Organised networks by force area",
        "Networks meeting organised-network/1; a network spanning two areas counts in both.",
        _spec(_bars(rows, "organised networks")),
    )
