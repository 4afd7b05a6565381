"""Exports: one network as the issue's JSON object, every network as JSON (nodes and edges,
for link-analysis tools) or GraphML (for Gephi, yEd, igraph, networkx).

Exports carry names, places and phone numbers as recorded: handle them as the warehouse is
handled.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import duckdb
import orjson

from safeguard.networks._read import NetworkDetail, list_networks, opened, show_network

FORMAT = "safeguard-networks/1"
_PEOPLE_ROLES = ("perpetrator", "associate")


def _is_member(node: dict[str, Any]) -> bool:
    role = str(node["role"])
    return node["kind"] == "person" and (role in _PEOPLE_ROLES or role.startswith("facilitator"))


def _mentions(node: dict[str, Any]) -> list[dict[str, str]]:
    keys = ("source", "record_id", "person_ref")
    return [{k: m[k] for k in keys} for m in node["mentions"]]


def network_json(detail: NetworkDetail) -> dict[str, Any]:
    """One network in the shape ``safeguard networks -i/-o`` writes (one object per line).

    Args:
        detail: the network, from :func:`show_network`.

    Returns:
        ``{"network_id", "meets_definition", "forces", "members", "children", "evidence",
        "priority"}``; members and children each ``{"entity_id", "role", "mentions"}``,
        evidence the organised-network/1 criteria, priority the score and its components.
    """

    def person(node: dict[str, Any]) -> dict[str, Any]:
        return {"entity_id": node["entity_id"], "role": node["role"], "mentions": _mentions(node)}

    return {
        "network_id": detail.network_id,
        "meets_definition": detail.summary.meets_definition,
        "forces": detail.summary.forces,
        "members": [person(n) for n in detail.members if _is_member(n)],
        "children": [person(n) for n in detail.members if n["role"] == "child"],
        "evidence": [
            {"criterion": c["id"], "met": c["met"], "evidence": c["evidence"]}
            for c in detail.criteria
        ],
        "priority": {"score": detail.summary.priority, "components": detail.priority_components},
    }


def _details(
    con: duckdb.DuckDBPyConnection, network_id: str | None, include_unmet: bool
) -> list[NetworkDetail]:
    if network_id is not None:
        return [show_network(con, network_id)]
    found = list_networks(con, include_unmet=include_unmet)
    return [show_network(con, n.network_id) for n in found]


def _date(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else None


def export_json(
    db: str | Path | duckdb.DuckDBPyConnection,
    path: Path,
    network_id: str | None = None,
    include_unmet: bool = False,
) -> int:
    """Write networks as one JSON document of nodes and edges per network.

    Args:
        db: the warehouse (file or connection).
        path: the JSON file to write.
        network_id: only this network (default: every network meeting the definition).
        include_unmet: also groups that do not meet organised-network/1.

    Returns:
        the number of networks written.
    """
    with opened(db) as con:
        details = _details(con, network_id, include_unmet)
    networks = []
    for d in details:
        item = network_json(d)
        item["nodes"] = [
            {
                "id": n["entity_id"],
                "kind": n["kind"],
                "role": n["role"],
                "label": n["label"],
                "identified": n["identified"],
                "criterion": n["criterion"],
                "records": n["records"],
            }
            for n in d.members
        ]
        item["edges"] = [
            {
                "source": e["source_id"],
                "target": e["target_id"],
                "type": e["type"],
                "records": e["records"],
                "first_at": _date(e["first_at"]),
                "last_at": _date(e["last_at"]),
            }
            for e in d.edges
        ]
        networks.append(item)
    path.write_bytes(
        orjson.dumps({"format": FORMAT, "networks": networks}, option=orjson.OPT_INDENT_2)
    )
    return len(networks)


_NODE_KEYS = ("kind", "role", "label", "identified", "criterion", "networks")
_EDGE_KEYS = ("type", "records", "first_at", "last_at", "network")


def export_graphml(
    db: str | Path | duckdb.DuckDBPyConnection,
    path: Path,
    network_id: str | None = None,
    include_unmet: bool = False,
) -> int:
    """Write networks as one GraphML graph (a node shared by two networks appears once).

    Node attributes: kind, role, label, identified, criterion, networks (ids, ``;``-joined).
    Edge attributes: type, records (``;``-joined ``source/record_id``), first_at, last_at,
    network.

    Args:
        db: the warehouse (file or connection).
        path: the ``.graphml`` file to write.
        network_id: only this network (default: every network meeting the definition).
        include_unmet: also groups that do not meet organised-network/1.

    Returns:
        the number of networks written.
    """
    with opened(db) as con:
        details = _details(con, network_id, include_unmet)
    root = ET.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
    for prefix, kind, keys in (("n", "node", _NODE_KEYS), ("e", "edge", _EDGE_KEYS)):
        for i, key in enumerate(keys):
            attrib = {"for": kind, "attr.name": key, "attr.type": "string"}
            ET.SubElement(root, "key", id=f"{prefix}{i}", attrib=attrib)
    graph = ET.SubElement(root, "graph", id="networks", edgedefault="directed")
    nodes: dict[str, dict[str, str]] = {}
    for d in details:
        for n in d.members:
            node = nodes.setdefault(
                n["entity_id"],
                {
                    "kind": n["kind"],
                    "role": n["role"],
                    "label": n["label"] or "",
                    "identified": str(bool(n["identified"])).lower(),
                    "criterion": n["criterion"] or "",
                    "networks": "",
                },
            )
            node["networks"] = ";".join(filter(None, [node["networks"], d.network_id]))
    for node_id, values in nodes.items():
        _data(ET.SubElement(graph, "node", id=node_id), "n", _NODE_KEYS, values)
    for d in details:
        for e in d.edges:
            element = ET.SubElement(graph, "edge", source=e["source_id"], target=e["target_id"])
            values = {
                "type": e["type"],
                "records": ";".join(e["records"]),
                "first_at": _date(e["first_at"]) or "",
                "last_at": _date(e["last_at"]) or "",
                "network": d.network_id,
            }
            _data(element, "e", _EDGE_KEYS, values)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(details)


def _data(element: ET.Element, prefix: str, keys: tuple[str, ...], values: dict[str, str]) -> None:
    for i, key in enumerate(keys):
        ET.SubElement(element, "data", key=f"{prefix}{i}").text = values[key]
