"""The second engine: Oxigraph (pyoxigraph, in Rust), and conversions between its terms and rdflib's.

A Dataset goes in as N-Quads, so named graphs are kept; queries see all graphs as one default
graph, as they do on rdflib.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from lookback_kg.results import QueryResult
from lookback_kg.vocab import XSD


def to_store(dataset: Dataset | Graph) -> ox.Store:
    """An in-memory Oxigraph store holding the same quads."""
    store = ox.Store()
    if isinstance(dataset, Dataset):
        data = dataset.serialize(format="nquads", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS)
    else:
        data = dataset.serialize(format="nt", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return store


def run_on_oxigraph(
    dataset: Dataset | Graph | ox.Store, query, bindings: dict[str, Node]
) -> QueryResult:
    """Answer a NamedQuery on Oxigraph; a Store may be given to skip loading."""
    from lookback_kg.query import QueryError, syntax_error

    store = dataset if isinstance(dataset, ox.Store) else to_store(dataset)
    substitutions = {ox.Variable(name): to_oxigraph(term) for name, term in bindings.items()}
    try:
        answer = store.query(
            query.text, use_default_graph_as_union=True, substitutions=substitutions
        )
    except SyntaxError as exc:
        raise syntax_error(query, exc) from None
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult((), (), bool(answer))
    if not isinstance(answer, ox.QuerySolutions):
        raise QueryError(f"query {query.name}: only SELECT and ASK queries are answered here")
    variables = tuple(v.value for v in answer.variables)
    rows = tuple(
        tuple(from_oxigraph(solution[name]) for name in variables) for solution in answer
    )
    return QueryResult(variables, rows)


def to_oxigraph(term: Node):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        datatype = term.datatype or XSD.string
        return ox.Literal(str(term), datatype=ox.NamedNode(str(datatype)))
    raise TypeError(f"cannot convert {term!r} to an Oxigraph term")


def from_oxigraph(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == str(XSD.string):
        return Literal(term.value)
    # Oxigraph answers in canonical lexical form; the build writes that form too
    return Literal(term.value, datatype=URIRef(datatype), normalize=False)
