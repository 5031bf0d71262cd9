"""The vocabulary: code and ontology/lookback.ttl agree, every used term is declared and mapped."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from lookback_kg.build import merged_graph
from lookback_kg.pipeline import build
from lookback_kg.vocab import LB, OWL, RDF, RDFS, SKOS, WD, WDT

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "lookback.ttl"
CHECKED_PROPERTIES = set(
    "P31 P1476 P57 P58 P272 P750 P144 P50 P170 P577 P291 P2047 P2142 P166 P1411 P674 P161 P86 "
    "P495 P364 P136 P921 P444 P447 P1027 P585 P3005 P21 P123 P162 P344 P453 P1040".split()
)  # the last four: docs/wikidata-ids-checked.md
CHECKED_ITEMS = set(
    "Q11424 Q202866 Q24862 Q93204 Q5 Q8274 Q95074 Q220505 Q1107679 Q618779 Q17 Q6581072".split()
)


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ONTOLOGY, format="turtle")


def declared(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects(RDFS.label, None) if isinstance(s, URIRef)}


def test_code_and_ontology_agree_both_ways(ontology):
    in_code = {LB[name] for name in LB.__annotations__}
    in_ontology = {s for s in declared(ontology) if str(s).startswith(str(LB._NS))}
    assert in_code == in_ontology


def test_every_term_has_english_label_and_comment(ontology):
    for term in declared(ontology):
        labels = [o for o in ontology.objects(term, RDFS.label) if isinstance(o, Literal)]
        comments = [o for o in ontology.objects(term, RDFS.comment) if isinstance(o, Literal)]
        assert any(label.language == "en" for label in labels), term
        assert any(comment.language == "en" for comment in comments), term


def test_wikidata_mappings_use_checked_ids_only(ontology):
    mappings = list(ontology.subject_objects(SKOS.exactMatch)) + list(
        ontology.subject_objects(SKOS.closeMatch)
    )
    assert len(mappings) >= 30
    for term, target in mappings:
        target = str(target)
        if target.startswith(str(WDT)):
            assert target.removeprefix(str(WDT)) in CHECKED_PROPERTIES, term
            assert (term, RDF.type, OWL.Class) not in ontology, term
        else:
            assert target.startswith(str(WD)), term
            assert target.removeprefix(str(WD)) in CHECKED_ITEMS, term
            assert (term, RDF.type, OWL.Class) in ontology, term


def test_every_term_the_graph_uses_is_declared(ontology):
    graph = merged_graph(build().dataset)
    known = declared(ontology)
    used = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    assert used - known == set()


def test_a_typo_is_an_error():
    with pytest.raises(AttributeError):
        _ = LB.Statment


def test_no_imports_are_declared(ontology):
    assert not list(ontology.objects(None, OWL.imports))
