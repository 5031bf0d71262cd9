"""Precision and recall of extraction against hand-written gold facts.

Each set under tests/fixtures/<set>/ has articles/*.txt and gold/*.jsonl (one
{"subject", "relation", "object"} a line). A fact counts as right when its relation and the
normalised names of its subject and object equal a gold line's.

Per set, and per kind of article (the `kind:` header: listing, encyclopedia, news, review,
blog, multi): precision (every extracted fact of a relation the gold format knows counts,
whatever film it hangs on), recall, and forbidden hits (a gold line marked "forbidden": a fact
the text seems to offer but does not state). Format: tests/fixtures/GOLD.md. With -v, every
miss: + wrong, ! forbidden, - not found.

The blind set is scored only when named, once a round of rule work is done:
  .venv/bin/python bench/extraction_quality.py blind

Run: .venv/bin/python bench/extraction_quality.py [-v] [SET ...]   (default: own dev)
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import regex as re

from lookback_kg.articles import read_article
from lookback_kg.extract import extract_facts
from lookback_kg.extract.normalise import country_of
from lookback_kg.model import Duration, Entity, Fact, Money, Rating, Relation, WorkClass

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
SKIPPED = {Relation.TITLE}
# Gold types works only; festivals and studios typed from their names are not scored.
UNSCORED_CLASSES = {WorkClass.FILM_FESTIVAL, WorkClass.ANIMATION_STUDIO}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("ı", "i")  # Turkish dotless i: "KUZEY RÜZGÂRI" has no case to go back to
    text = re.sub(r"\s*\([^)]*\)$", "", text)  # "Best Film (Some Festival)" -> "best film"
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^\w/.]+", " ", text).strip()


def number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def as_gold(fact: Fact) -> tuple[str, str, str] | None:
    """The (subject, relation, object) a gold line would write for this fact."""
    if fact.relation in SKIPPED or fact.object in UNSCORED_CLASSES:
        return None
    value = fact.object
    if isinstance(value, Entity):
        obj = value.name
    elif isinstance(value, Money):
        obj = f"{number(value.amount)} {value.currency}"
    elif isinstance(value, Rating):
        obj = f"{number(value.value)}/{number(value.best)}"
    elif isinstance(value, Duration):
        obj = f"PT{value.minutes}M"  # gold files give runtimes in minutes, as people write them
    elif isinstance(value, WorkClass):
        obj = value.value
    elif isinstance(value, date):
        obj = value.isoformat()
    else:
        obj = str(value)
    return norm(fact.subject.name), fact.relation.value, norm(obj)


def voice_of(fact: Fact) -> tuple[str, str, str] | None:
    """A cast statement with its character role also says who voices or plays whom: the gold
    writes that as (person, voice_of, character)."""
    if fact.relation is Relation.CAST_MEMBER and fact.qualifiers.character is not None:
        return norm(fact.object.name), "voice_of", norm(fact.qualifiers.character.name)
    return None


def gold_key(line: dict) -> tuple[str, str, str]:
    obj = str(line["object"])
    money = re.fullmatch(r"([\d.]+) ([A-Z]{3})", obj)
    if money:
        obj = f"{number(Decimal(money.group(1)))} {money.group(2)}"
    if line["relation"] == Relation.COUNTRY_OF_ORIGIN.value:
        obj = country_of(obj) or obj  # "USSR" is the Soviet Union, as the reader names it
    score = re.fullmatch(r"([\d.]+)/([\d.]+)", obj)
    if score:
        obj = f"{number(Decimal(score.group(1)))}/{number(Decimal(score.group(2)))}"
    return norm(line["subject"]), line["relation"], norm(obj)


AWARD_RELATIONS = {Relation.AWARD_RECEIVED.value, Relation.NOMINATED_FOR.value}


def category_alone(key: tuple[str, str, str]) -> tuple[str, str, str] | None:
    """An award the reader names by its ceremony and category ("Baltic Amber Award for Best
    Film"), as a gold line writes it where the text gives the category alone ("Best Film", at
    the Baltic Amber Awards)."""
    subject, relation, award = key
    _, found, category = award.partition(" for best ")
    if not found or relation not in AWARD_RELATIONS:
        return None
    return subject, relation, f"best {category}"


NARROWER_FILMS = {"animated_film", "short_film", "documentary_film"}


def implied_film_types(got: set, gold: set) -> set:
    """`X instance_of film` where the gold gives X a narrower film class: the ontology makes
    every animated or short film a film, and the gold lists only the narrowest class, so the
    broader fact is left out of the count (neither right nor wrong)."""
    narrower = {s for s, r, o in gold if r == "instance_of" and o in NARROWER_FILMS}
    implied = {(s, r, o) for s, r, o in got if r == "instance_of" and o == "film" and s in narrower}
    return implied - gold


def folder_of(name: str) -> Path:
    """A set's folder; "own" is the small set beside the unit-test fixtures."""
    return FIXTURES if name == "own" else FIXTURES / name


@dataclass
class Score:
    """Counts for one set or one kind of article."""

    articles: int = 0
    right: int = 0
    predicted: int = 0
    expected: int = 0
    forbidden: int = 0

    def add(self, other: Score) -> None:
        for name in ("articles", "right", "predicted", "expected", "forbidden"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        precision = self.right / self.predicted if self.predicted else 0.0
        recall = self.right / self.expected if self.expected else 0.0
        return (
            f"{label:22} articles={self.articles:3} gold={self.expected:4} "
            f"extracted={self.predicted:4} right={self.right:4} precision={precision:.2f} "
            f"recall={recall:.2f} forbidden={self.forbidden}"
        )


def score_article(article_path: Path, gold_path: Path, misses: list[str]) -> tuple[str, Score]:
    """One article: its kind and its counts. Gold lines marked forbidden are facts the text
    seems to offer but does not state; extracting one is a forbidden hit."""
    gold: set[tuple[str, str, str]] = set()
    forbidden: set[tuple[str, str, str]] = set()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            (forbidden if entry.get("forbidden") else gold).add(gold_key(entry))
    article = read_article(article_path)
    facts = extract_facts(article)
    # a film's other titles ("TVÄTTSTUGAN (The Laundry Room)"): the gold may name it by any
    titles: dict[str, set[str]] = {}
    for fact in facts:
        if fact.relation is Relation.TITLE:
            titles.setdefault(norm(fact.subject.name), set()).add(norm(fact.object))
    quotes: dict[tuple[str, str, str], str] = {}
    for fact in facts:
        for key in (as_gold(fact), voice_of(fact)):
            if key and key not in gold and key not in forbidden:
                named = [(title, *key[1:]) for title in sorted(titles.get(key[0], ()))]
                named += [category_alone(key)] if category_alone(key) else []
                key = next((k for k in named if k in gold or k in forbidden), key)
            if key:
                quote = " ".join(fact.evidence.quote.split())[:160]
                quotes.setdefault(key, f"[{fact.rule}] {quote}")
    got = set(quotes) - implied_film_types(set(quotes), gold)
    for key in sorted(got - gold):
        mark = "!" if key in forbidden else "+"
        misses.append(f"  {mark} {article_path.stem}: {key}\n      from: {quotes[key]}")
    for key in sorted(gold - got):
        misses.append(f"  - {article_path.stem}: {key}")
    counts = Score(1, len(got & gold), len(got), len(gold), len(got & forbidden))
    return article.kind, counts


def evaluate(name: str, verbose: bool = False) -> tuple[int, int, int]:
    """Print the set's figures, overall and per kind of article; return right, predicted and
    expected over the set."""
    folder = folder_of(name)
    total = Score()
    by_kind: dict[str, Score] = {}
    misses: list[str] = []
    for article_path in sorted((folder / "articles").glob("*.txt")):
        if not (folder / "gold" / f"{article_path.stem}.jsonl").is_file():
            print(f"  (no gold for {article_path.name}: not scored)")
            continue
        kind, counts = score_article(
            article_path, folder / "gold" / f"{article_path.stem}.jsonl", misses
        )
        total.add(counts)
        by_kind.setdefault(kind, Score()).add(counts)
    print(total.line(name))
    if len(by_kind) > 1:
        for kind, counts in sorted(by_kind.items()):
            print(counts.line(f"  {kind}"))
    if verbose:
        print("\n".join(misses))
    return total.right, total.predicted, total.expected


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    sets = [a for a in argv if a != "-v"] or ["own", "dev"]
    for name in sets:
        if (folder_of(name) / "articles").is_dir():
            evaluate(name, verbose)
        else:
            print(f"{name:8} (no fixtures)")


if __name__ == "__main__":
    main(sys.argv[1:])
