"""Facts -> an rdflib Dataset: direct triples, statement nodes with evidence, provenance.

Each fact becomes
- a direct triple (`film schema:director person`) for easy querying, and
- a statement node (`rdf:subject` / `rdf:predicate` / `rdf:object`, qualifiers) derived from a
  reference node carrying the source, the verbatim quote, its offsets and the rule,
in the named graph of the article it came from. Every IRI is derived from content, so the same
input gives the same graph, and the same person named in two articles is one node.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from lookback_kg import __version__
from lookback_kg.model import (
    Article,
    Duration,
    Entity,
    EntityKind,
    Fact,
    Money,
    Qualifiers,
    Rating,
    WorkClass,
    slugify,
)
from lookback_kg.relations import PREDICATES, QUALIFIERS
from lookback_kg.vocab import GRAPH, ID, LB, PREFIXES, PROV, RDF, RDFS, SDO, XSD

KIND_CLASSES: dict[EntityKind, URIRef] = {
    EntityKind.FILM: SDO.Movie,
    EntityKind.WORK: SDO.CreativeWork,
    EntityKind.PERSON: SDO.Person,
    EntityKind.ORGANIZATION: SDO.Organization,
    EntityKind.EVENT: SDO.Event,
    EntityKind.AWARD: LB.Award,
    EntityKind.CHARACTER: LB.FictionalCharacter,
    EntityKind.COUNTRY: SDO.Country,
    EntityKind.PLACE: SDO.Place,
    EntityKind.LANGUAGE: SDO.Language,
    EntityKind.THEME: LB.Theme,
}
WORK_CLASSES: dict[WorkClass, URIRef] = {
    WorkClass.FILM: SDO.Movie,
    WorkClass.ANIMATED_FILM: LB.AnimatedFilm,
    WorkClass.SHORT_FILM: LB.ShortFilm,
    WorkClass.DOCUMENTARY_FILM: LB.DocumentaryFilm,
    WorkClass.MANGA: LB.Manga,
    WorkClass.ONE_SHOT: LB.OneShot,
    WorkClass.NOVEL: LB.Novel,
    WorkClass.TV_SERIES: LB.TVSeries,
    WorkClass.FILM_FESTIVAL: LB.FilmFestival,
    WorkClass.ANIMATION_STUDIO: LB.AnimationStudio,
}
ARTICLE_CLASSES = {"news": SDO.NewsArticle, "review": SDO.Review}
SOFTWARE = ID[f"software/lookback-kg-{__version__}"]


def entity_iri(entity: Entity) -> URIRef:
    """The stable IRI of an entity: its kind and normalised name.

    >>> str(entity_iri(Entity(EntityKind.PERSON, "Kiyotaka Oshiyama")))
    'https://w3id.org/lookback-kg/id/person/kiyotaka-oshiyama'
    """
    return ID[f"{entity.kind.value}/{entity.key}"]


def source_iri(article: Article) -> URIRef:
    """The article's own IRI when its header gives a usable one, else one minted from it."""
    if ":" in article.source and not any(c.isspace() or c in '<>"{}|\\^`' for c in article.source):
        return URIRef(article.source)
    return ID[f"source/{slugify(article.source)}"]


def graph_iri(article: Article) -> URIRef:
    """The named graph holding what one article says."""
    return GRAPH[slugify(Path(article.path).stem)]


def build_dataset(extracted: Iterable[tuple[Article, list[Fact]]]) -> Dataset:
    """One named graph per article, holding its facts, their evidence and its provenance."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for article, facts in sorted(extracted, key=lambda pair: pair[0].path):
        graph = dataset.graph(graph_iri(article))
        source, run = _describe_source(graph, article)
        for fact in facts:
            _add_fact(graph, fact, source, run)
    return dataset


def bind_prefixes(graph: Graph) -> None:
    """Our prefixes (lb:, schema:, id: ...), so every output uses the same ones."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def merged_graph(dataset: Dataset) -> Graph:
    """All named graphs as one graph, for Turtle and N-Triples."""
    merged = Graph()
    for prefix, namespace in dataset.namespaces():
        merged.bind(prefix, namespace)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _describe_source(graph: Graph, article: Article) -> tuple[URIRef, URIRef]:
    source = source_iri(article)
    graph.add((source, RDF.type, ARTICLE_CLASSES.get(article.kind, SDO.Article)))
    graph.add((source, RDF.type, PROV.Entity))
    graph.add((source, RDFS.label, Literal(article.title or article.source)))
    if article.title:
        graph.add((source, SDO.headline, Literal(article.title)))
    if article.source.startswith(("http://", "https://")):
        graph.add((source, SDO.url, Literal(article.source, datatype=XSD.anyURI)))
    graph.add((source, SDO.text, Literal(article.body)))
    graph.add((source, LB.sourceKind, Literal(article.kind)))
    graph.add((source, LB.sourceFile, Literal(Path(article.path).name)))
    if article.date:
        graph.add((source, SDO.datePublished, Literal(article.date)))
    if article.publisher:
        publisher = Entity(EntityKind.ORGANIZATION, article.publisher)
        _describe_entity(graph, publisher)
        graph.add((source, SDO.publisher, entity_iri(publisher)))
    digest = hashlib.sha1(f"{__version__}\n{article.source}\n{article.body}".encode()).hexdigest()
    run = ID[f"run/{digest[:16]}"]
    graph.add((run, RDF.type, PROV.Activity))
    graph.add(
        (
            run,
            RDFS.label,
            Literal(f"lookback-kg {__version__} extraction of {Path(article.path).name}"),
        )
    )
    graph.add((run, PROV.used, source))
    graph.add((run, PROV.wasAssociatedWith, SOFTWARE))
    graph.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    graph.add((SOFTWARE, RDFS.label, Literal(f"lookback-kg {__version__}")))
    graph.add((SOFTWARE, SDO.softwareVersion, Literal(__version__)))
    return source, run


def _describe_entity(graph: Graph, entity: Entity) -> URIRef:
    iri = entity_iri(entity)
    label = entity.label.title() if entity.name.isupper() and len(entity.name) > 5 else entity.label
    graph.add((iri, RDF.type, KIND_CLASSES[entity.kind]))
    graph.add((iri, RDFS.label, Literal(label)))
    graph.add((iri, SDO.name, Literal(label)))
    return iri


def _value_node(graph: Graph, fact: Fact) -> Node:
    value = fact.object
    if isinstance(value, Entity):
        return _describe_entity(graph, value)
    if isinstance(value, WorkClass):
        return WORK_CLASSES[value]
    if isinstance(value, Duration):
        return Literal(value.iso, datatype=XSD.duration)
    if isinstance(value, Money):
        node = ID[f"amount/{value.amount}-{value.currency.lower()}"]
        graph.add((node, RDF.type, SDO.MonetaryAmount))
        graph.add((node, RDFS.label, Literal(f"{value.amount:,} {value.currency}")))
        graph.add((node, SDO.value, _decimal(value.amount)))
        graph.add((node, SDO.currency, Literal(value.currency)))
        return node
    if isinstance(value, Rating):
        return _rating_node(graph, value, fact.qualifiers.rated_by)
    if isinstance(value, date):
        return Literal(value, datatype=XSD.date)
    return Literal(str(value))


def _rating_node(graph: Graph, rating: Rating, rater: Entity | None) -> URIRef:
    key = f"{rating.value}-of-{rating.best}-{rater.key if rater else 'unknown'}-{rating.count or 0}"
    node = ID[f"rating/{key}"]
    graph.add((node, RDF.type, SDO.AggregateRating))
    by = f" ({rater.name})" if rater else ""
    graph.add((node, RDFS.label, Literal(f"{rating.value}/{rating.best}{by}")))
    graph.add((node, SDO.ratingValue, _decimal(rating.value)))
    graph.add((node, SDO.bestRating, _decimal(rating.best)))
    graph.add((node, SDO.worstRating, _decimal(rating.worst)))
    if rating.count is not None:
        graph.add((node, SDO.reviewCount, Literal(rating.count, datatype=XSD.integer)))
    if rater is not None:
        graph.add((node, SDO.author, _describe_entity(graph, rater)))
    return node


def _qualifier_terms(graph: Graph, qualifiers: Qualifiers) -> list[tuple[URIRef, Node]]:
    terms: list[tuple[URIRef, Node]] = []
    for name, spec in QUALIFIERS.items():
        value = getattr(qualifiers, name)
        if value is None or value is False:
            continue
        if isinstance(value, Entity):
            node: Node = _describe_entity(graph, value)
        elif isinstance(value, date):
            node = Literal(value, datatype=XSD.date)
        else:
            node = Literal(value)
        terms.append((spec.predicate, node))
    return terms


def _add_fact(graph: Graph, fact: Fact, source: URIRef, run: URIRef) -> None:
    subject = _describe_entity(graph, fact.subject)
    predicate = PREDICATES[fact.relation]
    value = _value_node(graph, fact)
    graph.add((subject, predicate, value))
    qualifiers = _qualifier_terms(graph, fact.qualifiers)
    identity = "\n".join(
        [
            subject.n3(),
            predicate.n3(),
            value.n3(),
            *sorted(f"{p.n3()} {o.n3()}" for p, o in qualifiers),
        ]
    )
    statement = ID[f"statement/{_digest(identity)}"]
    graph.add((statement, RDF.type, LB.Statement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, predicate))
    graph.add((statement, RDF.object, value))
    for q_predicate, q_value in qualifiers:
        graph.add((statement, q_predicate, q_value))
    evidence = fact.evidence
    reference = ID[f"reference/{_digest(f'{source}|{evidence.start}|{evidence.end}|{fact.rule}')}"]
    graph.add((statement, PROV.wasDerivedFrom, reference))
    graph.add((reference, RDF.type, LB.Reference))
    graph.add((reference, LB.source, source))
    graph.add((reference, LB.quote, Literal(evidence.quote)))
    graph.add((reference, LB.startOffset, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    graph.add((reference, LB.endOffset, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
    graph.add((reference, LB.rule, Literal(fact.rule)))
    graph.add((reference, PROV.wasGeneratedBy, run))


def _decimal(value) -> Literal:
    """An xsd:decimal as rdflib's Turtle writer writes it ("1200000.0", "8.5"), so Turtle and
    TriG exports read back unchanged. Oxigraph reads "1200000.0" as its canonical "1200000":
    the same value, so comparisons across engines are by value (see results.canonical)."""
    text = format(Decimal(value).normalize(), "f")
    return Literal(text if "." in text else f"{text}.0", datatype=XSD.decimal)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]
