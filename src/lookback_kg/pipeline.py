"""The one place that chains the stages: read articles, extract, build, write."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from lookback_kg import __version__
from lookback_kg.articles import read_article
from lookback_kg.build import build_dataset
from lookback_kg.errors import ArticleError, OutputError
from lookback_kg.extract import extract_many
from lookback_kg.model import Article, Entity, Fact

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "articles"


@dataclass(frozen=True)
class BuildResult:
    """What a build made, and the counts its summary prints."""

    articles: list[Article]
    facts: list[Fact]
    dataset: Dataset

    @property
    def entities(self) -> int:
        found: set[Entity] = set()
        for fact in self.facts:
            found.add(fact.subject)
            if isinstance(fact.object, Entity):
                found.add(fact.object)
        return len(found)

    @property
    def triples(self) -> int:
        """Distinct triples over all named graphs (what graph.ttl holds)."""
        return len({(s, p, o) for s, p, o, _ in self.dataset.quads((None, None, None, None))})


def bundled_articles() -> list[Path]:
    """The articles shipped in data/articles/, in name order."""
    if not DATA_DIR.is_dir():
        raise ArticleError("the bundled articles folder is missing", path=DATA_DIR)
    return sorted(DATA_DIR.glob("*.txt"))


def build(paths: Iterable[Path | str] | None = None) -> BuildResult:
    """Read, extract and build: the whole pipeline up to the Dataset."""
    chosen = [Path(p) for p in paths] if paths else bundled_articles()
    articles = [read_article(path) for path in chosen]  # all are read before any is used
    extracted = list(zip(articles, extract_many(articles), strict=True))
    facts = [fact for _, article_facts in extracted for fact in article_facts]
    return BuildResult(articles, facts, build_dataset(extracted))


def bundled_dataset() -> Dataset:
    """The build of the bundled articles, from a cache rebuilt when it is missing, stale or
    altered.

    The cache file's name carries a digest of everything the build depends on (the articles,
    the extraction rules and the package's code), so a changed input is a missing file, never
    a stale one; and a digest of its own bytes, checked before it is read, so a cache changed
    since it was written (a triple appended) is rebuilt rather than believed. The cache lives
    in $LOOKBACK_KG_CACHE (default ~/.cache/lookback-kg); when it cannot be written the build
    is simply not cached.
    """
    from lookback_kg.export import trig_bytes, write_atomic
    from lookback_kg.load import load_graph_files

    folder = cache_dir()
    inputs = _inputs_digest()
    for cached in sorted(folder.glob(f"bundled-{inputs}-*.trig")):
        regular = cached.is_file() and not cached.is_symlink()
        if regular and cached.stem.rsplit("-", 1)[1] == _bytes_digest(cached.read_bytes()):
            return load_graph_files([cached])
    dataset = build().dataset
    data = trig_bytes(dataset)
    try:
        for old in folder.glob("bundled-*.trig"):
            old.unlink()
        write_atomic(folder / f"bundled-{inputs}-{_bytes_digest(data)}.trig", data)
    except (OSError, OutputError):
        pass  # a read-only home: answer from memory, every time
    return dataset


def _bytes_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def cache_dir() -> Path:
    """Where the bundled build is cached."""
    if os.environ.get("LOOKBACK_KG_CACHE"):
        return Path(os.environ["LOOKBACK_KG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "lookback-kg"


def _inputs_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    inputs = [*bundled_articles(), *sorted(package.rglob("*.py")), *sorted(package.rglob("*.toml"))]
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
