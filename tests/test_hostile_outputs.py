"""Outputs built from hostile labels stay what they claim to be: the HTML page keeps every
label, quote and source name as data (never markup, never a placeholder filled twice), GraphML
and SVG stay well-formed XML whatever the labels hold, and a very deep graph still draws.

The labels are in tests/fixtures/hostile/outputs/labels.ttl; the page is also loaded in a
headless Chromium by tests/test_plot.py."""

import html
import io
import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from lookback_kg.analysis import neighbourhood, shortest_path
from lookback_kg.cli import run
from lookback_kg.export import graphml_bytes
from lookback_kg.network import NOT_IN_XML, to_networkx, xml_text
from lookback_kg.plot import fill_template, html_bytes, layout, picture_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "hostile" / "outputs"
LABELS = FIXTURES / "labels.ttl"
ODD_IRIS = FIXTURES / "odd-iris.ttl"
TITLE = "__DATA__ __TITLE__ <img src=x onerror=alert(1)> <!--<script> </script> & \x1b"
DATA_BLOCK = re.compile(r'<script id="data" type="application/json">(.*?)</script>', re.S)
FILM = "https://w3id.org/lookback-kg/id/film-data"
CONTROL = "https://w3id.org/lookback-kg/id/person-control"
ODD_IRI = "https://w3id.org/lookback-kg/id/thing-esc\x1bape"


@pytest.fixture(scope="module")
def graph():
    return Graph().parse(LABELS, format="turtle")


@pytest.fixture(scope="module")
def network(graph):
    return to_networkx(graph)


@pytest.fixture(scope="module")
def odd():
    return Graph().parse(ODD_IRIS, format="turtle")


def data_block(page: str) -> str:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return blocks[0]


def test_the_fixtures_hold_the_hostile_labels(network, odd):
    labels = {data["label"] for _, data in network.nodes(data=True)}
    assert "__DATA__" in labels and "<!--<script>" in labels
    assert any(label.startswith("<img src=x onerror=") for label in labels)
    assert any(label.startswith("</script>") for label in labels)
    assert any(NOT_IN_XML.search(label) for label in labels)
    assert "\x1b" in ODD_IRI and ODD_IRI in to_networkx(odd)


def test_the_page_keeps_hostile_labels_as_data(graph, network):
    page = html_bytes(graph, network, TITLE)
    assert page == html_bytes(graph, network, TITLE)  # the same bytes every run
    text = page.decode("utf-8")
    block = data_block(text)
    for raw in ("<", ">", "&", "\u2028", "\u2029", "\ufffe", "\uffff"):
        assert raw not in block, repr(raw)
    document = json.loads(block)
    assert {n["id"]: n["label"] for n in document["nodes"]} == {
        node: data["label"] for node, data in network.nodes(data=True)
    }
    film = next(n for n in document["nodes"] if n["id"] == FILM)
    assert film["facts"]["description"] == network.nodes[FILM]["description"]
    ((evidence,),) = document["evidence"].values()
    assert evidence["quote"].startswith("<img src=x onerror=")
    assert "<!--<script>" in evidence["quote"]
    assert evidence["source"].startswith("</script><img src=x")

    shown = html.escape(xml_text(TITLE))
    assert text.count(f"<title>{shown}</title>") == 1 and text.count(f"<b>{shown}</b>") == 1
    outside = text.replace(block, "").replace(shown, "")
    assert "<img" not in outside and "<!--" not in outside
    assert "__DATA__" not in outside and "__TITLE__" not in outside
    assert outside.count("<script") == 2 and outside.count("</script>") == 2


def test_placeholders_are_filled_once_from_the_template():
    assert fill_template("<t>__TITLE__</t>__DATA__", TITLE="__DATA__", DATA="__TITLE__") == (
        "<t>__DATA__</t>__TITLE__"
    )


def test_the_page_script_never_parses_data_as_markup():
    script = (resources.files("lookback_kg") / "page.html").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script, sink
    assert 'JSON.parse(document.getElementById("data").textContent)' in script


@pytest.mark.parametrize("focus", ["__DATA__", "<!--<script>", "__TITLE__ & <b>bold</b> ]]>"])
def test_cli_plot_focus_titles_are_escaped(tmp_path, network, focus):
    label = next(d["label"] for _, d in network.nodes(data=True) if d["label"].startswith(focus))
    page = tmp_path / "focus.html"
    assert run(["plot", "--graph", str(LABELS), "--focus", label, "-o", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert f"<title>{html.escape(label)} and its neighbours</title>" in text
    shown = {n["label"] for n in json.loads(data_block(text))["nodes"]}
    assert label in shown and "__DATA__" in shown  # the film is next to every person


def test_graphml_is_well_formed_whatever_the_labels_hold(graph, network):
    data = graphml_bytes(graph)
    assert data == graphml_bytes(graph)
    ET.fromstring(data)  # raises on any character XML 1.0 forbids
    read = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert read.number_of_nodes() == network.number_of_nodes()
    assert read.number_of_edges() == network.number_of_edges()
    control = read.nodes[CONTROL]["label"]
    assert control.startswith("esc\ufffd[31m bell\ufffd nul\ufffd") and control.endswith(
        "nonchars\ufffd\ufffd end"
    )
    assert control == xml_text(network.nodes[CONTROL]["label"])
    for node, attributes in network.nodes(data=True):  # the rest comes back untouched
        if not NOT_IN_XML.search(node + attributes["label"]):
            assert read.nodes[node]["label"] == attributes["label"]
    assert read.nodes[FILM]["description"].endswith("pwned=5>\ufffd")


def test_graphml_is_well_formed_whatever_the_iris_hold(odd):
    data = graphml_bytes(odd)
    ET.fromstring(data)
    read = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    thing = read.nodes["https://w3id.org/lookback-kg/id/thing-esc%1Bape"]  # as a URI writes it
    assert thing["kind"] == "<https://example.org/Odd\ufffdKind$x$>"
    ((_, _, key, edge),) = read.edges(keys=True, data=True)
    assert key == edge["property"] == "<https://example.org/rel\ufffd$^$>"


def test_the_svg_is_well_formed_whatever_the_labels_hold(network):
    svg = picture_bytes(network, "svg", title=TITLE)
    assert svg == picture_bytes(network, "svg", title=TITLE)
    root = ET.fromstring(svg)
    drawn = "".join(root.itertext())
    assert "esc\ufffd[31m" in drawn and "nonchars\ufffd\ufffd" in drawn
    assert "price $\\frac{1}{$ end" in drawn  # a `$` formula is drawn as the text it is
    assert "<img src=x onerror=" in drawn and "__DATA__" in drawn
    assert picture_bytes(network, "png", title=TITLE)[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_svg_is_well_formed_whatever_the_iris_hold(odd):
    drawn = "".join(ET.fromstring(picture_bytes(to_networkx(odd), "svg")).itertext())
    assert "rel\ufffd$^$" in drawn  # an edge label, drawn as text, not a formula
    assert "Odd\ufffdKind$x$" in drawn  # the legend


def chain_turtle(length: int) -> str:
    """Works each based on the next, `length` deep, each with a label."""
    lines = [
        "@prefix schema: <https://schema.org/> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix id: <https://w3id.org/lookback-kg/id/> .",
    ]
    for i in range(length):
        link = f" ; schema:isBasedOn id:work-{i + 1}" if i + 1 < length else ""
        lines.append(
            f'id:work-{i} a schema:CreativeWork ; rdfs:label "Work {i}" ; '
            f'schema:name "Work {i}"{link} .'
        )
    return "\n".join(lines) + "\n"


def test_a_chain_of_1500_entities_draws(tmp_path):
    path = tmp_path / "chain.ttl"
    path.write_text(chain_turtle(1500), encoding="utf-8")
    graph = Graph().parse(path, format="turtle")
    network = to_networkx(graph)
    assert network.number_of_nodes() == 1500 and network.number_of_edges() == 1499
    positions = layout(network)
    assert len(positions) == 1500 and len(set(positions.values())) == 1500
    ET.fromstring(picture_bytes(network, "svg"))
    document = json.loads(data_block(html_bytes(graph, network).decode("utf-8")))
    assert len(document["nodes"]) == 1500
    ET.fromstring(graphml_bytes(graph))
    assert len(shortest_path(network, "Work 0", "Work 1499")) == 1499
    assert neighbourhood(network, "Work 750", 2).number_of_nodes() == 5
    picture = tmp_path / "chain.png"
    assert run(["plot", "--graph", str(path), "-o", str(picture)]) == 0
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_chain_of_1500_works_under_a_film_exports_in_every_format(tmp_path, capsys):
    """JSON-LD nests what the film links to, a few levels deep only: a long chain stays a
    list of references, not 1,500 objects inside one another."""
    path = tmp_path / "chain.ttl"
    text = chain_turtle(1500).replace("id:work-0 a schema:CreativeWork", "id:work-0 a schema:Movie")
    path.write_text(text, encoding="utf-8")
    for export_format in ("turtle", "ntriples", "nquads", "trig", "jsonld", "graphml"):
        target = tmp_path / f"chain.{export_format}"
        assert (
            run(["export", "--graph", str(path), "--format", export_format, "-o", str(target)]) == 0
        )
    document = json.loads((tmp_path / "chain.jsonld").read_text(encoding="utf-8"))
    film = document["@graph"][0]
    assert film["@id"].endswith("work-0")
    assert film["isBasedOn"]["isBasedOn"]["isBasedOn"]["isBasedOn"].endswith("work-4")
    assert len(document["@graph"]) == 1500 - 3
