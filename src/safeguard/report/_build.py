"""``build_report``: the national picture from a warehouse to one folder of files."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from safeguard.errors import SafeguardError
from safeguard.picture import Picture, compute_picture, make_publishable
from safeguard.report._charts import charts
from safeguard.report._exports import ReportError, render_chart, write_table
from safeguard.report._format import show
from safeguard.report._html import HEADLINES, Figure, render
from safeguard.report._tables import (
    cells_table,
    metric_definitions,
    national_by_month,
    ranked_forces,
)
from safeguard.warehouse import connect, new_run_id, recorded_run

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
REPORT_FILE = "report.html"


@dataclass(slots=True)
class ReportResult:
    """What ``build_report`` made: the report, its files and the headline figures."""

    run_id: str
    path: Path
    out_dir: Path
    publishable: bool
    seconds: float = 0.0
    headlines: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def build_report(
    db: str | Path,
    out_dir: str | Path,
    publishable: bool = False,
    progress: Progress | None = None,
    as_at: dt.datetime | None = None,
) -> ReportResult:
    """Build the national-picture report of a warehouse into ``out_dir``.

    Writes ``report.html`` (self-contained, works offline), ``tables/*.csv`` and
    ``tables/*.parquet`` (every table), ``charts/*.svg`` and ``charts/*.png``; records the run.

    Args:
        db: the warehouse file (records loaded; identify, link and networks used if run).
        out_dir: the folder to write into (made if needed; files in it are replaced).
        publishable: apply statistical disclosure control (counts below 5 suppressed, with
            secondary suppression) and leave out internal-only tables.
        progress: called as ``progress(step, done, total)``.
        as_at: the date the picture describes; default the latest record's date.

    Returns:
        the report's path, its files, the headline figures and any warnings.

    Example:
        >>> build_report("safeguard.duckdb", "report").path  # doctest: +SKIP
        PosixPath('report/report.html')
    """
    if not Path(db).exists():
        raise SafeguardError(f"{db}: no such warehouse (load data with `safeguard ingest` first)")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ReportError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    _clear(out)
    con = connect(db)
    result = ReportResult(new_run_id(), out / REPORT_FILE, out, publishable)
    parameters = {"out": str(out), "publishable": publishable}

    def counts() -> dict[str, Any]:
        return {"files": len(result.files), "headlines": dict(result.headlines)}

    try:
        with recorded_run(con, "report", parameters, run_id=result.run_id, counts=counts) as run:
            picture = compute_picture(con, as_at=as_at, progress=progress)
            _write(picture, result, progress or (lambda *_: None))
        result.seconds = run.seconds
    finally:
        con.close()
    return result


def _clear(out: Path) -> None:
    """Remove an earlier report's files, so an internal table never lingers beside a
    publishable report written to the same folder."""
    stale = [out / REPORT_FILE]
    for folder, patterns in (("tables", ("*.csv", "*.parquet")), ("charts", ("*.svg", "*.png"))):
        stale += [p for pattern in patterns for p in (out / folder).glob(pattern)]
    for path in stale:
        path.unlink(missing_ok=True)


def _write(picture: Picture, result: ReportResult, progress: Progress) -> None:
    if result.publishable:
        picture = make_publishable(picture)
        progress("disclosure control", 1, 1)
    result.warnings = warnings(picture)
    result.headlines = [
        (picture.catalogue.metric(n).title, _headline(picture, n)) for n in HEADLINES
    ]
    tables = {
        "forces_ranked": ranked_forces(picture),
        "metrics": cells_table(picture),
        "national_by_month": national_by_month(picture),
        "metric_definitions": metric_definitions(picture),
        "definition_versions": picture.versions,
        "runs": picture.lineage,
    }
    if not picture.publishable:
        tables["networks"] = picture.networks
    for done, (name, rows) in enumerate(tables.items(), start=1):
        result.files += write_table(result.out_dir, name, rows)
        progress("writing tables", done, len(tables))
    figures = []
    made = charts(picture)
    for done, chart in enumerate(made, start=1):
        svg, paths = render_chart(result.out_dir, chart)
        result.files += paths
        figures.append(Figure(chart.name, chart.title, chart.caption, Markup(svg)))
        progress("drawing charts", done, len(made))
    exports = sorted(str(p.relative_to(result.out_dir)) for p in result.files)
    html = render(picture, figures, exports, result.warnings, _now())
    result.path.write_text(html, "utf-8")
    result.files.append(result.path)
    progress("writing the report", 1, 1)


def _headline(picture: Picture, name: str) -> str:
    metric = picture.catalogue.metric(name)
    if metric.section == "networks" and not picture.networks_built:
        return "networks not built"
    return show(metric, picture.get(name))


def warnings(picture: Picture) -> list[str]:
    """What a reader must know before trusting the figures (a stage not yet run)."""
    found = []
    if not picture.identified:
        found.append(
            "Identification has not run, so nothing meets cse/1 yet: run "
            "`safeguard identify --db FILE`, then make this report again."
        )
    if not picture.linked:
        found.append(
            "Linkage has not run: each person mention is counted as a person of its own, so "
            "children are over-counted. Run `safeguard link --db FILE`."
        )
    if not picture.networks_built:
        found.append("Networks not built: run `safeguard networks --db FILE` for those measures.")
    if "(no force)" in picture.areas():
        found.append("Some records name no force area; they are shown as “(no force)”.")
    return found


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
