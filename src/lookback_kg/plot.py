"""Pictures of the entity network: a static PNG or SVG (matplotlib), or an HTML page.

The layout is deterministic (Kamada-Kawai from a fixed start, no random seed involved), and the
files carry no date or random ids, so the same graph gives the same bytes.
"""

from __future__ import annotations

import html
import io
import json
import math
import re
import textwrap
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, URIRef

from lookback_kg.errors import LookbackError
from lookback_kg.network import xml_text
from lookback_kg.vocab import LB, PROV, RDFS

SIZES = {"readme": (12.0, 8.0), "slide": (13.33, 7.5)}
KIND_COLOURS = {
    "schema:Movie": "#d62728",
    "schema:CreativeWork": "#ff7f0e",
    "schema:Person": "#1f77b4",
    "schema:Organization": "#2ca02c",
    "schema:Event": "#9467bd",
    "lb:Award": "#e6ab02",
    "lb:FictionalCharacter": "#e377c2",
    "schema:Country": "#8c564b",
    "schema:Place": "#c49c94",
    "schema:Language": "#7f7f7f",
    "lb:Theme": "#17becf",
    "literal": "#c7c7c7",
}
OTHER_COLOUR = "#bcbd22"
# Controls a picture cannot show (all but the newline); what else XML forbids, xml_text takes.
UNSHOWABLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# What must not stand raw in JSON inside a <script>: markup openers (`</script>`, `<!--`),
# the two line separators old parsers choke on, lone surrogates (not UTF-8) and C1 controls.
SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff\x7f-\x9f\ufffe\uffff]")
PLACEHOLDER = re.compile(r"__([A-Z]+)__")


def layout(network: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions for every node, the same every run: a radial tree around the best-connected
    entity (the film), rings outward by distance, each subtree given room in proportion to its
    leaves. Parts not connected to the rest are laid out the same way and set side by side."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(network.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in network.edges() if u != v))
    positions: dict[str, tuple[float, float]] = {}
    offset = 0.0
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    for part in parts:
        placed = _radial(simple.subgraph(part), network)
        xs = [x for x, _ in placed.values()]
        for node, (x, y) in placed.items():
            positions[node] = (round(x - min(xs) + offset, 6), round(y, 6))
        offset += max(xs) - min(xs) + 1.5
    return positions


def _radial(part: nx.Graph, network: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    def order(node: str) -> tuple[str, str, str]:
        data = network.nodes[node]
        return (data.get("kind", ""), data.get("label", ""), node)

    root = min(part.nodes, key=lambda n: (-part.degree(n), order(n)))
    children: dict[str, list[str]] = {root: []}
    depth = {root: 0}
    queue = [root]
    for node in queue:  # breadth first, so each node hangs from its nearest parent
        for neighbour in sorted(part.neighbors(node), key=order):
            if neighbour not in depth:
                depth[neighbour] = depth[node] + 1
                children[node].append(neighbour)
                children[neighbour] = []
                queue.append(neighbour)

    leaves: dict[str, int] = {}
    for node in reversed(queue):
        leaves[node] = max(1, sum(leaves[c] for c in children[node]))
    first_ring = max(1.0, len(children[root]) / 6)
    angles = {root: 0.0}

    # Each subtree's sector, handed down with a stack rather than by recursion, so a chain
    # of thousands of entities does not exhaust Python's stack.
    sectors = [(root, 0.0, 2 * math.pi)]
    while sectors:
        node, start, width = sectors.pop()
        for child in children[node]:
            share = width * leaves[child] / leaves[node]
            # an only child is turned aside, so its edge does not run over its parent's label
            aside = 0.3 * share if len(children[node]) == 1 and node != root else 0.0
            angles[child] = start + share / 2 + aside
            sectors.append((child, start + aside, share))
            start += share
    placed = {}
    for node, angle in angles.items():
        radius = 0.0 if depth[node] == 0 else first_ring + (depth[node] - 1) * 1.6
        placed[node] = (radius * math.cos(angle), radius * math.sin(angle))
    return placed


def figure(network: nx.MultiDiGraph, *, size: str = "readme", title: str | None = None):
    """A matplotlib Figure of the network: coloured by class, labelled, with a legend.

    Built without pyplot, so it neither needs nor changes a backend; a notebook shows it inline.
    """
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    if size not in SIZES:
        raise LookbackError(f"unknown picture size {size!r}; use one of {', '.join(SIZES)}")
    if network.number_of_nodes() == 0:
        raise LookbackError("nothing to draw: the network has no entities")
    positions = layout(network)
    big = network.number_of_nodes() > 150
    fig = Figure(figsize=SIZES[size], dpi=100)
    ax = fig.add_subplot()
    ax.set_axis_off()
    kinds = {n: data.get("kind", "") for n, data in network.nodes(data=True)}
    colours = [KIND_COLOURS.get(kinds[n], OTHER_COLOUR) for n in network.nodes]
    for qualifier, style in ((False, "solid"), (True, "dashed")):
        nx.draw_networkx_edges(
            network,
            positions,
            ax=ax,
            edgelist=[
                (u, v, k)
                for u, v, k, d in network.edges(keys=True, data=True)
                if bool(d.get("qualifier")) is qualifier
            ],
            edge_color="#9a9a9a",
            width=0.8,
            style=style,
            arrows=not big,
            # curved arrows (two edges between a pair stay apart) only where they can be seen
            **(
                {}
                if big
                else {"arrowsize": 8, "node_size": 260, "connectionstyle": "arc3,rad=0.04"}
            ),
        )
    nx.draw_networkx_nodes(
        network,
        positions,
        ax=ax,
        node_color=colours,
        node_size=60 if big else 260,
        edgecolors="white",
        linewidths=0.8,
    )
    if not big:
        _draw_labels(ax, network, positions)
        edge_labels: dict[tuple[str, str], set[str]] = {}
        for u, v, data in network.edges(data=True):
            edge_labels.setdefault((u, v), set()).add(data["label"])
        nx.draw_networkx_edge_labels(
            network,
            positions,
            ax=ax,
            font_size=6,
            font_color="#666666",
            rotate=True,
            edge_labels={k: _shown(", ".join(sorted(v))) for k, v in sorted(edge_labels.items())},
            bbox={"boxstyle": "round,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.75},
        )
    shown = sorted(set(kinds.values()))
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=8,
            markerfacecolor=KIND_COLOURS.get(kind, OTHER_COLOUR),
            markeredgecolor="white",
            label=_shown(kind.split(":")[-1]),
        )
        for kind in shown
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        fontsize=8,
        frameon=False,
        title="class",
        title_fontsize=8,
        bbox_to_anchor=(1.0, 1.0),
    )
    if title:
        ax.set_title(_shown(title), fontsize=11)
    ax.set_aspect("equal")
    ax.margins(0.18)
    fig.tight_layout()
    return fig


def _draw_labels(ax, network: nx.MultiDiGraph, positions: dict) -> None:
    """Labels point away from the hub of their part, so neighbours on a ring do not collide."""
    simple = network.to_undirected(as_view=True)
    for node, data in sorted(network.nodes(data=True)):
        x, y = positions[node]
        part = nx.node_connected_component(simple, node)
        hub = max(part, key=lambda n: (simple.degree(n), n))
        cx, cy = positions[hub]
        angle = math.atan2(y - cy, x - cx)
        text = _shown(textwrap.fill(data["label"], 26))
        style = {
            "fontsize": 7.5,
            "zorder": 5,
            "bbox": {"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.85},
        }
        if node == hub or len(part) == 1:
            ax.annotate(
                text,
                (x, y),
                xytext=(0, -9),
                textcoords="offset points",
                ha="center",
                va="top",
                **style,
            )
            continue
        degrees = math.degrees(angle)
        right = math.cos(angle) >= 0
        ax.annotate(
            text.replace("\n", " "),
            (x, y),
            xytext=(8 * math.cos(angle), 8 * math.sin(angle)),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            rotation=degrees if right else degrees - 180,
            rotation_mode="anchor",
            **style,
        )


def _shown(text: str) -> str:
    """Text as matplotlib should draw it: nothing that would make the SVG ill-formed or draw
    as a missing glyph, and every `$` escaped, so a label is never read as a formula (an
    unbalanced one made drawing fail)."""
    return xml_text(UNSHOWABLE.sub("\ufffd", text)).replace("$", r"\$")


def picture_bytes(network: nx.MultiDiGraph, image_format: str, **options) -> bytes:
    """PNG or SVG bytes, with no date and no random ids in them."""
    import matplotlib

    if image_format not in ("png", "svg"):
        raise LookbackError(f"unknown picture format {image_format!r}; use png, svg or html")
    fig = figure(network, **options)
    buffer = io.BytesIO()
    metadata = {"Software": None} if image_format == "png" else {"Date": None, "Creator": None}
    with matplotlib.rc_context({"svg.hashsalt": "lookback-kg", "svg.fonttype": "none"}):
        fig.savefig(buffer, format=image_format, metadata=metadata)
    return buffer.getvalue()


def format_of(path: Path) -> str:
    """png, svg or html, from the output file's extension."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in ("png", "svg", "html"):
        raise LookbackError("give the picture a .png, .svg or .html name", path=path)
    return suffix


def html_bytes(dataset: Dataset | Graph, network: nx.MultiDiGraph, title: str = "") -> bytes:
    """One standalone HTML page: the network drawn with SVG by a short script of our own,
    inlined with the data (no CDN, nothing fetched), with pan, zoom, search by label and, on
    hover or click, the quotes and sources behind a node's or an edge's statements."""
    from lookback_kg.build import merged_graph

    graph = merged_graph(dataset) if isinstance(dataset, Dataset) else dataset
    if network.number_of_nodes() == 0:
        raise LookbackError("nothing to draw: the network has no entities")
    positions = layout(network)
    reserved = {"label", "kind", "types", "sources"}
    nodes = [
        {
            "id": node,
            "label": data["label"],
            "kind": data.get("kind", ""),
            "colour": KIND_COLOURS.get(data.get("kind", ""), OTHER_COLOUR),
            "x": round(positions[node][0] * 120, 2),
            "y": round(-positions[node][1] * 120, 2),
            "facts": {k: v for k, v in sorted(data.items()) if k not in reserved},
        }
        for node, data in sorted(network.nodes(data=True))
    ]
    edges = []
    statements: set[str] = set()
    for u, v, data in sorted(network.edges(data=True), key=lambda e: (e[0], e[1], e[2]["label"])):
        listed = sorted(s for s in data.get("statements", "").split() if s)
        statements.update(listed)
        edges.append(
            {
                "source": u,
                "target": v,
                "label": data["label"],
                "qualifier": bool(data.get("qualifier")),
                "statements": listed,
            }
        )
    evidence = {statement: _evidence(graph, URIRef(statement)) for statement in sorted(statements)}
    kinds = sorted({n["kind"] for n in nodes})
    document = {
        "nodes": nodes,
        "edges": edges,
        "evidence": evidence,
        "legend": [[k.split(":")[-1], KIND_COLOURS.get(k, OTHER_COLOUR)] for k in kinds],
    }
    template = (resources.files("lookback_kg") / "page.html").read_text(encoding="utf-8")
    shown_title = html.escape(xml_text(title or "lookback-kg network"))
    return fill_template(template, TITLE=shown_title, DATA=script_json(document)).encode("utf-8")


def script_json(document: object) -> str:
    r"""JSON that can stand inside `<script type="application/json">`: `<`, `>` and `&` (and
    the other characters of SCRIPT_UNSAFE) written as `\u` escapes, so no label can close the
    block or open a comment in it, and JSON.parse still gives back the very same text.

    >>> script_json({"label": "</script><!--"})
    '{"label": "\\u003c/script\\u003e\\u003c!--"}'
    """
    text = json.dumps(document, ensure_ascii=False, sort_keys=True)
    # Outside strings JSON has only brackets, digits and words, so every match is in a string.
    return SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def fill_template(template: str, **values: str) -> str:
    """Every `__NAME__` of the template replaced by its value in one pass over the template
    alone: what is put in is never searched again, so a title or label reading `__DATA__`
    stays that text."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _evidence(graph: Graph, statement: URIRef) -> list[dict[str, str]]:
    found = []
    for reference in sorted(graph.objects(statement, PROV.wasDerivedFrom)):
        source = graph.value(reference, LB.source)
        name = graph.value(source, RDFS.label) if source is not None else None
        shown = f"{name} <{source}>" if name is not None else str(source)
        found.append({"quote": str(graph.value(reference, LB.quote) or ""), "source": shown})
    return found
