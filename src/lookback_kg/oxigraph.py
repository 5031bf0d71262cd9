"""The second engine, Oxigraph (pyoxigraph, in Rust), and term conversions to and from rdflib.

A Dataset goes in twice: its named graphs as they are, and their merged set of triples as the
default graph. Oxigraph's own "default graph as union" counts a triple once per graph that holds
it (every source repeats `film a schema:Movie`), where rdflib counts it once.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from lookback_kg.results import QueryResult
from lookback_kg.vocab import PREFIXES, XSD


def to_store(dataset: Dataset | Graph) -> ox.Store:
    """An in-memory Oxigraph store holding the same quads."""
    from lookback_kg.build import merged_graph

    store = ox.Store()
    if isinstance(dataset, Dataset):
        quads = dataset.serialize(format="nquads", encoding="utf-8")
        store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
        dataset = merged_graph(dataset)
    store.bulk_load(dataset.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def run_on_oxigraph(
    dataset: Dataset | Graph | ox.Store, query, bindings: dict[str, Node]
) -> QueryResult:
    """Answer a NamedQuery (or a CheckedQuery) on Oxigraph; a Store may be given to skip
    loading. The text passes the query gate here too, Oxigraph runs exactly the canonical text
    the gate checked, and it runs in the worker that cannot open a network socket, so this
    entry point cannot reach out either."""
    from lookback_kg.limits import DEFAULT_TIMEOUT, run_limited
    from lookback_kg.query import CheckedQuery, check_query

    checked = query if isinstance(query, CheckedQuery) else check_query(query)
    return run_limited(
        lambda: _answer(dataset, checked, bindings),
        timeout=DEFAULT_TIMEOUT,
        what=f"query {checked.name}",
    )


def _answer(dataset: Dataset | Graph | ox.Store, checked, bindings: dict[str, Node]):
    from lookback_kg.query import QueryError, syntax_error

    store = dataset if isinstance(dataset, ox.Store) else to_store(dataset)
    substitutions = {ox.Variable(name): to_oxigraph(term) for name, term in bindings.items()}
    try:
        answer = store.query(checked.text, prefixes=PREFIXES, substitutions=substitutions)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult((), (), bool(answer))
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError(f"query {checked.name}: only SELECT and ASK queries are answered here")
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(
            tuple(from_oxigraph(solution[name]) for name in variables) for solution in answer
        )
    except SyntaxError as exc:
        raise syntax_error(checked, exc) from None
    except (OSError, RuntimeError, ValueError) as exc:  # Oxigraph's errors while evaluating
        raise QueryError(
            f"Oxigraph could not answer query {checked.name}: {str(exc)[:200]}"
        ) from None
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
