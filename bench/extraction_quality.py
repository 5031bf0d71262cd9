"""Precision and recall of extraction against hand-written gold facts.

Each set under tests/fixtures/<set>/ has articles/*.txt and gold/*.jsonl (one
{"subject", "relation", "object"} a line). A fact counts as right when its relation and the
normalised names of its subject and object equal a gold line's.

Run: .venv/bin/python bench/extraction_quality.py [SET ...]   (default: own dev heldout)
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import regex as re

from lookback_kg.articles import read_article
from lookback_kg.extract import extract_facts
from lookback_kg.model import Duration, Entity, Fact, Money, Rating, Relation, WorkClass

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
SKIPPED = {Relation.TITLE}
# Gold types works only; festivals and studios typed from their names are not scored.
UNSCORED_CLASSES = {WorkClass.FILM_FESTIVAL, WorkClass.ANIMATION_STUDIO}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\s*\([^)]*\)$", "", text)  # "Best Film (Some Festival)" -> "best film"
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^\w/.]+", " ", text).strip()


def number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def as_gold(fact: Fact) -> tuple[str, str, str] | None:
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


def gold_key(line: dict) -> tuple[str, str, str]:
    obj = str(line["object"])
    money = re.fullmatch(r"([\d.]+) ([A-Z]{3})", obj)
    if money:
        obj = f"{number(Decimal(money.group(1)))} {money.group(2)}"
    score = re.fullmatch(r"([\d.]+)/([\d.]+)", obj)
    if score:
        obj = f"{number(Decimal(score.group(1)))}/{number(Decimal(score.group(2)))}"
    return norm(line["subject"]), line["relation"], norm(obj)


def folder_of(name: str) -> Path:
    """A set's folder; "own" is the small set beside the unit-test fixtures."""
    return FIXTURES if name == "own" else FIXTURES / name


def evaluate(name: str, verbose: bool = False) -> tuple[int, int, int]:
    folder = folder_of(name)
    right = predicted = expected = 0
    per_relation: Counter[str] = Counter()
    misses: list[str] = []
    for article_path in sorted((folder / "articles").glob("*.txt")):
        gold_path = folder / "gold" / f"{article_path.stem}.jsonl"
        gold = {
            gold_key(json.loads(line))
            for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        got = {key for f in extract_facts(read_article(article_path)) if (key := as_gold(f))}
        right += len(got & gold)
        predicted += len(got)
        expected += len(gold)
        for key in got - gold:
            per_relation[f"{key[1]} wrong"] += 1
            misses.append(f"  + {article_path.stem}: {key}")
        for key in gold - got:
            per_relation[f"{key[1]} missed"] += 1
            misses.append(f"  - {article_path.stem}: {key}")
    precision = right / predicted if predicted else 0.0
    recall = right / expected if expected else 0.0
    print(
        f"{name:8} articles={len(list((folder / 'articles').glob('*.txt')))} gold={expected} "
        f"extracted={predicted} right={right} precision={precision:.2f} recall={recall:.2f}"
    )
    if verbose:
        print("\n".join(misses))
    return right, predicted, expected


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    sets = [a for a in argv if a != "-v"] or ["own", "dev", "heldout"]
    for name in sets:
        if (folder_of(name) / "articles").is_dir():
            evaluate(name, verbose)
        else:
            print(f"{name:8} (no fixtures)")


if __name__ == "__main__":
    main(sys.argv[1:])
