"""Check a graph against ontology/shapes.ttl with pyshacl, and explain what is wrong.

The result is a report, not an exception: each finding says its severity, which node (by
label), which property, the offending value, the message, the shape, and the quote and source
of the statement involved, so a reader can go straight to the sentence that caused it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

import regex as re
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from lookback_kg.build import bind_prefixes, merged_graph
from lookback_kg.errors import LookbackError, printable
from lookback_kg.limits import DEFAULT_TIMEOUT, run_limited
from lookback_kg.load import load_graph, read_local_file
from lookback_kg.vocab import LB, PROV, RDF, RDFS, SH

SHAPES = Path(__file__).resolve().parents[2] / "ontology" / "shapes.ttl"


class Severity(StrEnum):
    """SHACL severities, most serious first."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class ValidationResult:
    """One finding, in words a reader can act on."""

    severity: Severity
    focus: str
    focus_label: str
    path: str | None
    value: str | None
    message: str
    shape: str
    quote: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class ValidationReport:
    """All findings, sorted; `conforms` means no violation."""

    results: tuple[ValidationResult, ...]
    report_graph: Graph

    @property
    def conforms(self) -> bool:
        return not self.count(Severity.VIOLATION)

    def count(self, severity: Severity) -> int:
        return sum(1 for r in self.results if r.severity is severity)

    def fails(self, level: Severity = Severity.VIOLATION) -> bool:
        """True when a finding is at `level` or more serious."""
        return any(r.severity.rank <= level.rank for r in self.results)

    def to_graph(self) -> Graph:
        """The standard SHACL validation report (sh:ValidationReport) as RDF."""
        return self.report_graph

    def to_dataframe(self):
        """The findings as a pandas DataFrame (needs pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise LookbackError("to_dataframe() needs pandas: pip install pandas") from exc
        return pd.DataFrame([asdict(r) for r in self.results])

    def to_json(self) -> str:
        """The findings as JSON, with a summary."""
        return json.dumps(
            {
                "conforms": self.conforms,
                "counts": {s.value: self.count(s) for s in Severity},
                "results": [asdict(r) for r in self.results],
            },
            ensure_ascii=False,
            indent=2,
        )

    def to_table(self) -> str:
        """A readable text report, grouped by severity, labels instead of IRIs."""
        lines: list[str] = []
        for severity in Severity:
            found = [r for r in self.results if r.severity is severity]
            lines.append(f"{severity.value.upper()}S ({len(found)})")
            for r in found:  # data and shapes text, shown escaped: one line, no terminal codes
                where = f" [{printable(r.path)}]" if r.path else ""
                lines.append(f"  {printable(r.focus_label)}{where}: {printable(r.message)}")
                if r.quote:
                    quote = r.quote if len(r.quote) <= 160 else r.quote[:157] + "..."
                    lines.append(f'      "{printable(quote)}"  ({printable(str(r.source))})')
            lines.append("")
        verdict = "conforms" if self.conforms else "does not conform"
        lines.append(
            f"{verdict}: {self.count(Severity.VIOLATION)} violations, "
            f"{self.count(Severity.WARNING)} warnings, {self.count(Severity.INFO)} info"
        )
        return "\n".join(lines) + "\n"


def load_shapes(path: Path | str | None = None) -> Graph:
    """The shapes graph: ours by default, or a file given by the user, its prefix
    declarations checked (they become query text)."""
    path = Path(path or SHAPES)
    shapes = load_graph(path)
    check_shape_declarations(shapes, path)
    return shapes


PREFIX_NAME = re.compile(r"^(?:\p{L}(?:[\p{L}\p{N}_.\-\u00B7]*[\p{L}\p{N}_\-\u00B7])?)?$")
ABSOLUTE_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>"{}|\\^`]*$')


def check_shape_declarations(shapes: Graph, path: Path | None = None) -> None:
    """Each sh:prefix a prefix name and each sh:namespace an absolute IRI, or the shapes are
    refused: pyshacl writes them into `PREFIX p: <namespace>` lines of the queries it runs,
    as raw text, so a namespace holding `>` and a query would run that query."""
    for declaration in sorted(shapes.objects(None, SH.declare), key=str):
        for predicate, pattern, what in (
            (SH.prefix, PREFIX_NAME, "a prefix name such as ex (letters, digits, _ - .)"),
            (SH.namespace, ABSOLUTE_IRI, 'an absolute IRI without spaces or <>"{}|\\^`'),
        ):
            for value in shapes.objects(declaration, predicate):
                if not pattern.match(str(value)):
                    shown = str(value).encode("unicode_escape").decode("ascii")[:80]
                    raise ShapesError(
                        f"sh:{predicate.removeprefix(str(SH))} must be {what}, not {shown!r}: "
                        "refused, since it would become query text",
                        path=path,
                        line=_line_of_text(path, str(value)),
                    )


def _line_of_text(path: Path | None, value: str) -> int | None:
    """The line where a literal's text starts in the file, where it can be found."""
    if path is None:
        return None
    text = read_local_file(path).decode("utf-8", errors="replace")
    written = value.encode("unicode_escape").decode("ascii")  # as Turtle escapes write it
    for candidate in (value.splitlines()[0] if value.strip() else value, written[:40]):
        at = text.find(candidate)
        if candidate and at >= 0:
            return text.count("\n", 0, at) + 1
    return None


class ShapesError(LookbackError):
    """A shapes file that is refused."""


class _PreparedQueryGraph(Graph):
    """A view of a graph that parses each SPARQL text once.

    pyshacl hands rdflib the same SHACL-SPARQL text for every focus node, and rdflib parses it
    again each time; parsing, not evaluation, was nine tenths of validation time. Sharing the
    store keeps this a view, not a copy.
    """

    def __init__(self, graph: Graph) -> None:
        super().__init__(
            store=graph.store,
            identifier=graph.identifier,
            namespace_manager=graph.namespace_manager,
        )
        self._prepared: dict[str, Query] = {}

    def query(self, query_object, *args, **kwargs):  # type: ignore[override]
        """Every text passes the query gate here, as pyshacl finally wrote it: its PREFIX
        lines included."""
        from lookback_kg.query import NamedQuery, QueryError, check_query

        if isinstance(query_object, str):
            if query_object not in self._prepared:
                query = NamedQuery("in the shapes", "", (), query_object)
                try:
                    checked = check_query(query, {p: str(n) for p, n in self.namespaces()})
                except QueryError as error:
                    raise QueryError(f"SHACL-SPARQL {error.message}") from None
                self._prepared[query_object] = checked.parsed
            query_object = self._prepared[query_object]
        return super().query(query_object, *args, **kwargs)


def validate(
    dataset: Dataset | Graph,
    shapes: Graph | None = None,
    timeout: float | str | None = DEFAULT_TIMEOUT,
) -> ValidationReport:
    """Validate a dataset (all named graphs together) against the shapes.

    No owl:imports is followed, every SHACL-SPARQL query in the shapes passes the query gate
    first, and the work stops after `timeout` seconds (None or 0: no limit), which also bounds
    a runaway sh:pattern regex.
    """
    for given, role in ((dataset, "data"), (shapes, "shapes")):
        if given is not None and not isinstance(given, Graph):  # pyshacl would fetch a URL
            raise LookbackError(
                f"validate() takes the {role} as an rdflib Graph or Dataset, not "
                f"{type(given).__name__}; read files with load.load_graph_files()"
            )
    data = merged_graph(dataset) if isinstance(dataset, Dataset) else dataset
    shapes = shapes if shapes is not None else load_shapes()
    check_shape_declarations(shapes)
    check_shape_queries(shapes)
    results, report = run_limited(
        lambda: _validate_now(data, shapes), timeout=timeout, what="validation"
    )
    report_graph = Graph()
    bind_prefixes(report_graph)
    report_graph.bind("sh", SH)
    return ValidationReport(results, report_graph.parse(data=report, format="nt"))


def check_shape_queries(shapes: Graph) -> None:
    """Every sh:select and sh:ask in the shapes through the query gate (no SERVICE, no FROM,
    no update), with the prefixes the shapes declare."""
    from lookback_kg.query import NamedQuery, QueryError, check_query

    declared = {
        str(shapes.value(d, SH.prefix)): str(shapes.value(d, SH.namespace))
        for d in shapes.objects(None, SH.declare)
    }
    for predicate in (SH.select, SH.ask):
        for holder, text in sorted(shapes.subject_objects(predicate)):
            where = _curie(shapes, holder) if isinstance(holder, URIRef) else "a blank node"
            text = str(text).replace("$PATH", "<urn:path>")  # pyshacl's placeholder
            try:
                check_query(NamedQuery(f"in the shapes at {where}", "", (), text), declared)
            except QueryError as error:
                raise QueryError(f"SHACL-SPARQL {error.message}") from None


def _validate_now(data: Graph, shapes: Graph) -> tuple[tuple[ValidationResult, ...], bytes]:
    from pyshacl import validate as shacl_validate
    from pyshacl.errors import ReportableRuntimeError

    try:
        _, report_graph, _ = shacl_validate(
            _PreparedQueryGraph(data),
            shacl_graph=shapes,
            inference="none",
            allow_warnings=True,
            allow_infos=True,
            do_owl_imports=False,
            advanced=False,
        )
    except ReportableRuntimeError as exc:  # pyshacl's word for shapes it cannot use
        message = str(getattr(exc, "message", None) or exc).strip().splitlines()
        shown = message[0][:200] if message else type(exc).__name__
        raise ShapesError(f"the shapes cannot be used: {shown}") from None
    results = [_result(report_graph, node, data) for node in report_graph.objects(None, SH.result)]
    results.sort(key=lambda r: (r.severity.rank, r.focus_label, r.path or "", r.message))
    return tuple(results), report_graph.serialize(format="nt", encoding="utf-8")


def _result(report: Graph, node: Node, data: Graph) -> ValidationResult:
    severity = {SH.Violation: Severity.VIOLATION, SH.Warning: Severity.WARNING}.get(
        report.value(node, SH.resultSeverity), Severity.INFO
    )
    focus = report.value(node, SH.focusNode)
    path = report.value(node, SH.resultPath)
    value = report.value(node, SH.value)
    message = report.value(node, SH.resultMessage)
    shape = report.value(node, SH.sourceShape)
    quote, source = _evidence(data, focus, path, value)
    return ValidationResult(
        severity=severity,
        focus=str(focus),
        focus_label=_label(data, focus),
        path=_curie(data, path) if isinstance(path, URIRef) else None,
        value=str(value) if value is not None else None,
        message=str(message) if message is not None else "does not conform",
        shape=_curie(data, shape) if isinstance(shape, URIRef) else "(anonymous shape)",
        quote=quote,
        source=source,
    )


def _label(data: Graph, node: Node | None) -> str:
    label = data.value(node, RDFS.label) if node is not None else None
    if label is not None:
        return str(label)
    return _curie(data, node) if isinstance(node, URIRef) else str(node)


def _curie(graph: Graph, iri: URIRef) -> str:
    try:
        return graph.namespace_manager.normalizeUri(iri)
    except Exception:  # an IRI no prefix fits
        return f"<{iri}>"


def _evidence(data: Graph, focus: Node, path: Node, value: Node) -> tuple[str | None, str | None]:
    """The quote and source behind a finding, where one statement explains it."""
    references: list[Node] = []
    if (focus, RDF.type, LB.Reference) in data:
        references = [focus]
    elif (focus, RDF.type, LB.Statement) in data:
        references = list(data.objects(focus, PROV.wasDerivedFrom))
    else:
        known_value = value is not None and value != focus
        if path is None and not known_value:
            return None, None  # nothing says which of the node's statements is meant
        for statement in data.subjects(RDF.subject, focus):
            if path is not None and (statement, RDF.predicate, path) not in data:
                continue
            if known_value and (statement, RDF.object, value) not in data:
                continue
            references.extend(data.objects(statement, PROV.wasDerivedFrom))
    for reference in sorted(references):
        quote = data.value(reference, LB.quote)
        source = data.value(reference, LB.source)
        if quote is not None:
            return str(quote), str(source) if source is not None else None
    return None, None
