"""Write graphs and facts to files: the same bytes every run, never a half-written file."""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
from dataclasses import fields
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path

from rdflib import Dataset, Graph

from lookback_kg.build import merged_graph
from lookback_kg.errors import OutputError
from lookback_kg.model import Duration, Entity, Fact, Money, Rating, WorkClass

CONTEXT = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename it into place."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror}", path=path) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temp, 0o666 & ~mask)  # a temp file is private; the output is not
        os.replace(temp, path)
    except OSError as exc:  # a full disk, or a folder where the file should go
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"cannot write here: {exc.strerror}", path=path) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def turtle_bytes(graph: Graph) -> bytes:
    """Turtle with sorted subjects and predicates (rdflib's writer orders them)."""
    return graph.serialize(format="turtle", encoding="utf-8")


def ntriples_bytes(graph: Graph) -> bytes:
    """N-Triples, one line per triple, sorted."""
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    return b"".join(sorted(line for line in lines if line.strip()))


def trig_bytes(dataset: Dataset) -> bytes:
    """TriG with one block per named graph, graphs in IRI order, prefixes declared once."""
    graphs = sorted(
        (
            g
            for g in dataset.graphs()
            if len(g) and g.identifier != dataset.default_graph.identifier
        ),
        key=lambda g: str(g.identifier),
    )
    prefixes = {prefix: str(ns) for prefix, ns in dataset.namespaces()}
    head: list[str] = []
    blocks: list[str] = []
    for graph in graphs:
        copy = Graph()
        for prefix, namespace in prefixes.items():
            copy.bind(prefix, namespace, override=True, replace=True)
        for triple in graph:
            copy.add(triple)
        text = copy.serialize(format="turtle")
        body_lines = []
        for line in text.splitlines():
            if line.startswith("@prefix"):
                if line not in head:
                    head.append(line)
            else:
                body_lines.append(line)
        # No re-indenting: a multi-line literal (an article body) must keep its bytes.
        body = "\n".join(body_lines).strip("\n")
        blocks.append(f"{graph.identifier.n3()} {{\n{body}\n}}\n")
    return ("\n".join(sorted(head)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def nquads_bytes(dataset: Dataset) -> bytes:
    """N-Quads, one line per quad with its named graph, sorted."""
    lines = dataset.serialize(format="nquads", encoding="utf-8").splitlines(keepends=True)
    return b"".join(sorted(line for line in lines if line.strip()))


MAX_NESTING = 4  # film -> work -> author -> ...: readable, and no chain nests without end


def jsonld_bytes(graph: Graph) -> bytes:
    """JSON-LD compacted with ontology/context.jsonld (inlined: nothing to fetch), the film
    first as one readable schema.org Movie with what it links to nested inside it.

    Nesting moves a node's description into the film object, it does not copy it, so the
    document holds exactly the graph's triples and reads back isomorphic.
    """
    context = json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    links = {
        term
        for term, definition in context.items()
        if isinstance(definition, dict) and definition.get("@type") == "@id"
    }
    flat = json.loads(graph.serialize(format="json-ld", context=context))
    nodes = {node["@id"]: node for node in flat.get("@graph", [flat] if "@id" in flat else [])}
    films = sorted(i for i, node in nodes.items() if "Movie" in _as_list(node.get("@type")))
    placed: set[str] = set(films)

    def nest(node: dict, depth: int) -> dict:
        for term in sorted(set(node) & links):
            values = []
            for value in sorted(_as_list(node[term]), key=_sort_key):
                nestable = isinstance(value, str) and value in nodes and value not in placed
                if nestable and depth < MAX_NESTING:  # deeper links stay references
                    placed.add(value)
                    value = nest(nodes[value], depth + 1)
                values.append(value)
            node[term] = values if len(values) > 1 else values[0]
        return node

    top = [nest(nodes[film], 1) for film in films]
    top += [node for i, node in sorted(nodes.items()) if i not in placed]
    document = {"@context": context, "@graph": [_sorted_values(node) for node in top]}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def graphml_bytes(dataset: Dataset | Graph) -> bytes:
    """GraphML for Gephi and Cytoscape: entities as nodes with label and class, relations as
    labelled edges (the projection of network.to_networkx). Characters XML forbids (a control
    character in a label) are replaced first: the writer would put them in raw, ill-formed."""
    import networkx as nx

    from lookback_kg.network import to_networkx, xml_safe

    buffer = io.BytesIO()
    nx.write_graphml(xml_safe(to_networkx(dataset)), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "graphml")


def export_bytes(dataset: Dataset, export_format: str) -> bytes:
    """The dataset in one of EXPORT_FORMATS: TriG and N-Quads keep one named graph per
    source; the others are the merged graph."""
    writers = {
        "turtle": lambda: turtle_bytes(merged_graph(dataset)),
        "ntriples": lambda: ntriples_bytes(merged_graph(dataset)),
        "nquads": lambda: nquads_bytes(dataset),
        "trig": lambda: trig_bytes(dataset),
        "jsonld": lambda: jsonld_bytes(merged_graph(dataset)),
        "graphml": lambda: graphml_bytes(dataset),
    }
    if export_format not in writers:
        raise OutputError(
            f"unknown export format {export_format!r}; use one of " + ", ".join(EXPORT_FORMATS)
        )
    return writers[export_format]()


def _as_list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _sort_key(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def _sorted_values(value):
    """Lists in a stable order, so the same graph gives the same bytes."""
    if isinstance(value, dict):
        return {key: _sorted_values(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_values(item) for item in value]
        return sorted(items, key=_sort_key)
    return value


def fact_record(fact: Fact) -> dict:
    """A fact as a JSON-ready dict (the line format of facts.jsonl)."""
    qualifiers = {
        f.name: _plain(getattr(fact.qualifiers, f.name))
        for f in fields(fact.qualifiers)
        if getattr(fact.qualifiers, f.name)
    }
    return {
        "subject": _plain(fact.subject),
        "relation": fact.relation.value,
        "object": _plain(fact.object),
        "qualifiers": qualifiers,
        "evidence": {
            "source": fact.evidence.source,
            "start": fact.evidence.start,
            "end": fact.evidence.end,
            "quote": fact.evidence.quote,
        },
        "rule": fact.rule,
    }


def facts_jsonl(facts: list[Fact]) -> bytes:
    """JSON Lines, one fact a line, keys sorted."""
    lines = [json.dumps(fact_record(f), ensure_ascii=False, sort_keys=True) for f in facts]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8")


def build_outputs(dataset: Dataset, facts: list[Fact]) -> dict[str, bytes]:
    """The build outputs by file name: graph.trig, graph.ttl, graph.nt, facts.jsonl."""
    merged = merged_graph(dataset)
    return {
        "graph.trig": trig_bytes(dataset),
        "graph.ttl": turtle_bytes(merged),
        "graph.nt": ntriples_bytes(merged),
        "facts.jsonl": facts_jsonl(facts),
    }


def write_folder(out: Path, outputs: dict[str, bytes]) -> list[Path]:
    """Write every output or none: all are staged in a temporary folder beside `out` and moved
    in only once all are written, the previous files kept aside until every move succeeded.
    Other files in `out` are left alone."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError("exists and is not a folder; give --out a folder", path=out)
    for name in outputs:
        if (out / name).is_dir() or (out / name).is_symlink():
            raise OutputError("is a folder or a link, not a file: move it away", path=out / name)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror}", path=out) from None
    try:
        for name, data in outputs.items():
            write_atomic(stage / "new" / name, data)
        out.mkdir(exist_ok=True)
        (stage / "old").mkdir()
        for name in outputs:
            if (out / name).exists():
                os.link(out / name, stage / "old" / name)
        moved: list[str] = []
        try:
            for name in outputs:
                os.replace(stage / "new" / name, out / name)
                moved.append(name)
        except BaseException:
            for name in moved:  # put the previous files back
                if (stage / "old" / name).exists():
                    os.replace(stage / "old" / name, out / name)
                else:
                    (out / name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror}", path=out) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [out / name for name in outputs]


def _plain(value: object) -> object:
    if isinstance(value, Entity):
        plain = {"kind": value.kind.value, "name": value.name}
        return plain | ({"scope": value.scope} if value.scope else {})
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, Rating):
        rating = {"value": str(value.value), "best": str(value.best)}
        return rating | ({"count": value.count} if value.count is not None else {})
    if isinstance(value, Duration):
        return {"duration": value.iso}
    if isinstance(value, WorkClass):
        return {"class": value.value}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value
