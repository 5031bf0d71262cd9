"""Reading article files: good ones parse, every bad one is a clear ArticleError."""

from pathlib import Path

import pytest

from lookback_kg.articles import OWN_NAMESPACE, parse_article, read_article
from lookback_kg.errors import ArticleError
from lookback_kg.vocab import GRAPH, ID, LB

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "fixtures" / "bad"


def test_bundled_article_header_and_body():
    article = read_article(ROOT / "data" / "articles" / "look-back-hen.txt")
    assert article.source == "urn:lookback-kg:source:look-back-hen"
    assert article.title == "Look Back"
    assert article.publisher == "History Editorial Network (HEN)"
    assert article.kind == "encyclopedia"
    assert article.body.startswith("Look Back\n| Entertainment |")


@pytest.mark.parametrize(
    ("name", "message", "line"),
    [
        ("empty.txt", "the file is empty", None),
        ("binary.txt", "looks binary", None),
        ("latin1.txt", "not UTF-8", 2),
        ("no-body.txt", "no body", None),
        ("blank-body.txt", "no body", None),
        ("no-source.txt", "no 'source:' line", None),
        ("bad-header.txt", "not 'key: value'", 2),
    ],
)
def test_bad_article_is_named_error(name, message, line):
    with pytest.raises(ArticleError) as caught:
        read_article(BAD / name)
    error = caught.value
    assert message in str(error)
    assert error.path == str(BAD / name)
    assert error.line == line
    assert str(error).startswith(str(BAD / name))


def test_missing_file_and_directory():
    with pytest.raises(ArticleError, match="no such file"):
        read_article(BAD / "does-not-exist.txt")
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(BAD)


def test_offsets_count_code_points_of_stored_body():
    article = parse_article("source: urn:x\n\n¥180 — “quoted” 🎬 text\n")
    assert article.body.index("text") == 18  # one code point each for ¥, —, “, ”, 🎬


def test_own_namespace_is_the_base_of_every_project_namespace():
    for namespace in (ID, GRAPH, LB._NS):
        assert str(namespace).startswith(OWN_NAMESPACE)
    assert OWN_NAMESPACE.endswith("/") and OWN_NAMESPACE.count("/") == 4


@pytest.mark.parametrize(
    "source",
    [
        "urn:lookback-kg:source:look-back-hen",
        "https://comicbook.com/anime/news/look-back-anime-movie-review-box-office",
        "http://example.org/a?b=c#d",
        "doi:10.1000/182",
        "tag:example.org,2024:tide",
        "https://例え.jp/記事",
        "https://w3id.org/other-project/x",
    ],
)
def test_absolute_iris_are_good_sources(source):
    assert parse_article(f"source: {source}\n\nBody.\n").source == source


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("urn:a\x07b", "control or invisible format character (U+0007)"),
        ("urn:a\u202eb", "(U+202E)"),
        ("https://example.org/a b", "white space (U+0020)"),
        ("https://example.org/a\u00a0b", "white space (U+00A0)"),
        ("https://example.org/<a>", "holds '<'"),
        ('urn:a"b', "holds '\"'"),
        ("urn:a`b", "holds '`'"),
        ("articles/tide.txt", "not an absolute IRI"),
        ("C:/articles/tide.txt", "not an absolute IRI"),
        ("urn:", "not an absolute IRI"),
        ("urn:a#b#c", "not a well-formed IRI"),
        ("https://example.org/100%", "not a well-formed IRI"),
        (f"{ID}film/look-back", "own namespace"),
        (f"{GRAPH}look-back-hen", "own namespace"),
        (f"{LB._NS}Film", "own namespace"),
        (OWN_NAMESPACE, "own namespace"),
        (OWN_NAMESPACE.upper(), "own namespace"),
    ],
)
def test_bad_source_names_its_line_and_the_fix(source, message):
    with pytest.raises(ArticleError) as caught:
        parse_article(f"title: T\nsource: {source}\n\nBody.\n", path="a.txt")
    error = caught.value
    assert (error.path, error.line) == ("a.txt", 2)
    assert str(error).startswith("a.txt:2: header 'source:' ")
    assert message in str(error)
    assert "write the article's own URL" in str(error)
    assert str(error).isprintable()  # a control character is shown escaped, never raw


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "data" / "articles").glob("*.txt"))
    + sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")),
    ids=lambda path: path.name,
)
def test_every_shipped_article_has_a_good_source(path):
    assert read_article(path).source
