"""Organised networks: the POLE graph, group detection, the organised-network/1 test, priority.

From the linked entities (``entities``), the records and their parts, and identification's
``decisions``, :func:`build_networks` builds the graph of people, places, vehicles, phones and
accounts (each edge with its records and dates), finds groups of associated offender-side
people (connected components split by Leiden's Constant Potts Model), applies
organised-network/1 to each with every member's role and criterion, marks cross-force and
partner-only networks, scores priority from documented components, writes the tables
``networks``, ``network_members``, ``network_children``, ``network_edges`` and
``network_records``, and marks the decisions of the records in networks that meet the
definition. Protected characteristics are never read.

Public surface:

* :func:`build_networks` and :class:`NetworksResult`;
* :func:`list_networks`, :func:`show_network` (:class:`NetworkSummary`, :class:`NetworkDetail`);
* :func:`network_json`, :func:`export_json`, :func:`export_graphml`, :func:`network_html`;
* :func:`networks_file`, the ``-i/-o`` file mode;
* :func:`detect_groups`, :func:`assess` (:class:`GroupFacts`), :func:`priority`, the pure parts.
"""

from safeguard.networks._assess import (
    DEFINITION,
    Assessment,
    Criterion,
    Edge,
    GroupFacts,
    Role,
    assess,
)
from safeguard.networks._build import NetworksResult, build_networks, network_id
from safeguard.networks._detect import RESOLUTION, detect_groups
from safeguard.networks._export import export_graphml, export_json, network_json
from safeguard.networks._file import networks_file
from safeguard.networks._html import network_html
from safeguard.networks._priority import Component, PriorityFacts, priority
from safeguard.networks._read import NetworkDetail, NetworkSummary, list_networks, show_network

__all__ = [
    "DEFINITION",
    "RESOLUTION",
    "Assessment",
    "Component",
    "Criterion",
    "Edge",
    "GroupFacts",
    "NetworkDetail",
    "NetworkSummary",
    "NetworksResult",
    "PriorityFacts",
    "Role",
    "assess",
    "build_networks",
    "detect_groups",
    "export_graphml",
    "export_json",
    "list_networks",
    "network_html",
    "network_id",
    "network_json",
    "networks_file",
    "priority",
    "show_network",
]
