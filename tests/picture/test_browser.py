"""The report in headless Chromium (Debian's ``chromium``, driven by Playwright): every chart
drawn, no console errors, nothing fetched from the network, the ranked table sorts, and a
screenshot saved to ``test-artifacts/`` for a person to look at.

Skipped only when ``/usr/bin/chromium`` is missing and ``CI`` is not set: in CI a missing
browser is a failure (``make test`` installs it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from safeguard.report import build_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"),
        reason="Debian's chromium is not installed at /usr/bin/chromium (`make test` installs it)",
    ),
]


@pytest.mark.parametrize("publishable", [False, True], ids=["internal", "publishable"])
def test_the_report_renders_in_chromium(
    fixture_db: Path, tmp_path: Path, publishable: bool
) -> None:
    from playwright.sync_api import sync_playwright

    result = build_report(fixture_db, tmp_path / "report", publishable=publishable)
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(result.path.as_uri())
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
        finally:
            browser.close()
    assert errors == []
    assert all(url.startswith("file://") for url in requests), requests


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
