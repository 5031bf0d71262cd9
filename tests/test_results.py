"""Rendering answers an attacker wrote: terminal escapes stay visible text in table and
markdown, spreadsheet formulas are neutralised in csv and tsv (unless raw), and numbers too big
to convert keep their lexical form instead of raising."""

import csv
import io
import json
import logging
import math
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, Namespace, URIRef

from lookback_kg.load import load_graph_files
from lookback_kg.query import run_query
from lookback_kg.results import FORMATS, QueryResult, canonical

FIXTURE = Path(__file__).parent / "fixtures" / "hostile" / "results" / "labels.ttl"
EX = "http://example.org/hostile/"
# an open Namespace: pytest probes module names, and rdflib's closed XSD warns when it does
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
# What must never reach a terminal raw: C0 (but the line ends we write), DEL, C1, bidi controls
HIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

ESCAPED = [
    ("\x1b]0;pwned\x07title", "\\x1b]0;pwned\\x07title"),
    ("\x1b[2Jcleared", "\\x1b[2Jcleared"),
    ("harmless\rEVIL", "harmless\\rEVIL"),
    ("abc\x08\x08\x08xyz", "abc\\x08\\x08\\x08xyz"),
    ("\u202eexe.txt", "\\u202eexe.txt"),
    ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
    ("\u200fmark\u200e", "\\u200fmark\\u200e"),
    ("\x9b31mred", "\\x9b31mred"),
    ("\x85next line", "\\x85next line"),
    ("two\nlines\tand a tab", "two\\nlines\\tand a tab"),
    ("nul\x00del\x7f", "nul\\x00del\\x7f"),
    ("lone \ud800 surrogate", "lone \\ud800 surrogate"),
]


def select(*columns: list) -> QueryResult:
    """A SELECT answer with one variable per column."""
    names = tuple(f"v{i}" for i in range(len(columns)))
    return QueryResult(names, tuple(zip(*columns, strict=True)))


def csv_cells(text: str) -> list[list[str]]:
    """The cells of CSV text; a cell may hold a number of a million digits."""
    limit = csv.field_size_limit(len(text) + 1)
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    finally:
        csv.field_size_limit(limit)


# --- table and markdown: controls shown escaped ------------------------------------------


@pytest.mark.parametrize(("label", "shown"), ESCAPED)
def test_table_and_markdown_show_controls_as_visible_escapes(label, shown):
    result = select([Literal(label)], [URIRef(EX + "x")])
    for output in (result.render("table"), result.render("markdown")):
        assert shown in output
        assert not HIDDEN.search(output)
    assert len(result.render("table").splitlines()) == 4  # header, rule, one row, count


def test_table_columns_stay_aligned_whatever_the_labels():
    labels = [Literal(label) for label, _ in ESCAPED]
    result = select(labels, [Literal(f"after{i}") for i in range(len(labels))])
    lines = result.render("table").splitlines()
    column = lines[0].index("v1")
    assert [line.index("after") for line in lines[2:-1]] == [column] * len(labels)


def test_an_escape_in_an_iri_is_shown_escaped_too():
    result = select([URIRef("urn:x:\x1b]0;t\x07")])
    assert "<urn:x:\\x1b]0;t\\x07>" in result.render("table")
    assert not HIDDEN.search(result.render("markdown"))


def test_markdown_escapes_pipes_so_rows_keep_their_cells():
    result = select([Literal("a|b"), Literal("|")], [Literal("x\ny"), Literal("")])
    rows = result.render("markdown").splitlines()
    assert rows[2] == "| a\\|b | x\\ny |"
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 3


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_no_label_breaks_a_table_or_markdown_row(labels):
    result = select([Literal(text) for text in labels], [Literal("end")] * len(labels))
    table = result.render("table")
    markdown = result.render("markdown")
    assert not HIDDEN.search(table) and not HIDDEN.search(markdown)
    assert len(table.splitlines()) == len(labels) + 3
    assert len(markdown.splitlines()) == len(labels) + 2
    for row in markdown.splitlines():
        assert len(re.findall(r"(?<!\\)\|", row)) == 3


def test_long_values_are_cut_after_escaping():
    result = select([Literal("\x1b" * 500)])
    cell = result.render("table").splitlines()[2]
    assert cell.endswith("...") and len(cell) == 120
    assert not HIDDEN.search(cell)


# --- csv and tsv: formula injection ------------------------------------------------------

NEUTRALISED = [
    (Literal("=1+1"), "'=1+1"),
    (Literal('=HYPERLINK("http://evil.example/","x")'), '\'=HYPERLINK("http://evil.example/","x")'),
    (Literal("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0"),
    (Literal("-2+3"), "'-2+3"),
    (Literal("@SUM(1+1)"), "'@SUM(1+1)"),
    (Literal("\t=1+1"), "'\t=1+1"),
    (Literal("\r=1+1"), "'\r=1+1"),
    (Literal("-5"), "'-5"),  # a string, not a number
    (Literal("=1", lang="en"), "'=1"),
    (Literal("=1+1", datatype=XSD.integer), "'=1+1"),  # ill-typed: the datatype is a lie
    (Literal("-1e5x", datatype=XSD.double), "'-1e5x"),
    (URIRef("=cmd"), "'=cmd"),
]
KEPT = [
    Literal("-5", datatype=XSD.integer),
    Literal("+3", datatype=XSD.nonNegativeInteger),
    Literal("-7", datatype=XSD.long),
    Literal("+3.2", datatype=XSD.decimal),
    Literal("-.5", datatype=XSD.decimal),
    Literal("-1.5E3", datatype=XSD.double, normalize=False),
    Literal("-INF", datatype=XSD.float, normalize=False),
    Literal("plain"),
    Literal("a=b"),
    URIRef("http://example.org/-x"),
]


@pytest.mark.parametrize(("term", "cell"), NEUTRALISED)
def test_csv_neutralises_cells_a_spreadsheet_would_run(term, cell):
    result = select([term])
    assert csv_cells(result.render("csv"))[1] == [cell]
    assert csv_cells(result.render("csv", raw=True))[1] == [str(term)]
    assert result.to_csv(raw=True) == result.render("csv", raw=True)
    assert result.to_csv() == result.render("csv")


@pytest.mark.parametrize("term", KEPT)
def test_csv_keeps_numbers_and_harmless_values(term):
    assert csv_cells(select([term]).render("csv"))[1] == [str(term)]


@pytest.mark.parametrize(("term", "_"), NEUTRALISED)
def test_tsv_neutralises_by_the_value_not_the_quoted_term(term, _):
    # spreadsheets strip the quotes of "=1+1", so the term's quote protects nothing
    result = select([term])
    cell = result.render("tsv").split("\n")[1]
    raw_cell = result.render("tsv", raw=True).split("\n")[1]
    assert cell == "'" + raw_cell
    assert result.to_tsv(raw=True) == raw_cell.join(["?v0\n", "\n"])


@pytest.mark.parametrize("term", KEPT)
def test_tsv_keeps_numbers_and_harmless_values(term):
    result = select([term])
    assert result.render("tsv") == result.render("tsv", raw=True)


def test_tsv_writes_turtle_terms_with_tab_newline_and_return_escaped():
    row = [
        Literal('say "hi"\tthen\nleave\r\\'),
        Literal("chat", lang="en"),
        Literal("-5", datatype=XSD.integer),
        URIRef("http://example.org/a b"),
        BNode("b0"),
        None,
    ]
    result = QueryResult(tuple("abcdef"), (tuple(row),))
    lines = result.render("tsv").split("\n")
    assert lines[0] == "?a\t?b\t?c\t?d\t?e\t?f"
    assert lines[1].split("\t") == [
        '"say \\"hi\\"\\tthen\\nleave\\r\\\\"',
        '"chat"@en',
        '"-5"^^<http://www.w3.org/2001/XMLSchema#integer>',
        "<http://example.org/a\\u0020b>",
        "_:b0",
        "",
    ]
    assert lines[2:] == [""]


def test_csv_and_tsv_keep_controls_exactly():
    label = "\x1b]0;pwned\x07\u202e"
    result = select([Literal(label)])
    assert csv_cells(result.render("csv"))[1] == [label]
    assert result.render("tsv").split("\n")[1] == f'"{label}"'


def test_render_raw_is_keyword_only_and_harmless_for_other_formats():
    result = select([Literal("=1+1")])
    with pytest.raises(TypeError):
        result.render("csv", True)
    for output_format in ("table", "json", "markdown"):
        assert result.render(output_format, raw=True) == result.render(output_format)


def test_an_ask_answer_renders_in_every_format():
    result = QueryResult((), (), True)
    for output_format in FORMATS:
        assert "true" in result.render(output_format)
        assert result.render(output_format, raw=True) == result.render(output_format)


# --- json: exact values, nothing hidden --------------------------------------------------


def test_json_escapes_every_control_and_bidi_character_and_keeps_the_value():
    labels = [label for label, _ in ESCAPED] + ["\u2028line\u2029", "\u061carabic"]
    result = select([Literal(label) for label in labels])
    text = result.render("json")
    assert not HIDDEN.search(text) and "\u2028" not in text and "\u2029" not in text
    assert "\\u202e" in text and "\\u009b" in text and "\\u001b" in text
    text.encode("utf-8")  # a lone surrogate is written as \ud800, not raw
    bindings = json.loads(text)["results"]["bindings"]
    assert [b["v0"]["value"] for b in bindings] == labels


# --- numbers too big to convert ----------------------------------------------------------

HUGE = [
    (Literal("1E+50000000", datatype=XSD.decimal, normalize=False), "1E+50000000"),
    (Literal("-1E+50000000", datatype=XSD.decimal, normalize=False), "-1E+50000000"),
    (Literal("9" * 5000, datatype=XSD.integer), "9" * 5000),
    (Literal("-" + "9" * 5000, datatype=XSD.nonNegativeInteger), "-" + "9" * 5000),
    (Literal("0" + "7" * 5000, datatype=XSD.long), "0" + "7" * 5000),
]
HUGE_FLOATS = [
    Literal("1E+50000000", datatype=XSD.double, normalize=False),
    Literal("-1E+50000000", datatype=XSD.double, normalize=False),
    Literal("1e400", datatype=XSD.float, normalize=False),
]


@pytest.mark.parametrize(("term", "lexical"), HUGE)
def test_a_number_too_big_to_convert_keeps_its_lexical_form(term, lexical, caplog):
    caplog.clear()  # rdflib logs its own failure when the Literal is made; that is not ours
    kept = canonical(term)
    assert isinstance(kept, Literal) and str(kept) == lexical and kept.datatype == term.datatype
    result = select([kept], [Literal("-5", datatype=XSD.integer)])
    for output_format in FORMATS:
        assert result.render(output_format)
    assert csv_cells(result.render("csv"))[1] == [lexical, "-5"]
    assert json.loads(result.render("json"))["results"]["bindings"][0]["v0"]["value"] == lexical
    assert f'"{lexical}"^^<{term.datatype}>' in result.render("tsv")
    assert lexical[:100] in result.render("table")
    assert result.to_dataframe().iloc[0, 0] == lexical
    assert not caplog.records


@pytest.mark.parametrize("term", HUGE_FLOATS)
def test_a_huge_double_is_infinity_and_renders_as_written(term, caplog):
    caplog.set_level(logging.WARNING)
    assert canonical(term) is term
    result = select([term])
    for output_format in FORMATS:
        assert str(term) in result.render(output_format)
    frame = result.to_dataframe()
    assert math.isinf(frame.iloc[0, 0])
    assert not caplog.records


@pytest.mark.parametrize(
    ("term", "expected"),
    [  # what Oxigraph 0.5 answers for each
        (Literal("-0.0", datatype=XSD.decimal), Literal("0", datatype=XSD.decimal)),
        (Literal("+1.50", datatype=XSD.decimal), Literal("1.5", datatype=XSD.decimal)),
        (Literal(".50", datatype=XSD.decimal), Literal("0.5", datatype=XSD.decimal)),
        (Literal("5.", datatype=XSD.decimal), Literal("5", datatype=XSD.decimal)),
        (Literal("1200000.0", datatype=XSD.decimal), Literal("1200000", datatype=XSD.decimal)),
        (Literal("007", datatype=XSD.nonNegativeInteger), Literal("7", datatype=XSD.integer)),
        (Literal("+007", datatype=XSD.integer), Literal("7", datatype=XSD.integer)),
        (Literal("-000", datatype=XSD.integer), Literal("0", datatype=XSD.integer)),
        (
            Literal("1.234567890123456789012345678901234", datatype=XSD.decimal),
            Literal("1.234567890123456789012345678901234", datatype=XSD.decimal),
        ),
        (
            Literal("1E5", datatype=XSD.decimal, normalize=False),
            Literal("1E5", datatype=XSD.decimal, normalize=False),
        ),
    ],
)
def test_canonical_forms_match_oxigraph_and_lose_no_digits(term, expected):
    found = canonical(term)
    assert (str(found), found.datatype) == (str(expected), expected.datatype)


def test_both_engines_agree_on_hostile_numbers_built_directly():
    dataset = Dataset()
    graph = dataset.graph(URIRef(EX + "graph"))
    terms = [term for term, _ in HUGE] + HUGE_FLOATS + [Literal("-0.0", datatype=XSD.decimal)]
    for i, term in enumerate(terms):
        graph.add((URIRef(f"{EX}n{i}"), URIRef(EX + "value"), term))
    text = f"SELECT ?s ?value WHERE {{ ?s <{EX}value> ?value }} ORDER BY ?s"
    answers = {engine: run_query(dataset, text, engine=engine) for engine in ("rdflib", "oxigraph")}
    decimal_text = str(answers["rdflib"].column("value")[0])
    assert decimal_text == "1E+50000000"
    for result in answers.values():
        for output_format in FORMATS:
            assert result.render(output_format)
        assert result.to_dataframe().shape == (len(terms), 2)
    kept = {str(v) for v in answers["oxigraph"].column("value")}
    assert {"1E+50000000", "9" * 5000, "0"} <= kept


# --- end to end: a hostile Turtle file through both engines ------------------------------

LABELS = f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?label ?value WHERE {{
  ?s rdfs:label ?label OPTIONAL {{ ?s <{EX}value> ?value }}
}} ORDER BY ?s"""


@pytest.fixture(scope="module")
def hostile_answers() -> dict[str, QueryResult]:
    dataset = load_graph_files([FIXTURE])
    return {engine: run_query(dataset, LABELS, engine=engine) for engine in ("rdflib", "oxigraph")}


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_hostile_labels_render_safely_in_every_format(hostile_answers, engine):
    result = hostile_answers[engine]
    assert len(result) == 15
    outputs = {fmt: result.render(fmt) for fmt in FORMATS}

    for fmt in ("table", "markdown"):
        assert not HIDDEN.search(outputs[fmt]), fmt
        assert "\\x1b]0;pwned\\x07title" in outputs[fmt]
        assert "\\u202eexe.txt" in outputs[fmt]
    assert len(outputs["table"].splitlines()) == len(result) + 3
    assert "a\\|b" in outputs["markdown"]

    by_subject = {row[0]: row[1:] for row in csv_cells(outputs["csv"])[1:]}
    assert by_subject[EX + "formula"][0].startswith("'=HYPERLINK(")
    assert by_subject[EX + "plus"][0] == "'+1+cmd|' /C calc'!A0"
    assert by_subject[EX + "at"][0] == "'@SUM(1+1)"
    assert by_subject[EX + "tab"][0] == "'\t=1+1"
    assert by_subject[EX + "number"] == ["negative", "-5"]
    assert by_subject[EX + "osc"][0] == "\x1b]0;pwned\x07title"  # csv keeps values exactly
    raw = {row[0]: row[1:] for row in csv_cells(result.render("csv", raw=True))[1:]}
    assert raw[EX + "minus"][0] == "-2+3"

    tsv = outputs["tsv"].split("\n")
    assert all(line.count("\t") == 2 for line in tsv[:-1])
    assert f'<{EX}lines>\t"two\\nlines\\tand a tab"\t' in tsv
    assert f'<{EX}at>\t\'"@SUM(1+1)"\t' in tsv

    bindings = json.loads(outputs["json"])["results"]["bindings"]
    labels = {b["s"]["value"]: b["label"]["value"] for b in bindings}
    assert labels[EX + "osc"] == "\x1b]0;pwned\x07title"
    assert labels[EX + "c1"] == "\x9b31mred"
    assert not HIDDEN.search(outputs["json"])

    huge = next(b["value"] for b in bindings if b["s"]["value"] == EX + "huge")
    assert huge["datatype"] == str(XSD.decimal)
    assert Decimal(huge["value"]) == Decimal("1E+1000000")
    frame = result.to_dataframe()
    assert len(frame) == len(result)


def test_both_engines_give_the_same_hostile_answers(hostile_answers):
    assert hostile_answers["rdflib"].rows == hostile_answers["oxigraph"].rows
    assert hostile_answers["rdflib"].render("json") == hostile_answers["oxigraph"].render("json")
