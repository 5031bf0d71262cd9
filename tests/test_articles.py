"""Reading article files: good ones parse, every bad one is a clear ArticleError."""

from pathlib import Path

import pytest

from lookback_kg.articles import parse_article, read_article
from lookback_kg.errors import ArticleError

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
