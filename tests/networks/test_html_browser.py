"""The network page in headless Chromium: drawn, no script errors, nothing fetched, and the
evidence of an edge and the role of a person shown when an analyst points at them.

Skipped only when ``/usr/bin/chromium`` is missing and ``CI`` is not set (``make test``
installs it; in CI a missing browser is a failure).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard.networks import network_html, show_network
from tests.browser import ARTIFACTS, needs_chromium, open_page
from tests.networks.handmade import rows

pytestmark = [pytest.mark.browser, needs_chromium]


def test_pointing_at_an_edge_and_a_person_shows_evidence_and_role(
    built: Path, tmp_path: Path
) -> None:
    network = rows(built, "SELECT network_id FROM network_members WHERE entity_id = 'E-T'")[0][0]
    page_file = tmp_path / "network.html"
    page_file.write_text(network_html(show_network(built, str(network))), "utf-8")
    with open_page(page_file, 1300, 900) as opened:
        page = opened.page
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
    assert opened.errors == []
    assert all(url.startswith("file://") for url in opened.requests), opened.requests
