"""Read article files: a header of `key: value` lines, one blank line, then the body.

This is the edge where bytes become an Article; every way a file can be wrong is an
ArticleError that names the file (and the line, where there is one).
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from lookback_kg.errors import ArticleError
from lookback_kg.load import is_system_file
from lookback_kg.model import Article
from lookback_kg.vocab import GRAPH, ID, LB

MAX_ARTICLE_BYTES = 5_000_000
REQUIRED_KEYS = ("source",)
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]*):[ \t]*(?P<value>.*)$")
# A scheme of two letters or more, then something: "https://...", "urn:...", "doi:...".
# (One letter is a Windows drive, "C:/articles/x.txt", not a scheme.)
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]+:.+", re.DOTALL)
_NOT_IN_IRI = frozenset('<>"{}|\\^`')
# Where the graph names its own entities, graphs and terms: a source there would be merged
# with one of them (an article IRI equal to a film's is the film).
# Character by character on purpose: these are IRIs, not file paths.
OWN_NAMESPACE = os.path.commonprefix([str(ID), str(GRAPH), str(LB._NS)])  # noqa: RUF071
_SOURCE_HINT = "write the article's own URL (https://...) or a URN (urn:example:my-article)"


def read_article(path: Path | str) -> Article:
    """Load one article file, checking it is UTF-8 text with a header and a body."""
    path = Path(path)
    if not path.exists():
        raise ArticleError("no such file; give the path of an article .txt file", path=path)
    if is_system_file(path):  # checked after following links: /proc/self/environ is no article
        raise ArticleError("a device or system file, not an article", path=path)
    if not path.is_file():
        raise ArticleError("not a regular file; give the path of an article .txt file", path=path)
    if path.stat().st_size > MAX_ARTICLE_BYTES:  # before reading it all into memory
        raise ArticleError(
            f"the file is over the {MAX_ARTICLE_BYTES:,}-byte limit for an article", path=path
        )
    with path.open("rb") as stream:
        data = stream.read(MAX_ARTICLE_BYTES + 1)
    if not data.strip():
        raise ArticleError("the file is empty; an article needs a header and a body", path=path)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"the file is {len(data):,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit for an "
            "article",
            path=path,
        )
    if b"\x00" in data:
        raise ArticleError(
            "the file looks binary (it holds NUL bytes), not article text", path=path
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x}); save the file as UTF-8",
            path=path,
            line=line,
        ) from None
    return parse_article(text.removeprefix("\ufeff"), path=str(path))


def parse_article(text: str, *, path: str = "<text>") -> Article:
    """Split article text into header and body.

    >>> a = parse_article("source: urn:x\\ntitle: T\\n\\nBody text.\\n")
    >>> (a.source, a.title, a.body)
    ('urn:x', 'T', 'Body text.\\n')
    """
    split = re.search(r"\r?\n[ \t]*\r?\n", text)
    if split is None:
        raise ArticleError(
            "no body: the header must be followed by one blank line and the article text",
            path=path,
        )
    header_text, body = text[: split.start()], text[split.end() :]
    header: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, line in enumerate(header_text.splitlines(), start=1):
        match = _HEADER_LINE.match(line.strip())
        if match is None:
            raise ArticleError(
                f"header line is not 'key: value': {line.strip()[:60]!r}", path=path, line=number
            )
        header[match["key"].lower()] = match["value"].strip()
        lines[match["key"].lower()] = number
    for key in REQUIRED_KEYS:
        if not header.get(key):
            raise ArticleError(f"header has no '{key}:' line (the article's URL or URN)", path=path)
    problem = source_problem(header["source"])
    if problem is not None:
        raise ArticleError(
            f"header 'source:' {problem}; {_SOURCE_HINT}", path=path, line=lines["source"]
        )
    if not body.strip():
        raise ArticleError("no body: nothing follows the header", path=path)
    return Article(
        source=header.pop("source"),
        title=header.pop("title", ""),
        kind=header.pop("kind", "article"),
        publisher=header.pop("publisher", None) or None,
        date=_header_date(header.pop("date", None), path),
        body=body,
        path=path,
        extra=tuple(sorted(header.items())),
    )


def source_problem(source: str) -> str | None:
    """What makes `source` unfit to name the article in the graph, or None when it is fit.

    The source becomes the IRI of the article's node and named graph, so it must be an
    absolute IRI that the graph's own loader reads back, and not one of the project's own.

    >>> source_problem("urn:lookback-kg:source:look-back-hen") is None
    True
    >>> source_problem("look-back.txt")
    "is not an absolute IRI (a scheme such as https: or urn:, then the rest): 'look-back.txt'"
    """
    shown = repr(source[:80])  # repr: a control character is shown escaped, on one line
    for char in source:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            kind = "white space" if char.isspace() else "a control or invisible format character"
            return f"holds {kind} (U+{ord(char):04X}): {shown}"
        if char in _NOT_IN_IRI:
            return f'holds {char!r}, which an IRI cannot hold (nor any of <>"{{}}|\\^`): {shown}'
    if not _ABSOLUTE_IRI.fullmatch(source):
        return f"is not an absolute IRI (a scheme such as https: or urn:, then the rest): {shown}"
    try:
        ox.NamedNode(source)  # the IRI parser that reads the graph back (RFC 3987)
    except ValueError as exc:
        reason = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in str(exc))
        return f"is not a well-formed IRI ({reason[:100]}): {shown}"
    if source.casefold().startswith(OWN_NAMESPACE.casefold()):
        return (
            f"is inside lookback-kg's own namespace {OWN_NAMESPACE}, where the graph names its "
            f"films, people and graphs: {shown}"
        )
    return None


def _header_date(value: str | None, path: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArticleError(
            f"header 'date:' is not an ISO date (YYYY-MM-DD): {value!r}", path=path
        ) from None
