"""Validation: the corpus conforms with true warnings; every broken graph is caught."""

from pathlib import Path

import pytest
from rdflib import Graph

from lookback_kg.cli import run
from lookback_kg.load import load_graph, load_graph_files
from lookback_kg.pipeline import build
from lookback_kg.validate import SHAPES, Severity, validate
from lookback_kg.vocab import SH

GRAPHS = Path(__file__).parent / "fixtures" / "graphs"
BROKEN = sorted((GRAPHS / "broken").glob("*.ttl"))


def expectation(path: Path) -> tuple[Severity, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    severity, message = first.removeprefix("# expect: ").split(" | ")
    return Severity(severity), message


@pytest.fixture(scope="module")
def corpus_report():
    return validate(build().dataset)


def test_corpus_conforms_and_its_warnings_are_true_disagreements(corpus_report):
    assert corpus_report.conforms
    warnings = [r for r in corpus_report.results if r.severity is Severity.WARNING]
    messages = " ".join(r.message for r in warnings)
    assert "PT58M" in messages and "PT1H2M" in messages  # ORICON says 58, the others 62
    assert "typed as a short film" in messages  # HEN: "short film" of 62 minutes
    for warning in warnings:
        assert warning.focus_label == "Look Back"
        assert warning.quote and warning.source


def test_there_are_at_least_25_broken_graphs():
    assert len(BROKEN) >= 25


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_graph_is_caught_with_the_expected_message(path):
    severity, message = expectation(path)
    report = validate(load_graph_files([path]))
    found = [r for r in report.results if r.severity is severity and message in r.message]
    assert found, [f"{r.severity}: {r.message}" for r in report.results]
    if severity is Severity.VIOLATION:
        assert not report.conforms


def test_valid_minimal_graph_has_no_findings():
    report = validate(load_graph_files([GRAPHS / "valid-minimal.ttl"]))
    assert report.results == ()


def test_shapes_are_valid_shacl():
    from pyshacl import validate as shacl_validate

    meta = Path(__file__).parent / "fixtures" / "shacl-shacl.ttl"
    conforms, _, text = shacl_validate(
        load_graph(SHAPES), shacl_graph=Graph().parse(meta), inference="none"
    )
    assert conforms, text


def test_report_outputs(corpus_report):
    graph = corpus_report.to_graph()
    assert len(graph) > 0
    table = corpus_report.to_table()
    assert table.splitlines()[0] == "VIOLATIONS (0)"
    assert "conforms: 0 violations" in table
    assert '"conforms": true' in corpus_report.to_json()


def test_cli_exit_codes(capsys, tmp_path):
    broken = GRAPHS / "broken" / "film-without-title.ttl"
    assert run(["validate", str(GRAPHS / "valid-minimal.ttl")]) == 0
    assert run(["validate", str(broken)]) == 1
    short = GRAPHS / "broken" / "short-film-of-62-minutes.ttl"
    assert run(["validate", str(short)]) == 0
    assert run(["validate", str(short), "--fail-on", "warning"]) == 1
    capsys.readouterr()
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b "open .\n', encoding="utf-8")
    assert run(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}:3:9: turtle syntax error")
    assert run(["validate", "--format", "yaml"]) == 2


def test_cli_writes_report_atomically(tmp_path, capsys):
    out = tmp_path / "report.ttl"
    assert (
        run(["validate", str(GRAPHS / "valid-minimal.ttl"), "--format", "turtle", "-o", str(out)])
        == 0
    )
    Graph().parse(out)  # a real RDF report


def test_each_rule_query_is_parsed_once_not_once_per_node(monkeypatch):
    """pyshacl asks the same SHACL-SPARQL text for every focus node; parsing it each time was
    nine tenths of validation time. Count the parses on the corpus."""
    import lookback_kg.query as module

    parsed: list[str] = []
    real = module.check_query

    def counting(query, *args):
        if query.name == "in the shapes":  # as pyshacl runs it; the shapes' own check aside
            parsed.append(query.text)
        return real(query, *args)

    monkeypatch.setattr(module, "check_query", counting)
    monkeypatch.setattr("lookback_kg.limits._in_worker", True)  # in this process, to count
    report = validate(build().dataset, timeout=None)
    assert report.conforms
    shapes = load_graph(SHAPES)
    rules = {str(o) for o in shapes.objects(None, SH.select)}
    assert 0 < len(parsed) <= len(rules)
    assert len(parsed) == len(set(parsed))
