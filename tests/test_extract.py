"""Extraction: the facts the bundled article must give, and none it must not."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lookback_kg.articles import parse_article, read_article
from lookback_kg.extract import extract_facts
from lookback_kg.model import Duration, Entity, EntityKind, Money, Rating, Relation, WorkClass

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
FILM = Entity(EntityKind.FILM, "Look Back")
MANGA = Entity(EntityKind.WORK, "Look Back")
FUJIMOTO = Entity(EntityKind.PERSON, "Tatsuki Fujimoto")


@pytest.fixture(scope="module")
def hen():
    article = read_article(ARTICLES / "look-back-hen.txt")
    return article, extract_facts(article)


def triples(facts):
    return {(f.subject, f.relation, f.object) for f in facts}


def find(facts, relation, value=None):
    return [f for f in facts if f.relation is relation and (value is None or f.object == value)]


def test_hen_credits_and_adaptation(hen):
    _, facts = hen
    got = triples(facts)
    assert (FILM, Relation.DIRECTOR, Entity(EntityKind.PERSON, "Kiyotaka Oshiyama")) in got
    assert (
        FILM,
        Relation.PRODUCTION_COMPANY,
        Entity(EntityKind.ORGANIZATION, "Studio Durian"),
    ) in got
    assert (FILM, Relation.BASED_ON, MANGA) in got
    assert (MANGA, Relation.AUTHOR, FUJIMOTO) in got
    assert (MANGA, Relation.INSTANCE_OF, WorkClass.MANGA) in got
    assert (MANGA, Relation.INSTANCE_OF, WorkClass.ONE_SHOT) in got
    assert (Entity(EntityKind.WORK, "Chainsaw Man"), Relation.CREATOR, FUJIMOTO) in got


def test_hen_types_country_runtime_characters(hen):
    _, facts = hen
    got = triples(facts)
    for work_class in (WorkClass.FILM, WorkClass.ANIMATED_FILM, WorkClass.SHORT_FILM):
        assert (FILM, Relation.INSTANCE_OF, work_class) in got
    assert (FILM, Relation.COUNTRY_OF_ORIGIN, Entity(EntityKind.COUNTRY, "Japan")) in got
    assert (FILM, Relation.DURATION, Duration(62)) in got
    for name in ("Fujino", "Kyomoto"):
        assert (FILM, Relation.CHARACTER, Entity(EntityKind.CHARACTER, name)) in got


def test_hen_release_date_with_place(hen):
    _, facts = hen
    [release] = find(facts, Relation.PUBLICATION_DATE)
    assert release.object == date(2024, 6, 28)
    assert release.qualifiers.place == Entity(EntityKind.COUNTRY, "Japan")


def test_hen_box_office_with_qualifiers(hen):
    _, facts = hen
    [yen] = find(facts, Relation.BOX_OFFICE, Money(Decimal(180_000_000), "JPY"))
    assert yen.qualifiers.period == "opening week"
    assert yen.qualifiers.territory == Entity(EntityKind.COUNTRY, "Japan")
    assert not yen.qualifiers.approximate
    [usd] = find(facts, Relation.BOX_OFFICE, Money(Decimal(1_200_000), "USD"))
    assert usd.qualifiers.approximate
    assert usd.qualifiers.period == "opening week"


def test_hen_review_score_and_award(hen):
    _, facts = hen
    [score] = find(facts, Relation.REVIEW_SCORE)
    assert score.object == Rating(Decimal(100), Decimal(100))
    assert score.qualifiers.rated_by == Entity(EntityKind.ORGANIZATION, "Rotten Tomatoes")
    [award] = find(facts, Relation.AWARD_RECEIVED)
    assert award.object.name == "Best Short Film"
    assert award.object.scope == "Annecy International Animation Film Festival"
    assert award.qualifiers.conferred_by.name == "Annecy International Animation Film Festival"


def test_hen_negated_and_speculative_statements_give_nothing(hen):
    _, facts = hen
    awards = find(facts, Relation.AWARD_RECEIVED) + find(facts, Relation.NOMINATED_FOR)
    assert [f.object.label for f in awards] == [
        "Best Short Film (Annecy International Animation Film Festival)"
    ]
    quotes = " ".join(f.evidence.quote for f in facts)
    assert "expected to feature" not in quotes
    assert "not a wide theatrical release" not in quotes
    assert not any("Western" in str(f.object) for f in facts)


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_quote_is_the_body_between_its_offsets(path):
    article = read_article(path)
    facts = extract_facts(article)
    assert facts
    for fact in facts:
        assert article.body[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
        assert fact.evidence.source == article.source
        assert fact.rule


def test_extraction_is_deterministic():
    article = read_article(ARTICLES / "templeofgeek-gkids-acquires-look-back.txt")
    assert extract_facts(article) == extract_facts(article)


def _facts(body: str):
    return extract_facts(parse_article(f"source: urn:test\ntitle: Test\n\n{body}\n"))


def test_hedges_negation_and_future_are_not_asserted():
    facts = _facts(
        "Glass Harbor is a 2021 Canadian drama film directed by Mara Lind. "
        "Glass Harbor did not win the Golden Bear. "
        "Glass Harbor is expected to win Best Picture at the Vista Awards. "
        "Glass Harbor will be released in France on May 2, 2022. "
        "Glass Harbor won Best Film at the Northern Lights Festival."
    )
    awards = [f.object.label for f in facts if f.relation is Relation.AWARD_RECEIVED]
    assert awards == ["Best Film (Northern Lights Festival)"]
    assert not [f for f in facts if f.relation is Relation.PUBLICATION_DATE]


def test_surname_and_pronoun_resolution():
    facts = _facts(
        "Paper Lanterns is a 2019 animated film. It was directed by Hana Okabe. "
        "The film was written by Okabe and scored by Leo Marsh."
    )
    got = triples(facts)
    film = Entity(EntityKind.FILM, "Paper Lanterns")
    assert (film, Relation.DIRECTOR, Entity(EntityKind.PERSON, "Hana Okabe")) in got
    assert (film, Relation.SCREENWRITER, Entity(EntityKind.PERSON, "Hana Okabe")) in got
    assert (film, Relation.COMPOSER, Entity(EntityKind.PERSON, "Leo Marsh")) in got


OTHER = Path(__file__).parent / "fixtures" / "articles"


def _read(name):
    return extract_facts(read_article(OTHER / name))


def test_other_film_encyclopedia_entry():
    facts = _read("wolf-children-encyclopedia.txt")
    film = Entity(EntityKind.FILM, "Wolf Children")
    hosoda = Entity(EntityKind.PERSON, "Mamoru Hosoda")
    got = triples(facts)
    assert (film, Relation.DIRECTOR, hosoda) in got
    assert (film, Relation.SCREENWRITER, hosoda) in got  # "Hosoda" resolved to the full name
    assert (film, Relation.SCREENWRITER, Entity(EntityKind.PERSON, "Satoko Okudera")) in got
    assert (
        film,
        Relation.PRODUCTION_COMPANY,
        Entity(EntityKind.ORGANIZATION, "Studio Chizu"),
    ) in got
    assert (film, Relation.DURATION, Duration(117)) in got
    assert (film, Relation.BOX_OFFICE, Money(Decimal(4_200_000_000), "JPY")) in got
    assert (film, Relation.PUBLICATION_DATE, date(2012, 7, 21)) in got
    assert not [f for f in facts if "Japan Academy Prize" in str(f.object)]  # "did not win"


def test_other_film_festival_listing():
    facts = _read("mirai-listing.txt")
    film = Entity(EntityKind.FILM, "Mirai")
    got = triples(facts)
    assert (film, Relation.DIRECTOR, Entity(EntityKind.PERSON, "Mamoru Hosoda")) in got
    assert (film, Relation.DURATION, Duration(98)) in got
    assert (film, Relation.DISTRIBUTOR, Entity(EntityKind.ORGANIZATION, "Toho")) in got
    [premiere] = [f for f in facts if f.relation is Relation.PREMIERE]
    assert premiere.object == Entity(EntityKind.EVENT, "Cannes Film Festival")
    assert premiere.qualifiers.point_in_time == date(2018, 5, 16)
    assert not [f for f in facts if f.relation is Relation.AWARD_RECEIVED]  # only "expected"


def test_other_film_review_score_is_attributed_to_the_publisher():
    facts = _read("pebble-review.txt")
    film = Entity(EntityKind.FILM, "The Pebble Road")
    [score] = [f for f in facts if f.relation is Relation.REVIEW_SCORE]
    assert score.object == Rating(Decimal(4), Decimal(5))
    assert score.qualifiers.rated_by == Entity(EntityKind.ORGANIZATION, "Test Fixtures")
    got = triples(facts)
    assert (film, Relation.DURATION, Duration(104)) in got
    assert (film, Relation.CAST_MEMBER, Entity(EntityKind.PERSON, "Ana Duval")) in got
    assert not [f for f in facts if f.relation is Relation.PRODUCTION_COMPANY]  # "was not"


def test_festival_and_studio_typed_from_their_names(hen):
    _, facts = hen
    got = triples(facts)
    studio = Entity(EntityKind.ORGANIZATION, "Studio Durian")
    festival = Entity(EntityKind.EVENT, "Annecy International Animation Film Festival")
    assert (studio, Relation.INSTANCE_OF, WorkClass.ANIMATION_STUDIO) in got
    assert (festival, Relation.INSTANCE_OF, WorkClass.FILM_FESTIVAL) in got
    for fact in facts:
        if fact.rule == "type-from-name":
            assert fact.subject.name in fact.evidence.quote
