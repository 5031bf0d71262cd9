"""The rule loader is strict, and every rule's own examples and counter-examples hold.

A rule in patterns.toml may carry `examples` (a sentence and the facts it must give, as
"relation = object") and `counter_examples` (sentences from which it must give nothing). Each
is run through the whole extractor, in a small article of its own; only the facts the rule
itself made are looked at.
"""

import multiprocessing
import unicodedata
from pathlib import Path

import pytest
import regex as re

from lookback_kg.articles import parse_article, read_article
from lookback_kg.extract import extract_facts
from lookback_kg.extract.interpret import OBJECT_READERS as READERS
from lookback_kg.extract.rules import (
    OBJECT_READERS,
    RuleError,
    Trigger,
    load_rules,
    parse_rules,
)
from lookback_kg.extract.sentences import join_label_lines, split_sentences
from lookback_kg.model import Duration, Entity, Money, Rating, WorkClass

RULES = load_rules()
EXAMPLES = [(rule.id, n, example) for rule in RULES for n, example in enumerate(rule.examples)]
COUNTER = [(rule.id, n, text) for rule in RULES for n, text in enumerate(rule.counter_examples)]


def shown(value) -> str:
    """A fact's object as an example writes it."""
    if isinstance(value, Entity):
        return value.name
    if isinstance(value, Money):
        return f"{format(value.amount.normalize(), 'f')} {value.currency}"
    if isinstance(value, Rating):
        return f"{format(value.value.normalize(), 'f')}/{format(value.best.normalize(), 'f')}"
    if isinstance(value, Duration):
        return f"PT{value.minutes}M"
    if isinstance(value, WorkClass):
        return value.value
    return str(value)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^\w/.-]+", " ", text).strip()


def facts_of(rule_id: str, text: str) -> set[tuple[str, str]]:
    article = parse_article(f"source: urn:lookback-kg:rule:{rule_id}\ntitle: \n\n{text}\n")
    return {
        (fact.relation.value, norm(shown(fact.object)))
        for fact in extract_facts(article)
        if fact.rule == rule_id
    }


@pytest.mark.parametrize(("rule_id", "number", "example"), EXAMPLES)
def test_each_rule_reads_its_examples(rule_id, number, example):
    got = facts_of(rule_id, example.text)
    wanted = {(relation, norm(value)) for relation, value in example.facts}
    assert wanted <= got, f"{rule_id} example {number}: missing {wanted - got}, got {got}"


@pytest.mark.parametrize(("rule_id", "number", "text"), COUNTER)
def test_each_rule_reads_nothing_from_its_counter_examples(rule_id, number, text):
    assert facts_of(rule_id, text) == set(), f"{rule_id} counter-example {number}"


def test_the_readers_named_by_rules_are_the_readers_that_exist():
    assert set(READERS) == OBJECT_READERS


RULE = """
[[rule]]
id = "r"
relation = "director"
object = "persons"
pattern = '''by (?P<obj>{NAMES})'''
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('relation = "director"', 'relation = "directer"'), "unknown relation 'directer'"),
        (('object = "persons"', 'object = "person_list"'), "object must name a reader"),
        (("{NAMES}", "{NAMEZ}"), "unknown macro {NAMEZ}"),
        (('id = "r"', 'id = "r"\nrelaton = "x"'), "unknown key 'relaton'"),
        (("(?P<obj>", "(?P<obj"), "does not compile"),
        (('relation = "director"', 'relation = "director"\nsubject = "flim"'), "unknown subject"),
        (
            ('id = "r"', 'id = "r"\ntrigger = "{CREDIT_KEYZ}"'),
            "unknown trigger words {CREDIT_KEYZ}",
        ),
        (
            (
                'relation = "director"',
                'relation = "director"\nexamples = [{ text = "by A", facts = ["A"] }]',
            ),
            "write it as",
        ),
    ],
)
def test_the_loader_names_the_rule_and_what_is_wrong(change, message):
    assert parse_rules(RULE)[0].id == "r"
    with pytest.raises(RuleError, match=re.escape(message)) as error:
        parse_rules(RULE.replace(*change))
    assert "rule 'r' in patterns.toml" in str(error.value)


def test_an_id_used_twice_is_an_error():
    with pytest.raises(RuleError, match="used twice"):
        parse_rules(RULE + RULE)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("·", ("·",)),
        ("→|->|⇒", ("→", "->", "⇒")),
        ("Voice|Cast (", ("voice", "cast (")),
        ("dir\\.", None),  # a pattern: "dir." with its dot escaped
        ("$|€", None),  # "$" is the end of the text in a pattern
        ("(?:19|20)\\d\\d", None),
    ],
)
def test_a_trigger_without_pattern_characters_is_plain_words(text, words):
    assert Trigger.parse(text).words == words


def test_a_trigger_never_hides_a_match():
    """A rule's trigger only spares work: wherever its pattern matches a sentence of any
    fixture (bundled, own, dev) or example, the trigger matches too."""
    root = Path(__file__).resolve().parents[1]
    paths = [
        *sorted((root / "data" / "articles").glob("*.txt")),
        *sorted((root / "tests" / "fixtures" / "articles").glob("*.txt")),
        *sorted((root / "tests" / "fixtures" / "dev" / "articles").glob("*.txt")),
    ]
    texts = [read_article(path).body for path in paths]
    texts += [example.text for rule in load_rules() for example in rule.examples]
    _SENTENCES[:] = [
        span.text for text in texts for span in join_label_lines(text, split_sentences(text))
    ]
    ids = [rule.id for rule in load_rules() if rule.trigger is not None]
    # each rule on its own core: the dev set is large, and the machine has more than one
    with multiprocessing.get_context("fork").Pool(2) as pool:
        hidden = [
            found for rule_hidden in pool.map(_hidden_by_trigger, ids) for found in rule_hidden
        ]
    assert not hidden, hidden[:5]


_SENTENCES: list[str] = []


def _hidden_by_trigger(rule_id: str) -> list[tuple[str, str]]:
    rule = next(rule for rule in load_rules() if rule.id == rule_id)
    return [
        (rule.id, sentence)
        for sentence in _SENTENCES
        if not rule.trigger.search(sentence) and rule.pattern.search(sentence)
    ]
