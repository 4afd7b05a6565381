"""The network page: self-contained, every node and edge drawn, evidence in the page's data.

Structure only; browser tests come later.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest

from safeguard.networks import NetworkDetail, network_html, show_network
from tests.networks.handmade import rows


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of the data script."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data = ""
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_data = tag == "script" and dict(attrs).get("id") == "network-data"

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data += data

    def handle_endtag(self, tag: str) -> None:
        self._in_data = False

    def all(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and (cls is None or cls in (a.get("class") or ""))
        ]


@pytest.fixture(scope="module")
def detail(built: Path) -> NetworkDetail:
    network = rows(built, "SELECT network_id FROM network_members WHERE entity_id = 'E-T'")[0][0]
    return show_network(built, str(network))


@pytest.fixture(scope="module")
def page(detail: NetworkDetail) -> Elements:
    parsed = Elements()
    parsed.feed(network_html(detail))
    return parsed


def test_every_node_is_drawn_with_its_role(detail: NetworkDetail, page: Elements) -> None:
    nodes = page.all("g", "node")
    assert len(nodes) == len(detail.members)
    assert sorted(n["data-role"] or "" for n in nodes) == sorted(m["role"] for m in detail.members)


def test_roles_differ_in_shape_and_colour(page: Elements) -> None:
    html = "".join(f"<{t} {a}>" for t, a in page.tags)
    assert page.all("circle") and page.all("rect") and page.all("path")
    assert len(set(re.findall(r"'fill': '(#[0-9a-f]{6})'", html))) >= 5


def test_every_edge_carries_its_evidence(detail: NetworkDetail, page: Elements) -> None:
    data = orjson.loads(page.data.replace("<\\/", "</"))
    lines = page.all("line", "edge")
    assert len(lines) == len(data["edges"]) > 0
    evidence = [e for pair in data["edges"] for e in pair["evidence"]]
    assert len(evidence) == len(detail.edges)
    assert all(e["records"] and e["first"] and e["last"] for e in evidence)
    transported = next(e for e in evidence if e["type"] == "transported")
    assert transported["records"] == ["essex/R2"] and transported["first"] == "2024-06-10"


def test_the_page_is_self_contained(detail: NetworkDetail, page: Elements) -> None:
    text = network_html(detail)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "@import" not in text and "cdn" not in text.lower()
    scripts = page.all("script")
    assert scripts and all("src" not in s for s in scripts)
    assert "addEventListener('mouseenter'" in text and "addEventListener('click'" in text


def test_legend_criteria_priority_and_timeline(detail: NetworkDetail, page: Elements) -> None:
    text = network_html(detail)
    assert page.all("svg", "legend")
    for heading in ("organised-network/1, criterion by criterion", "every component", "timeline"):
        assert heading in text, heading
    for record in detail.records:
        assert f"{record['source']}/{record['record_id']}" in text


def test_text_is_escaped(detail: NetworkDetail) -> None:
    hostile = NetworkDetail(
        detail.summary, detail.definition, detail.run_id, detail.criteria,
        detail.priority_components,
        [{**detail.members[0], "label": "<script>alert(1)</script>"}, *detail.members[1:]],
        detail.edges, detail.records,
    )  # fmt: skip
    text = network_html(hostile)
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_the_cli_writes_the_page(built: Path, detail: NetworkDetail, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import safeguard.cli._networks  # noqa: F401
    from safeguard.cli._app import app

    out = tmp_path / "network.html"
    result = CliRunner().invoke(
        app, ["networks", "show", detail.network_id, "--db", str(built), "--html", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8") == network_html(detail)
