"""Headless Chromium for the browser tests: Debian's ``chromium`` driven by Playwright.

Tests are skipped only when ``/usr/bin/chromium`` is missing and ``CI`` is not set: in CI a
missing browser is a failure (``make test`` installs it). :func:`open_page` records every
console error, page error and request, so a test can assert none failed and nothing was
fetched from the network.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Screenshots for a person to look at (gitignored).
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("CI"),
    reason="Debian's chromium is not installed at /usr/bin/chromium (`make test` installs it)",
)


@dataclass
class Opened:
    """A page open in Chromium, with what it reported."""

    page: Any  # playwright.sync_api.Page: imported only when a browser test runs
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@contextmanager
def open_page(path: Path, width: int, height: int) -> Iterator[Opened]:
    """Open a local file in headless Chromium; the browser closes when the block ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            opened = Opened(page)
            page.on(
                "console", lambda m: opened.errors.append(m.text) if m.type == "error" else None
            )
            page.on("pageerror", lambda e: opened.errors.append(str(e)))
            page.on("request", lambda r: opened.requests.append(r.url))
            page.goto(path.as_uri())
            yield opened
        finally:
            browser.close()
