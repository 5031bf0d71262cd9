"""The relation registry (relations.toml) is the one definition of a relation: the ontology,
shapes, JSON-LD context, named queries, plot labels and what the extractor emits all agree
with it."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from lookback_kg.articles import read_article
from lookback_kg.build import KIND_CLASSES, WORK_CLASSES
from lookback_kg.extract import extract_many
from lookback_kg.model import Duration, Entity, Money, Rating, Relation, WorkClass
from lookback_kg.network import property_label
from lookback_kg.pipeline import bundled_articles
from lookback_kg.query import load_query
from lookback_kg.relations import QUALIFIERS, RELATIONS
from lookback_kg.vocab import OWL, PREFIXES, RDF, RDFS, SDO, SH, SKOS, WDT, XSD

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
VALUE_CLASSES = {"money": SDO.MonetaryAmount, "rating": SDO.AggregateRating}
VALUE_DATATYPES = {"date": XSD.date, "duration": XSD.duration, "text": XSD.string}
SPECS = sorted(RELATIONS.values(), key=lambda spec: spec.relation)


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ROOT / "ontology" / "lookback.ttl")


@pytest.fixture(scope="module")
def film_shapes():
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    found: dict[URIRef, list] = {}
    for film in shapes.subjects(SH.targetClass, SDO.Movie):
        for shape in shapes.objects(film, SH.property):
            found.setdefault(shapes.value(shape, SH.path), []).append(
                (shapes.value(shape, SH["class"]), shapes.value(shape, SH.datatype))
            )
    return found


def test_every_relation_is_registered_once():
    assert set(RELATIONS) == set(Relation)
    predicates = [spec.predicate for spec in RELATIONS.values()]
    assert len(predicates) == len(set(predicates))


@pytest.mark.parametrize("work_class", list(WorkClass), ids=str)
def test_every_class_the_extractor_gives_is_declared_with_a_label(ontology, work_class):
    iri = WORK_CLASSES[work_class]
    assert (iri, RDF.type, OWL.Class) in ontology
    assert ontology.value(iri, RDFS.label) is not None


@pytest.mark.parametrize("spec", [*SPECS, *QUALIFIERS.values()], ids=lambda s: str(s.predicate))
def test_ontology_label_and_wikidata_id_agree(ontology, spec):
    labels = {str(label) for label in ontology.objects(spec.predicate, RDFS.label)}
    assert labels == {spec.label}
    matches = {
        str(match).removeprefix(str(WDT))
        for relation in (SKOS.exactMatch, SKOS.closeMatch)
        for match in ontology.objects(spec.predicate, relation)
    }
    assert matches == ({spec.wikidata} if spec.wikidata else set())


@pytest.mark.parametrize("spec", [s for s in SPECS if "film" in s.subject and s.object != "class"])
def test_shapes_constrain_every_film_relation_as_registered(film_shapes, spec):
    kind = spec.object_kind
    expected_class = KIND_CLASSES[kind] if kind else VALUE_CLASSES.get(spec.object)
    expected_datatype = VALUE_DATATYPES.get(spec.object)
    constraints = film_shapes.get(spec.predicate, [])
    assert (expected_class, None) in constraints or (None, expected_datatype) in constraints, (
        f"shapes.ttl has no {expected_class or expected_datatype} constraint on {spec.predicate}"
    )


def test_shapes_constrain_only_registered_relations(film_shapes):
    assert set(film_shapes) - {RDFS.label} <= {spec.predicate for spec in SPECS}


def test_jsonld_context_has_a_term_for_every_relation_and_qualifier():
    context = json.loads((ROOT / "ontology" / "context.jsonld").read_text())["@context"]

    def expand(curie: str) -> str:
        prefix, _, local = curie.partition(":")
        return context[prefix] + local

    terms = {}
    for definition in context.values():
        if isinstance(definition, str) and definition.partition(":")[0] in context:
            terms[expand(definition)] = None
        elif isinstance(definition, dict):
            terms[expand(definition["@id"])] = definition.get("@type")
    for spec in SPECS:
        if spec.predicate == RDF.type:
            continue  # JSON-LD's own @type
        assert str(spec.predicate) in terms, f"context.jsonld has no term for {spec.predicate}"
        written = terms[str(spec.predicate)]
        if spec.object_kind or spec.object in VALUE_CLASSES:
            assert written == "@id", spec.predicate
        elif spec.object in ("date", "duration"):
            assert written and expand(written) == str(VALUE_DATATYPES[spec.object])
        else:
            assert written is None, spec.predicate


def _roles(query_name: str) -> set[tuple[URIRef, str]]:
    text = load_query(query_name).text
    block = text[text.index("VALUES (?property ?role)") :]
    block = block[: block.index("}")]
    pairs = re.findall(r'\((\w+):(\w+) "([^"]+)"\)', block)
    return {(URIRef(PREFIXES[prefix] + local), label) for prefix, local, label in pairs}


def test_credits_query_lists_every_credit_with_its_label():
    credits = {(spec.predicate, spec.label) for spec in SPECS if spec.credit}
    assert _roles("credits") == credits


def test_person_roles_query_lists_every_relation_to_a_person():
    people = {(spec.predicate, spec.label) for spec in SPECS if spec.object == "person"}
    assert _roles("person-roles") == people


def test_plot_labels_are_the_registered_labels():
    for spec in [*SPECS, *QUALIFIERS.values()]:
        if spec.predicate != RDF.type:
            assert property_label(spec.predicate) == spec.label


def _object_kind(value) -> str:
    if isinstance(value, Entity):
        return value.kind.value
    kinds = {WorkClass: "class", Duration: "duration", Money: "money", Rating: "rating"}
    for cls, kind in kinds.items():
        if isinstance(value, cls):
            return kind
    return "date" if isinstance(value, date) else "text"


def _fixture_articles() -> list[Path]:
    own = sorted((FIXTURES / "articles").glob("*.txt"))
    dev = sorted((FIXTURES / "dev" / "articles").glob("*.txt"))
    return [*bundled_articles(), *own, *dev]


def test_extracted_facts_keep_to_the_registry():
    """Subject kinds, object kind and qualifiers of every fact read from the bundled, own and
    dev articles are the ones its relation registers."""
    problems = set()
    articles = [read_article(path) for path in _fixture_articles()]
    for facts in extract_many(articles):  # read on every core: the dev set is large
        for fact in facts:
            spec = RELATIONS[fact.relation]
            kept = {
                name for name in QUALIFIERS if getattr(fact.qualifiers, name) not in (None, False)
            }
            if fact.subject.kind not in spec.subject:
                problems.add(f"{fact.relation} on a {fact.subject.kind} ({fact.rule})")
            if _object_kind(fact.object) != spec.object:
                problems.add(f"{fact.relation} to a {_object_kind(fact.object)} ({fact.rule})")
            if kept - set(spec.qualifiers):
                problems.add(f"{fact.relation} with {sorted(kept)} ({fact.rule})")
    assert not problems, sorted(problems)
