"""``safeguard networks show ID --html FILE``: one network as a self-contained offline page.

The layout is computed here with igraph (Kamada-Kawai from a fixed start, so the same network
always draws the same), drawn as inline SVG; a little vanilla JavaScript, inline, shows each
edge's evidence (type, records, dates) and each node's role and criterion on hover or click.
No CDN, no external file: the page opens anywhere, offline.
"""

from __future__ import annotations

import html
import math
from typing import Any

import igraph as ig
import orjson

from safeguard.networks._read import NetworkDetail
from safeguard.networks._style import LEGEND, PAGE_CSS, PAGE_JS, shape

WIDTH, HEIGHT, MARGIN = 960, 640, 60


def network_html(detail: NetworkDetail) -> str:
    """The network as one HTML page (SVG drawing, legend, criteria, priority, timeline).

    Args:
        detail: the network, from :func:`show_network`.

    Returns:
        the page's text; it names people as recorded, so keep it where the warehouse is kept.

    Example:
        >>> from safeguard.networks import show_network
        >>> page = network_html(show_network("safeguard.duckdb", "NET-3f1a"))  # doctest: +SKIP
    """
    nodes = detail.members
    index = {n["entity_id"]: i for i, n in enumerate(nodes)}
    pairs = _pairs(detail.edges, index)
    points = _layout(len(nodes), list(pairs))
    data = {
        "nodes": [_node_data(n) for n in nodes],
        "edges": [{"a": a, "b": b, "evidence": ev} for (a, b), ev in pairs.items()],
    }
    svg = _svg(nodes, pairs, points)
    payload = orjson.dumps(data).decode().replace("</", "<\\/")
    title = f"Network {detail.network_id}"
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title><style>{PAGE_CSS}</style></head><body>",
            f"<header><h1>{html.escape(title)}</h1>{_summary(detail)}</header>",
            '<main><section class="drawing">',
            svg,
            LEGEND,
            "</section>",
            '<aside id="info"><p>Hover or click an edge to see its evidence; click a person, '
            "place or object to see their role.</p></aside></main>",
            _criteria(detail),
            _priority(detail),
            _timeline(detail),
            f'<script type="application/json" id="network-data">{payload}</script>',
            f"<script>{PAGE_JS}</script></body></html>",
        ]
    )


def _pairs(
    edges: list[dict[str, Any]], index: dict[str, int]
) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """Edges merged per pair of nodes, each keeping its own type, records and dates."""
    pairs: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for e in edges:
        a, b = index.get(e["source_id"]), index.get(e["target_id"])
        if a is None or b is None or a == b:
            continue
        pairs.setdefault((min(a, b), max(a, b)), []).append(
            {
                "type": e["type"],
                "from": e["source_id"],
                "to": e["target_id"],
                "records": list(e["records"]),
                "first": e["first_at"].date().isoformat() if e["first_at"] else None,
                "last": e["last_at"].date().isoformat() if e["last_at"] else None,
            }
        )
    return pairs


def _layout(count: int, pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    if count == 0:
        return []
    graph = ig.Graph(n=count, edges=pairs)
    start = [
        [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)] for i in range(count)
    ]
    coords = (
        graph.layout_kamada_kawai(seed=start, maxiter=50 * count).coords
        if count > 1
        else [[0.0, 0.0]]
    )
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return [
        (
            MARGIN + (x - min(xs)) / span_x * (WIDTH - 2 * MARGIN),
            MARGIN + (y - min(ys)) / span_y * (HEIGHT - 2 * MARGIN),
        )
        for x, y in zip(xs, ys, strict=True)
    ]


def _node_data(n: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": n["entity_id"],
        "kind": n["kind"],
        "role": n["role"],
        "label": n["label"],
        "criterion": n["criterion"],
        "records": n["records"],
        "identified": n["identified"],
    }


def _svg(
    nodes: list[dict[str, Any]],
    pairs: dict[tuple[int, int], list[dict[str, Any]]],
    points: list[tuple[float, float]],
) -> str:
    parts = [
        f'<svg id="graph" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-label="the network: people, places, vehicles and phones">'
    ]
    for i, ((a, b), evidence) in enumerate(pairs.items()):
        (x1, y1), (x2, y2) = points[a], points[b]
        width = min(6, 1 + sum(len(e["records"]) for e in evidence) // 2)
        kinds = " ".join(sorted({e["type"] for e in evidence}))
        parts.append(
            f'<line class="edge" data-edge="{i}" data-types="{html.escape(kinds)}" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{width}"/>'
        )
    for i, (node, (x, y)) in enumerate(zip(nodes, points, strict=True)):
        label = html.escape(
            node["label"] or ("unidentified" if node["kind"] == "person" else node["kind"])
        )
        parts.append(
            f'<g class="node role-{html.escape(node["role"].split(":")[0])}" data-node="{i}" '
            f'data-role="{html.escape(node["role"])}" transform="translate({x:.1f},{y:.1f})">'
            f'{shape(node["role"], node["kind"])}<text y="24">{label}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _summary(d: NetworkDetail) -> str:
    s = d.summary
    marks = [
        ("meets organised-network/1" if s.meets_definition else "does not meet organised-network/1")
    ]
    marks += ["cross-force"] if s.cross_force else []
    marks += ["known only through partner data"] if s.partner_only else []
    return (
        f'<p class="marks">{html.escape(", ".join(marks))}. Priority <b>{s.priority:g}</b>/100; '
        f"{s.individuals} involved individual(s) at least; {s.children} child(ren) "
        f"({s.children_exploited} meeting cse/1); {s.records} record(s); forces: "
        f"{html.escape(', '.join(s.forces) or 'none')}.</p>"
    )


def _table(caption: str, head: list[str], rows: list[list[Any]]) -> str:
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row)
        + "</tr>"
        for row in rows
    )
    return f"<table><caption>{html.escape(caption)}</caption><tr>{cells}</tr>{body}</table>"


def _criteria(d: NetworkDetail) -> str:
    rows = [
        [c["id"], "met" if c["met"] else "not met", "; ".join(c["evidence"])] for c in d.criteria
    ]
    return _table(
        "organised-network/1, criterion by criterion", ["criterion", "", "evidence"], rows
    )


def _priority(d: NetworkDetail) -> str:
    rows = [[c["id"], c["points"], c["max"], c["explanation"]] for c in d.priority_components]
    return _table(
        f"priority {d.summary.priority:g}: every component",
        ["component", "points", "of", "why"],
        rows,
    )


def _timeline(d: NetworkDetail) -> str:
    rows = [
        [
            r["occurred_at"].date().isoformat() if r["occurred_at"] else "",
            f"{r['source']}/{r['record_id']}",
            r["kind"],
            r["source_type"],
            r["force"],
            " ".join(r["offence_codes"] or []),
            "yes" if r["cse_met"] else "no",
            r["flag_review"],
        ]
        for r in d.records
    ]
    head = ["date", "record", "kind", "supplier", "force", "offences", "cse/1", "flag review"]
    return _table("timeline: the network's records by date", head, rows)
