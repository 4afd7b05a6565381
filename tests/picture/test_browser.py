"""The report in headless Chromium (Debian's ``chromium``, driven by Playwright): every chart
drawn, no console errors, nothing fetched from the network, the ranked table sorts, and a
screenshot saved to ``test-artifacts/`` for a person to look at.

Skipped only when ``/usr/bin/chromium`` is missing and ``CI`` is not set: in CI a missing
browser is a failure (``make test`` installs it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.report import build_report
from tests.browser import ARTIFACTS, needs_chromium, open_page

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]


@pytest.mark.parametrize("publishable", [False, True], ids=["internal", "publishable"])
def test_the_report_renders_in_chromium(
    fixture_db: Path, tmp_path: Path, publishable: bool
) -> None:
    result = build_report(fixture_db, tmp_path / "report", publishable=publishable)
    with open_page(result.path, 1400, 1000) as opened:
        page = opened.page
        page.wait_for_load_state("load")
        charts = page.locator("figure.chart")
        assert charts.count() == len(list((result.out_dir / "charts").glob("*.svg")))
        for i in range(charts.count()):
            box = charts.nth(i).locator("svg").first.bounding_box()
            assert box is not None and box["width"] > 100 and box["height"] > 50
            assert charts.nth(i).locator("svg .role-mark path, svg .role-mark line").count() > 0
        _sorts(page)
        ARTIFACTS.mkdir(exist_ok=True)
        name = "report-publishable.png" if publishable else "report.png"
        page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    assert opened.errors == []
    assert all(url.startswith("file://") for url in opened.requests), opened.requests


def _sorts(page: object) -> None:
    """Clicking a heading of the ranked table sorts it, highest first, then lowest first."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    heading = page.locator("#ranked thead th", has_text="Force area")
    cells = page.locator("#ranked tbody tr td:nth-child(2)")
    heading.click()
    assert cells.all_inner_texts() == ["Kent Police", "Essex Police"]
    assert "sorted-desc" in (heading.get_attribute("class") or "")
    heading.click()
    assert cells.all_inner_texts() == ["Essex Police", "Kent Police"]
