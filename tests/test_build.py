"""The graph: direct triples, statement nodes with evidence, named graphs, stable IRIs."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal
from rdflib.compare import isomorphic

from lookback_kg.build import entity_iri, merged_graph
from lookback_kg.export import trig_bytes, turtle_bytes
from lookback_kg.model import Entity, EntityKind
from lookback_kg.pipeline import build, bundled_articles
from lookback_kg.vocab import GRAPH, LB, PROV, RDF, SDO

ROOT = Path(__file__).resolve().parents[1]
README_QUERY = """
PREFIX schema: <https://schema.org/>
PREFIX lb: <https://w3id.org/lookback-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?person ?quote ?start ?end ?source WHERE {
  ?film schema:director ?person .
  ?statement rdf:subject ?film ; rdf:predicate schema:director ; rdf:object ?person ;
             prov:wasDerivedFrom ?ref .
  ?ref lb:quote ?quote ; lb:startOffset ?start ; lb:endOffset ?end ; lb:source ?source .
}
"""


@pytest.fixture(scope="module")
def result():
    return build()


def test_one_named_graph_per_article(result):
    names = {g.identifier for g in result.dataset.graphs() if len(g)}
    expected = {GRAPH[path.stem] for path in bundled_articles()}
    assert expected <= names
    assert len(expected) == 6


def test_no_blank_nodes(result):
    for quad in result.dataset.quads((None, None, None, None)):
        assert not any(isinstance(term, BNode) for term in quad[:3])


def test_every_statement_has_evidence_matching_its_source_body(result):
    merged = merged_graph(result.dataset)
    statements = set(merged.subjects(RDF.type, LB.Statement))
    assert len(statements) >= 40
    for statement in statements:
        subject = merged.value(statement, RDF.subject)
        predicate = merged.value(statement, RDF.predicate)
        value = merged.value(statement, RDF.object)
        assert (subject, predicate, value) in merged, "statement without its direct triple"
        references = list(merged.objects(statement, PROV.wasDerivedFrom))
        assert references
        for reference in references:
            source = merged.value(reference, LB.source)
            body = str(merged.value(source, SDO.text))
            start = int(merged.value(reference, LB.startOffset))
            end = int(merged.value(reference, LB.endOffset))
            assert body[start:end] == str(merged.value(reference, LB.quote))
            assert merged.value(reference, LB.rule) is not None


def test_same_person_in_several_articles_is_one_node(result):
    oshiyama = entity_iri(Entity(EntityKind.PERSON, "Kiyotaka Oshiyama"))
    graphs = {g.identifier for g in result.dataset.graphs() if (None, None, oshiyama) in g}
    assert len(graphs) >= 3
    film = entity_iri(Entity(EntityKind.FILM, "Look Back"))
    merged = merged_graph(result.dataset)
    assert (film, SDO.director, oshiyama) in merged
    assert (oshiyama, RDF.type, SDO.Person) in merged


def test_readme_sparql_pattern_reaches_the_evidence(result):
    rows = list(merged_graph(result.dataset).query(README_QUERY))
    assert rows
    assert any("directed by Kiyotaka Oshiyama" in str(row.quote) for row in rows)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "rdf:predicate schema:director" in readme


def test_literals_are_typed(result):
    merged = merged_graph(result.dataset)
    film = entity_iri(Entity(EntityKind.FILM, "Look Back"))
    durations = {str(o) for o in merged.objects(film, SDO.duration)}
    assert {"PT1H2M", "PT58M"} <= durations  # canonical xsd:duration, as engines write it
    for value in merged.objects(film, SDO.datePublished):
        assert isinstance(value, Literal) and value.datatype is not None
    amounts = list(merged.objects(film, LB.boxOffice))
    assert amounts
    for amount in amounts:
        assert len(str(merged.value(amount, SDO.currency))) == 3


def test_trig_round_trip_keeps_named_graphs(result):
    parsed = Dataset()
    parsed.parse(data=trig_bytes(result.dataset), format="trig")
    for graph in result.dataset.graphs():
        if not len(graph):
            continue
        assert isomorphic(graph, parsed.graph(graph.identifier))
    reparsed = Graph().parse(data=turtle_bytes(merged_graph(result.dataset)), format="turtle")
    assert isomorphic(reparsed, merged_graph(result.dataset))


def test_two_builds_in_separate_processes_give_identical_bytes(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "lookback_kg", "build", "--out", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append(out)
    for name in ("graph.ttl", "graph.trig", "graph.nt", "facts.jsonl"):
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
