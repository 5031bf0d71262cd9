"""Hostile article files. A bad `source:` header is refused: exit 2, one line on stderr that
names the file and the header line, no traceback, nothing written. Bodies shaped to make
extraction slow are read like any other (their cost is counted in test_extract.py; nothing
here is timed)."""

import json
from pathlib import Path

import pytest

from conftest import refused
from lookback_kg.articles import OWN_NAMESPACE, read_article
from lookback_kg.cli import run
from lookback_kg.errors import ArticleError
from lookback_kg.extract.sentences import split_sentences

ARTICLES = Path(__file__).parent / "fixtures" / "hostile" / "articles"
SOURCE_LINE = 2  # every fixture has `title:` on line 1 and `source:` on line 2

BAD_SOURCES = [
    ("source-control-char.txt", "control or invisible format character (U+0007)"),
    ("source-escape-sequence.txt", "control or invisible format character (U+001B)"),
    ("source-bidi-override.txt", "control or invisible format character (U+202E)"),
    ("source-space.txt", "white space (U+0020)"),
    ("source-nbsp.txt", "white space (U+00A0)"),
    ("source-angle-bracket.txt", "holds '>'"),
    ("source-backslash.txt", "holds '\\\\'"),
    ("source-own-entity.txt", "own namespace"),
    ("source-own-graph.txt", "own namespace"),
    ("source-own-ontology.txt", "own namespace"),
    ("source-relative.txt", "not an absolute IRI"),
    ("source-no-scheme.txt", "not an absolute IRI"),
    ("source-windows-drive.txt", "not an absolute IRI"),
    ("source-empty-rest.txt", "not an absolute IRI"),
    ("source-two-fragments.txt", "not a well-formed IRI"),
    ("source-bad-percent.txt", "not a well-formed IRI"),
]


def test_every_fixture_is_covered():
    assert sorted(p.name for p in ARTICLES.glob("*.txt")) == sorted(n for n, _ in BAD_SOURCES)


@pytest.mark.parametrize(("name", "message"), BAD_SOURCES)
def test_extract_refuses_a_bad_source(capsys, name, message):
    path = ARTICLES / name
    line = refused(capsys, ["extract", str(path)], f"{path}:{SOURCE_LINE}:", message)
    assert "header 'source:'" in line and "write the article's own URL" in line


@pytest.mark.parametrize(("name", "message"), BAD_SOURCES)
def test_build_refuses_a_bad_source_and_writes_nothing(capsys, tmp_path, name, message):
    path = ARTICLES / name
    out = tmp_path / "out"
    refused(capsys, ["build", str(path), "--out", str(out)], f"{path}:{SOURCE_LINE}:", message)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_own_namespace_fixtures_are_in_the_namespace_the_code_derives():
    """The fixtures spell our IRIs as an attacker would; the code derives them from vocab."""
    for name in ("source-own-entity.txt", "source-own-graph.txt", "source-own-ontology.txt"):
        header = (ARTICLES / name).read_text(encoding="utf-8").splitlines()[SOURCE_LINE - 1]
        assert header.removeprefix("source: ").startswith(OWN_NAMESPACE)
        with pytest.raises(ArticleError, match="own namespace"):
            read_article(ARTICLES / name)


@pytest.mark.parametrize(
    "source",
    ["urn:example:tide", "tag:example.org,2024:tide", "https://例え.jp/記事?a=1#b", "doi:10.1/x"],
)
def test_an_accepted_source_makes_a_graph_the_loader_reads_back(capsys, tmp_path, source):
    article = tmp_path / "tide.txt"
    article.write_text(
        f"source: {source}\ntitle: Tide\n\nTide (2020) is a French film directed by Anne "
        "Marie Roux. Tide runs 95 minutes.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run(["build", str(article), "--out", str(out)]) == 0
    nquads = tmp_path / "graph.nq"
    graph = out / "graph.trig"
    assert run(["export", "--graph", str(graph), "--format", "nquads", "-o", str(nquads)]) == 0
    assert f"<{source}>" in nquads.read_text(encoding="utf-8")
    capsys.readouterr()


def _abbreviations(size: int) -> str:
    return ("Ab. " * (size // 4 + 1))[:size]


HOSTILE_BODIES = {
    # took 127 s for 64 KB before the splitter stopped rescanning each line per boundary
    "repeated-abbreviation": _abbreviations,
    "one-unpunctuated-line": lambda size: ("the film was made and shown " * size)[:size],
    "many-short-lines": lambda size: ("Ab cd\n" * size)[:size],
    "capitalised-run": lambda size: " ".join(f"Ab{n % 97}" for n in range(size))[:size],
    "long-words": lambda size: (("A" + "b" * 20_000 + " ") * (size // 20_000 + 1))[:size],
    "all-capitals-word": lambda size: ("ABCDEFGHIJ" * size)[:size],
    "many-works": lambda size: "\n".join(
        f"It is based on the manga Ab{n} Saga by Cd{n} Ef." for n in range(size)
    )[:size],
}


@pytest.mark.parametrize("shape", sorted(HOSTILE_BODIES))
def test_hostile_body_is_extracted(capsys, tmp_path, shape):
    """Each shape, 64 KB, through the CLI with no time limit: it answers, with valid JSON."""
    body = HOSTILE_BODIES[shape](64 * 1024)
    path = tmp_path / f"{shape}.txt"
    path.write_text(f"source: urn:example:{shape}\ntitle: Hostile\n\n{body}\n", encoding="utf-8")
    assert run(["extract", str(path), "--timeout", "0"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    for line in captured.out.splitlines():
        assert json.loads(line)["evidence"]["source"] == f"urn:example:{shape}"


def test_repeated_abbreviation_body_splits_into_its_sentences():
    body = _abbreviations(64 * 1024)
    spans = split_sentences(body)
    assert len(spans) == 64 * 1024 // 4
    assert {s.text for s in spans} == {"Ab."}
    assert all(body[s.start : s.end] == s.text for s in spans)


def test_an_article_that_links_to_a_system_file_is_refused(capsys, tmp_path):
    link = tmp_path / "environ.txt"
    link.symlink_to("/proc/self/environ")
    refused(capsys, ["extract", str(link)], "environ.txt: a device or system file")
