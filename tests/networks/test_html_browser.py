"""The network page in headless Chromium: drawn, no script errors, nothing fetched, and the
evidence of an edge and the role of a person shown when an analyst points at them.

Skipped only when ``/usr/bin/chromium`` is missing and ``CI`` is not set (``make test``
installs it; in CI a missing browser is a failure).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from safeguard.networks import network_html, show_network
from tests.networks.handmade import rows

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"),
        reason="Debian's chromium is not installed at /usr/bin/chromium (`make test` installs it)",
    ),
]


def test_pointing_at_an_edge_and_a_person_shows_evidence_and_role(
    built: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    network = rows(built, "SELECT network_id FROM network_members WHERE entity_id = 'E-T'")[0][0]
    page_file = tmp_path / "network.html"
    page_file.write_text(network_html(show_network(built, str(network))), "utf-8")
    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            info = page.locator("#info")
            before = info.inner_text()
            page.locator("line.edge").first.dispatch_event("mouseenter")
            edge_text = info.inner_text()
            assert edge_text != before
            assert "essex/" in edge_text or "kent/" in edge_text, edge_text  # its records
            page.locator("g.node.role-perpetrator").first.click()
            assert "perpetrator" in info.inner_text()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert all(url.startswith("file://") for url in requests), requests
