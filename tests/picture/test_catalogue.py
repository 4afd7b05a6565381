"""The metric catalogue: valid, complete, and documented word for word in docs/report.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from safeguard.picture import CatalogueError, catalogue
from safeguard.picture._catalogue import _metric

DOCS = Path(__file__).resolve().parents[2] / "docs" / "report.md"
GOOD: dict[str, Any] = {
    "name": "records",
    "section": "identification",
    "title": "Records",
    "aggregate": "count",
    "unit": "records",
    "definition": "Every current record.",
    "numerator": "current records",
}


def _words(text: str) -> str:
    return " ".join(text.split())


def test_every_section_has_metrics() -> None:
    found = catalogue()
    assert all(found.in_section(s.id) for s in found.sections)


@pytest.mark.parametrize("metric", catalogue().metrics, ids=lambda m: m.name)
def test_every_metric_is_documented_with_its_definition(metric: Any) -> None:
    docs = _words(DOCS.read_text("utf-8"))
    assert f"`{metric.name}`" in docs, f"docs/report.md: add `{metric.name}`"
    assert _words(metric.definition) in docs, f"docs/report.md: {metric.name}'s definition drifted"


# (description, changes to a valid metric, the problem reported)
INVALID = [
    ("no definition", {"definition": ""}, "definition is required"),
    ("an unknown aggregate", {"aggregate": "mean"}, "aggregate must be one of"),
    ("a share with no denominator", {"aggregate": "share"}, "needs a denominator"),
    ("an unknown field", {"colour": "red"}, "unknown field 'colour'"),
    ("a section not listed", {"section": "elsewhere"}, "is not listed in sections"),
    ("no SQL file", {"name": "no_such_metric"}, "metric_no_such_metric.sql: no such file"),
]


@pytest.mark.parametrize(
    ("changes", "problem"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID]
)
def test_an_invalid_metric_is_reported(changes: dict[str, Any], problem: str) -> None:
    metric, problems = _metric(1, {**GOOD, **changes}, {"identification"})
    assert metric is None
    assert any(problem in p for p in problems), problems


def test_a_valid_metric_loads() -> None:
    metric, problems = _metric(1, GOOD, {"identification"})
    assert problems == [] and metric is not None and metric.is_count


def test_an_unknown_metric_is_an_error() -> None:
    with pytest.raises(CatalogueError, match="no metric called"):
        catalogue().metric("no_such_metric")
