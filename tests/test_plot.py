"""Pictures: every entity labelled with a legend, the same bytes every run, and an HTML page
that draws offline in a real headless Chromium, hostile labels and all."""

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread
from rdflib import Graph

from lookback_kg.analysis import (
    NodeNotFound,
    centrality,
    find_node,
    neighbourhood,
    shortest_path,
    source_networks,
)
from lookback_kg.cli import run
from lookback_kg.network import to_networkx
from lookback_kg.pipeline import build
from lookback_kg.plot import html_bytes, layout, picture_bytes

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=5000",
    "--window-size=1400,900",
]
HOSTILE = Path(__file__).parent / "fixtures" / "hostile" / "outputs" / "labels.ttl"
HOSTILE_TITLE = "__DATA__ <img src=x onerror=document.body.dataset.pwned=4> <!--<script>"
# Put after the page's own script: clicks every node and edge, so the evidence panel shows
# each label, fact, quote and source, searches for a hostile label, then writes down on the
# body how many elements the data made, how many of its texts were shown, and the search count.
HARNESS = """<script>
(() => {
  const panel = document.getElementById("panel"), texts = [];
  let made = 0;
  for (const g of document.querySelectorAll("g.node, g.edge")) {
    g.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    texts.push(panel.textContent);
    made += panel.querySelectorAll("*:not(h3, div, blockquote, p)").length;
  }
  const wanted = data.nodes.flatMap(n => [n.label, ...Object.values(n.facts)])
    .concat(Object.values(data.evidence).flat().flatMap(e => [e.quote, e.source]));
  const shown = wanted.filter(w => texts.some(t => t.includes(w))).length;
  const box = document.getElementById("search");
  box.value = "<img";
  box.dispatchEvent(new Event("input"));
  const found = document.getElementById("count").textContent;
  document.body.setAttribute("data-harness", [made, shown, wanted.length, found].join("|"));
})();
</script>
"""


@pytest.fixture(scope="module")
def corpus():
    return build().dataset


@pytest.fixture(scope="module")
def network(corpus):
    return to_networkx(corpus)


def test_the_svg_names_every_entity_and_the_legend(network):
    svg = picture_bytes(network, "svg").decode("utf-8")
    for _, data in network.nodes(data=True):
        first_words = data["label"].split()[0]
        assert first_words in svg, data["label"]
    for kind in {data["kind"] for _, data in network.nodes(data=True)}:
        assert f">{kind.split(':')[-1]}<" in svg
    assert "director" in svg and "based on" in svg  # edge labels


def test_pictures_are_the_same_bytes_every_run(network):
    assert picture_bytes(network, "png") == picture_bytes(network, "png")
    assert picture_bytes(network, "svg", size="slide") == picture_bytes(
        network, "svg", size="slide"
    )
    assert layout(network) == layout(network)


def test_the_layout_keeps_labels_apart(network):
    positions = layout(network)
    points = sorted(positions.values())
    closest = min(
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for i, a in enumerate(points)
        for b in points[i + 1 :]
    )
    assert closest > 0.3  # in layout units, where ring spacing is 1.6


def test_analysis_helpers(network):
    hops = shortest_path(network, "tatsuki fujimoto", "Kiyotaka Oshiyama")
    assert hops[0] == ("Look Back", "author", "Tatsuki Fujimoto")
    assert hops[-1] == ("Look Back", "director", "Kiyotaka Oshiyama")
    around = neighbourhood(network, "Tatsuki Fujimoto", 1)
    assert {d["label"] for _, d in around.nodes(data=True)} == {
        "Tatsuki Fujimoto",
        "Look Back",
        "Chainsaw Man",
    }


def test_the_page_is_standalone(corpus, network):
    page = html_bytes(corpus, network).decode("utf-8")
    assert "<script src" not in page and "<link" not in page and "@import" not in page
    outside_data = page.split('<script id="data"')[0] + page.split("</script>", 1)[1]
    assert not re.search(r"\s(src|href)\s*=|url\(|fetch\(|XMLHttpRequest|import\(", outside_data)
    assert "Kiyotaka Oshiyama" in page and "62-minute" in page  # labels and quotes inlined


def chromium(tmp_path, profile: str, *arguments: str) -> str:
    """Run headless Chromium with its own profile and home; what it printed."""
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / profile}", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
        check=True,
    ).stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium here; `make test` installs it as root")
def test_the_page_draws_in_headless_chromium(corpus, network, tmp_path):
    page = tmp_path / "network.html"
    page.write_bytes(html_bytes(corpus, network))
    dom = chromium(tmp_path, "a", "--dump-dom", page.as_uri())
    assert f'data-drawn="{network.number_of_nodes()}"' in dom
    assert dom.count("<circle") == network.number_of_nodes()
    shot = tmp_path / "shot.png"
    chromium(tmp_path, "b", f"--screenshot={shot}", page.as_uri())
    pixels = imread(shot)[:, :, :3]
    assert (pixels < 0.9).any(axis=2).mean() > 0.01  # more than 1% of the page is not white
    assert len(np.unique((pixels * 255).astype(int).reshape(-1, 3), axis=0)) > 20  # colours


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium here; `make test` installs it as root")
def test_hostile_labels_stay_text_in_headless_chromium(tmp_path):
    graph = Graph().parse(HOSTILE, format="turtle")
    hostile = to_networkx(graph)
    built = html_bytes(graph, hostile, HOSTILE_TITLE).decode("utf-8")
    assert built.count("</body>") == 1
    page = tmp_path / "hostile.html"
    page.write_text(built.replace("</body>", HARNESS + "</body>"), encoding="utf-8")
    dom = chromium(tmp_path, "a", "--dump-dom", page.as_uri())
    assert "data-pwned" not in dom  # no onerror, no injected script ran
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title and html.unescape(title[1]) == HOSTILE_TITLE  # nor did one set the title
    assert f'data-drawn="{hostile.number_of_nodes()}"' in dom  # the page's own script ran
    assert dom.count("<circle") == hostile.number_of_nodes()
    harness = re.search(r'data-harness="(\d+)\|(\d+)\|(\d+)\|([^"]*)"', dom)
    assert harness, "the harness script did not run"
    made, shown, wanted, found = harness.groups()
    assert made == "0"  # the panel made no element out of a label, quote or source
    assert shown == wanted and int(wanted) > hostile.number_of_nodes()  # all shown as text
    assert found == "1 found"  # the search matched the <img label as text


def test_cli_plot(tmp_path, capsys):
    target = tmp_path / "network.png"
    assert run(["plot", "-o", str(target)]) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert oct(target.stat().st_mode & 0o777) != "0o600"  # a normal file, not a private temp
    focus = tmp_path / "focus.svg"
    assert run(["plot", "--focus", "Kiyotaka Oshiyama", "--depth", "2", "-o", str(focus)]) == 0
    assert b"Kiyotaka Oshiyama" in focus.read_bytes()
    page = tmp_path / "hen.html"
    assert run(["plot", "--source", "look-back-hen", "-o", str(page)]) == 0
    assert b"What look-back-hen says" in page.read_bytes()
    capsys.readouterr()
    assert run(["plot", "-o", str(tmp_path / "x.gif")]) == 2
    assert "give the picture a .png, .svg or .html name" in capsys.readouterr().err
    assert run(["plot", "--focus", "Kiyotaka Oshiama", "-o", str(tmp_path / "y.png")]) == 2
    assert "did you mean 'Kiyotaka Oshiyama'" in capsys.readouterr().err
    assert run(["plot", "--source", "nowhere", "-o", str(tmp_path / "z.png")]) == 2
    assert "no source 'nowhere'" in capsys.readouterr().err
    assert not (tmp_path / "x.gif").exists() and not (tmp_path / "y.png").exists()


def test_centrality_puts_the_film_first(network):
    frame = centrality(network)
    assert frame.iloc[0]["label"] == "Look Back" and frame.iloc[0]["kind"] == "schema:Movie"
    assert list(frame.columns) == ["node", "label", "kind", "degree", "betweenness"]
    assert len(frame) == network.number_of_nodes()


def test_source_networks_and_labels(corpus, network):
    per_source = source_networks(corpus)
    assert len(per_source) == 6
    hen = per_source["look-back-hen.txt"]
    assert 0 < hen.number_of_nodes() < network.number_of_nodes()
    assert all(d["sources"] == 1 for _, _, d in hen.edges(data=True))
    with pytest.raises(NodeNotFound, match="2 entities are labelled 'Look Back'"):
        find_node(network, "Look Back")
    assert find_node(network, "look back", kind="schema:Movie").endswith("/film/look-back")
    with pytest.raises(NodeNotFound, match="did you mean 'Studio Durian'"):
        find_node(network, "Studio Durain")
