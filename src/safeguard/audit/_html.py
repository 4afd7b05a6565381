"""The audit report as one HTML page: tables and a chart of accuracy over rounds (inline SVG).

The chart is drawn with Altair and rendered to SVG by ``vl_convert``, so the page needs no
JavaScript and works offline.
"""

from __future__ import annotations

import html
from pathlib import Path

from safeguard.audit._errors import AuditError
from safeguard.audit._report import MEASURES, SYSTEMS, RoundReport, ScopeEstimates

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem;color:#1b1b1b}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:right}
td{white-space:nowrap}
th{background:#eef1f6}td:first-child,th:first-child{text-align:left}
.note{color:#555;font-size:.9rem}
"""


def accuracy_chart(reports: list[RoundReport]) -> str:
    """Accuracy over rounds, for the supplier's flag and our decision, as an SVG string."""
    import altair as alt  # heavy: only when a chart is drawn
    import vl_convert

    rows = []
    for r in reports:
        if r.overall is None:
            continue
        for system, label in SYSTEMS.items():
            e = r.overall.estimates[(system, "accuracy")]
            if e.value is not None:
                rows.append({"date": r.round_date.isoformat(), "round": r.name, "system": label,
                             "accuracy": e.value, "low": e.low, "high": e.high})  # fmt: skip
    if not rows:
        return "<p class='note'>No reviewed round yet: import review packs to see the trend.</p>"
    # altair's Data class carries no type annotations
    base = alt.Chart(alt.Data(values=rows))  # type: ignore[no-untyped-call]
    x = alt.X("date:T", title="date of the audit round", axis=alt.Axis(format="%d %b %Y"))
    colour = alt.Color("system:N", title=None, legend=alt.Legend(orient="bottom"))
    line = base.mark_line(point=True).encode(
        x=x,
        y=alt.Y("accuracy:Q", title="accuracy (95% interval)", scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%")),
        color=colour,
        tooltip=["round:N", "system:N", alt.Tooltip("accuracy:Q", format=".1%")],
    )  # fmt: skip
    bars = base.mark_errorbar(ticks=True).encode(
        x=x, y=alt.Y("low:Q", title="accuracy (95% interval)"), y2="high:Q", color=colour
    )
    chart = (bars + line).properties(
        width=640, height=300, title="Share of CSE records correctly identified, by audit round"
    )
    try:
        return str(vl_convert.vegalite_to_svg(chart.to_json()))
    except Exception as error:  # vl_convert raises plain exceptions from its Rust core
        raise AuditError(f"cannot draw the accuracy chart ({error})") from None


def _cells(values: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{html.escape(v)}</{tag}>" for v in values) + "</tr>"


def _header() -> list[str]:
    return ["", "records", "share CSE"] + [
        f"{s}: {m.title}" for s in ("supplier", "ours") for m in MEASURES
    ]


def scope_row(first: str, scope: ScopeEstimates) -> list[str]:
    """One row of estimates: a label, the records, the share CSE, then each measure."""
    values = [first, str(scope.determined), scope.prevalence.text()]
    return values + [
        scope.estimates[(s, m.key)].text() for s in ("supplier", "ours") for m in MEASURES
    ]


def _round_section(r: RoundReport) -> str:
    kappa = "n/a" if r.agreement.kappa is None else f"{r.agreement.kappa:.2f}"
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r.outcomes.items()))
    scope = (
        f"{r.frame} frame, {r.force or 'every force'}, strata by {', '.join(r.stratify) or 'none'}"
    )
    parts = [
        f"<h2>Round {r.round_id}: {html.escape(r.name)} ({r.round_date.isoformat()})</h2>",
        f"<p>{html.escape(scope)}; {r.population:,} records in the frame, {r.sampled} sampled "
        f"({html.escape(outcomes)}). Agreement of two reviewers on {r.agreement.records} records: "
        f"Cohen's kappa {kappa}.</p>",
        "<table>" + _cells(_header(), "th"),
    ]
    if r.overall is not None:
        parts.append(_cells(scope_row(r.overall.scope, r.overall)))
        parts += [_cells(scope_row(f.scope, f)) for f in r.forces]
    parts.append("</table>")
    return "\n".join(parts)


def write_html(reports: list[RoundReport], path: Path) -> Path:
    """Write the report page: the trend chart, then each round, newest first.

    Args:
        reports: the rounds, oldest first (as :func:`audit_report` returns them).
        path: the HTML file to write.

    Returns:
        the path written.
    """
    meanings = "".join(f"<li><b>{m.title}</b>: {html.escape(m.meaning)}.</li>" for m in MEASURES)
    body = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Identification audit</title><style>{_STYLE}</style></head><body>",
        "<h1>Identification audit</h1>",
        "<p class='note'>Synthetic data. Each figure is a weighted estimate for the whole sampling "
        "frame, with its 95% interval in brackets (Wilson, with the design's effective sample "
        "size). See docs/audit.md.</p>",
        f"<ul>{meanings}</ul>",
        accuracy_chart(reports),
        *(_round_section(r) for r in reversed(reports)),
        "</body></html>",
    ]
    try:
        path.write_text("\n".join(body), encoding="utf-8")
    except OSError as error:
        raise AuditError(f"{path}: cannot write the report ({error})") from None
    return path
