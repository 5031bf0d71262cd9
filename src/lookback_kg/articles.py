"""Read article files: a header of `key: value` lines, one blank line, then the body.

This is the edge where bytes become an Article; every way a file can be wrong is an
ArticleError that names the file (and the line, where there is one).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lookback_kg.errors import ArticleError
from lookback_kg.model import Article

MAX_ARTICLE_BYTES = 5_000_000
REQUIRED_KEYS = ("source",)
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]*):[ \t]*(?P<value>.*)$")


def read_article(path: Path | str) -> Article:
    """Load one article file, checking it is UTF-8 text with a header and a body."""
    path = Path(path)
    if not path.exists():
        raise ArticleError("no such file; give the path of an article .txt file", path=path)
    if not path.is_file():
        raise ArticleError("not a regular file; give the path of an article .txt file", path=path)
    if path.stat().st_size > MAX_ARTICLE_BYTES:  # before reading it all into memory
        raise ArticleError(
            f"the file is over the {MAX_ARTICLE_BYTES:,}-byte limit for an article", path=path
        )
    data = path.read_bytes()
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
    for number, line in enumerate(header_text.splitlines(), start=1):
        match = _HEADER_LINE.match(line.strip())
        if match is None:
            raise ArticleError(
                f"header line is not 'key: value': {line.strip()[:60]!r}", path=path, line=number
            )
        header[match["key"].lower()] = match["value"].strip()
    for key in REQUIRED_KEYS:
        if not header.get(key):
            raise ArticleError(f"header has no '{key}:' line (the article's URL or URN)", path=path)
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


def _header_date(value: str | None, path: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArticleError(
            f"header 'date:' is not an ISO date (YYYY-MM-DD): {value!r}", path=path
        ) from None
