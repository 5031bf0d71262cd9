"""Synthetic lookback-kg graphs of a chosen size, shaped like real builds.

Each film has a title, a director, a runtime and a box office figure, each with a statement
and a reference quoting a generated source text, so every shape and SPARQL rule has work;
one film in a hundred is given two runtimes, so the report has findings to make and the
benchmark can check their number.
"""

from __future__ import annotations

from lookback_kg.build import build_dataset
from lookback_kg.model import (
    Article,
    Duration,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    Money,
    Relation,
)

FILMS_PER_ARTICLE = 10
PLANTED_EVERY = 100  # one film in this many gets two runtimes: a known Warning


def synthetic_dataset(target_triples: int):
    """A Dataset of about `target_triples` triples (within a few percent)."""
    per_film = 44  # measured: triples one film adds, with its share of the source
    films = max(1, target_triples // per_film)
    extracted = []
    for first in range(0, films, FILMS_PER_ARTICLE):
        numbers = range(first, min(first + FILMS_PER_ARTICLE, films))
        sentences = [
            f"Film {n} was directed by Person {n % 997}. Film {n} runs {60 + n % 90} minutes."
            for n in numbers
        ]
        body = " ".join(sentences)
        source = f"urn:bench:article-{first // FILMS_PER_ARTICLE}"
        article = Article(source, f"Article {first}", "news", body, f"bench-{first}.txt")
        facts = []
        offset = 0
        for n, sentence in zip(numbers, sentences, strict=True):
            film = Entity(EntityKind.FILM, f"Film {n}")
            evidence = Evidence(source, sentence, offset, offset + len(sentence))
            facts += [
                Fact(film, Relation.TITLE, f"Film {n}", evidence, "bench"),
                Fact(
                    film,
                    Relation.DIRECTOR,
                    Entity(EntityKind.PERSON, f"Person {n % 997}"),
                    evidence,
                    "bench",
                ),
                Fact(film, Relation.DURATION, Duration(60 + n % 90), evidence, "bench"),
                Fact(film, Relation.BOX_OFFICE, Money(1000 + n, "USD"), evidence, "bench"),
            ]
            if n % PLANTED_EVERY == 0:  # a second runtime, so the disagreement rule has finds
                facts.append(
                    Fact(film, Relation.DURATION, Duration(61 + n % 90), evidence, "bench")
                )
            offset += len(sentence) + 1
        extracted.append((article, facts))
    return build_dataset(extracted)
