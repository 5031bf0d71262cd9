"""The one place that chains the stages: read articles, extract, build, write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from lookback_kg.articles import read_article
from lookback_kg.build import build_dataset
from lookback_kg.errors import ArticleError
from lookback_kg.extract import extract_facts
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
    extracted = [(article, extract_facts(article)) for article in articles]
    facts = [fact for _, article_facts in extracted for fact in article_facts]
    return BuildResult(articles, facts, build_dataset(extracted))
