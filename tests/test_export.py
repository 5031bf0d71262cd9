"""Exports: every RDF format reads back isomorphic (by rdflib and by pyoxigraph), JSON-LD is a
schema.org Movie a consumer understands, GraphML matches the projection, bytes are stable."""

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from lookback_kg.build import merged_graph
from lookback_kg.cli import run
from lookback_kg.export import CONTEXT, EXPORT_FORMATS, export_bytes
from lookback_kg.network import to_networkx
from lookback_kg.oxigraph import from_oxigraph
from lookback_kg.pipeline import build
from lookback_kg.vocab import ID, SDO

RDF_FORMATS = {
    "turtle": ("turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("nt", ox.RdfFormat.N_TRIPLES),
    "nquads": ("nquads", ox.RdfFormat.N_QUADS),
    "trig": ("trig", ox.RdfFormat.TRIG),
    "jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
}
QUADS = {"nquads", "trig"}


@pytest.fixture(scope="module")
def corpus():
    return build().dataset


def by_graph(dataset: Dataset) -> dict[str, Graph]:
    graphs = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graphs.setdefault(str(g), Graph()).add((s, p, o))
    return graphs


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_rdflib_reads_every_export_back_isomorphic(corpus, name):
    data = export_bytes(corpus, name)
    rdflib_format, _ = RDF_FORMATS[name]
    if name in QUADS:
        parsed = Dataset()
        parsed.parse(data=data, format=rdflib_format)
        expected, found = by_graph(corpus), by_graph(parsed)
        assert set(expected) == set(found)
        for graph in expected:
            assert isomorphic(expected[graph], found[graph]), graph
    else:
        parsed = Graph().parse(data=data, format=rdflib_format)
        assert isomorphic(parsed, merged_graph(corpus))


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_pyoxigraph_reads_every_export_back_isomorphic(corpus, name):
    data = export_bytes(corpus, name)
    _, oxigraph_format = RDF_FORMATS[name]
    found: dict[str, Graph] = {}
    for quad in ox.parse(data, format=oxigraph_format):
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        triple = (
            from_oxigraph(quad.subject),
            from_oxigraph(quad.predicate),
            from_oxigraph(quad.object),
        )
        found.setdefault(graph, Graph()).add(triple)
    if name in QUADS:
        expected = by_graph(corpus)
        assert set(found) == set(expected)
        for graph in expected:
            assert isomorphic(expected[graph], found[graph]), graph
    else:
        assert set(found) == {""}
        assert isomorphic(found[""], merged_graph(corpus))


def test_jsonld_is_a_schema_org_movie(corpus):
    document = json.loads(export_bytes(corpus, "jsonld"))
    assert isinstance(document["@context"], dict)  # inlined: nothing to fetch
    assert document["@context"] == json.loads(CONTEXT.read_text(encoding="utf-8"))["@context"]
    film = document["@graph"][0]
    assert "Movie" in film["@type"]
    assert film["director"]["name"] == "Kiyotaka Oshiyama"
    assert film["productionCompany"]["name"] == "Studio Durian"
    assert film["isBasedOn"]["author"]["name"] == "Tatsuki Fujimoto"
    assert film["datePublished"] == "2024-06-28"
    assert set(film["duration"]) == {"PT58M", "PT1H2M"}
    # Expanded with the shipped context, the terms are schema.org's.
    expanded = Graph().parse(data=json.dumps(document), format="json-ld")
    movie = ID["film/look-back"]
    assert (movie, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), SDO.Movie) in expanded
    assert (movie, SDO.director, ID["person/kiyotaka-oshiyama"]) in expanded
    assert (movie, SDO.isBasedOn, ID["work/look-back"]) in expanded
    assert expanded.value(movie, SDO.datePublished).datatype == URIRef(
        "http://www.w3.org/2001/XMLSchema#date"
    )


def test_graphml_matches_the_projection(corpus, tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_bytes(export_bytes(corpus, "graphml"))
    read = nx.read_graphml(path, force_multigraph=True)
    projection = to_networkx(corpus)
    assert read.number_of_nodes() == projection.number_of_nodes() > 20
    assert read.number_of_edges() == projection.number_of_edges() > 25
    film = read.nodes[str(ID["film/look-back"])]
    assert film["label"] == "Look Back" and film["kind"] == "schema:Movie"
    labels = {data["label"] for _, _, data in read.edges(data=True)}
    assert {"director", "based on"} <= labels


def test_projection_counts_follow_the_graph(corpus):
    graph = merged_graph(corpus)
    entities = {s for s in graph.subjects(SDO.name, None) if str(s).startswith(str(ID))}
    network = to_networkx(corpus)
    assert set(network.nodes) == {str(e) for e in entities}
    relations = {
        (s, p, o) for s, p, o in graph if s in entities and o in entities and p not in (SDO.name,)
    }
    direct = [e for e in network.edges(data=True) if not e[2]["qualifier"]]
    assert len(direct) == len(relations)
    qualified = {
        (e[2]["label"], network.nodes[e[1]]["label"])
        for e in network.edges(data=True)
        if e[2]["qualifier"]
    }
    assert ("conferred by", "Japan Academy Prize") in qualified
    assert ("character role", "Fujino") in qualified


def test_exports_are_identical_bytes_across_processes(tmp_path):
    outputs = {}
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for name in EXPORT_FORMATS:
            target = tmp_path / seed / f"graph.{name}"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "lookback_kg",
                    "export",
                    "--format",
                    name,
                    "-o",
                    str(target),
                ],
                check=True,
                env=env,
                capture_output=True,
            )
            outputs[(seed, name)] = target.read_bytes()
    for name in EXPORT_FORMATS:
        assert outputs[("1", name)] == outputs[("2", name)], name


def test_export_writes_atomically_and_fails_cleanly(tmp_path, capsys):
    target = tmp_path / "graph.jsonld"
    assert run(["export", "--format", "jsonld", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["@graph"]
    assert [p.name for p in tmp_path.iterdir()] == ["graph.jsonld"]  # no temp file left
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert run(["export", "-o", str(blocker / "graph.ttl")]) == 2
    assert "cannot write here" in capsys.readouterr().err
    assert run(["export", "--format", "rdfxml"]) == 2
    missing = Path(tmp_path / "none.trig")
    assert run(["export", "--graph", str(missing)]) == 2
    assert "none.trig: no such file" in capsys.readouterr().err
