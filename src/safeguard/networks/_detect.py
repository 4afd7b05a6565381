"""Group detection on the association graph: connected components, split by Leiden (CPM).

Only offender-side people are grouped (children, places and objects are attached to a group
afterwards), so that a child exploited by two unconnected offenders, or a busy hotel, joins no
one. The Constant Potts Model asks of every group that its members' association weight per
pair of members be above ``resolution``: two tight groups joined by one stray edge (a wrong
link, one shared acquaintance) come apart, while a sparse but real group stays whole. Unlike
modularity, CPM has no resolution limit, so small groups are not merged into big ones
(``docs/decisions/0003-network-detection.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import igraph as ig
import leidenalg

#: Association weight per pair of members a group must exceed (CPM's resolution).
RESOLUTION = 0.05
#: Leiden is randomised; a fixed seed makes runs reproducible.
SEED = 20240101


def detect_groups(
    edges: Iterable[tuple[str, str, float]], resolution: float = RESOLUTION, seed: int = SEED
) -> list[list[str]]:
    """Groups of two or more associated people, from weighted association edges.

    Args:
        edges: (person, person, weight) with weight > 0; pairs may repeat (weights add).
        resolution: CPM's resolution: the association weight per member pair above which a
            set of people is a group.
        seed: Leiden's random seed.

    Returns:
        the groups, each a sorted list of ids, largest first (ties by first id).

    Example:
        >>> detect_groups([("a", "b", 1.0), ("b", "c", 2.0), ("x", "y", 1.0)])
        [['a', 'b', 'c'], ['x', 'y']]
    """
    graph = _graph(edges)
    if graph.vcount() == 0:
        return []
    partition = leidenalg.find_partition(
        graph,
        leidenalg.CPMVertexPartition,
        weights="weight",
        resolution_parameter=resolution,
        seed=seed,
        n_iterations=-1,  # until stable: the result does not depend on when it stopped
    )
    names: Sequence[str] = graph.vs["name"]
    groups = [sorted(names[v] for v in community) for community in partition]
    groups = [g for g in groups if len(g) >= 2]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def _graph(edges: Iterable[tuple[str, str, float]]) -> ig.Graph:
    summed: dict[tuple[str, str], float] = {}
    for a, b, weight in edges:
        if a == b or weight <= 0:
            continue
        key = (a, b) if a < b else (b, a)
        summed[key] = summed.get(key, 0.0) + float(weight)
    # sorted so that vertex order, and so Leiden's result for a seed, never depends on input order
    names = sorted({n for pair in summed for n in pair})
    index = {name: i for i, name in enumerate(names)}
    graph = ig.Graph(n=len(names), edges=[(index[a], index[b]) for a, b in sorted(summed)])
    graph.vs["name"] = names
    graph.es["weight"] = [summed[pair] for pair in sorted(summed)]
    return graph
