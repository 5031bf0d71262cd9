"""Namespaces: the one place in code where IRIs are spelled out.

Our own terms live in `LB`, a DefinedNamespace, so a misspelt term is an error rather than a
new IRI; tests keep it in step with ontology/lookback.ttl.
"""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SH, SKOS, XSD, DefinedNamespace

__all__ = [
    "DCTERMS",
    "GRAPH",
    "ID",
    "LB",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SH",
    "SKOS",
    "WD",
    "WDT",
    "XSD",
]


class LB(DefinedNamespace):
    """lookback-kg's own vocabulary: only what schema.org lacks."""

    _NS = Namespace("https://w3id.org/lookback-kg/ontology#")
    _fail = True

    AnimatedFilm: URIRef
    ShortFilm: URIRef
    DocumentaryFilm: URIRef
    Manga: URIRef
    OneShot: URIRef
    Novel: URIRef
    TVSeries: URIRef
    FictionalCharacter: URIRef
    AnimationStudio: URIRef
    FilmFestival: URIRef
    Award: URIRef
    Theme: URIRef
    Statement: URIRef
    Reference: URIRef
    screenwriter: URIRef
    filmEditor: URIRef
    directorOfPhotography: URIRef
    distributor: URIRef
    boxOffice: URIRef
    awardReceived: URIRef
    nominatedFor: URIRef
    premiere: URIRef
    conferredBy: URIRef
    pointInTime: URIRef
    validInPlace: URIRef
    placeOfPublication: URIRef
    reviewScoreBy: URIRef
    approximate: URIRef
    period: URIRef
    characterRole: URIRef
    lowerBound: URIRef
    source: URIRef
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    sourceKind: URIRef
    sourceFile: URIRef


ID = Namespace("https://w3id.org/lookback-kg/id/")
GRAPH = Namespace("https://w3id.org/lookback-kg/graph/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

PREFIXES: dict[str, str] = {
    "lb": str(LB._NS),
    "id": str(ID),
    "graph": str(GRAPH),
    "schema": str(SDO),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "wd": str(WD),
    "wdt": str(WDT),
}
"""The prefixes people type and read (`id:film/look-back`), known whatever a file declares."""

_SHOWN_LOCAL = re.compile(r"^[\w./-]*$")


def shorten(iri: str, prefixes: dict[str, str] | None = None) -> str:
    """The shortest prefixed name the prefixes give (`id:film/look-back`), else `<iri>`.

    >>> shorten("https://schema.org/Movie")
    'schema:Movie'
    >>> shorten("urn:x")
    '<urn:x>'
    """
    text = str(iri)
    best = ""
    for prefix, namespace in (prefixes or PREFIXES).items():
        local = text[len(namespace) :]
        if text.startswith(namespace) and _SHOWN_LOCAL.match(local):
            candidate = f"{prefix}:{local}"
            best = candidate if not best or len(candidate) < len(best) else best
    return best or f"<{text}>"
