"""Load the declarative extraction rules in `patterns.toml` and expand their macros.

A rule is a regular expression over one sentence, written with macros for the recurring
pieces ({NAME}, {TITLE}, {MONEY}, {DATE}...), named groups that say what each piece is
(`subj`, `obj`, `roles`, qualifiers such as `place` or `period`) and the relation it yields.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

import regex as re

from lookback_kg.extract import names, normalise
from lookback_kg.model import EntityKind, Relation

CURRENCY_MARK = r"(?:[A-Z]{1,3}\$|\$|¥|€|£|₩|₹|CN¥)"
CURRENCY_WORD = r"(?:USD|JPY|EUR|GBP|KRW|CNY|CAD|AUD|yen|dollars|euros|pounds|won|yuan)"
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE = r"(?:[ \u00a0](?:thousand|million|billion)|(?:bn|m|k)\b)"
MONEY = (
    rf"(?:{CURRENCY_MARK}[ \u00a0]?{NUMBER}{SCALE}?(?:[ \u00a0]{CURRENCY_WORD}\b)?"
    rf"|{NUMBER}{SCALE}?[ \u00a0]{CURRENCY_WORD}\b)"
)
DATE = (
    rf"(?:(?:{normalise.MONTHS})[ \u00a0]\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \u00a0]\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:{normalise.MONTHS})(?:,?[ \u00a0]\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
)
NUMWORDS = rf"(?:(?:{normalise.NUMBER_WORD}|a|an)(?:[ -](?:{normalise.NUMBER_WORD}))*)"
DURATION = (
    rf"(?:(?:\d+|{NUMWORDS})[ -]?(?:hours?|hrs?|h)(?:,?[ ](?:and[ ])?(?:\d+|{NUMWORDS})[ -]?"
    rf"(?:minutes?|mins?|m)\b)?(?:[ ]and[ ]a[ ]half)?|(?:\d+|{NUMWORDS})[ -]?(?:minutes?|mins?)\b)"
)
MACROS = {
    "NAMES": names.NAMES,
    "NAME": names.NAME,
    "TITLE": names.TITLE,
    "MONEY": MONEY,
    "DATE": DATE,
    "DURATION": DURATION,
    "PERCENT": r"\d{1,3}(?:\.\d)?[ \u00a0]?(?:%|percent\b|per[ ]cent\b)",
    "NUM": NUMBER,
    "CAP": names.CAP,
    "CONN": names.CONNECTOR,
}


@dataclass(frozen=True)
class Rule:
    """One pattern and what its match means."""

    id: str
    pattern: re.Pattern[str]
    relations: tuple[Relation, ...] = ()
    object: str = "name"  # how to read the `obj` group: persons, orgs, work, date, money...
    subject: EntityKind = EntityKind.FILM
    role_words: bool = False  # relations come from the `roles` group ("written and directed")


def expand(pattern: str) -> str:
    """Replace {MACRO}s with their regular expressions.

    >>> bool(re.fullmatch(expand("{MONEY}"), "¥180 million"))
    True
    """
    return re.sub(r"\{([A-Z]{3,})\}", lambda m: MACROS[m.group(1)], pattern)


@functools.cache
def load_rules() -> tuple[Rule, ...]:
    """The packaged rules, compiled once."""
    text = resources.files("lookback_kg.extract").joinpath("patterns.toml").read_text("utf-8")
    return parse_rules(text)


def parse_rules(text: str) -> tuple[Rule, ...]:
    """Compile rules from TOML text (see patterns.toml for the format)."""
    rules = []
    for entry in tomllib.loads(text)["rule"]:
        relations = entry.get("relations", [entry["relation"]] if "relation" in entry else [])
        flags = re.IGNORECASE if entry.get("ignore_case") else 0
        rules.append(
            Rule(
                id=entry["id"],
                pattern=re.compile(expand(entry["pattern"]), flags),
                relations=tuple(Relation(r) for r in relations),
                object=entry.get("object", "name"),
                subject=EntityKind(entry.get("subject", "film")),
                role_words=entry.get("role_words", False),
            )
        )
    return tuple(rules)
