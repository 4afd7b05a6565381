"""How a figure is written: counts with separators, shares as percentages, suppressed as [c]."""

from __future__ import annotations

from safeguard.picture import Cell, Metric

SUPPRESSED = "[c]"
MISSING = "–"


def show(metric: Metric, cell: Cell | None) -> str:
    """The text of one figure for the report.

    Args:
        metric: the metric the cell belongs to.
        cell: the figure, or None when there were no facts (a count of 0, else unknown).

    Returns:
        ``1,234``, ``37.9%``, ``3.20``, ``276``, ``[c]`` (suppressed) or ``–`` (no figure).

    Example:
        >>> show(catalogue().metric("identification_accuracy"), cell)  # doctest: +SKIP
        '37.9%'
    """
    if cell is None:
        return "0" if metric.is_count else MISSING
    if cell.suppressed:
        return SUPPRESSED
    return number(metric, cell.value)


def number(metric: Metric, value: float | None) -> str:
    """A value written for its metric's aggregate (no suppression marker)."""
    if value is None:
        return MISSING
    if metric.aggregate == "share":
        return f"{100 * value:.1f}%"
    if metric.aggregate == "ratio":
        return f"{value:.2f}"
    return f"{value:,.0f}"


def fraction(metric: Metric, cell: Cell | None) -> str:
    """``numerator of denominator`` behind a share or ratio, for the reader to check."""
    if cell is None or metric.denominator is None:
        return ""
    numerator = SUPPRESSED if cell.numerator is None else f"{cell.numerator:,.0f}"
    denominator = SUPPRESSED if cell.denominator is None else f"{cell.denominator:,.0f}"
    return f"{numerator} of {denominator}"
