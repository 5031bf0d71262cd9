"""Answers to a SELECT or ASK query, whichever engine gave them, and the formats to write them.

Rows hold rdflib terms (or None for an unbound variable), so answers from rdflib and from
Oxigraph compare equal when the engines agree.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from lookback_kg.vocab import shorten

INTEGER_TYPES = {
    XSD[name]
    for name in (
        "integer nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger long int "
        "short byte unsignedLong unsignedInt unsignedShort unsignedByte"
    ).split()
}
FORMATS = ("table", "csv", "tsv", "json", "markdown")


@dataclass(frozen=True)
class QueryResult:
    """The variables and rows of a SELECT answer, or the boolean of an ASK."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None
    prefixes: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Node | None]]:
        """Rows as dictionaries keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, variable: str) -> list[Node | None]:
        """The values of one variable, in row order."""
        index = self.variables.index(variable)
        return [row[index] for row in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame: IRIs as strings, literals as Python values (dates, numbers)."""
        import pandas as pd

        if self.boolean is not None:
            return pd.DataFrame({"boolean": [self.boolean]})
        return pd.DataFrame(
            [[_python(value) for value in row] for row in self.rows], columns=list(self.variables)
        )

    def to_sparql_json(self) -> str:
        """The SPARQL 1.1 Query Results JSON format."""
        if self.boolean is not None:
            document: dict = {"head": {}, "boolean": self.boolean}
        else:
            bindings = [
                {
                    name: _json_term(value)
                    for name, value in zip(self.variables, row, strict=True)
                    if value is not None
                }
                for row in self.rows
            ]
            document = {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def to_csv(self) -> str:
        """SPARQL 1.1 CSV: plain values, no term syntax."""
        return self._delimited(",", lambda value: "" if value is None else str(value), header=None)

    def to_tsv(self) -> str:
        """SPARQL 1.1 TSV: values in Turtle term syntax, header variables with '?'."""
        return self._delimited("\t", _tsv_term, header=[f"?{v}" for v in self.variables])

    def to_markdown(self) -> str:
        """A Markdown table, for notes and issues."""
        header, body = self._cells()
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in body]
        return "\n".join(lines) + "\n"

    def to_table(self) -> str:
        """Aligned columns with prefixed names and plain values, for a terminal."""
        header, body = self._cells()
        widths = [max(len(c) for c in column) for column in zip(header, *body, strict=True)]
        lines = [
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in [header, ["-" * w for w in widths], *body]
        ]
        noun = "row" if len(body) == 1 else "rows"
        return "\n".join([*lines, f"({len(body)} {noun})"]) + "\n"

    def render(self, output_format: str) -> str:
        """The answer in one of FORMATS."""
        writers = {
            "table": self.to_table,
            "csv": self.to_csv,
            "tsv": self.to_tsv,
            "json": self.to_sparql_json,
            "markdown": self.to_markdown,
        }
        return writers[output_format]()

    def _cells(self) -> tuple[list[str], list[list[str]]]:
        if self.boolean is not None:
            return ["boolean"], [["true" if self.boolean else "false"]]
        body = [[self._short(value) for value in row] for row in self.rows]
        return list(self.variables), body

    def _short(self, value: Node | None) -> str:
        if value is None:
            return ""
        if isinstance(value, URIRef):
            return shorten(value, self.prefixes)
        text = str(value)
        return " ".join(text.split()) if len(text) <= 120 else " ".join(text[:117].split()) + "..."

    def _delimited(self, delimiter: str, show, header: list[str] | None) -> str:
        if self.boolean is not None:
            return f"boolean\n{'true' if self.boolean else 'false'}\n"
        buffer = io.StringIO()
        if delimiter == "\t":  # TSV terms are already escaped; no quoting on top
            buffer.write("\t".join(header or self.variables) + "\n")
            for row in self.rows:
                buffer.write("\t".join(show(value) for value in row) + "\n")
            return buffer.getvalue()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header or self.variables)
        for row in self.rows:
            writer.writerow([show(value) for value in row])
        return buffer.getvalue()


def canonical(value: Node | None) -> Node | None:
    """A number in the canonical form Oxigraph answers with, so both engines print the same.

    rdflib keeps a decimal's lexical form ("1200000.0") and an integer's derived type
    (xsd:nonNegativeInteger); Oxigraph answers "1200000" and xsd:integer.

    >>> from rdflib import Literal, XSD
    >>> str(canonical(Literal("1200000.0", datatype=XSD.decimal)))
    '1200000'
    >>> str(canonical(Literal("8.50", datatype=XSD.decimal)))
    '8.5'
    >>> canonical(Literal("809", datatype=XSD.nonNegativeInteger)).datatype == XSD.integer
    True
    """
    if not isinstance(value, Literal) or value.value is None:
        return value
    if value.datatype == XSD.decimal:
        return Literal(format(value.value.normalize(), "f"), datatype=XSD.decimal)
    if value.datatype in INTEGER_TYPES:
        return Literal(str(int(value.value)), datatype=XSD.integer)
    return value


def _json_term(value: Node) -> dict[str, str]:
    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    term = {"type": "literal", "value": str(value)}
    if isinstance(value, Literal) and value.language:
        term["xml:lang"] = value.language
    elif isinstance(value, Literal) and value.datatype:
        term["datatype"] = str(value.datatype)
    return term


def _tsv_term(value: Node | None) -> str:
    if value is None:
        return ""
    return value.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _python(value: Node | None):
    if value is None:
        return None
    if isinstance(value, Literal):
        converted = value.toPython()
        return str(value) if isinstance(converted, Literal) else converted
    return str(value)
