"""Extraction: the facts the bundled article must give, and none it must not."""

import bisect
import itertools
import multiprocessing
import random
import tomllib
from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import regex as re
from hypothesis import given, settings
from hypothesis import strategies as st

from lookback_kg.articles import parse_article, read_article
from lookback_kg.extract import context, extract_facts, extract_many, names, sentences
from lookback_kg.extract.context import WorkIndex, title_pattern, unlikely_title
from lookback_kg.extract.rules import load_rules
from lookback_kg.extract.sentences import split_sentences
from lookback_kg.model import (
    Duration,
    Entity,
    EntityKind,
    Money,
    Rating,
    Relation,
    WorkClass,
    slugify,
)

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


def _facts(body: str, title: str = "Test"):
    return extract_facts(parse_article(f"source: urn:test\ntitle: {title}\n\n{body}\n"))


def _triples(facts) -> set[tuple[str, str, str | None]]:
    return {(f.subject.name, f.relation.value, getattr(f.object, "name", None)) for f in facts}


def _subjects(facts, relation: str) -> set[str]:
    return {f.subject.name for f in facts if f.relation.value == relation}


def _dates(facts) -> set[tuple[str, str]]:
    return {
        (f.subject.name, str(f.object)) for f in facts if f.relation.value == "publication_date"
    }


def _runtimes(facts) -> set[tuple[str, int]]:
    return {(f.subject.name, f.object.minutes) for f in facts if f.relation.value == "duration"}


def _dev_facts(stem: str):
    """The facts of one dev text, by its file's stem."""
    return extract_facts(read_article(ROOT / "tests/fixtures/dev/articles" / f"{stem}.txt"))


def _scores(facts) -> set[tuple[str, str]]:
    return {
        (f.subject.name, str(f.object.value)) for f in facts if f.relation.value == "review_score"
    }


def test_hedges_negation_and_future_are_not_asserted():
    facts = _facts(
        "Glass Harbor is a 2021 Canadian drama film directed by Mara Lind. "
        "Glass Harbor did not win the Golden Bear. "
        "Glass Harbor is expected to win Best Picture at the Vista Awards. "
        "Glass Harbor will be released in France on May 2, 2022. "
        "Many of us thought it should have won the Jury Prize. "
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


def test_a_character_named_by_one_word_takes_the_full_name_the_text_gives():
    facts = _facts(
        "Paper Lanterns is a 2019 animated film. It follows Mira Okabe, a ferry pilot. "
        "Kaori Mina voices Mira, and Jon Vale plays Sol."
    )
    characters = {f.object.name for f in facts if f.relation is Relation.CHARACTER}
    assert characters == {"Mira Okabe", "Sol"}
    roles = {f.object.name: f.qualifiers.character.name for f in find(facts, Relation.CAST_MEMBER)}
    assert roles == {"Kaori Mina": "Mira Okabe", "Jon Vale": "Sol"}


def test_a_character_is_not_completed_to_a_credited_person_or_to_one_of_two_names():
    facts = _facts(
        "Paper Lanterns is a 2019 film directed by Sol Ferreira. Mira Okabe and Mira Lund "
        "are sisters. Kaori Mina voices Mira, and Jon Vale plays Sol."
    )
    characters = {f.object.name for f in facts if f.relation is Relation.CHARACTER}
    assert characters == {"Mira", "Sol"}


def test_a_title_glossed_in_parentheses_is_not_the_subject_after_them():
    body = (
        'Paper Lanterns (lit. "Salt Wind") is a 2019 film directed by Hana Okabe. '
        "Its title comes from the novel Salt Wind by Ren Oda."
    )
    facts = _facts(body, title="Paper Lanterns")
    film = Entity(EntityKind.FILM, "Paper Lanterns")
    assert (film, Relation.DIRECTOR, Entity(EntityKind.PERSON, "Hana Okabe")) in triples(facts)


def test_a_clause_fronted_before_a_title_credits_that_title():
    body = (
        "Paper Lanterns is a 2019 film by Hana Okabe. Salt Wind (2016) was her first film. "
        "Written and directed by Ren Oda, the animated Salt Wind opened in May."
    )
    facts = _facts(body, title="Paper Lanterns")
    got = triples(facts)
    oda = Entity(EntityKind.PERSON, "Ren Oda")
    assert (Entity(EntityKind.FILM, "Salt Wind"), Relation.DIRECTOR, oda) in got
    assert (Entity(EntityKind.FILM, "Paper Lanterns"), Relation.DIRECTOR, oda) not in got


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


# ------------------------------------------------------- cost: counted, never timed


def _reference_split(body):
    """The splitting rule written plainly: the word before a boundary is the white-space
    delimited token holding the boundary's first mark, up to that mark."""
    spans = []
    line_start = 0
    for line in body.splitlines(keepends=True):
        tokens = list(re.finditer(r"\S+", line))
        ends = [t.end() for t in tokens]
        cut = line_start
        for match in sentences._BOUNDARY.finditer(line):
            token = tokens[bisect.bisect_right(ends, match.start())]
            token = line[token.start() : match.start() + 1]
            before = (token.rstrip(".!?…") or token[0]).lower().rstrip(".")
            if before in sentences.ABBREVIATIONS or re.fullmatch(r"\p{Lu}", before, re.I):
                continue
            if line.startswith("..", match.start()) and line[match.start() - 1 : match.start()] in (
                " ",
                "\t",
            ):
                continue  # a dot leader: "Country ....... Japan"
            if re.fullmatch(r"\s*(?:#|No\.\s?)?\d{1,2}", line[: match.start()]):
                continue  # a list's number: "2. Gbeborun (March 14)"
            if re.fullmatch(r"\s*\([^()\n]*\)\s*", line[match.end() :]):
                continue  # only a bracket follows on the line: "3. Honk! (March 21)"
            inside = line[cut - line_start : match.start()]
            if inside.count("(") > inside.count(")"):
                continue  # inside an aside
            sentences._add(spans, body, cut, line_start + match.end())
            cut = line_start + match.end()
        sentences._add(spans, body, cut, line_start + len(line))
        line_start += len(line)
    return spans


SOUP = ["Dr", "e.g", "U.S", "A", "Ab", "b", " ", " ", "  ", ".", ".", "!", "?", "…", "\n",
        "\u2028", "\x1f", '"', "”", ")", "(", "“", "1", "approx", "\t", "É", "\u00a0"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SOUP), max_size=60).map("".join))
def test_sentence_splitting_follows_the_plain_rule(body):
    assert split_sentences(body) == _reference_split(body)


def test_sentence_splitting_of_a_large_body_follows_the_plain_rule():
    rng = random.Random(5)
    body = "".join(rng.choice(SOUP) for _ in range(200_000))
    assert split_sentences(body) == _reference_split(body)


def test_the_word_before_each_boundary_is_read_once(monkeypatch):
    """The words searched before boundaries never overlap, so one pass costs the line once
    (the search used to rescan the line from its start at every boundary)."""
    windows = []

    class Recording:
        def search(self, text, start, end):
            windows.append((start, end))
            return LAST_WORD.search(text, start, end)

    LAST_WORD = sentences._LAST_WORD
    monkeypatch.setattr(sentences, "_LAST_WORD", Recording())
    body = "Ab. " * 20_000 + "Dr. No. " * 5_000
    spans = split_sentences(body)
    assert len(spans) == 20_000 + 5_000
    assert len(windows) == 20_000 + 2 * 5_000 - 1  # each "Ab.", "Dr." and "No." but the last
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(windows))
    assert sum(end - start for start, end in windows) <= len(body)


def test_a_name_is_at_most_its_bounds():
    """A run of capitalised words, or a word, past what any name holds is cut into names of
    the bounded size: a regex failing after a name then rescans a bounded stretch only."""
    run = " ".join(f"W{n:03d}" for n in range(100))
    lengths = [len(m.group().split()) for m in re.finditer(names.NAME, run)]
    assert lengths == [names.MAX_NAME_WORDS] * 4 + [100 - 4 * names.MAX_NAME_WORDS]
    assert [len(m.group()) for m in re.finditer(names.CAP, "A" * 200)] == [65, 65, 65, 5]
    title = "The Girl Who Leapt Through Time and the Boy and the Heron of the Year 2"
    assert re.fullmatch(names.TITLE, title)  # real titles are far inside the bounds


TITLE_SOUP = ["Ab", "ab", "AB", "Look", "back", "ß", "SS", "ẞ", "ı", "I", "i", "İ", "Σ", "ς",
              "é", "e\u0301", "K", "ſ", "500", "(", "'", "’", "-", ":", " ", " ", "★"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(TITLE_SOUP), min_size=1, max_size=5), min_size=1, max_size=6),
    st.lists(st.sampled_from(TITLE_SOUP), max_size=40),
)
def test_work_index_finds_what_every_title_pattern_finds(titles, text):
    works = [Entity(EntityKind.WORK, "".join(t).strip() or "Ab") for t in titles]
    text = "".join(text)
    expected = [(w, m.start()) for w in works for m in title_pattern(w.name).finditer(text)]
    assert WorkIndex(works).mentions(text) == expected


def test_work_index_tries_only_titles_whose_words_are_there(monkeypatch):
    """An article naming a new work in every sentence used to try every known title on every
    sentence (quadratic); now a title's pattern runs only where its words are."""
    tried = []

    class Counting:
        def __init__(self, title):
            self.title, self.pattern = title, title_pattern(title)

        def match(self, text, pos):
            tried.append(self.title)
            return self.pattern.match(text, pos)

        def finditer(self, text):
            tried.append(self.title)
            return self.pattern.finditer(text)

    monkeypatch.setattr(context, "title_pattern", Counting)
    works = [Entity(EntityKind.WORK, f"Ab{n} Saga") for n in range(2_000)]
    index = WorkIndex(works)
    found = index.mentions("Ab7 is a saga; the Ab1999 Saga is not Ab7 Saga's.")
    assert found == [(works[7], 38), (works[1999], 19)]  # in the order works were met
    assert sorted(tried) == ["Ab1999 Saga", "Ab7 Saga"]


def test_rules_run_once_over_each_sentence():
    """Both passes of extraction read the same matches: a rule runs over a sentence once, not
    once per pass, and only where its trigger words are."""
    calls = Counter()

    class Counting:
        def __init__(self, rule_id, pattern):
            self.rule_id, self.pattern = rule_id, pattern
            self.groupindex = pattern.groupindex

        def finditer(self, text, overlapped=False):
            calls[self.rule_id, text] += 1
            return self.pattern.finditer(text, overlapped=overlapped)

    rules = tuple(replace(rule, pattern=Counting(rule.id, rule.pattern)) for rule in load_rules())
    article = read_article(ARTICLES / "look-back-hen.txt")
    plain = extract_facts(article)
    assert extract_facts(article, rules) == plain
    assert set(calls.values()) == {1}
    sentences = {s.text for s in split_sentences(article.body)}
    assert calls.keys() == {
        (rule.id, text)
        for rule in load_rules()
        for text in sentences
        if rule.trigger is None or rule.trigger.search(text)
    }


def test_a_credit_label_alone_on_its_line_reads_the_names_on_the_next():
    """Listings write "Director" on one line and the names on the next, surnames often in
    capitals; a section heading followed by prose is not a credit."""
    body = (
        "Moon Harbor is a 2023 film.\n"
        "Director\nAna RUIZ, KIM Jo\n"
        "Music\nLeo Park\n"
        "Production\nIn March 2023, Studio Kaze announced the film.\n"
    )
    article = parse_article(f"source: urn:x:label-lines\ntitle: Moon Harbor\n\n{body}")
    facts = {
        (f.relation.value, f.object.name)
        for f in extract_facts(article)
        if f.rule == "credit-listing"
    }
    # names as people write them; the quote keeps the capitals as the listing prints them
    assert facts == {("director", "Ana Ruiz"), ("director", "Kim Jo"), ("composer", "Leo Park")}
    [quote] = {
        f.evidence.quote
        for f in extract_facts(article)
        if f.rule == "credit-listing" and f.object.name == "Leo Park"
    }
    assert quote == "Music\nLeo Park"


@pytest.mark.parametrize(
    ("title", "body", "film"),
    [
        (
            "small hours. | New Currents Competition | Lakeshore Film Festival",
            "Programme › New Currents Competition › small hours.\n\nsmall hours.\n\n"
            "A clerk hears a voice. small hours. is directed by Ana Ruiz.\n",
            "small hours.",
        ),
        (
            "Moon Harbor: The Return (2023)",
            "Moon Harbor: The Return\n\nThe sequel to Moon Harbor opens on Friday. "
            "Moon Harbor: The Return runs 98 minutes.\n",
            "Moon Harbor: The Return",
        ),
        (
            "Golden Crane Award for Best Animated Film goes to Tide",
            "The Golden Crane Award for Best Animated Film went to Tide. Tide is a 2023 "
            "French film. The Golden Crane Award for Best Animated Film is given each year.\n",
            "Tide",
        ),
        (
            "Rewatching a classic",
            "I saw it again last week. I cried. Paper Sky is a 2001 Japanese animated film. "
            "I still love Paper Sky.\n",
            "Paper Sky",
        ),
        (
            "Tokyo opening for Paper Sky",
            "Paper Sky opened in Tokyo on Friday. Crowds in Tokyo queued for hours. "
            "Paper Sky is a 2024 animated film.\n",
            "Paper Sky",
        ),
        (  # a review headline: the part before "review"
            "Salt Lantern review: a quiet thriller with a loud heart",
            "Mara Hollis knows quiet. Her new thriller Salt Lantern runs 95 minutes, and Hollis "
            "fills every one of them. Hollis said she wrote it in a month.\n",
            "Salt Lantern",
        ),
        (  # the name in quotes, in capitals; a rating after a listing's title
            'Buyer takes "PAPER SKY" for the autumn',
            "Larkspur Films has bought Paper Sky. Paper Sky opens in October.\n",
            "Paper Sky",
        ),
        (
            "Saltmarsh (15) | Book now | The Regal",
            "Saltmarsh\n\nA ferry captain loses her nerve. Saltmarsh is a British drama.\n",
            "Saltmarsh",
        ),
        (  # the page title's fuller name beats a shorter one inside it
            "Ana Ruiz's Pinocchio | Family weekend | Kino Arcade",
            "Ana Ruiz's Pinocchio\n\nPinocchio wakes. Pinocchio runs. Pinocchio lies.\n",
            "Ana Ruiz's Pinocchio",
        ),
        (  # a title with an exclamation mark and a colon subtitle, named by the body only
            "Running manga gets a spring film",
            "The first feature in the Kazehane! series, Kazehane! The Movie: Wings Over Shonan, "
            "opens in April. Kazehane! The Movie: Wings Over Shonan is a 2026 anime film.\n",
            "Kazehane! The Movie: Wings Over Shonan",
        ),
        (  # a body that opens by repeating its headline: the headline's clauses are not titles
            "Tide wins at Harbor Awards - Director Ana Ruiz thanks her crew",
            "Tide wins at Harbor Awards - Director Ana Ruiz thanks her crew\n\nTide, the 2023 "
            "film, won Best Film. Tide is a French film.\n",
            "Tide",
        ),
        (  # an apostrophe is not a quote mark; the quoted title keeps its lower-case words
            "Ana Ruiz's 'La casa de Tomé' wins the Golden Crane",
            "Ana Ruiz's La casa de Tomé won the Golden Crane. Tomé is a boy. Tomé swims.\n",
            "La casa de Tomé",
        ),
        (  # the few words an entry opens with, as the page title gives them
            "Jökullinn sem fór",
            "Jökullinn sem fór is a 2021 Icelandic documentary film about Hrafnajökull. "
            "Hrafnajökull melted. Hrafnajökull was small.\n",
            "Jökullinn sem fór",
        ),
        (  # a colon title written in full before its head alone
            "Box office: 'Jade Kite' leads again",
            "Jade Kite: Return to Qinghe stayed on top. Jade Kite has grossed 1 billion yuan.\n",
            "Jade Kite: Return to Qinghe",
        ),
        (  # a common word before "Season": a title, not a maker's season of films
            "Swarm Season (2025) | CritiCount",
            'Swarm Season\n2025, Horror, 1h 47m\n\n"Tense." Dana Whitlock, The Ledger · '
            'Original Score: 3.5/4\n"Creepy." Marcus Ellery, Slate · Original Score: 4/5\n'
            '"Smart." Priya Nandakumar, Review · Original Score: 8/10\n',
            "Swarm Season",
        ),
        (  # a title whose last word names companies elsewhere ("Focus Features")
            "Identifying Features - Wikipedia",
            "Identifying Features\nDirected by: Ana Ruiz\n\nIdentifying Features is a 2020 "
            "Mexican drama film directed by Ana Ruiz, from a screenplay she co-wrote with Astrid "
            "Rondero. Astrid Rondero produced it. Astrid Rondero edited it.\n",
            "Identifying Features",
        ),
        (  # a cited headline's dateline before the title the page title gives alone
            "Salt Lantern – Wikipedia",
            "Salt Lantern\n\nRelease\nSalt Lantern premiered at Cannes on 19 May 2019. Salt "
            "Lantern won the Queer Palm. Salt Lantern opened in France.\n\nReferences\n"
            '1. ^ "Cannes: Salt Lantern wins Queer Palm". Screen Notes. 25 May 2019.\n',
            "Salt Lantern",
        ),
        (  # a programme's entry: a heading in capitals, its translation, a line of facts
            "Autumn Season - Harbour Film Club",
            "HARBOUR FILM CLUB\n\nTHE COPPER KITE\n(O Papagaio de Cobre)\n"
            "Portugal | 98 mins | Dir: Ana Ruiz\n\nA widow on the Aveiro lagoon (Ruiz) takes in "
            "her brother. Aveiro floods. The Aveiro pans close.\n",
            "The Copper Kite",
        ),
        (  # a discussion site's thread: its template words, a spoiler tag and the board
            "Official Discussion - Copper Tide [SPOILERS] : c/movies",
            "cinemaboard › c/movies\n\nOfficial Discussion - Copper Tide [SPOILERS]\n"
            "Posted by u/c_movies_bot\n\nSummary:\nTamsin Rook, a salvage pilot, is stranded "
            "on an ore hauler. Tamsin Rook tows it home.\n\nDirector:\nAna Ruiz\n",
            "Copper Tide",
        ),
        (  # a paper's section in its menus, and the English summary's gloss in brackets
            "Recension: Kopparvågen – en stillsam film | Kultur | Norrbottens Blad",
            "NYHETER  SPORT  KULTUR  NÖJE  DEBATT\n\nKULTUR · FILM · RECENSION\n\n"
            "Kopparvågen – en stillsam film\n\nDet tar en stund innan Kopparvågen växer. "
            "Kopparvågen är ett drama.\n\nIN ENGLISH\nCopper Wave (Kopparvågen), the first "
            "feature by Elin Berg, is a quiet drama.\n",
            "Kopparvågen",
        ),
        (  # a German headline quotes its titles „so“: the quote marks end the title
            "Produktionsspiegel KW 5: Drehstart für „Kupferflut“, Deal für „Grauzone“ | Kinowoche",
            "Produktionsspiegel KW 5: Drehstart für „Kupferflut“, Deal für „Grauzone“\n\n"
            "DREHSTART\n„Kupferflut“: Ana Ruiz dreht in Brandenburg\n\nSeit Montag laufen "
            "die Dreharbeiten zu „Kupferflut“. Kupferflut ist ein Familiendrama. Kupferflut "
            "kommt 2027.\n\nVERKÄUFE\n„Grauzone“ geht nach Frankreich.\n",
            "Kupferflut",
        ),
        (  # an auction's lot number before the film's title in capitals
            "Lot 147 - COPPER TIDE, 1962. Affiche originale française | Ferrand & Associés",
            "Sale: FILM POSTERS\n\nLot 147\nCOPPER TIDE (1962)\nAn original poster for "
            "Copper Tide, directed by Ana Ruiz. Lot 147 is linen-backed. Lot 147 is folded.\n",
            "Copper Tide",
        ),
        (
            # a Korean blog: the title field and the prose give the film in Hangul, and the
            # English summary at the foot glosses it the other way round; "후기" is "review"
            "[영화 리뷰] 바람의 집 (The House of Wind) 후기 - 섬에 남은 사람들",
            "📌 영화 정보\n제목: 바람의 집 (The House of Wind)\n감독: 한지원\n\n"
            "어제 〈바람의 집〉을 봤어요. 〈바람의 집〉은 첫 장편이에요.\n\n"
            "The House of Wind (바람의 집) is Han Ji-won's first feature. "
            "The House of Wind runs 98 minutes.\n",
            "바람의 집",
        ),
    ],
)
def test_which_film_from_the_page_title_never_an_award_the_writer_or_a_city(title, body, film):
    article = parse_article(f"source: urn:x:film\ntitle: {title}\n\n{body}")
    found = context.find_film(article, sentences.split_sentences(article.body))
    assert found is not None and found.name == film


def test_a_distributor_named_in_every_entry_of_a_guide_is_not_the_film():
    body = (
        "Ana Ruiz has revealed her next feature. Salt Wind (2019). It opened through Larkmoor "
        "on May 2. Tide Road (2021). Larkmoor released it in June. Moss (2023). Made at "
        "Petrel, it was released by Larkmoor. Larkmoor holds the rights to all three. Larkmoor "
        "released the film in Spain.\n"
    )
    article = parse_article(f"source: urn:x:guide\ntitle: A guide to Ana Ruiz's features\n\n{body}")
    found = context.find_film(article, sentences.split_sentences(article.body))
    assert found is not None and found.name in {"Salt Wind", "Tide Road", "Moss"}


def test_a_place_inside_a_festival_name_is_not_a_mention_of_a_film():
    body = (
        "Northlight has bought Salt Wind, which premiered at the Annecy International "
        "Animation Film Festival. Salt Wind is a 2024 French animated film. The studio is "
        "a familiar name at Annecy.\n"
    )
    article = parse_article(f"source: urn:x:annecy\ntitle: Buyer lands Annecy hit\n\n{body}")
    found = context.find_film(article, sentences.split_sentences(article.body))
    assert found is not None and found.name == "Salt Wind"


def test_in_a_text_about_several_films_a_fact_hangs_on_the_film_its_sentence_names():
    body = (
        "Copper Tide is a 2023 Danish film directed by Mara Hollis. "
        "Salt Lantern (2019) is her earlier work. Salt Lantern runs 88 minutes.\n"
        "Copper Tide runs 102 minutes.\n"
    )
    article = parse_article(f"source: urn:x:two-films\ntitle: Copper Tide\n\n{body}")
    runtimes = {
        (f.subject.name, f.object.minutes)
        for f in extract_facts(article)
        if f.relation.value == "duration"
    }
    assert runtimes == {("Salt Lantern", 88), ("Copper Tide", 102)}


def test_a_ranked_entry_heading_with_country_and_year_starts_that_films_section():
    facts = _facts(
        "The five best animated features from the north, counted down.\n\n"
        "3. The Salt Orchard (Norway, 2021)\nA girl tends her late father's trees. It runs 88 "
        "minutes.\n\n2. Copper Tide (Denmark/Sweden, 2023)\nA harbour town floods. It runs "
        "102 minutes.",
        title="Five from the north",
    )
    runtimes = _runtimes(facts)
    assert runtimes == {("The Salt Orchard", 88), ("Copper Tide", 102)}


def test_a_winners_list_entry_is_its_films_section_and_a_data_sheet_line_is_not():
    facts = _facts(
        "The jury gave out three prizes.\n\nBest Film\nKolm talve (Three Winters)\n"
        "Dir. Aino Lepp | Estonia | 97 min\nA herder sells her reindeer. It is in Estonian.\n\n"
        "Jury Prize\nThe Salt Road\nDir. Tomas Briain | Ireland | 112 min\nA father walks "
        "the pilgrim route.\n\nRunning time ......... 1 h 28 min\nGenre ........ drama",
        title="Baltic jury winners",
    )
    got = _triples(facts)
    assert ("Kolm talve", "director", "Aino Lepp") in got
    assert ("The Salt Road", "director", "Tomas Briain") in got
    assert {s for s, r, _ in got if r == "duration"} >= {"Kolm talve", "The Salt Road"}
    assert not any("Running time" in s for s, _, _ in got)


def test_in_a_retrospective_the_makers_name_is_no_film_and_it_is_the_entrys_film():
    facts = _facts(
        "Few directors are as patient as Ana Ruiz-Vela. We show three of her features.\n\n"
        "Salt Wind (2015)\nRuiz-Vela's first feature follows a ferry captain. It runs 95 "
        "minutes.\n\nTide Road (2019)\nRuiz-Vela's second feature is a comedy. It runs 88 "
        "minutes.\n\nMoss (2023)\nMoss is the first film since Salt Wind that Ruiz-Vela did "
        "not write. It runs 101 minutes.",
        title="Ana Ruiz-Vela: a retrospective",
    )
    runtimes = _runtimes(facts)
    assert runtimes == {("Salt Wind", 95), ("Tide Road", 88), ("Moss", 101)}


def test_a_round_up_of_headings_in_capitals_gives_each_film_its_section_not_a_menu():
    facts = _facts(
        "THE REGAL HARWICK\nNow Showing | Coming Soon | Events | Gift Vouchers | Log in\n\n"
        "Two new releases reach cinemas on Friday, and both are worth the trip.\n\n"
        "KALDT VANN (Cold Water)\nA ferry captain in Bergen loses her nerve after a storm. "
        "It runs 102 minutes.\n\nTHE QUIET ORCHARD\nThree families of apple growers spend a "
        "hard year in Herefordshire. It runs 88 minutes.",
        title="Opening this week",
    )
    runtimes = _runtimes(facts)
    assert runtimes == {("Kaldt Vann", 102), ("The Quiet Orchard", 88)}


def test_a_new_block_is_about_the_film_again_not_the_film_the_last_paragraph_named():
    body = (
        "Copper Tide (2023)\n\nMara Hollis's first feature, Salt Lantern (2019), ran 78 "
        "minutes.\n\nGenre: Thriller\nLanguage: Danish\n"
    )
    article = parse_article(f"source: urn:x:blocks\ntitle: Copper Tide\n\n{body}")
    facts = {
        (f.subject.name, f.relation.value)
        for f in extract_facts(article)
        if f.relation.value in ("genre", "original_language")
    }
    assert facts == {("Copper Tide", "genre"), ("Copper Tide", "original_language")}


@pytest.mark.parametrize(
    ("second", "kept"),
    [
        # another, unnamed work: its facts are nobody's
        ("Hollis had no part in that earlier film, which was directed by Ana Ruiz.", set()),
        ("A stage version, directed by Ana Ruiz, premiered at the Harbor Theatre.", set()),
        ("Ana Ruiz's 2010 ballet film, starring Kaori Mina, shares its mirror tricks.", set()),
        ("The restoration premiered at the Harbor Festival last week.", set()),
        ("It adapts Colibri, the 2017 short film that won the Lantern Prize.", set()),
        # another work named in apposition: its facts hang on it
        ("Her previous film, Salt Wind, ran 84 minutes.", {("Salt Wind", "duration")}),
        # the phrase is said of the film itself
        ("Copper Tide is her debut feature and runs 95 minutes.", {("Copper Tide", "duration")}),
        ("Copper Tide, her debut, runs 95 minutes.", {("Copper Tide", "duration")}),
    ],
)
def test_facts_of_another_work_do_not_hang_on_the_film(second, kept):
    body = f"Copper Tide is a 2023 Danish film written by Mara Hollis. {second}\n"
    article = parse_article(f"source: urn:x:other\ntitle: Copper Tide\n\n{body}")
    relations = ("director", "cast_member", "premiere", "duration", "award_received")
    found = {
        (f.subject.name, f.relation.value)
        for f in extract_facts(article)
        if f.relation.value in relations
    }
    assert found == kept


def test_the_film_is_the_film_the_last_sentence_named():
    body = (
        "Copper Tide held the top spot for a third weekend. The weekend's newcomer, the horror "
        "film Cellar Hymn, opened third. The film sits at 34% on Rotten Tomatoes.\n"
    )
    article = parse_article(f"source: urn:x:chart\ntitle: Copper Tide holds\n\n{body}")
    scores = {f.subject.name for f in extract_facts(article) if f.relation.value == "review_score"}
    assert scores == {"Cellar Hymn"}


def test_a_heading_that_names_a_film_starts_its_section():
    """A review roundup: what follows a heading that names a film (in capitals, or with a
    star rating) is about that film until the next heading."""
    body = (
        "Two new releases this week.\n\n"
        "COPPER SKY ★★★★☆\n"
        "Director: Wade Harlan. 2h 8m.\n"
        "A slow western about a homesteader. It premiered at the Telluride Film Festival.\n\n"
        "SALT LANTERN ★★☆☆☆\n"
        "Director: Mei Ashworth. 96 mins.\n"
        "The first Copper Sky took 40 million dollars worldwide; this one is thinner.\n"
    )
    article = parse_article(f"source: urn:x:roundup\ntitle: Review roundup\n\n{body}")
    facts = {
        (f.subject.name, f.relation.value, str(getattr(f.object, "name", f.object)))
        for f in extract_facts(article)
        if f.relation.value in ("director", "premiere", "box_office")
    }
    assert ("Copper Sky", "director", "Wade Harlan") in facts
    assert ("Copper Sky", "premiere", "Telluride Film Festival") in facts
    assert ("Salt Lantern", "director", "Mei Ashworth") in facts
    assert not any(s == "Salt Lantern" and r == "box_office" for s, r, _ in facts)


def test_a_title_with_its_makers_name_is_the_film_and_its_short_form_names_it():
    facts = _facts(
        "Three puppet films, ranked.\n\n2. Copper Tide (2019)\nA harbour floods. It runs 88 "
        "minutes.\n\n1. Ana Ruiz's Pinocchio (2022)\nThis Pinocchio runs 117 minutes, and "
        "Pinocchio won the Golden Crane. Don't mix it up with Jo Park's live-action Pinocchio "
        "from the same year, where Tom Vale plays Geppetto.",
        title="Three puppet films, ranked",
    )
    got = _triples(facts)
    assert ("Ana Ruiz's Pinocchio", "award_received", "Golden Crane") in got
    assert _runtimes(facts) == {("Copper Tide", 88), ("Ana Ruiz's Pinocchio", 117)}
    assert not any(obj == "Tom Vale" for _, _, obj in got if obj)
    assert not any(subject == "Pinocchio" for subject, _, _ in got)


def test_cast_lists_under_their_label_read_each_line():
    facts = _facts(
        "Copper Tide (2023)\n\nVOICE CAST\n\nKaori Mina – Mira\n• Jon Vale — the Ferryman\n"
        "Sol Okada ......... HONDA Rei\n\nA harbour floods.",
        title="Copper Tide",
    )
    cast = {
        (f.object.name, f.qualifiers.character.name if f.qualifiers.character else None)
        for f in facts
        if f.relation.value == "cast_member"
    }
    assert cast == {("Kaori Mina", "Mira"), ("Jon Vale", "Ferryman"), ("Honda Rei", "Sol Okada")}


def test_a_numbered_list_opens_an_entry_for_each_title_however_styled():
    facts = _facts(
        "Five films to see in March: a Lagos heist and a goose.\n\n"
        "1. the salt kite of pemba (March 7)\nA girl flies a kite. It runs 93 minutes.\n\n"
        "2. Honk! (March 21)\nA very angry goose. Directed by Tom Vale, it runs 81 minutes.\n\n"
        "3. Sable & Ash: The Winter Crown (March 28)\nA queen returns. It runs 102 minutes.",
        title="Five films to see in March: a Lagos heist and a goose",
    )
    assert _runtimes(facts) == {
        ("the salt kite of pemba", 93),
        ("Honk!", 81),
        ("Sable & Ash: The Winter Crown", 102),
    }
    assert ("Honk!", "director", "Tom Vale") in _triples(facts)


def test_numbers_that_do_not_count_a_list_open_no_entries():
    facts = _facts(
        "Copper Tide is a 2023 film. It runs 88 minutes.\n\n"
        "2. Honk! (March 21)\nA goose. It runs 81 minutes.\n\n"
        "7. Winter Kite (May 2)\nIt runs 95 minutes.",
        title="Copper Tide",
    )
    assert _runtimes(facts) == {("Copper Tide", 88), ("Copper Tide", 81), ("Copper Tide", 95)}


def test_a_stylised_title_ending_in_a_full_stop_leads_its_encyclopedia_entry():
    facts = _facts(
        "lull. (stylised in lower case) is a 2024 Japanese animated drama film directed by "
        "Aya Kishinami.",
        title="lull. - Filmopedia",
    )
    got = _triples(facts)
    assert ("lull.", "country_of_origin", "Japan") in got
    assert ("lull.", "director", "Aya Kishinami") in got


def test_a_place_that_qualifies_a_noun_is_not_the_film():
    facts = _facts(
        "Three new releases.\n\nNORTH WIND (Kuzey)\n"
        "Cem Aydin's saga is set in a Kreuzberg tenement. It runs 128 minutes. "
        "A Kreuzberg landlord plays himself.",
        title="Opening this weekend: a Kreuzberg saga",
    )
    assert _runtimes(facts) == {("North Wind", 128)}


def test_a_retrospectives_entries_are_its_makers_films():
    facts = _facts(
        "Few directors are as patient as Ana Ruiz. This season we show four of her animated "
        "features.\n\nCopper Tide (2009)\nA harbour floods.\n\nWinter Kite (2013)\nA boy "
        "flies a kite.\n\nSalt Wind (2019)\nCo-directed by Jo Park, it follows a gull.",
        title="A Ana Ruiz retrospective",
    )
    got = _triples(facts)
    assert ("Copper Tide", "director", "Ana Ruiz") in got
    assert ("Winter Kite", "director", "Ana Ruiz") in got
    assert ("Winter Kite", "instance_of", "ANIMATED_FILM") in got
    assert not any(s == "Salt Wind" and o == "Ana Ruiz" for s, r, o in got if r == "director")
    kinds = {f.object.name for f in facts if f.relation.value == "instance_of"}
    assert kinds == {"ANIMATED_FILM"}


def test_a_retrospective_in_prose_gives_its_maker_the_films_it_tags_with_a_year():
    facts = _facts(
        "Next week we show the features of Ana Ruiz.\n\nHer first, Copper Tide (2009), "
        "is about a flood. Winter Kite (2013) follows a boy. Salt Wind (2019) was "
        "directed by Jo Park with her help; it beat Red Moon at the box office.",
        title="An Ana Ruiz primer",
    )
    got = _triples(facts)
    assert ("Copper Tide", "director", "Ana Ruiz") in got
    assert ("Winter Kite", "director", "Ana Ruiz") in got
    assert ("Salt Wind", "director", "Jo Park") in got
    assert ("Salt Wind", "director", "Ana Ruiz") not in got
    assert not any(s == "Red Moon" for s, r, o in got if r == "director")


def test_a_marked_entry_heading_keeps_its_title_in_its_own_languages_case():
    facts = _facts(
        "This season we show the complete features of Senegalese director Ana Ruiz.\n\n"
        "■ Le Fleuve sans nom (1998)\n• 92 minutes · Wolof · Senegal\n• With Awa Ndoye, "
        "Jo Park\n\nA fisherman will not leave.\n\n"
        "■ Dakar, minuit (2011)\n• 1h 58m · French\n\nA taxi at night.\n\n"
        "■ La Pirogue d'or (2001) – a note\n• 101 minutes\n\nIt was directed by her "
        "brother, Cheikh Ba.",
        title="Retrospective",
    )
    got = _triples(facts)
    assert ("Le Fleuve sans nom", "cast_member", "Awa Ndoye") in got
    assert ("Le Fleuve sans nom", "director", "Ana Ruiz") in got
    assert ("Dakar, minuit", "director", "Ana Ruiz") in got
    assert ("La Pirogue d'or", "director", "Cheikh Ba") in got
    assert ("La Pirogue d'or", "director", "Ana Ruiz") not in got
    assert _runtimes(facts) == {
        ("Le Fleuve sans nom", 92),
        ("Dakar, minuit", 118),
        ("La Pirogue d'or", 101),
    }


def test_a_headline_that_describes_the_film_leaves_its_other_part_to_the_post():
    facts = _facts(
        "Notes from a harbour bench\n\nI went to see The Lamp on Pier Street at a matinee "
        "and loved it. Mira (Ana Lee) runs a lamp shop.\n\n• Director: Jo Park",
        title="Notes from a harbour bench — on Jo Park's new film",
    )
    assert ("The Lamp on Pier Street", "director", "Jo Park") in _triples(facts)
    assert not any(f.subject.name.startswith("Notes") for f in facts)


def test_a_theme_list_ends_before_an_adverb_and_its_pronoun():
    facts = _facts(
        "Copper Tide is a 2023 film. It's a film about grief and about friendship, and "
        "somehow it is never preachy."
    )
    themes = {f.object.name for f in facts if f.relation.value == "main_subject"}
    assert themes == {"grief", "friendship"}


def test_money_written_as_much_of_europe_writes_it():
    facts = _facts(
        "Copper Tide is a 2023 film. It has made R$ 3,2 milhões so far. In Portugal it "
        "grossed € 3.900.000."
    )
    grosses = {f.object.amount for f in facts if f.relation.value == "box_office"}
    assert grosses == {3200000, 3900000}


def test_a_cast_list_that_gives_the_parts_first_is_read_the_other_way_round():
    facts = _facts(
        "Copper Tide is a 2023 animated film.\n\nVOICE CAST\nLupita .............. Renata "
        "Olvera\nPancho .............. Emilio Santibáñez\nAbuelo Chuy ......... Arturo Medina"
    )
    parts = {(f.object.name, f.qualifiers.character.name) for f in facts if f.qualifiers.character}
    assert parts == {
        ("Renata Olvera", "Lupita"),
        ("Emilio Santibáñez", "Pancho"),
        ("Arturo Medina", "Abuelo Chuy"),
    }


def test_a_roundups_entries_are_titles_with_their_country_and_score():
    facts = _facts(
        "Here are the films we saw.\n\nMatatu Blues (Kenya) — 4/5\nWanjiru Otieno's debut "
        "is a comedy set in a minibus. Shot in Swahili and English, it runs 104' and took "
        "KSh 14 million.\n\nNight Fire (South Africa) — 4/5\nSipho Mahlangu's thriller "
        "follows a nurse.\n\nTHE AWARDS\n\nGolden Heron for Best Feature Film\nNominees: "
        "Matatu Blues (Kenya); Night Fire (South Africa)\nWinner: Matatu Blues",
        title="Kisumu 2024: our festival roundup",
    )
    got = _triples(facts)
    assert ("Matatu Blues", "original_language", "Swahili") in got
    assert ("Matatu Blues", "director", "Wanjiru Otieno") in got
    assert ("Night Fire", "director", "Sipho Mahlangu") in got
    assert _runtimes(facts) == {("Matatu Blues", 104)}
    grosses = {
        (f.subject.name, f.object.currency) for f in facts if f.relation.value == "box_office"
    }
    assert grosses == {("Matatu Blues", "KES")}
    assert not any(f.subject.name.startswith("Nominees") for f in facts)


def test_a_charts_rows_give_each_film_its_language_and_takings():
    facts = _facts(
        "A Tamil release took the top spot.\n\n| # | Film | Language | Weekend | Total |\n"
        "|---|---|---|---|---|\n| 1 | Thunder of Kaveri | Tamil | ₹22.5 cr | ₹22.5 cr |\n"
        "| 2 | Raat Ki Rani | Hindi | ₹9.8 cr | ₹41.3 cr |\n\nThunder of Kaveri\nIt opened "
        "on Friday.\n\nWorldwide gross — ₹60 crore (makers' figure, unverified)",
        title="Weekend box office: 'Thunder of Kaveri' storms to the top",
    )
    got = {(f.subject.name, f.object.amount) for f in facts if f.relation.value == "box_office"}
    assert got == {
        ("Thunder of Kaveri", 225000000),
        ("Raat Ki Rani", 98000000),
        ("Raat Ki Rani", 413000000),
    }
    assert ("Raat Ki Rani", "original_language", "Hindi") in _triples(facts)


def test_an_award_lines_film_is_described_after_a_comma():
    facts = _facts(
        "The Tenth Winter won the Golden Reindeer.\n\nOther awards\n• Special Jury Prize — "
        "Los Últimos Peces, a Chilean film directed by Tomás Echeverría\n• Special Mention — "
        "Black Lake Ferry, a documentary from Estonia\n\nThe festival ends today.",
        title="The Tenth Winter takes the Golden Reindeer",
    )
    got = _triples(facts)
    assert ("Los Últimos Peces", "award_received", "Special Jury Prize") in got
    assert ("Los Últimos Peces", "country_of_origin", "Chile") in got
    assert ("Los Últimos Peces", "director", "Tomás Echeverría") in got
    assert ("Black Lake Ferry", "instance_of", "DOCUMENTARY_FILM") in got
    assert ("Black Lake Ferry", "country_of_origin", "Estonia") in got


def test_a_catalogue_entry_in_dashed_fields_and_a_credit_row_set_apart_by_tabs():
    facts = _facts(
        "The feature is preceded by a short film.\n\n== CANOA ==\nShort film — Argentina\n"
        "Running time — 14'\n\n== O RIO QUE SECOU ==\nFeature-length documentary — Brazil\n"
        "Running time — 97 minutes\n\nCredits\nDirection\tRenata Albuquerque\n"
        "Screenplay\tRenata Albuquerque\tMarcos Tupinambá\nCo-production\tTV Rio Negro\n\n"
        "Cast\nMargit Sell\tHanna Wöhler",
        title="Programme 3",
    )
    got = _triples(facts)
    assert ("Canoa", "instance_of", "SHORT_FILM") in got
    assert ("Canoa", "country_of_origin", "Argentina") in got
    assert ("O Rio Que Secou", "instance_of", "DOCUMENTARY_FILM") in got
    assert ("O Rio Que Secou", "director", "Renata Albuquerque") in got
    assert ("O Rio Que Secou", "screenwriter", "Marcos Tupinambá") in got
    assert ("O Rio Que Secou", "production_company", "TV Rio Negro") in got
    assert ("O Rio Que Secou", "cast_member", "Hanna Wöhler") not in got
    assert _runtimes(facts) == {("Canoa", 14), ("O Rio Que Secou", 97)}


def test_a_film_pages_facts_line_and_its_storyline_heading():
    facts = _facts(
        "By the film desk · 27 December 2024 · 12 min read\n\nAYABA: QUEEN OF THE NIGHT "
        "MARKET\nFeature film · Drama · 1h 52m · Yoruba, English\n\nSTORYLINE\n\nA trader "
        "inherits a stall. Told partly in flashback through Young Ayaba, the film deals with "
        "grief.",
        title="Ayaba: Queen of the Night Market — Full Cast & Crew",
    )
    got = _triples(facts)
    film = "Ayaba: Queen of the Night Market"
    assert (film, "original_language", "Yoruba") in got
    assert (film, "genre", None) in got
    assert _runtimes(facts) == {(film, 112)}
    assert {s for s, _, _ in got} == {film}


def test_a_film_pages_labels_over_their_values():
    facts = _facts(
        "AYABA (2024)\n\nFilm Editing by\nNgozi Amadi\n\nOriginal Music by\nSegun Afolabi\n\n"
        "Distributed by\nEko Screen Distribution\n\nNigerian theatrical release\n14.03.2024\n\n"
        "BOX OFFICE (NIGERIA)\n\nOpening weekend\n₦62,400,000\n\nCumulative gross to "
        "02.06.2024\n₦318,750,000",
        title="Ayaba",
    )
    got = _triples(facts)
    assert ("Ayaba", "editor", "Ngozi Amadi") in got
    assert ("Ayaba", "composer", "Segun Afolabi") in got
    assert ("Ayaba", "distributor", "Eko Screen Distribution") in got
    grosses = {f.object.amount for f in facts if f.relation.value == "box_office"}
    assert grosses == {62400000, 318750000}


def test_money_in_the_currencies_and_scales_of_asia():
    facts = _facts(
        "Copper Tide is a 2024 film. It was the hit of the year, with Rp 15 miliar at the box "
        "office. In Turkey it has taken ₺3.4 milyon. The romance Senja, which has earned Rp 12 "
        "miliar, is behind it.\n\nAccolades\n\nBox office — ₫86 billion"
    )
    grosses = {
        (f.subject.name, f.object.amount, f.object.currency)
        for f in facts
        if f.relation.value == "box_office"
    }
    assert grosses == {
        ("Copper Tide", 15000000000, "IDR"),
        ("Copper Tide", 3400000, "TRY"),
        ("Senja", 12000000000, "IDR"),
        ("Copper Tide", 86000000000, "VND"),
    }


def test_an_unrelated_film_of_the_same_name_keeps_its_facts():
    facts = _facts(
        "Kaaval: The Night Watch is a 2023 film directed by Ana Ruiz.\n\nNot to be confused "
        "with Kaaval, an unrelated 1986 Malayalam drama film directed by Thomas Kuriakose.",
        title="Kaaval: The Night Watch",
    )
    directors = {f.object.name for f in facts if f.relation.value == "director"}
    assert directors == {"Ana Ruiz"}


def test_a_roundups_entries_said_in_prose_where_from_and_in_what_language():
    facts = _facts(
        "Our list.\n\n1. Lola's Paper Boats\nAn animated film from the Philippines, directed "
        "by Mika dela Cruz and spoken in Filipino. A girl named Ising (Nora Villanueva, "
        "extraordinary) folds boats.\n\n2. Last Tailors of Beyoğlu\nElif Karaca Demir's "
        "documentary (Turkey, 76') watches three tailors.",
        title="The best Asian films of 2024",
    )
    got = _triples(facts)
    assert ("Lola's Paper Boats", "country_of_origin", "Philippines") in got
    assert ("Lola's Paper Boats", "director", "Mika dela Cruz") in got
    assert ("Lola's Paper Boats", "original_language", "Filipino") in got
    assert ("Lola's Paper Boats", "cast_member", "Nora Villanueva") in got
    assert ("Last Tailors of Beyoğlu", "country_of_origin", "Turkey") in got


def test_a_trade_papers_day_by_day_takings_and_the_language_it_names_a_film_by():
    facts = _facts(
        "Director Sameer Bhatnagar's Hindi drama Dhoop Ka Raja has made a solid start. The "
        "film, which released in theatres on Friday, April 12, 2024, did well.\n\nDay-wise "
        "collections (India nett)\nFriday     | ₹14.2 crore\nSaturday   | ₹16.1 crore\n\nIt "
        "was produced under the Mehra Motion Pictures banner. Its rival, the Telugu film Raja "
        "Veedhi, has collected ₹150 crore.",
        title="Dhoop Ka Raja box office collection day 3",
    )
    got = _triples(facts)
    assert ("Dhoop Ka Raja", "original_language", "Hindi") in got
    assert ("Raja Veedhi", "original_language", "Telugu") in got
    assert ("Dhoop Ka Raja", "original_language", "Telugu") not in got
    assert ("Dhoop Ka Raja", "production_company", "Mehra Motion Pictures") in got
    dates = {f.object for f in facts if f.relation.value == "publication_date"}
    assert [d.isoformat() for d in dates] == ["2024-04-12"]
    grosses = {
        f.object.amount
        for f in facts
        if f.subject.name == "Dhoop Ka Raja" and f.relation.value == "box_office"
    }
    assert grosses == {142000000, 161000000}


def test_a_news_items_credits_in_prose():
    facts = _facts(
        "Asado para seis has taken ARS 1,200 million.\n\nWritten by Quiroga with Paula "
        "Esquivel and produced by Hany Lotfy through Cumbre Productions, the film follows six "
        "friends. Distribution is by Andes Films Argentina. La Voz del Centro rated the film "
        "4/5. It is ahead of the 2019 Argentine comedy Primos.\n\nUpdated: Apr 15, 2024, 11:40 "
        "IST  |  Written by Kavya Malhotra",
        title="'Asado para seis' becomes the most-watched comedy",
    )
    got = _triples(facts)
    film = "Asado para seis"
    assert (film, "screenwriter", "Paula Esquivel") in got
    assert (film, "production_company", "Cumbre Productions") in got
    assert (film, "distributor", "Andes Films Argentina") in got
    assert ("Primos", "country_of_origin", "Argentina") in got
    assert (film, "screenwriter", "Kavya Malhotra") not in got
    scores = {(f.object.value, f.object.best) for f in facts if f.relation.value == "review_score"}
    assert scores == {(4, 5)}


def test_a_film_pages_awards_with_their_outcomes_are_its_own():
    facts = _facts(
        "Mazhakkanakku (2023)\nStory & Screenplay: Rahul Pisharody, Lakshmi Unnikrishnan\n\n"
        "The film's central theme is corruption.\n\nAWARDS\n\nKerala State Film Award for "
        "Best Screenplay — Won (Rahul Pisharody)\nKerala State Film Award for Best Film — "
        "Nominated\n\nTRIVIA",
        title="Mazhakkanakku",
    )
    got = _triples(facts)
    film = "Mazhakkanakku"
    assert (film, "award_received", "Kerala State Film Award for Best Screenplay") in got
    assert (film, "nominated_for", "Kerala State Film Award for Best Film") in got
    assert (film, "screenwriter", "Rahul Pisharody") in got
    assert (film, "main_subject", "corruption") in got
    assert {s for s, _, _ in got} == {film}


def test_a_makers_film_named_in_its_own_languages_case():
    facts = _facts(
        "Local comedies dominated Europe.\n\nPOLAND\nAgnieszka Wróbel's Ostatnie lato w "
        "Kazimierzu took zł4.2 million in its third weekend.\n\nELSEWHERE\nIn Spain, the "
        "Catalan-language drama La casa de les abelles, directed by Núria Ferrer, took €214,000.",
        title="Europe weekend: local comedies rule",
    )
    got = _triples(facts)
    assert ("Ostatnie lato w Kazimierzu", "director", "Agnieszka Wróbel") in got
    assert ("La casa de les abelles", "director", "Núria Ferrer") in got


def test_an_aggregators_name_before_the_film_is_no_film():
    facts = _facts(
        "El Último Ajolote is a 2022 Mexican animated film.\n\nLanguages — Spanish, Nahuatl\n\n"
        "It earned a further US$4.7 million in Spain. On the aggregator Crítica Total, the film "
        "received an average score of 8.4/10 from 52 reviews.",
        title="El Último Ajolote",
    )
    got = _triples(facts)
    assert ("El Último Ajolote", "original_language", "Nahuatl") in got
    assert {s for s, r, _ in got if r == "review_score"} == {"El Último Ajolote"}
    assert {s for s, r, _ in got if r == "box_office"} == {"El Último Ajolote"}


def test_a_titles_translation_in_brackets_is_no_part_and_its_player():
    facts = _facts(
        "Mexican director Ana Ruiz's Daughters of the North Wind (Hijas del Viento Norte) won "
        "the Golden Lynx. Running time: 118'. The cast is led by Paola Ríos and Itzel Batista.",
        title="Mexico's 'Daughters of the North Wind' takes Golden Lynx",
    )
    got = _triples(facts)
    film = "Daughters of the North Wind"
    assert (film, "cast_member", "Hijas del Viento Norte") not in got
    assert (film, "cast_member", "Paola Ríos") in got
    assert _runtimes(facts) == {(film, 118)}


def test_a_batch_read_by_two_processes_gives_what_one_gives():
    dev = sorted((ROOT / "tests" / "fixtures" / "dev" / "articles").glob("*.txt"))[:24]
    articles = [read_article(path) for path in dev]
    one_by_one = [extract_facts(article) for article in articles]
    assert extract_many(articles, processes=2) == one_by_one
    assert extract_many(articles, processes=1) == one_by_one
    assert sum(map(len, one_by_one)) > 200


def _count_in_a_daemon(articles, answer):
    answer.put(sum(map(len, extract_many(articles, processes=2))))


def test_a_batch_read_inside_a_daemon_is_read_there():
    dev = sorted((ROOT / "tests" / "fixtures" / "dev" / "articles").glob("*.txt"))[:20]
    articles = [read_article(path) for path in dev]
    context = multiprocessing.get_context("fork")
    answer = context.Queue()
    daemon = context.Process(target=_count_in_a_daemon, args=(articles, answer), daemon=True)
    daemon.start()
    counted = answer.get(timeout=120)
    daemon.join()
    assert counted == sum(len(extract_facts(article)) for article in articles)


def test_an_it_that_opens_a_paragraph_carries_its_film_to_the_next_sentence():
    body = (
        "Copper Tide is a 2023 film directed by Ana Ruiz.\n\n"
        "Salt Wind, a drama by Mara Hollis, won the Golden Reed. Her film had already won the "
        "Silver Fox in May.\n\n"
        "Toho opened it in Japan on 14 July 2023. Jon Vale voices the boy, Tom.\n\n"
        "Copper Tide won the Blue Lamp.\n"
    )
    triples = _triples(_facts(body, title="Copper Tide and Salt Wind win"))
    assert ("Salt Wind", "distributor", "Toho") in triples
    assert ("Salt Wind", "cast_member", "Jon Vale") in triples
    assert ("Copper Tide", "cast_member", "Jon Vale") not in triples


def test_a_film_is_released_once_on_its_first_date():
    body = (
        "Salt Wind is a 2023 Mexican-Spanish film. Cine Raiz opened it in Mexico on 10 March "
        "2023. Alta Mar released it in Spain on 19 May 2023, where it grossed €1.1 million.\n"
    )
    dates = [f.object for f in _facts(body) if f.relation is Relation.PUBLICATION_DATE]
    assert dates == [date(2023, 3, 10)]


def test_a_list_says_where_each_company_works_in_brackets():
    body = (
        "Copper Tide is a 2023 film. Distributed by Toho (Japan) and GKIDS (North America). "
        "Produced by Loch Films (IE), Ferrer & Hijos Producciones (ES) and Kystfilm ApS.\n"
    )
    triples = _triples(_facts(body))
    assert ("Copper Tide", "distributor", "GKIDS") in triples
    assert ("Copper Tide", "distributor", "Toho") in triples
    produced = {o for s, r, o in triples if r == "production_company"}
    assert produced == {"Loch Films", "Ferrer & Hijos Producciones", "Kystfilm ApS"}


def test_a_series_creator_is_the_creator_of_the_title_just_before():
    body = (
        "Copper Tide is a 2023 film, a life of Jiro Horikoshi with the Evangelion creator "
        "Hideaki Anno voicing Jiro.\n"
    )
    creators = {(s, o) for s, r, o in _triples(_facts(body)) if r == "creator"}
    assert creators == {("Evangelion", "Hideaki Anno")}


def test_a_possessive_title_named_after_its_kind_keeps_its_takings():
    body = (
        "Copper Tide is a 2023 film. It opened first.\n\n"
        "The Japanese live-action drama The Lighthouse Keeper's Cat fell to second place, "
        "adding ¥310 million for a running total of ¥2.1 billion.\n"
    )
    takings = {
        (f.subject.name, f.object.amount) for f in _facts(body) if f.relation.value == "box_office"
    }
    assert takings == {
        ("The Lighthouse Keeper's Cat", Decimal("310000000")),  # the weekend's, "adding"
        ("The Lighthouse Keeper's Cat", Decimal("2100000000")),
    }


def test_a_headline_of_a_day_and_a_title_names_the_title():
    body = (
        "A rainy Sunday and The Last Tram\n\n"
        "It rained all day, so we went to see The Last Tram at the Bio Oko. The Last Tram was "
        "directed by Tereza Dvorakova and runs 100 minutes.\n"
    )
    facts = _facts(body, title="A rainy Sunday and The Last Tram — Notes from the Back Row")
    assert ("The Last Tram", "director", "Tereza Dvorakova") in _triples(facts)
    assert {f.subject.name for f in facts} == {"The Last Tram"}


def test_a_title_that_ends_in_season_heads_its_entry():
    body = (
        "WHAT'S ON THIS WEEK\n\n"
        "THE PERSIMMON SEASON (15)\n\n"
        "Director — Han Seo-yeon\nCountry — South Korea\n\n"
        "A farmer spends one last autumn in his orchard. From Han Seo-yeon, the director of "
        "Winter Salt, winner of the Han River Film Festival Grand Prize.\n\n"
        "Fri 14 — 18:10 (Screen 2)\n"
    )
    triples = _triples(_facts(body, title="What's On This Week | Riverside Picturehouse"))
    assert ("The Persimmon Season", "director", "Han Seo-yeon") in triples
    prized = {s for s, r, o in triples if o == "Han River Film Festival Grand Prize"}
    assert prized == {"Winter Salt"}


def test_a_half_star_ends_a_heading_and_starring_ends_the_directors():
    body = (
        "What to stream this week.\n\n"
        "1. The Last Ferryman of Inis Beag ★★★½\n"
        "Ireland · 2025 · 78 min · English\n"
        "Dir. Martín Ledesma · Starring Lucía Ferraro, Diego Iturbe\n\n"
        "A documentary about a boatman.\n"
    )
    triples = _triples(_facts(body, title="What to stream this week"))
    directors = {(s, o) for s, r, o in triples if r == "director"}
    assert directors == {("The Last Ferryman of Inis Beag", "Martín Ledesma")}


def test_a_byline_time_and_a_forecast_give_nothing_and_a_company_sequel_keeps_its_gross():
    body = (
        "By Ana Ruiz\nSunday, Aug. 10, 2025, 9:14 a.m. PT\n\n"
        "Copper Tide is a 2025 film. It earned $31.4 million this weekend. Its distributor said: "
        '"We think Copper Tide is going to cross $200 million." In fourth, Greyhaven Films\' '
        "horror sequel Hollow Creek II: The Drowning fell 58% to $7.1 million.\n"
    )
    facts = _facts(body)
    assert "PT" not in {f.subject.name for f in facts}
    takings = {(f.subject.name, f.object.amount) for f in facts if f.relation.value == "box_office"}
    assert takings == {
        ("Copper Tide", Decimal("31400000")),
        ("Hollow Creek II: The Drowning", Decimal("7100000")),
    }


def test_a_winners_list_gives_each_item_its_bracketed_facts():
    body = (
        "Full list of winners:\n\n"
        "1. Lotus Award for Best Documentary\n"
        "   ★ Winner: Rice Ghosts (Cambodia · Khmer · dir. Sok Chanthy)\n"
        "   A documentary about land loss, co-produced by Tonle Docs.\n\n"
        "2. Lotus Award for Best Debut Feature\n"
        "   In contention: Rumah Pak Din (Malaysia · Malay · dir. Nurul Rahman); Si Kancil dan "
        "Bulan (Indonesia · Indonesian · dir. Wahyudi)\n"
    )
    triples = _triples(_facts(body, title="Lotus Awards: full list of winners"))
    languages = {(s, o) for s, r, o in triples if r == "original_language"}
    assert languages == {
        ("Rice Ghosts", "Khmer"),
        ("Rumah Pak Din", "Malay"),
        ("Si Kancil dan Bulan", "Indonesian"),
    }


def test_entries_ranked_with_a_slash_each_head_their_film():
    body = (
        "Here are the five we would queue for.\n\n---\n\n"
        "1 / Kuşların Dili (The Language of Birds)\n"
        "Dir. Elif Karasu · Turkey · Turkish · 105'\n\n"
        "A retired ornithologist loses her hearing.\n\n---\n\n"
        "2 / Ngôi Nhà Nổi (The Floating House)\n"
        "Dir. Trần Minh Châu · Vietnam · Vietnamese · 88 min\n\n"
        "A family lives on the river.\n"
    )
    triples = _triples(_facts(body, title="Five films not to miss at Lyon"))
    directors = {(s, o) for s, r, o in triples if r == "director"}
    assert directors == {("Kuşların Dili", "Elif Karasu"), ("Ngôi Nhà Nổi", "Trần Minh Châu")}


def test_a_catalogue_entry_with_badges_and_leaders_reads_its_keys():
    body = (
        "LUMEN+ · WHAT'S NEW · FRIDAY 2 MAY 2025\n\n"
        "▶ CHAKRAVYUHAM   [NEW] [DOLBY ATMOS] [13+]\n"
        "Type ........ Feature film\n"
        "Country ..... India\n"
        "Language .... Telugu — also available dubbed in Hindi and Tamil\n"
        "Director .... Srinivas Varma Gunturu\n"
        "Banner ...... Sri Lakshmi Creations\n"
        "Our rating .. 3.5/5\n\n"
        "▶ MAR DE FONDO   [NEW] [4K]\n"
        "Type ........ Documentary\n"
        "Country ..... Mexico\n"
    )
    triples = _triples(_facts(body, title="New to stream this week"))
    assert ("Chakravyuham", "director", "Srinivas Varma Gunturu") in triples
    assert ("Mar de Fondo", "country_of_origin", "Mexico") in triples
    assert {o for s, r, o in triples if r == "original_language"} == {"Telugu"}
    assert not {o for s, r, o in triples if r in ("cast_member", "character")}
    assert "New" not in {s for s, r, o in triples}


def test_a_headline_printed_again_is_no_title_and_quoted_sentence_case_titles_are_films():
    title = "A Basque-language outsider sweeps the night in Valladolid"
    body = (
        f"{title}\n\nVALLADOLID, 9 Feb. 2025\n\n"
        "Few predicted it. \"Itsasoaren alaba\" (The Sea's Daughter), Ane Goikoetxea's quiet "
        "drama about a fisherman's daughter, was named best film.\n\n"
        'Elsewhere, "Los años de plomo", Clara Ibáñez\'s documentary on a kidnapping, took the '
        "Goya Award for Best Documentary.\n"
    )
    triples = _triples(_facts(body, title=title))
    assert ("Itsasoaren alaba", "instance_of", "FILM") in triples
    assert title not in {s for s, r, o in triples}
    prized = {s for s, r, o in triples if o == "Goya Award for Best Documentary"}
    assert prized == {"Los años de plomo"}


@pytest.mark.parametrize(
    ("name", "unlikely"),
    [
        ("MARCH", True),  # a month set in capitals
        ("THREE STARS OUT OF FIVE", True),  # a review's verdict over it
        ("There", True),  # a sentence's first word
        ("New This Week on Kinoflix", True),  # a listing page's name
        ("The Last Ferry to Røst", False),
        ("The Japanese", True),  # a people, with its article
        ("18", True),  # a day of a date
        ("Mar de Fondo", False),  # "Mar" opens it, but no date follows
        ("March of the Penguins", False),
        ("The Persimmon Season", False),
        ("Studio Ghibli Season", True),
        ("Silver Wave for Best Director for The Dogs of Siesta", True),
        ("Mga Anino ng Tag-ulan", False),
        ("EFM DEALS", True),  # a trade paper's column
        ("Mejor Cortometraje de Ficción", True),  # a prize, "Best" in Spanish
        ("Premio al Mejor Cortometraje", True),
        ("El Premio", False),
        ("Abierta la convocatoria de ALBACORTO 2026", True),  # a festival's call for entries
        ("PDF", True),  # a file's kind
        ("Berlinale", True),  # a festival known by one name
        ("In Croatian and Serbian", True),  # what a film is spoken in
        ("In Bruges", False),
    ],
)
def test_which_names_are_never_titles(name, unlikely):
    assert unlikely_title(name) is unlikely


def test_a_year_and_a_dash_before_a_title_in_capitals_head_its_entry():
    body = (
        "A retrospective at the Cinémathèque de Bruxelles gathers her three features.\n\n"
        "► 2009 — SA ILALIM NG BULKAN (Beneath the Volcano)\n\n"
        "Shot in Albay, it runs 94 minutes.\n\n"
        "► 2014 — DAGAT NA ASIN (Salt Sea)\n\n"
        "It runs 101 minutes.\n"
    )
    facts = _facts(body, title="Salt, Smoke and Rain: the films of Maricel Dantes")
    assert _runtimes(facts) == {("Sa Ilalim Ng Bulkan", 94), ("Dagat Na Asin", 101)}


def test_a_reviews_section_headings_in_capitals_are_no_films():
    body = (
        "The Last Ferry to Makoko is a 2024 Nigerian thriller.\n\n"
        "THE SET-UP\n\nA ferryman named Femi carries one last passenger across the lagoon at "
        "night, and the film keeps us on the water with him.\n\n"
        "WHO MADE IT\n\nFolasade Adeyemi-Cole directed it from a script she wrote with Gbenga "
        "Sowore, and it runs 129 minutes.\n"
    )
    facts = _facts(body, title="The Last Ferry to Makoko review")
    assert {f.subject.name for f in facts} == {"The Last Ferry to Makoko"}
    assert _runtimes(facts) == {("The Last Ferry to Makoko", 129)}


def test_a_sequel_named_after_its_kind_keeps_the_sentences_after_it():
    body = (
        "Hoshikuzu is a 2025 Japanese animated film. It stayed first.\n\n"
        'In second place, the American action sequel "Iron Vanguard: Reckoning" opened with '
        '¥280 million — a weaker start than its predecessor, "Iron Vanguard", which opened with '
        "¥410 million in 2022. Directed by Marcus Delaney, the studio's release runs 136 min.\n"
    )
    triples = _triples(_facts(body, title="Hoshikuzu stays on top"))
    assert ("Iron Vanguard: Reckoning", "director", "Marcus Delaney") in triples
    assert _runtimes(_facts(body, title="Hoshikuzu stays on top")) == {
        ("Iron Vanguard: Reckoning", 136)
    }


def test_a_director_named_before_which_opened_is_no_film():
    body = (
        "Hoshikuzu is a 2025 Japanese animated film. It stayed first.\n\n"
        'Third place went to the Japanese drama "Natsu no Owari ni" (At Summer\'s End), from '
        "director Emi Kuwabara, which opened to ¥190 million. Directed by Takeshi Arakawa-Doi, "
        "which opened on 640 screens, it is a sequel.\n"
    )
    subjects = {f.subject.name for f in _facts(body, title="Hoshikuzu stays on top")}
    assert not subjects & {"Emi Kuwabara", "Kuwabara", "Doi", "Arakawa-Doi"}


def test_a_programme_tables_badges_and_its_notes_in_capitals_keep_each_film():
    body = (
        "PROGRAMME WED 12/03 → TUE 18/03\n\n"
        "| Film | Details | Runtime |\n|---|---|---|\n"
        "| LES HEURES CLAIRES [NEW] | France · drama · dir. Mathilde Aubrac | 1h 52 |\n"
        "| KUROI UMI (The Sea Below) [YP] | Japan · animation · dir. Haruka Minegishi | 97' |\n\n"
        "ABOUT THE FILMS\n\n"
        "LES HEURES CLAIRES — In cinemas from 12 March. A sommelier returns home.\n\n"
        "KUROI UMI (The Sea Below) — Mio spends the summer by the sea. It is based on the manga "
        "Umi no Soko by Rika Ōta.\n"
    )
    triples = _triples(_facts(body, title="This week at L'Aquarium"))
    assert ("Kuroi Umi", "director", "Haruka Minegishi") in triples
    assert {s for s, r, o in triples if r == "based_on"} == {"Kuroi Umi"}


def test_a_line_up_names_its_city_and_competition_not_a_film():
    # a festival's line-up: the city of its dateline and the prize's first word are no film,
    # and each paragraph's facts go to the title it quotes
    body = (
        "Harbourtown's Gull strand leans south\n\n"
        "HARBOURTOWN, 3 March — The Harbourtown Film Festival named the Gull Competition "
        "titles today. Twelve films will compete for the Gull Award, most in Harbourtown.\n\n"
        'Among them is "Salt Radio" (Tuz Radiosu), a Turkey–France co-production: a 98-minute '
        "comedy. It was produced by Izmir-based Deniz Frame with Lyon's Brume Film.\n\n"
        'From Peru comes "Los Perros", a documentary that runs 1h 17 and is in Spanish. '
        "Its premiere will be in Harbourtown."
    )
    facts = _facts(body, title="Harbourtown's Gull strand leans south")
    subjects = {f.subject.name for f in facts}
    assert not {"Harbourtown", "Gull", "Harbourtown's Gull"} & subjects
    triples = _triples(facts)
    assert ("Salt Radio", "production_company", "Deniz Frame") in triples
    assert ("Salt Radio", "production_company", "Brume Film") in triples
    assert ("Salt Radio", "producer", "Deniz Frame") not in triples
    assert ("Los Perros", 77) in _runtimes(facts)


def test_an_estimated_gross_is_approximate_and_an_estimate_of_one_is_a_hedge():
    facts = _facts(
        "Copper Tide is a 2023 film. It took an estimated $154.2 million over the weekend. "
        "It is estimated to have made $300 million by now. Tracking suggests a debut of "
        "$40 million in Spain."
    )
    [gross] = [f for f in facts if f.relation.value == "box_office"]
    assert gross.object.amount == 154200000
    assert gross.qualifiers.approximate


def test_the_film_a_nominee_lost_to_is_named_in_passing():
    facts = _facts(
        "Salt Radio is a 2024 Kyrgyz drama that won Best Film.\n\n"
        "The Malayalam drama Backwater Notes, directed by Anjali Menon, was nominated for Best "
        "Film but lost out to Salt Radio. Its producers pointed to its run at home: the film "
        "collected ₹85 lakh in its opening weekend in Kerala. Turkey's Yaz Yağmuru, from "
        "director Emre Aksoy, was nominated for the Eagle Award for Best Director.",
        title="Salt Radio",
    )
    grosses = {f.subject.name for f in facts if f.relation.value == "box_office"}
    assert grosses == {"Backwater Notes"}
    nominees = {
        (f.subject.name, f.object.name) for f in facts if f.relation.value == "nominated_for"
    }
    # (the winner was one of the nominees; Yaz Yağmuru's nomination is its own)
    assert ("Yaz Yağmuru", "Eagle Award for Best Director") in nominees
    assert ("Salt Radio", "Best Film") in nominees
    assert ("Salt Radio", "Eagle Award for Best Director") not in nominees


def test_a_streaming_pages_entries_are_its_films_not_its_heading():
    body = (
        "NEW THIS WEEK ON KINOFLIX\n\n"
        "────────────────\n"
        "▶ ỌJÀ ÒRU\nNight Market\n\n"
        "KINOFLIX ORIGINAL · Drama · Crime\n"
        "Dir. Ade Ogun · Nigeria · 1h 54m · Yoruba, English\n\n"
        "A trader is pulled into a smuggling ring.\n\n"
        "────────────────\n"
        "▶ TIGHREMT\n"
        "Morocco, France · 102' · Tamazight, Arabic\n"
        "Dir. Salma Benn\n"
    )
    facts = _facts(body, title="New this week on Kinoflix (3–9 June 2024)")
    directors = {(f.subject.name, f.object.name) for f in facts if f.relation.value == "director"}
    assert directors == {("Ọjà Òru", "Ade Ogun"), ("Tighremt", "Salma Benn")}


def test_markdown_emphasis_is_read_through_and_quoted_as_written():
    body = (
        "This week we watched **Los alebrijes de Doña Chayo**, a 2023 Mexican animated film.\n\n"
        "## The basics\n\n- **Director:** Itzel Carranza\n- **Studio:** Taller Colibrí\n"
    )
    facts = _facts(body, title="Friday Movie Night #37: Los alebrijes de Doña Chayo (tissues)")
    triples = _triples(facts)
    assert ("Los alebrijes de Doña Chayo", "director", "Itzel Carranza") in triples
    assert ("Los alebrijes de Doña Chayo", "production_company", "Taller Colibrí") in triples
    for fact in facts:
        assert fact.evidence.quote == body[fact.evidence.start : fact.evidence.end]
    assert any("**Director:**" in fact.evidence.quote for fact in facts)


def test_a_prize_only_one_kind_of_film_can_win_types_the_film():
    body = (
        "Tidewater Lanterns is a 2021 film directed by Oyelaran Bisi. It won the Silver Heron "
        "Award for Best Animated Feature. Bisi's earlier work, Paper Gulls, won the Hiroshima "
        "Short Animation Prize in 2015."
    )
    types = {
        (f.subject.name, f.object.value) for f in _facts(body) if f.relation.value == "instance_of"
    }
    assert ("Tidewater Lanterns", "animated_film") in types
    assert ("Paper Gulls", "animated_film") not in types  # a short's prize says short, not feature


def test_a_kin_words_possessive_is_part_of_the_title_not_its_maker():
    body = (
        "The Mokpo Little Harbour festival closed on Sunday. In the short film section, the "
        "Little Anchor Award went to Grandma's Kimchi Fridge, a 12-minute animated short by "
        "Choi Yu-na about a refrigerator that remembers every argument."
    )
    triples = _triples(_facts(body, title="Mokpo festival names its winners"))
    assert ("Grandma's Kimchi Fridge", "award_received", "Little Anchor Award") in triples
    assert ("Grandma's Kimchi Fridge", "director", "Choi Yu-na") in triples
    assert not any(s == "Kimchi Fridge" for s, _, _ in triples)


def test_a_title_in_a_blog_headlines_bracket_is_the_film():
    body = (
        "I cried at a radio. Again. (Grandmother's Radio, and some feelings)\n\n"
        "Okay. I need to talk about Grandmother's Radio, because I saw it on Saturday. "
        "Remedios Santos plays Lola Pacing, who lives alone with an old radio.\n\n"
        "People keep comparing this to The Mango Tree Summer, which is on my top ten. For the "
        "record, The Mango Tree Summer was directed by Nonoy Bautista."
    )
    title = "I cried at a radio. Again. (Grandmother's Radio, and some feelings) — Tita Reels"
    facts = _facts(body, title=title)
    assert ("Grandmother's Radio", "cast_member", "Remedios Santos") in _triples(facts)
    assert ("The Mango Tree Summer", "director", "Nonoy Bautista") in _triples(facts)


def test_a_text_all_in_lower_case_is_read_with_the_capitals_names_have():
    body = (
        "ok so. the rep cinema near me showed tidewell last night and i stayed for both shows. "
        "my neck hurts. no regrets at all, none, not one, and i would go again tomorrow.\n\n"
        "quick context: tidewell is the 2019 japanese animated film kazuomi haraguchi made out "
        "of his own manga. it opened in japan on 16 july 2019. the music is by sayuri "
        "takenouchi. in the original japanese, mitsuo iwagaki plays kanemori.\n"
    )
    facts = _facts(body, title="tidewell on a real screen (finally)")
    triples = _triples(facts)
    assert ("Tidewell", "director", "Kazuomi Haraguchi") in triples
    assert ("Tidewell", "composer", "Sayuri Takenouchi") in triples
    assert ("Tidewell", "country_of_origin", "Japan") in triples
    assert ("Tidewell", "cast_member", "Mitsuo Iwagaki") in triples
    for fact in facts:  # quoted as written, in lower case
        assert fact.evidence.quote == body[fact.evidence.start : fact.evidence.end]


def test_the_proper_words_list_is_the_one_the_cased_fixtures_make():
    from lookback_kg.extract import casing

    folders = [ROOT / "tests/fixtures/articles", ROOT / "tests/fixtures/dev/articles"]
    texts = [
        path.read_text("utf-8").partition("\n\n")[2]
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
    ]
    assert casing.proper_words() == casing.choose_proper_words(*casing.count_capitals(texts))


def test_a_gross_said_of_a_fronted_period_is_only_that_periods():
    body = (
        "Copper Tide is a 2023 film. On its first day in theaters, Copper Tide managed to earn "
        "$436,000 despite screening in 119 theaters."
    )
    grosses = [f for f in _facts(body) if f.relation.value == "box_office"]
    assert grosses and all(f.qualifiers.period == "first day" for f in grosses)


def test_a_title_with_a_number_before_its_subtitle_is_whole():
    body = (
        "Bus 404: Last Stop\nRating: 7 out of 10\n\n"
        "In Yoon Ha-jin's Bus 404: Last Stop, a night bus leaves a shuttered shipyard. "
        "Bus 404: Last Stop runs 98 minutes."
    )
    facts = _facts(body, title="Review: the night bus from hell is worth catching")
    assert ("Bus 404: Last Stop", 98) in _runtimes(facts)


def test_a_screens_number_is_no_film_and_a_lower_case_title_line_is():
    body = (
        "MARINA LIGHTS CINEMA | LAGOS | PROGRAMME 14-20 MARCH 2025\n"
        "SCREEN 3 | HELD OVER FOR A SECOND WEEK\n\n"
        "the last bus to ibadan (2024)\n\n"
        "Country | Nigeria\nRuntime | 1 hr 52 min\nDirector | Folake Adeyemi-Cole\n"
    )
    facts = _facts(body, title="Screen 3 | This Week at Marina Lights Cinema")
    assert ("the last bus to ibadan", "director", "Folake Adeyemi-Cole") in _triples(facts)
    assert not any(f.subject.name.lower() == "screen 3" for f in facts)


@pytest.mark.parametrize(
    ("heading", "rating"),
    [("owambe: a love story", "★★★★☆"), ("¿Quién anda ahí?", "Skull rating: 💀💀💀💀 (4/5)")],
)
def test_a_reviews_first_line_over_its_rating_is_the_film(heading, rating):
    body = (
        f"{heading}\n{rating}\n\nCREDITS\nDirector: Ada Ebere\n\n"
        "Jollof Wars, the director's debut, was louder. This one knows when to stop.\n"
    )
    facts = _facts(body, title="A wedding-season comedy that knows when to stop laughing")
    assert (heading, "director", "Ada Ebere") in _triples(facts)


def test_a_lead_that_opens_on_the_page_title_in_sentence_case_names_the_film():
    body = (
        "Ánimas: La noche de los faroles (English: Souls: The Night of the Lanterns) is a 2022 "
        "Mexican animated fantasy film directed by Lucía Benavides Orozco.\n\n"
        "After premiering in Oaxaca, Ánimas: La noche de los faroles was released in Mexico."
    )
    facts = _facts(body, title="Ánimas: La noche de los faroles")
    assert ("Ánimas: La noche de los faroles", "director", "Lucía Benavides Orozco") in _triples(
        facts
    )


def test_a_records_title_field_names_the_film_and_its_original_title_does_not():
    record = (
        "SEASON: LAST STOPS\n\nTITLE ........ ostatni tramwaj.\n"
        "ENGLISH TITLE ........ the last tram.\nDIRECTOR ........ Anna Bielecka\n\n"
        "Halina and Staszek, two retired tram drivers, ride the last tram."
    )
    facts = _facts(record, title="Catalogue Record 2023/118")
    assert ("ostatni tramwaj.", "director", "Anna Bielecka") in _triples(facts)
    review = (
        "Firefly Island is a 2024 Brazilian animated film. Firefly Island runs 88 minutes.\n\n"
        "Original title: Ilha dos Vaga-lumes\nDirector: Bia Nogueira\n"
    )
    facts = _facts(review, title="Firefly Island review")
    assert ("Firefly Island", "director", "Bia Nogueira") in _triples(facts)


def test_entries_headed_by_hash_ranks_between_double_rules_end_at_a_part_of_the_page():
    rule = "═" * 24
    thin = "─" * 24
    body = (
        "Our writers voted; these two came top.\n\n"
        f"{rule}\n#1  PERA NA PEDRA\n{rule}\n"
        "Director | Lúcia Sarmento\nCountry | Brazil\nRuntime | 97 min\n\n"
        f"{rule}\n#2  KALLE OCH HAVET\n{rule}\n"
        "Director | Nils Ekdahl\nCountry | Sweden\nRuntime | 81 minutes\n\n"
        f"{thin}\nALSO CONSIDERED\n{thin}\n"
        "• Yurt (film, Mongolia, 112 min, dir. Bat-Erdene Ganbold)\n"
    )
    facts = _facts(body)
    assert _runtimes(facts) == {("Pera Na Pedra", 97), ("Kalle Och Havet", 81), ("Yurt", 112)}
    triples = _triples(facts)
    assert ("Yurt", "director", "Bat-Erdene Ganbold") in triples
    assert ("Kalle Och Havet", "country_of_origin", "Mongolia") not in triples


def test_a_chart_then_its_notes_numbered_again_are_both_read_as_entries():
    body = (
        "The weekend's top three:\n"
        "1. Mi Casa, la Tuya — MX$40.1 million\n"
        "2. NORTH//WIND — MX$12.0 million\n"
        "3. Sông Dài: The Long Season — MX$3.3 million\n\n"
        "1. Mi Casa, la Tuya\nDirected by Rocío Vega, it runs 101 minutes.\n\n"
        "2. NORTH//WIND\nA Kazakh thriller directed by Arman Sadyk, in Kazakh. 95 minutes.\n\n"
        "3. Sông Dài: The Long Season\nIt was directed by Linh Tran and runs 88 minutes.\n"
    )
    facts = _facts(body, title="Weekend box office")
    assert _runtimes(facts) == {
        ("Mi Casa, la Tuya", 101),
        ("NORTH//WIND", 95),
        ("Sông Dài: The Long Season", 88),
    }
    triples = _triples(facts)
    assert ("NORTH//WIND", "director", "Arman Sadyk") in triples
    assert ("Sông Dài: The Long Season", "director", "Linh Tran") in triples


def test_a_numbered_list_of_remarks_heads_no_entries():
    body = (
        "Moon Harbor is a 2023 film directed by Ana Ruiz.\n\n"
        "What did not work:\n"
        "1. the sidekick cat. Why is there always a cat\n"
        "2. a middle act that wanders off to the city for no good reason at all\n\n"
        "It runs 97 minutes.\n"
    )
    assert _runtimes(_facts(body)) == {("Moon Harbor", 97)}


def test_a_doubt_written_in_lower_case_after_a_fact_withholds_it():
    body = (
        "my favourites, in order:\n"
        "1. moon harbor (obviously)\n"
        "2. Lantern Bay — the one with the pier, directed by Hiro Tanabe if i remember right\n"
    )
    assert not [f for f in _facts(body) if f.relation is Relation.DIRECTOR]


def test_a_catalogue_block_names_its_title_under_its_badges_in_any_case():
    rule = "━" * 20
    body = (
        "NEW THIS WEEK\n\n"
        f"{rule}\n[ORIGINAL] [NEW]\nang huling sayaw: The Last Dance\n"
        "Philippines 2024 · 1h 42m · Tagalog\n"
        "Director: Paolo Santos\n"
        f"{rule}\n[NEW] [4K]\nEl Invierno de los Zorros\n"
        "Chile 2021 98 min Spanish\n"
        "Dir. Valentina Rojas\n"
        f"{rule}\nLEAVING SOON\n"
    )
    facts = _facts(body, title="New this week on Streamo")
    assert _runtimes(facts) == {
        ("ang huling sayaw: The Last Dance", 102),
        ("El Invierno de los Zorros", 98),
    }
    assert ("El Invierno de los Zorros", "director", "Valentina Rojas") in _triples(facts)
    assert "Leaving Soon" not in {f.subject.name for f in facts}


def test_small_words_of_polish_and_turkish_titles_stay_inside_the_title():
    body = (
        "Oslo-based Nordfilm has bought Norwegian and Finnish rights to KRÓL PARKU: Wojna o "
        "Ławkę, the Polish comedy that topped the local chart. Directed by Jan Maj, the "
        "98-minute film opened in Poland in March.\n\n"
        "Also acquired: Tuz ve Rüzgâr (Turkey, dir. Elif Kaya)."
    )
    facts = _facts(body, title="Deals roundup")
    assert _runtimes(facts) == {("KRÓL PARKU: Wojna o Ławkę", 98)}
    assert ("Tuz ve Rüzgâr", "director", "Elif Kaya") in _triples(facts)


def test_a_sentence_opening_on_a_title_then_its_makers_film_names_the_film():
    body = (
        "CAIRO — 4 P.M. on Shubra Street, Hana Fathy's sunlit portrait of a street vendor, "
        "won the top prize on Sunday. The Arabic-language drama runs 1 hr 38 min."
    )
    facts = _facts(body, title="Cairo drama sweeps the awards")
    assert _runtimes(facts) == {("4 P.M. on Shubra Street", 98)}


def test_a_makers_title_in_lower_case_written_twice_names_the_film():
    body = (
        "Ana Torres' el verano del zorro received a long ovation at its premiere on Friday. "
        "The western, which stars Jo Park, runs 104 minutes.\n\n"
        "Many expect el verano del zorro to win. Torres' new western premiered to applause."
    )
    facts = _facts(body, title="Patagonian western brings the house down")
    assert _runtimes(facts) == {("el verano del zorro", 104)}


def test_other_films_named_in_their_own_languages_case_keep_their_facts():
    body = (
        "Ana Ruiz's Copper Tide, a 2024 Argentine western, opens the festival.\n\n"
        "Also in competition is Stille hav, the Norwegian drama directed by Ingrid Berg, which "
        "had its premiere at the Bergen Film Festival. The festival closes with the Chilean "
        "documentary Los últimos barcos, directed by Pablo Soto.\n\n"
        "Seoul's Haneul Cinema bought Suara dari Laut, directed by Rizky Putra. Made by Layar "
        "Pictures in Jakarta, the film lasts 107 minutes and is in Javanese."
    )
    triples = _triples(_facts(body, title="Festival line-up"))
    assert ("Stille hav", "director", "Ingrid Berg") in triples
    assert ("Los últimos barcos", "director", "Pablo Soto") in triples
    assert ("Copper Tide", "premiere", "Bergen Film Festival") not in triples
    assert ("Suara dari Laut", "original_language", "Javanese") in triples
    assert not [t for t in triples if t[0] == "Jakarta"]


def test_a_lower_case_blog_opening_on_its_title_alone_names_the_film():
    body = (
        "okay. the lamplighter of kessen bay. i have seen it three times now and i am not "
        "okay.\n\nquick facts:\n- directed by mina sato\n- runtime: 97 min\n\n"
        "it's a japanese animated feature about a girl who keeps the harbour lamps lit."
    )
    facts = _facts(body, title="it made me cry on the bus")
    assert {(name.lower(), minutes) for name, minutes in _runtimes(facts)} == {
        ("the lamplighter of kessen bay", 97)
    }


def test_an_opening_remark_is_not_a_title():
    body = (
        "right, movie night report. this week it was my turn to pick.\n\n"
        "Salt Wind is a 2014 animated film directed by Ana Ruiz."
    )
    assert {f.subject.name for f in _facts(body) if f.relation is Relation.DIRECTOR} == {
        "Salt Wind"
    }


def test_a_dotted_key_with_a_star_rating_is_not_a_films_heading():
    body = (
        "▶ PIP AND THE KITE   [FAMILY]\n"
        "Type ........ Animated feature\n"
        "Runtime ..... 86 min\n"
        "Our rating .. ★★★☆☆\n"
        "Why watch: A girl builds a kite. Themes: friendship, imagination.\n"
    )
    themes = {
        (f.subject.name, f.object.name) for f in _facts(body) if f.relation.value == "main_subject"
    }
    assert themes == {("Pip and the Kite", "friendship"), ("Pip and the Kite", "imagination")}


def test_a_charts_figures_take_their_currency_from_the_column_and_its_header_says_nothing():
    body = (
        "TOP 2 FILMS THIS WEEKEND\n\n"
        "| # | Title | Distributor | Weekend (₦) | Total (₦) |\n"
        "|---|-------|-------------|-------------|-----------|\n"
        "| 1 | Copper Tide | Kanu Films | 96,400,000 | 612,800,000 |\n"
        "| 2 | Salt Wind | Oko Pictures | 71,200,000 | 71,200,000 |\n"
    )
    facts = _facts(body, title="Weekend box office")
    grosses = {
        (f.subject.name, int(f.object.amount), f.object.currency)
        for f in facts
        if f.relation is Relation.BOX_OFFICE
    }
    assert grosses == {
        ("Copper Tide", 96_400_000, "NGN"),
        ("Copper Tide", 612_800_000, "NGN"),
        ("Salt Wind", 71_200_000, "NGN"),
    }
    assert "Weekend" not in {f.object.name for f in facts if f.relation is Relation.DISTRIBUTOR}


def test_a_weeks_schedule_table_with_days_over_its_columns_is_read_row_by_row():
    body = (
        "WEEKLY PROGRAMME  8–14 NOVEMBER 2024\n\n"
        "FILM\tDIR.\tMINS\tFRI 8\tSAT 9\tMON–THU\n"
        "Rain Over Tết\tLò Thị Hạnh\t105\t15:30\t13:00\t—\n"
        "Ghosts of the River\tNguyễn Đức Trí\t97\t—\t21:00\t17:00\n"
    )
    facts = _facts(body, title="What's On: 8–14 November | Rạp Arthouse")
    triples = _triples(facts)
    assert ("Rain Over Tết", "director", "Lò Thị Hạnh") in triples
    assert ("Ghosts of the River", "director", "Nguyễn Đức Trí") in triples
    assert not {name for name, *_ in triples} & {"8–14 November", "Dir. Mins Fri 8 Sat 9 Mon–thu"}


def test_the_line_above_an_original_title_is_the_film_the_entry_goes_by():
    facts = _facts(
        "NEW HORIZONS | OFFICIAL SELECTION\nVenue | Screen 3\n\nthe weight of salt\n"
        "Original title | Nkyene Mu Duru\nCountry | Ghana\nRunning time | 1h 48m\n\n"
        "Director | Efua Mensah-Boateng\n",
        title="Programme | New Horizons Competition",
    )
    assert ("the weight of salt", "director", "Efua Mensah-Boateng") in _triples(facts)
    assert ("the weight of salt", 108) in _runtimes(facts)


def test_a_credit_row_ruled_with_bars_gives_every_name_but_no_place_or_field():
    triples = _triples(
        _facts(
            "Copper Tide (2023)\nProducers | Akosua Darko | Jean-Luc Tissier\n"
            "Screenplay | Ana Ruiz | Jo Park\nProducer: Mara Hollis | Lilies Films | France\n"
        )
    )
    assert {
        ("Copper Tide", "producer", "Akosua Darko"),
        ("Copper Tide", "producer", "Jean-Luc Tissier"),
        ("Copper Tide", "screenwriter", "Jo Park"),
        ("Copper Tide", "producer", "Mara Hollis"),
    } <= triples
    assert ("Copper Tide", "producer", "Lilies Films") not in triples
    assert not any(o == "France" and r != "country_of_origin" for _, r, o in triples)


def test_an_articles_numbered_parts_are_no_films():
    facts = _facts(
        "La casa dei venti is a 1974 Italian drama film.\n\n1. Plot\n\nA family waits.\n\n"
        "2. Production\n\nIt was shot in Camogli.\n\n3. Release and reception\n\n"
        "The film premiered at the Lido Film Festival on 27 August 1974.\n",
        title="La casa dei venti",
    )
    assert _subjects(facts, "publication_date") == {"La casa dei venti"}


def test_a_heading_ending_in_an_hour_over_a_record_is_the_film():
    facts = _facts(
        "WEEKLY PROGRAMME\n\nFEATURE OF THE WEEK\n\nMEKONG, 4 A.M.\n(Mê Kông, 4 giờ sáng)\n\n"
        "Type ........ Feature documentary\nDirector .... Phạm Thu Hà\n"
        "Runtime ..... 82 min\nCountry ..... Vietnam\n",
        title="What's On: 8–14 November | Arthouse",
    )
    assert ("Mekong, 4 A.M.", "director", "Phạm Thu Hà") in _triples(facts)
    assert ("Mekong, 4 A.M.", 82) in _runtimes(facts)


def test_a_catalogue_entry_of_labels_over_values_one_a_line():
    facts = _facts(
        "CATALOGUE 2024–2025 · FEATURE FILMS\n\nENGLISH TITLE\n7 Winters in Tusheti\n\n"
        "ORIGINAL TITLE\nშვიდი ზამთარი თუშეთში (Shvidi zamtari Tushetshi)\n\n"
        "COUNTRY OF PRODUCTION\nGeorgia\nPoland\n\nLANGUAGE\nGeorgian\nRussian\nYear\n\n"
        "RUNNING TIME\n131'\n\nDIRECTOR\nKeti Abashidze\n\nCO-PRODUCER\nAnna Wierzbicka\n\n"
        "DIRECTOR OF PHOTOGRAPHY\nZurab Kiknadze\n\nPRODUCTION COMPANIES\n"
        "Tusheti Line Films (Tbilisi)\nStudio Wiatr (Warsaw)\n\nTHEMES\n• isolation\n"
        "• tradition\n\nABOUT THE DIRECTOR\nKeti Abashidze (b. 1984) made the short "
        "Snowline (2017, 19'). 7 Winters in Tusheti is her first feature.\n",
        title="Catalogue 2024–2025: Feature Films | Film Export Office",
    )
    film = "7 Winters in Tusheti"
    assert {
        (film, "country_of_origin", "Georgia"),
        (film, "country_of_origin", "Poland"),
        (film, "original_language", "Russian"),
        (film, "producer", "Anna Wierzbicka"),
        (film, "cinematographer", "Zurab Kiknadze"),
        (film, "production_company", "Studio Wiatr"),
        (film, "main_subject", "tradition"),
    } <= _triples(facts)
    assert (film, "director", "Zurab Kiknadze") not in _triples(facts)
    assert (film, 131) in _runtimes(facts)


def test_a_festival_entry_with_its_short_its_press_and_films_like_it():
    facts = _facts(
        "the weight of salt\nOriginal title | Nkyene Mu Duru\nThemes | grief · land rights\n"
        "Running time | 1h 48m\n\nAWARDS | Sembène Prize for Best First Feature (Durban "
        'International Film Festival 2024)\nPRESS | "A quiet debut." | The Lens | 4/5\n\n'
        "PROGRAMMER'S NOTE\nThe film is patient, and the weight of salt is no documentary.\n\n"
        "PRECEDED BY\n"
        "Tide Line | dir. Selasi Agbeko | Ghana | 12 min\n\nMORE LIKE THIS\n"
        "• The River That Sang Back (2021) · 88 min\n",
        title="Programme | New Horizons Competition",
    )
    film = "the weight of salt"
    triples = _triples(facts)
    assert {
        (film, "main_subject", "land rights"),
        (film, "award_received", "Sembène Prize for Best First Feature"),
        ("Tide Line", "director", "Selasi Agbeko"),
    } <= triples
    assert _subjects(facts, "review_score") == {film}
    assert _runtimes(facts) == {(film, 108), ("Tide Line", 12), ("The River That Sang Back", 88)}


def test_a_title_in_sentence_case_with_a_number_beats_its_heroine():
    facts = _facts(
        "In the villages above Cusco, the dead are given forty days. Los 40 días de Rosalía, "
        "the second feature from Peruvian director Renzo Huamán, follows one widow.\n\n"
        "Rosalía (Teófila Mamani, a non-professional performer) has lost her husband. Rosalía "
        "speaks Quechua. Rosalía waits.\n\nLos 40 días de Rosalía is a co-production between "
        "Wayra Cine and Puna Films, and Cóndor Distribución opened it in Peru.",
        title="Review: in the high Andes, mourning has a timetable",
    )
    film = "Los 40 días de Rosalía"
    assert {(film, "production_company", "Puna Films")} <= _triples(facts)
    assert (film, "production_company", "Cóndor Distribución") not in _triples(facts)


def test_a_title_in_sentence_case_glossed_then_directed_by():
    facts = _facts(
        "CARTAGENA — A first feature from the Pacific coast won the top award.\n\n"
        "El río que nos debe (The River That Owes Us), directed by Jhon Mosquera, received the "
        "Gold India Catalina for Best Film. Produced by Manuela Restrepo for Atrato Cine, in "
        "co-production with France's Les Films de l'Estuaire, the Spanish-language drama runs "
        "98 minutes. The distributor Cine Colombia is negotiating for local rights.",
        title="FICCI 2025: Chocó River Drama Sweeps Cartagena's Top Prize",
    )
    film = "El río que nos debe"
    triples = _triples(facts)
    assert (film, "director", "Jhon Mosquera") in triples
    assert (film, "production_company", "Les Films de l'Estuaire") in triples
    assert not any(r == "distributor" or o == "Spanish-language" for _, r, o in triples)


def test_a_title_with_a_comma_named_after_a_colon_in_a_blog():
    facts = _facts(
        "Yesterday I dragged Inès to the cinema for a Moroccan film I'd heard about: "
        "Chergui, Again.\n\nIt's directed by Youssef El Alaoui. Inès laughed. Inès cried. Inès "
        "denies it. The cinematographer on Chergui, Again is Karim Bennani. A second film, "
        "supposedly called Chergui: The Return, is rumoured.",
        title="Popcorn & Passports #48: a Sunday in the cheap seats",
    )
    triples = _triples(facts)
    assert ("Chergui, Again", "director", "Youssef El Alaoui") in triples
    assert ("Chergui, Again", "cinematographer", "Karim Bennani") in triples


def test_a_title_with_a_comma_read_as_two_names_is_whole():
    facts = _facts(
        "I have told everyone to go and see Atacama, Hora Cero.\n\nWHAT IT IS\n"
        "Atacama, Hora Cero is a documentary directed by Catalina Riquelme. It took CLP 38 "
        'million. The "hora cero" is the hour the wells run dry.',
        title="The Docs Dispatch — Issue 112: salt, water and a desert running dry",
    )
    triples = _triples(facts)
    assert ("Atacama, Hora Cero", "director", "Catalina Riquelme") in triples
    assert {s for s, _, _ in triples} == {"Atacama, Hora Cero"}


def test_a_film_in_lower_case_glossed_in_a_lower_case_blog():
    facts = _facts(
        'so. i finally saw it.\n\nthe film is yksitoista talvea (that\'s "eleven winters" for '
        "my readers abroad). it's directed by aino rautiainen, whose previous film was "
        "the documentary poron polku (2018). it runs 1:56.",
        title="notes from the dark season, part 9: the reindeer film",
    )
    assert {f.subject.name.lower() for f in facts if f.relation.value == "duration"} == {
        "yksitoista talvea"
    }


def test_a_news_items_dateline_is_no_film():
    facts = _facts(
        "NAIROBI — Kenyan audiences kept the meter running for a third weekend, with the action "
        "comedy Matatu Kings: Route 46 again at the top of the box office.\n\nThe film took "
        "KSh 14.2 million. Nairobi loved it, and Nairobi's cinemas were full.",
        title="Weekend Box Office: Nairobi's Favourite Hustlers Stay in the Fast Lane",
    )
    assert _subjects(facts, "box_office") == {"Matatu Kings: Route 46"}


def test_a_chart_sequel_and_its_runner_up_each_keep_their_takings():
    facts = _facts(
        "NAIROBI — Kenyan audiences kept the meter running, with the action comedy Matatu "
        "Kings: Route 46 again at the top.\n\nThe film, directed by Wanjiru Kamau-Otieno, took "
        "KSh 14.2 million. Written by Kamau-Otieno and Collins Ouma, the film once again stars "
        "Brian Otieno as Kapteni.\n\nELSEWHERE ON THE CHART\n\nIn second place, the Nigerian "
        "crime thriller Lagos Heat added KSh 6.1 million. Overall, the top ten films grossed "
        "KSh 31.5 million.",
        title="Weekend Box Office: Nairobi's Favourite Hustlers Stay in the Fast Lane",
    )
    film = "Matatu Kings: Route 46"
    money = {
        (f.subject.name, int(f.object.amount)) for f in facts if f.relation.value == "box_office"
    }
    assert money == {(film, 14200000), ("Lagos Heat", 6100000)}
    assert (film, "cast_member", "Brian Otieno") in _triples(facts)


def test_a_makers_kind_and_glossed_title_in_the_lead_is_the_film():
    facts = _facts(
        "DHAKA, Oct 22 — Tanvir Ahmed Shuvo's river drama Ilisher Mausum (The Hilsa Season) was "
        "the big winner of the National Film Awards 2023, taking four prizes.\n\n"
        "The film also won the National Film Award for Best Director.\n\n"
        "Best Actress: Nishat Tabassum for Uttorer Hawa\nBest Actor: Masud Rana for Dhaka "
        "Underground 2\n",
        title="National Film Awards 2023: Full List of Winners Announced",
    )
    assert ("Ilisher Mausum", "award_received", "National Film Award for Best Director") in (
        _triples(facts)
    )


def test_filmography_headings_in_two_scripts_or_opening_with_an_hour():
    facts = _facts(
        "Kuo Ya-wen has never made a loud film. Here is a film-by-film guide.\n\n"
        "南風 The South Wind (2015)\nThe breakthrough. A Mandarin-language drama, it earned NT$62 "
        "million.\n\n4:44 a.m. (2019)\nA night-shift film; it runs 107 minutes.\n",
        title="The tide-watcher: a guide to one of Taiwan's quietest auteurs",
    )
    assert ("4:44 a.m.", 107) in _runtimes(facts)
    # (the heading in two scripts names the film by its Latin side)
    assert any(
        f.subject.name == "The South Wind" and f.relation.value == "box_office" for f in facts
    )


def test_a_title_with_a_comma_in_the_headline_and_once_in_the_body_is_whole():
    facts = _facts(
        "Okay so. Rumah Nenek, Jam Tiga — yes, the one everyone is talking about. It is "
        "directed by Dimas Prasetyo and it runs 97 minutes.",
        title="I watched Rumah Nenek, Jam Tiga at a 10pm show and I regret everything",
    )
    assert _runtimes(facts) == {("Rumah Nenek, Jam Tiga", 97)}


def test_a_quoted_title_after_its_kind_written_again_across_a_line_break():
    facts = _facts(
        "SÃO PAULO — A homegrown drama opened at No. 1 this weekend.\n\nBrazilian drama "
        '"Tudo Que o Rio Levou" (Everything the River Took) grossed R$ 8,4 milhões from\n'
        'Thursday to Sunday. Directed by Juliana Barreto-Lins, "Tudo Que\no Rio Levou" stars '
        "Wagner Soares. The 2h 08m drama was shot in Minas Gerais, and Minas Gerais loved it.",
        title="Local drama sinks Hollywood sequel at Brazil's weekend box office",
    )
    assert _runtimes(facts) == {("Tudo Que o Rio Levou", 128)}


def test_a_sheet_in_two_languages_reads_its_english_keys_and_its_original_title():
    # A festival's technical sheet: the page title names the catalogue, its section and the
    # entry's number, never the film; each key is written in the page's language, then English.
    body = (
        "MUESTRA DE CINE 2024 · CATÁLOGO / CATALOGUE\n"
        "Sección / Section: Horizonte Andino\n"
        "Ficha 03 de 12\n\n"
        "FICHA TÉCNICA / TECHNICAL SHEET\n\n"
        "Título original: Lluvia de Piedra\n"
        "Título en inglés / English title: Stone Rain\n"
        "País / Country: Bolivia, Francia (Bolivia, France)\n"
        "Idiomas / Languages: aimara, español (Aymara, Spanish)\n"
        "Duración / Running time: 1h 31m\n"
        "Montaje / Editing: Rosa Tupa\n"
        "Con / Featuring: Ana Quispe, Lino Mamani\n"
        "Casas productoras / Production companies: Kuntur Films (Bolivia); Atelier Sud (France)\n"
        "Temas / Themes: memoria / memory · sequía / drought\n\n"
        "SINOPSIS\n"
        "Una familia espera la lluvia."
    )
    facts = _facts(body, title="Catálogo 2024 · Horizonte Andino · Ficha 03 | Muestra de Cine")
    assert _subjects(facts, "editor") == {"Lluvia de Piedra"}
    assert {(s, o) for s, r, o in _triples(facts) if r != "title"} >= {
        ("Lluvia de Piedra", "France"),
        ("Lluvia de Piedra", "Aymara"),
        ("Lluvia de Piedra", "Rosa Tupa"),
        ("Lluvia de Piedra", "Lino Mamani"),
        ("Lluvia de Piedra", "Atelier Sud"),
        ("Lluvia de Piedra", "drought"),
    }
    assert _runtimes(facts) == {("Lluvia de Piedra", 91)}
    assert not {f.subject.name for f in facts} & {"Sinopsis", "Horizonte Andino", "Ficha 03"}


def test_a_listing_of_labels_over_values_names_each_entry_by_the_line_above_its_details():
    # A cinema's week: the title over its original in the film's own script, each detail a
    # label over its value, then a second entry in the same shape; the page title names the
    # week, never a film.
    body = (
        "NEW THIS WEEK\n\n"
        "The Salt Bell\n"
        "მარილის ზარი (Marilis Zari)\n\n"
        "Certificate\n12A\n\n"
        "Running time\n1h 41m\n\n"
        "Director\nNino Beridze\n\n"
        "Opens\nFriday the 7th of June 2024 (UK release)\n\n"
        "ALSO THIS WEEK\n\n"
        "Glassfish\n\n"
        "Format\nAnimated feature (English-language dubbed version)\n\n"
        "Director\nKasia Wrona\n\n"
        "Running time\n79 mins\n"
    )
    facts = _facts(body, title="What's On — Week of 7 June | The Harbour Picturehouse")
    assert ("The Salt Bell", "director", "Nino Beridze") in _triples(facts)
    assert ("Glassfish", "director", "Kasia Wrona") in _triples(facts)
    assert _runtimes(facts) == {("The Salt Bell", 101), ("Glassfish", 79)}
    assert _dates(facts) == {("The Salt Bell", "2024-06-07")}
    assert not _subjects(facts, "original_language")  # a dubbed version's language


def test_prose_wrapped_at_a_fixed_width_is_read_across_its_line_breaks():
    # A wire story wrapped at about 90 columns: the quoted title, a director's name and a
    # distributor's each break across lines. The winners' list below keeps its lines.
    body = (
        "Peruvian director Rosa Quispe's slow-burning thriller \"The Well Under the Old\n"
        'Market" has been picked up for Spain by Madrid-based Aurora Cine, and the film was\n'
        "shot by Iván Ccahuana in six weeks and edited by Lucía Benavides, with music by\n"
        "Wayra Condori. The film opened in Peruvian cinemas on 2 October 2024 through Vitrina\n"
        "Andina and has since grossed S/ 1.2 million, one of the year's best local results.\n\n"
        "AWARDS SO FAR\n"
        "Winner — Premio del Público at the Lima Film Festival for The Well, 2024\n"
        "Also nominated — Best Documentary at the Andes Doc Week for Manos de sal, 2023\n"
    )
    facts = _facts(body, title="Spanish distributor boards Peruvian thriller")
    got = _triples(facts)
    assert ("The Well Under the Old Market", "cinematographer", "Iván Ccahuana") in got
    assert ("The Well Under the Old Market", "composer", "Wayra Condori") in got
    assert _dates(facts) == {("The Well Under the Old Market", "2024-10-02")}
    assert ("The Well Under the Old Market", "editor", "Lucía Benavides") in got


def test_one_company_among_producers_does_not_make_the_people_companies():
    facts = _facts(
        "Soft Static is a 2024 short film. It was produced by Hannah Okafor, Ben Sallis and "
        "Northlight Collective, and Lia Moreau produced.",
        title="Soft Static",
    )
    assert {o for _, r, o in _triples(facts) if r == "production_company"} == {
        "Northlight Collective"
    }
    assert {o for _, r, o in _triples(facts) if r == "producer"} == {
        "Hannah Okafor",
        "Ben Sallis",
        "Lia Moreau",
    }


def test_a_title_with_a_possessive_beats_the_name_of_its_heroine():
    body = (
        "Score: 8/10\n\n"
        "Mira's Kite (original title: Mira no Tako) runs twenty minutes. A girl named Mira "
        "(voiced by Rin Takeda) flies a kite for her grandmother. Mira refuses to let go.\n\n"
        "Mira's Kite world-premiered at Annecy in June.\n\n"
        "Mira's Kite — Japan, 2024, 20 min. Director: Mao Kisaragi."
    )
    facts = _facts(body, title="Small lights: our critic on a short from Japan")
    assert _subjects(facts, "director") == {"Mira's Kite"}
    assert ("Mira's Kite", "cast_member", "Rin Takeda") in _triples(facts)


def test_a_headline_with_an_alternative_title_names_the_film_before_its_or():
    body = (
        "i have been putting off writing about the orchard bell for two weeks, because every "
        "time i start i end up staring at the wall, so here is a list and a rant instead.\n\n"
        "- it's georgian, directed by nino beridze, her first fiction feature.\n\n"
        'small rant. people online keep saying it "won the golden bear". it did not.\n'
    )
    facts = _facts(body, title="the orchard bell, or: why i cried on a tram in tbilisi")
    assert _subjects(facts, "director") == {"the orchard bell"}
    assert not _subjects(facts, "award_received")


def test_a_title_in_its_languages_case_glossed_in_english_after_its_kind_is_the_film():
    body = (
        "I went to Iceland for the northern lights and saw a documentary instead. On the flight "
        "I watched a Danish animated film called Ulvenatten (directed by Mette Skov).\n\n"
        "The documentary is the Icelandic production Þögnin í firðinum, which the English "
        "subtitles render as The Silence in the Fjord. Director Sigrún Hallsdóttir spent a "
        "winter in the Westfjords. The light up there in December lasts about four hours. It "
        "opened here on 2024-11-08, and it's a film about depopulation, yes, but mostly grief."
    )
    facts = _facts(body, title="Three nights in Reykjavík and one very cold documentary")
    got = _triples(facts)
    assert ("Þögnin í firðinum", "director", "Sigrún Hallsdóttir") in got
    assert ("Ulvenatten", "director", "Mette Skov") in got
    assert not _runtimes(facts)
    assert {o for _, r, o in got if r == "main_subject"} == {"depopulation"}
    assert _subjects(facts, "publication_date") == {"Þögnin í firðinum"}


def test_a_focus_entry_in_cells_names_its_film_not_its_section():
    body = (
        "FOCUS ENTRY | 16:30 | SCREEN 1\n\n"
        "the salt of small lakes. | Ghana | 2024 | 96 min | Colour | DCP\n"
        "Section | New Ghanaian Cinema (out of competition)\n"
        "Director | Ama Mensah-Boateng\n"
        "Producers | Kofi Asare | Efua Ansah\n\n"
        "A fisherman's daughter keeps the lake's ledger. New Ghanaian Cinema opens with it.\n"
    )
    facts = _facts(body, title="Day 3 Programme | Accra Film Week 2024")
    assert _subjects(facts, "director") == {"the salt of small lakes."}
    assert _runtimes(facts) == {("the salt of small lakes.", 96)}


def test_a_round_ups_heading_gives_its_label_then_the_film_it_is_about():
    body = (
        "The festival closed on Saturday night with a result few predicted.\n\n"
        "THE WINNER: LES FILLES DU FLEUVE\n\n"
        "The Golden Baobab went to Les Filles du Fleuve, the second feature by Fatou Sarr. "
        "The film runs 1h 41m without a wasted beat.\n\n"
        "BEST SHORT: AJOLOTE\n\n"
        "The Silver Pirogue went to Ajolote, by Paloma Reyes. The film runs 11 minutes.\n"
    )
    facts = _facts(body, title="Dakar festival: our round-up of the winners")
    assert _runtimes(facts) == {("Les Filles du Fleuve", 101), ("Ajolote", 11)}


def test_a_title_over_rows_of_keys_heads_its_own_entry():
    """A cinema's week: each film a line (one in lower case, one after its strand's label),
    then rows of "Key: value"; each row's fact hangs on the film above it, not on a key."""
    body = (
        "KINO PIHA · TURKU\n\n"
        "----------\n"
        "ice road\n"
        "Country: Finland\n"
        "Year: 2024\n"
        "Director: Aino Lehto\n"
        "Distributor (Finland): Pohja Films\n"
        "Runtime: 101 min.\n\n"
        "----------\n"
        "REPERTORY: The Night Ferry\n"
        "Country: Sweden\n"
        "Director: Olle Berg\n"
        "Runtime: 88 min.\n"
    )
    facts = _facts(body, title="This week at Kino Piha")
    triples = _triples(facts)
    assert ("ice road", "director", "Aino Lehto") in triples
    assert ("The Night Ferry", "director", "Olle Berg") in triples
    assert _runtimes(facts) >= {("ice road", 101), ("The Night Ferry", 88)}
    assert not {f.subject.name for f in facts} & {"Distributor", "REPERTORY: The Night Ferry"}


def test_a_lower_case_diary_opens_a_paragraph_on_its_film():
    """A blog in lower case whose page title names no film: the paragraph that opens on a
    title alone, then on what the writer did, names it; its company keeps its "oy"; a
    prediction is no nomination, and its distributor is named whole."""
    filler = "the bus did not come again and it is very cold here, so this is the list."
    body = (
        f"{filler}\n\n"
        "the fox clerk. i went in expecting nothing and laughed all the way through.\n\n"
        "it's directed by aino lehto, who co-wrote it with pekka sarko, and it's in finnish, "
        "obviously. it's 96 min which is the right length for a comedy. produced by pakkanen "
        "filmi oy and distributed by nordic cone releasing. i'm predicting right now that it "
        "gets nominated for the jussi award for best film next year.\n"
    )
    facts = _facts(body, title="things i watched in january, part 2")
    triples = _triples(facts)
    film = "The fox clerk"
    assert (film, "director", "Aino Lehto") in triples
    assert (film, "screenwriter", "Pekka Sarko") in triples
    assert (film, "production_company", "Pakkanen Filmi Oy") in triples
    assert _runtimes(facts) == {(film, 96)}
    assert not _subjects(facts, "nominated_for")
    assert _subjects(facts, "distributor") == {film}
    assert (film, "distributor", "Nordic Cone Releasing") in triples


def test_a_review_names_its_film_once_in_its_makers_possessive():
    """The page title names no film, the text names it once ("In Ana Ruiz's Night Bus 29 to
    Hai Phong, ..."), then says "the film": that is the film, not "Every" at a sentence's
    start, nor a character named twice."""
    body = (
        "Every city has a bus route that only insomniacs know. In Trần Minh Khoa's Night Bus 29 "
        "to Hai Phong, it is a battered coach that leaves Hanoi at night. Every stop is a scene. "
        "Lê Thị Nhung plays Thu, the conductor. Phạm Quốc Bảo is Mr. Vinh, the driver. Mr. Vinh "
        "barely speaks.\n\nThe film is in Vietnamese. Every minute of it is worth the ride.\n"
    )
    facts = _facts(body, title="A slow ride worth taking")
    film = "Night Bus 29 to Hai Phong"
    assert (film, "cast_member", "Lê Thị Nhung") in _triples(facts)
    assert _subjects(facts, "original_language") == {film}


def test_a_review_that_spells_out_its_lower_case_title_is_about_that_film():
    """The title is said in passing, in lower case, between dashes; the page title and the
    maker's earlier film, named more often, are not the film."""
    body = (
        "The title is printed entirely in lower case on the posters — the north wind keeps no "
        "promises — and the film is just as muted. Ece Karaman's second feature is a Turkish "
        "thriller set on the Black Sea coast. Her debut, Salt Fog, was a drama. Salt Fog won "
        "a prize.\n\nIt is produced by Nilay Ersoy for Karadeniz Yapım and distributed in "
        "Turkey by Pera Dağıtım. The film premiered at the Bosphorus Film Days before opening "
        "nationwide on 23/09/2023, and in its first week it drew 310,000 admissions and ₺14.6 "
        "million. In Turkish, with English subtitles at the screening I attended.\n"
    )
    facts = _facts(body, title="Black Sea, cold hands: Ece Karaman comes home")
    triples = _triples(facts)
    film = "the north wind keeps no promises"
    assert (film, "production_company", "Karadeniz Yapım") in triples
    assert (film, "distributor", "Pera Dağıtım") in triples
    assert _dates(facts) == {(film, "2023-09-23")}
    assert _subjects(facts, "original_language") == {film}
    assert _subjects(facts, "box_office") == {film}
    assert film in _subjects(facts, "country_of_origin")


def test_a_retrospectives_titles_alone_over_prose_head_its_entries():
    """Three titles or more, each alone on its line over a paragraph about a film, are a
    retrospective's entries: each paragraph's facts hang on its title, and each film is the
    director's the opening names; two such headings are a page's own parts."""
    body = (
        "This month the Cinémathèque de Lyon gives Farhad Sadeghi-Nia his first full "
        "retrospective: three features in twelve years.\n\n"
        "The Pomegranate Census\n\n"
        "Sadeghi-Nia's debut follows a young clerk sent to count a village near Kashan. It "
        "won the Silver Cypress at the Shiraz International Film Festival.\n\n"
        "Winter in Bandar Abbas\n\n"
        "Five years later came this drama about a dock worker, Jalal, played by Hamid Rostami, "
        "who loses his job. At 1h 49m it is his most conventional work.\n\n"
        "Seven Doors, One Key\n\n"
        "Which brings us to the new film, a drama about guilt and about how families keep "
        "secrets. Edited by Babak Nouri, it runs 2h 6m and never feels long.\n"
    )
    facts = _facts(body, title="Doors and keys: the patient cinema of Farhad Sadeghi-Nia")
    assert _runtimes(facts) == {("Winter in Bandar Abbas", 109), ("Seven Doors, One Key", 126)}
    assert _subjects(facts, "director") == {
        "The Pomegranate Census",
        "Winter in Bandar Abbas",
        "Seven Doors, One Key",
    }
    assert ("Seven Doors, One Key", "editor", "Babak Nouri") in _triples(facts)


def test_a_post_names_the_film_its_writer_finally_watched():
    """A blog whose page title names no film: "I finally watched X, which ..." names it,
    whatever its case; its festival keeps its "do", its category its "Adapted"."""
    body = (
        "Okay, confession first: it rained all day, and I finally watched A casa do meu avô "
        "ainda respira, which my cousin Júlia has been nagging me about since March.\n\n"
        "So. It's a Brazilian drama, in Portuguese obviously, directed by Luana Batista. It "
        "premiered at the Festival do Agreste last year, and opened in cinemas here on March "
        "21, 2024. It was nominated for the Grande Prêmio do Cinema Brasileiro for Best "
        "Adapted Screenplay. Go watch it.\n"
    )
    facts = _facts(body, title="Rainy Sunday, one Brazilian film, far too much coffee")
    triples = _triples(facts)
    film = "A casa do meu avô ainda respira"
    assert (film, "premiere", "Festival do Agreste") in triples
    assert (film, "director", "Luana Batista") in triples
    assert _dates(facts) == {(film, "2024-03-21")}
    assert _subjects(facts, "original_language") == {film}
    prize = "Grande Prêmio do Cinema Brasileiro for Best Adapted Screenplay"
    assert (film, "nominated_for", prize) in triples


def test_a_charts_credit_block_table_is_the_film_its_title_row_names():
    """A chart's numbered entries, each a line of what the film is and its credits, then a
    credit block whose "| Title | X |" row names the film the rows under it are about."""
    body = (
        "1. Mavi Kanat: The Last Ferry\n"
        "   Animated adventure · Distributor: Karaköy Film\n"
        "   Gross: ₺148.6 million · Admissions: 1,210,000\n\n"
        "2. Kayıp Balon\n"
        "   Family comedy · Director: Gülşen Ilgaz\n"
        "   Gross: ₺40.35 million · Admissions: 339,000\n\n"
        "3. Captain Nobody and the Tin Moon\n"
        "   Animated · United States · Distributor in Turkey: Anadolu Sinema\n"
        "   Gross in Turkey: ₺33.8 million · Admissions: 281,000\n\n"
        "----------\n"
        "CREDIT BLOCK: No. 1\n\n"
        "| Field | Value |\n"
        "|---|---|\n"
        "| Title | Mavi Kanat: The Last Ferry |\n"
        "| Editor | Burak Tunalı |\n"
        "| Voice cast | Deniz Aksoy (Mavi), Cem Ulusoy (Kaptan Rıza) |\n"
    )
    facts = _facts(body, title="2024 Family Box Office Chart: Turkey")
    triples = _triples(facts)
    first, last = "Mavi Kanat: The Last Ferry", "Captain Nobody and the Tin Moon"
    assert (first, "editor", "Burak Tunalı") in triples
    assert (first, "cast_member", "Cem Ulusoy") in triples
    assert (
        not {(first, "cast_member", "Kaptan Rıza"), (first, "character", "Deniz Aksoy")} & triples
    )
    assert (last, "distributor", "Anadolu Sinema") in triples
    assert _subjects(facts, "box_office") == {first, "Kayıp Balon", last}
    classes = {(f.subject.name, f.object.value) for f in facts if f.relation.value == "instance_of"}
    assert {(first, "animated_film"), (last, "animated_film")} <= classes
    assert ("Kayıp Balon", "genre") in {(f.subject.name, f.relation.value) for f in facts}


def test_a_roundups_headings_with_their_prize_in_brackets_head_entries():
    """A festival roundup's films, each a heading with its prize in brackets (one in
    sentence case, written again below) over a paragraph about it."""
    body = (
        "The festival closed with a prize-giving that mostly agreed with the critics.\n\n"
        "La noche que cayó el cobre (Golden Anchor)\n\n"
        "The festival's top prize went to Valentina Oyarzún's first feature, a Chilean drama "
        "set in a mining town during the night of a tunnel collapse. It runs 1h 44m.\n\n"
        "Mother of the Stone Vines (Best Documentary Award)\n\n"
        "Nino Kapanadze's documentary follows a winemaker through a single harvest. It is a "
        "Georgian film of great patience, 78 minutes long, in Georgian, and a fine one.\n\n"
        "Small Snow (Best Short Film)\n\n"
        "Finally, a word for Parisa Mohebbi's Iranian short Small Snow, 19 minutes about two "
        "sisters in Tabriz waiting for a phone call.\n\n"
        "A festival that can launch La noche que cayó el cobre is doing something right.\n"
    )
    facts = _facts(body, title="Porto Atlântico 2024: the winners")
    assert _runtimes(facts) >= {
        ("La noche que cayó el cobre", 104),
        ("Mother of the Stone Vines", 78),
        ("Small Snow", 19),
    }
    assert ("La noche que cayó el cobre", "director", "Valentina Oyarzún") in _triples(facts)
    assert _subjects(facts, "original_language") == {"Mother of the Stone Vines"}


def test_a_place_at_the_end_of_a_title_is_not_the_film():
    """The headline names the film by its place ("Shubra drama to open"); the text names it
    in full, "The Seventh Door of Shubra", and names the place alone once more."""
    body = (
        "CAIRO — The Nile Delta International Film Festival will open with The Seventh Door of "
        "Shubra, the second feature from Egyptian director Nour Abdel-Fattah.\n\n"
        "The Egyptian drama follows a tram driver in the Cairo district of Shubra. It runs an "
        "hour and 47 minutes. The Seventh Door of Shubra is not an adaptation.\n"
    )
    facts = _facts(body, title="Nile Delta festival unveils 2024 line-up, Shubra drama to open")
    assert _runtimes(facts) == {("The Seventh Door of Shubra", 107)}


def test_a_winners_list_names_each_film_before_its_country():
    """ "Best Director: Nguyễn Thu Hà, Mùa sen muộn (Vietnam)": the winner, then her film in
    sentence case, then its country; "Best Film: X (Indonesia)": the film and its country.
    Each line's prize is its own film's, and the prose's facts hang on the films it names."""
    body = (
        "KUALA LUMPUR — An Indonesian drama swept the awards on Saturday.\n\n"
        "The Vietnamese drama Mùa sen muộn took two prizes. From the Philippines, Ang Huling "
        "Bangka earned the Best Actor prize for Carlo Mendoza-Reyes, who plays the fisherman "
        "Tomas.\n\n"
        "Full list of winners\n"
        "Best Film: Sembilan Malam di Ternate (Indonesia)\n"
        "Best Director: Nguyễn Thu Hà, Mùa sen muộn (Vietnam)\n"
        "Best Actor: Carlo Mendoza-Reyes, Ang Huling Bangka (Philippines)\n"
    )
    facts = _facts(body, title="Southeast Asian Screen Awards: the winners")
    prizes = {
        (f.subject.name, f.object.name) for f in facts if f.relation.value == "award_received"
    }
    assert {  # (named as the ceremony's prizes are: the page's title names it)
        ("Sembilan Malam di Ternate", "Southeast Asian Screen Award for Best Film"),
        ("Mùa sen muộn", "Southeast Asian Screen Award for Best Director"),
        ("Ang Huling Bangka", "Southeast Asian Screen Award for Best Actor"),
    } <= prizes
    assert ("Ang Huling Bangka", "cast_member", "Carlo Mendoza-Reyes") in _triples(facts)


def test_another_films_gross_in_a_blog_is_that_films():
    """A blog's bulleted voice cast ("- Dewi Anggraini as Mak Loreng, the tiger") is its
    film's; "X, which made Rp 20 billion" is X's gross, not the film's."""
    body = (
        "We took the kids to Si Kancil dan Bulan Merah on Saturday.\n\n"
        "The voices:\n"
        "- Bima Saputra as Kancil\n"
        "- Dewi Anggraini as Mak Loreng, the tiger\n\n"
        "For comparison, the last Indonesian animated film my kids loved was Petualangan Kapal "
        "Kertas, which made Rp 20 billion and which we have watched at home many times.\n"
    )
    facts = _facts(body, title="Si Kancil dan Bulan Merah: a family review")
    triples = _triples(facts)
    film = "Si Kancil dan Bulan Merah"
    assert {(film, "character", "Kancil"), (film, "character", "Mak Loreng")} <= triples
    assert (film, "cast_member", "Dewi Anggraini") in triples
    assert _subjects(facts, "box_office") == {"Petualangan Kapal Kertas"}


def test_a_portuguese_title_keeps_its_article_and_opens_its_review():
    """ "Luíza Fontenelle's A Canção do Boto takes that old story": the film, with its "A";
    the maker's earlier short, tagged with its year, is not."""
    body = (
        "If you grew up near the Amazon you know the legend of the boto. Luíza Fontenelle's "
        "A Canção do Boto takes that old story and gives it to a teenage girl.\n\n"
        "The girl is Iara, voiced with real bite by Ana Clara Reis. The script, by Fontenelle "
        "and Tomás Bragança, is adapted from a novel.\n\n"
        "Her earlier short, Pequena Chuva (2016), won a prize at home.\n"
    )
    facts = _facts(body, title="A girl, a pink dolphin and the best Brazilian cartoon in years")
    triples = _triples(facts)
    film = "A Canção do Boto"
    assert {(film, "cast_member", "Ana Clara Reis"), (film, "character", "Iara")} <= triples
    assert {
        (film, "screenwriter", "Luíza Fontenelle"),
        (film, "screenwriter", "Tomás Bragança"),
    } <= triples


def test_a_streaming_guides_entries_are_headings_with_the_service_in_brackets():
    """Sentence-case titles with where they stream, a story's "X and the Y Festival", and an
    entry that opens with where its film is from: each entry's facts hang on its title."""
    facts = _facts(
        "Here is what is new on the services this month, and what is worth your evening.\n\n"
        "Las dos orillas (Veranda+)\n\n"
        "Marta Ibáñez's Spanish drama about two sisters who run a ferry opened at home on "
        "3 May 2023. Nuria Calvo stars as the elder sister, Rosa. It runs 1h 48m.\n\n"
        "Tomás and the Lantern Festival (Streamly)\n\n"
        "The family pick is an animated film from Chile, directed by Paula Reyes, about a boy "
        "who builds a paper lantern for the town's parade. It runs 84 minutes.\n\n"
        "Bukas ng Dagat (Veranda+)\n\n"
        "From the Philippines, Carlo Mendoza's quiet romance about two lighthouse keepers, "
        "which won Best Picture at the Manila Sea Film Awards. 101 min.",
        title="What to stream this month: ferries, lanterns and lighthouses",
    )
    triples = _triples(facts)
    assert ("Las dos orillas", "director", "Marta Ibáñez") in triples
    assert ("Tomás and the Lantern Festival", "director", "Paula Reyes") in triples
    assert ("Bukas ng Dagat", "director", "Carlo Mendoza") in triples
    assert ("Bukas ng Dagat", 101) in _runtimes(facts)
    assert not any("Philippines" in f.subject.name for f in facts)


def test_an_awards_roundup_with_a_prize_before_each_title_hangs_facts_on_each_winner():
    """ "Special Jury Prize: Anahit's Garden" over its paragraph: the film after the prize is the
    entry; the town the festival is named after is no film, though the prose goes "to" it."""
    facts = _facts(
        "The Brod Film Festival handed out its prizes on Friday night.\n\n"
        "Golden Oar for Best Film: Kuća na rijeci\n\n"
        "Amra Hadžić's second feature, a Bosnian drama, runs 1h 57m and never looked like "
        "losing.\n\n"
        "Special Jury Prize: Anahit's Garden\n\n"
        "The Armenian entry from Vahe Sargsyan came to Brod after a summer of festivals. It "
        "stars Anush Hakobyan as Anahit. It runs 104 minutes.\n\n"
        "Golden Oar for Best Short Film: Pekara\n\n"
        "Nikola Ristić's 15-minute Serbian short about a night shift at a bakery got the "
        "loudest cheer in Brod.",
        title="Brod 2024: the winners",
    )
    triples = _triples(facts)
    assert ("Kuća na rijeci", "director", "Amra Hadžić") in triples
    assert ("Anahit's Garden", "director", "Vahe Sargsyan") in triples
    assert ("Anahit's Garden", "cast_member", "Anush Hakobyan") in triples
    assert ("Pekara", "director", "Nikola Ristić") in triples
    assert ("Anahit's Garden", 104) in _runtimes(facts)
    assert "Brod" not in _subjects(facts, "duration")


def test_a_weekend_chart_with_sums_after_a_colon_and_entries_under_name_shaped_headings():
    """ "1. Halcyon Drift (Northlight Pictures): £3,820,000 weekend; ...": each sum is the line's
    film's, its distributor is in brackets ("Wattle & Gum Releasing" is one company); the
    headings below, shaped like people's names, are the chart's films."""
    facts = _facts(
        "Figures below are for Friday to Sunday, in pounds sterling.\n\n"
        "Top three\n\n"
        "1. Halcyon Drift (Northlight Pictures): £3,820,000 weekend; £3,820,000 total; week 1\n"
        "2. Bilby's Big Dig (Wattle & Gum Releasing): £2,110,000 weekend; £9,640,000 total\n"
        "3. Hollow Pines (Lodestar International): £1,430,000 weekend; £5,270,000 total\n\n"
        "Halcyon Drift\n\n"
        "Imogen Clarke's space drama opened here from 612 sites and runs 2h 11m.\n\n"
        "Bilby's Big Dig\n\n"
        "The Australian animated adventure from director Liam O'Hare runs 91 minutes.\n\n"
        "Hollow Pines\n\n"
        "The American horror picture, directed by Cody Marsh, slipped to third.",
        title="UK box office: Halcyon Drift lands on top",
    )
    triples = _triples(facts)
    assert ("Bilby's Big Dig", "distributor", "Wattle & Gum Releasing") in triples
    assert ("Hollow Pines", "distributor", "Lodestar International") in triples
    assert ("Hollow Pines", "director", "Cody Marsh") in triples
    assert ("Halcyon Drift", "director", "Imogen Clarke") in triples
    sums = {(f.subject.name, f.object.amount) for f in facts if f.relation.value == "box_office"}
    assert ("Bilby's Big Dig", 9640000) in sums and ("Hollow Pines", 1430000) in sums
    assert ("Halcyon Drift", 131) in _runtimes(facts)


def test_titles_in_their_languages_sentence_case_glossed_or_after_their_kind():
    """ "Bóng ma sông Hương (The Ghost of the Perfume River) has become" opens the item and is
    written again: the film, whole; "the horror film Quỷ cổ tháp (2020)" is another film,
    whole too, not "Quỷ"."""
    facts = _facts(
        "HANOI — Đêm trăng sông Đà (Moonlight on the Black River) has become the year's "
        "biggest local hit, passing 120 billion dong at the box office on Sunday.\n\n"
        "The drama, directed by Trần Minh Khôi, opened on 29 January 2025 and runs 109 "
        "minutes. Set in 1968, Đêm trăng sông Đà follows a schoolteacher who returns home.\n\n"
        "Trần's debut was the horror film Quỷ cổ tháp (2020), which grossed ¥310 million in "
        "Japan.",
        title="Vietnamese drama tops the box office",
    )
    triples = _triples(facts)
    assert ("Đêm trăng sông Đà", "director", "Trần Minh Khôi") in triples
    assert ("Đêm trăng sông Đà", 109) in _runtimes(facts)
    assert "Quỷ cổ tháp" in _subjects(facts, "box_office")
    assert not {"Đà", "Quỷ"} & {f.subject.name for f in facts}


def test_a_review_whose_hero_is_named_family_name_first_more_often_than_the_title():
    """ "Bae Jung-ho", then "Bae" again and again: a man, named family name first, not the
    film; "the set-up of Mokpo Night Line: The Last Stop, the second feature from director
    Yoon Ha-jin" names the film, whole."""
    facts = _facts(
        "Bae Jung-ho has driven the night bus to Mokpo for years. Tonight Bae is on his last "
        "shift, and Bae will not leave a passenger behind.\n\n"
        "That is the set-up of Mokpo Night Line: The Last Stop, the second feature from "
        "director Yoon Ha-jin. Choi Min-gu, who has played many gangsters, is wonderful as "
        "Bae. Park Seo-yeon's screenplay keeps refusing to move, and at 107 min. it still "
        "feels long. Released by Starline Entertainment on 15 May 2024, it has done well.",
        title="The stubbornest bus driver takes one last ride",
    )
    film = "Mokpo Night Line: The Last Stop"
    triples = _triples(facts)
    assert (film, "director", "Yoon Ha-jin") in triples
    assert (film, "screenwriter", "Park Seo-yeon") in triples
    assert (film, "cast_member", "Choi Min-gu") in triples
    assert (film, 107) in _runtimes(facts)
    assert (film, "2024-05-15") in _dates(facts)
    assert "Bae" not in {f.subject.name for f in facts}


def test_a_diary_with_two_bold_headings_and_a_film_set_apart_in_a_clause():
    """Two films under "**X**" headings: each heading starts its film's entry. "Where
    Talveaed is quiet, this is a comedy" speaks of the entry's film, and "Where Talveaed" is
    no one's name, so Talveaed stays a title."""
    facts = _facts(
        "Day four at the festival and the snow has arrived.\n\n"
        "**Talveaed**\n\n"
        "Talveaed (Winter Garden) is the debut feature of Kadri Mägi. Talveaed had its world "
        "premiere here, and it runs 1:41. It is a drama about an old botanist.\n\n"
        "**Mother of Vines**\n\n"
        "The evening slot was Mother of Vines, a Georgian film by Nino Kvaratskhelia, which "
        "opened at home in October.\n\n"
        "Where Talveaed is quiet, this is a comedy, and loud in the best way. Tamar Beridze "
        "plays the matriarch, Eteri. Runtime 118 minutes.",
        title="Festival diary, day four: snow and two mothers",
    )
    triples = _triples(facts)
    assert ("Mother of Vines", "cast_member", "Tamar Beridze") in triples
    assert ("Mother of Vines", 118) in _runtimes(facts)
    assert ("Talveaed", 101) in _runtimes(facts)
    assert ("Talveaed", "cast_member", "Tamar Beridze") not in triples


def test_a_chart_report_led_by_a_title_with_its_own_full_stop():
    """ "Saltmarsh., the second feature from Scottish director X" opens the report: the film,
    its full stop kept; "the UK and Ireland chart" names no film; "German period drama Die
    Uhrmacherin expanded" names another, without an article before its kind."""
    facts = _facts(
        "A small British drama has knocked a fantasy spectacle off the top of the UK and "
        "Ireland chart, in one of the quietest weekends of the UK year.\n\n"
        "Saltmarsh., the second feature from Scottish director Eilidh MacAulay, took £2.14m "
        "from 512 sites after opening on 14 March 2025. It runs 1h 58m.\n\n"
        "German period drama Die Uhrmacherin climbed to fifth place with £310,000. Directed "
        "by Katrin Oberhauser, it is released by Arrowhead Arthouse.",
        title="UK box office: a quiet weekend",
    )
    triples = _triples(facts)
    assert ("Saltmarsh.", "director", "Eilidh MacAulay") in triples
    assert ("Saltmarsh.", 118) in _runtimes(facts)
    assert ("Die Uhrmacherin", "director", "Katrin Oberhauser") in triples
    assert "UK" not in {f.subject.name for f in facts}


def test_a_festival_statuette_is_no_film_and_a_glossed_lead_title_is():
    """ "The Crystal Globe carries a cash prize": a prize, however often written; the film is
    the glossed title the item opens with, "..., the second feature by ... director X"."""
    facts = _facts(
        "BRNO — Ketevanis simghera (Ketevan's Song), the second feature by Georgian director "
        "Tamar Gogiberidze, won the Crystal Globe on Saturday. The 118-minute film was "
        "written by Gogiberidze with her brother, Levan Gogiberidze.\n\n"
        "The Crystal Globe carries a cash prize of USD 25,000. The Crystal Globe went to a "
        "debut last year as well.\n\n"
        "Full list of winners\n"
        "- Crystal Globe: Ketevanis simghera, dir. Tamar Gogiberidze (Georgia)",
        title="Georgian choir drama takes the top prize",
    )
    film = "Ketevanis simghera"
    assert (film, "director", "Tamar Gogiberidze") in _triples(facts)
    assert (film, 118) in _runtimes(facts)
    assert not any("Globe" in f.subject.name for f in facts)
    assert "Levan Gogiberidze" not in {
        getattr(f.object, "name", "") for f in facts if f.relation.value == "character"
    }


def test_a_diary_line_that_opens_on_the_film_just_seen():
    """ "Finally saw El-Tram El-Akhir tonight": the post's film, though its name is shaped like
    a person's, over an older film of the director's named with its year."""
    facts = _facts(
        "Tuesday, 21 January\n\n"
        "Finally saw El-Tram El-Akhir tonight at the Zawya, after two sold-out attempts.\n\n"
        "Quick version: it's a romance, it's Egyptian, and it runs 104 minutes. This is the "
        "same Karim Mansour who made Saqr (2021), the action film with the car chase. Saqr "
        "was a hit; Saqr had a sequel too.",
        title="Notes from a Cairo winter",
    )
    assert ("El-Tram El-Akhir", 104) in _runtimes(facts)


def test_a_review_credits_in_passing_source_songs_producer_and_a_voice_with_an_aside():
    """Credits a review gives in its stride: "Dona Lurdes, the grandmother, is voiced by the
    veteran X", "adapted from O Boto que Cantava, a 1998 children's novel by Y", "Z's songs",
    "Producer W has said"."""
    facts = _facts(
        "Luíza Fontenelle's A Canção do Boto is the most confident animated feature to come "
        "out of Brazil in years.\n\n"
        "Dona Lurdes, the grandmother, is voiced by the veteran Zezé Albuquerque, who gets the "
        "best lines. The script is adapted from O Boto que Cantava, a 1998 children's novel by "
        "Helena Tavares. It is also a musical, and Marcos Vilela's songs, built on carimbó "
        "rhythms, are catchy. Producer Renata Albuquerque has said in interviews that the "
        "river scenes took a year.",
        title="A pink dolphin who sings",
    )
    film = "A Canção do Boto"
    triples = _triples(facts)
    assert (film, "cast_member", "Zezé Albuquerque") in triples
    assert (film, "based_on", "O Boto que Cantava") in triples
    assert (film, "composer", "Marcos Vilela") in triples
    assert (film, "producer", "Renata Albuquerque") in triples


def test_a_lower_case_post_about_the_film_that_made_the_writer():
    """All in lower case: "the film that made me want to write about films is el último
    tranvía a coyoacán" names the post's film, its article "el" included; a later film of the
    director's, named twice with its year, is another."""
    facts = _facts(
        "okay so. the film that made me want to write about films at all is el último tranvía "
        "a coyoacán, and last weekend the cineteca screened the new restoration.\n\n"
        "quick facts. it's a mexican film, in spanish, directed by rosaura ibarra. it runs "
        "1h 39m, which feels like nothing.\n\n"
        "no, julián montes was not in noches de cobre. noches de cobre (2003) is ibarra's "
        "later film and it runs 2 hours and 11 minutes.",
        title="i rewatched the movie that ruined me at fourteen",
    )
    film = "El Último Tranvía a Coyoacán"
    assert (film, 99) in _runtimes(facts)
    assert (film, "director", "Rosaura Ibarra") in _triples(facts)


def test_a_technical_sheet_names_its_film_under_the_original_title_label():
    """A festival's sheet in two languages: the value under "Título original / Original
    title" is the film, not the sheet's own name in the page title ("Ficha técnica /
    Technical sheet — Sección Horizontes"), nor the maker's earlier short in her biography."""
    text = (
        "source: urn:test\n"
        "title: Ficha técnica / Technical sheet — Sección Horizontes | MICMER 2025\n\n"
        "Ficha técnica / Technical sheet\n\n"
        "Título original / Original title\nXtabay: lo que el agua recuerda\n\n"
        "Duración / Running time\n87 min.\n\n"
        "Dirección / Director\nItzel Canché Poot\n\n"
        "Montaje / Editing\nLucía Bermejo\n\n"
        "Sinopsis / Synopsis\n"
        "En un pueblo de Yucatán, tres mujeres cuidan el último cenote. / In a village in "
        "Yucatán, three women look after the last cenote that still gives clean water.\n\n"
        "Biofilmografía / Biofilmography\n"
        "Su ópera prima, el cortometraje «Sak Nikté» (2019), se rodó en maya. / Her first "
        'work, the short film "Sak Nikté" (2019), was shot entirely in Maya.\n'
    )
    facts = extract_facts(parse_article(text))
    film = "Xtabay: lo que el agua recuerda"
    assert (film, "director", "Itzel Canché Poot") in _triples(facts)
    assert (film, "editor", "Lucía Bermejo") in _triples(facts)
    assert (film, 87) in _runtimes(facts)


def test_a_title_that_opens_on_a_number_is_the_film_not_the_opening_scene():
    body = (
        "Score: 8/10\n\n"
        "The opening shot runs for three minutes. A potter's hands shape the clay, wet it, "
        "and turn it again.\n\n"
        "12 Summers in Mardin is the second feature-length documentary by Selin Aydemir, "
        "shot over five years in one courtyard.\n\n"
        "Compare Clay Hours, the older film about the same craft, which ran 58 minutes.\n\n"
        "Director: Selin Aydemir\nEditor: Burak Tan\n"
    )
    facts = _facts(body, title="Patience in clay: a review")
    assert _subjects(facts, "director") == {"12 Summers in Mardin"}
    assert ("12 Summers in Mardin", "editor", "Burak Tan") in _triples(facts)
    assert "Compare Clay Hours" not in {f.subject.name for f in facts}


def test_another_film_that_took_a_sum_keeps_its_sum():
    body = (
        "Salt Wind is a 2023 Nigerian comedy.\n\n"
        "For the record, Lagos Wedding Diaries took ₦180 million back in 2016. "
        "Salt Wind has earned ₦312 million since it opened.\n"
    )
    money = {
        (f.subject.name, str(f.object)) for f in _facts(body) if f.relation.value == "box_office"
    }
    assert {name for name, _ in money} == {"Lagos Wedding Diaries", "Salt Wind"}


def test_a_lower_case_diary_names_its_film_and_its_people_whole():
    filler = (
        "so this week's notes are mostly about one film, because i cannot stop thinking about it."
    )
    body = (
        f"{filler}\n\n"
        "the film is o vento da serra, and if you're in portugal it's playing near you. it had "
        "its world premiere back on 2023-08-12 at the braga film festival, where it ended up "
        "winning the gaivota for best film.\n\n"
        "- directed by joana prado\n"
        "- starring renata alves\n"
        "- produced by serra filmes, distributed by atlântico distribuidora\n\n"
        "the film has taken r$14 million since it opened.\n\n"
        "if you want to go back further, prado's first feature was céu de lata (2018), a "
        "thriller.\n"
    )
    facts = _facts(body, title="sunday notes #12")
    triples = _triples(facts)
    film = "O Vento da Serra"
    assert (film, "director", "Joana Prado") in triples
    assert (film, "cast_member", "Renata Alves") in triples  # a surname after a given name
    assert (film, "distributor", "Atlântico Distribuidora") in triples
    assert (film, "premiere", "Braga Film Festival") in triples
    assert (film, "award_received", "Gaivota for Best Film") in triples
    assert ("Céu de Lata", "director", "Joana Prado") in triples
    money = [f for f in facts if f.relation.value == "box_office"]
    assert [(f.subject.name, f.object.currency) for f in money] == [(film, "BRL")]


def test_a_diary_greeting_is_no_film_and_the_show_it_went_to_is():
    body = (
        "Friday, 5 January 2024, 11 pm\n\n"
        "Dear diary,\n\n"
        "Okay. I went to the last full show of Bahay sa Ilog at the mall near our flat. "
        "It was worth it.\n\n"
        "- Directed by Carla Dimagiba\n"
        "- Produced by Tala Pictures\n"
    )
    facts = _facts(body, title="Dear diary: I screamed in Cinema 2")
    assert _subjects(facts, "director") == {"Bahay sa Ilog"}
    assert "Dear diary" not in {f.subject.name for f in facts}


def test_a_title_with_a_comma_and_a_year_is_the_film():
    body = (
        "## The film\n\n"
        "Lato, 1976 is a historical drama set in one hot summer. It follows a nurse in Radom.\n\n"
        "Director: Piotr Wierzba\nMusic: Ewa Lis\n\n"
        "Yes, it is the same Wierzba who made Kolej do Helu (2017), the comedy about a train.\n"
    )
    facts = _facts(body, title="Months later, I still think about that festival winner")
    triples = _triples(facts)
    assert ("Lato, 1976", "director", "Piotr Wierzba") in triples
    assert ("Lato, 1976", "composer", "Ewa Lis") in triples
    assert ("Kolej do Helu", "director", "Piotr Wierzba") in triples


def test_markdown_headings_over_fact_rows_open_each_films_entry():
    entry = (
        "### {title}\n\nStudio: {studio}\nDirector and screenplay: {director}\n"
        "Original work: the manga by Aoi Tachi\nRuntime: {minutes} min.\n\n"
        "A gentle fable about loneliness, and a quiet one.\n\n"
    )
    body = "Here is our guide to the spring's animated features.\n\n---\n\n" + "".join(
        entry.format(title=t, studio=s, director=d, minutes=m)
        for t, s, d, m in (
            ("Tsuki no Ura", "Studio Yuzu", "Noriko Aihara", 94),
            ("Kinmokusei no Hana", "Pastel Line", "Sho Ikeda", 40),
            ("Blue Garden Song", "Studio Kaza", "Isao Kuro", 117),
        )
    )
    facts = _facts(body, title="Spring 2025: every anime film heading to cinemas")
    assert _runtimes(facts) == {
        ("Tsuki no Ura", 94),
        ("Kinmokusei no Hana", 40),
        ("Blue Garden Song", 117),
    }
    assert ("Kinmokusei no Hana", "production_company", "Pastel Line") in _triples(facts)


def test_a_title_the_writer_says_is_in_lower_case_is_the_film():
    body = (
        "I went to see the dry season ends. (lower case, full stop included; the poster insists) "
        "at a Tuesday matinee, with maybe thirty other people.\n\n"
        "Tope Adeyemi wrote and directed it.\n"
    )
    facts = _facts(body, title="I laughed for two hours, then I called my mother")
    assert _subjects(facts, "director") == {"the dry season ends."}
    assert _subjects(facts, "screenwriter") == {"the dry season ends."}


def test_a_title_in_its_language_under_the_heading_opens_no_entry():
    body = (
        "The Gardener's Daughter\n\n"
        "Persian: دختر باغبان\n"
        "Directed by: Mahsa Karimi\n"
        "Written by: Mahsa Karimi; Dariush Nasseri\n"
        "Produced by: Reza Mohammadi\n"
        "Running time: 104 minutes\n"
    )
    facts = _facts(body, title="The Gardener's Daughter - Free Film Encyclopedia")
    assert _subjects(facts, "director") == {"The Gardener's Daughter"}
    assert _runtimes(facts) == {("The Gardener's Daughter", 104)}


def test_a_title_with_a_comma_written_once_is_whole_where_it_opens():
    facts = _facts(
        "Ten years ago, on 19 July 2014, Harbour 9, After Dark opened in Korean cinemas. "
        "I saw it later on a bus.\n\n"
        "It's a Korean animated film directed by Min Ha-eun. It was nominated for the Moon "
        "Prize but lost to Paper Crane, the crane film directed by Oh Se-ri, which took the "
        "prize.",
        title="Ten years on, I rewatched the film that made me cry",
    )
    assert ("Harbour 9, After Dark", "director", "Min Ha-eun") in _triples(facts)
    assert ("Paper Crane", "director", "Oh Se-ri") in _triples(facts)


def test_what_the_writer_used_to_tell_people_is_not_a_credit():
    facts = _facts(
        "Rain Station is a 2014 animated film. For years I have been telling people the score "
        "was by Ana Ruiz, because it sounds like her. It isn't hers. The music is by Jo Park."
    )
    composers = {f.object.name for f in facts if f.relation.value == "composer"}
    assert composers == {"Jo Park"}


def test_a_winners_report_hangs_each_prize_film_on_its_own_name():
    facts = _facts(
        "JAKARTA — Rina Sari's Ombak Putih was the big winner on Saturday night.\n\n"
        "The evening's disappointment belonged to Darah Merah, Andi Wijaya's period epic. "
        "Darah Merah, produced by Kencana Layar Films, won nothing.\n\n"
        "The Piala Emas for Best Documentary went to Suara dari Lumpur, Maria Lefaan's 72-minute "
        "portrait of the villages buried by the mudflow in East Java, which premiered on "
        "2024-03-09 at the Yogyakarta Documentary Week.\n\n"
        "Tomás and the Goat, by the Chilean director Catalina Ruiz, came to Porto after "
        "premiering at the Annecy International Animation Film Festival.",
        title="'Ombak Putih' sweeps the awards as 'Darah Merah' goes home empty-handed",
    )
    triples = _triples(facts)
    assert ("Darah Merah", "production_company", "Kencana Layar Films") in triples
    assert ("Suara dari Lumpur", "premiere", "Yogyakarta Documentary Week") in triples
    assert ("Suara dari Lumpur", "award_received", "Piala Emas for Best Documentary") in triples
    assert "East Java" not in {f.subject.name for f in facts}
    assert (
        "Tomás and the Goat",
        "premiere",
        "Annecy International Animation Film Festival",
    ) in triples


def test_a_title_in_sentence_case_with_its_year_is_another_film():
    facts = _facts(
        "Kowalska, Unfinished is a 2023 Polish documentary film.\n\n"
        "Its director had previously directed Nocne tramwaje (2018), a short documentary "
        "about tram drivers in Łódź, which won the Silver Horse at the same festival."
    )
    assert ("Nocne tramwaje", "award_received", "Silver Horse") in _triples(facts)
    assert ("Kowalska, Unfinished", "award_received", "Silver Horse") not in _triples(facts)


def test_round_up_headings_that_read_as_names_are_films_their_paragraphs_own():
    body = (
        "Nine days, forty features: here is our round-up of the films that mattered.\n\n"
        "Sól, ziemia\n\n"
        "The top prize went to Jerzy Kędzierski's Sól, ziemia, a Polish family drama about "
        "three generations of salt miners.\n\n"
        "Kuru Dere\n\n"
        "The surprise was Emre Kaya's Kuru Dere, a Turkish western, which took the Silver "
        "Amber. It runs 97 min.\n\n"
        "Ang Huling Lantsa\n\n"
        "Paolo de la Peña's Ang Huling Lantsa had come in as the favourite after premiering "
        "at the Visayas Film Festival in July. It runs 1h 44m.\n\n"
        "Khaak\n\n"
        "Finally, the Short Award went to Khaak, a 16-minute Iranian short film about a girl "
        "who sweeps a carpet shop.\n"
    )
    runtimes = _runtimes(_facts(body, title="Amber Coast: the winners"))
    assert ("Kuru Dere", 97) in runtimes and ("Ang Huling Lantsa", 104) in runtimes


def test_the_rivals_a_film_beat_are_not_what_the_next_sentence_is_about():
    facts = _facts(
        "Ana Ruiz's Penjaga Mercusuar is a 2024 drama film that won the Gull Award for Best "
        "Film.\n\n"
        "The 124-minute drama beat four other nominees for the top prize: Darah Biru, Anak "
        "Pasar, Sebelum Subuh and Rantau. Its other wins were the "
        "Gull Award for Best Director and the Gull Award for Best Actor (for Jo Park, who "
        "plays the keeper).",
        title="Penjaga Mercusuar sweeps the Gull Awards",
    )
    wins = {(f.subject.name, f.object.name) for f in facts if f.relation.value == "award_received"}
    assert ("Penjaga Mercusuar", "Gull Award for Best Actor") in wins
    assert not any(subject == "Sebelum Subuh" for subject, _ in wins)


def test_a_chart_lead_names_the_film_and_a_kind_before_a_title_is_no_anaphor():
    facts = _facts(
        "TOKYO — Hoshizora: The Last Train pulled into first place at the box office this "
        "weekend, taking ¥1.82 billion from Friday to Sunday. It is an animated film.\n\n"
        "The South Korean horror film The Ninth Floor opened in fourth place with ¥210 "
        "million. Directed by Baek Ji-won, the 94-minute film premiered at the Incheon Genre "
        "Festival on 2024-05-03.\n\n"
        "Outside the top ten, the documentary Koshien: Ninety Summers took ¥45 million. "
        "Directed by Emi Tachibana, it runs 1h 41m. "
        "Overall, the top ten grossed ¥4.1 billion.",
        title="Japan box office: anime train ride leaves Hollywood holdover at the station",
    )
    grosses = {
        (f.subject.name, int(f.object.amount)) for f in facts if f.relation.value == "box_office"
    }
    assert ("Hoshizora: The Last Train", 1820000000) in grosses
    assert ("The Ninth Floor", 210000000) in grosses
    assert not any(amount == 4100000000 for _, amount in grosses)
    assert ("The Ninth Floor", 94) in _runtimes(facts)


def test_a_data_banks_entry_is_its_comma_title_not_the_banks_initials():
    article = parse_article(
        "source: urn:test\ntitle: Full credits & technical data — KFDB\n"
        "publisher: Korean Film Data Bank\n\n"
        "KFDB › Titles › 2023 › S\n\n"
        "SALT WIND, RED HARBOR (소금바람, 붉은 항구)\n\n"
        "FACT SHEET\n"
        "• International title: Salt Wind, Red Harbor\n"
        "• Running time: 127 minutes\n"
        "• Source material: based on the novel Red Harbor by YOON Ga-eun (2017)\n\n"
        "DIRECTION & WRITING\n"
        "• Director: PARK Seo-yeon\n\n"
        "Note from the editors: several online databases list Salt Wind, Red Harbor as a "
        "winner of the Blue Crane Award for Best Film. That is an error.\n"
    )
    facts = extract_facts(article)
    assert ("Salt Wind, Red Harbor", "director", "Park Seo-yeon") in _triples(facts)
    assert ("Salt Wind, Red Harbor", 127) in _runtimes(facts)
    assert not [f for f in facts if f.relation.value == "award_received"]


def test_a_line_up_entry_typed_with_a_dashed_country_pair_is_its_own_film():
    facts = _facts(
        "Lumen is a 2024 Finnish drama film that opens the festival.\n\n"
        "The competition also includes Ayaz, a Turkish–Finnish stop-motion film by Deniz "
        "Aksoy. Ayaz is co-produced by Istanbul's Kukla Studio and features the voice of "
        "Mert Yıldız as the boy, Kerem.\n\n"
        "The closing film is Jäälinnut (Ice Birds), an Estonian–Finnish co-production directed "
        "by Mikko Heikkilä, which won the Riga Audience Award in November."
    )
    triples = _triples(facts)
    assert ("Ayaz", "cast_member", "Mert Yıldız") in triples
    assert ("Jäälinnut", "director", "Mikko Heikkilä") in triples
    assert ("Lumen", "director", "Mikko Heikkilä") not in triples


def test_a_review_headline_names_the_film_in_full_where_the_prose_uses_its_short_name():
    body = (
        "Directed by Rosa Lindqvist | 88'\n\n"
        "Pim is eleven and has never seen the sea. Pim is a small wonder of a film, and "
        "Rosa Lindqvist directs it with a light hand. Pim was written by Ola Berg."
    )
    facts = _facts(body, title="Pim and the Lighthouse Keeper review: a small wonder")
    assert _subjects(facts, "director") == {"Pim and the Lighthouse Keeper"}
    # a headline that writes the film as the prose does keeps it
    facts = _facts(body, title="Pim review: a small wonder")
    assert _subjects(facts, "director") == {"Pim"}


def test_a_lower_case_blog_names_the_film_it_saw_or_dates_in_its_diary_heading():
    chatter = (
        "sunday, and the radiator is loud again. the cat is asleep on my feet and the tea has "
        "gone cold, which is how most of these posts start, so no change there. i have been "
        "meaning to write this one up for a week and kept finding other things to do instead."
    )
    body = (
        f"{chatter}\n\nfinally watched the night we lost the kite, ilse vandermeer's film that "
        "everyone fought about. it premiered at the ghent film festival on 2023-10-12 and it's "
        "104 minutes long."
    )
    facts = _facts(body, title="notes from the couch")
    assert _subjects(facts, "premiere") == {"The Night We Lost the Kite"}
    diary = (
        f"{chatter}\n\nsat 3/8/2024 — lanterns over pier nine ★★★★\n\n"
        "it's directed by marit okonkwo-haas, and it runs 97 minutes."
    )
    assert _subjects(_facts(diary, title="film diary, week 31"), "director") == {
        "Lanterns Over Pier Nine"
    }
    # what a writer saw that is no title stays as written
    seen = f"{chatter}\n\ni saw it twice. it premiered at the ghent film festival."
    assert "It Twice" not in _subjects(_facts(seen, title="notes"), "premiere")


def test_a_programme_entry_named_with_a_year_beats_the_film_under_also_this_week():
    body = (
        "CINÉ ARCADE — PROGRAMME 22.01 – 28.01.2025\n\n"
        "AVANT-PREMIÈRE / PREMIERE\n\n"
        "Tindouf, 1983\n\n"
        "Réalisation / Director : Samia Belkacem\n"
        "Montage / Editing : Jonas Verbeke\n"
        "Durée / Running time : 1 h 41\n\n"
        "Synopsis\nWinter 1983, a camp outside Tindouf. Belkacem's first feature is a film "
        "about memory.\n\n"
        "AUSSI CETTE SEMAINE / ALSO THIS WEEK\n\n"
        "The Quiet Quay (Der stille Kai)\n"
        "Germany 2024 · 95' · Réal./Dir. Paul Weiler\n"
    )
    facts = _facts(body, title="Au programme / This week's programme")
    assert ("Tindouf, 1983", "director", "Samia Belkacem") in _triples(facts)
    assert "The Quiet Quay" not in _subjects(facts, "director")


def test_a_title_over_its_bracketed_original_names_the_entry_with_its_own_stop():
    body = (
        "FESTIVAL ARCHIVE · 2024 EDITION\n\n"
        "Everyone Stays.\n(original title: Toată lumea rămâne.)\n\n"
        "Director\nIrina Popescu-Dan\n\n"
        "Running time\n98'\n\n"
        "Critics tipped Everyone Stays. for the Golden Poplar, which went to Dry Orchard."
    )
    facts = _facts(body, title="Festival archive 2024 — Competition")
    assert ("Everyone Stays.", "director", "Irina Popescu-Dan") in _triples(facts)


def test_a_featured_badge_is_no_film_and_a_title_over_its_hangul_names_the_page():
    body = (
        "NEW ON STREAMHALL · WEEK OF 3 MARCH 2025\n\n"
        "★ FEATURED TITLE\n\n"
        "Room 88: After Hours\n88호: 심야\n\n"
        "Field | Details\n"
        "Director | Baek Ji-won\n"
        "Runtime | 1h 52m\n"
        "Awards | Nominee, Hangang Film Award for Best Editing\n\n"
        "ALSO NEW\n\nThe Pear Tree — Kenya, 2024, 88 min. A documentary by Wanjiru Otieno.\n"
        "Tinker's Lamp — 110 min. A comedy by Ana Ruiz.\n"
    )
    facts = _facts(body, title="New on Streamhall this week")
    triples = _triples(facts)
    assert ("Room 88: After Hours", "director", "Baek Ji-won") in triples
    assert "Featured Title" not in _subjects(facts, "director")
    assert not _subjects(facts, "award_received")  # a nominee has won nothing yet


def test_a_lower_case_title_with_a_year_after_a_dateline_is_the_film_not_its_nationality():
    body = (
        "LIMA — verano, 1990., the first feature by the Cusco-born director Rosa Quispe "
        "Vargas, will open in Peruvian cinemas on 12 May 2025, its Peruvian distributor said.\n\n"
        "Peruvian audiences know the story. verano, 1990. premiered at the Festival de Cine de "
        "Trujillo, and Peruvian critics praised it. The film runs 101 minutes.\n\n"
        "The distributor hopes to bring verano, 1990. to Peruvian television next year."
    )
    facts = _facts(body, title="Trujillo prize-winner gets a May date in Peruvian cinemas")
    triples = _triples(facts)
    assert ("verano, 1990.", "director", "Rosa Quispe Vargas") in triples
    assert _runtimes(facts) == {("verano, 1990.", 101)}


def test_a_credit_box_under_a_review_names_its_film_and_its_fields_are_the_films():
    body = (
        "Verdict: 4/6\n\n"
        "The title is a place and an hour, and Sigrid Moen Aas makes sure we feel both. In "
        "Bodø, 3 A.M. it is June, and Sigrid Moen Aas lets the light in. Aas wrote it too; "
        "Sigrid Moen Aas has never been better. It runs an hour and three quarters.\n\n"
        "---\n\n"
        "Bodø, 3 A.M.\n"
        "Norway. Director and screenplay: Sigrid Moen Aas, based on the novel Lysnatt by "
        "Pål Eide. Cast: Tor Lien, Mia Dahl. Music: Siri Berg. Production: Nordlys Film AS."
    )
    facts = _facts(body, title="Midnight sun, no sleep: Aas's glaring thriller reaches cinemas")
    triples = _triples(facts)
    assert ("Bodø, 3 A.M.", "director", "Sigrid Moen Aas") in triples
    assert ("Bodø, 3 A.M.", "screenwriter", "Sigrid Moen Aas") in triples
    assert ("Bodø, 3 A.M.", "cast_member", "Mia Dahl") in triples
    assert ("Bodø, 3 A.M.", "composer", "Siri Berg") in triples
    assert ("Bodø, 3 A.M.", "based_on", "Lysnatt") in triples
    assert _runtimes(facts) == {("Bodø, 3 A.M.", 105)}


def test_a_person_before_a_colon_does_not_lengthen_the_films_title():
    body = (
        "THE SALT WIFE (Aya Iyo). Dir: Kemi Adele. Music: Sola Bamidele. 98 min.\n\n"
        "The Salt Wife opens on a boat. The Salt Wife is patient, and The Salt Wife is "
        "beautiful.\n\n"
        "A correction to several listings, which credit the photography to Tunde Okafor: "
        "The Salt Wife was not shot by Okafor. The cinematographer is Ayo Lawal."
    )
    facts = _facts(body, title="'The Salt Wife' is Nollywood at its boldest")
    triples = _triples(facts)
    assert ("The Salt Wife", "director", "Kemi Adele") in triples
    assert _runtimes(facts) == {("The Salt Wife", 98)}
    assert not any("Okafor" in subject for subject, _, _ in triples)


def test_a_double_surname_met_alone_is_the_full_name_met_before():
    body = (
        "Copper Tide is a 2023 Argentine drama directed by Valentina Ocampo Ruiz. "
        "Ocampo Ruiz wrote the screenplay herself, from her uncle's letters."
    )
    triples = _triples(_facts(body))
    assert ("Copper Tide", "screenwriter", "Valentina Ocampo Ruiz") in triples
    assert ("Copper Tide", "screenwriter", "Ocampo Ruiz") not in triples


def test_what_a_diarist_watched_is_the_film_and_one_opening_a_sentence_is_a_word():
    body = (
        "One thing I fixed, one thing I baked, one thing I watched. The thing I fixed was "
        "the kettle, and the thing I watched was Orinoco: La Voz del Agua, which I saw twice.\n\n"
        "It is a Venezuelan documentary by Marisol Pérez Lugo, and it runs 91 mins. The editor "
        "is Tomás Rivas. Orinoco is its river, and the river is the star.\n\n"
        "One more thing I keep being asked: no, I do not know when it streams."
    )
    facts = _facts(body, title="Sunday notes, week 12")
    triples = _triples(facts)
    assert ("Orinoco: La Voz del Agua", "editor", "Tomás Rivas") in triples
    assert _runtimes(facts) == {("Orinoco: La Voz del Agua", 91)}
    assert "One" not in {subject for subject, _, _ in triples}


def test_a_title_the_writer_says_they_have_seen_is_the_film_not_the_season_before_it():
    body = (
        "Easter is over, the eggs are gone, and I have one more recommendation. You have seen "
        "the posters: a face made of moss. That's Bean Sídhe: The Last Keening, and I've now "
        "seen it twice.\n\n"
        "The basics: it's a horror comedy directed by Aoife Breen, it runs 92 min, and "
        "the Bean Sídhe is voiced by Nora Kealy."
    )
    facts = _facts(body, title="Three reasons to see the banshee film")
    triples = _triples(facts)
    assert ("Bean Sídhe: The Last Keening", "director", "Aoife Breen") in triples
    assert _runtimes(facts) == {("Bean Sídhe: The Last Keening", 92)}


def test_a_lower_case_blog_names_its_film_where_it_says_that_film_was_and_in_its_list():
    body = (
        "i promised my sister i would write up the armenian film i saw in may. some context: i "
        "was in yerevan for a week, and that film was the shepherd's lantern, and it was having "
        "its world premiere that night.\n\n"
        "the basics:\n\n"
        "- the shepherd's lantern, directed and written by aram petrosyan\n"
        "- it runs 97 minutes\n\n"
        "the shepherd is played by an old man from the village. the shepherd's lantern went "
        "home with nothing, which is a crime."
    )
    facts = _facts(body, title="the shepherd's lantern, and other things i ate in yerevan")
    triples = _triples(facts)
    assert ("The Shepherd's Lantern", "director", "Aram Petrosyan") in triples
    assert _runtimes(facts) == {("The Shepherd's Lantern", 97)}


def test_a_headlines_guide_half_is_no_film():
    body = (
        "Okay so. I finally watched Kampung Sunyi 2: Malam Ketujuh last night, after two "
        "weekends of sold-out shows.\n\n"
        "Quick facts:\n\n"
        "- Director: Arif Santoso\n"
        "- Runtime: 1h 48m\n\n"
        "Now, as promised, where to eat after:\n\n"
        "We ate at a noodle place behind the mall. Go there."
    )
    facts = _facts(body, title="Finally watched KS2 (spoiler-free) + where to eat after")
    triples = _triples(facts)
    assert ("Kampung Sunyi 2: Malam Ketujuh", "director", "Arif Santoso") in triples
    assert "where to eat after" not in {subject for subject, _, _ in triples}


def test_a_streaming_guides_entries_are_the_titles_over_where_to_watch_them():
    body = (
        "Too cold to go out? Three picks for the weekend.\n\n"
        "Salt Hymn: The Last Harvest\n"
        "Where: Nimbus+, which distributes it here\n\n"
        "Rosa Quispe's stop-motion feature took five years. A girl, Killa, voiced by Ana "
        "Mamani, keeps her grandmother's salt pans.\n\n"
        "Harbour Lights\n"
        "Where: Vireo\n\n"
        "Jonas Berg's Danish drama stars Mette Holm as Inge, a ferry pilot. It runs 96 minutes."
    )
    facts = _facts(body, title="What to stream this weekend: salt, ferries and more")
    triples = _triples(facts)
    assert ("Salt Hymn: The Last Harvest", "cast_member", "Ana Mamani") in triples
    assert ("Harbour Lights", "cast_member", "Mette Holm") in triples
    assert _runtimes(facts) == {("Harbour Lights", 96)}
    assert not any(subject.startswith(("Where", "Nimbus")) for subject, _, _ in triples)


def test_a_lower_case_headlines_verb_is_no_part_of_the_title():
    body = (
        "i rewatched tampopo and now i'm hungry\n"
        "saturday, 9 march 2024 · tags: rewatch, food\n\n"
        "ok so. it's been years since i first saw tampopo and i thought i remembered it. i did "
        "not. it's juzo itami's film, and it runs 114 minutes. tampopo is a noodle western."
    )
    facts = _facts(body, title="i rewatched tampopo and now i'm hungry")
    assert _runtimes(facts) == {("Tampopo", 114)}


def test_a_festival_diarys_days_each_hang_their_facts_on_their_own_film():
    body = (
        "Göteborg 2025 diary: six days, nine films\n"
        "by Sanna · 03/02/2025\n\n"
        "DAY 1 (Fri 24 Jan)\n"
        "Badge, snow, coffee. The opening film was Quiet Boats at Night, which had its world "
        "premiere tonight. Elin Strand directs, and Maja Berg plays Tove, a ferry cook.\n\n"
        "DAY 2 (Sat 25 Jan)\n"
        "Salt Under Glass, from Oskar Lind. Petra Holm plays Vera, a greenhouse keeper.\n\n"
        "DAY 3 (Sun 26 Jan)\n"
        "Double bill. Then Kattens År by Mira Sorensen: Ida Falk plays Greta, a vet.\n\n"
        "DAY 4 (Mon 27 Jan)\n"
        "Ravnen (The Raven) is the new one from Jonas Aalto and Lea Viik. Tom Rask plays "
        "Aron.\n\n"
        "DAY 5 (Tue 28 Jan)\n"
        "Ana Sol's A Teacher's Winter, her second film with Rut Ek, who plays Noor.\n\n"
        "AWARDS NIGHT\n"
        "- Dragon Award Best Nordic Film: Salt Under Glass, Oskar Lind\n"
        "- Best Acting Award: Maja Berg, Quiet Boats at Night\n"
        "- Best Photography Award: Ivo Lund, cinematography, Kattens År\n\n"
        "COMMENTS (2)\n"
        "Per: Ravnen was my favourite.\n"
    )
    triples = _triples(_facts(body, title="Göteborg 2025 diary: six days, nine films"))
    assert ("Quiet Boats at Night", "cast_member", "Maja Berg") in triples
    assert ("Salt Under Glass", "cast_member", "Petra Holm") in triples
    assert ("Kattens År", "cast_member", "Ida Falk") in triples
    assert ("Ravnen", "cast_member", "Tom Rask") in triples
    assert ("A Teacher's Winter", "cast_member", "Rut Ek") in triples
    assert ("Salt Under Glass", "award_received", "Dragon Award Best Nordic Film") in triples
    assert ("Quiet Boats at Night", "award_received", "Best Acting Award") in triples
    assert ("Kattens År", "award_received", "Best Photography Award") in triples
    assert not any(subject == "Comments" for subject, _, _ in triples)


def test_a_watch_diarys_dated_headings_name_its_films_under_its_headline():
    body = (
        "Reel Weather\n\n"
        "WATCH DIARY, WEEK 5: A WEEK OF FERRIES\n"
        "Posted 4 February 2024 by Ines · 3 comments\n\n"
        "A week of boats, somehow.\n\n"
        "MON 29 JAN: Salt Harbour (1991)\n"
        "Rewatch. Tom Ek shot it, and Ana Ruiz wrote it with Jo Park. Lia Sol is Vera and "
        "Per Holm is Aron, two ferry pilots.\n"
        "My rating: 4/5\n\n"
        "WED 31 JAN: The Night Crossing (Nattfärjan, 2003)\n"
        "First time. Mira Lund plays herself, and Oskar Berg's black-and-white photography "
        "is gorgeous.\n"
        "My rating: 3.5/5\n"
    )
    triples = _triples(_facts(body, title="Watch diary, week 5: a week of ferries"))
    assert ("Salt Harbour", "cinematographer", "Tom Ek") in triples
    assert ("Salt Harbour", "screenwriter", "Jo Park") in triples
    assert ("Salt Harbour", "cast_member", "Per Holm") in triples
    assert ("The Night Crossing", "cast_member", "Mira Lund") in triples
    assert ("The Night Crossing", "cinematographer", "Oskar Berg") in triples
    assert not any(subject.startswith("Watch Diary") for subject, _, _ in triples)


def test_a_retrospectives_schedule_rows_give_each_film_its_own_credits():
    body = (
        "KINO NORD · Programme · May 2024\n\n"
        "SALT AND IRON: THE FILMS OF ANA RUIZ\n"
        "2–19 May 2024 · Screen 1\n\n"
        "Nobody frames a harbour like Ana Ruiz's characters see one. We show all four.\n\n"
        "Ruiz began with Grey Pier (1999), a slow story of two dockers. Jo Park and Lia Sol "
        "star.\n\n"
        "Her latest, Copper Lanterns (2023), premiered at Rotterdam.\n\n"
        "SCHEDULE\n"
        "Thu 02.05 · 20:00 · Copper Lanterns · Norway 2023 · 101' · dir./sc. Ana Ruiz\n"
        "Sat 04.05 · 18:30 · Grey Pier · Norway 1999 · 88' · dir./ed. Ana Ruiz · ph. Tom Ek\n"
    )
    facts = _facts(body, title="Salt and Iron: Ana Ruiz, a retrospective — Kino Nord")
    triples = _triples(facts)
    assert ("Grey Pier", "editor", "Ana Ruiz") in triples
    assert ("Grey Pier", "cinematographer", "Tom Ek") in triples
    assert ("Copper Lanterns", "screenwriter", "Ana Ruiz") in triples
    assert {("Grey Pier", 88), ("Copper Lanterns", 101)} <= _runtimes(facts)
    assert not any("Salt and Iron" in subject or subject == "Ana Ruiz" for subject, _, _ in triples)


def test_a_double_bills_heading_names_two_films_and_a_contrast_keeps_the_topic():
    body = (
        "CINEMA LUZ · DOUBLE BILL #3\n\n"
        "GREY PIER + SALT ROAD\n"
        "Sun 3 Mar · 16:00 Grey Pier (Norway 2019, 101 min) · 18:30 Salt Road (Chile 2021, 88')\n\n"
        "Grey Pier is about a docker named Ola (Per Holm), who keeps pigeons on the roof.\n\n"
        "Salt Road follows Rosa (Ana Ruiz), a trucker in the Atacama. Where Grey Pier "
        "watches the sea, Rosa watches the road. Jo Park plays Ema, her sister.\n"
    )
    triples = _triples(_facts(body, title="Double bill: Grey Pier + Salt Road"))
    assert ("Grey Pier", "cast_member", "Per Holm") in triples
    assert ("Salt Road", "cast_member", "Ana Ruiz") in triples
    assert ("Salt Road", "cast_member", "Jo Park") in triples
    assert not any("+" in subject for subject, _, _ in triples)


def test_a_lower_case_blog_names_the_film_it_watched_again_and_the_people_credited():
    body = (
        "so i watched past lives for the third time on a plane, and i still cried. "
        "this movie is unfair.\n\n"
        "- written and directed by celine song. it is her first feature.\n"
        "- the score is by christopher bear and daniel rossen, yes the band guys.\n"
        "- we all agree celine song is a genius, and so is everyone on it.\n"
    )
    body += "the flight was long and the food was bad, as always. " * 4  # long enough to read
    facts = _facts(body, title="tiny rooms, big screens")
    triples = _triples(facts)
    assert ("Past Lives", "director", "Celine Song") in triples
    assert ("Past Lives", "composer", "Christopher Bear") in triples
    assert ("Past Lives", "composer", "Daniel Rossen") in triples


def test_a_ceremonys_category_is_named_as_its_prize():
    facts = _facts(
        "Flow won Best Animated Feature at the 97th Academy Awards on Sunday. "
        "Earlier, it won the Golden Globe for Best Animated Feature Film.",
        title="Flow (2024)",
    )
    awards = {f.object.name for f in facts if f.relation.value == "award_received"}
    assert awards == {
        "Academy Award for Best Animated Feature",
        "Golden Globe Award for Best Animated Feature Film",
    }
    # the page's title names the ceremony; a festival's category keeps its own name
    facts = _facts(
        "I'm Still Here is a 2024 film by Walter Salles.\n\n"
        "It won Best International Feature Film on Sunday. It first screened at the Venice "
        "Film Festival, where it won Best Screenplay.",
        title="Oscars 2025: the night's winners",
    )
    awards = {f.object.name for f in facts if f.relation.value == "award_received"}
    assert awards == {"Academy Award for Best International Feature Film", "Best Screenplay"}


def test_a_prize_category_heads_its_winners_entry():
    body = (
        "Sunday's 97th Academy Awards ran long. Here is the round-up.\n\n"
        "INTERNATIONAL FEATURE: I'M STILL HERE (Brazil)\n"
        "Walter Salles's I'm Still Here won the Academy Award for Best International Feature "
        "Film.\n\n"
        "ANIMATED FEATURE: FLOW (Latvia)\n"
        "Gints Zilbalodis's wordless film about a cat took the Academy Award for Best Animated "
        "Feature.\n\n"
        "THE SHORTS\n"
        "- Academy Award for Best Animated Short Film: In the Shadow of the Cypress, by the "
        "Iranian directors Hossein Molayemi and Shirin Sohani, about a former sea captain.\n"
        "- Academy Award for Best Documentary Short Film: The Only Girl in the Orchestra, Molly "
        "O'Brien's Netflix portrait of her aunt.\n"
    )
    triples = _triples(_facts(body, title="Beyond Best Picture"))
    assert ("Flow", "director", "Gints Zilbalodis") in triples
    assert not [t for t in triples if t[0].startswith("Animated Feature")]
    won = {(s, o) for s, r, o in triples if r == "award_received"}
    assert ("In the Shadow of the Cypress", "Academy Award for Best Animated Short Film") in won
    assert (
        "The Only Girl in the Orchestra",
        "Academy Award for Best Documentary Short Film",
    ) in won


def test_a_ceremonys_winners_list_gives_each_category_its_film_and_people():
    body = (
        "LOS ANGELES — Anora won the Academy Award for Best Picture on Sunday night.\n\n"
        "THE WINNERS IN FULL (selected)\n"
        "Best Picture: Anora\n"
        "Director: Sean Baker, Anora\n"
        "Supporting Actress: Zoe Saldaña, Emilia Pérez\n"
        "Cinematography: The Brutalist\n"
        'Original Song: "El Mal", Emilia Pérez\n'
        "International Feature: I'm Still Here (Brazil)\n"
        "Sound; Visual Effects: Dune: Part Two\n"
    )
    facts = _facts(body, title="Oscars 2025: 'Anora' takes best picture")
    triples = _triples(facts)
    assert {
        ("Anora", "director", "Sean Baker"),
        ("Emilia Pérez", "cast_member", "Zoe Saldaña"),
        ("Anora", "award_received", "Academy Award for Best Director"),
        ("The Brutalist", "award_received", "Academy Award for Best Cinematography"),
        ("Emilia Pérez", "award_received", "Academy Award for Best Original Song"),
        ("I'm Still Here", "award_received", "Academy Award for Best International Feature"),
        ("Dune: Part Two", "award_received", "Academy Award for Best Sound"),
        ("Dune: Part Two", "award_received", "Academy Award for Best Visual Effects"),
    } <= triples
    assert not [t for t in triples if t[1] == "cinematographer"]  # "The Brutalist" is the film
    countries = {
        (f.subject.name, f.object.name) for f in facts if f.relation.value == "country_of_origin"
    }
    assert ("I'm Still Here", "Brazil") in countries


def test_a_winners_line_gives_its_director_and_countries_in_one_bracket():
    body = (
        "PORTO — The festival closed on Sunday night.\n\n"
        "FULL LIST OF WINNERS\n"
        "Golden Wave: A Garden in Karaj (dir. Leila Farahani, Iran/France)\n"
        "Silver Wave for Best Director: Valentina Ocampo-Reyes, The Dogs of Siesta (Argentina)\n"
        "Audience Award — Papel Picado (dir. Tomás Arriaga; Mexico)\n"
    )
    facts = _facts(body, title="Porto Atlântico: the winners")
    triples = _triples(facts)
    assert {
        ("A Garden in Karaj", "director", "Leila Farahani"),
        ("A Garden in Karaj", "country_of_origin", "Iran"),
        ("A Garden in Karaj", "country_of_origin", "France"),
        ("The Dogs of Siesta", "director", "Valentina Ocampo-Reyes"),
        ("Papel Picado", "director", "Tomás Arriaga"),
        ("Papel Picado", "country_of_origin", "Mexico"),
    } <= triples
    assert not [
        t
        for t in triples
        if "Iran/France" in t[0] or (t[2] in ("Mexico", "Iran") and t[1] == "director")
    ]


def test_a_programmes_entries_set_off_by_rules_are_each_their_own_film():
    rule = "-" * 40
    body = (
        "INTERNATIONALER WETTBEWERB 3: UNTER WASSER\n"
        "INTERNATIONAL COMPETITION 3: UNDER WATER\n\n"
        "Four films about what waits below the surface.\n\n"
        f"{rule}\n\n"
        "SALZ\nSalt\n\n"
        "Regie / Director\nJohanna Pietsch\n\n"
        "Land / Country\nDeutschland / Germany\n\n"
        "Greta has kept the light on the island for forty winters.\n\n"
        f"{rule}\n\n"
        "BAJO EL AGUA, LA CIUDAD\nUnder the Water, the City\n\n"
        "Regie / Director\nRenata Villaseñor\n\n"
        "Land / Country\nMexiko / Mexico\n\n"
        "During a drought the reservoir gives back the village it drowned.\n"
    )
    triples = _triples(_facts(body, title="Ostrander Kurzfilmtage: Wettbewerb 3"))
    assert {
        ("Salz", "director", "Johanna Pietsch"),
        ("Salz", "country_of_origin", "Germany"),
        ("Bajo El Agua, la Ciudad", "director", "Renata Villaseñor"),
        ("Bajo El Agua, la Ciudad", "country_of_origin", "Mexico"),
    } <= triples


def test_a_diarys_day_is_about_the_film_its_first_line_names():
    body = (
        "Busan diary, part 2\n\n"
        "WED 02 OCT\n"
        "Landed, ate, slept. Watched Parasite again on the plane. Still amazing.\n\n"
        "THU 03 OCT\n"
        "The big one for me: Tenant (Seipja), the second feature from Han Seo-yeon, whose "
        "Low Tide Motel (2020) I still push on anyone.\n\n"
        "Set-up: Jae-sung (Oh Min-jae), a broke delivery rider, signs a lease on a flat.\n\n"
        "It's a horror comedy, and the laughs land.\n\n"
        "SAT 05 OCT\n"
        "Too tired to write. Low Tide Motel is still the better film, a thriller.\n"
    )
    facts = _facts(body, title="Busan diary, part 2")
    triples = _triples(facts)
    assert ("Tenant", "cast_member", "Oh Min-jae") in triples
    genres = {(f.subject.name, str(f.object)) for f in facts if f.relation.value == "genre"}
    assert ("Tenant", "horror comedy") in genres
    assert ("Tenant", "thriller") not in genres
    assert not [t for t in triples if t[0].startswith("Busan diary")]


def test_a_roundups_capitals_heading_hands_its_paragraph_to_the_film_it_opens_with():
    body = (
        "Black Nights 2024 wrap: an Estonian sea story takes the top prize\n\n"
        "TALLINN — It snowed for most of the 28th Tallinn Black Nights Film Festival.\n\n"
        "THE WINNER\n"
        "Salt Years (Soolased aastad), the second feature by Kaia Lepik, took the Grand Prix. "
        "It follows Maret (Helen Roosmaa), who comes back to a dying fishing village. "
        "Running time 112'.\n\n"
        "THE AUDIENCE\n"
        "The Audience Award went to The Neighbour (La vecina), Laia Ferrer's Spanish comedy.\n"
    )
    facts = _facts(body, title="Black Nights 2024 wrap: an Estonian sea story takes the top prize")
    triples = _triples(facts)
    assert ("Salt Years", "cast_member", "Helen Roosmaa") in triples
    assert not [t for t in triples if t[0] in ("Black Nights", "Tallinn")]


def test_a_streaming_column_heads_each_entry_with_its_service():
    body = (
        "What to watch this weekend\n\n"
        "NETFLIX\nSalt Lantern Station (소금등역)\n2h 6m · Korean with subtitles · 15\n"
        "A night-shift attendant at a half-built subway station. A South Korean production "
        "from Studio Moonjar.\n\n"
        "MUBI\nPaper Herons (Paperihaikarat)\n81 min · Finnish with subtitles · 12\n"
        "A deadpan love story. A Finnish-German co-production.\n"
    )
    facts = _facts(body, title="What to watch this weekend")
    triples = _triples(facts)
    assert ("Salt Lantern Station", "production_company", "Studio Moonjar") in triples
    assert _subjects(facts, "duration") == {"Salt Lantern Station", "Paper Herons"}
    assert not {"Netflix", "Mubi"} & {f.subject.name for f in facts}


def test_a_ranked_entry_gives_its_directors_and_country_on_the_line_under_it():
    body = (
        "Our ten best films of the year, in reverse order.\n\n"
        "10. COPPER TIDE\nAna Ruiz & Jo Park | North Macedonia\n"
        "Teenagers guard a hostage on a mountain.\n\n"
        "9. SALT WIND\nTomas Berg | France\n"
        "Tomas Vale as Rui Sato, Lena Ek as Mira Holm, Jon Ode as a quiet Mr. Fox.\n"
    )
    triples = _triples(_facts(body, title="The 10 best films of the year"))
    assert {
        ("Copper Tide", "director", "Ana Ruiz"),
        ("Copper Tide", "director", "Jo Park"),
        ("Salt Wind", "director", "Tomas Berg"),
        ("Salt Wind", "cast_member", "Tomas Vale"),
        ("Salt Wind", "cast_member", "Jon Ode"),
    } <= triples
    countries = {(s, o) for s, r, o in triples if r == "country_of_origin"}
    assert countries == {("Copper Tide", "North Macedonia"), ("Salt Wind", "France")}


def test_an_awards_round_up_heads_each_entry_with_its_title_over_its_credits():
    body = (
        "On Saturday the Annies went one way; on Sunday the Annies' rivals went the other. "
        "Here is where the nominees for the Annie Award for Best Feature stand.\n\n"
        "THE COPPER HERON (銅の鷺)\nAna Ruiz · Studio Wren · Japan\n"
        "It opened in Japan on 14 July 2023 with no trailer.\n\n"
        "MOTH-MAN: ACROSS THE MOTH-VERSE\nJo Park, Lena Ek · Northwind Animation · USA\n"
        "The sequel won seven Annies. It has earned $690 million worldwide. The third part, "
        "Moth-Man: Beyond the Moth-Verse, is rumoured to be late.\n\n"
        "SALT DREAMS\nPablo Vale · Spain/France\nThe quiet one.\n\n"
        "OUR CALL\nWill: The Copper Heron. Should: Salt Dreams. "
        "Don't rule out: Across the Moth-Verse.\n"
    )
    facts = _facts(body, title="Awards season round-up")
    triples = _triples(facts)
    assert {
        ("The Copper Heron", "director", "Ana Ruiz"),
        ("The Copper Heron", "production_company", "Studio Wren"),
        ("The Copper Heron", "country_of_origin", "Japan"),
        ("Moth-man: Across the Moth-verse", "director", "Lena Ek"),
        ("Moth-man: Across the Moth-verse", "production_company", "Northwind Animation"),
        ("Salt Dreams", "country_of_origin", "Spain"),
        ("Salt Dreams", "country_of_origin", "France"),
    } <= {(s, r, o) for s, r, o in triples}
    assert _subjects(facts, "box_office") == {"Moth-man: Across the Moth-verse"}
    assert not {"Annies", "Will: The Copper Heron"} & {f.subject.name for f in facts}


def test_a_season_entry_reads_its_adapter_composer_and_voices():
    body = (
        "SEASON: DREAM LOGIC\n\n"
        "COPPER BLUE (コッパーブルー)\nJapan 1997 · 81 min · Japanese with English subtitles · 18\n"
        "Sayaka Omori adapted Jo Park's novel Copper Blue: Complete Metamorphosis, and Tomas "
        "Berg wrote the bubblegum-then-nightmare music. Mira is voiced at three ages by Kaori "
        "Mina, Ana Lee and Rin Oda. Yui Sato voices both the researcher Aki Mori and her "
        "dream-self, Paprika. It shared the Harbor Media Arts Festival Animation Division "
        "Grand Prize with Ken Ito's Far Away.\n"
    )
    triples = _triples(_facts(body, title="Dream Logic: a season"))
    assert {
        ("Copper Blue", "screenwriter", "Sayaka Omori"),
        ("Copper Blue", "composer", "Tomas Berg"),
        ("Copper Blue", "based_on", "Copper Blue: Complete Metamorphosis"),
        ("Copper Blue: Complete Metamorphosis", "author", "Jo Park"),
        ("Copper Blue", "cast_member", "Rin Oda"),
        ("Copper Blue", "cast_member", "Ana Lee"),
        ("Copper Blue", "character", "Mira"),
        ("Copper Blue", "character", "Aki Mori"),
        ("Copper Blue", "character", "Paprika"),
        ("Far Away", "director", "Ken Ito"),
    } <= triples


def test_a_review_reads_its_crew_prize_distributor_and_credit_line():
    body = (
        "Copper Days review – a cleaner's rituals add up\n\n"
        "What began as a handful of shorts turned, over a few weeks of writing with his "
        "co-screenwriter Jo Park, into a feature. Franz Lind's camera, boxed into the old 4:3 "
        "frame, keeps a half-step behind the hero. Copper Days had its premiere at the Harbor "
        "Film Festival on 23 May 2023, where it took the Prize of the Ecumenical Jury.\n\n"
        "• Copper Days is released in UK and Irish cinemas on 23 February by Mubi.\n\n"
        "Copper Days (PG) ★★★★☆\n"
        "Dir: Ana Ruiz. Japan/Germany. 124 mins. In Japanese with English subtitles.\n"
    )
    facts = _facts(body, title="Copper Days review")
    assert {
        ("Copper Days", "screenwriter", "Jo Park"),
        ("Copper Days", "cinematographer", "Franz Lind"),
        ("Copper Days", "award_received", "Prize of the Ecumenical Jury"),
        ("Copper Days", "distributor", "Mubi"),
        ("Copper Days", "country_of_origin", "Japan"),
        ("Copper Days", "country_of_origin", "Germany"),
    } <= _triples(facts)


def test_other_winners_listed_with_a_dash_give_film_director_country_and_runtime():
    body = (
        "HARBOR, France — Copper Tide won the Grand Prix at the Harbor Animation Festival.\n\n"
        "Other winners:\n"
        "• Grand Prix for a Short Film — Wool (Villane), Kaarel Tamm, Estonia, 9 min.\n"
        "• Best Animated Documentary — The Ninth Winter, Olena Marchuk (Ukraine, Poland), "
        "73 min, a portrait of a puppet theatre kept alive underground.\n"
        "• Best Music — Pablo Iriarte for The Clockmaker's Crows (Spain). (An earlier version "
        "of this list wrongly credited the music prize to another film.)\n"
    )
    triples = _triples(_facts(body, title="Copper Tide wins the Harbor Grand Prix"))
    assert {
        ("Wool", "award_received", "Grand Prix for a Short Film"),
        ("Wool", "director", "Kaarel Tamm"),
        ("Wool", "country_of_origin", "Estonia"),
        ("The Ninth Winter", "director", "Olena Marchuk"),
        ("The Ninth Winter", "country_of_origin", "Poland"),
        ("The Clockmaker's Crows", "composer", "Pablo Iriarte"),
        ("The Clockmaker's Crows", "award_received", "Best Music"),
    } <= triples
    assert _runtimes(_facts(body)) == {("Wool", 9), ("The Ninth Winter", 73)}


def test_a_streaming_page_reads_chapter_casts_and_its_nominations_row():
    body = (
        "THE BALLAD OF COPPER TIDE\n2018 · 16+ · 2h 13m · HD\n\n"
        "CHAPTERS\n"
        "1  Near the Mill                                    12m\n"
        "   Jo Vale as the Cowboy, who picks the wrong bank.\n"
        "2  Meal Ticket                                      22m\n"
        "   Lena Ek as the Impresario; Tom Ode as the Artist, who has no arms.\n\n"
        "DETAILS\n"
        "Directors ........ Ana Ruiz\n"
        "Nominations ...... Academy Award for Best Adapted Screenplay; Academy Award for "
        "Best Costume Design\n"
    )
    triples = _triples(_facts(body, title="The Ballad of Copper Tide | Watch"))
    film = "The Ballad of Copper Tide"
    assert {
        (film, "cast_member", "Jo Vale"),
        (film, "character", "Cowboy"),
        (film, "cast_member", "Tom Ode"),
        (film, "character", "Impresario"),
        (film, "nominated_for", "Academy Award for Best Adapted Screenplay"),
        (film, "nominated_for", "Academy Award for Best Costume Design"),
    } <= triples


def test_a_diary_gives_another_films_prize_to_that_film_and_reads_the_composer_clause():
    body = (
        "Copper Tide   1962\nDirected by Ana Ruiz\n\n"
        "ok so this is my fourth time with Copper Tide and it has finally replaced Salt Wind "
        "as my favourite Ruiz.\n\n"
        "– Tomas Berg, who wrote the score, also turns up as Bob the pianist.\n\n"
        "next up in my Ruiz project: Low Tide, her first, then finally rewatching Salt Wind, "
        "the one that won the Golden Lion.\n"
    )
    triples = _triples(_facts(body, title="Copper Tide review by juniper"))
    assert ("Copper Tide", "composer", "Tomas Berg") in triples
    assert ("Salt Wind", "award_received", "Golden Lion") in triples
    assert ("Copper Tide", "award_received", "Golden Lion") not in triples


def test_a_festival_archive_reads_each_record_under_its_title_field():
    body = (
        "KESTREL FILM DAYS · 2025\n"
        "Programme ▸ Archive ▸ 2025 ▸ Main Competition\n\n"
        "MAIN COMPETITION\n\n"
        "✦ KESTREL AWARD – BEST FILM\n\n"
        "TITLE\n"
        "Lyse dager (Bright Days)\n"
        "DIRECTOR\n"
        "Ane Moe Holt\n"
        "RUNNING TIME\n"
        "94'\n"
        "STATUS\n"
        "World premiere – 25.10.2025\n\n"
        "✦ AUDIENCE AWARD\n\n"
        "TITLE\n"
        "Havgapet\n"
        "DIRECTOR\n"
        "Jon Berg Lid\n"
        "RUNNING TIME\n"
        "117'\n"
        "STATUS\n"
        "Northern premiere.\n\n"
        "Title\tThe Salt Keeper\n"
        "Director\tLin Mei-hua\n"
        "Running time\t104 min\n"
        "Status\tInternational premiere (world premiere: Busan, 19.09.2025)\n\n"
        "SHORTS\n\n"
        "✦ BEST SHORT | Snøkrystall (Snow Crystal) | dir. Kari Vik | Norway | 14 min\n"
        "   Fjæra | dir. Ola Dahl | Norway | 11 min\n"
    )
    facts = _facts(body, title="Competition 2025 – Archive | Kestrel Film Days")
    triples = _triples(facts)
    assert {
        ("Lyse dager", "director", "Ane Moe Holt"),
        ("Havgapet", "director", "Jon Berg Lid"),
        ("The Salt Keeper", "director", "Lin Mei-hua"),
        ("Snøkrystall", "director", "Kari Vik"),
        ("Fjæra", "director", "Ola Dahl"),
        ("Lyse dager", "award_received", "Kestrel Award"),
        ("Havgapet", "award_received", "Audience Award"),
        ("Snøkrystall", "award_received", "Best Short"),
    } <= triples
    assert {("Lyse dager", 94), ("Havgapet", 117), ("The Salt Keeper", 104)} <= _runtimes(facts)
    assert ("The Salt Keeper", "2025-09-19") in _dates(facts)
    # a crumb's page and a record's keys are no films
    assert not {"Archive", "Status", "Running Time 117' Status"} & {f.subject.name for f in facts}


def test_a_marked_prize_over_an_award_list_line_is_not_the_record_above():
    body = (
        "WINNERS\n\n"
        "Title\tThe Salt Keeper\n"
        "Director\tLin Mei-hua\n\n"
        "★ AUDIENCE AWARD\n"
        "Copper Tide – dir. Ana Ruiz (Chile)\n"
    )
    triples = _triples(_facts(body, title="Winners"))
    assert ("The Salt Keeper", "award_received", "Audience Award") not in triples


def test_a_monthly_log_reads_each_scored_heading_as_its_film():
    body = (
        "Five films this month. Scores out of ten, as usual.\n\n"
        "THE SALT KEEPER — 8/10\n"
        "Lin Mei-hua shot this in secret. It won the Special Jury Prize at Cannes in May.\n\n"
        "NIGHT TRAMS (Nocne tramwaje) — 6/10\n"
        "Ola Dahl's comedy-drama about two insomniacs. It premiered at the Gdynia Film "
        "Festival in September.\n\n"
        "DAHOMEY — 8/10\n"
        "Mati Diop's documentary. 68 minutes, and it won the Golden Bear at the Berlinale.\n\n"
        "If you haven't seen Diop's documentary A Thousand Suns (2013), do that too.\n"
    )
    facts = _facts(body, title="Everything I watched in November")
    triples = _triples(facts)
    assert {
        ("The Salt Keeper", "award_received", "Special Jury Prize"),
        ("Night Trams", "premiere", "Gdynia Film Festival"),
        ("Night Trams", "director", "Ola Dahl"),
        ("Dahomey", "award_received", "Golden Bear"),
        ("Dahomey", "director", "Mati Diop"),
        ("A Thousand Suns", "director", "Mati Diop"),
    } <= triples


def test_what_outlets_reported_and_the_text_corrects_is_not_asserted():
    facts = _facts(
        "Seven Winters is a 2024 Georgian film. Some Georgian outlets reported in July that the "
        "film had won the Crystal Globe. This is incorrect: it received the Special Jury Prize.",
        title="Seven Winters",
    )
    awards = {f.object.name for f in facts if f.relation.value == "award_received"}
    assert "Crystal Globe" not in awards
    assert "Special Jury Prize" in awards


def test_a_bilingual_programme_reads_each_film_under_its_capitals_heading():
    body = (
        "Accueil / Home  >  Programme 2025  >  Focus  >  Sembène\n\n"
        "FOCUS SEMBÈNE : UN PÈRE / A FATHER\n\n"
        "Deux films, une ville. / Two films, one city.\n\n"
        "═══════════════════\n\n"
        "LA NOIRE DE\n"
        "(Black Girl)\n\n"
        "Réalisation / Director\n"
        "Ousmane Kane\n"
        "Durée / Running time\n"
        "59'\n\n"
        "═══════════════════\n\n"
        "MANDABI / THE MONEY ORDER\n\n"
        "Réalisation / Director\n"
        "Awa Diallo\n"
        "Durée / Running time\n"
        "90 min\n"
    )
    facts = _facts(body, title="Focus Sembène | Festival Lumières 2025")
    triples = _triples(facts)
    assert {
        ("La Noire de", "director", "Ousmane Kane"),
        ("Mandabi", "director", "Awa Diallo"),
    } <= triples
    assert {("La Noire de", 59), ("Mandabi", 90)} <= _runtimes(facts)
    assert not {"Focus Sembène", "Mandabi / The Money Order"} & {f.subject.name for f in facts}


def test_a_post_in_lower_case_takes_its_film_from_the_headline():
    body = (
        "small screens, big feelings\n\n"
        "how to grow rice before the rains come wrecked me (a review, sort of)\n"
        "posted july 2, 2024 · tags: thai cinema\n\n"
        "okay. so. i finally saw how to grow rice before the rains come (ข้าว, in thai) and i "
        "had to sit in the car for ten minutes. my score: 9/10.\n\n"
        "pat somsak directed it (his first feature!!) and wrote it with dao kittikorn.\n"
    )
    facts = _facts(
        body, title="how to grow rice before the rains come wrecked me (a review, sort of)"
    )
    assert ("how to grow rice before the rains come", "director", "Pat Somsak") in {
        (s.lower(), r, o) for s, r, o in _triples(facts)
    }


def test_other_winners_after_dashes_give_each_quoted_film_and_its_maker():
    body = (
        'BERLIN, Feb. 22 — Ana Ruiz\'s "Copper Tide" won the Golden Bear on Saturday.\n\n'
        "Other winners:\n"
        '— Silver Bear for Best Director: Huo Lin, "Living the Field" (China)\n'
        '— Silver Bear for Best Leading Performance: Rosa Byrne, "If I Had Wings," directed '
        "by Mara Bronte\n"
        '— Perspectives Best First Feature Award: "The Devil Laughs" by Ernesto Bucio '
        "(Mexico)\n"
    )
    triples = _triples(_facts(body, title="Copper Tide wins the Golden Bear"))
    assert {
        ("Living the Field", "award_received", "Silver Bear for Best Director"),
        ("Living the Field", "director", "Huo Lin"),
        ("If I Had Wings", "director", "Mara Bronte"),
        ("If I Had Wings", "cast_member", "Rosa Byrne"),
        ("The Devil Laughs", "director", "Ernesto Bucio"),
        ("The Devil Laughs", "award_received", "Perspectives Best First Feature Award"),
    } <= triples


def test_an_opening_short_line_in_capitals_is_its_own_entry():
    body = (
        "Copper Tide (2002) screens in a new restoration.\n\n"
        "CURTA DE ABERTURA / OPENING SHORT (sábado / Saturday only)\n"
        "LAJE — Tainá Oliveira · Brasil / Brazil · 2021 · 14 min\n"
    )
    facts = _facts(body, title="Copper Tide, 20 anos")
    assert ("Laje", "director", "Tainá Oliveira") in _triples(facts)
    assert ("Laje", 14) in _runtimes(facts)
    assert "Curta de Abertura" not in {f.subject.name for f in facts}


def test_what_someone_online_said_is_not_asserted():
    facts = _facts(
        "Copper Tide is a 2024 Thai film. It has taken 334 million baht in Thailand. Someone "
        "on twitter said it has made more than 70 million dollars across Asia.",
        title="Copper Tide",
    )
    money = {str(f.object) for f in facts if f.relation.value == "box_office"}
    assert any("334" in m for m in money)
    assert not any("70" in m for m in money)


def test_a_question_in_the_comments_does_not_make_the_title_a_surname():
    body = (
        "My rating: 10/10.\n\n"
        "I have watched Udonya (うどん屋) at least fifteen times. Kenji Mori wrote and directed "
        "it in 1985. The widow is Udonya, played by Aiko Sato. It runs 114 minutes.\n\n"
        "Mori had directed one film before this, The Wake (1984). Two years later came A "
        "Clever Woman (1987).\n\n"
        "12 comments\n"
        "Wasn't Udonya based on the manga Oishi? I feel like I read that somewhere.\n"
    )
    facts = _facts(body, title="In praise of Udonya, the only noodle western that matters")
    assert ("Udonya", 114) in _runtimes(facts)


def test_a_lower_case_headline_names_its_film_after_a_watching_word():
    body = (
        "late reels\n\n"
        "on revisiting a harbour of small lights after midnight\n\n"
        "so. a harbour of small lights. the 1998 portuguese film my aunt loved. "
        "it's only 91 minutes long and it still takes a whole night.\n\n"
        "#a harbour of small lights #night films"
    )
    facts = _facts(body, title="on revisiting a harbour of small lights after midnight")
    assert ("a harbour of small lights", 91) in _runtimes(facts)


def test_a_guide_entry_with_an_emoji_year_and_service_heads_its_film():
    body = (
        "Four picks for the long weekend.\n\n"
        "📺 SALT ORCHARD (2019) — Lumo+ · leaves the service May 2\n"
        "Ana Ruiz wrote, directed and shot this quiet drama herself. Jo Park, a first-time "
        "actor, plays Rosa, a fruit picker. In Spanish, 104 mins.\n\n"
        "📺 THE TIN LANTERN (2021) — Vireo · new this week\n"
        "Tom Ek moves Mara Vale's novel The Copper Bell to 1950s Lisbon. Lina Sol is Ines, a "
        "night nurse; Kai Berg plays her brother Tomas. 96 minutes.\n"
    )
    triples = _triples(_facts(body, title="Where to stream: four picks"))
    for relation in ("director", "screenwriter", "cinematographer"):
        assert ("Salt Orchard", relation, "Ana Ruiz") in triples
    assert ("Salt Orchard", "cast_member", "Jo Park") in triples
    # the novel a film adapts is no topic inside the film's entry
    assert ("The Tin Lantern", "cast_member", "Kai Berg") in triples


def test_a_season_of_capital_headings_with_year_and_dates_over_prose():
    body = (
        "THE FILMS OF ANA RUIZ\n"
        "2 May – 30 June 2025 · Screen 1\n\n"
        "Ana Ruiz makes films about people who wait for boats, almost always on the coast.\n\n"
        "SALT ORCHARD (2006) · 76 min · Fri 2 May\n"
        "Two sisters, played by Lena Holt and Will Garner, walk the dunes looking for a lost "
        "dog and find that they have little to say to each other any more.\n\n"
        "THE TIN LANTERN (2019) · Sat 3 May\n"
        "A western about friendship in a mining town, and about money. Based on Jo Park's "
        "novel The Copper Bell, produced by Tom Ek for Wren Pictures and edited by Ruiz.\n\n"
        "COMING NEXT\n"
        "Her new film is widely expected at Cannes in May; we hope to show it in the autumn.\n"
    )
    facts = _facts(body, title="The films of Ana Ruiz")
    triples = _triples(facts)
    assert ("Salt Orchard", "director", "Ana Ruiz") in triples
    assert ("Salt Orchard", "cast_member", "Will Garner") in triples  # "Will", a name
    assert ("The Tin Lantern", "producer", "Tom Ek") in triples  # the film's, not the novel's
    assert "Coming Next" not in _subjects(facts, "director")


def test_a_premiere_in_a_festival_sidebar_is_the_festival():
    facts = _facts(
        "Salt Orchard is a 2008 film directed by Ana Ruiz. It premiered in Un Certain Regard "
        "at the Cannes Film Festival."
    )
    assert ("Salt Orchard", "premiere", "Cannes Film Festival") in _triples(facts)


def test_a_chart_report_names_films_by_their_own_script_and_their_kind():
    body = (
        "SEOUL — Hanbit's Korean-made disaster thriller The Ninth Floor (제9층) opened at "
        "the top of the chart, grossing KRW9.1 billion over the weekend.\n\n"
        "In second place, Showbox's Winter Heron (겨울 왜가리) slipped 38% in its second "
        "weekend to KRW3.2 billion. Ana Ruiz's melodrama stars Jo Park as a retired ferry "
        "captain.\n\n"
        "U.S. animated feature Pip and the Star Kettle, released locally by Megabox, held third "
        "with KRW2.1 billion, for a cumulative KRW9.6 billion after three weekends.\n"
    )
    facts = _facts(body, title="'The Ninth Floor' opens at No. 1")
    triples = _triples(facts)
    money = {
        (f.subject.name, str(f.object.amount)) for f in facts if f.relation.value == "box_office"
    }
    assert {f.object for f in facts if f.relation.value == "genre"} == {"disaster thriller"}
    assert ("Winter Heron", "cast_member", "Jo Park") in triples
    assert ("Pip and the Star Kettle", "2100000000") in money
    assert ("Pip and the Star Kettle", "9600000000") in money


def test_a_fan_post_keeps_its_film_past_its_headline_and_spoiler_heading():
    body = (
        "Salt Harbour made me cry on a bus (a long, spoilery post)\n"
        "posted by reel_fox · 2 May 2023 · 11 min read\n\n"
        "Okay. I finally saw Salt Harbour in a cinema last weekend. It's the new animated film "
        "written and directed by Ana Ruiz.\n\n"
        "⚠ SPOILERS FROM HERE ⚠\n\n"
        "It runs 122 minutes. It was in competition at the Berlinale, the first anime there "
        "since Paper Kites, which actually won the Golden Bear back in 2002.\n\n"
        "💬 Comments\n\n"
        "btw it did ¥14.7 billion in Japan, which is huge but still nowhere near Glass Tide, "
        "which made around ¥25 billion.\n"
    )
    facts = _facts(body, title="Salt Harbour made me cry on a bus (a long, spoilery post) – Reels")
    triples = _triples(facts)
    assert ("Salt Harbour", "director", "Ana Ruiz") in triples
    assert ("Salt Harbour", 122) in _runtimes(facts)
    assert ("Paper Kites", "award_received", "Golden Bear") in triples
    money = {
        (f.subject.name, str(f.object.amount)) for f in facts if f.relation.value == "box_office"
    }
    assert money == {("Salt Harbour", "14700000000"), ("Glass Tide", "25000000000")}


def test_a_festival_diary_heads_entries_with_capitals_a_dash_and_details():
    body = (
        "DAY 2 – Saturday 29/06\n\n"
        "KOSTI (Bones) – Ana Ruiz, Czech Republic, 104'\n"
        "A black comedy about a village butcher who inherits his brother's debts and a pig. "
        "This was the world premiere, in the main competition.\n"
        "My rating: ★★★★ (4/5)\n\n"
        "DAY 3 – Sunday 30/06\n\n"
        "TENEKE (The Tin) – Jo Park, Turkey, 2h 8m\n"
        "An old tinsmith refuses to close his shop when the bazaar is renovated. In Turkish.\n"
        "My rating: ★★½ (2.5/5)\n"
    )
    facts = _facts(body, title="Festival diary, days 2–3")
    assert {("Kosti", 104), ("Teneke", 128)} <= _runtimes(facts)
    assert ("Teneke", "country_of_origin", "Turkey") in _triples(facts)


def test_a_ranked_list_with_a_middle_dot_heads_its_entries():
    body = (
        "In no particular order:\n\n"
        "1 · TVÄTTSTUGA (The Wash House)\n"
        "Sweden · dir. Ana Ruiz · 1 h 41 min\n"
        "A feud over a booking slot in a housing co-op escalates into a siege thriller.\n\n"
        "2 · SILDA (The Herring)\n"
        "Norway · dir. Jo Park · 2 h 18 min\n"
        "A lavish period drama about a herring-oil baron in 1890s Ålesund.\n"
    )
    triples = _triples(_facts(body, title="The year in films"))
    assert ("Tvättstuga", "director", "Ana Ruiz") in triples
    assert ("Silda", "director", "Jo Park") in triples


def test_a_ranked_entry_reads_its_piped_credit_line():
    body = (
        "My favourite films of the year, each with a line of credits.\n\n"
        "2. SALT LANTERN (Tuzlu Fener)\n"
        "Dir. Ana Ruiz | Georgia/Switzerland | Georgian | 110' | documentary | "
        "with Jo Park (Segundo), Chad Berg (Sol)\n"
        "A lighthouse keeper in western Georgia counts ships. Ruiz had supposedly retired "
        "after Glass Orchard (2017); thank heavens she didn't. A road movie about loneliness, "
        "and it won the Jury Prize at Cannes. I'd love to see it nominated for the Academy "
        "Award for Best Documentary Feature.\n\n"
        "1. PAPER KITES\n"
        "Dir. Mia Sorensen | Denmark | Danish | 95' | with Ola Berg (Kai)\n"
        "A kite maker's last summer. It's surely headed for a nomination for the Academy Award "
        "for Best International Feature Film.\n"
    )
    facts = _facts(body, title="My 10 favourite films")
    triples = _triples(facts)
    assert {
        ("Salt Lantern", "country_of_origin", "Georgia"),
        ("Salt Lantern", "country_of_origin", "Switzerland"),
        ("Salt Lantern", "original_language", "Georgian"),
        ("Salt Lantern", "instance_of", "DOCUMENTARY_FILM"),
        ("Salt Lantern", "cast_member", "Jo Park"),
        ("Salt Lantern", "cast_member", "Chad Berg"),
        ("Salt Lantern", "award_received", "Jury Prize"),
        ("Paper Kites", "cast_member", "Ola Berg"),
        ("Paper Kites", "original_language", "Danish"),
    } <= triples
    assert ("Salt Lantern", 110) in _runtimes(facts)
    # no country from the cast's names, no genre from "western Georgia", no wish as a nomination
    countries = {t[2] for t in triples if t[1] == "country_of_origin"}
    assert countries == {"Georgia", "Switzerland", "Denmark"}
    assert "western" not in {str(f.object) for f in facts if f.relation.value == "genre"}
    assert not {t for t in triples if t[1] == "nominated_for"}
    assert not {t for t in triples if t[0] == "Glass Orchard" and t[1] != "instance_of"}


def test_a_list_casts_with_is_and_names_makers_of_its_honourable_mentions():
    body = (
        "Counting down.\n\n"
        "2. SALT LANTERN\n"
        "Dir. Ana Ruiz · USA · 209 min\n"
        "Ana Lee is Frank Sheeran, Jo Vale is Jimmy Hoffa and Tom Berg, coaxed out of "
        "retirement, is Russell Bufalino. Three hours, and worth it.\n\n"
        "1. PAPER KITES\n"
        "Dir. Mia Sorensen · Georgia · 101 min\n"
        "Salome Berg is Mina, a widow who refuses to sell her orchard.\n\n"
        "HONOURABLE MENTIONS\n"
        "Glass Tide (Karl Moen), which we loved; River Song (Ida Holm); Night Ferry.\n"
    )
    triples = _triples(_facts(body, title="The top films of the year"))
    assert {
        ("Salt Lantern", "cast_member", "Ana Lee"),
        ("Salt Lantern", "cast_member", "Jo Vale"),
        ("Salt Lantern", "cast_member", "Tom Berg"),
        ("Paper Kites", "cast_member", "Salome Berg"),
        ("Glass Tide", "director", "Karl Moen"),
        ("River Song", "director", "Ida Holm"),
    } <= triples
    # the mentions' makers are no cast of the last entry
    assert not {t for t in triples if t[0] == "Paper Kites" and t[2] in ("Karl Moen", "Ida Holm")}


def test_a_retrospective_headline_is_no_entry_and_its_maker_directs_the_entries():
    body = (
        "FEATURES / RETROSPECTIVE\n\n"
        "GHOSTS OF HARBOUR TOWN\n"
        "A look back at the features of Ana Ruiz, the critic who became a filmmaker\n\n"
        "SALT LANTERN (2012)\n"
        "Her first feature. Jo Vale is back as Mira, the doctor; Tom Berg is Pacote; and "
        "Ida Holm is Lunga. Tourists led by Michael (Udo Berg) arrive to hunt.\n\n"
        "PAPER KITES (2016)\n"
        "Kaori Mina plays Clara, a retired critic.\n"
    )
    facts = _facts(body, title="Ghosts of Harbour Town: the cinema of Ana Ruiz")
    triples = _triples(facts)
    assert {
        ("Salt Lantern", "director", "Ana Ruiz"),
        ("Paper Kites", "director", "Ana Ruiz"),
        ("Salt Lantern", "cast_member", "Tom Berg"),
        ("Salt Lantern", "cast_member", "Ida Holm"),
        ("Salt Lantern", "cast_member", "Udo Berg"),
    } <= triples
    assert "Ghosts of Harbour Town" not in {f.subject.name for f in facts}


def test_a_title_glossed_in_brackets_is_the_films_other_name():
    body = (
        "Our picks.\n\n"
        "1 · SALTVIKEN (The Salt Bay)\n"
        "Sweden · dir. Ana Lindqvist · 1 h 41 min\n"
        "A feud in a fishing village. It beat Kaislikko (Jo Parkkinen) at the box office.\n\n"
        "2 · KAISLIKKO (Denmark)\n"
        "Finland · dir. Jo Parkkinen · 88 min\n"
        "Two brothers share one cabin.\n"
    )
    facts = _facts(body, title="Our picks of the year")
    titles = {(f.subject.name, f.object, f.rule) for f in facts if f.relation.value == "title"}
    assert ("Saltviken", "The Salt Bay", "title-gloss") in titles
    assert not {t for t in titles if t[2] == "title-gloss" and t[0] == "Kaislikko"}
    gloss = next(f for f in facts if f.rule == "title-gloss")
    assert body[gloss.evidence.start : gloss.evidence.end] == "SALTVIKEN (The Salt Bay)"


def test_a_winners_list_in_capitals_with_dashes_gives_each_line_its_film():
    body = (
        "The festival closed on Saturday.\n\n"
        "FULL LIST OF WINNERS\n"
        "GOLDEN HERON FOR BEST FILM – Qyteti pa Dritare (The Town Without Windows), "
        "dir. Erion Kola (Albania, Italy)\n"
        "BEST SCREENPLAY – Ana Ruiz, Jo Park, Kalokairi (The Summer) (Cyprus, Greece)\n"
        "BEST DOCUMENTARY – Ribarite od Dojran (The Fishermen), dir. Goran Stojan "
        "(North Macedonia)\n"
    )
    facts = _facts(body, title="Lakeside festival 2025: the winners")
    triples = _triples(facts)
    assert {
        ("Qyteti pa Dritare", "director", "Erion Kola"),
        ("Qyteti pa Dritare", "award_received", "Golden Heron for Best Film"),
        ("Qyteti pa Dritare", "country_of_origin", "Italy"),
        ("Kalokairi", "screenwriter", "Ana Ruiz"),
        ("Kalokairi", "screenwriter", "Jo Park"),
        ("Ribarite od Dojran", "director", "Goran Stojan"),
        ("Ribarite od Dojran", "award_received", "Best Documentary"),
    } <= triples
    assert {t[0] for t in triples if t[1] == "director"} == {
        "Qyteti pa Dritare",
        "Ribarite od Dojran",
    }


def test_a_screening_schedule_line_is_its_films_entry():
    body = (
        "Our April season, all films in original version.\n\n"
        "SCHEDULE\n"
        "Thu 13.04 · 20:00 · Paper Kites · USA 2022 · opening night\n"
        "Fri 21.04 · 20:30 · Meek's Harbour · USA 2010 · 104' · dir./ed. Ana Ruiz\n"
        "Sat 22.04 · 20:30 · Night Ferry · Canada 2013 · 112'\n"
    )
    facts = _facts(body, title="Spring season")
    triples = _triples(facts)
    assert {
        ("Meek's Harbour", "director", "Ana Ruiz"),
        ("Meek's Harbour", "editor", "Ana Ruiz"),
        ("Meek's Harbour", "country_of_origin", "United States"),
        ("Night Ferry", "country_of_origin", "Canada"),
    } <= triples
    assert {("Meek's Harbour", 104), ("Night Ferry", 112)} <= _runtimes(facts)
    assert ("Paper Kites", 112) not in _runtimes(facts)


def test_a_roundup_entry_gives_its_score_and_its_makers_possessive():
    body = (
        "Five films this month, ratings out of five.\n\n"
        "1. PAPER KITES: A HARBOUR SAGA — 3.5/5\n"
        "Ana Ruiz and Jo Park's sequel runs 140 minutes and earns most of them.\n\n"
        "2. NIGHT FERRY (1995) — 5/5\n"
        "A rewatch. Mia Sorensen directs from a script by Ola Berg; it holds up.\n"
    )
    facts = _facts(body, title="Everything I watched this month")
    triples = _triples(facts)
    assert {
        ("Paper Kites: A Harbour Saga", "director", "Ana Ruiz"),
        ("Paper Kites: A Harbour Saga", "director", "Jo Park"),
        ("Night Ferry", "director", "Mia Sorensen"),
    } <= triples
    assert _scores(facts) == {("Paper Kites: A Harbour Saga", "3.5"), ("Night Ferry", "5")}


def test_a_diary_day_between_rules_heads_its_films_entry():
    body = (
        "Logged nineteen films this month; these two are the keepers.\n\n"
        "----------------------------------------\n"
        "SAT 09 MAR · SALT HARBOUR (2016) · ★★★★½ · ♥ · rewatch\n"
        "----------------------------------------\n"
        "Ana Ruiz wrote and directed this gentle comedy-drama about a bus driver.\n\n"
        "----------------------------------------\n"
        "WED 13 MAR · PAPER KITES (Paperidrakat, 2023) · ★★★★\n"
        "----------------------------------------\n"
        "Jo Park's deadpan Finnish romance, all of 81 minutes.\n"
    )
    facts = _facts(body, title="Film diary // March")
    triples = _triples(facts)
    assert {
        ("Salt Harbour", "director", "Ana Ruiz"),
        ("Salt Harbour", "screenwriter", "Ana Ruiz"),
        ("Paper Kites", "director", "Jo Park"),
    } <= triples


def test_a_fan_posts_full_title_field_and_its_review_headings():
    body = (
        "COPPER TIDE 2 IS THE SEQUEL WE WANTED\n\n"
        "I have now seen it three times and I am ready to write the big post.\n\n"
        "- Full title: Copper Tide 2: The Drowned Fleet\n"
        "- Director: Ana Ruiz\n"
        "- Studios: Wren Studios, Harbour Arc Entertainment\n\n"
        "WHAT WORKED\n\n"
        "The first Copper Tide (2022) was a scrappy swashbuckler that nobody expected to be "
        "a hit. This one is a full-on fantasy epic and Jo Park is even better this time.\n\n"
        "WHAT DIDN'T\n\n"
        "The middle hour drags a bit and the subplot with the parrot could have lost ten "
        "minutes without anybody noticing.\n"
    )
    facts = _facts(body, title="COPPER TIDE 2 is the sequel we wanted (a fan take)")
    triples = _triples(facts)
    assert {
        ("Copper Tide 2: The Drowned Fleet", "director", "Ana Ruiz"),
        ("Copper Tide 2: The Drowned Fleet", "production_company", "Wren Studios"),
        ("Copper Tide 2: The Drowned Fleet", "production_company", "Harbour Arc Entertainment"),
    } <= triples
    # "This one", set against the first film just named, is the page's own
    assert _subjects(facts, "genre") == {"Copper Tide 2: The Drowned Fleet"}
    assert _subjects(facts, "instance_of") == {"Copper Tide 2: The Drowned Fleet"}


def test_a_question_states_nothing():
    body = (
        "Copper Tide is a 2023 film directed by Ana Ruiz.\n\n"
        "Fun fact: it's based on the old Copper Tide comic from the seventies, right?\n\n"
        "Did Jo Park write the music this time?\n\n"
        "Will it go as far as Night Ferry, which won the Golden Bear? Probably not.\n\n"
        "It made $4 million in a week, which is kind of huge??\n"
    )
    facts = _facts(body, title="Copper Tide")
    relations = {f.relation.value for f in facts if f.subject.name == "Copper Tide"}
    assert "based_on" not in relations and "composer" not in relations
    assert "box_office" in relations
    assert ("Night Ferry", "award_received") in {(f.subject.name, f.relation.value) for f in facts}


def test_a_winners_list_with_slashed_glosses_is_one_node_per_film():
    body = (
        "RIGA — Mia Berg's debut feature Blackthorn Winter won the Grand Amber.\n\n"
        "The jury handed the Amber Award for Best Director to Ana Ruiz for Kra (Drift Ice), a "
        "survival drama. "
        "The Polish film premiered at the Karlovy Vary International Film Festival.\n\n"
        "The Special Jury Prize went to Jo Park's Ilgā nakts (The Long Night), a chamber "
        "piece.\n\n"
        "FULL LIST OF WINNERS\n\n"
        "  Special Jury Prize: Ilgā nakts / The Long Night (Latvia), dir. Jo Park\n"
        "  Best Director: Ana Ruiz, Kra / Drift Ice (Poland)\n"
        "  Best Screenplay: Mia Berg, Ola Lind, Ferropolis (Germany)\n"
    )
    facts = _facts(body, title="Amber Screen winners: 'Blackthorn Winter' takes the top prize")
    triples = _triples(facts)
    assert ("Ilgā nakts", "director", "Jo Park") in triples
    awards = {
        (f.subject.name, f.object.label) for f in facts if f.relation.value == "award_received"
    }
    assert ("Ilgā nakts", "Special Jury Prize") in awards
    assert ("Ferropolis", "Best Screenplay") in awards
    assert ("Kra", "premiere") in {(f.subject.name, f.relation.value) for f in facts}
    assert not [f for f in facts if " / " in f.subject.name]
    assert not _subjects(facts, "cast_member")  # "Kra (Drift Ice)": a title and its gloss
    titles = {(f.subject.name, f.object) for f in facts if f.relation.value == "title"}
    assert ("Kra", "Drift Ice") in titles


def test_a_reviews_own_headings_are_parts_of_the_review_not_films():
    body = (
        "COPPER TIDE\n★★★★½\n\n"
        "Reviewed by Mia Berg\n\n"
        "There is a moment forty minutes into Copper Tide when the film stops being the thing "
        "you thought it was, and Copper Tide never looks back.\n\n"
        "This is the second feature from Ana Ruiz. That film, Oyster Lease Blues, was a small "
        "coastal drama; it won the Sydney Film Prize in 2019.\n\n"
        "THE CRAFT\n\n"
        "Jo Park's cinematography is the first thing people will talk about, and rightly so in "
        "this case. Copper Tide runs 118 minutes.\n\n"
        "IS IT A WESTERN?\n\n"
        "Several colleagues called it a western. It is a thriller, first and last, and Copper "
        "Tide is better for it.\n"
    )
    facts = _facts(body, title="Copper Tide – a stolen ute and bad decisions | Reelside")
    films = _subjects(facts, "instance_of")
    assert "Copper Tide" in films
    assert not films & {"The Craft", "Is It a Western?", "Reviewed by Mia Berg"}
    assert ("Copper Tide", "cinematographer", "Jo Park") in _triples(facts)
    assert _runtimes(facts) == {("Copper Tide", 118)}
    awards = {(f.subject.name, f.relation.value) for f in facts if "award" in f.relation.value}
    assert awards == {("Oyster Lease Blues", "award_received")}  # "That film, X,": hers


def test_a_cast_table_by_version_gives_each_part_both_voices():
    body = (
        "Copper Tide is a 1989 Japanese animated film directed by Ana Ruiz.\n\n"
        "▾ Voice cast\n\n"
        "Character | Japanese | English (1997 dub)\n"
        "Mira | Mia Sato | Jo Park\n"
        "Ken | Ola Berg | Tom Vale\n"
    )
    facts = _facts(body, title="Copper Tide")
    parts = {
        (f.object.name, f.qualifiers.character.name)
        for f in facts
        if f.relation.value == "cast_member" and f.qualifiers.character
    }
    assert parts == {
        ("Mia Sato", "Mira"),
        ("Jo Park", "Mira"),
        ("Ola Berg", "Ken"),
        ("Tom Vale", "Ken"),
    }
    assert _subjects(facts, "cast_member") == {"Copper Tide"}


def test_a_shop_page_sells_the_film_not_its_formats():
    body = (
        "THE COPPER TIDE (1949)\n"
        "4K Ultra HD + Blu-ray · 75th Anniversary Edition · 2-disc set\n\n"
        "PRODUCT DESCRIPTION\n\n"
        "A pulp novelist arrives in a bombed-out Vienna to meet an old friend. Ana Ruiz's "
        "post-war thriller is presented here from a new 4K restoration on Blu-ray and 4K.\n\n"
        "PRODUCT DETAILS\n\n"
        "| Title    | The Copper Tide                 |\n"
        "| Director | Ana Ruiz                        |\n"
        "| Cast     | Jo Park, Mia Sato, Ola Berg     |\n\n"
        "CAST & CHARACTERS\n\n"
        "  Holly Marten ........... Jo Park\n"
        "  Anna Schmitt ........... Mia Sato\n"
        "  Harry Lyme ............. Ola Berg\n"
    )
    facts = _facts(
        body, title="The Copper Tide (1949) 4K Ultra HD + Blu-ray – 75th Anniversary Edition | Shop"
    )
    assert _subjects(facts, "director") == {"The Copper Tide"}
    parts = {
        (f.object.name, f.qualifiers.character.name)
        for f in facts
        if f.relation.value == "cast_member" and f.qualifiers.character
    }
    # "Cast | Jo Park, ..." bills the right-hand names: the list gives each part first
    assert parts == {
        ("Jo Park", "Holly Marten"),
        ("Mia Sato", "Anna Schmitt"),
        ("Ola Berg", "Harry Lyme"),
    }


def test_a_critics_round_up_scores_its_film_under_each_outlet():
    body = (
        "Copper Tide is the first feature written and directed by Ana Ruiz.\n\n"
        "WHAT THE CRITICS SAY\n\n"
        "The Northern Ledger — ★★★★\n"
        '"Loud, profane, frequently hilarious and smarter than it lets on."\n\n'
        "The Fenwick Weekly — ★★★\n"
        '"Great fun for an hour, then the plot machinery starts to grind."\n'
    )
    facts = _facts(body, title="Copper Tide: what the critics say")
    assert _scores(facts) == {("Copper Tide", "4"), ("Copper Tide", "3")}
    assert _subjects(facts, "instance_of") <= {"Copper Tide"}


def test_two_films_tagged_with_a_year_are_no_filmography():
    facts = _facts(
        "The features of Ana Ruiz are patient. Copper Tide (2009) is about a flood and "
        "Winter Kite (2013) follows a boy.",
        title="Ana Ruiz, patiently",
    )
    assert not any(f.rule == "director-of-the-entries" for f in facts)


def test_entries_without_a_maker_in_the_opening_get_no_director():
    facts = _facts(
        "Ana Ruiz picked three films for the weekend.\n\nCopper Tide (2009)\nA harbour "
        "floods.\n\nWinter Kite (2013)\nA boy flies a kite.",
        title="Weekend picks",
    )
    assert not any(f.relation.value == "director" for f in facts)


def test_a_word_that_opens_a_dateline_sentence_is_not_the_film():
    facts = _facts(
        "OSAKA — For the third weekend running, audiences chose a quiet ghost story.\n\n"
        "Kirisame, the second feature from director Ren Oda, has now taken ¥2.5 billion, "
        "its distributor Kumo Pictures said.",
        title="Ghost story holds the top spot in Japan for a third weekend",
    )
    assert ("Kirisame", "distributor", "Kumo Pictures") in _triples(facts)
    assert not any(fact.subject.name == "For" for fact in facts)
    assert all(map(unlikely_title, ("For", "With", "After", "Despite")))


def test_a_programme_tables_row_holds_its_own_films_facts():
    facts = _facts(
        "COPPER TIDE (2023)\nJapan | 2023 | 98 min\n\nAlso this week:\n"
        "SALT WIND (PG) | 2h 4m | Ana Ruiz | Spain\n",
        title="Copper Tide (2023) | Harbour Cinema",
    )
    assert _runtimes(facts) == {("Copper Tide", 98), ("Salt Wind", 124)}


def test_another_film_named_with_its_gloss_keeps_its_own_facts():
    facts = _facts(
        "Kirisame is a 2025 Japanese animated film directed by Ren Oda. "
        "Oda's first feature, Natsu no Hanabi (Summer Fireworks), earned ¥1.2 billion in 2021.",
        title="Kirisame",
    )
    assert ("Natsu no Hanabi", "box_office") in {(f.subject.name, f.relation.value) for f in facts}
    assert ("Kirisame", "box_office") not in {(f.subject.name, f.relation.value) for f in facts}


def test_a_title_label_names_the_film_and_is_not_part_of_its_title():
    facts = _facts(
        "Film: Copper Tide: The Return\nDirector: Ana Ruiz\nRuntime: 1h 32m\n\n"
        "Copper Tide is slow, and it knows it.",
        title="Copper Tide: The Return movie review - slow and sure",
    )
    assert ("Copper Tide: The Return", "director", "Ana Ruiz") in _triples(facts)
    assert _runtimes(facts) == {("Copper Tide: The Return", 92)}


def test_a_ranked_heading_in_capitals_names_its_entry_without_its_rank():
    facts = _facts(
        "Our five films of the year.\n\n2. SALT WIND\nDirected by Jo Park, it runs 101 "
        "minutes.\n\n1. COPPER TIDE\nDirected by Ana Ruiz, it runs 92 minutes.",
        title="The best films of 2021",
    )
    assert _runtimes(facts) == {("Salt Wind", 101), ("Copper Tide", 92)}


def test_a_fact_box_under_its_own_heading_reads_each_bulleted_line():
    facts = _facts(
        "Copper Tide opened on 3 May 2021.\n\nTHE BASICS (for newcomers)\n"
        "- Studio: Studio Wren\n- Screenplay: HIRATA Kei\n- Japanese distributor: Kumo Films\n\n"
        "Cast\n• Ana Ruiz – Mira\n• Jo Park – Ken",
        title="Three years of Copper Tide: my rewatch",
    )
    got = _triples(facts)
    assert ("Copper Tide", "production_company", "Studio Wren") in got
    assert ("Copper Tide", "distributor", "Kumo Films") in got
    assert ("Copper Tide", "cast_member", "Jo Park") in got
    assert not any(fact.subject.name == "The Basics" for fact in facts)


def test_a_charts_title_column_names_the_films_its_paragraphs_speak_of():
    facts = _facts(
        "Copper Tide opened to $31.8 million.\n\nTOP 3 (estimates)\n"
        "| # | Title | Distributor | Weekend |\n| 1 | Copper Tide | Wren | $31.8M |\n"
        "| 2 | Salt Wind | Parkway | $18.4M |\n| 3 | Kite Park: Final Act | Kumo | $5.6M |\n\n"
        "Last week's champion, Salt Wind, dropped 44%. Jo Park's comedy, starring Ana Ruiz, "
        "has now earned $52.1 million.\n\n"
        "In third, the anime Kite Park: Final Act opened with $5.6 million. Directed by Ren Oda "
        "and based on Mei Sato's manga Kite Park, the film has grossed ¥4.8 billion in Japan.",
        title="Weekend box office: 'Copper Tide' swarms to No. 1",
    )
    got = _triples(facts)
    assert ("Salt Wind", "cast_member", "Ana Ruiz") in got
    assert ("Kite Park: Final Act", "director", "Ren Oda") in got
    assert ("Kite Park: Final Act", "based_on", "Kite Park") in got
    assert not any(fact.subject.name.startswith("Top") for fact in facts)


@pytest.mark.parametrize(
    "title",
    ["Rewatch diary #7: Copper Tide (yes, again)", "Ghosts on the shore: rewatching Copper Tide"],
)
def test_a_headlines_words_around_the_title_are_not_part_of_it(title):
    facts = _facts("Copper Tide opened on 3 May 2021. Copper Tide runs 92 minutes.", title=title)
    assert _runtimes(facts) == {("Copper Tide", 92)}


def test_a_programmes_time_and_date_lines_are_no_films_and_lead_no_title():
    facts = _facts(
        "DOUBLE BILL — SUNDAY 5 MARCH, FROM 2PM\nCopper Tide + Salt Wind\n\n"
        "2.00pm — COPPER TIDE (La marée)\nA harbour floods. It runs 80 minutes.\n\n"
        "3.40pm — SALT WIND (Vent salé)\nA gull flies. It runs 66 minutes.\n\n"
        "Rating: ★★★½ (out of five)\nWinner: Golden Gull\n",
        title="Sunday Double Bill: Copper Tide + Salt Wind | Picture House",
    )
    assert _runtimes(facts) == {("Copper Tide", 80), ("Salt Wind", 66)}
    assert all(map(unlikely_title, ("I've", "Winner: Golden Gull", "We're")))


def test_each_capitals_heading_over_a_facts_line_opens_its_films_entry():
    facts = _facts(
        "We show all three of Ana Ruiz's films.\n\n"
        "COPPER TIDE\nLa marée\nSpain 2019 | 81 min | Sat 23 Aug, 19:00\n"
        "A harbour floods. Cast: Jo Park (Mira)\n\n"
        "SALT WIND\nSpain 2021 | 87 min | Sun 24 Aug, 16:00\n"
        "A gull, Kit (Lea Sol), flies home.\n",
        title="Tides: an Ana Ruiz season",
    )
    got = _triples(facts)
    assert ("Copper Tide", "cast_member", "Jo Park") in got
    assert ("Salt Wind", "cast_member", "Lea Sol") in got
    assert not any(fact.subject.name == "La marée" for fact in facts)


def test_a_programmes_slot_or_a_details_line_makes_a_capitals_heading_an_entry():
    facts = _facts(
        "PRIFF 2024 | Schedule | Tickets\n\nDAY 4 · SATURDAY 9 NOVEMBER\n\n"
        "10:00 · PWR · Asian New Cinema Competition\nANG HULING LAMBAT\n\n"
        "Field | Detail\nCountry | Philippines\nDirector | Rommel Dizon\n\n"
        "----------\n13:00 · CCP · Gala\nMIDNIGHT AT HWAGAE MARKET\n\n"
        "South Korea, 2024, Korean, 1h 57m\nStarring Park Ji-hwan, Seo Yeon-hee\n\n"
        "International premiere. It is a black comedy about debt.\n\n"
        "tick, tick... BOOM!\n2021 · 1h 55m · Musicals\nDirector: Lin Ruiz\n",
        title="Day 4 Schedule — Pasig River International Film Festival 2024",
    )
    got = _triples(facts)
    assert ("Ang Huling Lambat", "director", "Rommel Dizon") in got
    assert ("Midnight at Hwagae Market", "cast_member", "Park Ji-hwan") in got
    assert not any(
        fact.subject.name
        in ("Schedule", "International", "DAY 4", "South Korea, 2024, Korean, 1h 57m")
        for fact in facts
    )
    # a line's last words are no heading of their own
    assert not any(fact.subject.name == "Boom!" for fact in facts)


def test_the_original_title_over_its_english_title_is_the_film():
    facts = _facts(
        "BERGEN CHILDREN'S FILM FESTIVAL 2024\n\nKobber: Den siste vinteren\n"
        "English title: Kobber: The Last Winter\nNorway 2023 | 79 min | Animation\n\n"
        "CREDITS\nDirector\tIngrid Aas\nMusic\tSigurd Aune\n\n"
        "Kobber is a troll. In Kobber: The Last Winter he has to find spring.",
        title="Kobber: Den siste vinteren / Kobber: The Last Winter - Family Features",
    )
    got = _triples(facts)
    assert ("Kobber: Den siste vinteren", "director", "Ingrid Aas") in got
    assert _runtimes(facts) == {("Kobber: Den siste vinteren", 79)}


def test_each_item_of_a_line_up_holds_its_own_films_facts():
    facts = _facts(
        "TALLINN — Three features will compete.\n\nThe selection:\n\n"
        "• Sölvi og hafið (Sölvi and the Sea) — Ana Ruiz's Icelandic–Danish stop-motion drama "
        "about a deaf boy. It runs 88 minutes.\n\n"
        "• Ruta de sal (Salt Road) — Jo Park's road movie across the Atacama. It runs 96 "
        "minutes.\n\n* It's long — but worth it.\n",
        title="Baltic Lights unveils its 2025 competition",
    )
    got = _triples(facts)
    assert ("Sölvi og hafið", "director", "Ana Ruiz") in got
    assert ("Ruta de sal", "director", "Jo Park") in got
    assert _runtimes(facts) == {("Sölvi og hafið", 88), ("Ruta de sal", 96)}


def test_a_roundups_glossed_headings_open_their_films_entries():
    facts = _facts(
        "Baltic Lights 2023: 'Vējš' takes the Amber Lighthouse\n\n"
        "The festival closed on Saturday. Here is how the main titles fared.\n\n"
        "Vējš (Wind)\nAna Ruiz's second feature, which premiered at the festival, follows a "
        "baker through one long winter.\n\n"
        "Tuulte maja (House of Winds)\nThis Estonian animated feature by Mart Kask, in which "
        "Liis Tamm voices Mia, took the Audience Award.\n",
        title="Baltic Lights 2023: 'Vējš' takes the Amber Lighthouse – Northern Screen",
    )
    got = _triples(facts)
    assert ("Tuulte maja", "cast_member", "Liis Tamm") in got
    assert ("Vējš", "director", "Ana Ruiz") in got


def test_a_roundups_labels_in_capitals_open_each_films_entry():
    facts = _facts(
        "Harbour Lights 2025 wrap: a swan song and a firebrand\n\n"
        "The festival closed on Sunday night. Here are the films people will talk about.\n\n"
        "THE WINNER: The Swan Keeper's Daughter\n"
        "Ana Ruiz's second feature took the Golden Swan after its premiere here.\n\n"
        "THE FIREBRAND: Tondo After Rain\n"
        "Jo Park's furious Manila drama premiered in March and arrived here already a hit.\n\n"
        "DIRECTOR: Mara Hollis\n",
        title="Harbour Lights 2025 wrap: a swan song and a firebrand",
    )
    got = _triples(facts)
    assert ("The Swan Keeper's Daughter", "director", "Ana Ruiz") in got
    assert ("Tondo After Rain", "director", "Jo Park") in got
    assert not any(subject == "Mara Hollis" for subject, _, _ in got)


def test_an_award_list_reads_each_categorys_winner_and_nominees_by_their_marks():
    facts = _facts(
        "Premios Garza 2024: 'Casa de relojes' wins Best Film\n\n"
        "Winners are marked ★. Films are listed with their directors.\n\n"
        "Garza Award for Best Film\n"
        "★ Casa de relojes – Ana Ruiz\n"
        "• Viento Zonda – Jo Park\n\n"
        "Garza Award for Best Actress\n"
        "★ Lucía Barrios as Amanda – Casa de relojes\n"
        "• Mila Quispe as Rosa – Las hijas\n\n"
        "Garza Award for Best Documentary\n"
        "★ Los trenes (Chile) – Ignacio Wolff\n\n"
        "Silver Bridge for Best Director\n"
        "Tomás Ibarra for Rumah Sunyi (The Quiet House), Malaysia\n",
        title="Premios Garza 2024: 'Casa de relojes' wins Best Film",
    )
    got = _triples(facts)
    assert ("Casa de relojes", "award_received", "Garza Award for Best Film") in got
    assert ("Viento Zonda", "nominated_for", "Garza Award for Best Film") in got
    assert ("Viento Zonda", "award_received", "Garza Award for Best Film") not in got
    assert ("Viento Zonda", "director", "Jo Park") in got
    assert ("Las hijas", "cast_member", "Mila Quispe") in got
    assert ("Las hijas", "character", "Rosa") in got
    classes = {(f.subject.name, f.object) for f in facts if f.relation is Relation.INSTANCE_OF}
    assert ("Los trenes", WorkClass.DOCUMENTARY_FILM) in classes
    assert ("Los trenes", "country_of_origin", "Chile") in got
    assert ("Rumah Sunyi", "director", "Tomás Ibarra") in got
    assert ("Rumah Sunyi", "award_received", "Silver Bridge for Best Director") in got
    quotes = {f.evidence.quote for f in facts if f.subject.name == "Viento Zonda"}
    assert quotes == {
        "Garza Award for Best Film\n★ Casa de relojes – Ana Ruiz\n• Viento Zonda – Jo Park"
    }


def test_an_award_with_one_film_and_its_details_under_it_is_that_films_win():
    facts = _facts(
        "Lanterna 2025: the winners\n\n"
        "The jury met on Sunday.\n\n"
        "Audience Award\n"
        "Mùa nước nổi (Flood Season)\n"
        "Vietnam · 2025 · 92 min · Vietnamese\n"
        "Director: Nguyễn Thị Thu Hà\n",
        title="Lanterna 2025: the winners",
    )
    got = _triples(facts)
    assert ("Mùa nước nổi", "award_received", "Audience Award") in got
    assert not any(s.startswith(("Vietnam", "Director")) for s, _, _ in got)


def test_an_award_list_in_capitals_with_winner_and_nominee_labels_and_details_lines():
    # a category in capitals, "WINNER:" and "Also nominated:" over blank lines, a line of
    # details under its entry, a person's category written person first or film first
    facts = _facts(
        "Marea Awards 2025: the full list\n\n"
        "The ceremony took place in Lima on Saturday.\n\n"
        "GOLDEN WAVE FOR BEST FILM\n\n"
        "WINNER: Casa el-Bahr (The Sea House)\n"
        "Dir. Ana Ruiz · Peru · 2024 · 2h 4m\n\n"
        "Also nominated:\n"
        "- Les Jardins d'Ica — Dir. Jo Park · Chile, France · 2024 · 98 min\n\n"
        "SILVER WAVE FOR BEST DIRECTOR\n\n"
        "WINNER: Jo Park, Les Jardins d'Ica\n\n"
        "Also nominated:\n"
        "- Ana Ruiz, Casa el-Bahr\n\n"
        "WAVE AWARD FOR BEST CINEMATOGRAPHY\n\n"
        "WINNER: Casa el-Bahr — Tomás Ibarra\n\n"
        "Note: the jury gave no special mention this year.\n",
        title="Marea Awards 2025: the full list",
    )
    got = _triples(facts)
    assert ("Casa el-Bahr", "award_received", "Golden Wave for Best Film") in got
    assert ("Casa el-Bahr", "director", "Ana Ruiz") in got
    assert ("Les Jardins d'Ica", "nominated_for", "Golden Wave for Best Film") in got
    assert ("Les Jardins d'Ica", "award_received", "Golden Wave for Best Film") not in got
    assert ("Les Jardins d'Ica", "country_of_origin", "France") in got
    assert ("Les Jardins d'Ica", "award_received", "Silver Wave for Best Director") in got
    assert ("Casa el-Bahr", "nominated_for", "Silver Wave for Best Director") in got
    assert ("Casa el-Bahr", "cinematographer", "Tomás Ibarra") in got
    assert ("Casa el-Bahr", "award_received", "Wave Award for Best Cinematography") in got
    assert {m for s, m in _runtimes(facts) if s == "Casa el-Bahr"} == {124}
    assert {m for s, m in _runtimes(facts) if s == "Les Jardins d'Ica"} == {98}


def test_a_title_credited_with_two_things_only_films_have_is_a_film():
    facts = _facts(
        "Copper Tide is a 2023 Peruvian film directed by Ana Ruiz.\n\n"
        "Her next project, Salt Bells, was directed by Jo Park and runs 88 minutes. "
        "Ruiz also admires Harbour Lights, directed by Tomás Ibarra.",
        title="Copper Tide",
    )
    classes = {(f.subject.name, f.object) for f in facts if f.relation is Relation.INSTANCE_OF}
    assert ("Salt Bells", WorkClass.FILM) in classes
    assert not any(subject == "Harbour Lights" for subject, _ in classes)
    typed = next(f for f in facts if f.rule == "type-from-credits")
    assert typed.evidence.quote.startswith("Her next project, Salt Bells")


def test_a_tables_cells_are_said_of_the_film_their_row_or_column_names():
    facts = _facts(
        "Two lanterns, compared\n\n"
        "Two animated features about a lantern opened this spring.\n\n"
        "| | Casa de Luz | The Lantern of Hwasun |\n"
        "|---|---|---|\n"
        "| Director | Ana Ruiz | Yoon Da-som |\n"
        "| Country | Peru | South Korea |\n"
        "| Runtime | 84 min | 1 h 37 |\n\n"
        "In competition\n\n"
        "Title\tDirector\tCountry\tRuntime\n"
        "Salt Bells\tTomás Ibarra\tChile\t104 min\n"
        "Yeux de sel (written by Aminata Diallo)\tJo Park\tSenegal, France\t88 min\n",
        title="Two lanterns, compared",
    )
    got = _triples(facts)
    assert ("Casa de Luz", "director", "Ana Ruiz") in got
    assert ("The Lantern of Hwasun", "director", "Yoon Da-som") in got
    assert ("The Lantern of Hwasun", "country_of_origin", "South Korea") in got
    assert ("Casa de Luz", "country_of_origin", "South Korea") not in got
    assert ("Salt Bells", "director", "Tomás Ibarra") in got
    assert ("Yeux de sel", "country_of_origin", "France") in got
    assert ("Yeux de sel", "screenwriter", "Aminata Diallo") in got
    runtimes = _runtimes(facts)
    assert {("Casa de Luz", 84), ("The Lantern of Hwasun", 97), ("Salt Bells", 104)} <= runtimes
    row = next(f for f in facts if f.object == Entity(EntityKind.PERSON, "Yoon Da-som"))
    assert row.evidence.quote == "| Director | Ana Ruiz | Yoon Da-som |"


def test_a_title_keeps_its_small_prepositions_in_other_languages():
    facts = _facts(
        "The festival closes with Último Tango en Ushuaia, produced by Patagonia Films.",
        title="Festival news",
    )
    assert ("Último Tango en Ushuaia", "production_company", "Patagonia Films") in _triples(facts)


def test_a_press_kits_framed_headings_are_no_films():
    facts = _facts(
        "O SILÊNCIO DAS CARRANCAS\n\n"
        "A film by\nMaria do Carmo Assunção\n\n"
        "— LOGLINE —\n"
        "In a river town sinking into drought, an old woodcarver stops carving.\n\n"
        "— CAST —\n"
        "Caio Wanderley .................... Padre Osmar\n",
        title="O SILÊNCIO DAS CARRANCAS – Press kit",
    )
    subjects = {f.subject.name.lower() for f in facts}
    assert subjects == {"o silêncio das carrancas"}  # not "— Logline —"
    assert ("cast_member", "Caio Wanderley") in {(r, o) for _, r, o in _triples(facts)}


def test_a_wiki_pages_source_names_its_film_in_sentence_case_and_its_infobox_is_read():
    header = "title: Las hilanderas del viento — Filmopedia (source view)\npublisher: Filmopedia"
    facts = extract_facts(
        parse_article(
            f"source: urn:test\n{header}\n\n"
            'Filmopedia · Editing "Las hilanderas del viento" (section 0)\n\n'
            "{{Infobox film\n"
            "| name           = Las hilanderas del viento\n"
            "| director       = María José de la Serna Quiroga\n"
            "| music          = Nurul Aisyah binti Rahman\n"
            "}}\n"
        )
    )
    got = _triples(facts)
    assert ("Las hilanderas del viento", "director", "María José de la Serna Quiroga") in got
    assert ("Las hilanderas del viento", "composer", "Nurul Aisyah binti Rahman") in got


def test_a_ranked_heading_with_a_mark_over_a_fact_box_opens_that_films_entry():
    facts = _facts(
        "NEW THIS WEEK: TWO FILMS NOT TO MISS\n\n"
        "Every Friday we pick the new arrivals worth your evening.\n\n"
        "■ 1. VENTO SUL\n"
        "• Country: Brazil\n"
        "• Director: Caio Tavares Lima\n\n"
        "Two brothers drive their father's ashes to the border.\n\n"
        "■ 2. LA CASA DE LAS TORTUGAS\n"
        "• Country: Mexico\n"
        "• Directed by: Ximena Arreola\n",
        title="New this week: two films not to miss",
    )
    got = _triples(facts)
    assert ("Vento Sul", "director", "Caio Tavares Lima") in got
    assert ("La Casa de las Tortugas", "director", "Ximena Arreola") in got
    assert ("Vento Sul", "country_of_origin", "Brazil") in got


def test_each_line_of_a_winners_list_holds_its_own_films_facts():
    facts = _facts(
        "Harbour Lights 2024: the winners\n\n"
        "The jury met on Saturday.\n\n"
        "Golden Anchor: Dom na wodzie (House on the Water), dir. Ewa Lind — Poland, Czechia\n"
        "Best Director: Tomás Ibarra for The Long Field — Chile, Peru.\n"
        "Best Actress: Mai Anh as Thu, the ferrywoman of Salt Road (dir. Lê Quang Huy) — Vietnam\n"
        "Best Actor: Karim Haddad, The Long Field\n",
        title="Harbour Lights 2024: the winners",
    )
    got = _triples(facts)
    assert ("Dom na wodzie", "director", "Ewa Lind") in got
    assert ("Dom na wodzie", "award_received", "Golden Anchor") in got
    assert ("Dom na wodzie", "country_of_origin", "Czech Republic") in got
    assert ("The Long Field", "award_received", "Best Director") in got
    assert ("The Long Field", "country_of_origin", "Peru") in got
    assert ("The Long Field", "award_received", "Best Actor") in got
    assert ("Salt Road", "award_received", "Best Actress") in got
    assert ("Salt Road", "country_of_origin", "Vietnam") in got
    assert not any(subject.startswith(("Golden Anchor", "Best ")) for subject, _, _ in got)


def test_a_streaming_pages_watch_title_names_the_film_and_its_star_is_no_film():
    facts = _facts(
        "rain, rain... GO!\n2021 · 1h 55m · Musicals\n\n"
        "Starring: Andrew Vale, Lia Moreau\nDirector: Rui Sato\n\n"
        "About rain, rain... GO!\n\nCast\nAndrew Vale ... Tom\nLia Moreau ... Ana\n\n"
        "Andrew Vale won the Golden Reel for the role. Andrew Vale sings all of it.\n",
        title="Watch rain, rain... GO! | Streamly Official Site",
    )
    got = _triples(facts)
    assert ("rain, rain... GO!", "director", "Rui Sato") in got
    assert ("rain, rain... GO!", "cast_member", "Lia Moreau") in got
    assert not any(subject == "Andrew Vale" for subject, _, _ in got)


def test_a_retrospectives_maker_is_no_film_and_a_persons_last_roles_are_no_other_film():
    facts = _facts(
        "Here is a walk through the features of Hirokazu Sato, who shot them all in Osaka. "
        "Sato began in television.\n\n"
        "Harbour Lights (2018) won the Golden Reel. Ana Ruiz plays a grocer, with Mia Ono, in "
        "one of her last roles, as the grandmother. It was nominated for the Silver Reel.\n",
        title="Hirokazu Sato at the Rex",
    )
    got = _triples(facts)
    assert not any(subject in ("Sato", "Hirokazu Sato") for subject, _, _ in got)
    assert ("Harbour Lights", "cast_member", "Ana Ruiz") in got
    assert ("Harbour Lights", "nominated_for", "Silver Reel") in got


def test_a_blogs_bullet_of_favourite_moments_is_no_film_and_a_half_remembered_figure_no_fact():
    facts = _facts(
        "Harbour Lights is a 1994 film by Ana Ruiz.\n\n"
        "Bits I'd save from a fire:\n"
        "- The smeary chase at the start — Jo Park shot it, handheld.\n"
        "- The goldfish scene.\n\n"
        "It runs 102 minutes. I also half-remember reading it made around $7.6 million.\n",
        title="Thirty years of Harbour Lights",
    )
    got = _triples(facts)
    assert ("Harbour Lights", 102) in _runtimes(facts)
    assert not any(subject.startswith("The smeary") for subject, _, _ in got)
    assert not any(relation == "box_office" for _, relation, _ in got)


def test_a_weekend_charts_lines_name_their_films_distributors_and_totals():
    facts = _facts(
        "Halyard Pictures has its spring hit. Copper Run collected $38.6 million from 3,870 "
        "locations over the weekend.\n\n"
        "THE TOP THREE\n"
        "1. Copper Run (Halyard Pictures) — $38.6M — NEW\n"
        "2. Moss & Minnow: The Lost Lantern (Starling Pictures) — $21.2M — total $63.9M\n"
        "3. Bright Hollow (Lodestar Releasing) — $7.9M — total $44.0M\n",
        title="Weekend box office: 'Copper Run' roars",
    )
    got = {
        (f.subject.name, f.relation.value, str(getattr(f.object, "amount", "")))
        for f in facts
        if f.relation.value == "box_office"
    } | _triples(facts)
    assert ("Copper Run", "box_office", "38600000") in got
    assert ("Moss & Minnow: The Lost Lantern", "box_office", "63900000") in got
    assert ("Bright Hollow", "distributor", "Lodestar Releasing") in got
    assert ("Moss & Minnow: The Lost Lantern", "distributor", "Starling Pictures") in got


def test_a_long_sentence_case_title_that_opens_the_body_is_the_film():
    facts = _facts(
        "Tierra de agua: La copla de Rosendo\nFrom Openpedia, the free encyclopedia\n\n"
        "Tierra de agua: La copla de Rosendo is a 2021 Mexican drama film directed by Ana "
        "Ruiz. Rosendo, a ferryman, loses his boat.\n",
        title="Tierra de agua: La copla de Rosendo — Openpedia",
    )
    got = _triples(facts)
    assert ("Tierra de agua: La copla de Rosendo", "director", "Ana Ruiz") in got
    assert not any(subject in ("Rosendo", "Tierra de agua") for subject, _, _ in got), got


def test_a_sentence_speaks_of_the_film_it_opens_with_and_the_next_sentence_too():
    facts = _facts(
        "Harbour Lights is a 2018 drama directed by Ana Ruiz.\n\n"
        "Lantern Walk (2021) won the Golden Reel, the first drama to win since Salt Wind (1999). "
        "It was released by Meridian Pictures.\n\n"
        "Copper Sky (2023) marks a first: Ruiz did not write it. The screenplay is by the "
        "playwright Jo Park, and the film also won the Silver Reel.\n",
        title="Ana Ruiz at the Rex",
    )
    got = _triples(facts)
    assert ("Lantern Walk", "distributor", "Meridian Pictures") in got
    assert ("Copper Sky", "screenwriter", "Jo Park") in got
    assert ("Copper Sky", "award_received", "Silver Reel") in got
    assert not any(
        s in ("Salt Wind", "Harbour Lights") and r in ("distributor", "screenwriter")
        for s, r, _ in got
    )


def test_a_festival_catalogues_entries_read_their_short_labels_and_country_codes():
    facts = _facts(
        "FESTIVAL CATALOGUE · 2025\n\n"
        "SOMBRA DE AGUA\nWater Shadow\nLucía FERNÁNDEZ DE LA VEGA\n"
        "MX, AR 2025 · 103' · colour · Spanish\n\n"
        "A girl sells water door to door in a border town.\n\n"
        "D, Scr: Lucía FERNÁNDEZ DE LA VEGA\nDoP: Mateo KLEIN\n"
        "Prodco: Caudal Cine (MX), Pampa Sur Films (AR)\n\n"
        "THE QUIET SURVEYOR\nOwen PRITCHARD-LLOYD\nGB 2024 · 88' · colour · English\n\n"
        "A deadpan comedy in a village.\n\n"
        "D: Owen PRITCHARD-LLOYD\nED: Luísa DA COSTA\n",
        title="Catalogue 2025",
    )
    got = _triples(facts)
    assert ("Sombra de Agua", "director", "Lucía Fernández de la Vega") in got
    assert ("Sombra de Agua", "screenwriter", "Lucía Fernández de la Vega") in got
    assert ("Sombra de Agua", "cinematographer", "Mateo Klein") in got
    assert ("Sombra de Agua", "production_company", "Pampa Sur Films") in got
    assert ("Sombra de Agua", "country_of_origin", "Mexico") in got
    assert ("Sombra de Agua", "duration", None) in got
    assert ("The Quiet Surveyor", "director", "Owen Pritchard-Lloyd") in got
    assert ("The Quiet Surveyor", "editor", "Luísa da Costa") in got
    assert ("The Quiet Surveyor", "country_of_origin", "United Kingdom") in got


def test_a_blogs_column_name_before_the_title_is_no_part_of_the_film():
    facts = _facts(
        "Book vs. Film: The Salt Harbour\n\n"
        "3 March 2025 · filed under Book vs. Film\n\n"
        "This month it is The Salt Harbour. The film is directed by Ana Ruiz.\n",
        title="Book vs. Film: The Salt Harbour (or, how I learned to love the ending) | My Blog",
    )
    assert ("The Salt Harbour", "director", "Ana Ruiz") in _triples(facts)


def test_a_blogs_numbered_column_is_no_film_and_its_heading_vouches_for_the_title():
    facts = _facts(
        "Seen in Porto #14 — Les Heures blanches\n\n"
        "Sunday 27 October 2024\n\n"
        "This week's pick is Les Heures blanches, the first feature by Ana Ruiz. It was "
        "directed by Ana Ruiz and runs 97 minutes.\n",
        title="Seen in Porto #14 — Les Heures blanches, and why I now respect night porters",
    )
    got = _triples(facts)
    assert ("Les Heures blanches", "director", "Ana Ruiz") in got
    assert not any(subject.startswith("Seen in") for subject, _, _ in got)


def test_a_reviews_fact_box_rows_are_no_headings_and_an_hour_and_minutes_is_one_runtime():
    facts = _facts(
        "'nightswimmers' Review: Something Is Down There\n\n"
        "Director: Cal Reyes\nWriters: Cal Reyes, Beth Ann Tully\n"
        "Stars: Priya Venkataraman, Jonah Lindqvist\nRuntime: 1 hr 29 min\n\n"
        "nightswimmers is the rare indie horror film with a heart. Cinematographer Ruben "
        "Price shoots the quarry in teal. It had its world premiere in the Midnight section "
        "of the Sundance Film Festival.\n",
        title="Sundance 2025 Review: 'nightswimmers' Turns a Quarry into a Nightmare",
    )
    got = _triples(facts)
    assert ("nightswimmers", "cast_member", "Jonah Lindqvist") in got
    assert ("nightswimmers", "screenwriter", "Beth Ann Tully") in got
    assert ("nightswimmers", "cinematographer", "Ruben Price") in got
    assert ("nightswimmers", "premiere", "Sundance Film Festival") in got
    assert _runtimes(facts) == {("nightswimmers", 89)}


def test_news_quotes_other_titles_and_a_winners_line_names_film_maker_and_country():
    facts = _facts(
        'VENICE — "The Tide Clock", a family drama from director Lin Pei-chen, won the Golden '
        "Lion on Saturday.\n\n"
        'The Grand Jury Prize went to "Iron Spring" (Polish title: "Zelazna wiosna"), a '
        "shipyard drama. It runs two hours and five minutes.\n\n"
        'In the Orizzonti section the top award went to "saltwater diary", a 79-minute '
        "Filipino film by Paolo Macaraeg.\n\n"
        "Full list of awards:\n"
        "Golden Lion: The Tide Clock (Lin Pei-chen, Taiwan)\n"
        "Special Jury Prize: Those Who Stay (Julieta Sosa, Argentina)\n",
        title="'The Tide Clock' wins the Golden Lion",
    )
    got = _triples(facts)
    assert _runtimes(facts) == {("Iron Spring", 125), ("saltwater diary", 79)}
    assert ("saltwater diary", "director", "Paolo Macaraeg") in got
    assert ("Those Who Stay", "award_received", "Special Jury Prize") in got
    assert ("The Tide Clock", "award_received", "Special Jury Prize") not in got


def test_a_facts_tables_type_and_awards_rows_are_no_titles():
    facts = _facts(
        "THE SALT LOOM\n\n"
        "Title: The Salt Loom\n"
        "Type: Feature documentary\n"
        "Director: Itzel Ruiz\n"
        "Original music: Juan Ortega\n"
        "Co-producer: Katrin Vogel\n"
        "Distribution (Mexico): Pelícano Distribución\n"
        "Awards: Golden Agave for Best Documentary, Tlaxcala Film Festival 2024; "
        "Audience Award, Chapala Film Week 2024\n",
        title="The Salt Loom – Catalogue | Oxbow Sales",
    )
    got = _triples(facts)
    assert {f.subject.name for f in facts if f.relation.value == "director"} == {"The Salt Loom"}
    assert ("The Salt Loom", "composer", "Juan Ortega") in got
    assert ("The Salt Loom", "producer", "Katrin Vogel") in got
    assert ("The Salt Loom", "distributor", "Pelícano Distribución") in got
    assert ("The Salt Loom", "award_received", "Golden Agave for Best Documentary") in got
    assert ("The Salt Loom", "award_received", "Audience Award") in got
    assert any(f.object == WorkClass.DOCUMENTARY_FILM for f in facts)


def test_a_possessive_title_with_its_maker_and_a_diarys_title_before_a_comma():
    facts = _facts(
        "Frame by frame #41: the fourteen minutes I keep thinking about\n\n"
        "This week's column is about Mireille's Lighthouse (Le Phare de Mireille), the new "
        "animated short by Élodie Fauconnier. Mireille's Lighthouse is a quiet wonder.",
        title="Frame by frame #41: the fourteen minutes I keep thinking about",
    )
    assert {f.subject.name for f in facts if f.relation.value == "instance_of"} == {
        "Mireille's Lighthouse"
    }
    facts = _facts(
        "I chose Songs by Lamplight. It was directed by Anand Varghese.",
        title="Watch diary, week 16: Songs by Lamplight, a power cut, and too much payasam",
    )
    assert ("Songs by Lamplight", "director", "Anand Varghese") in _triples(facts)
    # a column's number before the colon: the column (named again in the menu) is no film
    facts = _facts(
        "Home | Watch diary | About\n\nI finally saw Thirakal. Director: Deepa Varkey\n\n"
        "Xavier (Jojo Mathew) wants a sea wall. Xavier shouts. Xavier sulks.",
        title="Watch diary #42: Thirakal made me cry in a multiplex",
    )
    assert ("Thirakal", "director", "Deepa Varkey") in _triples(facts)


def test_the_film_in_a_round_up_is_the_film_its_paragraph_spoke_of():
    facts = _facts(
        "Toho's anime feature Salt Wind held the top spot, while the comedy Copper Tide climbed "
        "to second place.\n\nSalt Wind, directed by Ana Ruiz, took ¥1.1 billion. The animated "
        "film is based on Jo Park's manga Salt. Toho is the distributor.\n\nThe film, which "
        "runs 1 hour 58 minutes, features the voices of Lea Sol as Mira.\n\nCopper Tide, a "
        "comedy, was made by Kit Vale. It is a live-action film.",
        title="Box office: 'Salt Wind' keeps crown as 'Copper Tide' surprises",
    )
    got = _triples(facts)
    assert ("Salt Wind", "cast_member", "Lea Sol") in got
    assert _runtimes(facts) == {("Salt Wind", 118)}
    types = {(f.subject.name, f.object.name) for f in facts if f.relation.value == "instance_of"}
    assert ("Salt Wind", "ANIMATED_FILM") in types
    assert ("Copper Tide", "ANIMATED_FILM") not in types


def test_a_charts_numbered_item_that_says_what_its_film_is_opens_its_entry():
    facts = _facts(
        "Copper Tide climbed to second place. It was directed by Ana Ruiz.\n\n"
        "Elsewhere in the top five\n"
        "3. Salt Wind – Jo Park's period drama, released by Shochiku, took ¥190 million.\n"
        "4. Kip and Moss: The Pond – the animated comedy, released by Toei, fell 40%.\n\n"
        "Top five\n1. Copper Tide — $41.7M\n2. Lantern Fish — $12.5M / $96.4M\n\n"
        "Copper Tide is distributed by Paragon Pictures.",
        title="Weekend box office | Copper Tide",
    )
    got = _triples(facts)
    assert ("Salt Wind", "distributor", "Shochiku") in got
    assert ("Kip and Moss: The Pond", "distributor", "Toei") in got
    assert ("Copper Tide", "distributor", "Paragon Pictures") in got  # not "Lantern Fish"


def test_a_winners_lists_bulleted_lines_hold_their_own_films_and_end_with_the_list():
    facts = _facts(
        "Copper Tide won the Golden Obelisk. It was directed by Ana Ruiz.\n\nTHE WINNERS\n"
        "• Golden Obelisk: Copper Tide (Mexico), dir. Ana Ruiz\n"
        "• Best Director: Ewa Lind for Cisza po burzy (Poland)\n"
        "• Best Short Film: Chai at Four (India, 14 min), dir. Priya Rao\n\n"
        "Copper Tide is produced by Volcán Negro Films. The prize comes with $50,000.\n\n"
        "The film was shot in Veracruz. It runs 131 minutes.",
        title="Aswan Horizons: Copper Tide takes the Golden Obelisk",
    )
    got = _triples(facts)
    assert ("Cisza po burzy", "award_received", "Best Director") in got
    assert _runtimes(facts) == {("Chai at Four", 14), ("Copper Tide", 131)}


def test_a_reviews_question_headings_are_no_titles():
    assert all(map(unlikely_title, ("What didn't", "Why it works", "Who framed it")))
    assert not any(map(unlikely_title, ("What Dreams May Come", "How to Train Your Dragon")))


def test_a_rival_named_after_the_film_word_keeps_its_own_gross():
    facts = _facts(
        "Aazhi is the new Tamil film from Pradeep Raman. It has collected ₹212 crore worldwide.\n\n"
        "For comparison, the Telugu film Raja Veedhi has collected around ₹150 crore worldwide.",
        title="Aazhi: box office update",
    )
    grosses = {(f.subject.name, f.object.amount) for f in facts if f.relation.value == "box_office"}
    assert grosses == {("Aazhi", Decimal("2120000000")), ("Raja Veedhi", Decimal("1500000000"))}


def test_a_headline_on_a_title_with_a_comma_and_lower_case_entries_in_a_programme():
    facts = _facts(
        "I have now seen ¡No abras la puerta, Lucía! twice. It was directed by Ana Ruiz.",
        title="Candles, goats and a very bad door: on ¡No abras la puerta, Lucía! | Cripta Club",
    )
    assert ("¡No abras la puerta, Lucía!", "director", "Ana Ruiz") in _triples(facts)
    facts = _facts(
        "COMPETITION 3\n\n"
        "after, the rain.\nPhilippines | 14 min | Tagalog\n\n"
        "A driver waits out a typhoon.\n\n• Director: Liza Manalastas\n\n"
        "i am not a lighthouse\nIceland | 22' | Icelandic\n\n"
        "A keeper takes in a fisherman.\n\n• Director: Hrafnhildur Jónsdóttir\n",
        title="Competition 3 – Rivermouth Short Film Festival",
    )
    got = _triples(facts)
    assert ("after, the rain.", "director", "Liza Manalastas") in got
    assert ("i am not a lighthouse", "director", "Hrafnhildur Jónsdóttir") in got
    assert _runtimes(facts) == {("after, the rain.", 14), ("i am not a lighthouse", 22)}


def test_a_cinemas_week_reads_each_entrys_table_under_its_heading():
    facts = _facts(
        "WHAT'S ON · FRI 14 – THU 20 MARCH\n\n"
        "PIP AND THE PAPER MOON\nDirector | Siobhán Keane\nRunning time | 84 min\n"
        "A girl folds paper animals.\n"
        '★★★★ "Pure, gentle magic for the whole family" – The Courier\n\n'
        "THE HOLLOW HOUR\nDirector | Park Seo-yeon\nRunning time | 1h 37\n\n"
        "YOMOGI'S LANTERNS: THE LAST SUMMER FESTIVAL (PG)\n108 mins · Japan 2024\n"
        "Adapted from the manga Yomogi's Lanterns by Ryōko Ishibashi\n"
        "Voices (English dub): Harriet Lowe (Yomogi)\n"
        "Twelve-year-old Yomogi has one summer to relight the lanterns.\n",
        title="What's On · Fri 14 – Thu 20 March | The Rivoli",
    )
    got = _triples(facts)
    assert ("The Hollow Hour", "director", "Park Seo-yeon") in got
    assert ("Pip and the Paper Moon", "director", "Park Seo-yeon") not in got
    assert ("The Hollow Hour", 97) in _runtimes(facts)
    yomogi = "Yomogi's Lanterns: The Last Summer Festival"
    assert (yomogi, "based_on", "Yomogi's Lanterns") in got
    assert (yomogi, "cast_member", "Harriet Lowe") in got
    assert (yomogi, "character", "Yomogi") in got


def test_a_heading_in_capitals_keeps_its_possessive_and_a_known_title_its_first_words():
    facts = _facts(
        "Home › Reviews\n\nTHE SALTER'S LEDGER\n★★★★☆\n\nDirector\nSigrid Aalvik\n\n"
        "There is a moment in The Salter's Ledger when nothing happens.",
        title="Review: 'The Salter's Ledger' is a marvel",
    )
    assert ("The Salter's Ledger", "director", "Sigrid Aalvik") in _triples(facts)
    assert names.clean_name("THE SALTER'S") == "THE SALTER"
    facts = _facts(
        "Most war films look at the front. Ana Ruiz's In This Quiet Room looks at the kitchen.",
        title="In This Quiet Room review: the war, seen from the table",
    )
    assert ("In This Quiet Room", "director", "Ana Ruiz") in _triples(facts)


def test_a_numbered_lists_entries_lose_their_year_after_a_comma_but_other_headings_keep_it():
    facts = _facts(
        "Fifteen years and three films later, the studio looks back.\n\n"
        "1. Capivara Blues, 2014\nDirectors: Ana Ruiz, Jo Park · 82 minutes\n"
        "A musical comedy about a capybara.\n\n"
        "2. O Jardim de Zulmira (Zulmira's Garden), 2017\nDirector: Jo Park · 88 minutes\n"
        "Adapted from Lúcia Prates's novel Zulmira e as Abelhas, it travelled far.\n\n"
        "3. Ciranda Sideral, 2023\nDirector: Helena Vasconcelos · 95 minutes\n"
        "The studio's biggest film.\n",
        title="Fifteen years of snails: a film-by-film look back",
    )
    got = _triples(facts)
    assert ("Capivara Blues", "director", "Jo Park") in got
    assert ("O Jardim de Zulmira", "based_on", "Zulmira e as Abelhas") in got
    assert ("Ciranda Sideral", "director", "Helena Vasconcelos") in got
    facts = _facts(
        "Programme 3\n\nMother's Kitchen, 1987\nTurkey | 18 min | Turkish\n"
        "Director: Deniz Arslan\n",
        title="Shorts competition 3",
    )
    assert ("Mother's Kitchen, 1987", "director", "Deniz Arslan") in _triples(facts)


def test_a_list_of_names_stops_where_a_new_clause_begins():
    facts = _facts(
        "Salt Wind is a 2023 French film. It was produced by Les Films Pelléas and Les Films "
        "de Pierre, and Le Pacte is its French distributor.",
        title="Salt Wind",
    )
    got = _triples(facts)
    assert ("Salt Wind", "production_company", "Les Films de Pierre") in got
    assert not any(
        obj in ("Le Pacte", "Le", "Les Films") for _, rel, obj in got if rel != "distributor"
    )


def test_a_lead_that_opens_with_the_first_line_names_the_film_however_it_is_written():
    facts = _facts(
        "El último alebrije\n\nEl último alebrije (English: The Last Alebrije) is a 2024 "
        "Mexican stop-motion animated fantasy film directed by Ximena Peña.",
        title="",
    )
    got = _triples(facts)
    assert ("El último alebrije", "director", "Ximena Peña") in got
    types = {f.object for f in facts if f.relation.value == "instance_of"}
    assert "animated_film" in {t.value for t in types}


def test_a_newsletter_names_its_pick_under_a_label_and_in_its_headline():
    facts = _facts(
        "THE RIVER LETTER\nIssue #12 · a weekly letter about films\n\n━━━━━━\n"
        "THIS WEEK'S PICK: VALLAMKALI (The Boat Race)\n━━━━━━\n\n"
        "Director — Meera Nair Das\nRuntime — 2h 5m\n\n"
        "So. Vallamkali is a warm sports drama, and it is the best film I have seen this year.\n\n"
        "QUICK HITS\n\n"
        "• Kaatu Poo — R. Senthil's Tamil comedy about a kite contest runs 1h 50m. 6/10.\n",
        title="The River Letter #12: why everyone is talking about Vallamkali",
    )
    got = _triples(facts)
    assert ("Vallamkali", "director", "Meera Nair Das") in got
    assert ("Kaatu Poo", "director", "R. Senthil") in got
    assert _runtimes(facts) == {("Vallamkali", 125), ("Kaatu Poo", 110)}


def test_a_bloggers_line_after_the_colon_is_not_part_of_the_title():
    facts = _facts(
        "Kaattu Vilakku: Why I Watched It Three Times\n\n"
        "I saw Kaattu Vilakku again on Friday. Kaattu Vilakku was directed by Anil Varghese, "
        "and Kaattu Vilakku runs 128 minutes.\n",
        title="Kaattu Vilakku: Why I Watched It Three Times (And Will Go Again)",
    )
    assert ("Kaattu Vilakku", "director", "Anil Varghese") in _triples(facts)


def test_a_writer_sure_of_a_future_nomination_states_nothing():
    facts = _facts(
        "Salt Wind is a 2023 film. I'm pretty sure it'll get nominated for the Golden Crane "
        "for Best Film next year.",
        title="Salt Wind",
    )
    assert not [f for f in facts if f.relation.value == "nominated_for"]


def test_a_fan_posts_headings_are_not_films_and_its_sentence_case_title_is():
    facts = _facts(
        "THE DOCUMENTARY IS FINALLY HERE!!!\nPosted by Rut (site admin) on 3 May 2025\n\n"
        'Hello all! For anyone who missed it: Havets röst ("The Voice of the Sea") is the '
        "documentary about the choir's last tour, and it is wonderful.\n\n"
        "WHAT IT'S ABOUT (mild spoilers)\nThe film is about the choir, and about losing your "
        "voice in the middle of a tour.\n\n"
        "THE MUSIC 🎶\nOK so my uncle keeps insisting the score is by Nils Berg, but it is all "
        "the choir's own recordings. It is directed by Tove Lind and runs 88 minutes.\n\n"
        "OUR RATING\nSite community rating: 9.1/10 (200 votes), and I agree with it.\n",
        title="CHOIR FANS » News » The documentary is finally here!!!",
    )
    got = _triples(facts)
    assert ("Havets röst", "director", "Tove Lind") in got
    assert _runtimes(facts) == {("Havets röst", 88)}
    assert {f.subject.name for f in facts} == {"Havets röst"}
    assert not [f for f in facts if f.relation.value == "composer"]  # only an uncle's claim


def test_grosses_in_currencies_written_by_code_or_by_name():
    facts = _facts(
        "Salt Wind is a 2023 film. It has taken SEK 4.7 million in Sweden. In Nigeria it "
        "grossed 86 million naira. It took 45,000 zł in Poland. For context, Ẹ̀bùn made ₦600 "
        "million in its whole run.",
        title="Salt Wind",
    )
    got = {
        (f.subject.name, str(f.object.amount), f.object.currency)
        for f in facts
        if f.relation.value == "box_office"
    }
    assert got == {
        ("Salt Wind", "4700000", "SEK"),
        ("Salt Wind", "86000000", "NGN"),
        ("Salt Wind", "45000", "PLN"),
        ("Ẹ̀bùn", "600000000", "NGN"),
    }


def test_a_distributor_still_in_talks_is_no_distributor():
    facts = _facts(
        "Salt Wind is a 2023 film. Paris-based distributor Les Films du Sable is understood to "
        "be in talks for France, but nothing has been signed.",
        title="Salt Wind",
    )
    assert not [f for f in facts if f.relation.value == "distributor"]


def test_a_watch_diarys_days_each_head_a_films_entry():
    facts = _facts(
        "ok so this week was busy. two films, one cry.\n\n"
        "🎬 MON — Rain Ledger (Mazhappusthakam)\n"
        "dir. Anu Mathew · 2h 21m · Malayalam\n\n"
        "honestly the best film i've seen this year. Ravi Menon plays Jomon, the clerk.\n\n"
        "🎬 WED — Pear Winter (Zemestan-e Golabi)\n"
        "dir. Parisa Nouri · 97 min · Persian\n\n"
        "ok this one was the cry. someone in the comments swore the cinematography is by "
        "Bahram Sadeghi but i cannot find that anywhere.\n",
        title="watch diary, week 9: rain money, pears & a cry",
    )
    got = _triples(facts)
    assert ("Rain Ledger", "director", "Anu Mathew") in got
    assert ("Pear Winter", "director", "Parisa Nouri") in got
    assert ("Rain Ledger", "cast_member", "Ravi Menon") in got
    assert _runtimes(facts) == {("Rain Ledger", 141), ("Pear Winter", 97)}
    assert not [f for f in facts if f.relation.value == "cinematographer"]  # sworn, not found


def test_a_plain_heading_over_a_paragraph_that_opens_with_a_film_is_that_films_section():
    facts = _facts(
        "Right. Last Saturday I took the train to the little cinema by the sea.\n\n"
        "The short first\n\n"
        "Gannets at the Quay is a short film by Orla Byrne. It's fourteen minutes long.\n\n"
        "The feature\n\n"
        "Then The Quiet Lamplighter, which is a British film made in Wales, directed by Rhys "
        "Evans. It's 98 mins.\n\n"
        "Huw Jones plays Emrys, a harbourmaster, and it's about loneliness, really.\n",
        title="things i saw in march: gannets, fog, and a very wet Welshman",
    )
    got = _triples(facts)
    assert ("The Quiet Lamplighter", "director", "Rhys Evans") in got
    assert ("The Quiet Lamplighter", "cast_member", "Huw Jones") in got
    assert ("Gannets at the Quay", "director", "Orla Byrne") in got
    assert _runtimes(facts) == {("Gannets at the Quay", 14), ("The Quiet Lamplighter", 98)}


def test_a_broadcast_schedule_names_each_film_without_its_slot_or_badge():
    facts = _facts(
        "SCHEDULE FOR FRIDAY\n\n"
        "08:00  Morning news\n\n"
        "14:00  THE KILN KEEPER\n"
        "Morocco, 2022\n"
        "| Director | Samir Alaoui |\n"
        "| Runtime | 101 min |\n"
        "A potter keeps a village kiln alight through one winter.\n\n"
        "18:00  LANTERN ISLAND  ★ Family pick\n"
        "Japan, 2023 · animated feature · 1h 38m · Japanese with Arabic and English subtitles\n"
        "| Director | Yui Sakamoto |\n"
        "| Based on | the manga Tōdai no Shima by Ren Ogawa |\n"
        "Voice cast\n"
        "| Actor | Role |\n"
        "| Mei Hoshino | Nanami |\n"
        "A girl tends a lighthouse with her grandmother.\n\n"
        "20:00  BETWEEN THE DUNES — television premiere\n"
        "Libya, 2023 · documentary · 79 minutes\n"
        "| Director | Omar Fathi |\n"
        "A year with the herders of the Fezzan.\n",
        title="TV schedule | Channel Maghreb",
    )
    got = _triples(facts)
    assert ("The Kiln Keeper", "director", "Samir Alaoui") in got
    assert ("Lantern Island", "director", "Yui Sakamoto") in got
    assert ("Lantern Island", "based_on", "Tōdai no Shima") in got
    assert ("Lantern Island", "cast_member", "Mei Hoshino") in got
    assert ("Between the Dunes", "director", "Omar Fathi") in got
    languages = {f.object.name for f in facts if f.relation.value == "original_language"}
    assert languages == {"Japanese"}  # not the languages of the subtitles
    classes = {(f.subject.name, f.object) for f in facts if f.relation.value == "instance_of"}
    assert ("Between the Dunes", "documentary_film") in classes
    assert not [f for f in facts if f.relation.value == "genre" and f.object == "documentary"]


def test_a_newsletter_names_its_film_after_a_colon_not_by_its_own_masthead():
    article = parse_article(
        "source: urn:test\ntitle: The Harbour Letter #12: rain, and a tailor\n"
        "publisher: The Harbour Letter (newsletter)\n\n"
        "THE HARBOUR LETTER\nA weekly-ish letter about films, written from a ferry\n\n"
        "Hello again. Casablanca was wet all week, and Casablanca's cinemas were full.\n\n"
        "This week I want to talk about the film that filled them: The Tailor of Derb Sultan "
        "(Khayat Derb Sultan). I saw it twice.\n\n"
        "Director\tNadia Bennani\nProduction\tAtlas Rouge Cinema\nRuntime\t99 minutes\n\n"
        "Casablanca has never looked so good.\n"
    )
    got = _triples(extract_facts(article))
    assert ("The Tailor of Derb Sultan", "director", "Nadia Bennani") in got
    assert ("The Tailor of Derb Sultan", "production_company", "Atlas Rouge Cinema") in got
    assert not [t for t in got if t[0] == "The Harbour Letter"]


def test_genres_keep_their_compounds_and_one_name_each():
    facts = _facts(
        "Harbour Lights (2022)\nGenre: sci-fi, crime thriller\nDirector: Ana Ruiz\n\n"
        "It's a comedy-drama at heart.\n",
        title="Harbour Lights",
    )
    genres = {f.object for f in facts if f.relation.value == "genre"}
    assert genres == {"science fiction", "crime thriller", "comedy-drama"}


def test_casting_briefs_hang_each_item_on_the_film_it_names():
    facts = _facts(
        "Mira Costa and Jonas Lind have been cast in Harbour of Salt, the new feature from "
        "Portuguese director Rui Almeida.\n\n"
        "CASTING BRIEFS\n\n"
        "Egypt — Yasmin Fawzy has joined The Night Tram to Raml, the Egyptian production "
        "directed by Amr Saleh. Fawzy will play Nadia, a singer, opposite Sherif Lotfy. The "
        "thriller is in Arabic.\n\n"
        "Argentina — Filming has wrapped on Lucía Sosa's drama El invierno de los perros, "
        "written and directed by Sosa.\n",
        title="Mira Costa and Jonas Lind to lead 'Harbour of Salt'",
    )
    got = _triples(facts)
    assert ("The Night Tram to Raml", "director", "Amr Saleh") in got
    assert ("The Night Tram to Raml", "original_language", "Arabic") in got
    assert ("El invierno de los perros", "director", "Lucía Sosa") in got
    assert not [
        t
        for t in got
        if t[0] in ("Harbour of Salt", "Casting Briefs", "Nadia")
        and t[2] in ("Amr Saleh", "Lucía Sosa", "Arabic")
    ]


def test_a_box_drawn_with_lines_reads_as_its_rows():
    facts = _facts(
        "THE FILMS\n\n"
        "┌──────────────────────────────\n"
        "│ RAIN HARBOUR (2018)\n"
        "│ Director ................. Marisol Reyes\n"
        "│ Editor ................... Kat Lim\n"
        "│ Running time ............. 107 minutes\n"
        "└──────────────────────────────\n"
        "Her most commercial film, about a boy and one rainy season.\n",
        title="Retrospective | Bayview Film Archive",
    )
    got = _triples(facts)
    assert ("Rain Harbour", "director", "Marisol Reyes") in got
    assert ("Rain Harbour", "editor", "Kat Lim") in got
    assert _runtimes(facts) == {("Rain Harbour", 107)}
    assert all("│" not in f.evidence.quote[:1] for f in facts)


def test_a_glance_list_gives_each_winner_its_prize_on_its_line():
    facts = _facts(
        "Iran's The Salt Wells took the Golden Ibis for Best Film on Saturday.\n\n"
        "WINNERS AT A GLANCE\n"
        "Golden Ibis for Best Film — The Salt Wells (Iran), dir. Kaveh Niknam\n"
        "Golden Ibis for Best Director — Tide Pool Summer (Japan), dir. Kenji Hamada\n"
        "Golden Ibis for Best Actress — The Last Boat (Philippines), for Mariel Santos\n"
        "Honorary Award — Farhad Jahanbakhsh\n",
        title="'The Salt Wells' wins Golden Ibis",
    )
    got = _triples(facts)
    assert ("Tide Pool Summer", "award_received", "Golden Ibis for Best Director") in got
    assert ("Tide Pool Summer", "director", "Kenji Hamada") in got
    assert ("The Last Boat", "award_received", "Golden Ibis for Best Actress") in got
    assert ("The Last Boat", "cast_member", "Mariel Santos") in got
    assert not [t for t in got if t[0] == "Farhad Jahanbakhsh"]


def test_a_winners_list_with_dot_leaders_gives_each_winner_its_prize_and_people():
    facts = _facts(
        "Copper Tide was the big winner at the Harbour Critics' Awards on Saturday.\n\n"
        "WINNERS — 7th HARBOUR CRITICS' AWARDS\n"
        "Best Film ............... Copper Tide\n"
        "Best Screenplay ......... Ana Ruiz & Jo Park, Copper Tide\n"
        "Best Actor .............. Kofi Mensah, Ashes of Aba\n"
        "Best Documentary ........ The Salt Wells (dir. Kaveh Niknam)\n",
        title="Copper Tide takes four prizes",
    )
    got = _triples(facts)
    # (the heading names the ceremony, so its prizes are named by it)
    assert ("Copper Tide", "award_received", "Harbour Critics' Award for Best Film") in got
    assert ("Copper Tide", "screenwriter", "Ana Ruiz") in got
    assert ("Copper Tide", "screenwriter", "Jo Park") in got
    assert ("Ashes of Aba", "cast_member", "Kofi Mensah") in got
    assert ("The Salt Wells", "director", "Kaveh Niknam") in got
    assert not [t for t in got if "..." in t[0]]


def test_a_line_up_of_makers_alone_with_sentences_after_gives_each_film_its_own_facts():
    facts = _facts(
        "The festival announced its line-up on Wednesday.\n\n"
        "OPENING NIGHT\n"
        "The festival opens with Las hijas del maguey, a drama by Ximena Tolsá.\n\n"
        "IN COMPETITION\n"
        "• Norte quieto — Rodrigo Valdés Uribe (Mexico/Germany). It had its world premiere "
        "at the Berlin International Film Festival on 16 February 2025.\n"
        "• Cenote — Jacinto Pech Canché. Spoken almost entirely in Yucatec Maya.\n"
        "• Los que cuidan el agua — Emiliano Cruz Nava. A 78-minute documentary about three "
        "water guardians.\n\n"
        "VOICE CAST\n"
        "• Ìjàpá — Tunde Bakare-Lewis\n"
        "• Yánníbo — Funmi Adesanya\n"
        "• Oba Adéwálé — Kelechi Obi\n",
        title="Sierra Gorda festival unveils its eighth edition",
    )
    got = _triples(facts)
    assert ("Norte quieto", "premiere", "Berlin International Film Festival") in got
    assert ("Cenote", "director", "Jacinto Pech Canché") in got
    assert ("Los que cuidan el agua", "instance_of", "DOCUMENTARY_FILM") in got
    assert _runtimes(facts) >= {("Los que cuidan el agua", 78)}
    assert not [t for t in got if t[0] in ("Opening Night", "Ìjàpá", "Oba Adéwálé")]


def test_casting_news_names_korean_actors_by_family_name_and_credits_the_adapting_film():
    facts = _facts(
        "Han Ji-woo and Oh Min-seok have signed on to lead The Salt Bridge, the second "
        "feature from Seo Da-eun.\n\n"
        "The mystery thriller is adapted from Tidal Flats, the 2019 novel by Kang Mi-rae. "
        "Seo co-wrote the screenplay with Yoo Seung-hoon. Han plays Eun-ha, a labour "
        "inspector who returns to the island.\n",
        title="Han Ji-woo, Oh Min-seok board 'The Salt Bridge'",
    )
    got = _triples(facts)
    assert ("The Salt Bridge", "cast_member", "Han Ji-woo") in got
    assert ("The Salt Bridge", "cast_member", "Oh Min-seok") in got
    # (the novel named last is the film's source: the next sentence is still the film's)
    assert ("The Salt Bridge", "screenwriter", "Seo Da-eun") in got
    assert ("The Salt Bridge", "screenwriter", "Yoo Seung-hoon") in got
    # ("Han" is Han Ji-woo: a Korean name gives its family name first)
    assert ("The Salt Bridge", "character", "Eun-ha") in got
    assert not [t for t in got if t[2] == "Han"]


def test_a_chart_whose_heading_gives_the_currency_of_its_bare_figures():
    facts = _facts(
        "Copper Tide opened on Friday and led the weekend.\n\n"
        "WEEKEND TOP 3 (Fri-Sun, ¥)\n"
        "Rank | Title | Distributor | Weekend | Total\n"
        "1 | Copper Tide | Toho | 1,240,000,000 | 1,240,000,000\n"
        "2 | The Quiet Harbour | Shochiku | 312,000,000 | 1,050,000,000\n"
        "3 | Salt Mine Road | Klockworx | 96,000,000 | 410,000,000\n",
        title="Box office: Copper Tide storms in",
    )
    grosses = {
        (f.subject.name, f.object.amount, f.object.currency)
        for f in facts
        if f.relation is Relation.BOX_OFFICE
    }
    assert ("The Quiet Harbour", 312_000_000, "JPY") in grosses
    assert ("Salt Mine Road", 410_000_000, "JPY") in grosses


def test_a_prize_with_its_nominee_in_brackets_is_no_part_and_its_player():
    facts = _facts(
        "ŻYWICA (RESIN)\n\nPRODUCT DETAILS\nDirector: Zofia Karpińska\n"
        "Actors:              Marta Zielonka, Tomasz Białecki\n\n"
        "FESTIVALS & AWARDS\n"
        "• Nominated: Polish Film Award for Best Actress (Marta Zielonka)\n",
        title="Żywica / Resin (Limited Edition) | Shop",
    )
    got = _triples(facts)
    assert ("Żywica", "cast_member", "Tomasz Białecki") in got
    assert not [t for t in got if t[1] == "character"]


def test_an_anniversary_headline_on_a_site_named_like_a_film_names_the_film_it_revisits():
    article = parse_article(
        "source: urn:lookback-kg:test:anniversary\n"
        "title: Ten years of Winter Sleep: Ceylan's long night | Slow Cinema Review\n"
        "kind: review\npublisher: Slow Cinema Review\ndate: 2024-05-20\n\n"
        "SLOW CINEMA REVIEW › Revisits\n\n"
        "Ten years of Winter Sleep: Ceylan's long night\n\n"
        "A decade ago, Nuri Bilge Ceylan unveiled Winter Sleep at Cannes. Aydın (Haluk "
        "Bilginer) runs a hotel. Winter Sleep runs 196 minutes, and Winter Sleep won.\n"
    )
    facts = extract_facts(article)
    assert {f.subject.name for f in facts if f.relation is Relation.CAST_MEMBER} == {"Winter Sleep"}


def test_a_title_in_french_quotation_marks_and_a_list_entry_with_its_original_title():
    article = parse_article(
        "source: urn:lookback-kg:test:guillemets\n"
        "title: Critique | « La Marée des autres » : un fleuve, trois solitudes\n"
        "kind: review\npublisher: Le Fil\ndate: 2025-10-03\n\n"
        "The teaser for La Marée des autres is cut to sell a horror film. Élise (Sophie-Anne "
        "Gagnon) comes home. La Marée des autres had its world premiere in Québec.\n"
    )
    facts = extract_facts(article)
    assert ("La Marée des autres", "cast_member", "Sophie-Anne Gagnon") in _triples(facts)
    facts = _facts(
        "Five Thai films that travelled.\n\n"
        "1. SHUTTER (ชัตเตอร์ กดติดวิญญาณ), 2004\n"
        "Directors: Banjong Pisanthanakun, Parkpoom Wongpoom\n\n"
        "2. BAD GENIUS (ฉลาดเกมส์โกง), 2017\n"
        "Director: Nattawut Poonpiriya\n",
        title="Thai films that travelled",
    )
    assert ("Bad Genius", "director", "Nattawut Poonpiriya") in _triples(facts)


def test_a_comparison_table_whose_first_header_cell_is_blank_spaces():
    facts = _facts(
        "AT A GLANCE\n"
        "                     | DOHYO RING               | LA MÁSCARA DE MI PADRE\n"
        "Director             | Kenji Hattori            | Adriana Velasco Ruiz\n"
        "Production           | Sakura Gate Films        | Película Roja\n"
        "Premiere             | —                        | Guadalajara Film Festival\n",
        title="Double bill | Cineclub Orbe",
    )
    got = _triples(facts)
    assert ("Dohyo Ring", "director", "Kenji Hattori") in got
    assert ("La Máscara de Mi Padre", "director", "Adriana Velasco Ruiz") in got
    assert ("La Máscara de Mi Padre", "production_company", "Película Roja") in got
    assert not [t for t in got if t[0] == "Dohyo Ring" and t[1] == "premiere"]


def test_a_line_up_of_bullets_each_naming_a_film_and_where_it_is_from():
    facts = _facts(
        "Opening night brings The Harbour Witch, produced by Gdynia-based Mewa Film Studio.\n\n"
        "Main competition\n\n"
        "- The Quince House (Khaneh-ye Beh), Iran/France. Mahnaz Rezaei's family drama "
        "arrives from the Berlinale. 97'.\n\n"
        "- Bab el-Louq Nights, Egypt. A world premiere. Karim Fattah directs this "
        "Arabic-language comedy. Produced by Nile Lantern Films. 1 hr 49 min.\n\n"
        "KEY FACTS\nOpening film: The Harbour Witch (dir. Ola Nowak)\n",
        title="Amber Coast festival unveils line-up; 'The Harbour Witch' to open",
    )
    got = _triples(facts)
    assert ("The Harbour Witch", "production_company", "Mewa Film Studio") in got
    assert ("The Quince House", "director", "Mahnaz Rezaei") in got
    assert ("Bab el-Louq Nights", "production_company", "Nile Lantern Films") in got
    assert ("Bab el-Louq Nights", "original_language", "Arabic") in got
    assert _runtimes(facts) >= {("The Quince House", 97), ("Bab el-Louq Nights", 109)}
    assert not [t for t in got if t[1] == "cast_member"]  # "(Khaneh-ye Beh)" is a title
    assert not [t for t in got if t[0] == "Witch"]


def test_a_markets_roundup_hangs_each_paragraph_on_the_film_its_maker_opens_with():
    facts = _facts(
        "GERMANY\n"
        "Jana Hellwig's Nordlicht über Kiel opened at number one with €3.8 million. The film "
        "stars Moritz Albers.\n\n"
        "UNITED KINGDOM\n"
        "Callum Reid's Glasgow-set comedy Brass Monkeys opened with £1.45 million through "
        "Thistle & Crown Pictures.\n",
        title="Europe box office: 'Nordlicht über Kiel' storms Germany",
    )
    got = _triples(facts)
    assert ("Nordlicht über Kiel", "director", "Jana Hellwig") in got
    assert ("Brass Monkeys", "director", "Callum Reid") in got
    assert ("Nordlicht über Kiel", "director", "Callum Reid") not in got


def test_a_festival_catalogue_with_dashed_fields_and_headerless_rows():
    facts = _facts(
        "DOCUMENTARY COMPETITION\n\n"
        "Hilo de plata\n"
        "Director — Camila Restrepo\n"
        "Country — Bolivia, Colombia\n"
        "Running time — 82 minutes\n\n"
        "SHORT FILMS\n\n"
        "Los domingos de Ema\tRosa Huamán\tPeru\t14 min\tWP\n"
        "Kaleidoscope Street\tOwen Mabuza\tSouth Africa\t19 min\t—\n",
        title="Litoral International Film Festival | Selection",
    )
    got = _triples(facts)
    assert ("Hilo de plata", "director", "Camila Restrepo") in got
    assert ("Los domingos de Ema", "director", "Rosa Huamán") in got
    assert ("Kaleidoscope Street", "country_of_origin", "South Africa") in got
    assert _runtimes(facts) == {
        ("Hilo de plata", 82),
        ("Los domingos de Ema", 14),
        ("Kaleidoscope Street", 19),
    }


def test_a_title_card_with_a_tab_names_a_title_in_sentence_case():
    facts = _facts(
        "Every Sunday my mother and I watch one film.\n\n"
        "The card I keep on the fridge:\n\n"
        "Title\tEl último verano en Tlacotalpan\n"
        "Director\tAdriana Villaseñor\n"
        "Runtime\t104 min\n\n"
        "It's made MX$38 millones so far, which is very good for a small drama.\n",
        title="Movie Night Notes #47: El último verano en Tlacotalpan",
    )
    got = _triples(facts)
    assert ("El último verano en Tlacotalpan", "director", "Adriana Villaseñor") in got
    money = {(f.subject.name, f.object.amount) for f in facts if f.relation.value == "box_office"}
    assert money == {("El último verano en Tlacotalpan", 38_000_000)}
    assert not [t for t in got if t[0] == "El"]


def test_a_lead_that_names_an_earlier_film_in_passing_keeps_its_own_cast():
    facts = _facts(
        "Salt Road: Fury is a 2015 action film directed by George Hill. An Australian and "
        "American co-production, it is the first since Salt Road Beyond (1985), in which Mel "
        "Gray last played the lead. Tom Hart takes over as Max Brand, alongside Carla Theron "
        "as Imperator Vera.\n",
        title="Salt Road: Fury",
    )
    got = _triples(facts)
    assert ("Salt Road: Fury", "cast_member", "Tom Hart") in got
    assert ("Salt Road: Fury", "cast_member", "Carla Theron") in got
    assert not [t for t in got if t[0] == "Salt Road Beyond" and t[2] == "Tom Hart"]


def test_a_screening_grid_whose_rows_carry_indented_details():
    facts = _facts(
        "DAY 3 — SATURDAY SCREENING GRID\n\n"
        "Time | Venue | Title | Country | Runtime\n\n"
        "09:30 | Ikoyi Hall 1 | THE SALT CARRIERS | Nigeria | 98 min\n"
        "   Director: Adaeze Okonkwo-Bello\n"
        "   Language: Yoruba, English\n"
        "   Two sisters haul salt across the lagoon.\n\n"
        "10:00 | Freedom Park Screen B | LITTLE GENERATOR | Ghana | 14 min\n"
        "   Director: Kwabena Asante-Mensah\n",
        title="Day 3 Screening Grid | Eko Lagoon Film Festival 2025",
    )
    got = _triples(facts)
    directors = {(s, o) for s, r, o in got if r == "director"}
    assert directors == {
        ("The Salt Carriers", "Adaeze Okonkwo-Bello"),
        ("Little Generator", "Kwabena Asante-Mensah"),
    }
    assert _runtimes(facts) == {("The Salt Carriers", 98), ("Little Generator", 14)}


def test_an_award_list_with_dashed_labels_has_no_film_called_winner():
    facts = _facts(
        "Below, the full list of winners and nominees.\n\n"
        "MERIDIAN AWARD FOR BEST FILM\n"
        "Winner — Ice Road Psalm (Sweden), dir. Elin Bergqvist\n"
        "Also nominated — A House in Tabriz (Iran), dir. Mahmoud Karimi-Zand\n\n"
        "MERIDIAN AWARD FOR BEST DOCUMENTARY\n"
        "Winner — Cotton Years (Egypt), dir. Dina Mansour\n",
        title="Meridian Awards 2025: full winners list",
    )
    got = _triples(facts)
    assert ("Ice Road Psalm", "award_received", "Meridian Award for Best Film") in got
    assert ("A House in Tabriz", "nominated_for", "Meridian Award for Best Film") in got
    assert ("Cotton Years", "director", "Dina Mansour") in got
    assert not [t for t in got if t[0] in ("Winner", "Also nominated")]
    assert not [t for t in got if t[1] == "award_received" and t[2] == "Cotton Years"]


def test_a_cinema_page_of_headings_between_rule_lines_and_dashed_fields():
    facts = _facts(
        "NOW SHOWING — Week of 14 March 2025\n\n"
        "-----------------------------------------------\n"
        "BAARISH KE BAAD\n"
        "-----------------------------------------------\n"
        "Runtime — 2h 28m\n"
        "Director — Rohan Malhotra-Sen\n"
        "Banner — Monsoon Lane Films\n"
        "Distributed by — Sarthi Releasing\n"
        "Released — 21/02/2025\n"
        "Our critic — ★★★½ (3.5/5)\n\n"
        "-----------------------------------------------\n"
        "COMING SOON: CHINNA CYCLE\n"
        "-----------------------------------------------\n"
        "Director — Arun Sekar\n",
        title="Now showing | Galaxy Talkies",
    )
    got = _triples(facts)
    assert ("Baarish Ke Baad", "production_company", "Monsoon Lane Films") in got
    assert ("Baarish Ke Baad", "distributor", "Sarthi Releasing") in got
    assert ("Chinna Cycle", "director", "Arun Sekar") in got
    assert _dates(facts) == {("Baarish Ke Baad", "2025-02-21")}
    assert not [t for t in got if t[0] in ("Our critic", "Coming Soon: Chinna Cycle")]


def test_an_original_title_under_a_page_titled_in_english_is_its_gloss():
    facts = _facts(
        "Film review: The Night Train Kitchen\n\n"
        "Midnight at a counter restaurant. That is the whole premise of The Night Train "
        "Kitchen.\n\n"
        "The film is based on Shuten Kitchen, Mayu Hoshi's manga about a cook.\n\n"
        "Key credits\n"
        "Original title: Shūten Kitchen\n"
        "Director: Kenji Arakawa\n"
        "Running time: 112 minutes\n",
        title="The Night Train Kitchen – film review | Asian Screen Notes",
    )
    got = _triples(facts)
    assert ("The Night Train Kitchen", "director", "Kenji Arakawa") in got
    assert _runtimes(facts) == {("The Night Train Kitchen", 112)}
    assert not [t for t in got if t[0] == "Shūten Kitchen" and t[1] == "director"]


def test_a_diary_names_its_film_by_praise_and_rating_and_doubts_a_claim():
    facts = _facts(
        "My friend Mona cancelled, but I went, and The Roof of Imbaba is the best Egyptian "
        "film I've seen in a long time. Mona will regret it. Mona always does.\n\n"
        "I've seen people online claiming it was also nominated for the Jasmine Award for Best "
        "Film, but I couldn't find it on any list.\n\n"
        "My ratings:\nThe Roof of Imbaba — 8.5/10\n",
        title="Three sisters, one roof, and a film I can't stop thinking about",
    )
    got = _triples(facts)
    assert ("The Roof of Imbaba", "title", None) in got
    assert not [t for t in got if t[0] == "Mona"]
    assert not [f for f in facts if f.relation.value == "nominated_for"]


def test_a_source_title_ending_in_a_name_before_the_film_stars_is_no_film():
    facts = _facts(
        "The House of Still Clocks is a 2025 horror film.\n\n"
        "Adapted from Rodrigo Ferrer's novel Los relojes de la tía Amparo, the film stars "
        "Itzel Barragán as Amparo.\n",
        title="Cenzontle takes 'The House of Still Clocks'",
    )
    got = _triples(facts)
    assert ("The House of Still Clocks", "cast_member", "Itzel Barragán") in got
    assert not [t for t in got if t[0] == "Amparo"]


def test_a_chart_set_apart_by_tabs_makes_its_titles_known():
    facts = _facts(
        "Yoon Dae-hyun's thriller Last Bus to Incheon stayed at No. 1 for a third weekend.\n\n"
        "Close behind was Starfall Courier: Beyond the Night Line, which added ₩3.02 billion "
        "in its second weekend. Directed by Sōta Minegishi for Studio Kazamidori, it is based "
        "on a manga.\n\n"
        "Rank\tTitle\tCountry\tWeekend\tTotal\n"
        "1\tLast Bus to Incheon\tSouth Korea\t4,210,000,000\t18,930,000,000\n"
        "2\tStarfall Courier: Beyond the Night Line\tJapan\t3,020,000,000\t9,870,000,000\n",
        title="Korea box office: 'Last Bus to Incheon' holds off anime challenger",
    )
    got = _triples(facts)
    assert ("Starfall Courier: Beyond the Night Line", "director", "Sōta Minegishi") in got
    assert ("Last Bus to Incheon", "director", "Sōta Minegishi") not in got


def test_a_ruled_programme_gives_each_capitals_title_its_own_block():
    facts = _facts(
        "KINO EXAMPLE\n\nA spring season of classics.\n\n"
        "------------------------------\n\n"
        "MOSS AND MARROW\nMech a kost\nCzechoslovakia, 1966\n\n"
        "Mon 31.03  18:00\n\nDirector\nVěra Holubová\n\nRunning time\n76 min\n\n"
        "------------------------------\n\n"
        "THE PAPER HARBOUR\nIl porto di carta\nItaly / France, 1957\n\n"
        "Tue 01.04  18:15\n\nDirector ........ Aldo Bruni\nRunning time .... 110 min\n",
        title="This week at Kino Example: Strangers, Pilgrims (week 14)",
    )
    assert _runtimes(facts) == {("Moss and Marrow", 76), ("The Paper Harbour", 110)}
    assert ("The Paper Harbour", "director", "Aldo Bruni") in _triples(facts)


def test_a_festival_archive_numbers_its_titles_beside_their_originals():
    facts = _facts(
        "Archive > 2024 (12th edition, 5–11 June) > Competition\n\n"
        "----------------------------------------\n\n"
        "1. THE KERKENNAH NETS | Les Filets de Kerkennah\n"
        "Tunisia, Malta | 2024 | 104 min | Arabic, Maltese | drama\n"
        "Dir. Rita Camil | Scr. Rita Camil, Slim Amar | DoP Hedi Zrib | Prod. Leila Ghar\n\n"
        "----------------------------------------\n\n"
        "2. TOWN OF BIRDS | Bayan ng mga Ibon\n"
        "Philippines | 2024 | 118 min | Tagalog | folk horror\n"
        "Dir. Paolo Diz | DoP Miguel Tolen\n",
        title="Archive | 2024 edition | Competition programme — Example Festival",
    )
    got = _triples(facts)
    assert ("The Kerkennah Nets", "cinematographer", "Hedi Zrib") in got
    assert ("The Kerkennah Nets", "producer", "Leila Ghar") in got
    assert ("Town of Birds", "director", "Paolo Diz") in got
    assert not [t for t in got if "edition" in t[0].lower() or "DoP" in (t[2] or "")]


def test_a_bilingual_programme_day_line_is_no_film_and_heads_the_next():
    facts = _facts(
        "CICLO DE CINE · FILM SEASON\n\n"
        "------------------------------\n"
        "MARTES 22 DE ABRIL · TUESDAY 22 APRIL\n"
        "SOY ISLA (I Am an Island) · 1964 · 141 min\n\n"
        "EN: Directed by Mikhail Korov and shot by Sergey Uru.\n\n"
        "------------------------------\n"
        "MARTES 29 DE ABRIL · TUESDAY 29 APRIL\n"
        "LA MUERTE DE UN CARTERO (Death of a Postman) · 1966 · 85 min\n\n"
        "EN: Tomás Alvar's black comedy.\n",
        title="Ciclo de cine / Film Season",
    )
    assert _runtimes(facts) == {("Soy Isla", 141), ("La Muerte de Un Cartero", 85)}
    assert not [f for f in facts if "Martes" in f.subject.name]


def test_a_capitals_headline_set_again_is_no_film_and_an_arrow_is_a_bullet():
    facts = _facts(
        "COPPER TIDE IS TURNING 24 AND I AM NOT OKAY (a love letter)\n\n"
        "okay so. Copper Tide: Once Upon a Harbour came out on 15 June 2001.\n\n"
        "✦ THE BASICS ✦\n→ directed by Asha Gowri\n→ cinematography: Anil Meh\n"
        "→ country: India\n\n"
        "next week: a post on Swadesi, because Gowri followed this up with Swadesi in 2004, "
        "starring Ravi Khan.\n\n"
        "• box office: I've seen 50 to 70 crore quoted, something like ₹66 crore worldwide? "
        "don't quote me\n",
        title="COPPER TIDE IS TURNING 24 AND I AM NOT OKAY (a love letter)",
    )
    got = _triples(facts)
    (film,) = _subjects(facts, "director")
    assert film.startswith("Copper Tide") and "Turning" not in film
    assert (film, "cinematographer", "Anil Meh") in got
    assert (film, "country_of_origin", "India") in got
    assert ("Swadesi", "cast_member", "Ravi Khan") in got
    assert (film, "cast_member", "Ravi Khan") not in got
    assert not [f for f in facts if f.relation.value == "box_office"]


def test_a_parents_guide_parts_are_no_films():
    facts = _facts(
        "MATYLDA AND THE IRON HERON\n\n"
        "AGE: 6+          OUR RATING: ★★★★☆ (4/5)\n\n"
        "-- PARENTS NEED TO KNOW --\n"
        "Matylda and the Iron Heron is a Czech stop-motion animated film about a girl who "
        "brings a metal heron to life. Matylda and the Iron Heron is 84 minutes long.\n\n"
        "-- IS IT ANY GOOD? --\n"
        "Yes, and in a way that feels rare for family films now, with a lovely score too. "
        "The story, written by Jana Hora from the picture book Železný čáp, is a joy. Matylda "
        "and the Iron Heron premiered at Annecy.\n\n"
        "-- MOVIE DETAILS --\nBased on: Železný čáp by Alžběta Nová\n\n"
        "Did you see this movie? Add your rating ★★★★★\n",
        title="Matylda and the Iron Heron Movie Review | FamilyFrame",
    )
    got = _triples(facts)
    # (the festival, named in full, is typed as one)
    festival = "Annecy International Animation Film Festival"
    assert {f.subject.name for f in facts} <= {"Matylda and the Iron Heron", "Železný čáp"} | {
        festival
    }
    assert ("Matylda and the Iron Heron", "screenwriter", "Jana Hora") in got
    assert ("Matylda and the Iron Heron", "based_on", "Železný čáp") in got


def test_a_line_up_line_and_a_winner_before_for_name_their_films():
    facts = _facts(
        "The festival has announced its competition.\n\n"
        "Best Director went to Wanjiru Kamau for The Ferry at Mbita, a Kenyan drama in Luo "
        "and Swahili.\n\n"
        "Last year's Crystal Globe went to The Bellringer's Widow, a drama from Slovakia "
        "directed by Zuzana Lichá.\n\n"
        "COMPETITION AT A GLANCE\n"
        "Winter in Gyumri (Armenia, France) – dir. Anahit Sarg – world premiere\n"
        "Paper Saints (Poland, Czech Republic) – dir. Tomasz Wierz – world premiere\n",
        title="Festival unveils its competition",
    )
    got = _triples(facts)
    assert ("Winter in Gyumri", "director", "Anahit Sarg") in got
    assert ("Paper Saints", "country_of_origin", "Czech Republic") in got
    assert {"Kenya"} == {
        o for s, r, o in got if s.endswith("Ferry at Mbita") and r == "country_of_origin"
    }
    assert ("The Bellringer's Widow", "award_received", None) in {(s, r, None) for s, r, _ in got}
    assert not [t for t in got if t[0].startswith(("Wanjiru", "Widow"))]


def test_a_one_word_title_and_its_gloss_are_no_part_and_no_actor():
    facts = _facts(
        "Best Director: Ana Ruiz, Kra / Drift Ice\n\n"
        "The jury gave Best Director to Ana Ruiz for Kra (Drift Ice), a survival drama.\n",
        title="Winners",
    )
    assert not [f for f in facts if f.relation.value in ("character", "cast_member")]


def test_a_ranked_list_keeps_a_title_saying_film_and_no_maker_row_as_a_title():
    facts = _facts(
        "#3  A SHORT FILM ABOUT DROWNING\nKrzysztof Kieł | Poland\n\n"
        "A young drifter kills a taxi driver, and the state kills him back.\n\n"
        "---\n\n"
        "#1  GRAVE OF THE LANTERNS\nIsao Taka | Japan | 89 min\n\n"
        "Made at Studio Ghibli, Isao Taka's animated film follows two orphans.\n",
        title="The ten best films of 1988, ranked",
    )
    assert ("Grave of the Lanterns", 89) in _runtimes(facts)
    assert "A Short Film About Drowning" in _subjects(facts, "country_of_origin")
    assert "Isao Taka" not in {f.subject.name for f in facts}


def test_a_bilingual_season_heads_each_ruled_entry_and_reads_its_own_tongue():
    facts = _facts(
        "TEMPORADA DE MARZO\nCine sudamericano 1985–2017\n\n"
        "Seven films. South American cinema, March 2025.\n\n"
        "────────────────────────────\n\n"
        "LA MAREA BAJA / Low Tide\n"
        "Perú – España, 2009 · DCP · Español, quechua\n"
        "Dirección / Director: Rosa Quispe\n\n"
        "A fisherman's daughter waits for a boat that does not come back.\n\n"
        "────────────────────────────\n\n"
        "EL CUARTO AZUL / The Blue Room\n"
        "Argentina, 2001 · 103 min · 35 mm · Español\n"
        "Dirección / Director: Inés Olmos\n"
        "Basada en la novela / Based on the novel: La casa quieta, de Marta Vidal\n\n"
        "Two families, one summer in Salta that will not end.\n",
        title="Temporada: Cine sudamericano | Cinemateca",
    )
    got = _triples(facts)
    assert ("La Marea Baja", "director", "Rosa Quispe") in got
    assert ("El Cuarto Azul", "director", "Inés Olmos") in got
    assert {"Peru", "Spain"} == {
        o for s, r, o in got if s == "La Marea Baja" and r == "country_of_origin"
    }
    assert {"Spanish", "Quechua"} == {
        o for s, r, o in got if s == "La Marea Baja" and r == "original_language"
    }
    assert ("El Cuarto Azul", "based_on", "La casa quieta") in got
    assert ("La casa quieta", "author", "Marta Vidal") in got
    assert "United States" not in {o for s, r, o in got if r == "country_of_origin"}


def test_a_tagalog_title_keeps_its_small_words():
    facts = _facts(
        "Maynila sa mga Kuko ng Liwanag (1975) is the film my father always named. "
        "Lino Brocka directed it.\n",
        title="Maynila sa mga Kuko ng Liwanag (1975): finally on a big screen",
    )
    assert ("Maynila sa mga Kuko ng Liwanag", "director", "Lino Brocka") in _triples(facts)


def test_a_local_country_name_that_is_a_word_or_a_name_stays_one():
    facts = _facts(
        "Night Buses (2023)\nPoland · 2023 · 96 min\n"
        "With Bartosz Lenart (Kuba), Ewa Dąb (Italia)\n\n"
        "Release dates: 2 February 2023 (Kish Island Film Festival)\n",
        title="Night Buses",
    )
    assert {"Poland"} == {o for s, r, o in _triples(facts) if r == "country_of_origin"}


def test_a_critics_pick_badge_is_no_film():
    facts = _facts(
        "Home / British Cinema / Salt Row\n\n"
        "------------------------------------------------------------------------\n"
        "SALT ROW  (1969)\n12 · 1h 50m · HD · Subtitles\nDrama\n\n"
        "★★★★★  Critics' pick – 5/5\nMembers rate it 4.7/5 (3,208 ratings)\n"
        "------------------------------------------------------------------------\n\n"
        "CREDITS\nDirector ............................ Ken Loam\n"
        "Editor .............................. Roy Watt\n",
        title="Watch Salt Row (1969) | Rent or Buy in HD",
    )
    assert {"Salt Row"} == {f.subject.name for f in facts if f.relation.value == "editor"}


def test_sentence_case_titles_in_a_romance_tongue_are_known_whole():
    facts = _facts(
        "The jury gave its Grand Jury Prize to Los que esperan en Uyuni, Marco Vargo's "
        "Bolivian road movie about salt workers.\n\n"
        "Last year's Golden Condor went to Ciudad de barro, directed by Andrés Cevallo.\n",
        title="Festival winners",
    )
    got = _triples(facts)
    assert ("Los que esperan en Uyuni", "award_received", "Grand Jury Prize") in got
    assert ("Ciudad de barro", "director", "Andrés Cevallo") in got
    assert not {"Uyuni", "Ciudad"} & {s for s, _, _ in got}


def test_a_release_dated_after_the_page_is_still_to_come():
    article = parse_article(
        "source: urn:test\ntitle: Winners\ndate: 2024-08-26\n\n"
        "Salt Wind, a comedy about a maths teacher, opens in Peruvian cinemas on "
        "12 September through Andina Films.\n\n"
        "Iron Tide, a drama, opened in Peruvian cinemas on 12 August.\n"
    )
    dates = {
        f.subject.name: f.object
        for f in extract_facts(article)
        if f.relation.value == "publication_date"
    }
    assert dates == {"Iron Tide": date(2024, 8, 12)}


def test_a_hard_wrapped_paragraph_under_a_heading_is_read_as_prose():
    facts = _facts(
        "Salt Wind won the Golden Condor.\n\n"
        "WHAT NEXT\n"
        "Noche de Pisco, a black comedy set over one night in a bodega, is due to have its\n"
        "European premiere at the San Sebastián International Film Festival next month, and "
        "press have suggested Salt Wind could be the country's submission.\n",
        title="Winners",
    )
    assert not [f for f in facts if f.relation.value == "premiere"]


def test_a_kind_opening_a_chart_sentence_is_not_part_of_the_title():
    facts = _facts(
        "Action thriller Deadlight Run took the top spot with £3.4m.\n\n"
        "Documentary Fourteen Summers, Ahmed Osei's portrait of a cricket club, opened with "
        "£48,500 from 22 sites.\n",
        title="UK box office",
    )
    got = _triples(facts)
    assert "Deadlight Run" in _subjects(facts, "genre")
    assert ("Fourteen Summers", "director", "Ahmed Osei") in got


def test_a_makers_row_under_a_capitals_title_is_no_film():
    facts = _facts(
        "-------------------------------------------------\n"
        "TUES 12 SEPTEMBER\nSALT SUMMER (15)\n"
        "Carla Wellby | UK/USA | 2022 | 101 mins\n"
        "With Paul Meskin, Frankie Corran\n\n"
        "A father and his daughter on a cut-price holiday.\n\n"
        "-------------------------------------------------\n"
        "TUES 7 NOVEMBER\nPORTRAIT OF A HARBOUR (15)\n(Portrait du port)\n"
        "Céline Sciarra | France | 2019 | 122 mins\n"
        "With Noémie Merle, Adèle Haas\n\n"
        "A painter is hired to portray a harbour.\n",
        title="Season 38 Programme | Film Society",
    )
    subjects = _subjects(facts, "duration")
    assert {"Salt Summer", "Portrait of a Harbour"} == subjects


def test_a_forums_posts_are_no_films_and_a_record_title_gives_its_romanised_name():
    facts = _facts(
        "------------------------------------------------------------\n"
        "#41  kurage_bun  (Joined: Mar 2019 · Posts: 2,114)\n"
        "Quick facts for anyone arriving late:\n\n"
        "Title: 星降る駅 (Hoshifuru Eki) — English title The Starfall Station\n"
        "Director: Kenta Morisa\n"
        "Runtime: 118 min\n\n"
        "------------------------------------------------------------\n"
        "#44  sakuraforest_88  (Joined: Jan 2016 · Posts: 9,870)\n"
        "It had its world premiere at Annecy on 11 June 2024. Someone on a forum said the "
        "director's cut runs 150 minutes.\n",
        title="Hoshifuru Eki / The Starfall Station — discussion thread",
    )
    got = _triples(facts)
    assert ("Hoshifuru Eki", "director", "Kenta Morisa") in got
    assert not [t for t in got if "_" in t[0]]
    assert ("Hoshifuru Eki", 118) in _runtimes(facts) and len(_runtimes(facts)) == 1


def test_a_prize_list_keeps_its_winners_out_of_the_prizes_names():
    facts = _facts(
        "Laura Apsa's Salt Dunes was the big winner at the 17th Amber Awards. The coastal "
        "drama stars Elza Krumina. Besides the two top honours it collected Best Actress for "
        "Elza Krumina and Best Original Score for composer Darta Egle.\n",
        title="Amber Awards 2024",
    )
    prizes = {f.object.name for f in facts if f.relation.value == "award_received"}
    assert prizes and not [p for p in prizes if "Krumina" in p or "Egle" in p]


def test_a_winners_glance_list_with_en_dashes_gives_each_category_its_film():
    body = (
        "Salt Wind was the big winner on Saturday night.\n\n"
        "WINNERS AT A GLANCE\n"
        "Best Film – Salt Wind\n"
        "Best Actress – Ana Ruiz, Salt Wind\n"
        "Best Cinematography – Jo Park, Copper Tide\n"
        "Honorary Gull – Tom Berg, for lifetime achievement\n"
    )
    facts = _facts(body, title="Harbor Film Awards 2024: the winners")
    triples = _triples(facts)
    assert {
        ("Salt Wind", "award_received", "Harbor Film Award for Best Film"),
        ("Salt Wind", "cast_member", "Ana Ruiz"),
        ("Copper Tide", "cinematographer", "Jo Park"),
    } <= triples
    assert not {t for t in triples if "Tom Berg" in (t[0], str(t[2]))}


def test_a_bilingual_pages_tongue_marks_are_no_films():
    body = (
        "══════════════════\n"
        "SALT WIND\n"
        "Ana Ruiz\n"
        "Canada · 2025 · 104 min · French with English subtitles\n"
        "WORLD PREMIERE\n"
        "══════════════════\n\n"
        "FR —\n"
        "Une femme revient dans son village.\n\n"
        "EN —\n"
        "A woman returns to her village.\n\n"
        "CREDITS\n"
        "Director : Ana Ruiz\n"
        "Editing : Jo Park\n"
    )
    facts = _facts(body, title="Salt Wind — Catalogue 2025")
    subjects = {f.subject.name for f in facts}
    assert not subjects & {"En —", "Fr —", "En", "Fr"}
    assert ("Salt Wind", "editor", "Jo Park") in _triples(facts)


def test_a_lineups_lines_give_each_film_its_maker_and_countries():
    body = (
        "The Harbor Film Festival opens on 5 June.\n\n"
        "THE COMPETITION\n"
        "Among the titles selected:\n\n"
        "· Las Olas del Puerto — Lucía Barrantes (Spain, Uruguay)\n"
        "· Mémoire douce — Élodie Fournel (France), which premiered at the Copper Bay "
        "Film Festival in January\n"
        "· Kiri no Oka (The Fog Hill) — Haruka Imai (Japan), 132 min.\n"
        "· Ninguém Volta — Bia Sotto (Brazil), a documentary about a flooded town\n\n"
        "JURY\n"
        "The jury is led by Ana Ruiz.\n\n"
        "The festival will close with Harbour Lamps, a romantic comedy starring Dana Whit.\n"
    )
    facts = _facts(body, title="Harbor Film Festival reveals its line-up")
    triples = _triples(facts)
    assert {
        ("Las Olas del Puerto", "director", "Lucía Barrantes"),
        ("Las Olas del Puerto", "country_of_origin", "Uruguay"),
        ("Mémoire douce", "director", "Élodie Fournel"),
        ("Mémoire douce", "premiere", "Copper Bay Film Festival"),
        ("Harbour Lamps", "cast_member", "Dana Whit"),
    } <= triples
    said = {(f.subject.name, f.relation.value, str(f.object)) for f in facts}
    assert ("Kiri no Oka", "duration", "Duration(minutes=132)") in said
    assert ("Ninguém Volta", "instance_of", "documentary_film") in said
    subjects = {f.subject.name for f in facts}
    assert not subjects & {"Élodie Fournel", "Bia Sotto", "Jury"}


def test_a_short_before_the_feature_is_its_own_film_with_its_details():
    body = (
        "PROGRAMME — THIS WEEK\n\n"
        "------------------------------------------------------------\n\n"
        "SALT WIND (15) — encore, by popular demand\n"
        "Viento de sal\n"
        "Dir. Ana Ruiz | Chile 2023 | 101 mins | Spanish with English subtitles\n"
        "With Tomás Vera, Lucía Mena\n\n"
        "A fisherman's widow takes over his boat.\n\n"
        "Preceded by: COPPER TIDE (dir. Jo Park, United Kingdom 2023, 11 mins) — a short "
        "about a cockle-picker.\n\n"
        "Fri 8  18:10 · Sat 9  13:45\n"
    )
    facts = _facts(body, title="This week at the Harbor Picturehouse")
    said = {
        (
            f.subject.name,
            f.relation.value,
            f.object.name if isinstance(f.object, Entity) else f.object,
        )
        for f in facts
    }
    assert {
        ("Salt Wind", "director", "Ana Ruiz"),
        ("Salt Wind", "cast_member", "Tomás Vera"),
        ("Copper Tide", "director", "Jo Park"),
        ("Copper Tide", "country_of_origin", "United Kingdom"),
        ("Copper Tide", "instance_of", WorkClass.SHORT_FILM),
        ("Copper Tide", "duration", Duration(11)),
    } <= said
    assert ("Salt Wind", "duration", Duration(11)) not in said
    assert "Viento de sal" not in {f.subject.name for f in facts}


def test_a_diary_entrys_note_after_its_stars_is_no_part_of_its_title():
    assert context.heading_title("Paris, Texas (1984) ★★★★★  (rewatch)") == "Paris, Texas"
    assert context.heading_title("Dune: Part Two (2024) ★★★★  (IMAX)") == "Dune: Part Two"
    assert context.heading_title("Our critic — ★★★½ (3.5/5)") is None


def test_a_place_before_a_colon_is_no_head_of_the_title():
    body = (
        "Quick background for those outside Manila: Sa Ilalim ng Balete (Under the Balete "
        "Tree) is one of the ten entries of this year's festival.\n\n"
        "Sa Ilalim ng Balete was directed by Marites Cruz. Sa Ilalim ng Balete runs 112 minutes."
    )
    facts = _facts(body, title='"Sa Ilalim ng Balete" is the scariest horror of the year')
    assert ("Sa Ilalim ng Balete", "director", "Marites Cruz") in _triples(facts)
    assert not any(f.subject.name.startswith("Manila") for f in facts)


def test_a_diary_dates_heading_with_a_note_in_lower_case_still_names_its_film():
    # the date first, then the title: a note after the stars is no badge on "19 JUL"
    assert context.heading_title("19 JUL — LAKE MUNGO (2008) ★★★★½ (rewatch)") == "Lake Mungo"
    assert context.heading_title("14 JUL — CSIGAHÁZ (Snail House, 2023) ★★★½") == "Csigaház"
    assert context.heading_title("SUN 2 FEB — SECRETS & LIES (1996) — rewatch") == (
        "Secrets & Lies"
    )
    # an aside after the date: "MON 3 FEB (well, late Sunday night) — "
    line = "MON 3 FEB (well, late Sunday night) — SLATE AND HONEY (2024)"
    assert context.heading_title(line) == "Slate and Honey"


def test_a_makers_debut_in_the_present_is_the_film_at_hand():
    body = (
        "10 JUL — BOG BODY BLUES (2024) ★★★★\n\n"
        "Ruairí Keogh-Daly's debut is a horror comedy about two turf-cutters.\n\n"
        "23 JUL — SALT WIND (2024) ★★★\n\n"
        "Ana Ruiz's debut was a horror comedy; this is a melodrama."
    )
    genres = {
        (f.subject.name, f.object)
        for f in _facts(body, title="july diary")
        if f.relation.value == "genre"
    }
    assert ("Bog Body Blues", "horror comedy") in genres
    # (her debut in the past is another film: its genre is not Salt Wind's)
    assert ("Salt Wind", "horror comedy") not in genres


def test_a_season_that_grosses_in_a_chart_is_a_film_and_its_prose_names_it():
    body = (
        "Opening in second place was PERSIMMON SEASON (감나무 계절), a family drama from "
        "director Jang Mi-rae.\n\n"
        "TOP 3 — WEEKEND 7–9 MARCH\n"
        "1. Salt Wind — 612,000 admissions — USD 4.6m — total USD 14.8m\n"
        "2. Persimmon Season (new) — 301,000 — USD 2.3m — total USD 2.9m\n"
        "3. Pixel Paws 2 — 188,000 — USD 1.4m — total USD 11.2m\n"
    )
    facts = _facts(body, title="Korea box office")
    said = {(f.subject.name.lower(), f.relation.value, str(f.object)) for f in facts}
    assert ("persimmon season", "director", str(Entity(EntityKind.PERSON, "Jang Mi-rae"))) in said
    grosses = {(f.subject.name, f.object) for f in facts if f.relation.value == "box_office"}
    assert ("Persimmon Season", Money(Decimal("2300000"), "USD")) in grosses
    assert ("Persimmon Season", Money(Decimal("2900000"), "USD")) in grosses
    # (a programme's season named in prose is still no film)
    assert context.unlikely_title("Kurosawa Season")


def test_a_bilingual_press_kit_reads_its_latin_side_and_names_the_film_without_its_gloss():
    body = (
        "THE SALT WIND 鹽風\n\n"
        "片名 Title            | The Salt Wind 鹽風\n"
        "導演 Director         | 林子晴 Lin Tzu-ching\n"
        "編劇 Screenplay       | 林子晴 Lin Tzu-ching、吳承翰 Wu Cheng-han\n"
        "出品 Production       | 潮間帶影像 Intertidal Pictures、南方光電影 Southlight Films\n\n"
        "澎湖漁村裡,阿雲守著父親留下的老藥局。\n"
    )
    facts = _facts(body, title="The Salt Wind 鹽風 | Press Kit 新聞資料")
    said = _triples(facts)
    assert ("The Salt Wind", "director", "Lin Tzu-ching") in said
    assert ("The Salt Wind", "screenwriter", "Wu Cheng-han") in said
    assert ("The Salt Wind", "production_company", "Southlight Films") in said
    assert all("鹽" not in f.subject.name for f in facts)
    # each quote is still the stored body, gloss and all
    assert any(f.evidence.quote == "Director         | 林子晴 Lin Tzu-ching" for f in facts)


def test_a_forum_thread_names_its_film_not_its_posters_or_its_thread_label():
    body = (
        "Thread: Salt Wind (2024) — discussion thread\n\n"
        "#1  kapekape88   Posted 28 Nov 2024, 22:14\n"
        "Just got out of Salt Wind. Who else has seen it?\n"
        "- Directed by Ana Ruiz\n"
        "- 92 mins\n\n"
        "#2  mangyan_dreamer   Posted 28 Nov 2024, 22:40\n"
        "It won the Audience Choice Award at QCinema too, deserved.\n"
    )
    facts = _facts(body, title="Salt Wind (2024) — discussion thread | Pinoy Forums")
    assert {f.subject.name for f in facts} == {"Salt Wind"}
    said = {(f.relation.value, getattr(f.object, "name", None)) for f in facts}
    assert ("director", "Ana Ruiz") in said
    assert ("award_received", "Audience Choice Award") in said
    assert context.unlikely_title("kapekape88 Posted 28 Nov 2024, 22:14")


def test_a_numbered_shorts_programme_heads_each_entry_and_its_evening_is_no_film():
    body = (
        "KURZFILMABEND / SHORTS NIGHT\n"
        "Mittwoch, 30. April 2025, 20:00 Uhr · Saal 1\n\n"
        "1  Low Tide at Ōhope\n"
        "Neuseeland / New Zealand 2024 · 14 Min. · Drama\n"
        "Regie / Director: Mere Tawhiri\n\n"
        "2  The Saltwater Choir\n"
        "Australien / Australia 2023 · 9 Min. · Dokumentarfilm / Documentary\n"
        "Regie / Director: Jess Farrow\n"
    )
    facts = _facts(body, title="Kurzfilmabend: Down Under Shorts 2025 | Kino am Kanal")
    said = _triples(facts)
    assert ("Low Tide at Ōhope", "director", "Mere Tawhiri") in said
    assert ("The Saltwater Choir", "director", "Jess Farrow") in said
    assert not any(f.subject.name == "Kurzfilmabend" for f in facts)


def test_a_streaming_pages_rating_widget_heads_no_entry():
    body = (
        "The Lantern Maker's Daughter\n\n"
        "2022  |  1h 52m  |  Drama  |  Vietnam\n\n"
        "Your rating     ☆ ☆ ☆ ☆ ☆   Tap to rate\n\n"
        "Directed by Tran Minh Khoa.\n"
    )
    facts = _facts(body, title="Watch The Lantern Maker's Daughter | Luma+")
    assert {f.subject.name for f in facts} == {"The Lantern Maker's Daughter"}


def test_a_marked_programme_entry_is_named_by_its_first_title_not_its_gloss():
    body = (
        "PROGRAMA COMPLETO / FULL PROGRAMME\n\n"
        "▸ A Casa das Marés\n"
        "The House of Tides\n"
        "Realização / Director: Inês Calado\n"
        "Portugal | 2024 | 104'\n\n"
        "▸ Las horas quietas | The Quiet Hours\n"
        "Drama | Espanhol / Spanish | 96 min\n"
        "Intérpretes / Cast: Lucía Ferrer, Iñaki Goenaga\n"
    )
    facts = _facts(body, title="Programa | Festival de Cinema do Atlântico")
    said = _triples(facts)
    assert ("A Casa das Marés", "director", "Inês Calado") in said
    assert ("Las horas quietas", "cast_member", "Lucía Ferrer") in said


def test_a_runtime_in_hours_and_bare_minutes_then_its_minutes_after_a_slash_is_one_runtime():
    facts = _facts(
        "LES MARÉES DE KAMOURASKA\nThe Tides of Kamouraska\n\n"
        "Réalisation / Director\nÉlise Gagnon-Tremblay\n\n"
        "Durée / Running time: 1 h 37 / 97 min\n",
        title="Catalogue 2024 – Compétition",
    )
    assert {minutes for _, minutes in _runtimes(facts)} == {97}


def test_a_streaming_guides_slot_heads_no_entry_and_the_title_under_it_does():
    body = (
        "NEW THIS MONTH\n\n"
        "FAMILY PICK\n"
        "THE PAPER WHALE\n"
        "Streaming from 21 March\n"
        "Norway · 2024 · 88 min · Animation\n"
        "Directors: Siri Haugen, Ola Brekke\n\n"
        "LAST CHANCE — LEAVING 31 MARCH\n"
        "SALT ROAD — Mira Qadri's road movie, which won the jury prize at Locarno. "
        "Starring Omar Haddad. 1h 52m.\n\n"
        "COMING IN APRIL\n"
        "HARBOUR LIGHTS — a Streamwave Original film, premieres 11 April\n"
        "Chile · Drama · Director: Tomás Rojas\n"
    )
    facts = _facts(body, title="New on Streamwave: March")
    said = _triples(facts)
    assert ("The Paper Whale", "director", "Ola Brekke") in said
    assert ("Salt Road", "cast_member", "Omar Haddad") in said
    assert ("Harbour Lights", "director", "Tomás Rojas") in said
    slots = {"Family Pick", "Last Chance — Leaving 31 March", "Coming in April"}
    assert not {f.subject.name for f in facts} & slots


def test_a_programme_heading_glossed_in_the_sentence_case_of_its_tongue_heads_its_entry():
    body = (
        "RESTORED & REDISCOVERED\n\n"
        "TUE 15 APRIL · 19:00\n"
        "THE PIGEON POST / Holubí pošta\n"
        "Czechoslovakia 1958 · 83 min · b/w · DCP · Czech with English subtitles\n"
        "Director: Bohumil Vrána\n"
        "Camera: Karel Sýkora\n\n"
        "A pigeon fancier keeps delivering letters. Our restoration had its premiere at "
        "Il Cinema Ritrovato in Bologna last June.\n"
    )
    facts = _facts(body, title="Programme | Moravian Film Archive")
    said = _triples(facts)
    assert ("The Pigeon Post", "director", "Bohumil Vrána") in said
    assert ("The Pigeon Post", "cinematographer", "Karel Sýkora") in said
    assert not [f for f in facts if f.relation.value == "premiere"]


def test_a_novella_or_a_graphic_novel_is_a_source_but_no_novel():
    from lookback_kg.extract import values
    from lookback_kg.model import Relation, WorkClass

    def classes(text):
        return {c for c, _ in values.classes(Relation.INSTANCE_OF, text)}

    assert WorkClass.NOVEL in classes("novel")
    assert WorkClass.NOVEL in classes("light novel")
    assert WorkClass.NOVEL not in classes("novella")
    assert WorkClass.NOVEL not in classes("graphic novel")


def test_a_winners_lists_nominees_between_dots_each_with_its_maker_and_country():
    body = (
        "The Harbour Screen Awards were given on Saturday.\n\n"
        "BEST FILM\n"
        "★ The Salt Orchard – dir. Petra Jurić (Croatia)\n"
        "Also nominated: Wolf Road – Miloš Radić (Serbia) · Kamen – Nikola Stefanovski "
        "(North Macedonia)\n\n"
        "BEST SHORT FILM\n"
        "★ Bura – Ana Kovač (Croatia, 14')\n"
    )
    said = _triples(_facts(body, title="Harbour Screen Awards: the winners"))
    assert ("Wolf Road", "director", "Miloš Radić") in said
    assert ("Kamen", "director", "Nikola Stefanovski") in said
    assert ("Bura", "director", "Ana Kovač") in said
    assert ("Bura", "country_of_origin", "Croatia") in said
    assert not any(who.startswith(("Miloš Radić (", "Ana Kovač (")) for _, _, who in said if who)


def test_an_interview_headline_quotes_its_guest_and_names_the_film_after_on():
    body = (
        "Tomás Rivera Soto's second feature, Las hormigas de enero, opened the Lima festival "
        "on 3 August 2024. The 88-minute drama was produced by Cerro Films.\n\n"
        "Why ants?\nBecause nobody notices them until they are in the sugar."
    )
    facts = _facts(
        body, title='"Nobody notices the ants": Tomás Rivera Soto on Las hormigas de enero'
    )
    subjects = {f.subject.name for f in facts}
    assert "Las hormigas de enero" in subjects
    assert "Nobody notices the ants" not in subjects


def test_a_headlines_note_in_lower_case_after_a_colon_is_no_subtitle():
    # the body prints the headline in capitals: "PAPER KITES: GLUE, ..." is no fuller title
    body = (
        "THE LONG TAKE · a podcast about films that take their time\n"
        "Episodes | Hosts | Newsletter\n\n"
        "EPISODE 12 – PAPER KITES: GLUE, STRING AND A VERY LONG SUMMER\n"
        "Published 2 June 2024 · 1 h 02 min\n\n"
        "This week we talk about Inés Valdivia's Paper Kites, the Chilean drama that won the "
        "Jury Prize at Valdivia. Written and directed by Valdivia, it runs 97 minutes.\n\n"
        "Our score: 8/10"
    )
    title = "Ep. 12 – Paper Kites: glue, string and a very long summer | The Long Take"
    facts = _facts(body, title=title)
    assert ("Paper Kites", "director", "Inés Valdivia") in _triples(facts)
    assert not any(f.subject.name.lower().startswith("paper kites:") for f in facts)


def test_a_diary_entry_with_its_maker_and_year_after_a_dash_heads_its_film():
    line = "La casa del faro (The Lighthouse House) — Marta Quiroga, 2022 — ★★★½"
    assert context.heading_title(line) == "La casa del faro"
    assert context.heading_title("Rio Seco — Ana Dias and Rui Lemos, 2019 — no stars") == (
        "Rio Seco"
    )
    # (a sentence's dash is no entry: its words run on in lower case)
    assert context.heading_title("We went home early — Marta said so, 2022") is None


def test_a_posters_verb_before_a_dated_title_is_no_part_of_it():
    body = (
        "Rewatched Harbour Lights (2015) last night — still the saddest film I know\n\n"
        "Mara Olsen wrote and directed the film, and Ivo Lund plays the keeper.\n\n"
        "▲ 88 ▼   💬 12 comments   ↗ Share   ☆ Save\n\n"
        "It premiered at Rotterdam on 30 January 2015."
    )
    facts = _facts(body, title="Rewatched Harbour Lights (2015) last night : r/movies")
    assert ("Harbour Lights", "director", "Mara Olsen") in _triples(facts)
    assert {f.subject.name for f in facts if f.relation.value != "voice_of"} <= {
        "Harbour Lights",
        "International Film Festival Rotterdam",
        "Rotterdam",
    }
    assert context.heading_title("▲ 88 ▼   💬 12 comments   ↗ Share   ☆ Save") is None


def test_a_bare_year_in_a_headlines_part_is_no_film():
    body = (
        "KINOFESTIVALI · 2025\n\nEZOTI\nThe Yard\n\nRezhisori (Director)\nNino Beridze\n\n"
        "Ezoti runs 90 minutes."
    )
    facts = _facts(body, title="Ezoti / The Yard – Katalogi 2025")
    assert _subjects(facts, "director") == {"Ezoti"}


def test_a_disc_reviews_parts_head_no_entry():
    for line in ("DISC SPECIFICATIONS", "VIDEO", "Audio   ★★★½☆", "Technical specs", "THE DISC"):
        assert context.heading_title(line) is None, line
    body = (
        "Harbour Lights (Blu-ray)\n\nDISC SPECIFICATIONS\nRuntime | 96 min\n\n"
        "THE FILM\nMara Olsen wrote and directed Harbour Lights.\n\nVIDEO\nA clean transfer."
    )
    facts = _facts(body, title="Harbour Lights Blu-ray Review | DiscShelf")
    assert _subjects(facts, "duration") == {"Harbour Lights"}


def test_a_key_glossed_in_brackets_then_its_value_reads_as_its_english_key():
    body = (
        "★ Los Muros Blancos\nOs Muros Brancos · The White Walls\n"
        "País (Country): Peru\nDireção (Director): Rosa Quispe\n"
        "Elenco (Cast): Ana Condori, Julián Mamani\nDuração (Running time): 99 min"
    )
    triples = _triples(_facts(body, title="Competição 2024 | Festival de Ribeira"))
    assert ("Los Muros Blancos", "director", "Rosa Quispe") in triples
    assert ("Los Muros Blancos", "cast_member", "Julián Mamani") in triples
    assert ("Los Muros Blancos", "country_of_origin", "Peru") in triples
    # (a star before a title with its details is no winner's mark alone)
    assert context.heading_title("★ Lagos Lullaby (Nigeria) – dir. Chidi Okafor") != (
        "Lagos Lullaby (Nigeria) – dir. Chidi Okafor"
    )


def test_an_entry_after_a_rule_with_its_glosses_over_glossed_rows_heads_its_film():
    body = (
        "────────────\nAgua Quieta\nÁgua Parada · Still Water\n"
        "País (Country): Chile\nAno (Year): 2024\nDireção (Director): Inés Soto\n\n"
        "────────────\nHumo Rojo\nFumaça Vermelha · Red Smoke\n"
        "País (Country): Argentina\nAno (Year): 2023\nDireção (Director): Julia Paz\n"
    )
    assert sorted(context.entry_headings(body).values()) == ["Agua Quieta", "Humo Rojo"]
    triples = _triples(_facts(body, title="Competição 2024 | Festival de Ribeira"))
    assert ("Humo Rojo", "director", "Julia Paz") in triples


def test_an_obituary_is_about_a_person_and_names_no_main_film():
    body = (
        "Tomas Berg, the editor who cut films in Addis Ababa for thirty years, died on Monday "
        "at his home in Addis Ababa.\n\n"
        "His best-known film was Harbour Lights (2001), the Ethiopian drama directed by Mara "
        "Olsen. He worked in Addis Ababa until 2020."
    )
    facts = _facts(body, title="Tomas Berg, editor who cut Addis Ababa's films, dies at 71")
    assert ("Harbour Lights", "director", "Mara Olsen") in _triples(facts)
    assert {f.subject.name for f in facts} <= {"Harbour Lights"}


def test_a_catalogue_entry_after_a_rule_and_a_blank_line_over_table_rows_heads_its_film():
    body = (
        "All films below are distributed by Farol.\n\n"
        "────────────\nÁgua Parada — Still Water\n\n"
        "Original title | Água Parada\nDirector | Inês Soto\nCountry | Portugal\n"
        "Running time | 91 min\n\n"
        "────────────\nRio Largo — Wide River\n\n"
        "Original title | Rio Largo\nDirector | Caio Lemos\nCountry | Brazil\n"
    )
    assert sorted(context.entry_headings(body).values()) == ["Rio Largo", "Água Parada"]
    triples = _triples(_facts(body, title="Catalogue 2024 — Farol"))
    assert ("Rio Largo", "director", "Caio Lemos") in triples
    assert ("Água Parada", "director", "Inês Soto") in triples


def test_a_headline_quoting_a_titles_head_names_the_title_the_body_writes_in_full():
    # "Box Office: 'Raakh' sets the weekend ablaze ...; 'Kaayal Kathakal' holds well" over
    # "Vikram Sethi's Raakh: The Burning Shore has given ...": the other film is named more
    path = Path(__file__).parent / "fixtures/dev/articles/au-04-india-weekend-boxoffice.txt"
    triples = _triples(extract_facts(read_article(path)))
    assert ("Raakh: The Burning Shore", "director", "Vikram Sethi") in triples
    assert ("Kaayal Kathakal", "director", "Anjali Pillai") in triples


def test_a_headline_part_in_sentence_case_that_the_body_glosses_is_the_title():
    body = (
        "Our film of the week comes from Venezuela: El último barco a Cumaná, The Last Boat "
        "to Cumaná in English, which opens this Friday.\n\n"
        "The film is directed by Ana Ruiz. The boat leaves Cumaná at dawn, and Cumaná is "
        "where it ends. Cumaná never looked so sad."
    )
    facts = _facts(body, title="Screen Time transcript – El último barco a Cumaná")
    assert ("El último barco a Cumaná", "director", "Ana Ruiz") in _triples(facts)


def test_a_soundtracks_note_in_brackets_is_no_part_of_the_title():
    assert context._TRAILING_NOTE.sub("", "Amber Shore (Original Motion Picture Soundtrack)") == (
        "Amber Shore"
    )


def test_a_month_the_headline_dates_in_brackets_is_the_title():
    # a month alone is no title ("MARCH" over a programme), but "November (2017)" is a film's
    body = (
        "NOVEMBER\n\n"
        "Winter comes to a village in the north. Hans (Arvo Kask) loves a girl who does not "
        "see him, and November is the month the story ends in.\n\n"
        "Directed by Ana Ruiz · Screenplay Ana Ruiz · Editor Rui Sato · Producer Ken Oda"
    )
    triples = _triples(_facts(body, title="November (2017) – DVD"))
    assert ("November", "director", "Ana Ruiz") in triples
    assert ("November", "screenwriter", "Ana Ruiz") in triples
    assert ("November", "producer", "Ken Oda") in triples
    assert not any(o == "Screenplay Ana Ruiz" for _, _, o in triples)
    assert not _triples(_facts("MARCH\n\nDirected by Ana Ruiz.", title="March – programme"))


def test_a_line_under_a_labels_other_titles_heading_is_its_own_films():
    body = (
        "NOVEMBER\n\nA film by Ana Ruiz, shot in black and white.\n\n"
        "ALSO AVAILABLE FROM NORTHLIGHT\n"
        "TANGERINES – Zaza Urushadze's war drama, nominated for the Academy Award for Best "
        "Foreign Language Film.\n\n"
        "────────────\n"
        "ESTONIA / POLAND | 2017 | APPROX. 115 MINS | BLACK & WHITE | 16:9 ANAMORPHIC | "
        "ESTONIAN WITH OPTIONAL ENGLISH SUBTITLES | DOLBY DIGITAL 5.1 | REGION 2 PAL | 1 DISC\n"
        "────────────\n"
    )
    facts = _facts(body, title="November (2017) – DVD")
    triples = _triples(facts)
    assert ("Tangerines", "director", "Zaza Urushadze") in triples
    assert ("November", "director", "Zaza Urushadze") not in triples
    assert ("November", "country_of_origin", "Poland") in triples
    said = {(f.subject.name, f.relation.value, str(f.object)) for f in facts}
    assert ("November", "duration", "Duration(minutes=115)") in said


def test_a_dateline_in_capitals_before_a_makers_film_is_no_film():
    body = (
        "Home | News | Box office\n\n"
        "JAKARTA — Ana Ruiz's horror film Jeritan Malam has grossed Rp 45 billion since its "
        "release, its producers said on Monday.\n\nThe film runs 102 minutes."
    )
    triples = _triples(_facts(body, title="Local horror tops the quarter"))
    assert not any(s == "Jakarta" for s, _, _ in triples)


def test_a_season_the_headline_quotes_is_a_title_not_a_programme():
    body = (
        'Paris-based sales company Lumen Rouge has sold Ana Ruiz\'s drama "Yak Season" into six '
        "territories. Lumen Rouge's head of sales, Claire Mabille, said buyers loved it. "
        "Lumen Rouge also sells two other titles.\n\nThe 88-minute film is in Nepali."
    )
    title = "Lumen Rouge closes deals on 'Yak Season'"
    triples = _triples(_facts(body, title=title))
    assert ("Yak Season", "director", "Ana Ruiz") in triples
    # ... but a programme's season, unquoted, is still no title
    assert not context._titled_by_headline("Kurosawa Season at the Rio: six films")


def test_the_headlines_title_glossed_in_a_tracklist_is_no_person_and_beats_the_makers_form():
    body = (
        "Ana Ruizė's Amber Shore (Gintaro krantas) is a Lithuanian drama film, and its "
        "composer has done something rare.\n\nTracklist\n1. Kopos (Dunes) — 4:05\n"
        "2. Gintaro krantas (Amber Shore) — 3:28\n\nThe Amber Shore score runs 48 minutes.\n\n"
        "Music composed and produced by Rokas Vaitkus."
    )
    title = "Album review: Rokas Vaitkus – Amber Shore (Original Motion Picture Soundtrack)"
    triples = _triples(_facts(body, title=title))
    assert ("Amber Shore", "country_of_origin", "Lithuania") in triples
    assert not any("Ruizė" in s for s, _, _ in triples)
    # the other title the text glosses is the same film, and the album's producer is no film's
    assert not any(s == "Gintaro krantas" for s, _, _ in triples)
    assert ("Amber Shore", "composer", "Rokas Vaitkus") in triples
    assert ("Amber Shore", "producer", "Rokas Vaitkus") not in triples


def test_a_crowdfunding_pages_parts_head_no_film_and_its_story_is_a_book():
    body = (
        "HRAFNAGIL\nAn Icelandic horror feature film in post-production\n\n"
        "THE STORY\n\n"
        'The film is adapted from "Hrafninn í gilinu", a short story by Ana Ruiz, who '
        "co-wrote the screenplay with our director. Our rough cut runs 101 minutes.\n\n"
        "AÐSTANDENDUR / THE TEAM\n\nLeikstjórn (Director)\nJo Park\n\n"
        "Leikarar (Cast)\nLin Mei – Bryndís\nKen Oda – Jói\n\n"
        "UPDATES\n\nUpdate #3 · 28 September 2025\n"
        "The score is being written by Tomas Berg.\n"
    )
    facts = _facts(body, title="Hrafnagil – help us finish a film | StartScreen")
    triples = _triples(facts)
    assert {
        ("Hrafnagil", "director", "Jo Park"),
        ("Hrafnagil", "screenwriter", "Ana Ruiz"),
        ("Hrafnagil", "based_on", "Hrafninn í gilinu"),
        ("Hrafnagil", "cast_member", "Ken Oda"),
        ("Hrafnagil", "composer", "Tomas Berg"),
    } <= triples
    assert {s for s, _, _ in triples} <= {"Hrafnagil", "Hrafninn í gilinu"}
    assert not any(r in ("duration", "screenwriter") and o == "Tomas Berg" for _, r, o in triples)
    assert "duration" not in {r for _, r, _ in triples}


def test_a_programmes_timed_slots_each_head_their_films_note():
    body = (
        "WHAT'S ON — MARCH 2025\n\nSATURDAY 1 MARCH\n\n"
        "11:00 · Pip and the Lighthouse Fox\n"
        "Our Saturday-morning film for ages 5 and up. Directed by Ana Ruiz. UK, 2024, 71 min.\n\n"
        "18:30 · Zeitouna (زيتونة) — focus opening night\n"
        "Jo Park's first feature film is a drama about a widow. Tunisia, 2024, 104 min, "
        "Arabic with English subtitles.\n\n"
        "FRIDAY 7 MARCH\n\n20:00 · Silent Fridays: Nosferatu\n"
        "F. W. Murnau's silent horror film from Germany (1922).\n"
    )
    assert sorted(context.entry_headings(body).values()) == [
        "Nosferatu",
        "Pip and the Lighthouse Fox",
        "Zeitouna",
    ]
    triples = _triples(_facts(body, title="What's On – March 2025 | The Lantern"))
    assert {
        ("Pip and the Lighthouse Fox", "director", "Ana Ruiz"),
        ("Zeitouna", "director", "Jo Park"),
        ("Zeitouna", "country_of_origin", "Tunisia"),
        ("Nosferatu", "director", "F. W. Murnau"),
    } <= triples
    assert ("Zeitouna", "director", "F. W. Murnau") not in triples
    # ... but a live blog's hours head its posts, not films: it has no day's heading
    blog = (
        "21:40 · Backstage\nThe producer says the film opens in March.\n\n"
        "20:55 · Your messages\nMaria in Nicosia loved it.\n"
    )
    assert context.entry_headings(blog) == {}


def test_a_guides_listed_shorts_and_a_headings_premiere_note():
    body = (
        "── AGES 3+ ──\n\nSMALL WONDERS: SHORTS FOR LITTLE ONES\n"
        "Five animated short films from five countries, including:\n"
        "• The Snail Postman – Latvia, dir. Anna Ozola, 7 min\n"
        "• Mira's Kite – India, dir. Kabir Rao, 9 min\n\n"
        "THE LIGHTHOUSE TWINS – WORLD PREMIERE\n"
        "Age guide 8+ · Cert TBC · 84 min · United Kingdom 2025\n"
        "Directed by Owen Pritchard · With Maisie Dunn (Nell), Alfie Dunn (Kit)\n"
    )
    triples = _triples(_facts(body, title="Festival guide 2025 | Little Lantern"))
    assert {
        ("The Snail Postman", "director", "Anna Ozola"),
        ("The Snail Postman", "country_of_origin", "Latvia"),
        ("Mira's Kite", "country_of_origin", "India"),
        ("The Lighthouse Twins", "director", "Owen Pritchard"),
    } <= triples
    assert not any("Premiere" in s or "–" in s for s, _, _ in triples)


def test_a_transcripts_speaker_labels_are_no_part_of_what_they_say():
    body = (
        "SCREEN TIME — EPISODE 12\n\n"
        "HOST: Our film of the week is Salt Roads, and it is a quiet one this time.\n"
        "CRITIC: It is directed by Ana Ruiz, and it runs 97 minutes in all.\n"
        "HOST: With me is the director of Salt Roads, Ana Ruiz, and her producer, Jo Park.\n"
        "ANA RUIZ (director): Lin Mei, our cinematographer, shot it in winter.\n"
        "ANA RUIZ: Tide Pictures has the rights for Peru and Chile now, which is good.\n"
    )
    triples = _triples(_facts(body, title="Screen Time transcript – Salt Roads"))
    assert {
        ("Salt Roads", "director", "Ana Ruiz"),
        ("Salt Roads", "producer", "Jo Park"),
        ("Salt Roads", "cinematographer", "Lin Mei"),
        ("Salt Roads", "distributor", "Tide Pictures"),
    } <= triples
    assert not any("Critic" in s or "Host" in s for s, _, _ in triples)
    # ... but a record's keys in capitals, each once, are no speakers
    record = (
        "TYPE: Animated short film in ink on paper, hand drawn\n"
        "SYNOPSIS: A girl moves to the city to look for her brother.\nDIRECTOR: Ana Ruiz\n"
    )
    assert sentences.without_speaker_labels(record) == record


def test_a_possessive_title_dated_and_directed_is_whole_and_no_maker():
    body = (
        "His first feature as director of photography was Abay's Daughter (Ye Abay Lij, 1984), "
        "directed by Girma Asfaw, a black-and-white Amharic drama.\n\n"
        "Later he shot The Postman's Widow (2001), directed by Ana Ruiz.\n\n"
        "Akira Kurosawa made many films. Later came Kurosawa's Ran (1985), directed by Akira "
        "Kurosawa, a Japanese epic."
    )
    triples = _triples(_facts(body, title="Yared Mekonnen, cinematographer, dies at 71"))
    assert ("Abay's Daughter", "director", "Girma Asfaw") in triples
    assert ("The Postman's Widow", "director", "Ana Ruiz") in triples
    assert not any(s == "Daughter" or o == "Postman" for s, _, o in triples)
    assert not any(s == "Kurosawa's Ran" for s, _, _ in triples)


def test_a_library_records_medium_and_parallel_title_are_no_part_of_the_title():
    body = (
        "Catalog › Full record\n\n"
        "Title: La casa de los mangos [videorecording] = The house of mangoes\n"
        "Statement of responsibility: dirigida por Ana Ruiz.\n"
        "Physical description: 1 videodisc (103 min.) : sound, color\n"
        "Notes: Directed by Ana Ruiz. Country of production: Honduras.\n"
    )
    title = "La casa de los mangos [videorecording] — Harbor Springs Public Library Catalog"
    triples = _triples(_facts(body, title=title))
    assert ("La casa de los mangos", "director", "Ana Ruiz") in triples
    assert not any("videorecording" in s for s, _, _ in triples)


def test_an_anniversary_headline_names_its_film_and_a_two_tongue_headline_none():
    body = (
        "Ep. 87 — Rafiki at Five: Pink Hair, Cannes and a Ban\n\n"
        "Five years ago this month, Ana Ruiz's Rafiki became the first Kenyan feature to "
        "screen at Cannes. Rafiki runs 83 minutes. We talk about Rafiki and its ban."
    )
    title = "Ep. 87 — Rafiki at Five: Pink Hair, Cannes and a Ban | Reel Equator"
    assert ("Rafiki", "director", "Ana Ruiz") in _triples(_facts(body, title=title))
    body = (
        "Xhirimet mbarojnë në Berat\nFilming wraps in Berat: the town says goodbye\n\n"
        "Shooting on Dritaret (The Windows), Ana Ruiz's period drama, ended last Friday."
    )
    title = "Xhirimet mbarojnë në Berat / Filming wraps in Berat: the town says goodbye"
    triples = _triples(_facts(body, title=title))
    assert not any(s.startswith(("Xhirimet", "Filming")) for s, _, _ in triples)


def test_a_title_in_its_own_tongues_case_glossed_mid_sentence_beats_a_place():
    body = (
        "Xhirimet mbarojnë në Kalaja\nFilming wraps in Kalaja: the quarter says goodbye\n\n"
        "After six weeks, the cables are gone from the cobbles of Kalaja. Shooting on Dritat e "
        "Kalajes (The Lights of Kalaja), director Ana Ruiz's period drama, ended last Friday.\n\n"
        "The Greek cinematographer Nikos Pappas shot every scene from inside the houses. "
        "Teuta Film has already acquired the Albanian rights.\n\n"
        "The last crew this large came for the 2016 comedy Gjeli i Kuq (The Red Rooster), "
        "directed by Jo Park."
    )
    title = "Xhirimet mbarojnë në Kalaja / Filming wraps in Kalaja: the quarter says goodbye"
    triples = _triples(_facts(body, title=title))
    assert {
        ("Dritat e Kalajes", "director", "Ana Ruiz"),
        ("Dritat e Kalajes", "cinematographer", "Nikos Pappas"),
        ("Dritat e Kalajes", "distributor", "Teuta Film"),
        ("Gjeli i Kuq", "director", "Jo Park"),
    } <= triples
    assert not any(s in ("Kalaja", "Kuq") or s.startswith("Shooting") for s, _, _ in triples)


def test_a_record_title_drops_its_year_and_a_glossed_title_dated_is_a_film():
    body = (
        "AT A GLANCE\nFilm: Copper Tide (Marea de cobre), 1968\nDirected by: Ana Ruiz\n"
        "Country: Cuba · Language: Spanish · 97 min\n\n"
        "Ana Ruiz's film keeps the novel's voice.\n\n"
        "Ruiz came back to a book years later with Salt Wind (Viento de sal, 1993), a film "
        "she co-directed with Jo Park."
    )
    triples = _triples(_facts(body, title="Book vs film: Copper Tide"))
    assert ("Copper Tide", "director", "Ana Ruiz") in triples
    assert ("Copper Tide", "duration", None) in triples
    assert ("Salt Wind", "director", "Jo Park") in triples
    assert not any("1968" in s or (o == "Jo Park" and s != "Salt Wind") for s, _, o in triples)


def test_a_logging_sites_title_and_year_and_this_one_set_against_another_film():
    body = (
        "Copper Tide 2005\nDirected by Ana Ruiz · 93 mins · Mongolia · Mongolian\n"
        "Genres: Drama · Average 3.9 ★ (18,412 members)\n\n"
        "Review by mirela_in_oslo ★★★★½\n\n"
        "Ruiz's follow-up to Salt Wind, the documentary she co-directed with Jo Park. This one "
        "is not a documentary, though it looks like one: Lin Mei plays Nansal."
    )
    title = "Copper Tide (2005) review by mirela_in_oslo • Framelog"
    triples = _triples(_facts(body, title=title))
    assert {
        ("Copper Tide", "director", "Ana Ruiz"),
        ("Copper Tide", "cast_member", "Lin Mei"),
        ("Salt Wind", "director", "Jo Park"),
    } <= triples
    facts = _facts(body, title=title)
    scores = {(f.object.value, f.object.best) for f in facts if f.relation.value == "review_score"}
    assert {(Decimal("3.9"), 5), (Decimal("4.5"), 5)} <= scores
    assert not any(
        s.endswith("2005") or (s == "Salt Wind" and o == "Lin Mei") for s, _, o in triples
    )


def test_a_release_note_under_an_entrys_title_heads_no_entry():
    body = (
        "Dear film lover,\n\nThree films are heading to cinemas.\n\n"
        "━━━━━━━━━━\n1. COPPER TIDE (Marea de cobre)\nIn UK & Irish cinemas from 14 June 2024\n"
        "Moldova / Romania · 2023 · 97 min · Romanian with English subtitles\n"
        "Directed by Ana Ruiz\n\n━━━━━━━━━━\n2. SALT HANDS\nIn cinemas from 28 June 2024\n"
        "France · 2024 · 78 min · French · Documentary\nDirected by Jo Park\n"
    )
    triples = _triples(_facts(body, title="Summer at Fennel & Finch: new releases"))
    assert {("Copper Tide", "director", "Ana Ruiz"), ("Salt Hands", "director", "Jo Park")} <= (
        triples
    )
    assert not any(s.startswith("In ") for s, _, _ in triples)


def test_a_film_of_forty_minutes_or_less_is_a_short():
    body = (
        "SATURDAY MORNING SHORTS (age 5+)\nFive shorts from Latvia and Lithuania\n\n"
        "Our favourites this month:\n"
        "• GRANDPA'S KITE (Senelio aitvaras) — Rokas Jurevičius, Lithuania 2023, 12'. "
        "Stop-motion, made with knitted puppets.\n"
        "• SALT YEARS (Soolased aastad) — Ana Ruiz, Estonia 2024, 103'. A family sells its farm.\n"
    )
    facts = _facts(body, title="Kino Pelikāns: this week")
    shorts = {f.subject.name for f in facts if f.object == WorkClass.SHORT_FILM}
    assert shorts == {"Grandpa's Kite"}


def test_animation_said_as_a_genre_is_the_films_class():
    body = "Copper Tide (2023)\nDirected by Ana Ruiz · 84 min\nGenres: Animation, Family\n"
    facts = _facts(body, title="Copper Tide (2023) • Framelog")
    genres = {str(f.object) for f in facts if f.relation.value == "genre"}
    assert any(f.object == WorkClass.ANIMATED_FILM for f in facts)
    assert "family" in genres
    assert "animation" not in genres


def test_a_page_titles_part_the_body_sets_in_capitals_on_its_own_line_is_the_film():
    body = (
        "LAS HIJAS DEL VOLCÁN\nThe Volcano's Daughters\nUna película de Ana Ruiz\n\n"
        "Inicio · Sinopsis / About · Funciones / Screenings\n\n"
        "Dirección / Director\nAna Ruiz\n\nFotografía / Cinematography\nJo Park\n\n"
        "FUNCIONES / SCREENINGS\nFecha / Date | Evento / Event | Nota / Note\n"
        "7 jun 2025 | Festival de Lima (Perú) | Estreno mundial / World premiere\n"
    )
    title = "Las hijas del volcán — Sitio oficial | Official site"
    triples = _triples(_facts(body, title=title))
    assert {
        ("Las hijas del volcán", "director", "Ana Ruiz"),
        ("Las hijas del volcán", "cinematographer", "Jo Park"),
    } <= triples


def test_an_essays_title_around_a_makers_film_is_no_fuller_title():
    body = (
        "Panel 4B: Documentary and the Past\n"
        "Clay, Voice, Absence: Reconstruction as Ethics in Ana Ruiz's The Missing Reel\n"
        "Dr Jo Park, Hallbrook University\n\n"
        "Ana Ruiz's documentary The Missing Reel (2013) recounts her childhood. Marc Marder wrote "
        "the score."
    )
    title = (
        "Clay, Voice, Absence: Reconstruction as Ethics in Ana Ruiz's The Missing Reel — "
        "Conference abstract"
    )
    triples = _triples(_facts(body, title=title))
    assert ("The Missing Reel", "composer", "Marc Marder") in triples
    assert not any(s.startswith("Reconstruction") for s, _, _ in triples)


def test_the_makers_name_under_an_entrys_title_heads_no_entry_of_its_own():
    body = (
        "IFFR 2025 · Programme › Tiger Competition › Copper Pass\n\n"
        "COPPER PASS\nभन्ज्याङको छाया (Bhanjyangko Chhaya)\n\n"
        "Ana Ruiz\nNepal, France · 2025 · 104' · DCP · colour\n"
        "Nepali, French · English subtitles\n\n"
        "SYNOPSIS\nA porter carries loads on the trail to a pass.\n\n"
        "CREDITS\nDirector\nAna Ruiz\nCinematography\nJo Park\n"
    )
    triples = _triples(_facts(body, title="Copper Pass | Tiger Competition | IFFR 2025"))
    assert {
        ("Copper Pass", "director", "Ana Ruiz"),
        ("Copper Pass", "cinematographer", "Jo Park"),
    } <= (triples)
    assert not any(s == "Ana Ruiz" for s, _, _ in triples)


def test_a_film_with_a_long_running_time_is_no_short_for_a_short_one_misread():
    body = (
        "Copper Tide is a 2019 Vietnamese film directed by Ana Ruiz. The film is in Vietnamese "
        "and runs 103 minutes.\n\nIn 2021 Ruiz also directed Cá linh, a 12-minute animated "
        "short made with paper cut-outs, which was commissioned for a festival."
    )
    facts = _facts(body, title="Copper Tide (2019)")
    assert not any(
        f.subject.name == "Copper Tide" and f.object == WorkClass.SHORT_FILM for f in facts
    )


def test_the_title_a_page_glosses_is_its_film_over_the_gloss_it_writes_more():
    # the gloss comes back in the original title field and the FAQ, and counts one more
    body = (
        "CINEMA ADA · KADIKÖY\n\n"
        "DEMİR KÖPRÜ\n(Le Pont de fer · Iron Bridge)\n\n"
        "Özgün adı (Original title): Le Pont de fer\n"
        "Yönetmen (Director): Ana Ruiz\n"
        "Süre (Running time): 97 dk. (97 min.)\n\n"
        "Konusu (Synopsis)\n"
        "Eski bir köprüde çalışan Zohra, belediyenin yıkım kararına karşı mahalleyi ayağa "
        "kaldırır. Oğlu Hédi ise binayı satmak ister.\n\n"
        'SSS (FAQ): Film, 2009 tarihli "Le Pont de fer" romanından uyarlanmamıştır.\n\n'
        "Ayrıca vizyonda (Also showing)\n\n"
        "KÜÇÜK AYI MİŞA (Misha the Little Bear) — Animasyon (Animation) · 81 dk. · Rusya\n"
    )
    facts = _facts(body, title="Demir Köprü (Le Pont de fer) — Sinema Ada | Vizyondakiler")
    triples = _triples(facts)
    assert ("Demir Köprü", "director", "Ana Ruiz") in triples
    assert _runtimes(facts) == {("Demir Köprü", 97), ("Küçük Ayı Mişa", 81)}
    assert not any(s in ("Le Pont de fer", "Konusu") for s, _, _ in triples)
    assert not any(o and o.startswith("Oğlu") for _, _, o in triples)


def test_a_shows_film_of_the_week_named_once_is_the_film_over_the_shows_name():
    body = (
        "THE REEL HOUR · Friday 24 November 2023 · Part 2 of 3\n"
        "Transcript generated automatically. HOST: Ana Ruiz. CRITIC: Jo Park.\n\n"
        "HOST: Welcome back to The Reel Hour. Our film of the week isn't a blockbuster. It's a "
        "documentary that has been filling small screens since October: Sauna Girls, "
        "in Latvian Vara sievietes. Jo, set it up for us.\n\n"
        "CRITIC: So this is the first feature from Mara Liepa. It's ninety minutes long.\n\n"
        "HOST: Who's behind the camera?\n\nCRITIC: Tom Berg shot it.\n\n"
        "HOST: Thanks. After the news, more from The Reel Hour. Transcripts may contain errors."
    )
    facts = _facts(body, title="Transcript: The Reel Hour, 24 November 2023 (part 2)")
    triples = _triples(facts)
    assert {
        ("Sauna Girls", "director", "Mara Liepa"),
        ("Sauna Girls", "cinematographer", "Tom Berg"),
    } <= triples
    assert _runtimes(facts) == {("Sauna Girls", 90)}


def test_a_makers_film_named_in_passing_is_a_film_of_its_own_with_its_director():
    body = (
        "Copper Tide is a 2019 film directed by Ana Ruiz. Among the films it beat were Tom "
        "Berg's Salt Lantern and Mara Liepa's Kestrel, both nominated for Best Picture.\n\n"
        "There are echoes of Jo Park's Ponyo in the drowned streets. It played in the Cannes "
        "Critics' Week, like Lena Holm's Auschwitz drama, and was shown with Karl Dahl's No "
        "Man's Land.\n\nUdo Kier as Michael leads the visitors; Rui Sala's Pacote, a former "
        "gunman, stands up to them.\n\nIt screened after Grandma Ising's Long Boat in the "
        "same slot."
    )
    triples = _triples(_facts(body, title="Copper Tide (2019)"))
    assert {
        ("Salt Lantern", "director", "Tom Berg"),
        ("Kestrel", "director", "Mara Liepa"),
        ("Ponyo", "director", "Jo Park"),
    } <= triples
    subjects = {s for s, _, _ in triples}
    assert not subjects & {"Week", "Auschwitz", "No Man", "Pacote", "Long Boat"}


def test_a_winners_starred_line_with_its_country_and_director_heads_its_own_entry():
    body = (
        "WINNERS\n\n★ Lagos Lullaby (Nigeria) – dir. Chidi Okafor\n"
        "★ Salt River (Ghana) – dir. Ama Owusu\n\n"
        "Nominees: Static Birds (Latvia, dir. Elīna Zariņa); Ferry to Nowhere (Sweden, dir. "
        "Jonas Berg)\n\nThe jury praised both winners."
    )
    triples = _triples(_facts(body, title="Awards 2024"))
    assert {
        ("Lagos Lullaby", "director", "Chidi Okafor"),
        ("Salt River", "director", "Ama Owusu"),
        ("Salt River", "country_of_origin", "Ghana"),
        ("Ferry to Nowhere", "country_of_origin", "Sweden"),
    } <= triples
    assert not any(s.startswith("★") or s == "Nowhere" for s, _, _ in triples)


def test_a_german_press_releases_quoted_title_is_the_film_over_its_fact_box_headings():
    body = (
        "Filmwelle Verleih · Presse · Filme · Kontakt\n\nPRESSEMITTEILUNG\nHamburg, 22. April "
        '2025\n\n„Die Stille nach dem Eis" (Tyla po ledo)\nDas Drama von Ana Ruiz startet im '
        'Juni.\n\n„Die Stille nach dem Eis" basiert auf einem Roman.\n\nFAKTEN\nGenre: Drama\n'
        "Laufzeit: 108 Minuten\n\nSTAB\nRegie: Ana Ruiz\nKamera: Jo Park\n\nDARSTELLER\n"
        "Mara Liepa – Aldona\n"
    )
    facts = _facts(body, title='Pressemitteilung: „Die Stille nach dem Eis" ab 5. Juni im Kino')
    triples = _triples(facts)
    assert {
        ("Die Stille nach dem Eis", "director", "Ana Ruiz"),
        ("Die Stille nach dem Eis", "cinematographer", "Jo Park"),
    } <= triples
    assert not {s for s, _, _ in triples} & {"Fakten", "FAKTEN", "Stab", "Pressemitteilung"}


def test_an_actors_filmography_table_gives_each_film_her_part_and_its_notes():
    facts = _facts(
        "Ilona Varga\n\n"
        "Ilona Varga (born 3 March 1990 in Pécs) is a Hungarian film actress.\n\n"
        "Film\n\n"
        "| Year | Title | Role | Notes |\n"
        "|---|---|---|---|\n"
        "| 2012 | Sóvirág | Eszter | Short film |\n"
        "| 2016 | A néma kert | Judit | Golden Reel Award for Best Actress |\n"
        "| 2020 | Téli fecskék | Anna (voice) | Nominated – Golden Reel Award for Best Actress |"
        "\n\n"
        "Television\n\n"
        "| Year | Title | Role | Notes |\n"
        "|---|---|---|---|\n"
        "| 2018 | Határsáv | Kata Fodor | 12 episodes |\n",
        title="Ilona Varga – Filmwiki",
    )
    got = _triples(facts)
    assert ("Sóvirág", "cast_member", "Ilona Varga") in got
    assert ("Sóvirág", "character", "Eszter") in got
    assert ("Sóvirág", "instance_of", "SHORT_FILM") in got
    assert ("A néma kert", "award_received", "Golden Reel Award for Best Actress") in got
    assert ("A néma kert", "instance_of", "FILM") in got
    assert ("Téli fecskék", "character", "Anna") in got
    assert ("Téli fecskék", "nominated_for", "Golden Reel Award for Best Actress") in got
    assert ("Határsáv", "instance_of", "TV_SERIES") in got
    assert ("Határsáv", "character", "Kata Fodor") in got
    # the actress is no film of her page
    assert not any(s == "Ilona Varga" for s, _, _ in got)


def test_a_glossed_title_whose_world_premiere_opens_the_text_is_its_film():
    facts = _facts(
        "FILM TRIPS · AFRICA\n\n"
        "When O Último Comboio de Benguela (The Last Train from Benguela) had its world "
        "premiere in Rotterdam, everyone asked about the cliff. Nelson Kiame's 126-minute "
        "historical drama follows a nurse home, and Kianda Filmes of Luanda made it. I "
        "followed it from the coast.\n\n"
        "1. Luanda – Ilha do Cabo\n"
        "The opening scenes were shot on the Ilha.\n\n"
        "2. Lobito – the Restinga\n"
        "The night market scenes were filmed in Lobito.\n\n"
        "3. Huambo – the old station\n"
        "The station scenes were filmed here. Luanda's crews came by train.\n",
        title="A road trip through Angola's film locations",
    )
    got = _triples(facts)
    assert ("O Último Comboio de Benguela", "director", "Nelson Kiame") in got
    assert not any(s == "Luanda" for s, _, _ in got)


def test_a_bilingual_programme_reads_each_entry_and_the_english_side_of_its_values():
    facts = _facts(
        "RETROSPEKTIVA / RETROSPECTIVE\n\n"
        "Kinoteka rejissyor Aziz Karimovning filmlarini namoyish etadi.\n\n"
        "Qo'l (The Hand)\n"
        "1981 · SSSR / USSR · 104 daq. / min\n"
        "Rejissyor / Director: Aziz Karimov\n"
        "Seans / Screening: 11.02, 19:00\n\n"
        "Tungi bog' (Night Garden) — YOPILISH / CLOSING NIGHT\n"
        "1998 · O'zbekiston / Uzbekistan · 101 daq. / min · rangli / colour\n"
        "Rejissyor / Director: Aziz Karimov\n"
        "Til / Language: o'zbek, rus / Uzbek, Russian\n"
        "Mavzular / Themes: ekologiya / ecology\n",
        title="Retrospektiva / Retrospective",
    )
    got = _triples(facts)
    assert ("Qo'l", "director", "Aziz Karimov") in got
    assert ("Tungi bog'", "director", "Aziz Karimov") in got
    assert ("Tungi bog'", "country_of_origin", "Uzbekistan") in got
    assert ("Tungi bog'", "original_language", "Russian") in got


def test_a_studios_table_in_french_gives_each_title_its_maker_company_class_and_notes():
    facts = _facts(
        "20 ANS D'ANIMATION\n\n"
        "Below is every animated film Studio Baobab Anim has produced. All are Senegalese "
        "productions.\n\n"
        "Année | Titre | Réalisation | Notes\n"
        "2006 | Les Pirogues | Awa Ndiaye | Notre premier long métrage, 78 min.\n"
        "2012 | Petit Vent | Ousmane Fall | Court métrage, 9 min. (Short film.)\n"
        "2021 | Le Griot | Awa Ndiaye | Comédie musicale, 91 min.[3]\n",
        title="Rétrospective | Studio Baobab Anim",
    )
    got = _triples(facts)
    assert ("Les Pirogues", "director", "Awa Ndiaye") in got
    assert ("Petit Vent", "instance_of", "SHORT_FILM") in got
    assert ("Le Griot", "instance_of", "ANIMATED_FILM") in got
    assert ("Le Griot", "production_company", "Studio Baobab Anim") in got
    assert ("Petit Vent", "country_of_origin", "Senegal") in got
    assert ("Le Griot", 91) in _runtimes(facts)


def test_every_film_a_person_has_made_gives_no_company():
    facts = _facts(
        "Almost every film Ana Ruiz Vidal has made has water in it.\n\n"
        "Year | Title | Director\n"
        "2006 | Les Pirogues | Ana Ruiz Vidal\n"
        "2012 | Petit Vent | Ana Ruiz Vidal\n"
        "2021 | Le Griot | Ana Ruiz Vidal\n",
        title="Retrospective",
    )
    assert not any(r == "production_company" for _, r, _ in _triples(facts))


def test_an_interviews_pull_quote_is_no_film_and_the_film_in_question_is():
    facts = _facts(
        '"A drum that sounds like rain on a roof": Ana Ruiz on scoring La hora del sapo\n\n'
        "Ana Ruiz answers the call from a borrowed studio. The film in question is La hora "
        "del sapo (The Hour of the Toad), Jo Park's drama about a widow. It had its world "
        "premiere at the Berlinale on 16 February 2025. The film runs 103 minutes.\n",
        title='"A drum that sounds like rain on a roof": Ana Ruiz on scoring La hora del sapo',
    )
    assert ("La hora del sapo", 103) in _runtimes(facts)
    assert not any(s.startswith("A drum") for s, _, _ in _triples(facts))


def test_a_shortlist_by_country_gives_each_title_its_country_and_a_jury_by_country_none():
    facts = _facts(
        "Hive is one of 15 films still in the running.\n\n"
        "The shortlist, by country:\n\n"
        "- Austria – Great Freedom\n"
        "- Finland – Compartment No. 6\n"
        "- Iceland – Lamb\n"
        "- Japan – Drive My Car\n"
        "- Kosovo – Hive\n"
        "- Panama – Plaza Catedral\n\n"
        "The jury, by country:\n\n"
        "- Chile – Ana Ruiz Vidal\n"
        "- Peru – Jorge Salas\n"
        "- Cuba – Marta Ibáñez\n",
        title="Kosovo's Hive makes the shortlist",
    )
    got = _triples(facts)
    assert ("Great Freedom", "country_of_origin", "Austria") in got
    assert ("Compartment No. 6", "country_of_origin", "Finland") in got
    assert ("Hive", "country_of_origin", "Kosovo") in got
    assert not any(s == "Ana Ruiz Vidal" for s, _, _ in got)


def test_a_cinemas_entries_by_title_certificate_and_runtime_hold_their_own_facts():
    facts = _facts(
        "Accessible Screenings – March 2025\n\n"
        "Every month we programme captioned and relaxed screenings.\n\n"
        "Salt Water (Big Water) — 12A — 101 mins\n"
        "CC: Tue 11 March, 18:00\n"
        "Ana Ruiz's debut feature follows a teacher across the flood.\n\n"
        "Copper Tide 2 — PG — 103 mins\n"
        "RELAXED: Sat 8 March, 10:30\n"
        "Jo Park's much-loved film returns for a Saturday morning show.\n",
        title="Accessible Screenings – March 2025 | Lantern Picturehouse",
    )
    got = _triples(facts)
    assert ("Salt Water", "director", "Ana Ruiz") in got
    assert ("Copper Tide 2", "director", "Jo Park") in got
    assert ("Copper Tide 2", 103) in _runtimes(facts)


def test_a_diarys_hourly_entries_hold_their_own_facts_and_a_correction_takes_back_a_runtime():
    facts = _facts(
        "Busan diary, day two\n\n"
        "Three films and one typhoon warning.\n\n"
        "9:30 — Sa Ilalim ng Dagat (Under the Sea)\n"
        "Philippines · dir. Ana Ruiz · 112 min · New Currents · ★★★★\n\n"
        "Ana Ruiz's first feature is a family drama set on Samar.\n\n"
        "17:30 — Copper Tide\n"
        "Japan · dir. Jo Park · 98 min · Open Cinema · ★★½\n\n"
        "It is lovely to look at and far too long.\n\n"
        "Correction: Copper Tide runs 95 minutes, not 98 as I first wrote above.\n",
        title="Busan diary, day two: Copper Tide and a wet ferry",
    )
    got = _triples(facts)
    assert ("Sa Ilalim ng Dagat", "director", "Ana Ruiz") in got
    assert ("Sa Ilalim ng Dagat", 112) in _runtimes(facts)
    assert ("Copper Tide", "director", "Ana Ruiz") not in got
    assert ("Copper Tide", 95) in _runtimes(facts)
    assert ("Copper Tide", 98) not in _runtimes(facts)


def test_a_year_lists_ranked_and_labelled_picks_give_their_stars_to_their_own_films():
    facts = _facts(
        "My year in films\n\n"
        "MY TOP THREE\n\n"
        "1. Copper Tide ★★★★★\n"
        "Ana Ruiz's period drama premiered at Cannes.\n\n"
        "2. Salt Wind ★★★★½\n"
        "Jo Park wrote and directed this, and I am still not over it.\n\n"
        "Biggest disappointment: Night Ferry ★★. Tom Ek's film has Mia Lund as Alice, who "
        "deserved better.\n",
        title="My year in films: numbers and my top three",
    )
    got = _triples(facts)
    assert ("Salt Wind", "director", "Jo Park") in got
    assert ("Night Ferry", "cast_member", "Mia Lund") in got
    assert ("Copper Tide", "cast_member", "Mia Lund") not in got
    assert _scores(facts) == {("Copper Tide", "5"), ("Salt Wind", "4.5"), ("Night Ferry", "2")}


def test_a_release_calendars_headline_and_parts_are_no_films():
    facts = _facts(
        "Disc Diary: DVD and Blu-ray releases, March 2025\n"
        "Updated 12 March 2025.\n\n"
        "Date | Title | Label | Format\n"
        "Mon 3 Mar | Salt Wind (UK, 2024) | Fieldnote Home Video | DVD\n"
        "Mon 24 Mar | Copper Tide (Qatar, 2024) | Tidewell Editions | Blu-ray, DVD\n\n"
        "PICK OF THE MONTH\n"
        "Copper Tide (Al-Bahr)\n"
        "Ana Ruiz's debut film had its world premiere at the Ajyal Film Festival on "
        "17 November 2024.\n"
        "Running time: 94 mins · Language: Arabic, English subtitles · Region B\n\n"
        "ALSO OUT THIS MONTH\n"
        "Salt Wind — Jo Park's documentary about copper miners, 79 mins. Out now.\n",
        title="Disc Diary: DVD and Blu-ray releases, March 2025",
    )
    subjects = {f.subject.name for f in facts}
    assert not any("Disc Diary" in name or "Also Out" in name for name in subjects)
    assert ("Copper Tide", 94) in _runtimes(facts)
    assert ("Salt Wind", 79) in _runtimes(facts)


def test_a_debut_film_that_stars_is_the_film_at_hand_and_to_film_is_a_verb():
    facts = _facts(
        "Copper Tide is a 2023 film.\n\n"
        "Ana Ruiz's debut film, a quiet drama she wrote with Jo Park, stars Salem Al-Marri as "
        "Rashid, a pearl diver, and Huda Al-Kubaisi as Maryam, the granddaughter who wants to "
        "film him. Sandline Pictures gave it a small UK cinema release in June.\n",
        title="Copper Tide review",
    )
    got = _triples(facts)
    assert ("Copper Tide", "cast_member", "Salem Al-Marri") in got
    assert ("Copper Tide", "cast_member", "Huda Al-Kubaisi") in got
    assert ("Copper Tide", "character", "Maryam") in got
    assert ("Copper Tide", "distributor", "Sandline Pictures") in got
    assert not any(s == "Maryam" for s, _, _ in got)


def test_on_a_sequels_page_the_sequel_is_the_film_and_a_reprised_part_is_its_own():
    facts = _facts(
        "Copper Tide II is a 2022 Chadian drama film directed by Ana Ruiz. A sequel to "
        "Ruiz's Copper Tide (2018), it finds the ferryman ten years on. Jo Park reprises his "
        "role as Moussa from the first film; Mia Lund appears as the customs officer Béchir.\n\n"
        "Copper Tide grossed 85 million CFA francs (XAF) in Central African cinemas. The sequel "
        "received the same festival's Best Screenplay award in 2023; its own takings are "
        "reported to have passed 120 million CFA francs.\n",
        title="Copper Tide II — FilmPedia",
    )
    got = _triples(facts)
    assert ("Copper Tide II", "cast_member", "Jo Park") in got
    assert ("Copper Tide II", "character", "Béchir") in got
    assert ("Copper Tide II", "award_received", "Best Screenplay") in got
    grosses = {
        (f.subject.name, str(f.object.amount), f.object.currency)
        for f in facts
        if f.relation.value == "box_office"
    }
    assert grosses == {("Copper Tide", "85000000", "XAF")}


def test_letters_page_a_quoted_complaint_is_no_title_and_the_papers_corrected_claim_is_dropped():
    facts = _facts(
        'Our review of "Copper Tide" (Culture, 19 March) brought much post.\n\n'
        'Your reviewer complained that the film "runs a punishing two hours". It does not. '
        "The distributor's press sheet gives the running time as 96 minutes.\n\n"
        "Editor's note: Our review of 19 March stated that Copper Tide was produced by Studio "
        "Lemur. The film was produced by Ravo Films. We apologise for the error.\n",
        title='Letters: "Copper Tide" divides our readers',
    )
    got = _triples(facts)
    assert ("Copper Tide", 96) in _runtimes(facts)
    assert ("Copper Tide", "production_company", "Ravo Films") in got
    assert ("Copper Tide", "production_company", "Studio Lemur") not in got


def test_a_bilingual_record_reads_its_tongues_own_names_glossed_themes_and_a_decimal_comma():
    facts = _facts(
        "Copper Tide (2021)\n"
        "Colombia · 97 min · Drama\n\n"
        "Ficha técnica / Credits\n"
        "Dirección (Director): Ana Ruiz\n"
        "Idioma (Language): español\n"
        "Temas / Themes: duelo (grief), memoria (memory)\n\n"
        "Valoración de usuarios / User rating: 7,4/10 (1.283 votos)\n\n"
        "──────────────\n"
        "DATOS / TECHNICAL DATA\n"
        "──────────────\n"
        "País / Country: Colombia, Peru\n",
        title="Copper Tide (2021) – Ficha técnica | CineBase",
    )
    got = _triples(facts)
    assert ("Copper Tide", "original_language", "Spanish") in got
    assert {o for s, r, o in got if r == "main_subject"} == {"grief", "memory"}
    assert _scores(facts) == {("Copper Tide", "7.4")}
    assert ("Copper Tide", "country_of_origin", "Peru") in got
    assert not any(s == "Datos" for s, _, _ in got)


def test_a_romanian_record_reads_its_labels_alone_on_their_lines_and_its_rows_are_no_titles():
    facts = _facts(
        "Copper Tide\n"
        "Titlu original: Kobberflod\n\n"
        "Regia\nAna Ruiz\n\n"
        "Scenariul\nAna Ruiz, Jo Park\n\n"
        "Imaginea\nTom Ek\n\n"
        "Muzica\nMia Lund\n\n"
        "Țara: Norvegia\n"
        "Limba: norvegiană (subtitrare în limba română)\n"
        "Durata: 128 min\n",
        title="Copper Tide (Kobberflod) – Cinema Zefir",
    )
    got = _triples(facts)
    assert ("Copper Tide", "director", "Ana Ruiz") in got
    assert ("Copper Tide", "screenwriter", "Jo Park") in got
    assert ("Copper Tide", "cinematographer", "Tom Ek") in got
    assert ("Copper Tide", "composer", "Mia Lund") in got
    assert ("Copper Tide", 128) in _runtimes(facts)


def test_a_pages_parts_in_capitals_are_no_films_a_reviews_word_a_fact_box_an_episode_mark():
    review = _facts(
        "RECENSION\n"
        "Bergens tystnad – en tyst film\n\n"
        "Bergens tystnad (Khomūshii kūhho)\n"
        "Regi: Farrukh Nazarov\n"
        "Längd: 1 tim 52 min\n",
        title="Recension: Bergens tystnad – en tyst film",
    )
    assert "Recension" not in {f.subject.name for f in review}
    sheet = _facts(
        "FILM CLUB – WORKSHEET 7\n\n"
        "COPPER TIDE (Kobberflod)\n\n"
        "FACT BOX\n"
        "Director:        Ana Ruiz\n"
        "Running time:    130 minutes\n\n"
        "PART B – BACKGROUND READING\n"
        "The film was first shown at the Montreal World Film Festival in August 2008.\n",
        title="Film Club Worksheet 7 – Copper Tide (Kobberflod, 2008)",
    )
    subjects = {f.subject.name for f in sheet}
    assert ("Copper Tide", 130) in _runtimes(sheet)
    assert not subjects & {"Fact Box", "Part B – Background Reading"}
    blog = _facts(
        "I rewatched all three films back to back.\n\n"
        "EPISODE 1 — COPPER TIDE (2015)\n"
        "Ana Ruiz's first film. My rating: ★★★★☆ (4/5)\n\n"
        "EPISODE 2 — COPPER TIDE II: THE FALAJ (2018)\n"
        "Ruiz again. My rating: ★★★☆☆ (3/5)\n",
        title="The Copper Tide trilogy, one film at a time",
    )
    assert _scores(blog) == {("Copper Tide", "4"), ("Copper Tide II: The Falaj", "3")}


def test_a_colon_title_over_its_one_word_rows_still_heads_its_entry():
    facts = _facts(
        "What to stream in February\n\n"
        "Quipu: The Knot Keepers\n"
        "Director: Ana Ruiz · 90 min\n"
        "A Peruvian animated adventure.\n\n"
        "Sisu: Night Ferry\n"
        "Director: Jo Park · 101 min\n"
        "A Finnish crime comedy.\n",
        title="What to stream in February",
    )
    got = _triples(facts)
    assert ("Quipu: The Knot Keepers", "director", "Ana Ruiz") in got
    assert ("Sisu: Night Ferry", "director", "Jo Park") in got


def test_a_soundtracks_liner_notes_keep_the_film_apart_from_the_album():
    facts = _facts(
        "COPPER TIDE · WINTER SONG\n"
        "Original Motion Picture Soundtrack\n"
        "Music by Tomas Berg\n\n"
        "TRACKS / TREKEBI\n"
        "1. Copper Tide (Winter Song) – Main Title ........ 3:42\n"
        "2. Levanis tsasvla (Levan Leaves) ................ 7:12\n"
        "3. Ushgulis gza (The Road) ....................... 4:15\n\n"
        "PERFORMERS / SHEMSRULEBLEBI\n"
        "Tbilisi Chamber Strings, conducted by Davit Kiknadze\n"
        "Recorded in Tbilisi in 2023. Album produced by Davit Abuladze.\n\n"
        "THE FILM / PILMI\n"
        "Director: Ana Ruiz\n"
        "Cast: Jo Park (Levan), Eka Kobakhidze (Tinatin)\n"
        "Running time: 118 min\n\n"
        "NOTES\n"
        '"It is a film about exile, even when you have only moved a little," Ruiz says. '
        "The bonus track comes from Berg's score for Sand Lake (The Lake), Ruiz's 2018 "
        "short film.\n",
        title="Copper Tide (Winter Song) – Original Motion Picture Soundtrack – liner notes",
    )
    got = _triples(facts)
    assert {f.subject.name for f in facts} - {"Sand Lake"} == {"Copper Tide"}
    assert ("Copper Tide", "director", "Ana Ruiz") in got
    assert ("Copper Tide", "character", "Levan") in got
    assert ("Copper Tide", "main_subject", "exile") in got
    assert ("Sand Lake", "composer", "Tomas Berg") in got
    assert not {t for t in got if t[1] == "producer"}


def test_a_members_poll_table_gives_each_film_its_maker_kind_and_average():
    facts = _facts(
        "MEMBERS' CHOICE 2024: YOUR TOP FILMS OF THE YEAR\n\n"
        "Rank | Film | Votes | Avg. member rating\n"
        "1 | Copper Tide (Chile, dir. Ana Ruiz) | 412 | 4.6/5\n"
        "2 | Salt Wind (France, animated, dir. Jo Park) | 276 | 4.3/5\n"
        "3 | Ninety Winters (Norway, documentary, dir. Sigrid Holm) | 254 | 4.2/5\n\n"
        "A note on Ninety Winters: Sigrid Holm won Best Director at Tromsø for it.\n",
        title="Members' Choice 2024 – the results | Ashcombe Arts Cinema",
    )
    got = _triples(facts)
    assert ("Salt Wind", "director", "Jo Park") in got
    assert ("Salt Wind", "country_of_origin", "France") in got
    assert ("Salt Wind", "instance_of", "ANIMATED_FILM") in got
    assert ("Ninety Winters", "instance_of", "DOCUMENTARY_FILM") in got
    assert ("Copper Tide", "4.6") in _scores(facts)
    assert ("Ninety Winters", "award_received", "Best Director") in got
    assert "Ninety Winters: Sigrid Holm" not in {f.subject.name for f in facts}


def test_a_spanish_touring_programme_gives_makers_kinds_premieres_and_prizes():
    facts = _facts(
        "SOBRE LAS PELÍCULAS / ABOUT THE FILMS\n\n"
        "Copper Tide (2023)\n"
        "Dirección: Ana Ruiz. Drama argentino, 96 min. Estreno mundial el 20 de abril de 2023 "
        "en el Buenos Aires Festival Internacional de Cine Independiente (BAFICI), donde ganó "
        "el Premio del Público.\n"
        "Directed by Ana Ruiz; a 96-minute drama that premiered at BAFICI.\n\n"
        "Salt Wind (2022)\n"
        "Cortometraje animado de Tomás Ilari, 9 min. Sin diálogos.\n\n"
        "Relatos salvajes (2014)\n"
        "Película de Damián Szifron, 122 min. Fue nominada al Oscar a la mejor película de "
        "habla no inglesa.\n",
        title="Gira Otoño 2024 – Fechas y películas | Cine Rodante del Litoral",
    )
    got = _triples(facts)
    festival = "Buenos Aires Festival Internacional de Cine Independiente"
    assert ("Copper Tide", "premiere", festival) in got
    assert not {t for t in got if t[1] == "premiere" and t[2] != festival}
    assert ("Copper Tide", "2023-04-20") in _dates(facts)
    assert ("Copper Tide", "award_received", "Premio del Público") in got
    assert ("Salt Wind", "director", "Tomás Ilari") in got
    assert ("Salt Wind", "instance_of", "SHORT_FILM") in got
    assert ("Salt Wind", "instance_of", "ANIMATED_FILM") in got
    assert ("Relatos salvajes", "director", "Damián Szifron") in got
    oscar = "Oscar a la mejor película de habla no inglesa"
    assert ("Relatos salvajes", "nominated_for", oscar) in got


def test_a_spanish_review_keeps_its_lower_case_title_and_reads_como_for_a_part():
    facts = _facts(
        "La Ceiba no duerme (2024)\n"
        "Dirección: Óscar Maradiaga\n"
        "Duración: 101 min\n\n"
        "Yesenia trabaja de noche en el muelle de La Ceiba. Maradiaga filma el puerto con "
        "paciencia, y Kevin Arzú, como el policía Darwin, está perfecto en su silencio. "
        "Ana Ruiz, como Pedro Almodóvar, es una directora de actrices.\n",
        title="Reseña de mariela_tgu: La Ceiba no duerme (2024) · Cinelog",
    )
    got = _triples(facts)
    assert {f.subject.name for f in facts} == {"La Ceiba no duerme"}
    assert ("La Ceiba no duerme", "cast_member", "Kevin Arzú") in got
    assert ("La Ceiba no duerme", "character", "Darwin") in got
    assert not {t for t in got if t[2] in ("Ana Ruiz", "Pedro Almodóvar")}


def test_an_inflight_listing_reads_a_nationality_before_the_kind_of_film():
    facts = _facts(
        "NOW SHOWING ON YOUR SCREEN\n\n"
        "Copper Tide (2024)\n"
        "Azerbaijani drama · 1h 52m · 12+\n"
        "Director: Ana Ruiz\n\n"
        "Salt Wind (2025)   NEW THIS WEEK\n"
        "Kazakh road movie · 1h 31m · 15+\n"
        "Director: Jo Park\n",
        title="Caspiana SkyCinema – March 2025",
    )
    got = _triples(facts)
    assert ("Copper Tide", "country_of_origin", "Azerbaijan") in got
    assert ("Salt Wind", "country_of_origin", "Kazakhstan") in got
    assert ("Salt Wind", "director", "Jo Park") in got
    assert ("Salt Wind", 91) in _runtimes(facts)
    genres = {(f.subject.name, str(f.object)) for f in facts if f.relation.value == "genre"}
    assert {("Copper Tide", "drama"), ("Salt Wind", "road movie")} <= genres


def test_a_studio_slate_reads_each_glossed_title_under_its_stage_label():
    facts = _facts(
        "Kras Film Studio unveils its slate\n\n"
        "ALREADY OUT\n"
        "Senca nad Sočo (Shadow over the Soča)\n"
        "Urša Zupanc's 109-minute Slovenian thriller had its world premiere at the Festival of "
        "Slovenian Film on 18 September 2024. Matej Rozman stars as Tomaž.\n\n"
        "IN POST-PRODUCTION\n"
        "Jezero (The Lake)\n"
        "Gregor Bizjak directs this adaptation of Marjeta Kos's 2018 novel Tiha voda; Nina Pirc "
        "leads the cast.\n\n"
        "IN DEVELOPMENT\n"
        "Zmajček Luka (Luka the Little Dragon)\n"
        "An animated feature for families, directed by Petra Žnidaršič, with a modest budget.\n",
        title="Kras Film Studio unveils 2025–26 slate: a lake, a dragon and the last miner",
    )
    got = _triples(facts)
    assert ("Senca nad Sočo", "director", "Urša Zupanc") in got
    assert ("Senca nad Sočo", "cast_member", "Matej Rozman") in got
    assert ("Jezero", "director", "Gregor Bizjak") in got
    assert ("Zmajček Luka", "director", "Petra Žnidaršič") in got


def test_a_festival_daily_learns_a_sentence_case_title_from_its_english_gloss():
    facts = _facts(
        "FESTIVAL DAILY\n\n"
        "PREMIERE REPORT\n\n"
        "There were ponchos in the hall on Monday night. Los hijos del granizo (The Children "
        "of the Hail), the first feature by Wara Condori, had its world premiere in the Main "
        "Competition on 14 October 2024.\n\n"
        "Los hijos del granizo is produced by Altiplano Cine.\n",
        title="Festival Daily, Day 5",
    )
    got = _triples(facts)
    assert ("Los hijos del granizo", "2024-10-14") in _dates(facts)
    assert ("Los hijos del granizo", "production_company", "Altiplano Cine") in got
    assert "Premiere Report" not in {f.subject.name for f in facts}


def test_a_press_kits_production_parts_are_no_films():
    facts = _facts(
        "ABOUT THE PRODUCTION\n\n"
        "Financing\n"
        "Copper Tide was backed by a regional fund.\n\n"
        "Heads of department\n"
        "Director of photography: Yaw Boateng\n"
        "Editor: Anneli Virtanen\n"
        "Original music: Kobina Arthur\n"
        "Production design: Abena Owusu\n\n"
        "Technical details\n"
        "Running time: 108 minutes\n",
        title="Copper Tide – Press Kit – About the Production",
    )
    subjects = {f.subject.name for f in facts}
    assert "Copper Tide" in subjects
    assert not subjects & {"Financing", "Heads of department", "Heads of Department"}
    assert ("Copper Tide", 108) in _runtimes(facts)
    assert ("Copper Tide", "editor", "Anneli Virtanen") in _triples(facts)


def test_a_newsletters_masthead_is_no_film_and_its_glossed_title_is_the_page_film():
    facts = _facts(
        "LNIFF DAILY\n"
        "The official newsletter of the Lago Norte International Film Festival\n"
        "Issue 5\n\n"
        "There were ponchos in the hall on Monday night. Los hijos del granizo (The Children "
        "of the Hail), the first feature by Bolivian director Wara Condori, had its world "
        "premiere on 14 October 2024.\n\n"
        "The 97-minute drama follows Don Eusebio (Fidel Mamani), a farmer. Condori wrote the "
        "script with Mauricio Peñaranda.\n\n"
        "Los hijos del granizo is produced by Altiplano Cine.\n",
        title="LNIFF Daily, Day 5: Hail on the Altiplano",
    )
    subjects = {f.subject.name for f in facts}
    assert not subjects & {"LNIFF DAILY", "Lniff Daily", "Daily"}
    got = _triples(facts)
    assert ("Los hijos del granizo", "director", "Wara Condori") in got
    assert ("Los hijos del granizo", "screenwriter", "Mauricio Peñaranda") in got
    assert ("Los hijos del granizo", 97) in _runtimes(facts)


def test_a_source_named_in_an_aside_is_not_what_the_main_clause_is_about():
    facts = _facts(
        "Danish director Sofie Holm's first feature, 'Sidste sommer på Fanø' (Last Summer on "
        "Fanø), won the audience award.\n\n"
        "The family drama, adapted from Inger Brask's 2016 novel 'Tidevand', is also "
        "nominated for the Fjord Prize.\n",
        title="'Sidste sommer på Fanø' wins the audience award",
    )
    got = _triples(facts)
    assert ("Sidste sommer på Fanø", "based_on", "Tidevand") in got
    assert ("Tidevand", "author", "Inger Brask") in got
    assert ("Sidste sommer på Fanø", "nominated_for", "Fjord Prize") in got
    assert ("Tidevand", "nominated_for", "Fjord Prize") not in got


def test_a_surname_joined_by_particles_resolves_to_the_full_name():
    facts = _facts(
        "Copper Tide is a 2024 film by Santiago Echevarría de la Fuente.\n\n"
        'Echevarría de la Fuente\'s debut, "Sábado largo" ("Long Saturday", 2021), a comedy, '
        "premiered in Mar del Plata.\n",
        title="Copper Tide",
    )
    got = _triples(facts)
    assert ("Sábado largo", "director", "Santiago Echevarría de la Fuente") in got
    # (a preposition before a country is no given name: "Na África do Sul")
    known = context.ArticleContext(parse_article("source: urn:x\ntitle: T\n\nText."), None)
    known.remember_person("Na África do Sul")
    assert known.person("África do Sul") == "África do Sul"


def test_an_encyclopedia_reception_section_reads_its_territory_table_and_aggregators():
    facts = _facts(
        "Beneath the Glacier is a 2024 Icelandic thriller film.\n\n"
        "1 Box office\n\n"
        "Beneath the Glacier opened in Iceland with ISK 21.3 million over its first weekend. "
        "Abroad it did best in Denmark and France:\n\n"
        "Territory       | Distributor        | Gross\n"
        "Denmark         | Nordlys Film A/S   | DKK 2.1 million\n"
        "France          | Les Films du Fjord | €640,000\n\n"
        "Box Office Mojo's estimate of the worldwide total is US$1.9 million. Trade reports "
        "have also put its German gross at roughly €200,000.\n\n"
        "2 Critical response\n\n"
        "On the review aggregator Rotten Tomatoes, the film holds an approval rating of 94% "
        "based on 78 reviews, with an average rating of 7.9/10; audiences on the same site "
        "give it 88%. Metacritic assigned it a weighted average score of 81 out of 100, based "
        "on 19 critics.\n\n"
        "3 Accolades\n\n"
        "At the Edda Awards, the film won nine, including Film of the Year and Director of the "
        "Year.\n",
        title="Beneath the Glacier (film)",
    )
    got = _triples(facts)
    for company in ("Nordlys Film A/S", "Les Films du Fjord"):
        assert ("Beneath the Glacier", "distributor", company) in got
    grosses = {(f.object.amount, f.object.currency) for f in facts if isinstance(f.object, Money)}
    assert {
        (Decimal("21300000"), "ISK"),
        (Decimal("2100000"), "DKK"),
        (Decimal("640000"), "EUR"),
        (Decimal("1900000"), "USD"),
    } <= grosses
    assert (Decimal("200000"), "EUR") not in grosses  # what trade reports put it at
    scores = {(f.object.value, f.object.best) for f in facts if isinstance(f.object, Rating)}
    assert {(94, 100), (Decimal("7.9"), 10), (88, 100), (81, 100)} <= scores
    assert ("Beneath the Glacier", "award_received", "Director of the Year") in got
    assert ("Beneath the Glacier", "award_received", "Film of the Year") in got
    assert not {f.subject.name for f in facts} & {"Territory", "Denmark", "France"}


def test_an_archive_record_reads_french_labels_alone_on_their_lines():
    facts = _facts(
        "Field | Value\n"
        "Title proper | Al-Bab al-Akhir\n"
        "First public screening | Journées cinématographiques de Carthage, 18 October 1986 "
        "(world premiere, official competition)\n"
        "Awards (from festival records) | Tanit de bronze, Journées cinématographiques de "
        "Carthage 1986\n\n"
        "Original credits\n"
        "Réalisation\nNéjib Gharsalli\n"
        "Scénario\nNéjib Gharsalli, Samira Dridi\n"
        "Image\nHabib Zarrouk\n"
        "Montage\nLeïla Ferchichi\n"
        "Interprètes\nFaten Ouerghemmi (Zohra), Mohamed Belhassen (Si Tahar)\n"
        "Producteur\nMoncef Trabelsi\n",
        title="Al-Bab al-Akhir – catalogue record",
    )
    got = _triples(facts)
    film = "Al-Bab al-Akhir"
    assert {
        (film, "screenwriter", "Samira Dridi"),
        (film, "cinematographer", "Habib Zarrouk"),
        (film, "editor", "Leïla Ferchichi"),
        (film, "cast_member", "Mohamed Belhassen"),
        (film, "character", "Si Tahar"),
        (film, "producer", "Moncef Trabelsi"),
        (film, "premiere", "Journées cinématographiques de Carthage"),
        (film, "award_received", "Tanit de bronze"),
    } <= got
    assert (film, "screenwriter", "Habib Zarrouk") not in got


def test_a_trailer_page_names_its_film_without_the_gloss_in_its_headline():
    facts = _facts(
        "CineReel ▸ Trailers ▸ Drama\n\n"
        "▶ I'M STILL HERE (AINDA ESTOU AQUI) | Official Trailer\n\n"
        "Walter Salles returns with I'm Still Here, a Brazilian drama starring Fernanda "
        "Torres and Selton Mello.\n"
        "World premiere: Venice International Film Festival, 1 September 2024.\n",
        title="I'M STILL HERE (Ainda Estou Aqui) – Official Trailer | CineReel",
    )
    got = _triples(facts)
    assert ("I'm Still Here", "cast_member", "Fernanda Torres") in got
    assert ("I'm Still Here", "country_of_origin", "Brazil") in got
    assert ("I'm Still Here", "2024-09-01") in _dates(facts)
    assert not any("(" in f.subject.name for f in facts)


def test_a_release_notice_takes_its_film_from_a_glossed_title_field_not_its_menu():
    facts = _facts(
        "SAO MAI PICTURES | Phim đang chiếu | Phim sắp chiếu | Tin tức\n\n"
        "PHIM SẮP CHIẾU / COMING SOON\n\n"
        "Tên phim (Title): Chiếc Thuyền Giấy Cuối Cùng\n"
        "Đạo diễn (Director): Lê Hoàng Vy\n"
        "Thời lượng (Running time): 118 phút (118 min)\n"
        "Phát hành (Distribution): Sao Mai Pictures\n",
        title="Chiếc Thuyền Giấy Cuối Cùng - Lịch khởi chiếu / Release notice",
    )
    got = _triples(facts)
    assert ("Chiếc Thuyền Giấy Cuối Cùng", "director", "Lê Hoàng Vy") in got
    assert ("Chiếc Thuyền Giấy Cuối Cùng", "distributor", "Sao Mai Pictures") in got
    assert not {f.subject.name for f in facts} & {"Phim Sắp Chiếu", "PHIM SẮP CHIẾU"}


def test_a_fact_check_is_no_film():
    facts = _dev_facts("bd-15-lighthouse-factcheck")
    got = _triples(facts)
    assert ("The Last Lighthouse Keeper", "director", "Nives Barać") in got
    assert not {f.subject.name for f in facts} & {"Fact check", "Fact Check", "FACT CHECK"}


def test_a_term_cards_subtitled_mark_does_not_hide_its_entries():
    facts = _dev_facts("bd-06-hufs-term-card")
    got = _triples(facts)
    assert ("Theeb", "premiere", "Venice Film Festival") in got
    assert ("Theeb", "award_received", "Orizzonti Award for Best Director") in got
    assert not {(s, r) for s, r, _ in got if s == "Lawrence of Arabia"} & {
        ("Lawrence of Arabia", "premiere"),
        ("Lawrence of Arabia", "award_received"),
    }


def test_a_term_cards_double_bill_and_makers_in_brackets():
    facts = _dev_facts("bd-06-hufs-term-card")
    got = _triples(facts)
    assert ("Theeb", "director", "Naji Abu Nowar") in got
    assert ("Paradise Now", "country_of_origin", "Palestine") in got
    assert ("Capernaum", "director", "Nadine Labaki") in got
    assert ("Timbuktu", "director", "Abderrahmane Sissako") in got
    assert ("Sandglass", "director", "Tom Akers") in got
    assert not any(r == "cast_member" and o == "Arts Building" for _, r, o in got)


def test_a_showtimes_table_then_its_films_paragraphs():
    facts = _dev_facts("bd-19-revontuli-showtimes")
    got = _triples(facts)
    assert ("Oppenheimer", "director", "Christopher Nolan") in got
    assert ("Kuolleet lehdet", "director", "Christopher Nolan") not in got
    assert ("Captain Pebble", "duration") in {(s, r) for s, r, _ in got}
    assert ("Captain Pebble", "cast_member", "Tuomas Rinne") in got
    assert ("Routaraja", "country_of_origin", "Finland") in got
    assert ("Sydäntalvi", "director", "Leena Aaltonen") in got
    assert not any("dub" in s or s.startswith("Preview") for s, _, _ in got)


def test_a_crowdfunding_pages_parts_are_no_films():
    facts = _dev_facts("bd-20-threads-of-xela-campaign")
    got = _triples(facts)
    assert ("Threads of Xela", "editor", "Daniel Ortiz Funes") in got
    assert ("Threads of Xela", "original_language", "K'iche'") in got
    assert not {s for s, _, _ in got} & {"Campaign", "Funded", "CAMPAIGN", "FUNDED"}


def test_initials_read_back_to_the_name_spelled_out_before_them():
    facts = _dev_facts("bd-07-iznaga-obituary")
    got = _triples(facts)
    institute = "Instituto Cubano del Arte e Industria Cinematográficos"
    assert ("La guagua de las seis", "production_company", institute) in got
    assert not any(o == "ICAIC" for _, _, o in got)
    assert not {s for s, _, _ in got} & {"Obituaries", "OBITUARIES"}


def test_a_ranked_lists_stars_its_sites_average_and_its_labelled_last_pick():
    facts = _dev_facts("bd-12-greek-weird-wave-ranked")
    assert {("Dogtooth", "5"), ("Dogtooth", "3.9"), ("Alps", "3.5")} <= _scores(facts)
    assert all(f.object.best == 5 for f in facts if f.relation.value == "review_score")
    got = _triples(facts)
    assert ("Eternity and a Day", "director", "Theo Angelopoulos") in got
    assert ("Chevalier", "director", "Theo Angelopoulos") not in got


def test_an_encyclopedias_casting_and_release_sentences():
    facts = _dev_facts("bd-13-salt-keepers")
    got = _triples(facts)
    assert ("The Salt Keepers", "cast_member", "Daniela Saavedra") in got
    assert ("The Salt Keepers", "cast_member", "Yonder Marcano") in got
    assert ("The Salt Keepers", "character", "Chuíto") in got
    assert ("The Salt Keepers", "character", "Yonder Marcano") not in got
    assert ("The Salt Keepers", "distributor", "Llanura Distribuciones") in got
    # "a Venezuelan Spanish-language drama": its tongue, not a second country
    assert ("The Salt Keepers", "country_of_origin", "Spain") not in got


def test_hours_and_minutes_in_another_tongue():
    facts = _facts("Rumah (2023)\nSutradara: Andhika Prasetyo\nDurasi: 1 jam 47 menit", "Rumah")
    assert _runtimes(facts) == {("Rumah", 107)}


def test_a_charts_currency_sign_after_its_columns_name():
    facts = _dev_facts("bd-21-kz-boxoffice-week11")
    grosses = {
        (f.subject.name, f.object.amount, f.object.currency)
        for f in facts
        if f.relation.value == "box_office"
    }
    assert ("Dala Jüregi", Decimal("1046800000"), "KZT") in grosses
    assert ("Bastion", Decimal("8400000"), "KZT") in grosses
    got = _triples(facts)
    # "Aral: The Last Fishermen is the first documentary": the chart's whole title
    assert any(s == "Aral: The Last Fishermen" and r == "instance_of" for s, r, _ in got)
    assert not any(s == "The Last Fishermen" for s, _, _ in got)


def test_a_prose_billing_says_which_of_a_bracketed_pair_acts():
    facts = _dev_facts("bd-11-canoa-de-sal-fespaco")
    got = _triples(facts)
    # "Zeca (Jaime Sitoe)", where the English half says the film "stars ... Jaime Sitoe"
    assert ("A Canoa de Sal", "character", "Jaime Sitoe") not in got
    assert ("A Canoa de Sal", "based_on", "As Mãos do Mar") in got


def test_a_newsletters_coming_next_slot_and_its_lead_actor():
    facts = _dev_facts("bd-14-lantern-newsletter")
    got = _triples(facts)
    assert ("Slack Water", "director", "Hazel Pryce") in got
    assert not any(s.lower().startswith("coming next") for s, _, _ in got)
    assert ("Made in Bangladesh", "cast_member", "Rikita Nandini Shimu") in got
    assert ("Made in Bangladesh", "character", "Rikita Nandini Shimu") not in got


def test_a_cinemas_special_event_heading_is_no_film():
    facts = _dev_facts("be-11-long-portage-qa-grange")
    got = _triples(facts)
    assert ("The Long Portage", "director", "Émilie Tremblay-Rousseau") in got
    assert not {s for s, _, _ in got} & {"Special Event", "SPECIAL EVENT"}


def test_a_headline_around_a_quoted_title_is_no_fuller_title():
    facts = _dev_facts("be-21-salt-orchard-cinematography")
    got = _triples(facts)
    # 'Light off the Salt: How Arash Tavakoli Shot "The Salt Orchard"'
    assert ("The Salt Orchard", "director", "Mahnaz Yazdani") in got
    assert ("The Salt Orchard", "screenwriter", "Mahnaz Yazdani") in got
    assert not any(s.startswith("How Arash") for s, _, _ in got)


def test_an_italian_review_headline_and_its_credit_card():
    facts = _dev_facts("be-09-le-stanze-di-ilaria-recensione")
    got = _triples(facts)
    # "Le stanze di Ilaria, la recensione: Ferrandi apre ...": the film before "la recensione"
    assert ("Le stanze di Ilaria", "director", "Tommaso Ferrandi") in got
    assert ("Le stanze di Ilaria", "composer", "Dario Mancuso") in got  # "Musiche:"
    assert ("Le stanze di Ilaria", "cast_member", "Teresa Iorio") in got  # "Interpreti:"
    assert ("Le stanze di Ilaria", "country_of_origin", "Italy") in got  # "Paese: Italia"
    assert not any(s.startswith("Sceneggiatura") for s, _, _ in got)


def test_a_forum_ama_is_no_film_and_its_guest_directs():
    facts = _dev_facts("be-15-memoria-del-cobre-ama")
    got = _triples(facts)
    # "I'm Valentina Ríos Achurra, director of "La memoria del cobre", ... AMA!"
    assert ("La memoria del cobre", "director", "Valentina Ríos Achurra") in got
    assert ("La memoria del cobre", "cinematographer", "Ignacio Pardo") in got
    assert ("La memoria del cobre", "distributor", "MUBI") in got  # "bought the rights for"
    assert ("La memoria del cobre", "country_of_origin", "Argentina") in got
    assert not any(s.lower().startswith("ama") for s, _, _ in got)


def test_a_spanish_nominees_list_in_capitals():
    facts = _dev_facts("be-12-goya-2026-nominados-ganadores")
    got = _triples(facts)
    # "MEJOR PELÍCULA", then one title a line, the winner starred
    assert ("Sorda", "nominated_for", "Mejor Película") in got
    # "Aitor Arregi y Jose Mari Goenaga, por Maspalomas": two directors
    assert ("Maspalomas", "director", "Jose Mari Goenaga") in got
    assert not any(s.startswith("Flores for") for s, _, _ in got)  # "Flores para Antonio"
    classes = {(f.subject.name, f.object.value) for f in facts if f.relation.value == "instance_of"}
    assert ("Tardes de soledad", "documentary_film") in classes  # "MEJOR PELÍCULA DOCUMENTAL"


def test_a_flyers_taglines_and_critics_line_are_no_films():
    facts = _dev_facts("be-22-marquee-midnight-double-feature")
    got = _triples(facts)
    # '"IT CAME FROM THE CREEK BOTTOM… AND IT'S HUNGRY FOR LIGHT!"' over the synopsis
    assert ("Mothman of Sedge County", "cast_member", "Dwayne Keel") in got
    assert ("Star Drive Vixens", "distributor", "Galaxy Releasing Corp.") in got
    assert ("Star Drive Vixens", "composer", "Vince Arlo") in got
    scores = {
        (f.subject.name, str(f.object.best)) for f in facts if f.relation.value == "review_score"
    }
    assert ("Mothman of Sedge County", "4") in scores  # "★★★ (out of four) – Ray Tolliver"
    assert not any("Hungry" in s or "Tight" in s or "★" in s for s, _, _ in got)


def test_a_streaming_services_new_titles_with_labels_far_right():
    facts = _dev_facts("be-05-lumora-new-this-week")
    got = _triples(facts)
    # "THE GLASS ORCHARD          LUMORA ORIGINAL": the service's label is no part of the title
    assert ("The Glass Orchard", "director", "Hedda Lindqvist") in got
    # "MOTH          LUMORA SHORTS" over "2024 · 7+ · 14m": its own entry, not the one above
    assert ("Moth", "director", "Priya Nair") in got
    assert ("Kill Switch Protocol", "director", "Priya Nair") not in got
    # "Audio: English (Original), Yoruba (Original)"; the dubs are no original language
    assert ("Paper Tigers of Lagos", "original_language", "Yoruba") in got
    assert ("Frostbound", "original_language", "German") not in got
    assert ("Frostbound", "4.4") in _scores(facts)  # "★ 4.4 members' rating"


def test_a_forum_threads_tag_is_no_part_of_its_film():
    # "[DISKUSI] Lintang Kemukus: Director's Cut vs Versi Bioskop, mana yang lebih bagus?"
    facts = _dev_facts("bf-24-lintang-kemukus-directors-cut-thread")
    assert {f.subject.name for f in facts} & {"Lintang Kemukus"}
    assert not any("Versi Bioskop" in f.subject.name or "[" in f.subject.name for f in facts)
    # "dibintangi Tika Pramesti sebagai Laras, Dimas Haryoko sebagai Bayu"
    assert ("Lintang Kemukus", "cast_member", "Tika Pramesti") in _triples(facts)


def test_a_disc_shops_page_reads_its_film_not_its_extras():
    # "The Temperature of Starlight (Hoshizora no Ondo) [Blu-ray Deluxe Edition] | ..."
    facts = _dev_facts("bf-10-temperature-of-starlight-bluray")
    got = _triples(facts)
    film = "The Temperature of Starlight (Hoshizora no Ondo)"
    assert (film, "director", "Ryōta Kanzaki") in got
    assert not any("Disc 2" in f.subject.name for f in facts)
    # the extras' and the Extended Edition's runtimes are not the film's
    assert {minutes for _, minutes in _runtimes(facts)} == {121}
    # "Original work: Sayaka Mitsuhashi (manga "Tōi Hoshi no Ondo", Kōdansha)"
    assert (film, "based_on", "Tōi Hoshi no Ondo") in got
    assert ("Tōi Hoshi no Ondo", "author", "Sayaka Mitsuhashi") in got
    # "... and Haruka Shimizu (voice of Mio)": the player, then her part
    assert ("Mio", "cast_member", "Haruka Shimizu") not in got
    # "Genre: Drama / Romance   Category: Anime Film"; "Audio: Japanese DTS-HD MA 5.1 (original)"
    assert (film, "romance") in {(f.subject.name, str(f.object)) for f in facts}
    assert (film, "original_language", "Japanese") in got
    assert (film, "cast_member", "Emily Carrow") in got  # "English dub: Emily Carrow (Mio ...)"
    assert (film, "4.6") in _scores(facts)  # "★★★★½ 4.6 out of 5 (38 ratings)"


def test_a_french_library_record_of_a_dvd():
    # "Les hivers de Clémence [enregistrement vidéo] | Catalogue – Bibliothèques de ..."
    facts = _dev_facts("bf-18-hivers-de-clemence-dvd")
    got = _triples(facts)
    film = "Les hivers de Clémence"
    assert not any("Rivière" in f.subject.name for f in facts)
    assert (film, "director", "Mathieu Gagnon-Lévesque") in got  # "/ une réalisation de ..."
    assert (film, "cinematographer", "Félix Dumas-Ouellet") in got  # "Direction de la photo..."
    assert (film, "production_company", "Productions Cap-Chat") in got  # "... ; Productions"
    assert (film, "drama") in {(f.subject.name, str(f.object)) for f in facts}  # "dramatiques"
    # "Note moyenne : ★★★★☆ 4,2/5 (6 avis)"; a subscriber's own stars are no score of the page
    assert {score for _, score in _scores(facts)} == {"4.2"}
    assert {minutes for _, minutes in _runtimes(facts)} == {112}  # not "Suppléments (18 min)"
    # "Léa (Rose-Aimée Cloutier)": not "L'Hiver de Léa", another record's title
    assert (film, "character", "Léa") in got


def test_cjk_listings_read_their_entries_and_credit_keys():
    # "《海風之後》(After the Sea Wind)", then "導演：林韋辰", "主演：陳品蓁、黃世傑、吳淑芬"
    got = _triples(_dev_facts("bf-19-riverbank-cinema-showtimes"))
    assert ("海風之後", "director", "林韋辰") in got
    assert ("海風之後", "cast_member", "吳淑芬") in got
    assert ("海風之後", "distributor", "光合映像") in got  # "出品：...｜發行：光合映像"
    assert ("月光郵便局", "cast_member", "許雅婷") in got  # "｜國語配音：許雅婷（美奈）"
    # "NT$300", a ticket's price; "河岸影城 Riverbank Cinema", the page's publisher
    assert not any(s in ("NT", "Riverbank Cinema") for s, _, _ in got)
    # "〈별빛 우체국〉 The Starlight Post Office", then "감독 야마모토 사키": no colon, a space
    got = _triples(_dev_facts("be-19-cinema-dalbit-april-releases"))
    assert ("별빛 우체국", "director", "야마모토 사키") in got
    assert ("여름의 끝자락", "distributor", "씨네바람") in got


def test_an_archives_restoration_notes_and_an_institutes_record():
    # "ORIGINAL CREDITS", "VERSIONS": the record's parts, no films; the shortened and the
    # export versions' runtimes in the table are not the film's
    facts = _dev_facts("bf-16-fyrvaktarens-dotter-restoration")
    assert ("Fyrvaktarens dotter", "director", "Ragnar Holmén") in _triples(facts)
    assert {minutes for _, minutes in _runtimes(facts)} == {98}
    # "DANE PODSTAWOWE / BASIC DATA" over the record; "OBSADA / CAST" over "Name – Part"
    got = _triples(_dev_facts("bf-01-sol-na-progu-pisf"))
    assert ("Sól na progu", "director", "Agnieszka Wróbel-Kasprzak") in got
    assert ("Sól na progu", "cast_member", "Jiří Vaněček") in got
    assert not any(s == "Dane Podstawowe" for s, _, _ in got)


def test_a_headline_writes_the_title_the_body_gives_in_brackets():
    # "Elkezdődött a Vasárnapi harangok forgatása – ..." over "... Sunday Bells (Vasárnapi
    # harangok), the second feature by ...": the title inside the headline's sentence
    facts = _dev_facts("bf-13-vasarnapi-harangok-forgatas")
    assert not any(f.subject.name == "Vasárnapi" for f in facts)
    assert {f.subject.name for f in facts if f.relation.value == "genre"} == {"Vasárnapi harangok"}


def test_a_social_thread_is_no_film_of_its_poster():
    # 'Adaeze Okonkwo-Bello on X: "How we made ASO EBI FOR A FUNERAL: a thread 🧵"', posted by
    # "@AdaezeMakesFilms": the poster and her handle are no film
    got = _triples(_dev_facts("bg-12-aso-ebi-producer-thread"))
    assert ("Aso Ebi for a Funeral", "cast_member", "Bisola Adeyemi") in got
    assert not any(s in ("Adaeze Okonkwo-Bello", "AdaezeMakesFilms") for s, _, _ in got)
    # "Naija (Nigerian Pidgin)": a tongue and its English name, no actor and part
    assert not any(o == "Nigerian Pidgin" for _, r, o in got if r == "cast_member")


def test_an_accolades_table_gives_the_pages_film_its_prizes():
    # "Award | Category | Recipient(s) | Result": a row a prize won or up for, named with its
    # ceremony's award ("César Awards" and "Best Cinematography"); "Not shortlisted" nothing
    got = _triples(_dev_facts("bg-11-portrait-lady-on-fire-release-reception"))
    film = "Portrait of a Lady on Fire"
    assert (film, "award_received", "European University Film Award") in got
    assert (film, "award_received", "César Award for Best Cinematography") in got
    assert (film, "nominated_for", "Golden Globe Award for Best Foreign Language Film") in got
    got = _triples(_dev_facts("ah-05-weather-icelandic-documentary"))
    assert ("Weather", "nominated_for", "Edda Award for Music of the Year") in got
    assert not any(o == "European Documentary" for _, _, o in got)
    # a spanned row under its award; "Nominated" for a festival's Golden Bear: in competition
    got = _triples(_dev_facts("aw-02-heiresses-accolades"))
    assert ("The Heiresses", "award_received", "Teddy Readers' Award") in got
    assert ("The Heiresses", "nominated_for", "Golden Bear") not in got


def test_where_a_film_was_released_is_no_part_of_its_title():
    # "Neon, which also distributed Parasite in the United States, acquired ...", where the
    # text names "Parasite" alone elsewhere; a title that is so ("Made in Bangladesh") stays
    got = _triples(_dev_facts("bg-11-portrait-lady-on-fire-release-reception"))
    assert ("Portrait of a Lady on Fire", "distributor", "Neon") in got
    assert not any(s.endswith("United States") for s, _, _ in got)
    got = _triples(_dev_facts("as-07-tide-counters-review"))
    assert ("Made in Bangladesh", "director", "Rubaiyat Hossain") in got


def test_an_obituary_in_another_tongue_is_about_a_person_and_no_film():
    # "Murió Marta Inés Larrañaga, ...": each film it names holds its own facts, and a
    # "most read" link's headline is no film of the page
    article = read_article(ROOT / "tests/fixtures/dev/articles/bg-08-larranaga-obituary.txt")
    assert context.find_film(article, sentences.split_sentences(article.body)) is None


def test_a_crew_credit_in_a_cast_list_is_no_part():
    # "CAST & CREW / Tom Lasker – Screenwriter / Maren Holt – Ruth Askew": the first a credit;
    # Stalker's "Anatoly Solonitsyn – Writer" is a part, as is Ruth Askew
    got = _triples(_dev_facts("bh-05-swarm-season-scores"))
    assert ("Swarm Season", "cast_member", "Maren Holt") in got
    assert not any(o in ("Director", "Screenwriter", "Producer") for _, _, o in got)
    got = _triples(_dev_facts("ai-05-spirited-away-encyclopedia"))
    assert not any(o == "Starring" for _, _, o in got)
    got = _triples(_dev_facts("ak-02-orrery-stalker-ugetsu"))
    assert ("Stalker", "character", "Writer") in got


def test_an_interview_in_spanish_gives_its_facts_to_the_film_of_its_fact_box():
    # the headline quotes its guest; "ENTREVISTA" heads the page; "P:" asks, "R:" answers
    body = (
        "Portada > Cultura > Cine\n\nENTREVISTA\n\n"
        'Ana Ruiz Olano: "El mar no borra las casas"\n\n'
        "La cineasta estrena 'La casa de las olas', su primer largometraje.\n\n"
        "P: La película cuenta la historia de Miren.\nR: Sí, una mujer que vuelve.\n\n"
        "P: Es una coproducción con Francia.\nR: Fue difícil.\n\n"
        "FICHA TÉCNICA\nTítulo: La casa de las olas\nDirección: Ana Ruiz Olano\n"
        "Productores: Maite Urkiola, Jo Park\nGénero: drama\n"
    )
    triples = _triples(_facts(body, 'Ana Ruiz Olano: "El mar no borra las casas" | Cultura'))
    film = "La casa de las olas"
    assert {(film, "director", "Ana Ruiz Olano"), (film, "producer", "Jo Park")} <= triples
    assert (film, "genre", None) in {(s, r, None) for s, r, _ in triples}
    assert not {s for s, _, _ in triples} - {film}
    assert not {o for _, r, o in triples if r == "production_company"}


def test_a_chinese_headline_names_its_film_in_title_marks_and_the_summary_glosses_it():
    body = (
        "国庆档第五日：《雪线以北》单日再收1.27亿\n\n"
        "单片方面，国产冒险剧情片《雪线以北》昨日报收1.27亿。\n\n"
        "English summary\n\nHan Zhiyuan's adventure drama North of the Snowline (雪线以北) "
        "topped Sunday's chart.\n"
    )
    facts = _facts(body, "国庆档第五日：《雪线以北》单日再收1.27亿 连续六天领跑 | 影市速递")
    assert {f.subject.name for f in facts} == {"雪线以北"}
    assert ("雪线以北", "genre", None) in {(s, r, None) for s, r, _ in _triples(facts)}


def test_a_unit_after_its_number_is_no_candidate_title():
    # a cinema's prices in crowns, written more often than any title: "150 Kč"
    body = "Vstupné: 150 Kč / 110 Kč\nVstupné 90 Kč, členové 80 Kč.\nVstupné 100 Kč.\n"
    article = parse_article(f"source: urn:x:prices\ntitle: Program kina\n\n{body}")
    scores, _, _ = context.score_films(article, sentences.split_sentences(article.body))
    assert "kc" not in scores


def test_a_bilingual_programme_slot_and_its_gloss_are_one_entry_named_in_the_first_tongue():
    # the slot's hour before its title in capitals, the gloss under it with the hour the
    # visitors' way, then the entry's kind first in its row of facts
    body = (
        "PONDĚLÍ 20. 10.\nMonday 20 October\n\n"
        "17:30 ZIMNÍ ZAHRADA\n5.30 pm THE WINTER GARDEN\n"
        "Drama | ČR 2025 | 98 min | české znění\n"
        "Drama | Czech Republic 2025 | 98 min | in Czech\n"
        "Director: Jana Nováková | Camera: Petr Dvořák\n\n"
        "20:00 SOLNÉ ROKY\n8 pm THE SALT YEARS\n"
        "Drama | Spain 2024 | 118 min | Spanish with Czech subtitles\n"
        "Director: Inés Barrachina\n"
    )
    triples = _triples(_facts(body, "Program kina 20.–26. 10. 2025 | Kino Vesmír"))
    assert ("Zimní Zahrada", "director", "Jana Nováková") in triples
    assert ("Zimní Zahrada", "cinematographer", "Petr Dvořák") in triples
    assert ("Solné Roky", "director", "Inés Barrachina") in triples
    subjects = {s for s, _, _ in triples}
    assert not subjects & {"Drama", "The Winter Garden", "17:30 Zimní Zahrada"}


def test_a_german_broadcaster_press_page_names_its_film_not_its_strand():
    # the strand is in the page title and in the crumbs, and co-produced the film; the credit
    # block has German keys, and the cast list gives the parts first, a family's surname on each
    body = (
        "Presseportal › Programm › Fernsehfilm › Das kleine Fernsehspiel\n\n"
        "Winter am Haff\nDas kleine Fernsehspiel – Free-TV-Premiere\n\n"
        "Inhalt\n\nNach dem Tod ihres Vaters bleibt Ilse Brandt mit ihrer Tochter Wiebke allein "
        "auf dem Hof.\n\n"
        '"Winter am Haff" ist der erste Spielfilm von Anke Dorn und entstand in Koproduktion '
        "mit ZDF – Das kleine Fernsehspiel.\n\n"
        "Stab\n\nBuch: Anke Dorn, Paul Riedel\nRegie: Anke Dorn\n"
        "Produzentinnen: Maren Voss, Tilde Hansen\n"
        "Produktion: Haffland Film GmbH, in Koproduktion mit ZDF – Das kleine Fernsehspiel\n"
        "Länge: Kinofassung 97 Minuten, Sendefassung 89 Minuten\n\n"
        "Besetzung\n\nIlse Brandt – Carola Sieg\nWiebke Brandt – Nele Ostrowski\n"
        "Hinrich Brandt – Jens Udo Kamp\nund andere\n\n"
        "Deutschland 2024\nOriginalsprache: Deutsch\n"
    )
    facts = _facts(body, "Winter am Haff | Das kleine Fernsehspiel | ZDF Presseportal")
    triples = _triples(facts)
    assert {
        s for s, _, _ in triples if s not in ("Carola Sieg", "Nele Ostrowski", "Jens Udo Kamp")
    } == {"Winter am Haff"}
    film = "Winter am Haff"
    for relation, person in [
        ("screenwriter", "Paul Riedel"),
        ("director", "Anke Dorn"),
        ("producer", "Tilde Hansen"),
        ("cast_member", "Carola Sieg"),
        ("cast_member", "Jens Udo Kamp"),
    ]:
        assert (film, relation, person) in triples
    assert (film, "cast_member", "Ilse Brandt") not in triples
    assert (film, "original_language", "German") in triples
    assert {f.object.minutes for f in facts if f.relation.value == "duration"} == {97}


def test_a_grant_list_heads_each_film_with_its_sum_after_a_dash():
    body = (
        "Six films have been awarded production grants in this year's round.\n\n"
        "The 2025 awards\n\n"
        "MÔR TAWEL (Calm Sea) — £48,500\n"
        "Writer-director Elin Prys's first feature is a drama produced by Gethin Rhys for "
        "Cwmni Ffenest.\n\n"
        "THE QUARRY CHOIR — £36,000\n"
        "Director Owain Pritchard follows a male voice choir through its final year.\n"
    )
    triples = _triples(_facts(body, "Screen Fund 2025: six films share £148,450"))
    assert ("Môr Tawel", "director", "Elin Prys") in triples
    assert ("The Quarry Choir", "director", "Owain Pritchard") in triples
    assert not any("£" in s for s, _, _ in triples)


def test_a_german_news_item_states_its_credits_in_sentences():
    body = (
        "Leipzig (epd) - Das österreichische Drama «Die Brücke bei Tulln» von Vera Anzinger "
        "hat den Hauptpreis gewonnen.\n\n"
        "Der 88 Minuten lange Film erzählt von zwei Schwestern. In den Hauptrollen sind Lena "
        "Pichler als Schwester Ida, Tom Auer als Vater Franz und Mira Kos zu sehen. Anzinger "
        "schrieb das Drehbuch gemeinsam mit Ruth Egger. Hinter der Kamera stand der Kameramann "
        "Jakub Horak. Die Musik stammt von Nils Brandl.\n\n"
        "Produziert wurde der Film von der Wiener Firma Donaulicht Film in Koproduktion mit dem "
        "ORF und Arte. Den Kinostart übernimmt der Verleih Polyfilm.\n"
    )
    triples = _triples(_facts(body, "«Die Brücke bei Tulln» gewinnt in Leipzig"))
    film = "Die Brücke bei Tulln"
    for relation, value in [
        ("director", "Vera Anzinger"),
        ("screenwriter", "Vera Anzinger"),
        ("screenwriter", "Ruth Egger"),
        ("cast_member", "Lena Pichler"),
        ("cast_member", "Mira Kos"),
        ("character", "Franz"),
        ("cinematographer", "Jakub Horak"),
        ("composer", "Nils Brandl"),
        ("production_company", "Donaulicht Film"),
        ("production_company", "ORF"),
        ("production_company", "Arte"),
        ("distributor", "Polyfilm"),
        ("country_of_origin", "Austria"),
    ]:
        assert (film, relation, value) in triples, (relation, value)
    assert not any(value and "Kamera" in value for _, _, value in triples)


def test_a_round_up_item_under_a_quoted_heading_is_that_films():
    body = (
        "Produktionsspiegel: zwei neue Projekte\n\n"
        "DREHSTART\n"
        "„Salzwiesen“: Dreharbeiten an der Küste\n\n"
        "Seit Montag dreht Jana Voigt ihr Familiendrama „Salzwiesen“ in Husum.\n\n"
        "POSTPRODUKTION\n"
        "„Kohlenstaub“: Dokumentarfilm im Schnitt\n\n"
        "Produziert wird der Film von Revierfilm GmbH in Koproduktion mit dem WDR.\n"
    )
    triples = _triples(_facts(body, "Produktionsspiegel KW 7: Drehstart für „Salzwiesen“"))
    assert ("Kohlenstaub", "production_company", "Revierfilm GmbH") in triples
    assert ("Salzwiesen", "production_company", "Revierfilm GmbH") not in triples


def test_an_english_summary_spells_the_pages_greek_names_in_latin_letters():
    body = (
        "«Πέτρινο Σπίτι»: μια κριτική\n\n"
        "Η Λένα (Μαρία Καλλέργη) επιστρέφει στο νησί της.\n\n"
        "ΤΑΥΤΟΤΗΤΑ\n"
        "Πέτρινο Σπίτι | Ελλάδα, 2023 | Διάρκεια: 98΄\n"
        "Σκηνοθεσία: Νίκος Πάνου | Μοντάζ: Ιωάννα Λύρη | Διανομή: Danaos Films\n\n"
        "Abstract (EN)\n"
        "Nikos Panou's drama Petrino Spiti premiered in Thessaloniki, where Maria Kallergi "
        "won the Best Actress award.\n"
    )
    triples = _triples(_facts(body, "«Πέτρινο Σπίτι»: Ένα νησί που σε κρατά | Οθόνη"))
    film = "Πέτρινο Σπίτι"
    for relation, value in [
        ("director", "Νίκος Πάνου"),
        ("editor", "Ιωάννα Λύρη"),
        ("distributor", "Danaos Films"),
        ("cast_member", "Μαρία Καλλέργη"),
    ]:
        assert (film, relation, value) in triples, (relation, value)
    assert not any(s == "Petrino Spiti" for s, _, _ in triples)
    assert not any(v in ("Nikos Panou", "Maria Kallergi") for _, _, v in triples)


def test_a_local_story_names_its_film_once_in_an_appositive_after_its_makers_possessive():
    body = (
        "SCOTSBURN – When Cat Rankin needed a singer, she walked across the yard to her "
        "grandmother in Scotsburn.\n\n"
        "Rankin's short film, The Milling Table, has been selected for the Atlantic Shorts "
        "program at the FIN Atlantic International Film Festival in Halifax.\n\n"
        "The 14-minute drama, which Rankin wrote and directed, stars her grandmother, "
        "Peigi Rankin. Neighbour Marjorie Gillis plays Flora.\n"
    )
    facts = _facts(body, "Scotsburn filmmaker's Gaelic short headed to FIN festival")
    triples = _triples(facts)
    assert ("The Milling Table", "cast_member", "Marjorie Gillis") in triples
    assert not any(s == "Scotsburn" for s, _, _ in triples)


def test_a_news_sites_menu_row_names_no_film():
    body = (
        "TBILISI TODAY\n"
        "Politics | Business | Society | Culture | Sport | Opinion      GEL/USD 2.71\n"
        "ქართ | ENG | РУС\n\n"
        "Culture › Film\n\n"
        "'The Quiet Orchard' to represent Georgia in the Oscar race\n\n"
        "By Nino Abesadze | 24 September 2025, 17:20\n\n"
        "Tamta Beridze's debut feature The Quiet Orchard has been chosen as Georgia's entry.\n\n"
        "The drama follows Eka (Mariam Jorbenadze), a widow in a Racha village. The 98-minute "
        "film is spoken in Georgian.\n\n"
        "Kinoflex Distribution released the film in Georgian cinemas in April.\n"
    )
    title = "'The Quiet Orchard' to represent Georgia in the Oscar race - Tbilisi Today"
    page = f"source: urn:test\ntitle: {title}\npublisher: Tbilisi Today\n\n{body}\n"
    triples = _triples(extract_facts(parse_article(page)))
    assert ("The Quiet Orchard", "cast_member", "Mariam Jorbenadze") in triples
    assert not any(s == "Politics" for s, _, _ in triples)


def test_a_thai_page_glossed_line_by_line_names_its_film_and_people_in_thai():
    body = (
        '"ฝนแรก" คว้ารางวัลที่ปูซาน\n\n'
        '"ฝนแรก" ภาพยนตร์เรื่องแรกของผู้กำกับ ธนวัฒน์ ศรีสุข คว้ารางวัล NETPAC Award\n'
        "[EN] First Rain, the debut feature of director Thanawat Srisuk, has won the NETPAC "
        "Award.\n\n"
        'ภาพยนตร์เล่าถึง "บัว" (พิมพ์ชนก แก้วประเสริฐ) หญิงสาวจากกรุงเทพฯ\n'
        "[EN] The drama follows Bua (Pimchanok Kaewprasert), who quits her job in Bangkok.\n\n"
        '"ฝนแรก" จัดจำหน่ายโดย BKK Pictures\n'
        "[EN] First Rain opens in cinemas through BKK Pictures.\n"
    )
    triples = _triples(_facts(body, '"ฝนแรก" คว้ารางวัล NETPAC ที่ปูซาน | จอเงินนิวส์'))
    assert ("ฝนแรก", "distributor", "BKK Pictures") in triples
    assert not any(s == "First Rain" for s, _, _ in triples)
    assert not any(v == "Pimchanok Kaewprasert" for _, _, v in triples)


def test_a_german_news_item_names_its_prizes_in_sentences():
    body = (
        "Saarbrücken (dpa) - Das deutsche Drama «Die Brücke» von Vera Anzinger hat gewonnen.\n\n"
        "Die Jury zeichnete den Film mit dem Max Ophüls Preis für den besten Spielfilm aus. "
        "Der Preis ist mit 36.000 Euro dotiert.\n\n"
        "Den Publikumspreis Spielfilm vergaben die Zuschauer an die Komödie «Kiosk Europa» von "
        "Aylin Demir.\n"
    )
    triples = _triples(_facts(body, "«Die Brücke» gewinnt Max Ophüls Preis | Kultur"))
    assert ("Die Brücke", "award_received", "Max Ophüls Preis für den besten Spielfilm") in triples
    assert ("Kiosk Europa", "award_received", "Publikumspreis Spielfilm") in triples
    assert ("Die Brücke", "award_received", "Publikumspreis Spielfilm") not in triples


def test_a_list_table_copied_a_cell_a_line_gives_each_row_its_film():
    body = (
        "This section lists films in which Ravenport is the main setting.\n\n"
        "Title\nYear\nDirector\nCountry\nNotes\n\n"
        "La nebbia bassa\n1961\nOrsola Ferri\nItaly\nMelodrama.\n\n"
        "The Tide Clerk\n1974\nHugh Ambler-Scott\nUnited Kingdom\nShort film.\n\n"
        "Vento di sale\n2015\nDaria Mlakar\nItaly, Slovenia\nDocumentary on the salt pans.\n"
    )
    triples = _triples(_facts(body, "List of films set in Italy – Ravenport"))
    assert ("La nebbia bassa", "director", "Orsola Ferri") in triples
    assert ("The Tide Clerk", "country_of_origin", "United Kingdom") in triples
    assert ("Vento di sale", "country_of_origin", "Slovenia") in triples
    assert not any(s == "Ravenport" for s, _, _ in triples)


def test_a_competitions_winners_page_hangs_its_alumnus_film_on_the_film():
    body = (
        "Announcing the 2025 Gold Quill Winners\n\n"
        "After reading 4,100 scripts, our judges have chosen this year's winners.\n\n"
        'GRAND PRIZE — $10,000\n"Dry Creek" by Lena Moss (Boise, Idaho)\n'
        "Two sisters sell the family orchard.\n\n"
        'BEST COMEDY — $5,000\n"Mayor Nan" by Ed Cole (Reno, Nevada)\n'
        "A retired teacher runs for mayor.\n\n"
        "ALUMNI SPOTLIGHT: FROM PAGE TO SCREEN\n\n"
        'Six years ago Tomas Reyes took our Grand Prize with "Low Tide." Today it is a film '
        "you can watch.\n\n"
        "Directed by Ana Ruiz from Reyes's screenplay, Low Tide had its world premiere at the "
        "Tribeca Festival on June 7, 2024, where it won the Founders Award for Best U.S. "
        "Narrative Feature. Harbor Pictures picked up U.S. rights after Tribeca. "
        "Low Tide is now streaming.\n"
    )
    title = "Announcing the 2025 Gold Quill Winners | The Gold Quill Screenwriting Awards"
    page = (
        f"source: urn:test\ntitle: {title}\npublisher: The Gold Quill Screenwriting Awards\n\n"
        f"{body}\n"
    )
    triples = _triples(extract_facts(parse_article(page)))
    assert ("Low Tide", "director", "Ana Ruiz") in triples
    assert (
        "Low Tide",
        "award_received",
        "Founders Award for Best U.S. Narrative Feature",
    ) in triples
    assert ("Low Tide", "distributor", "Harbor Pictures") in triples
    assert not any(s.startswith(("Gold Quill", "Announcing")) for s, _, _ in triples)


def test_picture_captions_hang_each_credit_on_the_film_shown_not_on_the_photographer():
    body = (
        "[IMAGE] LPI_20250518_0412\n"
        "CANNES, FRANCE – MAY 18: Director Ana Ruiz and Zainab Mensah attend the world premiere "
        'of "The Salt Road" at the Palais. (Photo by Camille Duret/Lumière Press Images)\n'
        "Date created: 18 May 2025 · Credit: Camille Duret/Lumière Press Images\n\n"
        "[IMAGE] LPI_20250518_0418\n"
        "CANNES, FRANCE – MAY 18: Cinematographer Ines Vale and composer Karim Brun arrive for "
        'the world premiere of "The Salt Road". (Photo by Camille Duret/Lumière Press Images)\n'
        "Date created: 18 May 2025 · Credit: Camille Duret/Lumière Press Images\n\n"
        "[IMAGE] LPI_20250518_0533\n"
        "CANNES, FRANCE – MAY 18: Léa Fontanier and director Mathilde Servan attend the "
        'screening of "Les Heures blanches" (Un Certain Regard) at the Salle Debussy. '
        "(Photo by Camille Duret/Lumière Press Images)\n"
        "Date created: 18 May 2025 · Credit: Camille Duret/Lumière Press Images\n\n"
        "[IMAGE] LPI_20250519_0288\n"
        "CANNES, FRANCE – MAY 19: Producer Agathe Rousseau of Sahel Productions during the press "
        'conference for "The Salt Road". (Photo by Camille Duret/Lumière Press Images)\n'
    )
    title = "78th Cannes Film Festival – Red carpets, 18 May | Lumière Press Images"
    triples = _triples(_facts(body, title))
    assert ("The Salt Road", "director", "Ana Ruiz") in triples
    assert ("The Salt Road", "composer", "Karim Brun") in triples
    assert ("The Salt Road", "producer", "Agathe Rousseau") in triples
    assert ("Les Heures blanches", "director", "Mathilde Servan") in triples
    assert not any(s == "Camille Duret" for s, _, _ in triples)


def test_a_drive_ins_schedule_gives_each_screens_film_its_own_facts():
    body = (
        "2025 SEASON SCHEDULE\n\n"
        "----------------------------------------\n"
        "THIS WEEKEND\n"
        "----------------------------------------\n"
        "Fri–Sun, June 13 – 15\n"
        "SCREEN 1: EMBER & OAK (2025) PG · 1h 41m · animated\n"
        "          then THUNDER LANE 3 (2025) PG-13 · 2h 11m\n"
        "SCREEN 2: HARBOR HEIST (2025) PG-13 · 1h 58m\n"
        "          then CRUISIN' ROUTE 9 (1978) PG · 1h 36m\n\n"
        "----------------------------------------\n"
        "COMING UP\n"
        "----------------------------------------\n"
        "Fri–Sun, June 20 – 22\n"
        "SCREEN 1: EMBER & OAK (2025) PG · 1h 41m\n"
        "          then HARBOR HEIST (2025) PG-13 · 1h 58m\n\n"
        "ABOUT THE FILMS\n\n"
        "EMBER & OAK – A fox and a tree spirit save their forest, from director Priya Castell.\n\n"
        "CRUISIN' ROUTE 9 – Our throwback pick: the 1978 comedy about drag racers, directed by "
        "Earl Hutchins.\n"
    )
    triples = _triples(_facts(body, "Schedule | Moonglow Twin Drive-In"))
    assert ("Ember & Oak", "director", "Priya Castell") in triples
    assert ("Cruisin' Route 9", "director", "Earl Hutchins") in triples
    films = {s for s, r, _ in triples if r == "instance_of"}
    assert not films & {"This Weekend", "Coming Up", "Fri–Sun, June 13 – 15"}
    assert not any(s.startswith("Screen") for s in films)


def test_a_dutch_page_reads_its_credits_and_its_verdicts_label_is_no_film():
    body = (
        "MEES EN DE WOLKENFABRIEK\n"
        "Ons oordeel: ★★★★☆\n\n"
        "De tienjarige Mees (Jip Verhoeven) logeert een zomer bij zijn oma in Zeeland.\n\n"
        "Credits\n"
        "Regie: Floor van Dongen\n"
        "Muziek: Merel Dijkhuis\n"
        "Distributie: Kikker Distributie\n"
    )
    triples = _triples(_facts(body, "Mees en de wolkenfabriek | Kinderfilmwijzer"))
    assert ("Mees en de wolkenfabriek", "composer", "Merel Dijkhuis") in triples
    assert ("Mees en de wolkenfabriek", "distributor", "Kikker Distributie") in triples
    assert not any(s.startswith("Ons oordeel") for s, _, _ in triples)


def test_an_english_summary_that_opens_on_an_unglossed_title_speaks_of_the_film():
    body = (
        "„Vetar nad Dunavom“ od 3. oktobra u bioskopima\n\n"
        "Film „Vetar nad Dunavom“ reditelja Petra Ilića stiže u bioskope.\n\n"
        "English summary\n"
        "Wind Over the Danube, the second feature of Serbian director Petar Ilić, premiered "
        "on 20 August 2024 at the Sarajevo Film Festival. Running time 98 minutes.\n"
    )
    facts = _facts(body, "„Vetar nad Dunavom“ od 3. oktobra u bioskopima | Kadar")
    triples = _triples(facts)
    assert ("Vetar nad Dunavom", "duration", None) in triples
    assert not any(s == "Wind Over the Danube" for s, _, _ in triples)
    titles = {str(f.object) for f in facts if f.relation.value == "title"}
    assert "Wind Over the Danube" in titles


def test_a_serbian_news_item_reads_its_credits_from_prose():
    body = (
        "„Tiha reka“ od 10. oktobra u bioskopima\n\n"
        "Film „Tiha reka“ je svetsku premijeru imao 20. avgusta 2024. na Sarajevo Film "
        "Festivalu, gde je osvojio Srce Sarajeva za najbolji film. U glavnim ulogama su "
        "Sara Ilić (Vesna) i Marko Lazić (Boban). Producentkinja je Tijana Pavlović. "
        "Direktor fotografije je Nikola Ristić, a muziku je komponovao Ivan Zec. "
        "Distribuciju u Srbiji preuzela je Kinomanija. Drama traje 104 minuta.\n"
    )
    facts = _facts(body, "„Tiha reka“ od 10. oktobra u bioskopima | Kadar")
    triples = _triples(facts)
    for relation, name in (
        ("cast_member", "Sara Ilić"),
        ("cast_member", "Marko Lazić"),
        ("producer", "Tijana Pavlović"),
        ("cinematographer", "Nikola Ristić"),
        ("composer", "Ivan Zec"),
        ("distributor", "Kinomanija"),
        ("premiere", "Sarajevo Film Festival"),
    ):
        assert ("Tiha reka", relation, name) in triples, relation
    assert ("Tiha reka", "2024-08-20") in _dates(facts)


def test_a_feature_named_between_commas_is_the_film_over_a_headlines_words():
    body = (
        "Lights, camera, Kettle Bay: locals wanted as extras for feature film\n\n"
        "Ever wanted to be in a film? A New Zealand feature film, Petrel Season, will shoot "
        "in Kettle Bay from March 3, and it needs 100 locals.\n\n"
        "The comedy is directed by Aroha Tane. Luke Moana stars as Dale.\n"
    )
    title = "Lights, camera, Kettle Bay: locals wanted as extras for feature film | The Bay Post"
    facts = _facts(body, title)
    assert ("Petrel Season", "director", "Aroha Tane") in _triples(facts)


def test_a_title_over_a_credit_block_is_the_film_not_the_headlines_frame_around_it():
    body = (
        "In the Footsteps of An Tonn Ard: A Walk Around Kilkee's Film Locations\n\n"
        "If you saw An Tonn Ard (The High Wave) last year, you will want to walk here.\n\n"
        "THE FILM AT A GLANCE\n"
        "An Tonn Ard (The High Wave)\n"
        "Director: Síle Ní Bhriain\n"
        "Writers: Síle Ní Bhriain, Ciarán Ó Sé\n"
        "Runtime: 94 minutes\n\n"
        "Start at the pier, where the first scene was shot.\n"
    )
    title = "In the Footsteps of An Tonn Ard: A Walk Around Kilkee's Film Locations | Coast Walks"
    assert ("An Tonn Ard", "director", "Síle Ní Bhriain") in _triples(_facts(body, title))


def test_a_line_of_buttons_by_their_icons_opens_no_film():
    body = (
        "DER LANGE WINTER\n"
        "The Long Winter\n\n"
        "☆ Add to watchlist   ✉ Request meeting with sales\n\n"
        "NOTE\n"
        '"This is a film about care work," the director says.\n\n'
        "SPECS\n"
        "Director .............. Anna BERG\n"
    )
    facts = _facts(body, "Der lange Winter | Screening Library")
    assert {f.subject.name for f in facts} == {"Der lange Winter"}


def test_a_comma_inside_a_headlines_quote_marks_is_no_part_of_the_title():
    body = (
        "DOCKET WEEKLY\n"
        "Litigation | Deals | Labor | Film & TV | Newsletters\n\n"
        "LITIGATION\n"
        "Writer Sues Over 'Ashfall Road,' Says Thriller Copied His Script\n\n"
        'A writer has sued the makers of the thriller "Ashfall Road," claiming the film copied '
        "a script he wrote in 2015.\n\n"
        '"Ashfall Road" stars Nina Boateng as a trucker. The 104-minute film was directed by '
        "Ruth Calder.\n"
    )
    title = "Writer Sues Over 'Ashfall Road,' Says Thriller Copied His Script | Docket Weekly"
    facts = _facts(body, title)
    assert ("Ashfall Road", "director", "Ruth Calder") in _triples(facts)
    assert {f.subject.name for f in facts if f.relation.value == "cast_member"} == {"Ashfall Road"}


def test_a_currency_code_before_its_sums_is_no_film():
    body = (
        "YOU ARE INVITED\n"
        "THE DRY SEASON\n"
        "A charity gala screening\n\n"
        "Join us for the Nairobi premiere of The Dry Season, with the director.\n\n"
        "Director: Amina Odhiambo\n"
        "Drama · Kenya · Kiswahili and English · 92 min\n\n"
        "The Dry Season won Best Feature at a festival in Mombasa.\n\n"
        "SPONSORS\n"
        "Gold — KES 750,000: one table of ten\n"
        "Silver — KES 300,000: four seats\n"
        "Friend — KES 100,000: two seats\n\n"
        "TICKETS\n"
        "Individual seat: KES 15,000\n"
        "Table of ten: KES 140,000\n"
        "Our goal is KES 6,000,000, and KES 500,000 buys a borehole.\n"
    )
    facts = _facts(body, "You're Invited: THE DRY SEASON Gala Screening | Water Trust")
    assert {f.subject.name for f in facts} == {"The Dry Season"}
    assert ("The Dry Season", "original_language", "Swahili") in {
        (f.subject.name, f.relation.value, str(getattr(f.object, "name", f.object))) for f in facts
    }


def test_a_guests_words_quoted_after_the_film_in_a_headline_are_no_title():
    body = (
        'Ines Varga on scoring When the River Speaks: "I wanted the strings to sound like rain"'
        "\n\nThe Szeged composer talks cellos and storms.\n\n"
        "Ines Varga wrote the score for When the River Speaks, Pal Nagy's second feature. "
        '"I wanted the strings to sound like rain," she says.\n\n'
        "When the River Speaks was directed by Pal Nagy and runs 97 minutes.\n"
    )
    title = (
        'Ines Varga on scoring When the River Speaks: "I wanted the strings to sound like rain"'
        " | Loud Notes"
    )
    facts = _facts(body, title)
    assert ("When the River Speaks", "director", "Pal Nagy") in _triples(facts)


def test_a_title_in_capitals_then_a_sentence_is_the_title_and_its_summary_the_films():
    body = (
        "POSLJEDNJA ZIMA: Obiteljska drama koja zna kada treba šutjeti\n\n"
        "ocjena: ★★★★☆ (4/5)\n"
        "režija: Ana Horvat\n"
        "scenarij: Ana Horvat (prema noveli „Bura nad Kornatima“ Vesne Ugrin)\n\n"
        "Posljednja zima je drugi film Ane Horvat.\n\n"
        "Abstract (English)\n"
        "The Last Winter (Posljednja zima, 2024), the second feature by Ana Horvat, is a "
        "Croatian family drama. It won the Golden Arena for Best Film at Pula.\n"
    )
    title = "POSLJEDNJA ZIMA: Obiteljska drama koja zna kada treba šutjeti | Kino.hr"
    triples = _triples(_facts(body, title))
    assert ("Posljednja Zima", "director", "Ana Horvat") in triples
    assert ("Posljednja Zima", "based_on", "Bura nad Kornatima") in triples
    assert ("Posljednja Zima", "award_received", "Golden Arena for Best Film") in triples


def test_a_post_on_the_site_names_its_poster_and_its_buttons_no_film():
    body = (
        "Kofi Mensah · 2nd\nCinematographer | Features & Shorts | Accra\n\n"
        "So proud tonight. THE SALT ROAD had its world premiere at the Harbour Film Festival "
        "on 3 May 2025.\n\nThank you to:\n"
        "🎥 Director Ama Owusu, for trusting me with her grandmother's road.\n"
        "🎶 Composer Yaw Boateng, for a score of drums and rain.\n"
        "   Like · Reply · 14\n\nKofi Mensah (Author) · 2h\n   Thanks, all!\n"
        "   Like · Reply · 3\n"
    )
    text = (
        'source: urn:test\ntitle: Kofi Mensah on Framewall: "So proud tonight. THE SALT ROAD '
        'premiered…"\npublisher: Framewall\n\n' + body
    )
    triples = _triples(extract_facts(parse_article(text)))
    assert ("The Salt Road", "director", "Ama Owusu") in triples
    assert ("The Salt Road", "composer", "Yaw Boateng") in triples
    assert not {t for t in triples if t[0] in ("Kofi Mensah", "Reply")}


def test_a_games_page_gives_the_facts_of_the_film_it_was_made_from():
    body = (
        "LANTERN RUN: NIGHT MARKET\nNintendo Switch · Physical edition\n\n"
        "Lantern Run: Night Market is the official game of LANTERN RUN, the animated comedy "
        "from Paperkite Studio.\n\n"
        "Odile Faure, the voice of Mei in the film, returns to play her. The game's original "
        "soundtrack is by Lars Ek.\n\n"
        "Lantern Run was directed by Hana Sato and runs 91 minutes.\n"
    )
    facts = _facts(body, "Lantern Run: Night Market (Nintendo Switch) | GameNest")
    triples = _triples(facts)
    assert ("Lantern Run", "director", "Hana Sato") in triples
    assert ("Lantern Run", "cast_member", "Odile Faure") in triples
    assert not [t for t in triples if t[1] == "composer"]
    assert "Lantern Run: Night Market" not in {f.subject.name for f in facts}


def test_a_box_sets_discs_each_hold_their_film_and_an_extras_runtime_is_its_own():
    body = (
        "THE LIGHTHOUSE TRILOGY\nThree Films by Maren Dahl\n\n"
        "Maren Dahl's three films about Ines, a lighthouse keeper, arrive on Blu-ray.\n\n"
        "WHAT'S IN THE BOX\n\n"
        "DISC 1 · NORTH LIGHT (Nordlys, 1995)\nRuntime: 99 mins · 1.66:1 · Colour\n"
        "Cast: Eva Lund (Ines), Odd Berg (Paul)\nExtras:\n"
        "- Gull (1991, 12 mins): Dahl's student short\n"
        "- Interview with Eva Lund (2025, 20 mins)\n\n"
        "DISC 2 · SOUTH WIND (Sorvind, 1998)\nRuntime: 104 mins · 1.66:1 · Colour\n"
        "Cast: Eva Lund (Ines), Tor Vik (Anders)\n"
    )
    title = "The Lighthouse Trilogy: Three Films by Maren Dahl (Blu-ray) – Quay Editions Shop"
    facts = _facts(body, title)
    runtimes = {(f.subject.name, f.object.minutes) for f in facts if f.relation.value == "duration"}
    assert ("North Light", 99) in runtimes
    assert ("South Wind", 104) in runtimes
    assert ("Gull", 12) in runtimes
    assert {name for name, _ in runtimes} == {"North Light", "South Wind", "Gull"}
    assert ("South Wind", "cast_member", "Tor Vik") in _triples(facts)


def test_a_goofs_pages_kind_before_the_title_is_no_part_of_it():
    body = (
        "GOOFS & CONTINUITY ERRORS: THE SALT MILL (2019)\n\n"
        "Directed by: Orla Keane\nRunning time: 104 min\n\n"
        "1. In the harbour scene, Nell's scarf changes colour between shots.\n\n"
        "NOT GOOFS (please stop sending these)\n\n"
        '2. "The mill is in Wales, not Cork." It is in Wales; the story is set in Cork.\n'
    )
    facts = _facts(body, "Goofs & Continuity Errors: The Salt Mill (2019) — Reel Errors")
    assert ("The Salt Mill", "director", "Orla Keane") in _triples(facts)
    assert {f.subject.name for f in facts} == {"The Salt Mill"}


def test_a_quote_under_a_speaker_who_made_nothing_gives_no_theme():
    body = (
        "Copper Tide is the country's entry for the Academy Awards.\n\n"
        "QUOTES\n"
        'Ana Ruiz, director: "This is a film about inheritance."\n\n'
        'Dr. Jo Park, chair of the committee: "A love letter to the port, and a meditation '
        'on loss."\n'
    )
    themes = {
        f.object.name for f in _facts(body, "Copper Tide") if f.relation.value == "main_subject"
    }
    assert themes == {"inheritance"}


def test_a_contents_pages_verdicts_each_hold_their_film_maker_and_stars():
    body = (
        "CONTENTS\n\nREVIEWS\nOur verdicts on the month's releases\n"
        "78 Dust Road (Ada Obi) ★★★★★\n"
        "80 Gull Island (Fenella Crook) ★★★\n"
        "83 The Orchard Keepers (Ruth Amsel), documentary ★★★★\n"
    )
    triples = _triples(_facts(body, "In this issue: April 2026 (No. 214) | Sightline"))
    assert ("Gull Island", "director", "Fenella Crook") in triples
    assert ("The Orchard Keepers", "director", "Ruth Amsel") in triples
    assert not [t for t in triples if t[0][:1].isdigit() or t[1] == "cast_member"]


def test_a_makers_possessive_before_a_title_with_its_own_article_is_no_part_of_it():
    body = (
        "Tanaka's The Lantern and the Crane takes the prize\n\n"
        "Tanaka's The Lantern and the Crane won Best Animated Feature on Sunday. The Lantern and "
        "the Crane was directed by Hiro Tanaka and runs 124 minutes. The Lantern and the Crane "
        "opened in Japan in July.\n"
    )
    facts = _facts(body, "Tanaka's The Lantern and the Crane wins the prize | Frame Daily")
    assert ("The Lantern and the Crane", "director", "Hiro Tanaka") in _triples(facts)


def test_a_title_with_an_icelandic_preposition_is_one_title_not_its_river():
    body = (
        "Kvikmyndin Hrafnar yfir Hvítá hlaut verðlaunin í gær. Bóndinn drukknar í Hvítá. "
        "Hrafnar yfir Hvítá er 97 mínútur að lengd. Hvítá rennur hjá bænum. Hvítá er köld. "
        "Hrafnar yfir Hvítá gerist árið 1968.\n\n"
        "Leikstjórn: Sunna Björk Hallsdóttir\n"
    )
    facts = _facts(body, "Hrafnar yfir Hvítá hlaut aðalverðlaunin | Morgunvaktin")
    assert ("Hrafnar yfir Hvítá", "director", "Sunna Björk Hallsdóttir") in _triples(facts)


def test_a_review_label_in_the_pages_tongue_leaves_the_title_that_opens_the_headline():
    body = (
        "ARVIO\n\nRoutaraja on hiljainen kertomus kahdesta sisaresta.\n\n"
        "Minulle Routaraja on kuitenkin elokuva häpeästä. Routaraja saa ensi-iltansa huomenna.\n\n"
        "FAKTAT\n\nRoutaraja\nOhjaus: Sanna-Kaisa Härkönen\nKesto: 1 t 52 min\n\n"
        "English summary\nFrost Line (Routaraja), the first feature by Sanna-Kaisa Härkönen.\n"
    )
    facts = _facts(body, "Arvio: Routaraja on hiljainen perhedraama | Valkokangas")
    triples = _triples(facts)
    assert ("Routaraja", "director", "Sanna-Kaisa Härkönen") in triples
    assert [f.object for f in facts if f.relation.value == "duration"] == [Duration(112)]


def test_a_credit_key_in_another_tongue_opening_a_sentence_is_no_part_of_the_name():
    body = (
        "Дорога на Балхаш (2024)\n\n"
        "Оператор Тимур Жаксылыков снимает степь без прикрас.\n\n"
        "Оператор: Тимур Жаксылыков\n"
    )
    facts = _facts(body, "Дорога на Балхаш: рецензия | Экран")
    assert {f.object.name for f in facts if f.relation.value == "cinematographer"} == {
        "Тимур Жаксылыков"
    }


def test_credit_keys_are_given_once_each_in_lower_case():
    text = (Path(context.__file__).parent / "credit_keys.toml").read_text("utf-8")
    words = [w for group in tomllib.loads(text)["key"] for w in group["words"]]
    assert len(words) == len(set(words))
    assert all(w == w.lower() for w in words)


@pytest.mark.parametrize(
    "reading",
    [
        'A customer wrote: "Lovely pressing. The film is really about grief." – Annie M.',
        "To me, watching it again this summer, it is most of all a film about grief.",
        'In its letter the applicant describes the work as "a story about grief, above all".',
        "Rosa Álvarez, who runs the café on the harbour and served the crew breakfast every "
        'morning, has her own view: "It\'s a film about grief."',
    ],
)
def test_a_reading_someone_who_made_nothing_gives_is_no_theme(reading):
    body = f"Copper Tide is a 2024 film directed by Ana Ruiz.\n\n{reading}\n"
    facts = _facts(body, "Copper Tide (2024)")
    assert not [f for f in facts if f.relation.value == "main_subject"]


def test_the_director_described_at_length_still_gives_the_theme():
    body = (
        "Copper Tide is a 2024 film directed by Ana Ruiz.\n\n"
        "Ruiz, who is working with the theatre company as a creative consultant, said: "
        '"Copper Tide was always a film about belonging."\n'
    )
    themes = {
        f.object.name for f in _facts(body, "Copper Tide") if f.relation.value == "main_subject"
    }
    assert themes == {"belonging"}


def test_a_prizes_category_before_a_colon_is_no_part_of_the_title():
    body = (
        "Live: the awards night\n\n"
        "GOLDEN ARGALI – BEST FILM: Tündük (Kyrgyzstan), directed by Aibek Sadyrbaev.\n\n"
        "Tündük had its world premiere here on Tuesday. Tündük runs 112 minutes. The jury "
        "loved Tündük.\n"
    )
    facts = _facts(body, "Tien Shan awards, live")
    assert ("Tündük", "director", "Aibek Sadyrbaev") in _triples(facts)
    assert not [f for f in facts if "BEST" in f.subject.name]


def test_a_reviews_heading_in_the_pages_tongue_opens_no_film():
    body = (
        "Acasă | Recenzii | Festivaluri\n\nRECENZII / Lungmetraje românești\n\n"
        "Iarna la Sulina este al doilea film al regizoarei. Iarna la Sulina durează 104 minute.\n\n"
        "FIȘA FILMULUI\nRegia: Ilinca Vornicu\n"
        "Distribuția: Maia Rădulescu (Vera), Radu Stoenescu (Costi)\n"
    )
    facts = _facts(body, "Iarna la Sulina: recenzie | Ecran Critic")
    assert {f.subject.name for f in facts} == {"Iarna la Sulina"}
    assert ("Iarna la Sulina", "cast_member", "Radu Stoenescu") in _triples(facts)


def test_a_title_in_a_script_without_capitals_is_the_film_it_is_called():
    # a Bengali headline quotes the title; the body calls it a film and gives its length
    body = (
        "বিনোদন  >  টলিপাড়া\n\n"
        "উৎসবে পুরস্কারের পর এবার প্রেক্ষাগৃহে ‘শেষ ট্রাম’\n\n"
        "এবার সাধারণ দর্শকের সামনে আসছে পরিচালকের ছবি ‘শেষ ট্রাম’। ছবির থিম সং "
        "‘ট্রামলাইনের গান’ গেয়েছেন এক গায়িকা। ছবির দৈর্ঘ্য ১১২ মিনিট।\n"
    )
    facts = _facts(body, "উৎসবে পুরস্কারের পর এবার প্রেক্ষাগৃহে ‘শেষ ট্রাম’ | খবর")
    assert ("শেষ ট্রাম", "instance_of", "FILM") in _triples(facts)
    assert Duration(112) in {f.object for f in facts if f.relation is Relation.DURATION}
    assert {f.subject.name for f in facts} == {"শেষ ট্রাম"}


def test_a_quoted_title_with_its_case_ending_is_the_headlines_film():
    # Marathi writes the case ending on the title's closing mark: "'पाऊलखुणा'ची"
    body = (
        "'पाऊलखुणा'ची बॉक्स ऑफिसवर दमदार सुरुवात\n\n"
        "दिग्दर्शिका सायली देशपांडे यांच्या 'पाऊलखुणा' या मराठी चित्रपटाने मने जिंकली आहेत. "
        "चित्रपटाची लांबी २ तास १२ मिनिटे आहे.\n"
    )
    facts = _facts(body, "'पाऊलखुणा'ची बॉक्स ऑफिसवर दमदार सुरुवात; पहिल्या तीन दिवसांत ४.२५ कोटी")
    assert ("पाऊलखुणा", "instance_of", "FILM") in _triples(facts)
    assert Duration(132) in {f.object for f in facts if f.relation is Relation.DURATION}


def test_the_quoted_name_called_a_film_beats_the_prize_quoted_beside_it():
    body = (
        "«Լռության տունը» ֆիլմը կներկայացնի Հայաստանը «Օսկար»-ի մրցապայքարում\n\n"
        "«Լռության տունը» ֆիլմն ընտրվել է «Օսկար» մրցանակաբաշխության համար։ "
        "«Օսկար»-ի հայտը հրապարակվեց երեկ։ «Օսկար» մրցանակը հայտնի է։\n"
    )
    title = "«Լռության տունը» ֆիլմը կներկայացնի Հայաստանը «Օսկար»-ի մրցապայքարում | Kinoport"
    facts = _facts(body, title)
    assert ("Լռության տունը", "instance_of", "FILM") in _triples(facts)
    assert {f.subject.name for f in facts} == {"Լռության տունը"}


def test_a_key_keeps_the_vowel_signs_of_the_scripts_of_india():
    # a Bengali vowel sign is part of its word, not a break in it; Latin accents still go
    assert slugify("শেষ ট্রাম") == "শেষ-ট্রাম"
    assert slugify("শেষ ট্রাম") != slugify("শষ ট্রম")
    assert slugify("Pokémon: The Movie") == "pokemon-the-movie"
    assert slugify("ルックバック") != slugify("ルックハック")


def test_a_title_in_sentence_case_opening_the_headline_is_the_film():
    # Slovene writes titles in sentence case: "Tiha reka", not "Tiha Reka"
    body = (
        "Tiha reka osvojila tri nagrade\n\n"
        "Žirija je glavno nagrado podelila drami Tiha reka režiserke Maje Kranjc. "
        "Tiha reka je v slovenščini.\n\n"
        "Ana (Nina Oblak), mlada učiteljica, se po očetovi smrti vrne domov.\n"
    )
    facts = _facts(body, "Tiha reka Maje Kranjc osvojila tri nagrade | Primorske")
    assert ("Tiha reka", "cast_member", "Nina Oblak") in _triples(facts)
    assert {f.subject.name for f in facts} == {"Tiha reka"}


def test_a_films_own_page_of_questions_speaks_of_the_film():
    # the publisher is the film's own site; "Q:" and "A:" are labels, the parts' headings
    # ("RELEASE & RUNTIME") and the questions no films
    body = (
        "HOME   ABOUT   CAST & CREW   FAQ\n\n"
        "THE LANTERN FERRY\nFrequently Asked Questions\n\n"
        "ABOUT THE FILM\n\n"
        "Q: What is The Lantern Ferry?\n"
        "A: It's a drama about a ferry that keeps running after the bridge opens.\n\n"
        "Q: Who made it?\n"
        "A: The Lantern Ferry was written and directed by Orla Kinsella.\n\n"
        "RELEASE & RUNTIME\n\n"
        "Q: How long is it?\n"
        "A: The film runs 97 minutes.\n\n"
        "Q: Who is distributing the film?\n"
        "A: In Ireland the film is distributed by Curlew Releasing.\n"
    )
    article = parse_article(
        "source: urn:test\ntitle: FAQ | The Lantern Ferry – Official Film Site\n"
        f"publisher: The Lantern Ferry (official site)\n\n{body}\n"
    )
    facts = extract_facts(article)
    assert {f.subject.name for f in facts} == {"The Lantern Ferry"}
    assert ("The Lantern Ferry", "director", "Orla Kinsella") in _triples(facts)
    assert ("The Lantern Ferry", "distributor", "Curlew Releasing") in _triples(facts)
    assert Duration(97) in {f.object for f in facts if f.relation is Relation.DURATION}


def test_a_parents_guide_keeps_its_parts_and_its_readers_apart_from_the_film():
    body = (
        "Bramble Lantern\nAnimated, 2025, 88 min\n\n"
        "--------------------------------------------------\n"
        "WHAT PARENTS NEED TO KNOW\n\n"
        "Bramble Lantern is an animated adventure directed by Ines Calder. Music is by Ola "
        "Brenn.\n\n"
        "Some parents in our community feel the movie is really about climate anxiety.\n\n"
        "--------------------------------------------------\n"
        "WHAT OTHER FAMILIES SAY\n"
        '"My daughter gave it 5 stars and wants to see it again." – parent of a 6-year-old\n'
    )
    facts = _facts(body, "Bramble Lantern Movie Review | Family Screen Guide")
    assert {f.subject.name for f in facts} == {"Bramble Lantern"}
    assert ("Bramble Lantern", "director", "Ines Calder") in _triples(facts)
    relations = {f.relation for f in facts}
    assert Relation.MAIN_SUBJECT not in relations and Relation.REVIEW_SCORE not in relations


def test_a_programme_in_comma_separated_values_gives_each_rows_film():
    body = (
        "2025 PROGRAMME: PLAIN DATA VERSION\n\n"
        "id,title,original_title,year,country,director,genre,runtime_min,language,notes\n"
        'P-01,The Copper Weir,,2025,"Canada, Norway",Maren Holt,drama,97,English,"Director in '
        'attendance."\n'
        "P-02,Moth Lanterns,Lanternes,2024,France,Odile Serre,fantasy,12,No dialogue,"
        '"Programme total 88 min; one ticket covers all six shorts."\n'
    )
    facts = _facts(body, "2025 Programme (plain data) | Weir Coast Film Festival")
    assert ("The Copper Weir", "director", "Maren Holt") in _triples(facts)
    assert ("Moth Lanterns", "director", "Odile Serre") in _triples(facts)
    durations = {(f.subject.name, f.object) for f in facts if f.relation is Relation.DURATION}
    assert durations == {("The Copper Weir", Duration(97)), ("Moth Lanterns", Duration(12))}


def test_the_films_choice_finds_both_rules_it_trusts_by_name():
    # renaming a rule in patterns.toml must not quietly drop it from the film's choice
    assert len(context._quoted_film_patterns()) == 2


def test_a_members_email_gives_each_ruled_entry_its_film_not_the_sender():
    body = (
        "From: Lumen Club <club@lumen-mail.example>\n"
        "Subject: Lumen Club: your May previews\n\n"
        "Hi Sam, here are this month's previews for Lumen Club members.\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        "🎬 THE SALT LAMPLIGHTER\n"
        "Members' preview · Tue 5 May, 7pm · selected sites\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        "Nora Quill's debut feature had its world premiere at Sundance. Ivo Berne plays "
        "Tam, a lighthouse keeper.\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        "🎈 OTTER & THE KITE\n"
        "Kids' Club preview · Sat 9 May, 10.30am\n"
        "━━━━━━━━━━━━━━━━━━━━━━\n"
        "Dana Reyes voices Otto in this hand-drawn adventure. Animated · 81 mins · Cert U\n"
    )
    facts = _facts(body, "Lumen Club: your May previews")
    assert "Lumen Club" not in {f.subject.name for f in facts}
    assert ("The Salt Lamplighter", "cast_member", "Ivo Berne") in _triples(facts)
    assert ("Otter & the Kite", "cast_member", "Dana Reyes") in _triples(facts)


def test_a_stamp_issue_gives_each_stamps_film_after_its_price():
    body = (
        "SCREEN GREATS: THREE FILMS ON STAMPS\n\n"
        "Three local films take their place on our stamps this spring.\n\n"
        "-----------------------------------------\n"
        "$1.70  |  LAMPS OVER THE QUAY (1964)\n"
        "-----------------------------------------\n"
        "Mina Harte's drama follows a night watchman. Produced by Tern Pictures, it ran 86 "
        "minutes.\n\n"
        "-----------------------------------------\n"
        "$2.40  |  THE KITE THAT FLEW SOUTH (1977)\n"
        "-----------------------------------------\n"
        "An animated short. Twelve-year-old Sefa Lio voiced Kip, and the score was "
        "written by Bern Hale.\n"
    )
    facts = _facts(body, "Screen Greats: three films on stamps")
    assert ("Lamps Over the Quay", "production_company", "Tern Pictures") in _triples(facts)
    assert ("The Kite That Flew South", "composer", "Bern Hale") in _triples(facts)
    assert ("The Kite That Flew South", "cast_member", "Sefa Lio") in _triples(facts)


def test_a_film_in_concert_page_is_about_the_film_not_the_orchestra():
    body = (
        "FILM WITH LIVE ORCHESTRA\n\n"
        "The Salt Bell in Concert\n"
        "Quayside Philharmonic\n\n"
        "Fri 14 Mar 2025, 7.30pm\n\n"
        "Watch Ines Calder's much-loved fantasy adventure on our giant screen while the "
        "Quayside Philharmonic plays Tomas Brink's sweeping score live.\n\n"
        "ABOUT THE FILM\n\n"
        "The Salt Bell follows Nell (Maisie Trent), who keeps a lighthouse lit. The Salt Bell "
        "runs 118 minutes.\n"
    )
    facts = _facts(body, "The Salt Bell in Concert | Quayside Hall")
    assert {f.subject.name for f in facts if f.relation is not Relation.TITLE} == {"The Salt Bell"}
    assert ("The Salt Bell", "director", "Ines Calder") in _triples(facts)
    assert "Quayside Philharmonic" not in {o for _, _, o in _triples(facts)}


def test_a_letters_quoted_words_in_the_headline_are_no_title():
    body = (
        '"You kept coming back": a letter from Ada Quill\n\n'
        "This week Pale Harbour Lights passed £1 million at the box office. We asked its "
        "director to say a few words.\n\n"
        "Dear everyone,\n\n"
        "Pale Harbour Lights was shot on a real boat. Luca Verri, my cinematographer and the "
        "calmest man alive, held the camera. To Mira Holt, who edited the film in her spare "
        "room: thank you.\n"
    )
    facts = _facts(body, '"You kept coming back": a letter from Ada Quill | Tern Releasing')
    assert {f.subject.name for f in facts} == {"Pale Harbour Lights"}
    assert ("Pale Harbour Lights", "cinematographer", "Luca Verri") in _triples(facts)
    assert ("Pale Harbour Lights", "editor", "Mira Holt") in _triples(facts)


def test_a_news_desks_label_over_the_headline_is_no_film():
    body = (
        "Home | News | Music | Contact\n\n"
        "NOLLYWOOD\n\n"
        'Record week in Lagos cinemas for the drama "Tide of Brass"\n\n'
        "By Ngozi Ume\n\n"
        'The new drama "Tide of Brass", directed by Emeka Obi, took N40 million in its first '
        "week. It runs 121 minutes.\n"
    )
    facts = _facts(body, 'Record week in Lagos cinemas for the drama "Tide of Brass" – Reel Desk')
    assert {f.subject.name for f in facts} == {"Tide of Brass"}
    assert ("Tide of Brass", "director", "Emeka Obi") in _triples(facts)


def test_a_film_sites_laurels_and_capital_credits():
    body = (
        "TIDEWATER PSALMS\n"
        "HOME   ABOUT   TRAILER   CONTACT\n\n"
        "      ❦ WORLD PREMIERE ❦              ❦ OFFICIAL SELECTION ❦\n"
        "  Halifax Film Festival 2025        Busan International Film Festival 2025\n\n"
        "ABOUT THE FILM\n\n"
        "In a fishing village, sixteen-year-old Maud Arsenault (Léa Comeau) sings in the choir "
        "her whole life.\n\n"
        "Tidewater Psalms is the first feature from writer-director Corinne Aubé-Landry, "
        "whose short Ebb (2021) first brought her notice.\n\n"
        "CREDITS\n\n"
        "Written and Directed by   CORINNE AUBÉ-LANDRY\n"
        "Director of Photography   YUSUF OKANE-HALE\n"
        "Original Music   EWAN MACPHEDRAN\n"
    )
    facts = _facts(body, "About the Film — TIDEWATER PSALMS")
    crew = {(r, (o or "").casefold()) for s, r, o in _triples(facts) if s == "Tidewater Psalms"}
    assert {f.subject.name for f in facts} - {"Ebb"} == {"Tidewater Psalms"}
    assert ("cinematographer", "yusuf okane-hale") in crew
    assert ("composer", "ewan macphedran") in crew


def test_a_headline_setting_its_film_in_capitals_names_the_film():
    body = (
        "Lens & Lamp\n"
        "the notebook of cinematographer Ada Quill\n\n"
        "How We Shot HOLLOW FEN\n\n"
        "Hollow Fen is Rhys Varga's second feature. Varga wrote it with Ruth Ames, and Kit "
        "Obi produced it for Marsh Lantern Films.\n\n"
        "SPEC LIST\n\n"
        "Camera: two bodies, open gate\n\n"
        "Nell Rook's score did much of the work. The locked cut runs 104 minutes.\n"
    )
    header = "title: Gear Notes: How We Shot HOLLOW FEN — Lens & Lamp\npublisher: Lens & Lamp"
    facts = extract_facts(parse_article(f"source: urn:test\n{header}\n\n{body}"))
    triples = _triples(facts)
    assert {f.subject.name for f in facts} == {"Hollow Fen"}
    assert ("Hollow Fen", "producer", "Kit Obi") in triples
    assert ("Hollow Fen", "producer", "Ruth Ames") not in triples
    assert ("Hollow Fen", "composer", "Nell Rook") in triples


def test_a_hotels_journal_is_no_film_and_its_nutshell_no_section():
    body = (
        "THE GLENMORE HOTEL\n"
        "Rooms | Dining | Spa | The Glenmore Journal | BOOK NOW\n\n"
        "The Glenmore Journal › Local Life › As Seen on Screen\n\n"
        "AS SEEN ON SCREEN: THE LAST BUS TO ARDMORE\n"
        "By Isla, Guest Experience Manager · 12 August 2025\n\n"
        "For six weeks in 2023 our boathouse was taken over by the cast and crew of The Last "
        "Bus to Ardmore.\n\n"
        "THE FILM IN A NUTSHELL\n"
        "The romantic comedy follows Maggie Doyle (Orla Brennan), a wedding planner stranded "
        "on an island. It was directed by Fiona MacAskill and runs 104 minutes.\n"
    )
    header = (
        "title: As Seen on Screen: The Last Bus to Ardmore | The Glenmore Journal\n"
        "publisher: The Glenmore Hotel"
    )
    facts = extract_facts(parse_article(f"source: urn:test\n{header}\n\n{body}"))
    assert {f.subject.name for f in facts} == {"The Last Bus to Ardmore"}
    assert ("The Last Bus to Ardmore", "director", "Fiona MacAskill") in _triples(facts)


def test_a_theme_parks_blog_and_its_menu_are_no_film():
    body = (
        "HOLLOWAY PARK   Tickets | Season Passes | Hotels | Plan Your Day | Blog\n\n"
        "The Holloway Blog › New for 2026\n\n"
        "Everything we know about our newest ride\n\n"
        "You'll already know Tumbleweed, the 2020 animated comedy from Larkspur Animation. It "
        "was directed by Rosa Quint and follows Dot, a tortoise who wants to race.\n\n"
        "Meet Dot!\n"
        "Dot will meet guests every day at noon.\n"
    )
    header = "title: Tumbleweed is rolling into Holloway! | Holloway Blog\npublisher: Holloway Park"
    facts = extract_facts(parse_article(f"source: urn:test\n{header}\n\n{body}"))
    assert {f.subject.name for f in facts} == {"Tumbleweed"}
    assert ("Tumbleweed", "director", "Rosa Quint") in _triples(facts)
    assert ("Tumbleweed", "character", "Dot") in _triples(facts)


def test_a_look_backs_label_and_its_everyday_headings_are_no_film():
    body = (
        "TEN YEARS AGO TODAY\n"
        "The Lantern Pier opened in Galway\n\n"
        "On 3 May 2015 The Lantern Pier had its world premiere at the Galway Film Fleadh. "
        "Directed by Niamh Corr, the drama follows a ferryman's daughter. Ten years on, The "
        "Lantern Pier still draws a crowd.\n\n"
        "THE RUN\n\n"
        "Shamrock Releasing opened it in Ireland, and it took €2.1 million there.\n"
    )
    facts = _facts(body, "Ten years ago today: The Lantern Pier opened in Galway")
    assert {f.subject.name for f in facts} == {"The Lantern Pier"}
    assert ("The Lantern Pier", "distributor", "Shamrock Releasing") in _triples(facts)


def test_a_charitys_everyday_heading_is_a_page_part_and_a_guests_reading_no_theme():
    body = (
        "Home  |  What we do  |  Projects  |  News\n\n"
        "'Nine Steps Up': a short film made with men at HMP Wexley\n\n"
        "On 2 May about fifty men saw the first screening of Nine Steps Up, a 12-minute short "
        "drama made by our film group.\n\n"
        "THE PROJECT\n\n"
        "Nine Steps Up was directed by Ruth Alder. The film follows Sam, a man who counts the "
        "stairs to the visits hall. Sam is played by Idris Lowe. The project was funded by "
        "the Pell Foundation.\n\n"
        "THE SCREENING\n\n"
        'The governor, Anne Bright, said that she saw it as "a film about hope".\n\n'
        "Last year's project, the animated short Cell 9 Radio (2024), was directed by Beth "
        "Soames.\n"
    )
    header = (
        "title: 'Nine Steps Up': our film made at HMP Wexley | Open Door Arts\n"
        "publisher: Open Door Arts"
    )
    facts = extract_facts(parse_article(f"source: urn:test\n{header}\n\n{body}"))
    assert {f.subject.name for f in facts} == {"Nine Steps Up", "Cell 9 Radio"}
    assert ("Nine Steps Up", "cast_member", "Idris Lowe") in _triples(facts)
    assert ("Cell 9 Radio", "director", "Beth Soames") in _triples(facts)
    assert not [f for f in facts if f.relation.value == "main_subject"]


def test_a_crew_calls_key_creatives_are_no_film():
    body = (
        "Crew call: The Lamplighter's Son\n\n"
        "The Lamplighter's Son is a feature drama shooting in Pembrokeshire this spring. Falk "
        "has adapted the screenplay from Jo Reed's 2019 novel The Lamplighter's Son.\n\n"
        "KEY CREATIVES (confirmed)\n\n"
        "Writer-director: Imogen Falk\n"
        "Editor: Lorna Beck\n"
    )
    facts = _facts(body, "Crew call: The Lamplighter's Son – Guide Price £40")
    assert {f.subject.name for f in facts} == {"The Lamplighter's Son"}
    assert ("The Lamplighter's Son", "editor", "Lorna Beck") in _triples(facts)
    assert ("The Lamplighter's Son", "screenwriter", "Jo Reed") not in _triples(facts)


def test_a_streaming_pages_about_heading_is_its_films_part():
    body = (
        "StreamNest   Home  Films  Series  My List\n\n"
        "Harbour Glass\n"
        "2019 · 12+ · 1h 52m · Drama · Lebanon\n\n"
        "A boy in Beirut sues his parents.\n\n"
        "ABOUT HARBOUR GLASS\n"
        "Director: Rana Haddad\n"
        "Cast: Zain Karam (Zain), Lina Aoun (Rahil)\n"
    )
    facts = _facts(body, "Watch Harbour Glass | StreamNest")
    assert {f.subject.name for f in facts} - {"Zain Karam", "Lina Aoun"} == {"Harbour Glass"}
    assert ("Harbour Glass", "director", "Rana Haddad") in _triples(facts)


def test_a_ticket_sites_movie_info_is_its_films_part():
    body = (
        "Home > Movies > Dustline (2025)\n\n"
        "DUSTLINE (2025)\n"
        "R | 1 hr 58 min | Western\n\n"
        "SYNOPSIS\n"
        "A sheriff rides out after her deputy.\n\n"
        "MOVIE INFO\n"
        "Director: Tomas Bell\n"
        "Producers: Devon Rhee\n"
        "Distributor: Sable Creek Pictures\n"
    )
    facts = _facts(body, "Dustline (2025) | Tickets & Showtimes")
    assert {f.subject.name for f in facts} == {"Dustline"}
    assert ("Dustline", "director", "Tomas Bell") in _triples(facts)


def test_a_tagline_naming_the_encyclopedia_is_no_film():
    # "From X, the free ... encyclopedia" under the title: where the page comes from
    body = (
        "Marsh Lanterns\n\nFrom Reelpedia, the free film encyclopedia\n\n"
        "Marsh Lanterns is a 2021 Estonian animated film directed by Kertu Saar.\n"
        "Directed by ........ Kertu Saar\nRunning time ....... 88 minutes\n"
    )
    facts = _facts(body, "Marsh Lanterns — Reelpedia, the free film encyclopedia")
    assert _subjects(facts, "director") == {"Marsh Lanterns"}
    assert "From Reelpedia" not in {f.subject.name for f in facts}


def test_a_headline_that_opens_on_the_film_then_a_verb_is_no_title():
    # "The Harrow Line returns – ..." in the page title, and the heading set in capitals
    body = (
        "THE GLASS FERRY RETURNS – FOR ONE WEEK ONLY\n\n"
        "The Glass Ferry is back on our screens from Friday. The Glass Ferry was directed by "
        "Ilse Marwick.\n\nABOUT THE FILM\n\nThe Glass Ferry runs 111 minutes.\n\n"
        "Its 2012 sequel, The Glass Ferry: Landfall, directed by Oren Tabbal, is not in "
        "this season.\n"
    )
    facts = _facts(body, "The Glass Ferry returns – for one week only | Orbit Cinemas")
    triples = _triples(facts)
    assert ("The Glass Ferry", "director", "Ilse Marwick") in triples
    assert _subjects(facts, "duration") == {"The Glass Ferry"}
    assert ("The Glass Ferry", "director", "Oren Tabbal") not in triples
    assert ("The Glass Ferry: Landfall", "director", "Oren Tabbal") in triples


def test_a_trade_and_a_cv_heading_are_no_titles():
    from lookback_kg.extract.context import unlikely_title

    assert unlikely_title("Director of Photography")
    assert unlikely_title("Production Designer")
    assert unlikely_title("CV")
    assert unlikely_title("Ireland–Belgium")
    assert unlikely_title("BOOK")  # a booking page's button
    assert unlikely_title("Japan, 2021") and unlikely_title("France / Belgium 2024")
    assert not unlikely_title("Paris 1900")
    assert not unlikely_title("The Photographer")


def test_a_page_label_before_the_film_is_cut_off():
    # "IN FOCUS: MOSELLE BLUE" over the film's entry: the sales page's pick
    body = (
        "MARKET SCREENINGS\n\nIN FOCUS: SALT BELL\nLatvia · 2025 · 97 min · Drama\n\n"
        "Director\nIeva Berzina\n\nSalt Bell follows a ferry's last crossing. Salt Bell was "
        "shot in Liepaja.\n"
    )
    facts = _facts(body, "Market screenings | Amber Sales")
    assert _subjects(facts, "duration") == {"Salt Bell"}


def test_an_irish_title_and_name_keep_their_mutated_words():
    body = (
        "OILEÁN NA gCLOCH (ISLAND OF STONES)\nCert: 12A | 84 mins | Ireland 2024\n\n"
        "Director ........ Áine Nic Dhonncha\nOriginal music .. Colm Ó hAodha\n"
    )
    facts = _facts(body, "Oileán na gCloch (Island of Stones) – Book tickets – Quay Cinema")
    triples = _triples(facts)
    assert ("Oileán na gCloch", "composer", "Colm Ó hAodha") in triples
    assert _subjects(facts, "duration") == {"Oileán na gCloch"}


def test_a_months_meeting_before_a_colon_is_no_title():
    from lookback_kg.extract.context import _DATED_COLUMN

    assert _DATED_COLUMN.fullmatch("February meeting")
    assert _DATED_COLUMN.fullmatch("March 2024 picks")
    assert not _DATED_COLUMN.fullmatch("February Rain")


def test_a_winners_list_with_bold_titles_gives_each_entry_its_facts():
    body = (
        "The festival closed on Saturday. Here is the full list of winners.\n\n"
        "## Golden Gull (Best Film)\n\n**Dry Harbour** (Chile)\nDirector: Inés Royo\n"
        "Running time: 112 min.\n\nRoyo's drama took the top prize.\n\n"
        "## Special Jury Prize\n\n**Salt Bells** (Norway)\nDirector: Kari Vold\n"
        "Running time: 98 min.\n\nVold's film was the runner-up.\n\n"
        "## Best Animated Feature\n\n**The Kite Post** (Japan)\nDirector: Rin Sato\n"
        "Running time: 91'\n\nSato's film beat four others.\n"
    )
    facts = _facts(body, "Gull Festival winners: a Chilean drama takes the top prize")
    triples = _triples(facts)
    assert ("Dry Harbour", "director", "Inés Royo") in triples
    assert ("Salt Bells", "director", "Kari Vold") in triples
    assert ("The Kite Post", "director", "Rin Sato") in triples


def test_a_listicles_reasons_are_no_entries_and_others_word_is_a_hedge():
    body = (
        "The film is Rooftop Tunes, and here is why we keep going back.\n\n"
        "**1. It's genuinely, properly funny**\n\nRooftop Tunes is a comedy. Omar Fathy "
        "plays Galal, a sound engineer.\n\n**2. It won the big one**\n\nIt premiered at "
        "the Cairo International Film Festival on 14 November 2023.\n\n"
        "My uncle keeps telling me the film is based on Night Voices, the old radio play. "
        "It isn't.\n"
    )
    facts = _facts(body, "5 reasons we saw Rooftop Tunes three times")
    triples = _triples(facts)
    assert ("Rooftop Tunes", "cast_member", "Omar Fathy") in triples
    assert _subjects(facts, "premiere") == {"Rooftop Tunes"}
    assert not _subjects(facts, "based_on")
