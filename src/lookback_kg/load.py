"""The one gate every RDF and shapes file passes: local regular files only, a known format,
UTF-8, no DTD, no JSON-LD context from anywhere but the package, checked IRIs, size and nesting
limits, and all-or-nothing loading. Errors name the file, and the line and column where known.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import regex as re
from rdflib import Dataset, Graph, URIRef

from lookback_kg.errors import LookbackError

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
MAX_LINE_CHARS = 1_000_000  # N-Quads: rdflib's parser is quadratic in a literal's length
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
    if text.startswith(("/dev/", "/proc/", "/sys/")):
        raise GraphFileError("a device or system file, not a data file", path=path)
    if not path.exists():
        raise GraphFileError("no such file", path=path)
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
    elif rdf_format == "json-ld":
        text = _safe_jsonld(text, path)
    elif rdf_format == "nquads":
        _refuse_long_lines(text, path)
    parsed = Dataset()
    try:
        if rdf_format in QUAD_FORMATS:
            parsed.parse(data=text, format=rdf_format)
        else:
            # N-Triples is Turtle; rdflib's Turtle parser is linear where its N-Triples parser
            # is quadratic in the length of a literal
            parser = "turtle" if rdf_format == "nt" else rdf_format
            parsed.default_graph.parse(data=text, format=parser)
    except RecursionError:
        raise GraphFileError(
            "nested too deeply to read (blank nodes or lists inside one another); flatten it",
            path=path,
        ) from None
    except Exception as exc:  # rdflib raises many types for bad syntax
        hint = _looks_like(text, rdf_format)
        raise GraphFileError(
            f"{rdf_format} syntax error: {_first_line(exc)}{hint}", path=path, line=_line_of(exc)
        ) from None
    _check_iris(parsed, text, path)
    return parsed


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


def _refuse_long_lines(text: str, path: Path) -> None:
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise GraphFileError(
                f"a line over {MAX_LINE_CHARS:,} characters; N-Quads this long take quadratic "
                "time to read: give the data as TriG",
                path=path,
                line=number,
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
