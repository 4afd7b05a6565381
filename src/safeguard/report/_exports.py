"""Writing the report's tables (CSV and Parquet) and charts (SVG and PNG) beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import vl_convert as vlc

from safeguard.errors import SafeguardError
from safeguard.report._charts import Chart

Row = dict[str, Any]


class ReportError(SafeguardError):
    """The report cannot be written (its folder, a table or a chart)."""


def write_table(out: Path, name: str, rows: list[Row]) -> list[Path]:
    """Write one table as ``tables/<name>.csv`` and ``tables/<name>.parquet``.

    Args:
        out: the report folder.
        name: the table's file name, without extension.
        rows: the rows (every row has the same keys; lists are written as text).

    Returns:
        the two files written.
    """
    folder = out / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    table = _arrow(rows)
    csv_path, parquet_path = folder / f"{name}.csv", folder / f"{name}.parquet"
    try:
        pa_csv.write_csv(table, csv_path)
        pq.write_table(table, parquet_path)
    except (OSError, pa.ArrowException) as error:
        raise ReportError(f"{folder}: cannot write table {name} ({error})") from error
    return [csv_path, parquet_path]


def _arrow(rows: list[Row]) -> pa.Table:
    if not rows:
        return pa.table({"empty": pa.array([], pa.string())})
    names = list(rows[0])
    columns = {n: [_plain(r.get(n)) for r in rows] for n in names}
    return pa.table(columns)


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


def render_chart(out: Path, chart: Chart) -> tuple[str, list[Path]]:
    """Render one chart to SVG (returned for the page) and write SVG and PNG files for slides.

    Args:
        out: the report folder.
        chart: the chart.

    Returns:
        the SVG text and the two files written.
    """
    folder = out / "charts"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        svg = vlc.vegalite_to_svg(chart.spec)
        png = vlc.vegalite_to_png(chart.spec, scale=2)
    except (ValueError, RuntimeError) as error:
        raise ReportError(f"chart {chart.name} cannot be rendered ({error})") from error
    svg_path, png_path = folder / f"{chart.name}.svg", folder / f"{chart.name}.png"
    svg_path.write_text(svg, "utf-8")
    png_path.write_bytes(png)
    return svg, [svg_path, png_path]
