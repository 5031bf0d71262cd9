"""Read RDF files into a Dataset: local regular files only, format from the extension,
all-or-nothing, and errors that name the file and line."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import regex as re
from rdflib import Dataset, Graph

from lookback_kg.errors import LookbackError

FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
}
QUAD_FORMATS = {"nquads", "trig"}
MAX_RDF_BYTES = 200_000_000


class GraphFileError(LookbackError):
    """An RDF file that cannot be read."""


def format_of(path: Path) -> str:
    """The rdflib format name for a file, from its extension."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise GraphFileError(
            f"unknown RDF file extension {path.suffix or '(none)'!r}; use one of {known}",
            path=path,
        ) from None


def load_graph_files(paths: Iterable[Path | str]) -> Dataset:
    """Parse files into one Dataset; quad formats keep their named graphs."""
    from lookback_kg.build import bind_prefixes

    dataset = Dataset()
    bind_prefixes(dataset)
    for path in (Path(p) for p in paths):
        for quad in _parse(path).quads((None, None, None, None)):
            dataset.add(quad)  # only after the whole file parsed: nothing half-loaded
    return dataset


def load_graph(path: Path | str) -> Graph:
    """One file as a single merged Graph (shapes files, ontologies)."""
    merged = Graph()
    for s, p, o, _ in _parse(Path(path)).quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def _parse(path: Path) -> Dataset:
    if not path.exists():
        raise GraphFileError("no such file", path=path)
    if not path.is_file():
        raise GraphFileError("not a regular file; give the path of an RDF file", path=path)
    rdf_format = format_of(path)
    data = path.read_bytes()
    if len(data) > MAX_RDF_BYTES:
        raise GraphFileError(f"over the {MAX_RDF_BYTES:,}-byte limit for an RDF file", path=path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GraphFileError(
            "not UTF-8 text; save the file as UTF-8", path=path, line=line
        ) from None
    parsed = Dataset()
    try:
        if rdf_format in QUAD_FORMATS:
            parsed.parse(data=text, format=rdf_format)
        else:
            parsed.default_graph.parse(data=text, format=rdf_format)
    except Exception as exc:  # rdflib raises many types for bad syntax
        raise GraphFileError(
            f"{rdf_format} syntax error: {_first_line(exc)}", path=path, line=_line_of(exc)
        ) from None
    return parsed


def _line_of(exc: Exception) -> int | None:
    line = getattr(exc, "lines", None)
    if isinstance(line, int):
        return line + 1  # rdflib counts lines from zero
    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else None


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "_why", None) or exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
