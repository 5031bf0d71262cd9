"""Named SPARQL questions (queries/*.rq) and the two engines that answer them.

A named query is a file whose first comment line says what it answers and whose `# @param`
lines declare its parameters. Parameters are bound as RDF terms through the engine's own
mechanism (rdflib's initBindings, Oxigraph's substitutions), never pasted into the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path

import regex as re
from pyparsing import ParseResults
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from lookback_kg.errors import LookbackError
from lookback_kg.limits import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT, run_limited
from lookback_kg.results import QueryResult, canonical
from lookback_kg.vocab import ID, PREFIXES, RDFS, XSD

PARAM_LINE = re.compile(r"^#\s*@param\s+(\w+)\s+(iri|string|date|integer)(\s+required)?\s*(.*)$")
NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class QueryError(LookbackError):
    """A query that cannot run: unknown name, bad parameter, syntax error."""


class Engine(StrEnum):
    RDFLIB = "rdflib"
    OXIGRAPH = "oxigraph"


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # iri, string, date or integer
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """One question: its name (the file name), what it answers, its parameters, its text."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str

    @classmethod
    def from_text(cls, name: str, text: str) -> NamedQuery:
        comments = [line for line in text.splitlines() if line.startswith("#")]
        description = next((c.lstrip("# ").strip() for c in comments if "@param" not in c), "")
        parameters = []
        for line in comments:
            found = PARAM_LINE.match(line)
            if found:
                name_, kind, required, about = found.groups()
                parameters.append(Parameter(name_, kind, bool(required), about.strip()))
        return cls(name, description, tuple(parameters), text)


def list_queries() -> list[NamedQuery]:
    """Every named query shipped with the package, by name."""
    folder = resources.files("lookback_kg") / "queries"
    found = [
        NamedQuery.from_text(entry.name.removesuffix(".rq"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    ]
    return sorted(found, key=lambda q: q.name)


def load_query(name_or_text: str) -> NamedQuery:
    """A named query, a .rq file, or SPARQL text given directly."""
    if NAME.match(name_or_text):
        known = {q.name: q for q in list_queries()}
        if name_or_text not in known:
            raise QueryError(
                f"unknown query {name_or_text!r}; known queries: {', '.join(sorted(known))}"
            )
        return known[name_or_text]
    if name_or_text.endswith(".rq") and "\n" not in name_or_text:
        path = Path(name_or_text)
        if not path.is_file():
            raise QueryError("no such query file", path=path)
        try:
            return NamedQuery.from_text(path.stem, path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise QueryError("not UTF-8 text", path=path) from None
    return NamedQuery.from_text("(query text)", name_or_text)


def run_query(
    dataset: Dataset | Graph,
    name_or_text: str | NamedQuery,
    *,
    engine: Engine | str = Engine.RDFLIB,
    timeout: float | str | None = DEFAULT_TIMEOUT,
    max_memory: int | str | None = DEFAULT_MAX_MEMORY,
    **params: Node | str | int | date,
) -> QueryResult:
    """Answer a named query, a .rq file or SPARQL text on the dataset (all graphs as one).

    Keyword arguments bind the query's variables: `run_query(ds, "credits", film="Look Back")`.
    The text is put in canonical form and passes the query gate (no SERVICE, FROM or update);
    the work runs in a worker that cannot reach the network, stops after `timeout` seconds
    (None or 0: no limit) with a TimeLimitError, and past `max_memory` (bytes, or "4G") with a
    MemoryLimitError.
    """
    query = name_or_text if isinstance(name_or_text, NamedQuery) else load_query(name_or_text)
    try:
        engine = Engine(engine)
    except ValueError:
        raise QueryError(f"unknown engine {engine!r}; use rdflib or oxigraph") from None

    def work() -> QueryResult:  # parsing too runs in the limited, sandboxed worker
        checked = check_query(query)
        bindings = bind_parameters(dataset, query, params)
        if engine is Engine.OXIGRAPH:
            from lookback_kg.oxigraph import run_on_oxigraph

            result = run_on_oxigraph(dataset, checked, bindings)
        else:
            result = _run_on_rdflib(dataset, checked, bindings)
        rows = tuple(tuple(canonical(value) for value in row) for row in result.rows)
        return QueryResult(result.variables, rows, result.boolean, _prefixes(dataset))

    return run_limited(work, timeout=timeout, what=f"query {query.name}", max_memory=max_memory)


def bind_parameters(
    dataset: Dataset | Graph, query: NamedQuery, params: dict[str, object]
) -> dict[str, Node]:
    """Turn parameter values into RDF terms of the declared kind."""
    declared = {p.name: p for p in query.parameters}
    if declared:
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryError(
                f"query {query.name} has no parameter {unknown[0]!r}; "
                f"its parameters: {', '.join(declared)}"
            )
    missing = [p.name for p in query.parameters if p.required and p.name not in params]
    if missing:
        raise QueryError(f"query {query.name} needs --param {missing[0]}=...")
    bound: dict[str, Node] = {}
    for name, value in params.items():
        kind = declared[name].kind if name in declared else None
        bound[name] = _term(dataset, name, kind, value)
    return bound


def _term(dataset: Dataset | Graph, name: str, kind: str | None, value: object) -> Node:
    if isinstance(value, URIRef | Literal | BNode):
        return value
    text = str(value)
    if kind == "integer" or (kind is None and isinstance(value, int)):
        try:
            return Literal(int(text))
        except ValueError:
            raise QueryError(f"parameter {name} must be an integer, not {text!r}") from None
    if kind == "date" or (kind is None and isinstance(value, date)):
        try:
            return Literal(date.fromisoformat(text), datatype=XSD.date)
        except ValueError:
            raise QueryError(
                f"parameter {name} must be a date like 2024-06-28, not {text!r}"
            ) from None
    if kind == "iri" or (kind is None and _looks_like_iri(text)):
        return _resolve_iri(dataset, name, text)
    return Literal(text)


def _looks_like_iri(text: str) -> bool:
    return (text.startswith("<") and text.endswith(">")) or bool(
        re.match(r"^[a-z][\w+.-]*:\S+$", text)
    )


def _resolve_iri(dataset: Dataset | Graph, name: str, text: str) -> URIRef:
    """An IRI in <...>, a full IRI, a prefixed name the graph knows, or an entity's label."""
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, colon, local = text.partition(":")
    if colon and not local.startswith("//"):
        namespaces = {**{p: str(n) for p, n in dataset.namespaces()}, **PREFIXES}
        if prefix in namespaces:
            return URIRef(str(namespaces[prefix]) + local)
    if colon and re.match(r"^[a-z][\w+.-]*$", prefix) and not any(c.isspace() for c in text):
        return URIRef(text)
    wanted = text.casefold()
    labels = union_view(dataset).subject_objects(RDFS.label)
    matches = sorted({s for s, label in labels if str(label).casefold() == wanted})
    if len(matches) > 1:  # "Look Back" is a film and a manga: --param film=... means the film
        of_kind = [m for m in matches if str(m).startswith(str(ID[f"{name}/"]))]
        matches = of_kind or matches
    if len(matches) == 1 and isinstance(matches[0], URIRef):
        return matches[0]
    if not matches:
        raise QueryError(
            f"parameter {name}: no entity is labelled {text!r}; give a label or an IRI"
        )
    raise QueryError(
        f"parameter {name}: {len(matches)} entities are labelled {text!r}; give one IRI: "
        + ", ".join(str(m) for m in matches)
    )


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed the gate: its canonical text, which is what both engines run, and
    rdflib's parse of that same text."""

    name: str
    text: str
    parsed: Query


def canonical_text(text: str, name: str = "(query text)") -> str:
    """The one form of a query's text that is checked and run.

    SPARQL's codepoint escapes (\\u0041, \\U0001F600) are expanded first, everywhere, as the
    standard says and as rdflib does (Oxigraph expands them only inside strings and IRIs); a
    result that still holds an escape is refused, since a second reader would expand it again.
    Then every line ends in a line feed: rdflib ends a `#` comment at a line feed only,
    Oxigraph at a carriage return too, so a lone CR would hide code from one and not the other.

    >>> canonical_text("SELECT * # note\\r?s")
    'SELECT * # note\\n?s'
    """
    try:
        expanded = _ESCAPE.sub(_expand, text)
    except ValueError as exc:
        raise QueryError(f"query {name}: {exc}") from None
    if _ESCAPE_LIKE.search(expanded):  # rdflib reads \U with four digits, \u with eight
        raise QueryError(
            f"query {name}: a \\u escape spells another escape; write the character itself"
        )
    return expanded.replace("\r\n", "\n").replace("\r", "\n")


_SERVICE = re.compile(r"service", re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ESCAPE_LIKE = re.compile(r"\\[uU][0-9A-Fa-f]{4}")


def _expand(found: re.Match) -> str:
    code = int(found[1] or found[2], 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"{found[0]} is not a Unicode character")
    return chr(code)


def check_query(query: NamedQuery | str, prefixes: dict[str, str] | None = None) -> CheckedQuery:
    """The query gate: put the text in canonical form, parse it with rdflib and refuse, before
    anything runs, an update (INSERT, DELETE, LOAD, CLEAR...), a SERVICE clause (it would reach
    another server or a file), FROM / FROM NAMED (rdflib would fetch or read them), and
    anything but SELECT or ASK. Returns the canonical text with its parse."""
    if isinstance(query, str):
        query = NamedQuery.from_text("(query text)", query)
    text = canonical_text(query.text, query.name)
    if _SERVICE.search(text):
        raise QueryError(
            f"query {query.name} has a SERVICE clause: refused, queries never reach other "
            "servers or files (the word is refused anywhere in the text, a string included: "
            "the two engines split some names differently, and one read a SERVICE where the "
            "other saw none)"
        )
    try:
        tree = parseQuery(text)
    except RecursionError:
        raise _too_deep(query) from None
    except Exception as exc:
        try:
            parseUpdate(text)
        except Exception:
            raise syntax_error(query, exc) from None
        raise QueryError(
            f"query {query.name} is an update (INSERT, DELETE, LOAD, CLEAR...): refused, "
            "the graph is read-only here"
        ) from None
    for node in _walk(tree):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise QueryError(
                f"query {query.name} has a SERVICE clause: refused, queries never reach other "
                "servers or files"
            )
        if getattr(node, "name", "").endswith("Query") and "datasetClause" in node:
            raise QueryError(
                f"query {query.name} has FROM or FROM NAMED: refused, since it would fetch or "
                "read that graph; every loaded graph is already in the default graph, and "
                "GRAPH <iri> { } picks one"
            )
    try:
        parsed = translateQuery(tree, initNs={**PREFIXES, **(prefixes or {})})
    except RecursionError:
        raise _too_deep(query) from None
    except Exception as exc:  # an unknown prefix, a misplaced aggregate
        raise syntax_error(query, exc) from None
    if parsed.algebra.name not in ("SelectQuery", "AskQuery"):
        raise QueryError(f"query {query.name}: only SELECT and ASK queries are answered here")
    return CheckedQuery(query.name, text, parsed)


def _too_deep(query: NamedQuery) -> QueryError:
    return QueryError(
        f"query {query.name} is nested too deeply to read (hundreds of UNION branches or "
        "groups inside groups); split it into several queries"
    )


def _walk(node):
    """Every node of a parse tree."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list | tuple | ParseResults):
            stack.extend(current)


def _run_on_rdflib(dataset: Dataset | Graph, checked: CheckedQuery, bindings: dict[str, Node]):
    try:
        answer = union_view(dataset).query(checked.parsed, initBindings=bindings)
        if answer.type == "ASK":
            return QueryResult((), (), bool(answer.askAnswer))
        variables = tuple(str(v) for v in answer.vars)
        rows = tuple(tuple(row[v] for v in answer.vars) for row in answer)
    except (RecursionError, MemoryError):
        raise
    except Exception as exc:  # rdflib fails on some data (YEAR of an ill-typed date)
        raise QueryError(
            f"rdflib could not answer query {checked.name} on this data "
            f"({type(exc).__name__}: {str(exc)[:120]}); --engine oxigraph may"
        ) from None
    return QueryResult(variables, rows)


def _prefixes(dataset: Dataset | Graph) -> dict[str, str]:
    return {**{p: str(n) for p, n in dataset.namespaces() if p}, **PREFIXES}


def union_view(dataset: Dataset | Graph) -> Graph:
    """All named graphs seen as one default graph, sharing the store (not a copy)."""
    if isinstance(dataset, Dataset):
        view = Dataset(store=dataset.store, default_union=True)
        view.namespace_manager = dataset.namespace_manager
        return view
    return dataset


def syntax_error(query: NamedQuery, exc: Exception) -> QueryError:
    """A parse error, with line and column where the parser gave them."""
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "col", None)
    found = re.search(r"(\d+):(\d+)", str(exc)) if line is None else None
    if found:
        line, column = int(found.group(1)), int(found.group(2))
    where = f"line {line}, column {column}: " if line is not None else ""
    detail = str(getattr(exc, "msg", None) or exc).splitlines()[0][:200]
    return QueryError(f"SPARQL syntax error in {query.name}: {where}{detail}")
