"""The national-picture report: one self-contained HTML file with charts, the ranked force
areas and drill-downs, every table as CSV and Parquet, every chart as SVG and PNG.

Public surface: :func:`build_report` and its :class:`ReportResult`; :class:`ReportError`.
"""

from safeguard.report._build import REPORT_FILE, ReportResult, build_report
from safeguard.report._exports import ReportError

__all__ = ["REPORT_FILE", "ReportError", "ReportResult", "build_report"]
