"""The graph as a network: entities as nodes, relations as labelled directed edges (networkx).

Statements, references and sources are what make the RDF trustworthy, but they are not what
people want to look at; here they become attributes (which sources back an edge), and literal
facts (dates, runtimes, amounts, scores) become attributes of the entity they describe.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from lookback_kg.build import KIND_CLASSES, merged_graph
from lookback_kg.errors import LookbackError
from lookback_kg.relations import ENTITY_QUALIFIERS, QUALIFIERS
from lookback_kg.vocab import ID, LB, PREFIXES, PROV, RDF, RDFS, SDO, shorten

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "lookback.ttl"
NOT_RELATIONS = {RDF.type, RDFS.label, SDO.name}
QUALIFIER_LINKS = tuple(QUALIFIERS[name].predicate for name in ENTITY_QUALIFIERS)
# What XML 1.0 forbids in a document: most C0 controls, lone surrogates and two noncharacters.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def to_networkx(
    dataset: Dataset | Graph,
    *,
    include_literals: bool = False,
    source: str | None = None,
    classes: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """Project the graph onto its entities.

    Nodes are entity IRIs with `label`, `kind` (the entity's class, as a prefixed name),
    `types` and `sources` (how many sources speak of it), plus one attribute per literal fact
    (`duration`, `datePublished`, `boxOffice`...). Edges are keyed by property, with `label`,
    `property`, `statements` and `sources`. `include_literals` makes literal facts nodes too;
    `source` keeps what one source says (its IRI, label or file name); `classes` keeps nodes
    of those kinds (`schema:Person`, `Person` or a full IRI).
    """
    graph = merged_graph(dataset) if isinstance(dataset, Dataset) else dataset
    backing = _backing(graph, _source_iri(graph, source) if source else None)
    entities = sorted(
        s
        for s in set(graph.subjects(SDO.name, None))
        if isinstance(s, URIRef)
        and str(s).startswith(str(ID))
        and (not source or s in backing["mentioned"])
    )
    wanted_kinds = {_expand(c) for c in classes} if classes else None
    network = nx.MultiDiGraph()
    for entity in entities:
        kind = _kind(graph, entity)
        if wanted_kinds is not None and kind not in wanted_kinds:
            continue
        network.add_node(
            str(entity),
            label=str(graph.value(entity, RDFS.label) or entity),
            kind=shorten(kind),
            types=" ".join(sorted(shorten(t) for t in graph.objects(entity, RDF.type))),
            sources=len(backing["sources_of"].get(entity, ())),
        )
    for entity in entities:
        if str(entity) not in network:
            continue
        literal_facts: dict[str, list[str]] = defaultdict(list)
        for predicate, value in sorted(graph.predicate_objects(entity)):
            if predicate in NOT_RELATIONS:
                continue
            edge = backing["edges"].get((entity, predicate, value))
            if source and edge is None:
                continue
            statements, sources = edge or ((), ())
            attributes = {
                "label": property_label(predicate),
                "property": shorten(predicate),
                "statements": " ".join(sorted(str(s) for s in statements)),
                "sources": len(sources),
                "qualifier": False,
            }
            if str(value) in network:
                network.add_edge(str(entity), str(value), key=shorten(predicate), **attributes)
            elif (
                not isinstance(value, Literal)
                and str(value).startswith(str(ID))
                and (graph.value(value, SDO.name) is not None)
            ):
                continue  # an entity filtered out by `classes`
            else:
                shown = _literal_text(graph, value)
                literal_facts[_local(predicate)].append(shown)
                if include_literals:
                    node = f"{entity}#{shorten(predicate)}={shown}"
                    network.add_node(
                        node, label=shown, kind="literal", types="", sources=len(sources)
                    )
                    network.add_edge(str(entity), node, key=shorten(predicate), **attributes)
        for name, values in literal_facts.items():
            network.nodes[str(entity)][_attribute(name)] = "; ".join(sorted(set(values)))
    _add_qualifier_edges(graph, network, _source_iri(graph, source) if source else None)
    return network


def _add_qualifier_edges(graph: Graph, network: nx.MultiDiGraph, only: URIRef | None) -> None:
    """Qualifiers that name an entity become edges (marked `qualifier=True`): from the
    statement's value when that is an entity (award -> conferred by -> body; voice actor ->
    character role -> character), else from its subject (film -> review score by -> site)."""
    found: dict[tuple[str, str, URIRef], tuple[set, set]] = {}
    for statement in sorted(graph.subjects(RDF.type, LB.Statement)):
        sources = {graph.value(r, LB.source) for r in graph.objects(statement, PROV.wasDerivedFrom)}
        if only is not None:
            if only not in sources:
                continue
            sources = {only}
        subject = str(graph.value(statement, RDF.subject))
        value = str(graph.value(statement, RDF.object))
        anchor = value if value in network else subject
        for qualifier in QUALIFIER_LINKS:
            for target in graph.objects(statement, qualifier):
                if anchor in network and str(target) in network and str(target) != anchor:
                    statements, backing = found.setdefault(
                        (anchor, str(target), qualifier), (set(), set())
                    )
                    statements.add(str(statement))
                    backing.update(sources)
    for (anchor, target, qualifier), (statements, sources) in sorted(found.items()):
        network.add_edge(
            anchor,
            target,
            key=shorten(qualifier),
            label=property_label(qualifier),
            property=shorten(qualifier),
            statements=" ".join(sorted(statements)),
            sources=len(sources),
            qualifier=True,
        )


def property_label(predicate: URIRef) -> str:
    """The ontology's English label for a property ("director", "box office")."""
    return (
        _ontology_labels().get(predicate) or predicate.fragment or str(predicate).rsplit("/", 1)[-1]
    )


@cache
def _ontology_labels() -> dict[URIRef, str]:
    ontology = Graph().parse(ONTOLOGY, format="turtle")
    return {s: str(o) for s, o in ontology.subject_objects(RDFS.label) if isinstance(s, URIRef)}


def _backing(graph: Graph, only_source: URIRef | None) -> dict:
    """Which statements and sources back each direct triple, and which sources name each entity."""
    edges: dict[tuple[Node, Node, Node], tuple[set, set]] = {}
    sources_of: dict[Node, set] = defaultdict(set)
    mentioned: set[Node] = set()
    for statement in graph.subjects(RDF.type, LB.Statement):
        triple = (
            graph.value(statement, RDF.subject),
            graph.value(statement, RDF.predicate),
            graph.value(statement, RDF.object),
        )
        sources = {
            graph.value(reference, LB.source)
            for reference in graph.objects(statement, PROV.wasDerivedFrom)
        }
        if only_source is not None:
            if only_source not in sources:
                continue
            sources = {only_source}
        statements, backing_sources = edges.setdefault(triple, (set(), set()))
        statements.add(statement)
        backing_sources.update(sources)
        for node in (triple[0], triple[2]):
            sources_of[node].update(sources)
            mentioned.add(node)
    return {"edges": edges, "sources_of": sources_of, "mentioned": mentioned}


def _source_iri(graph: Graph, wanted: str) -> URIRef:
    sources = sorted(set(graph.objects(None, LB.source)))
    for candidate in sources:
        names = {
            str(candidate),
            str(graph.value(candidate, RDFS.label) or ""),
            str(graph.value(candidate, LB.sourceFile) or ""),
            str(graph.value(candidate, LB.sourceFile) or "").removesuffix(".txt"),
        }
        if wanted in names:
            return candidate
    shown = ", ".join(str(graph.value(s, LB.sourceFile) or s) for s in sources)
    raise LookbackError(f"no source {wanted!r} in the graph; its sources: {shown}")


def _kind(graph: Graph, entity: URIRef) -> URIRef:
    types = set(graph.objects(entity, RDF.type))
    for kind in KIND_CLASSES.values():
        if kind in types:
            return kind
    return min(types) if types else RDFS.Resource


def _literal_text(graph: Graph, value: Node) -> str:
    label = graph.value(value, RDFS.label) if not isinstance(value, Literal) else None
    return str(label if label is not None else value)


def _local(iri: URIRef) -> str:
    return str(iri).replace("#", "/").rsplit("/", 1)[-1]


def _attribute(name: str) -> str:
    return name if name not in ("label", "kind", "types", "sources") else f"{name}_value"


def _expand(name: str) -> URIRef:
    prefix, colon, local = name.partition(":")
    if colon and prefix in PREFIXES:
        return URIRef(PREFIXES[prefix] + local)
    if colon:
        return URIRef(name)
    for kind in KIND_CLASSES.values():
        if kind.endswith(("/" + name, "#" + name)):
            return kind
    known = ", ".join(sorted(shorten(k) for k in KIND_CLASSES.values()))
    raise LookbackError(f"unknown class {name!r}; use one of {known}")


def xml_text(text: str) -> str:
    r"""`text` with every character XML 1.0 forbids replaced by U+FFFD, so a label that holds
    a control character cannot make a GraphML or SVG file ill-formed.

    >>> xml_text("red\x1b[31m \ufffe") == "red\ufffd[31m \ufffd"
    True
    """
    return NOT_IN_XML.sub("\ufffd", text)


def xml_safe(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the network that any XML writer can write well-formed: node ids, edge keys,
    attribute names and text values cleaned, in the same order (so the same bytes as before
    when nothing needed cleaning). Ids get the forbidden characters percent-encoded, as an IRI
    becomes a URI, so an id still names its entity; text gets U+FFFD."""

    def text(value):
        return xml_text(value) if isinstance(value, str) else value

    def attributes(data: dict) -> dict:
        return {xml_text(name): text(value) for name, value in data.items()}

    clean = nx.MultiDiGraph()
    clean.graph.update(attributes(network.graph))
    for node, data in network.nodes(data=True):
        clean.add_node(_xml_id(node), **attributes(data))
    for u, v, key, data in network.edges(keys=True, data=True):
        clean.add_edge(_xml_id(u), _xml_id(v), key=text(key), **attributes(data))
    return clean


def _xml_id(node: str) -> str:
    def encoded(match: re.Match) -> str:
        return "".join(f"%{b:02X}" for b in match.group().encode("utf-8", "surrogatepass"))

    return NOT_IN_XML.sub(encoded, node)
