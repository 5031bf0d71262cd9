"""The query library on the bundled corpus: expected answers, both engines agreeing,
parameters bound safely, and clear errors."""

import json
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from lookback_kg.cli import run
from lookback_kg.pipeline import build, bundled_dataset
from lookback_kg.query import QueryError, list_queries, load_query, run_query, union_view
from lookback_kg.vocab import ID, SDO

QUERIES = Path(__file__).parent / "fixtures" / "queries"
FILM = ID["film/look-back"]
ORICON = URIRef("https://us.oricon-group.com/news/3810/")


@pytest.fixture(scope="module")
def corpus():
    return build().dataset


def values(result, variable):
    return [str(v) if v is not None else None for v in result.column(variable)]


def test_there_are_at_least_twelve_named_queries_each_saying_what_it_answers():
    queries = list_queries()
    assert len(queries) >= 12
    for query in queries:
        assert query.description, query.name
        projected = re.search(r"SELECT(.*?)WHERE", query.text, re.S).group(1)
        for parameter in query.parameters:  # Oxigraph binds only projected variables
            assert f"?{parameter.name}" in projected, (query.name, parameter.name)


PARAMS = {"claims-about": {"entity": "id:film/look-back"}}


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_both_engines_give_the_same_answers(corpus, name):
    params = PARAMS.get(name, {})
    on_rdflib = run_query(corpus, name, **params)
    on_oxigraph = run_query(corpus, name, engine="oxigraph", **params)
    assert on_rdflib.variables == on_oxigraph.variables
    assert on_rdflib.rows == on_oxigraph.rows
    assert len(on_rdflib) > 0
    assert on_rdflib.to_sparql_json() == on_oxigraph.to_sparql_json()


def test_credits(corpus):
    result = run_query(corpus, "credits", film="Look Back")
    made = {(r["role"].value, str(r["whoLabel"])): int(r["sources"]) for r in result.records()}
    assert made[("director", "Kiyotaka Oshiyama")] == 3
    assert made[("screenwriter", "Kiyotaka Oshiyama")] == 2
    assert made[("production company", "Studio Durian")] == 4
    assert made[("distributor", "GKIDS")] == 1
    assert made[("composer", "Haruka Nakamura")] == 1


def test_adaptation_chain_reaches_the_authors_other_work(corpus):
    result = run_query(corpus, "adaptation-chain")
    assert values(result, "workLabel") == ["Look Back"]
    assert values(result, "authorLabel") == ["Tatsuki Fujimoto"]
    assert values(result, "otherWorkLabel") == ["Chainsaw Man"]


def test_awards_name_who_conferred_them(corpus):
    result = run_query(corpus, "awards")
    pairs = {(str(r["awardLabel"]), str(r["bodyLabel"])) for r in result.records()}
    assert ("Best Animation (Japan Academy Prize)", "Japan Academy Prize") in pairs
    assert any("Annecy" in award and "Annecy" in body for award, body in pairs)
    assert set(values(result, "outcome")) == {"won"}


def test_release_timeline(corpus):
    result = run_query(corpus, "release-timeline")
    releases = [r for r in result.records() if r["event"].value == "release"]
    assert [(str(r["date"]), str(r["placeLabel"])) for r in releases] == [("2024-06-28", "Japan")]
    venues = {str(r["venueLabel"]) for r in result.records() if r["event"].value == "premiere"}
    assert {"Anime Expo", "Japan Cuts"} <= venues


def test_box_office_keeps_its_qualifiers(corpus):
    result = run_query(corpus, "box-office")
    rows = {(str(r["amount"]), str(r["currency"])): r for r in result.records()}
    assert str(rows[("2040000000", "JPY")]["source"]) == str(ORICON)
    assert str(rows[("180000000", "JPY")]["period"]) == "opening week"
    assert rows[("1000000000", "JPY")]["atLeast"] == Literal(True)
    assert rows[("1200000", "USD")]["approximate"] == Literal(True)


def test_review_scores_say_who_gave_them(corpus):
    result = run_query(corpus, "review-scores")
    assert set(values(result, "raterLabel")) == {"Rotten Tomatoes"}
    assert set(values(result, "score")) == {"100"}
    assert "19" in values(result, "reviews")


def test_cast(corpus):
    result = run_query(corpus, "cast")
    voiced = {(str(r["characterLabel"]), str(r["actorLabel"])) for r in result.records()}
    assert voiced == {("Fujino", "Yumi Kawai"), ("Kyomoto", "Mizuki Yoshida")}


def test_person_roles_across_works(corpus):
    result = run_query(corpus, "person-roles", person="Tatsuki Fujimoto")
    assert {(r["role"].value, str(r["workLabel"])) for r in result.records()} == {
        ("author", "Look Back"),
        ("creator", "Chainsaw Man"),
    }
    oshiyama = run_query(corpus, "person-roles", person="kiyotaka oshiyama")  # any case
    assert set(values(oshiyama, "role")) == {"director", "screenwriter"}


def test_claims_about_an_entity_carry_their_evidence(corpus):
    result = run_query(corpus, "claims-about", entity="id:person/kiyotaka-oshiyama")
    assert len(result) >= 5
    body = {}
    everything = union_view(corpus)
    for record in result.records():
        source = record["source"]
        if source not in body:
            body[source] = str(everything.value(source, SDO.text))
        start, end = int(record["start"]), int(record["end"])
        assert body[source][start:end] == str(record["quote"])
    assert "director" in " ".join(str(p) for p in result.column("property"))


def test_disagreements_are_the_runtime(corpus):
    result = run_query(corpus, "disagreements")
    assert values(result, "property") == [str(SDO.duration)] * 2
    assert set(values(result, "value")) | set(values(result, "otherValue")) == {"PT58M", "PT1H2M"}
    assert set(values(result, "otherSource")) == {str(ORICON)}


def test_facts_per_source_and_summary(corpus):
    per_source = run_query(corpus, "facts-per-source")
    assert len(per_source) == 6
    counts = [int(n) for n in per_source.column("statements")]
    assert counts == sorted(counts, reverse=True) and all(counts)
    summary = {str(r["measure"]): int(r["count"]) for r in run_query(corpus, "summary").records()}
    assert summary["sources"] == 6
    # Look Back, and "Hayao Miyazaki's The Boy and the Heron", which an article names
    assert summary["instances of https://schema.org/Movie"] == 2
    assert (
        summary["statements"]
        == summary["instances of https://w3id.org/lookback-kg/ontology#Statement"]
    )


def test_parameters_are_bound_not_pasted(corpus):
    hostile = 'Look Back" } UNION { ?film ?p ?o } #'
    with pytest.raises(QueryError, match="no entity is labelled"):
        run_query(corpus, "credits", film=hostile)
    text = "SELECT ?name WHERE { ?x schema:name ?name }"
    for engine in ("rdflib", "oxigraph"):
        assert len(run_query(corpus, text, engine=engine, name=hostile)) == 0
        assert len(run_query(corpus, text, engine=engine, name="Look Back")) == 2  # film, manga


def test_a_query_file_with_a_typed_parameter(corpus):
    path = str(QUERIES / "films-by-year.rq")
    for engine in ("rdflib", "oxigraph"):
        assert len(run_query(corpus, path, engine=engine, year="2024")) == 1
        assert len(run_query(corpus, path, engine=engine, year=2023)) == 0
    with pytest.raises(QueryError, match="must be an integer"):
        run_query(corpus, path, year="twenty")
    with pytest.raises(QueryError, match="needs --param year"):
        run_query(corpus, path)


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_syntax_errors_give_line_and_column(corpus, engine):
    with pytest.raises(QueryError, match=r"line 4, column \d+"):
        run_query(corpus, str(QUERIES / "broken.rq"), engine=engine)
    with pytest.raises(QueryError, match="only SELECT and ASK"):
        run_query(corpus, str(QUERIES / "construct.rq"), engine=engine)


def test_unknown_names_list_what_is_known(corpus):
    with pytest.raises(QueryError, match="known queries: adaptation-chain, awards"):
        load_query("directors")
    with pytest.raises(QueryError, match="its parameters: film"):
        run_query(corpus, "credits", person="x")
    with pytest.raises(QueryError, match="unknown engine"):
        run_query(corpus, "credits", engine="virtuoso")
    with pytest.raises(QueryError, match="3 entities are labelled 'Look Back'"):
        run_query(corpus, "claims-about", entity="Look Back")


def test_ask_and_dataframe(corpus):
    assert run_query(corpus, "ASK { ?x a schema:Movie }").boolean is True
    frame = run_query(corpus, "box-office").to_dataframe()
    assert list(frame.columns)[:3] == ["film", "filmLabel", "amount"]
    assert len(frame) == 6


def test_cli_formats(capsys):
    assert run(["query", "credits", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["head"]["vars"][:2] == ["film", "filmLabel"]
    first = document["results"]["bindings"][0]
    assert first["film"] == {"type": "uri", "value": str(FILM)}
    assert run(["query", "credits", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("film,filmLabel,role,who,whoLabel,sources\r\n")
    assert run(["query", "credits", "--format", "tsv", "--engine", "oxigraph"]) == 0
    tsv = capsys.readouterr().out.splitlines()
    assert tsv[0].startswith("?film\t?filmLabel") and f"<{FILM}>" in tsv[1]
    assert run(["query", "cast", "--format", "markdown"]) == 0
    assert "| Kyomoto |" in capsys.readouterr().out
    assert run(["query", "credits", "--param", "film=Look Back"]) == 0
    assert "id:person/kiyotaka-oshiyama" in capsys.readouterr().out


def test_cli_list_and_errors(capsys, tmp_path):
    assert run(["query", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "claims-about entity=<iri>" in listed and "summary" in listed
    assert run(["query", str(QUERIES / "broken.rq")]) == 2
    assert "line 4" in capsys.readouterr().err
    assert run(["query", "credits", "--param", "film"]) == 2
    assert "NAME=VALUE" in capsys.readouterr().err
    assert run(["query", "credits", "--graph", str(tmp_path / "missing.ttl")]) == 2
    assert "missing.ttl: no such file" in capsys.readouterr().err
    assert run(["query"]) == 2


def test_cli_on_a_graph_file(tmp_path, capsys):
    graph = Path(__file__).parent / "fixtures" / "graphs" / "valid-minimal.ttl"
    assert run(["query", "summary", "--graph", str(graph), "--format", "csv"]) == 0
    assert "statements," in capsys.readouterr().out


def test_the_bundled_build_is_cached_and_rebuilt_when_stale(_private_cache, monkeypatch):
    for old in _private_cache.glob("bundled-*.trig"):
        old.unlink()
    first = bundled_dataset()
    cached = list(_private_cache.glob("bundled-*.trig"))
    assert len(cached) == 1
    again = bundled_dataset()
    assert len(list(again.quads())) == len(list(first.quads()))
    monkeypatch.setattr("lookback_kg.pipeline._inputs_digest", lambda: "changed")
    bundled_dataset()
    [rebuilt] = _private_cache.glob("bundled-*.trig")
    assert rebuilt.name.startswith("bundled-changed-")


def test_an_altered_cache_is_rebuilt_not_believed(_private_cache):
    """Appending a triple to the cache must not change every default answer."""
    bundled_dataset()
    [cached] = _private_cache.glob("bundled-*.trig")
    intruder = "<https://e.org/film> <https://schema.org/director> <https://e.org/intruder> .\n"
    with cached.open("a") as stream:
        stream.write(intruder)
    answer = bundled_dataset()
    assert (None, None, URIRef("https://e.org/intruder")) not in answer
    [again] = _private_cache.glob("bundled-*.trig")
    assert "intruder" not in again.read_text()
