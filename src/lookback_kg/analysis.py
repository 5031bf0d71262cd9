"""What a notebook user asks of the network: who is central, how two entities connect, what
surrounds one, what each source says, where sources disagree.

Entities are found by label (case does not matter), so `shortest_path(net, "Tatsuki
Fujimoto", "Kiyotaka Oshiyama")` reads as the question it answers.
"""

from __future__ import annotations

import difflib
from itertools import pairwise

import networkx as nx
from rdflib import Dataset, Graph

from lookback_kg.errors import LookbackError
from lookback_kg.network import to_networkx


class NodeNotFound(LookbackError):
    """No entity, or more than one, has the label asked for."""


def find_node(network: nx.MultiDiGraph, label: str, kind: str | None = None) -> str:
    """The node whose label is `label` (any case); `kind` (`schema:Movie`) settles a tie."""
    wanted = label.casefold()
    found = sorted(n for n, data in network.nodes(data=True) if data["label"].casefold() == wanted)
    if kind is not None:
        found = [n for n in found if network.nodes[n]["kind"] == kind] or found
    if len(found) == 1:
        return found[0]
    if found:
        kinds = ", ".join(f"{network.nodes[n]['kind']} {n}" for n in found)
        raise NodeNotFound(f"{len(found)} entities are labelled {label!r} ({kinds}); give kind=")
    labels = sorted({data["label"] for _, data in network.nodes(data=True)})
    close = difflib.get_close_matches(label, labels, n=3)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise NodeNotFound(f"no entity is labelled {label!r}{hint}")


def centrality(network: nx.MultiDiGraph):
    """Degree and betweenness of every entity, most central first (a pandas DataFrame)."""
    import pandas as pd

    simple = nx.Graph(network.to_undirected())
    betweenness = nx.betweenness_centrality(simple)
    rows = [
        {
            "node": node,
            "label": data["label"],
            "kind": data["kind"],
            "degree": network.degree(node),
            "betweenness": round(betweenness[node], 6),
        }
        for node, data in network.nodes(data=True)
    ]
    frame = pd.DataFrame(rows, columns=["node", "label", "kind", "degree", "betweenness"])
    return frame.sort_values(
        ["betweenness", "degree", "label"], ascending=[False, False, True], ignore_index=True
    )


def shortest_path(network: nx.MultiDiGraph, start: str, end: str) -> list[tuple[str, str, str]]:
    """The hops from one entity to another, by label, whichever way each edge points:
    `[("Tatsuki Fujimoto", "author", "Look Back"), ...]`, each hop written as the edge reads."""
    source, target = find_node(network, start), find_node(network, end)
    simple = nx.Graph(network.to_undirected())
    try:
        nodes = nx.shortest_path(simple, source, target)
    except nx.NetworkXNoPath:
        raise NodeNotFound(f"{start!r} and {end!r} are not connected") from None
    hops = []
    for here, there in pairwise(nodes):
        forward = network.get_edge_data(here, there)
        subject, obj, edges = (
            (here, there, forward) if forward else (there, here, network.get_edge_data(there, here))
        )
        label = sorted(edge["label"] for edge in edges.values())[0]
        hops.append((network.nodes[subject]["label"], label, network.nodes[obj]["label"]))
    return hops


def neighbourhood(network: nx.MultiDiGraph, label: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within `depth` edges of one entity (either direction), with their edges."""
    if depth < 0:
        raise LookbackError("depth must be 0 or more")
    centre = find_node(network, label)
    within = nx.single_source_shortest_path_length(
        network.to_undirected(as_view=True), centre, depth
    )
    return network.subgraph(sorted(within)).copy()


def source_networks(dataset: Dataset | Graph) -> dict[str, nx.MultiDiGraph]:
    """One network per source: what each article says, by its file name."""
    from lookback_kg.build import merged_graph
    from lookback_kg.vocab import LB

    graph = merged_graph(dataset) if isinstance(dataset, Dataset) else dataset
    names = sorted(
        {str(graph.value(s, LB.sourceFile) or s) for s in set(graph.objects(None, LB.source))}
    )
    return {name: to_networkx(graph, source=name) for name in names}


def disagreements(dataset: Dataset | Graph):
    """The facts two sources give differently (the `disagreements` query), as a DataFrame."""
    from lookback_kg.query import run_query

    return run_query(dataset, "disagreements").to_dataframe()
