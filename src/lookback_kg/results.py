"""Answers to a SELECT or ASK query, whichever engine gave them, and the formats to write them.

Rows hold rdflib terms (or None for an unbound variable), so answers from rdflib and from
Oxigraph compare equal when the engines agree.

Answers are data from whoever wrote the graph, so each format guards its reader:

- table and markdown show control characters (C0, DEL, C1), bidi controls and lone surrogates
  as visible escapes (`\\x1b`, `\\n`, `\\u202e`): a cell is one line, and nothing reaches a
  terminal or a renderer as a command. Markdown also escapes `|`.
- csv and tsv keep each value exactly, except that a cell a spreadsheet would run as a formula
  (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as
  OWASP advises. Numeric literals written as numbers ("-5", "+3.2", "-1.5E3") stay as they are.
  `render(fmt, raw=True)` (or `to_csv(raw=True)`, `to_tsv(raw=True)`) writes values untouched,
  for programs rather than spreadsheets.
- json escapes every control, bidi and surrogate character as `\\uXXXX`; the decoded value is
  exact.

A number that cannot be put in canonical form or converted (a decimal written with an
exponent of fifty million, an integer of thousands of digits) keeps its lexical form.
"""

from __future__ import annotations

import csv
import io
import json
import re
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
NUMERIC_TYPES = INTEGER_TYPES | {XSD.decimal, XSD.double, XSD.float}
FORMATS = ("table", "csv", "tsv", "json", "markdown")
CELL_WIDTH = 120  # longest table or markdown cell; longer values end in "..."

# C0 controls (tab and newline too), DEL, C1 controls, the Unicode Bidi_Control set, and lone
# surrogates (which no UTF-8 output can hold)
_HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# What JSON output must escape on top of json.dumps: it leaves DEL, C1, bidi, line separators
# and surrogates as they are
_JSON_HIDDEN = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(
    r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN", re.IGNORECASE
)
_DECIMAL = re.compile(r"([+-]?)(?=\.?[0-9])([0-9]*)(?:\.([0-9]*))?")  # a digit somewhere
_INTEGER = re.compile(r"([+-]?)([0-9]+)")
# Turtle: ECHAR escapes inside a quoted literal; UCHAR for what an IRIREF may not hold
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@dataclass(frozen=True)
class QueryResult:
    """The variables and rows of a SELECT answer, or the boolean of an ASK."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None
    prefixes: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __reduce__(self):
        """Pickle literals as written. Answers come back from a worker process by pickle, and
        rdflib's own pickling re-parses a literal: it would turn "1E+50000000"^^xsd:decimal
        into fifty million digits, and "1E5" into "100000"."""
        rows = tuple(tuple(_portable(value) for value in row) for row in self.rows)
        return _unpickle, (self.variables, rows, self.boolean, self.prefixes)

    def records(self) -> list[dict[str, Node | None]]:
        """Rows as dictionaries keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, variable: str) -> list[Node | None]:
        """The values of one variable, in row order."""
        index = self.variables.index(variable)
        return [row[index] for row in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame: IRIs as strings, literals as Python values (dates, numbers).

        A literal Python cannot hold as its value (ill-typed, or too long to convert) is given
        as its lexical form, a string."""
        import pandas as pd

        if self.boolean is not None:
            return pd.DataFrame({"boolean": [self.boolean]})
        return pd.DataFrame(
            [[_python(value) for value in row] for row in self.rows], columns=list(self.variables)
        )

    def to_sparql_json(self) -> str:
        """The SPARQL 1.1 Query Results JSON format; controls and bidi characters as \\uXXXX."""
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
        text = json.dumps(document, ensure_ascii=False, indent=2)
        # these characters occur only inside JSON strings, where a \u escape means the same
        return _JSON_HIDDEN.sub(lambda found: f"\\u{ord(found.group()):04x}", text) + "\n"

    def to_csv(self, *, raw: bool = False) -> str:
        """SPARQL 1.1 CSV: plain values, no term syntax.

        A cell a spreadsheet would run as a formula gets a leading `'`; raw=True turns that off.
        """
        return self._delimited(
            ",", lambda value: _csv_cell(value, raw), header=list(self.variables)
        )

    def to_tsv(self, *, raw: bool = False) -> str:
        """SPARQL 1.1 TSV: values in Turtle term syntax (tab, newline and return as `\\t`, `\\n`,
        `\\r`), header variables with '?'.

        A cell whose value a spreadsheet would run as a formula gets a leading `'`; raw=True
        turns that off."""
        return self._delimited(
            "\t", lambda value: _tsv_cell(value, raw), header=[f"?{v}" for v in self.variables]
        )

    def to_markdown(self) -> str:
        """A Markdown table, for notes and issues; `|` and control characters escaped."""
        header, body = self._cells()
        lines = [
            "| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in [header, *body]
        ]
        lines.insert(1, "|" + "---|" * len(header))
        return "\n".join(lines) + "\n"

    def to_table(self) -> str:
        """Aligned columns with prefixed names and plain values, for a terminal; control and
        bidi characters are shown escaped, so nothing in the data reaches the terminal raw."""
        header, body = self._cells()
        widths = [max(len(c) for c in column) for column in zip(header, *body, strict=True)]
        lines = [
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in [header, ["-" * w for w in widths], *body]
        ]
        noun = "row" if len(body) == 1 else "rows"
        return "\n".join([*lines, f"({len(body)} {noun})"]) + "\n"

    def render(self, output_format: str, *, raw: bool = False) -> str:
        """The answer in one of FORMATS. raw=True keeps csv and tsv cells exactly as the values
        are, without the `'` that stops a spreadsheet running a cell as a formula."""
        writers = {
            "table": self.to_table,
            "csv": lambda: self.to_csv(raw=raw),
            "tsv": lambda: self.to_tsv(raw=raw),
            "json": self.to_sparql_json,
            "markdown": self.to_markdown,
        }
        return writers[output_format]()

    def _cells(self) -> tuple[list[str], list[list[str]]]:
        if self.boolean is not None:
            return ["boolean"], [["true" if self.boolean else "false"]]
        body = [[self._short(value) for value in row] for row in self.rows]
        return [_visible(v) for v in self.variables], body

    def _short(self, value: Node | None) -> str:
        if value is None:
            return ""
        text = shorten(value, self.prefixes) if isinstance(value, URIRef) else str(value)
        head = text[: CELL_WIDTH + 1]  # escape only what can be shown: values may be huge
        shown = " ".join(_visible(head).split())
        if len(head) < len(text) or len(shown) > CELL_WIDTH:
            return shown[: CELL_WIDTH - 3].rstrip() + "..."
        return shown

    def _delimited(self, delimiter: str, show, header: list[str]) -> str:
        if self.boolean is not None:
            return f"boolean\n{'true' if self.boolean else 'false'}\n"
        buffer = io.StringIO()
        if delimiter == "\t":  # TSV terms are already escaped; no quoting on top
            buffer.write("\t".join(header) + "\n")
            for row in self.rows:
                buffer.write("\t".join(show(value) for value in row) + "\n")
            return buffer.getvalue()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        for row in self.rows:
            writer.writerow([show(value) for value in row])
        return buffer.getvalue()


def canonical(value: Node | None) -> Node | None:
    """A number in the canonical form Oxigraph answers with, so both engines print the same.

    rdflib keeps a decimal's lexical form ("1200000.0") and an integer's derived type
    (xsd:nonNegativeInteger); Oxigraph answers "1200000" and xsd:integer. The form is worked
    out from the text, not the value, so no size of number can overflow; a literal that is
    not a well-formed number is kept as written, as Oxigraph keeps it.

    >>> from rdflib import Literal, XSD
    >>> str(canonical(Literal("1200000.0", datatype=XSD.decimal)))
    '1200000'
    >>> str(canonical(Literal("8.50", datatype=XSD.decimal)))
    '8.5'
    >>> canonical(Literal("809", datatype=XSD.nonNegativeInteger)).datatype == XSD.integer
    True
    >>> str(canonical(Literal("1E+50000000", datatype=XSD.decimal, normalize=False)))
    '1E+50000000'
    """
    if not isinstance(value, Literal) or value.value is None:
        return value  # not a literal, or one rdflib could not convert (kept as written)
    lexical = str(value)
    if value.datatype == XSD.decimal:
        found = _DECIMAL.fullmatch(lexical)
        if not found:
            return value
        sign, whole, fraction = found.groups()
        text = (whole.lstrip("0") or "0") + ("." + (fraction or "").rstrip("0")).rstrip(".")
        datatype = XSD.decimal
    elif value.datatype in INTEGER_TYPES:
        found = _INTEGER.fullmatch(lexical)
        if not found:
            return value
        sign, digits = found.groups()
        text = digits.lstrip("0") or "0"
        datatype = XSD.integer
    else:
        return value
    text = "-" + text if sign == "-" and text != "0" else text
    if text == lexical and datatype == value.datatype:
        return value
    return Literal(text, datatype=datatype, normalize=False)


def _portable(value: Node | None):
    if isinstance(value, Literal):
        return (str(value), value.language, value.datatype)
    return value


def _unpickle(variables, rows, boolean, prefixes) -> QueryResult:
    def term(value):
        if isinstance(value, tuple):
            lexical, language, datatype = value
            return Literal(lexical, lang=language, datatype=datatype, normalize=False)
        return value

    return QueryResult(variables, tuple(tuple(map(term, row)) for row in rows), boolean, prefixes)


def _visible(text: str) -> str:
    """The text with control and bidi characters written out as escapes (`\\x1b`, `\\u202e`)."""
    return _HIDDEN.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def _is_number(value: Node) -> bool:
    """A numeric literal written as a number: a spreadsheet reads it as one, never a formula."""
    return (
        isinstance(value, Literal)
        and value.datatype in NUMERIC_TYPES
        and _NUMBER.fullmatch(str(value)) is not None
    )


def _neutralised(value: Node, cell: str, raw: bool) -> str:
    """The cell, with a leading `'` if its value would start a spreadsheet formula."""
    if raw or not str(value).startswith(_FORMULA_START) or _is_number(value):
        return cell
    return "'" + cell


def _csv_cell(value: Node | None, raw: bool) -> str:
    return "" if value is None else _neutralised(value, str(value), raw)


def _tsv_cell(value: Node | None, raw: bool) -> str:
    # the check is on the value, not the term: spreadsheets strip the quotes of "=..."
    return "" if value is None else _neutralised(value, _tsv_term(value), raw)


def _tsv_term(value: Node) -> str:
    """The term in Turtle syntax, on one line and without a tab."""
    if isinstance(value, URIRef):
        return _iri(value)
    if isinstance(value, BNode):
        return f"_:{value}"
    text = '"' + str(value).translate(_LITERAL_ESCAPES) + '"'
    if isinstance(value, Literal) and value.language:
        return f"{text}@{value.language}"
    if isinstance(value, Literal) and value.datatype:
        return f"{text}^^{_iri(value.datatype)}"
    return text


def _iri(iri: str) -> str:
    return "<" + _NOT_IN_IRI.sub(lambda found: f"\\u{ord(found.group()):04X}", iri) + ">"


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


def _python(value: Node | None):
    """A Python value for a DataFrame; the lexical form when there is no sound one."""
    if value is None:
        return None
    if not isinstance(value, Literal):
        return str(value)
    lexical = str(value)
    if value.datatype == XSD.decimal and not _DECIMAL.fullmatch(lexical):
        return lexical  # "1E+50000000" is no xsd:decimal, though Python's Decimal takes it
    converted = value.toPython()
    if isinstance(converted, Literal):  # rdflib could not convert it
        return lexical
    return converted
