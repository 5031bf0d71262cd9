"""The one gate every RDF and shapes file passes: local regular files only, a known format,
UTF-8, no DTD, no JSON-LD context from anywhere but the package, checked IRIs, size and nesting
limits, and all-or-nothing loading. Errors name the file, and the line and column where known.
"""

from __future__ import annotations

import json
import logging
import os
import warnings
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import regex as re
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from lookback_kg.errors import LookbackError, LookbackWarning

FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
FORMAT_NAMES = {
    "turtle": "turtle",
    "ntriples": "nt",
    "nt": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "rdfxml": "xml",
    "xml": "xml",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}
MAX_RDF_BYTES = int(os.environ.get("LOOKBACK_KG_MAX_BYTES", 200_000_000))
MAX_JSON_DEPTH = 200
BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f]')
SHIPPED_CONTEXT_URL = "https://w3id.org/lookback-kg/context.jsonld"
SHIPPED_CONTEXT = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"


class GraphFileError(LookbackError):
    """An RDF file that cannot be read, or that is refused."""


def format_of(path: Path, rdf_format: str | None = None) -> str:
    """The rdflib format name: from --graph-format when given, else from the extension."""
    if rdf_format is not None:
        try:
            return FORMAT_NAMES[rdf_format.lower()]
        except KeyError:
            known = ", ".join(sorted(set(FORMAT_NAMES) - {"nt", "xml", "json-ld"}))
            raise GraphFileError(f"unknown RDF format {rdf_format!r}; use one of {known}") from None
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise GraphFileError(
            f"unknown RDF file extension {path.suffix or '(none)'!r}; use one of {known} "
            "or say the format with --graph-format",
            path=path,
        ) from None


def load_graph_files(paths: Iterable[Path | str], rdf_format: str | None = None) -> Dataset:
    """Parse files into one Dataset; quad formats keep their named graphs. Every file is
    parsed before any is added, so a bad file leaves nothing half-loaded."""
    from lookback_kg.build import bind_prefixes

    parsed = [_parse(Path(p), rdf_format) for p in paths]
    dataset = Dataset()
    bind_prefixes(dataset)
    for one in parsed:
        for quad in one.quads((None, None, None, None)):
            dataset.add(quad)
    return dataset


def load_graph(path: Path | str, rdf_format: str | None = None) -> Graph:
    """One file as a single merged Graph (shapes files, ontologies)."""
    merged = Graph()
    for s, p, o, _ in _parse(Path(path), rdf_format).quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def read_local_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular local file, or a one-line refusal: not a URL, a folder, a FIFO or
    a device, and not over the size limit (MAX_RDF_BYTES unless given)."""
    limit = limit or MAX_RDF_BYTES
    text = str(path)
    if re.match(r"^[a-zA-Z][\w+.-]+:/", text):  # Path() folds "http://" into "http:/"
        raise GraphFileError("a URL: only local files are read; download it first", path=path)
    if not path.exists():
        raise GraphFileError("no such file", path=path)
    if is_system_file(path):
        raise GraphFileError("a device or system file, not a data file", path=path)
    if not path.is_file():
        raise GraphFileError("not a regular file; give the path of an RDF file", path=path)
    if path.stat().st_size > limit:
        raise GraphFileError(
            f"over the {limit:,}-byte limit for an RDF file (set LOOKBACK_KG_MAX_BYTES)", path=path
        )
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:  # grew while we looked
        raise GraphFileError(f"over the {limit:,}-byte limit for an RDF file", path=path)
    return data


def is_system_file(path: Path) -> bool:
    """A path into /dev, /proc or /sys, as written or once every symlink is followed (a link
    to /proc/self/environ is still /proc/self/environ)."""
    system = ("/dev/", "/proc/", "/sys/")
    return str(path).startswith(system) or str(path.resolve()).startswith(system)


def decode_utf8(data: bytes, path: Path) -> str:
    """UTF-8 text, or an error at the line and column of the first bad byte."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line, column = _place(data, exc.start)
        raise GraphFileError(
            "not UTF-8 text; save the file as UTF-8", path=path, line=line, column=column
        ) from None


def _parse(path: Path, rdf_format: str | None) -> Dataset:
    data = read_local_file(path)
    rdf_format = format_of(path, rdf_format)
    text = decode_utf8(data, path)
    if rdf_format == "xml":
        _refuse_dtd(text, path)
    if rdf_format == "json-ld":
        parsed = _read_jsonld(_safe_jsonld(text, path), path)
    else:
        parsed = _read_with_oxigraph(text, rdf_format, path)
    _check_iris(parsed, text, path)
    return parsed


def _read_with_oxigraph(text: str, rdf_format: str, path: Path) -> Dataset:
    """Oxigraph's parsers, in Rust, take time in proportion to the input; rdflib's take time
    growing with the square of a long literal, a line of N-Quads or a run of escapes. They
    also resolve no relative IRI without a base, and refuse ill-formed IRIs."""
    parsed = Dataset()
    graphs: dict[str, Graph] = {}
    blanks: dict[str, BNode] = {}  # fresh per file, so two files' _:b1 stay apart
    ill_typed: set[Literal] = set()

    def term(node):
        if isinstance(node, ox.NamedNode):
            return URIRef(node.value)
        if isinstance(node, ox.BlankNode):
            return blanks.setdefault(node.value, BNode())
        if isinstance(node, ox.Literal):
            if node.language:
                return Literal(node.value, lang=node.language)
            datatype = node.datatype.value
            if datatype == _XSD_STRING:
                return Literal(node.value)
            shape = _NUMBER_SHAPES.get(datatype)
            if shape is not None and not shape.fullmatch(node.value):
                # rdflib would read "1E+50000000"^^xsd:decimal and write out its 50 million
                # digits; keep what is written, and warn
                wrong = Literal(node.value, datatype=URIRef(datatype), normalize=False)
                ill_typed.add(wrong)
                return wrong
            literal = Literal(node.value, datatype=URIRef(datatype))
            if literal.ill_typed:  # noted while reading: no second pass over the graph
                ill_typed.add(literal)
            return literal
        raise GraphFileError("an RDF-star quoted triple: not supported here", path=path)

    with _quiet_rdflib_literals():
        try:
            for quad in ox.parse(
                text.encode("utf-8"),
                _OXIGRAPH_FORMATS[rdf_format],
                without_named_graphs=rdf_format not in QUAD_FORMATS,
            ):
                triple = (term(quad.subject), term(quad.predicate), term(quad.object))
                name = quad.graph_name
                if isinstance(name, ox.DefaultGraph):
                    parsed.default_graph.add(triple)
                else:
                    if name.value not in graphs:
                        graphs[name.value] = parsed.graph(term(name))
                    graphs[name.value].add(triple)
        except SyntaxError as exc:
            detail = re.sub(r"^Parser error (at|between) .*?: ", "", str(exc.msg))
            hint = _looks_like(text, rdf_format)
            raise GraphFileError(
                f"{rdf_format} syntax error: {detail[:200]}{hint}",
                path=path,
                line=exc.lineno,
                column=exc.offset,
            ) from None
    _warn_ill_typed(ill_typed, text, path)
    return parsed


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER_SHAPES = {
    _XSD + "decimal": re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"),
    **{
        _XSD + name: _INTEGER
        for name in (
            "integer nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger "
            "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte"
        ).split()
    },
}


_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "xml": ox.RdfFormat.RDF_XML,
}


def _read_jsonld(text: str, path: Path) -> Dataset:
    parsed = Dataset()
    with _quiet_rdflib_literals():
        try:
            parsed.parse(data=text, format="json-ld")
        except RecursionError:
            raise GraphFileError("JSON-LD nested too deeply to read", path=path) from None
        except Exception as exc:  # rdflib raises many types for bad JSON-LD
            raise GraphFileError(
                f"json-ld error: {_first_line(exc)}", path=path, line=_line_of(exc)
            ) from None
    _warn_ill_typed(
        {v for _, _, v, _ in parsed.quads() if isinstance(v, Literal) and v.ill_typed}, text, path
    )
    return parsed


@contextmanager
def _quiet_rdflib_literals():
    """rdflib logs a traceback for each ill-typed literal it makes; we warn once instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


class IllTypedLiteralWarning(LookbackWarning):
    """A literal whose text does not fit its datatype (kept as written)."""


def _warn_ill_typed(found: set[Literal], text: str, path: Path) -> None:
    """One warning per ill-typed value (the first ten), naming the line it is written on."""
    ordered = sorted(found, key=lambda value: (str(value.datatype), str(value)))
    for value in ordered[:10]:
        at = text.find(str(value))
        place = f":{text.count(chr(10), 0, at) + 1}" if at >= 0 else ""
        shown = str(value)[:60]
        datatype = str(value.datatype).rsplit("#", 1)[-1]
        warnings.warn(
            IllTypedLiteralWarning(
                f"{path}{place}: {shown!r} is not a valid {datatype}; kept as written, and "
                "queries comparing it may skip it"
            ),
            stacklevel=2,
        )
    if len(ordered) > 10:
        warnings.warn(
            IllTypedLiteralWarning(f"{path}: {len(ordered) - 10} more ill-typed values"),
            stacklevel=2,
        )


def _refuse_dtd(text: str, path: Path) -> None:
    found = re.search(r"<!(DOCTYPE|ENTITY)", text, re.IGNORECASE)
    if found:
        line, column = _place(text.encode("utf-8"), len(text[: found.start()].encode("utf-8")))
        raise GraphFileError(
            "a DTD (<!DOCTYPE or <!ENTITY): refused, since it can read files or expand without "
            "end; remove it",
            path=path,
            line=line,
            column=column,
        )


def _safe_jsonld(text: str, path: Path) -> str:
    """The document with every @context inlined from the shipped contexts; any other context
    (a URL, a file path, an @import) is refused, so nothing is ever fetched or opened."""
    try:
        document = json.loads(text)
    except RecursionError:
        raise GraphFileError("JSON nested too deeply to read", path=path) from None
    except json.JSONDecodeError as exc:
        raise GraphFileError(
            f"JSON syntax error: {exc.msg}{_looks_like(text, 'json-ld')}",
            path=path,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise GraphFileError(f"JSON value cannot be read: {_first_line(exc)}", path=path) from None
    stack = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise GraphFileError(f"JSON nested over {MAX_JSON_DEPTH} levels deep", path=path)
        if isinstance(node, dict):
            if "@context" in node:
                node["@context"] = _inline_context(node["@context"], path)
            if "@import" in node:
                raise GraphFileError(
                    "a JSON-LD @import: refused, contexts are never fetched; inline it", path=path
                )
            stack.extend((value, depth + 1) for key, value in node.items() if key != "@context")
            if isinstance(node.get("@context"), dict | list):
                stack.append((node["@context"], depth + 1))
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
    return json.dumps(document)


def _inline_context(context, path: Path):
    if isinstance(context, list):
        return [_inline_context(item, path) for item in context]
    if isinstance(context, str):
        if context == SHIPPED_CONTEXT_URL:
            return json.loads(SHIPPED_CONTEXT.read_text(encoding="utf-8"))["@context"]
        raise GraphFileError(
            f"a JSON-LD context from elsewhere ({context[:80]!r}): refused, contexts are never "
            f"fetched or read from disk; inline it, or use {SHIPPED_CONTEXT_URL}",
            path=path,
        )
    return context


def _check_iris(parsed: Dataset, text: str, path: Path) -> None:
    for quad in parsed.quads((None, None, None, None)):
        for term in quad:
            if isinstance(term, URIRef) and BAD_IRI_CHARS.search(str(term)):
                at = text.find(str(term))
                line, column = (
                    _place(text.encode("utf-8"), len(text[:at].encode()))
                    if at >= 0
                    else (None, None)
                )
                shown = str(term).encode("unicode_escape").decode("ascii")[:80]
                raise GraphFileError(
                    f'an IRI with a space, a control character or one of <>"{{}}|\\^`: '
                    f"{shown!r}; escape it (%20) or fix it",
                    path=path,
                    line=line,
                    column=column,
                )


def _looks_like(text: str, rdf_format: str) -> str:
    head = text.lstrip()[:200]
    guess = None
    if head.startswith(("{", "[")):
        guess = ("json-ld", "jsonld")
    elif head.startswith("<?xml") or "<rdf:RDF" in head:
        guess = ("xml", "rdfxml")
    elif head.lower().startswith(("@prefix", "prefix", "@base")):
        guess = ("turtle", "turtle")
    if guess and guess[0] != rdf_format and not (guess[0] == "turtle" and rdf_format == "trig"):
        return f"; it looks like {guess[1]}: rename the file or pass --graph-format {guess[1]}"
    return ""


def _place(data: bytes, offset: int) -> tuple[int, int]:
    """Line and column (from 1) of a byte offset."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
    return line, column


def _line_of(exc: Exception) -> int | None:
    line = getattr(exc, "lines", None)
    if isinstance(line, int):
        return line + 1  # rdflib counts lines from zero
    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else None


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "_why", None) or exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
