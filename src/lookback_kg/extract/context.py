"""What an article is about: its film, the names met so far, and what 'it' refers to.

The film is found, not given: the title-cased name that the article repeats most, favoured
when the header's title holds it or a sentence types it ("X is a ... film").
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import regex as re
from babel.numbers import list_currencies

from lookback_kg.extract import casing, names, normalise, rules, values
from lookback_kg.extract.awards import countries_listed, read_award_lists
from lookback_kg.extract.sentences import (
    BILINGUAL,
    CREDIT_LABEL,
    FRAME,
    HEADING_MARKS,
    MENTIONS_LABEL,
    RULE_LINE,
    Span,
)
from lookback_kg.extract.tables import SLOT_LABEL, page_actor, table_titles
from lookback_kg.model import Article, Entity, EntityKind, slugify

FILM_ANAPHOR = re.compile(
    r"\b(?i:the|this|that)\s+(?:[\p{L}\d-]+\s+){0,3}?(?i:film|movie|feature|adaptation|picture)\b"
    # "The Japanese production opened at home on 14 July": the film, not its company or crew
    r"|\b(?i:the|this)\s+(?:[\p{L}-]+\s+){0,2}?(?i:production|co-production)\b(?!\s+(?i:company|"
    r"companies|house|outfit|team|designer|design|budget|manager|schedule|notes|office|crew|"
    r"partner|partners|of|on|in|process|stage|phase|side|values|line))"
    # "this globe-trotting comedy": "this" points back at the film even where a kind names it
    r"|\b(?i:this)\s+(?:[\p{L}\d-]+\s+){0,2}?(?i:comedy|drama|thriller|documentary)\b"
    r"|\b(?:It|it|Its|its)\b(?!['’]s\s+(?:expected|likely))"
    # "Ece Karaman's second feature is a Turkish thriller": the maker's film the text is on
    r"|\b\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}['’]s\s(?:new|latest|second|third|fourth|fifth)"
    r"\s(?:feature|film|movie)\b(?!,?\s\p{Lu})"
)
# A line under a heading that opens on a quotation: a critic's words
_QUOTE_UNDER = re.compile(r"[ \t]*\n[ \t]*[\"“„«]")
# How often a page about one film writes its name, at least
_OWN_PAGE_MENTIONS = 4
_COMMON_ZIPF = 4.5  # wordfreq's Zipf: "run" 5.49, "cast" 4.6; "afterlives" 1.57
# The film set against another one just named: "This one is an epic", "better this time round"
# (not "that one, not this one")
_THIS_ONE = re.compile(
    r"(?<!\bnot )\b(?:[Tt]his one|this time(?: round| around)?|[Tt]he new one|[Tt]his sequel|"
    r"[Pp]art two)\b"
)
# "the opening film was" before a title: the anaphor is that title, not the film before it
_ANAPHOR_IS = re.compile(r"[ \t]+(?:was|is)[ \t]+")
SOURCE_ANAPHOR = re.compile(
    r"\b(?i:the|this)\s+(?:original\s+|source\s+)?(?i:manga|novel|book|comic|source material)\b"
)
_TYPED_FILM = re.compile(
    # (or "X, which is a British film made in Wales")
    rf"(?P<title>{names.TITLE})(?:\s+\(\d{{4}}\))?(?:,\s+which)?\s+(?i:is|was)\s+(?:a|an)\s+"
    r"[^.]{0,80}?"
    r"\b(?i:film|movie|feature|documentary|drama|comedy|thriller|adventure|fantasy|romance|"
    r"musical|western|anime)\b"
)

# A title that opens on a number, or ends on a year after a comma, said to be a film where a
# sentence starts: "40 Winters in Tabriz is the first feature-length documentary by X" (not
# "2024 Berlinale winner ...")
_NUMBERED_TYPED_FILM = re.compile(
    # (or a title, a comma and a year: "Zima, 1981 is a historical drama")
    rf"(?:^|(?<=[.!?]\s))(?P<title>(?!(?:19|20)\d\d\b)\d{{1,4}}[ \u00a0]{names.TITLE}"
    rf"|{names.TITLE},[ \u00a0](?:19|20)\d\d)"
    r"(?:\s+\(\d{4}\))?\s+(?:is|was)\s+(?:a|an|the)\s+[^.\n]{0,60}?"
    r"\b(?i:film|movie|feature|documentary|drama|comedy|thriller|anime)\b",
    re.MULTILINE,
)

# A phrase that speaks of a work other than the film, without naming it: facts in its clause
# are not the film's ("his previous film, which won ...", "a stage version, directed by ...").
_OTHER_WORK = re.compile(
    r"\b(?i:that|the|this|an?)\s+(?i:earlier|previous|prior|original|other|stage|live-action|"
    r"television|TV|theatrical|English|dubbed)\s+(?i:film|movie|feature|short|series|version|"
    r"adaptation|production|cut)\b"
    # "Not to be confused with Kaaval, an unrelated 1986 Malayalam drama film directed by X"
    r"|\b(?i:an?|the)\s+(?i:unrelated|different|separate|older)\s+(?:[\p{L}\d-]+\s+){0,3}?"
    r"(?i:film|movie|feature|series|version)\b"
    # "The first film took C$3.1 million", beside its sequel; not "the first film to win"
    # (not where a part comes from: "reprises his role as Moussa from the first film")
    r"|(?<!\b(?i:from)\s)\b(?i:the)\s+(?i:first)\s+(?i:film|movie|feature|instalment|installment|one)\b"
    r"(?!\s+(?:to|from|in|ever|since|of|by|with|that|which)\b)"
    r"|\b(?i:the|a|its|this|our)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?i:restoration|remaster|remake|sequel|prequel|follow-up|trailer|teaser)\b"
    rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|{names.NAME}['’]s?)\s+(?:(?:19|20)\d\d\s+)?"
    # (in lower case: "Ingrid's Last Ferry" is a title)
    r"(?:previous|earlier|prior|last|debut|breakout|next)\b"
    # (in the present, the film at hand: "Ruairí Keogh-Daly's debut is a horror comedy")
    # (or with its noun and an aside: "Noora Al-Mannai's debut film, a quiet Qatari drama
    # she wrote with Khalid Al-Sada, stars ...")
    r"(?!(?<=debut)(?:\s+(?:film|feature|movie))?(?:,\s+(?:a|an|the)\s[^,.;]{1,80},)?"
    r"\s+(?:is|follows|tells|stars|centres|centers|opens)\b)"
    # "in one of her last roles": a person's part, not another film
    r"(?!\s+(?:[\p{Ll}-]+\s+)?(?:roles?|parts?|appearances?|performances?|years?|days?|words?)\b)"
    r"(?:\s+(?:[\p{Ll}-]+\s+){0,2}?(?i:film|movie|feature|short|work|project|effort)\b)?"
    rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Tt]hat|an?|{names.NAME}['’]s?)\s+(?P<year>(?:19|20)\d\d)\s+"
    r"(?:[\p{Ll}-]+\s+){0,2}(?i:film|movie|feature)\b"
    # "Sawamura's first feature, Hanabi, ...": a maker's other film, named in apposition
    rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|{names.NAME}['’]s?)\s+(?i:first|second|third|fourth|fifth)\s+"
    rf"(?:[\p{{Ll}}-]+\s+){{0,2}}?(?i:film|movie|feature)(?=,\s+{names.TITLE})"
)
_EARLIER_TITLE = re.compile(
    rf"\b[Tt]he\s+(?:first|original|earlier|previous|last)\s+(?P<title>{names.TITLE})"
    # "From Han Seo-yeon, the director of Winter Salt, winner of ...": her other film
    rf"|\b(?:[Tt]he\s+)?(?P<maker>director|co-director|maker)\s+of\s+(?P<title>{names.TITLE})"
)
_OTHER_WORK_CUE = re.compile(
    r"earlier|previous|prior|original|other|stage|live-action|television|TV|theatrical|new|"
    r"director of|maker of|"
    r"restor|remaster|remake|sequel|prequel|follow-up|trailer|teaser|last|debut|breakout|next|"
    r"English|first|"
    r"dubbed|(?:19|20)\d\d",
    re.IGNORECASE,
)
# ... unless the phrase describes the film itself: "X is her debut", "X, her debut, ...".
_COPULA_BEFORE = re.compile(r"\b(?:is|was|as|marks|becomes|became)\s+(?:also\s+)?$")
# "his previous film, The Wind Rises, ...": the other work's own name, in apposition.
_APPOSITIVE_TITLE = re.compile(rf",\s+(?P<title>{names.TITLE})(?:\s+\([^()]{{1,80}}\))?,")
OTHER_WORK = Entity(EntityKind.WORK, "(a work the text does not name)")
"""Stands for another, unnamed work in `work_mentions`: facts about it are not kept."""

MAX_CANDIDATES = 25


# a title's words before its last, ending in a small word: "Suara dari " of "Suara dari Lumpur"
# (not a maker's or a prize's words: "Park Eun-sol's children's novel ", "Ana Ruiz for ")
_ENDS_SMALL = re.compile(
    r"^\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+)*?[ \t]+"
    r"(?!(?:for|by|with|at|to|from|and|in|on|novel|manga|film|book|play)[ \t])\p{Ll}+[ \t]+$"
)


# What says the work named after it is a film's source: "is adapted from", "based on"
_ADAPTED_BEFORE = re.compile(
    r"(?i)\b(?:adapted|adapts|adapting|based|inspired|drawn)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?"
    r"(?:from|on|by)\b"
)
# A romanised Korean given name, after the family name: "Ji-woo", "Da-eun", "Min-seok" (not
# "Adeyemi-Bankole", a double surname, capitals on both halves)
_GIVEN_NAME_SECOND = re.compile(r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}")


@dataclass
class ArticleContext:
    """Per-article state shared by the rules: the film, known people and works."""

    article: Article
    film: Entity | None
    persons: dict[str, str] = field(default_factory=dict)  # a name's tail -> the full name
    works: dict[str, Entity] = field(default_factory=dict)  # slug -> work
    source_work: Entity | None = None  # what the film is based on: "the manga"
    topic: Entity | None = None  # the work the previous sentence was about
    # The film the current paragraph opens with, and the one the paragraph before opened with:
    # "The film, which runs ..." opening a paragraph after one that opened "Salt Wind, directed
    # by ..." is Salt Wind.
    opened_with: Entity | None = None
    last_opened_with: Entity | None = None
    paragraph_start: bool = True
    section_is_a_line: bool = False  # the section is one line of a list, not a heading's
    under_day_heading: bool = False  # the last sentence was a diary's day ("THU 03 OCT")
    # The last sentence was a heading that names no film ("The feature"): a paragraph after it
    # that opens with a film starts that film's section
    under_plain_heading: bool = False
    film_year: int | None = None  # "X (2023)", "X is a 2023 film"
    section: Entity | None = None  # the film the current heading names ("COPPER SKY ★★★★☆")
    # Where the heading starts that heads a film's record ("✦ AUDIENCE AWARD" over "TITLE",
    # then "Armand"): a rule that reads such a heading holds there only
    record_heading_at: int | None = None
    headings: list[str] = field(default_factory=list)  # the sections' films, for `--explain`
    first_heading_at: int | None = None  # where the first film's section starts in the body
    # Names a reader read and dropped, with why: (name, relation, reason), for `--explain`.
    dropped: list[tuple[str, str, str]] = field(default_factory=list)
    # Every full name shaped like a person's the text writes, met or not as a credit: the
    # forms a one-word character name may be short for.
    full_names: set[str] = field(default_factory=set)
    # Indexes kept beside `works` and `persons`, so no lookup scans every name met so far.
    _index: WorkIndex = field(default_factory=lambda: WorkIndex(), init=False, repr=False)
    _person_names: set[str] = field(default_factory=set, init=False, repr=False)
    _persons_counted: int = field(default=0, init=False, repr=False)
    _mentions: tuple[tuple, list[tuple[int, Entity]]] | None = field(
        default=None, init=False, repr=False
    )

    def person(self, name: str) -> str:
        """A surname met alone is the full name met before it ("Van den Eynde" is "Margaux Van
        den Eynde"); capitals as people write them."""
        name = names.person_case(name)
        return self.persons.get(name.lower(), name)

    def remember_person(self, name: str) -> None:
        """Learn a full name under its surname, under a surname that opens on a particle, and
        under its last two names: "Margaux Van den Eynde" is also "Van den Eynde" and "Eynde";
        "Valentina Ocampo Ruiz" is also "Ocampo Ruiz", as Spanish writes a double surname."""
        parts = name.split()
        if len(parts) >= 2 and parts[-1].lower() not in self.persons:
            in_step = len(self.persons) == self._persons_counted
            for start in range(1, len(parts)):
                # (not "Cinematographer Lasse Vinding", a role before a name, nor "Only Kolade
                # Ashiru", a common word: a given name is seldom one)
                last_two = (
                    start == len(parts) - 2
                    and not _ROLE_WORD_FIRST.match(parts[0])
                    and names.is_rare(parts[0])
                )
                # (or a surname joined by particles: "Echevarría de la Fuente" of "Santiago
                # Echevarría de la Fuente"; not "África do Sul" of "Na África do Sul")
                joined = (
                    start == 1
                    and len(parts) >= 4
                    and len(parts[0]) > 2
                    and _PARTICLE.fullmatch(parts[2]) is not None
                )
                if (
                    start == len(parts) - 1
                    or last_two
                    or joined
                    or _PARTICLE.fullmatch(parts[start])
                ):
                    self.persons.setdefault(" ".join(parts[start:]).lower(), name)
            if len(parts) == 2 and _GIVEN_NAME_SECOND.fullmatch(parts[1]):
                # "Han Ji-woo" is "Han": a Korean name gives its family name first
                self.persons.setdefault(parts[0].lower(), name)
            self._person_names.add(name)
            if in_step:
                self._persons_counted = len(self.persons)

    def is_person_name(self, name: str) -> bool:
        """True when `name` is a full name met before: a set lookup, not a scan of them all."""
        if len(self.persons) != self._persons_counted:  # `persons` was changed from outside
            self._person_names = set(self.persons.values())
            self._persons_counted = len(self.persons)
        return name in self._person_names

    def prime_persons(self, sentences: list[Span]) -> None:
        """Learn full names that look like people, so a later surname alone resolves."""
        film_key = self.film.key if self.film else None
        for sentence in sentences:
            if _TRACK_ROW.search(sentence.text):
                continue  # "Levanis tsasvla (Levan Leaves) ..... 7:12": a track, no person
            for match in names.NAME_RE.finditer(sentence.text):
                name = names.clean_name(match.group())
                if (
                    names.looks_like_person(name)
                    and slugify(name) != film_key
                    and normalise.country_of(name) is None
                ):
                    self.remember_person(name)
                    if " " in name:
                        self.full_names.add(name)

    def prime_films(self, body: str) -> None:
        """Learn the other films a text types as films ("Salt Wind (2019)", "Tide is a 2020
        French film"), so a sentence naming one hangs its facts on it, not on the film the
        article is about."""
        patterns = (
            _TYPED_FILM,
            _TITLE_YEAR,
            _FILM_THEN_TITLE,
            _TITLE_DIRECTED_BY,
            _JOINED_FILM,
            _SENTENCE_CASE_FILM,
            _MAKERS_CASED_TITLE,
            _KIND_THEN_SENTENCE_CASE,  # "the horror film Quỷ cổ tháp (2020)"
            _NAMED_FILM_APPOSITION,
            _SENTENCE_CASE_GLOSSED,  # "Los hijos del granizo (The Children of the Hail)"
        )
        for pattern in (*patterns, _TABLE_ROW):
            for name in _titles(pattern, body):
                if pattern is _TABLE_ROW and (
                    _LABEL_WORDS.fullmatch(name)
                    or _RATING.fullmatch(name)
                    or CREDIT_HEADING.fullmatch(name)
                    or CREDIT_LABEL.fullmatch(name)
                    # (or the entry's kind: "Drama | ČR/SK 2025 | 103 min", "Animated | ...")
                    or all(
                        w in values.GENRES or w in values.LISTING_WORDS
                        for w in name.lower().split()
                    )
                ):
                    continue  # "Runtime | 122 min", "PG | Animation", "PRESS | ...": a key
                if pattern is _TABLE_ROW and _makers_row(name, body):
                    continue  # "Isao Takahata | Japan | 89 min", under its entry's title
                if pattern is _TABLE_ROW and _menu_row(name, body):
                    continue  # "Politics | Business | Society | Culture": a site's menu
                if name and not unlikely_title(name):
                    self.remember_work(Entity(EntityKind.FILM, name))
        for name, book in foreign_sentence_case_titles(body):  # "Ciudad de barro, directed by"
            if not unlikely_title(name):
                self.remember_work(Entity(EntityKind.WORK if book else EntityKind.FILM, name))
        for match in _POSSESSIVE_TITLE_DATED.finditer(body):
            # "was Abay's Daughter (Ye Abay Lij, 1984), directed by X": a title with its
            # possessive (not "Kurosawa's Ran (1985)", whose owner the text names in full)
            owner = match["title"].partition("'")[0].partition("’")[0]
            elsewhere = body[: match.start()] + body[match.end() :]
            if not re.search(rf"\p{{Lu}}[\p{{L}}-]*[ \t]+{re.escape(owner)}['’]?s?\b", elsewhere):
                self.remember_work(Entity(EntityKind.FILM, match["title"]))
        makers = _titles(_MAKERS_KIND_TITLE, body) if _MAKERS_CUE.search(body) else ()
        for name in makers:  # "Callum Reid's comedy Brass Monkeys"
            short_form = self.film is not None and self.film.key.startswith(slugify(name))
            if not short_form and not unlikely_title(name):
                self.remember_work(Entity(EntityKind.FILM, name))
        quoted = (*_QUOTED_TITLE.finditer(body), *_KIND_THEN_QUOTED.finditer(body))
        for match in quoted:  # news quotes titles: '"Iron Spring", a ...'
            name = " ".join(match["title"].split())
            # the film a showing is of: 'the screening of "Les Heures blanches" (Un Certain
            # Regard)', its section in brackets, not who plays a part
            shown = _SHOWING_BEFORE_QUOTE.search(
                body, max(0, match.start() - 40), match.start() + 1
            )
            played = None if shown else _PLAYER_AFTER.match(body, match.end())
            if (
                played
                and names.looks_like_person(played["name"])
                and not _TYPED_AFTER_QUOTE.match(body, played.end())
            ):
                continue  # '"El Cometa" (Emiliano Garza)': a part, and who plays it
            # written as a title, or in lower case as some are styled ("saltwater diary")
            titled = re.fullmatch(names.TITLE, name) or _STYLED_LOWER.fullmatch(name)
            titled = titled or _SUBTITLED.fullmatch(name)  # '"Iron Vanguard: Reckoning"'
            titled = titled or shown
            # or in sentence case, as Spanish and Basque write titles, when the text says
            # what it is: '"Los años de plomo", Clara Ibáñez's documentary', 'the Catalan
            # thriller "Nit de vidre"'
            titled = titled or (
                _SENTENCE_CASE.fullmatch(name)
                and (
                    _TYPED_AFTER_QUOTE.match(body, match.end())
                    or _KIND_BEFORE_QUOTE.search(
                        body, max(0, match.start() - 40), match.start() + 1
                    )
                )
            )
            short_form = self.film is not None and name in _film_names(self.film.name)
            if _SOURCE_AFTER_QUOTE.match(body, match.end()):
                continue  # '"Hrafninn í gilinu", a short story by X': a book, not a film
            if (
                titled
                and not short_form
                and not unlikely_title(name)
                and name.lower() not in names.PRONOUNS
            ):
                self.remember_work(Entity(EntityKind.FILM, name))
        for name in entry_headings(body).values():  # "La casa de las tortugas, dir. Ana Ruiz"
            self.remember_work(Entity(EntityKind.FILM, name))
        for name in table_titles(body):  # "| 2 | The Longest Yard Sale | Parkway | $18.4M |"
            if not unlikely_title(name):
                self.remember_work(Entity(EntityKind.FILM, name))
        for match in _TITLE_PLACE_YEAR.finditer(body):
            # "16:00 Paterson (USA 2016, 118 min)": a programme's film, where and when made
            name = names.clean_name(match["title"])
            if countries_listed(match["place"]) and not unlikely_title(name):
                self.remember_work(Entity(EntityKind.FILM, name))
        for match in _DIARY_FILM.finditer(body):
            # a diary's film: "The opening film was Small Things Like These", "Then La Cocina
            # by Alonso Ruizpalacios:", "Hong Sang-soo's A Traveler's Needs, his third film"
            maker = match["maker"]
            name = _full_title(body, match)
            if maker and not (self.is_person_name(maker) or names.looks_like_person(maker)):
                continue  # "Pepe, from the Dominican Republic": a place, not a maker
            if maker and _credit_words(name):
                continue  # "Directed by Ana Ruiz.", "Original music by ...": a credit
            if name and not unlikely_title(name):
                self.remember_work(Entity(EntityKind.FILM, name))
        for name in _titles(_SOURCE_THEN_TITLE, body):  # "Holmqvist's novel The Glass Harbour"
            if name and not unlikely_title(name):
                self.remember_work(Entity(EntityKind.WORK, name))

    def knows_work(self, name: str) -> bool:
        """True for the film, or a work met before under this name."""
        key = slugify(name)
        if self.film is not None and key == self.film.key:
            return True
        return any(f"{kind}:{key}" in self.works for kind in (EntityKind.FILM, EntityKind.WORK))

    def known_title_at(self, text: str, start: int, name: str) -> str | None:
        """The film or known work whose name begins with `name` and which `text` spells out
        in full from `start`: "La casa de los relojes", where a title's shape stopped at "La"
        (titles in sentence case, as Spanish, French and Italian write them)."""
        longest = None
        for work in (self.film, *self.works.values()):
            if work is None or len(work.name) <= len(name):
                continue
            spelt = text[start : start + len(work.name)]
            if spelt.lower() == work.name.lower() and (
                longest is None or len(spelt) > len(longest)
            ):
                longest = spelt if spelt == work.name else work.name
        if longest is None:
            # ... or ends with it after a small word: "Lumpur", where the shape skipped
            # "Suara dari"
            for work in (self.film, *self.works.values()):
                head = work.name[: -len(name)] if work else ""
                if work is None or not _ENDS_SMALL.search(head) or len(head) > start:
                    continue
                spelt = text[start - len(head) : start + len(name)]
                if spelt.lower() == work.name.lower():
                    return work.name
        return longest

    def remember_work(self, work: Entity) -> None:
        if work.name.isupper() and len(work.name) > 4:
            # "CRUISIN' ROUTE 9 (1978)" in a programme set in capitals: written as titles are
            work = dataclasses.replace(work, name=names.title_case(work.name))
        made = _MAKERS_TITLE.fullmatch(work.name)
        if made and self.film is not None and slugify(made["title"]) == self.film.key:
            return  # "Šimkutė's Amber Shore" on the page of "Amber Shore": the film, by its maker
        if self.film is None or work.key != self.film.key or work.kind != self.film.kind:
            key = f"{work.kind}:{work.key}"
            if key not in self.works:
                self.works[key] = work
                self._index.add(work)
                split = slashed_title(work.name) if work.kind is EntityKind.FILM else None
                if split is not None:  # "Kra / Drift Ice": the prose names "Kra" alone
                    self.remember_work(Entity(work.kind, split[0]))

    def work_mentions(self, sentence: Span) -> list[tuple[int, Entity]]:
        """Positions in the sentence where the film or a known work is named or referred to."""
        # Asked again for each match in the sentence: answered once per sentence and state.
        state = (
            sentence,
            len(self.works),
            self.source_work,
            self.topic,
            self.section,
            self.paragraph_start and self.last_opened_with,
        )
        if self._mentions is not None and self._mentions[0] == state:
            return list(self._mentions[1])
        found: list[tuple[int, Entity]] = []
        film_spans: list[tuple[int, int]] = []
        # the film, and the film whose entry this is ("1. Guillermo del Toro's Pinocchio"),
        # each under its own name and its short form
        named_films = [f for f in dict.fromkeys((self.film, self.section)) if f is not None]
        for film in named_films:
            # (not the head of another film's title: "The Harrow Line: Terminus", its sequel)
            longer = [
                w.name
                for w in self.works.values()
                if w.kind is EntityKind.FILM and w.name.startswith(f"{film.name}: ")
            ]
            for name in _film_names(film.name):
                for match in title_pattern(name).finditer(sentence.text):
                    if any(begin <= match.start() < end for begin, end in film_spans):
                        continue
                    if any(sentence.text.startswith(w, match.start()) for w in longer):
                        continue
                    if _SEQUEL_NUMBER.match(sentence.text, match.end()):
                        continue  # "The Wedding Party 2" is another film
                    short = name != film.name
                    # "Robert Zemeckis's live-action Pinocchio": another maker's film
                    other = short and _ANOTHER_MAKERS.search(sentence.text, 0, match.start())

                    found.append((match.start(), OTHER_WORK if other else film))
                    film_spans.append(match.span())
        if self.film is not None:
            # "the film" is the film the text spoke of last, when that was a film
            spoken_of = self.topic if self.topic and self.topic.kind is EntityKind.FILM else None
            spoken_of = spoken_of or self.section
            if spoken_of is None and self.paragraph_start:
                spoken_of = self.last_opened_with
            anaphors = [m.span() for m in FILM_ANAPHOR.finditer(sentence.text)]
        if len(self._index) != len(self.works):  # `works` was set from outside
            self._index = WorkIndex(self.works.values())
        named: list[tuple[int, int, Entity]] = []
        for work, start in self._index.mentions(sentence.text):
            if any(
                work.key == film.key or film.name.endswith(f", {work.name}") for film in named_films
            ):
                continue  # the film's own name is the film ("Hora Cero" of "Atacama, Hora
                # Cero" too); "the manga" names its source
            if any(begin <= start < end for begin, end in film_spans):
                continue  # "Lanterns of Kessen" inside "Lanterns of Kessen: The Drowned Archive"
            match = title_pattern(work.name).match(sentence.text, start)
            named.append((start, match.end() if match else start + len(work.name), work))
        for start, end, work in named:
            # the manga "Kaiju Kōen" inside the film "Kaiju Kōen: Final Act" is not named
            if not any(a <= start and end <= b and b - a > end - start for a, b, _ in named):
                found.append((start, work))
        if self.source_work is not None:
            for match in SOURCE_ANAPHOR.finditer(sentence.text):
                found.append((match.start(), self.source_work))
        if self.film is not None:
            # "..., X had its biggest success when that film grossed": the film named last
            # before the anaphor in the same sentence, else the one the text spoke of last
            named = sorted((start, work) for start, work in found if work.kind is EntityKind.FILM)
            contrast = _CONTRAST_CLAUSE.match(sentence.text) if self.section else None
            if contrast:  # "Where Talveaed is quiet, this is a comedy": "this" is the entry's
                named = [(at, work) for at, work in named if at >= contrast.end()]
            set_against = []
            for match in _THIS_ONE.finditer(sentence.text):
                # "The first Gallowglass (2022) was scrappy. This one is an epic": set against
                # another film, the page's own (or its entry's)
                if not any(at < match.start() for at, _ in named):
                    set_against.append((match.start(), self.section or self.film))
            # (and "it" after it is that film: "This one is not a documentary, though it looks
            # like one")
            named = sorted(named + set_against, key=lambda item: item[0])
            for start, end in anaphors:
                if any(at == end + 1 for at, _ in named):
                    continue  # "the horror film The Ninth Floor": a kind, then the title
                named_as = _ANAPHOR_IS.match(sentence.text, end)
                same = [work for at, work in named if named_as and at == named_as.end()]
                if same:  # "The opening film was Small Things Like These": that film
                    found.append((start, same[0]))
                    continue
                before = [work for at, work in named if at < start]
                found.append((start, before[-1] if before else spoken_of or self.film))
            found.extend(set_against)
        found.extend(self._other_works(sentence.text, found))
        # where a film and its source share a name and a place, the film is the last word:
        # "Moonwake, directed by ..." is the film, not the novel Moonwake
        found.sort(key=lambda item: (item[0], _precedence(item[1])))
        self._mentions = (state, found)
        return list(found)

    def subject_before(self, sentence: Span, position: int) -> Entity | None:
        """The work a relation at `position` is about: the nearest one named before it."""
        mentions = self.work_mentions(sentence)
        contrast = _CONTRAST_CLAUSE.match(sentence.text)
        if contrast and position >= contrast.end() and self.section is not None:
            # "Where Talveaed is quiet, this is a comedy": the clause sets another film apart
            mentions = [(at, work) for at, work in mentions if at >= contrast.end()]
        # a title inside a parenthesis closed before the relation is a gloss, not its subject:
        # 'The Boy and the Heron (lit. "How Do You Live?") is a 2023 film directed by ...'
        glosses = [
            (m.start(), m.end())
            for m in _PARENTHESIS.finditer(sentence.text, 0, position)
            if m.end() <= position
        ]
        # so is a source named in an aside closed before it: "The family drama, adapted from
        # Inger Brask's novel 'Tidevand', is also nominated for ..."
        glosses += [
            (m.start(), m.end())
            for m in _SOURCE_ASIDE.finditer(sentence.text, 0, position)
            if m.end() <= position
        ]
        before = [
            entity
            for start, entity in mentions
            if start < position and not any(a < start < b for a, b in glosses)
        ]
        if before:
            return before[-1]
        if mentions and _FRONTED_CLAUSE.fullmatch(sentence.text, 0, mentions[0][0]):
            return mentions[0][1]  # "Written and directed by X, the animated Y opened ..."
        head = _FRONTED_HEAD.match(sentence.text)
        if head and position < head.end():
            # "Directed by X and based on Y's manga Z, the film has grossed ...": the clause is
            # said of what the main clause opens with, not of a work it names itself
            after = [e for at, e in mentions if head.end() <= at <= head.end() + _OPENS_WITHIN]
            if after:
                return after[0]
        if (
            mentions
            and _SHOWING_WORD.search(sentence.text)  # (a cheap look first: a hot path)
            and _AT_ITS_SHOWING.fullmatch(sentence.text, 0, mentions[0][0])
        ):
            # "A, who plays B, and director C attend the screening of "X"": a caption's film
            return mentions[0][1]
        if (
            mentions
            and mentions[0][1] is not OTHER_WORK
            and _MAKER_BEFORE.fullmatch(sentence.text, 0, mentions[0][0])
        ):
            return mentions[0][1]  # "Callum Reid's comedy Brass Monkeys opened": the maker's
        if mentions and self.topic is not None and all(e == self.topic for _, e in mentions):
            return self.topic  # "The screenplay is by X, ... and the film also took ...": it
        if mentions:
            return self.section or self.film
        return self.topic or self.section or self.film

    def _film_then_page_part(self, title: str) -> bool:
        """The film's name, a dash, then the part of its page: "SALTBUSH – FREQUENTLY ASKED
        QUESTIONS FOR EXHIBITORS", "Saltbush - Synopsis". The section is the film's."""
        assert self.film is not None
        head, dash, rest = title.partition(" – ") if " – " in title else title.partition(" - ")
        if not dash or slugify(head) != self.film.key:
            return False
        return bool(_PART_WORDS.fullmatch(rest) or _FAQ_WORDS.search(rest))

    def _cut_from_film(self, title: str, sentence: Span) -> bool:
        """True for one side of the film's title, on a line that writes it whole: "Grandma's
        Seafood Stall" of "Sat 3/8 — Hái-Sian Tiàm: Grandma's Seafood Stall ★★★★", cut at
        its colon by the sentence splitter."""
        assert self.film is not None
        head, colon, tail = self.film.name.casefold().partition(": ")
        if not colon or title.casefold() not in (head, tail):
            return False
        body = self.article.body
        line_start = body.rfind("\n", 0, sentence.start) + 1
        line_end = body.find("\n", sentence.start)
        line = body[line_start : line_end if line_end >= 0 else len(body)]
        return self.film.name.casefold() in line.casefold()

    def _title_line(self, sentence: Span) -> re.Match[str] | None:
        """The record's title field on the sentence's line ("Title\tLa casa del molino"), or
        the label alone on its line over its value ("TITLE", then "Armand")."""
        body = self.article.body
        line_start = body.rfind("\n", 0, sentence.start) + 1
        field = _TITLE_LINE.match(body, line_start)
        if field is None and _MARKED_PRIZE.fullmatch(sentence.text.strip()):
            # "✦ AUDIENCE AWARD" over "TITLE", then "Armand": the prize heads the record
            below = _BLANK_LINES.match(body, sentence.end)
            field = _TITLE_LINE.match(body, below.end()) if below else None
            self.record_heading_at = sentence.start if field else None
        return field if field and sentence.start < field.end() else None

    def enter_section(self, sentence: Span) -> None:
        """A heading that names a film ("COPPER SKY ★★★★☆", "SEVEN SAMURAI (1954)") starts
        its section: what follows without naming a film is about it, until the next one."""
        heading_before, self.under_plain_heading = self.under_plain_heading, False
        labelled = _LABELLED_STARS.match(sentence.text.lstrip())
        if labelled and not unlikely_title(names.clean_name(labelled["title"])):
            # "Biggest disappointment: Don't Worry Darling ★★.": a list's labelled pick, its
            # film's entry up to the next
            film = Entity(EntityKind.FILM, names.clean_name(labelled["title"]))
            if self.film is not None and film.key == self.film.key:
                film = self.film
            self.section, self.topic, self.section_is_a_line = film, None, False
            self.remember_work(film)
            return
        if MENTIONS_LABEL.match(sentence.text.lstrip()):
            # "HONOURABLE MENTIONS": the ranked entries are over; each title named after it
            # is its own
            self.section, self.topic = None, None
            return
        line = sentence.text.strip()
        screening = _SCHEDULE_LINE.fullmatch(line) or _DIARY_LINE.fullmatch(line)
        if screening and not unlikely_title(names.clean_name(screening["title"])):
            # "Fri 21.04 · 20:30 · Meek's Cutoff · USA 2010 · 104' · dir./ed. Kelly Reichardt":
            # a screening's line is its film's entry, the title whole in its cell; "SAT 09 MAR
            # · PATERSON (2016) · ★★★★½": a diary's day heads the entry under it
            title = screening["title"].strip()
            if not any(c.islower() for c in title):
                title = names.title_case(title)
            film = Entity(EntityKind.FILM, names.clean_name(title))
            if self.film is not None and film.key == self.film.key:
                film = self.film
            diary = screening.re is _DIARY_LINE
            self.section, self.topic, self.section_is_a_line = film, None, not diary
            self.remember_work(film)
            if diary and film.name not in self.headings:
                self.headings.append(film.name)
            return
        row = _TITLE_ROW.fullmatch(sentence.text.strip()) or self._title_line(sentence)
        if row and not unlikely_title(names.clean_name(row["title"])):
            # "| Title | Mavi Kanat: The Last Ferry |" or "TITLE", then "Kvite netter (White
            # Nights)", at the head of a credit block: the rows under it are that film's
            title = _record_title(row["title"])
            name = names.clean_name(title)
            if title.endswith(".") and title[:1].islower() and not name.endswith("."):
                name += "."  # "the weaver's thread.": a title styled in lower case, stop and all
            film = Entity(EntityKind.FILM, name)
            if self.film is not None and film.key == self.film.key:
                film = self.film
            known = self.works.get(f"work:{slugify(film.name)}")
            if known is not None and known.kind is EntityKind.FILM:
                film = known  # "the weaver's thread.", as its heading wrote it
            self.section, self.topic, self.section_is_a_line = film, None, False
            self.remember_work(film)
            return
        numbered = _contents_numbers(self.article.body).get(sentence.start, 0)
        title = heading_title(sentence.text[numbered:])  # (not "78 Harmattan", a page's number)
        line_start = self.article.body.rfind("\n", 0, sentence.start) + 1
        listed = bool(self.article.body[line_start : sentence.start].strip())
        quoted = quoted_heading(sentence.text) if not listed else None
        if listed and title is not None and title == quoted_heading(sentence.text):
            title = None  # '• "Fog Memories": new interview with X': a list's item, no heading
        if sentence.start in slot_glosses(self.article.body):
            title = None  # "5.30 pm LAST SUMMER ON THE SÁZAVA", under "17:30 POSLEDNÍ ..."
        # a star rating, a year in brackets or a line of credits below says the heading is a
        # film's entry
        entry = (
            _STARS.search(sentence.text)
            or quoted
            or _YEAR_HEADING.fullmatch(
                _YEAR_THEN_NOTE.sub("", _ACCESS_MARK.sub("", _MARK.sub("", sentence.text.strip())))
            )  # (its marks and note after: "Timbuktu (A. Sissako, 2014) (s) — César for Best Film")
        )
        # (or by its line's start: "  Las Hijas del Volcán  (Mexico)", its bold marks read as
        # spaces)
        entries = entry_headings(self.article.body)
        heading_at = sentence.start if sentence.start in entries or listed else line_start
        if title is None:
            title = entries.get(heading_at)
            entry = entry or title is not None
        elif not entry:
            entry = heading_at in entries or _capitals_entry(sentence, title, self.article.body)
        if title is not None and self._is_publisher(title):
            title = None  # "THE NILE REEL" over a newsletter's issue: who publishes it
        if title is not None and self._is_headline(title):
            title = None  # "WATCH DIARY, WEEK 2: I FELL INTO ..." over a diary: its headline
        if title is not None and _LAURELS.fullmatch(title):
            title = None  # "❦ WORLD PREMIERE ❦   ❦ OFFICIAL SELECTION ❦": a film site's laurels
        if title is not None and self._kicker(sentence, title):
            title = None  # "KANNYWOOD" over the headline 'Fim ɗin "Zuciyar Uwa" ...': a desk
        first_line = sentence.text.strip().split("\n", 1)
        if title is not None and len(first_line) > 1 and _LABEL_WORDS.fullmatch(first_line[0]):
            title = None  # "RUNNING TIME", then "117'": a record's field, its value below
        if title is not None and CREDIT_HEADING.fullmatch(title):
            title = None  # "ELSEWHERE ON THE CHART", "PRESS": a part of the page
        if title is not None and slugify(title) in _crumb_pages(self.article.body):
            title = None  # "LITIGATION" over a news item, a step of the site's menu
        if title is not None and _PAGE_KIND.fullmatch(_NOT_MORE.sub("", title)):
            title = None  # "NOT GOOFS (stop sending these)": a part of a goofs page
        if title is not None and _PARTS_JOINED.fullmatch(title):
            title = None  # "RELEASE & RUNTIME" over a page's questions: two of its parts
        if title is not None and _is_asking_heading(title, self.article.body):
            title = None  # "WHAT PARENTS NEED TO KNOW": a guide's part
        if title is not None and _PERSONS_EXTRA.match(title):
            title = None  # "Interview with Liv Aastad (2025, 22 mins)": a disc's extra, no film
        if title is not None and _SCHEDULE_HEADING.search(sentence.text.strip()):
            title = None  # "PHIM SẮP CHIẾU / COMING SOON": a cinema's page of what is to come
        if title is not None and self._critics_outlet(sentence, title):
            title = None  # "The Northern Ledger — ★★★★" over its critic's quote: who rates it
        if title is not None and self._page_part(sentence, title):
            title = None  # "THE CRAFT" over a review's paragraph on it: a part of the review
        if title is not None:
            title = _title_after_label(title, self.article.body)
        about = re.match(r"(?i:about)[ \t]+(?P<title>\S.*)", title or "")
        if about and self.film is not None and slugify(about["title"]) == self.film.key:
            title = self.film.name  # "ABOUT CAPERNAUM": the film's own part of its page
        opens_on_film = self.film is not None and (title or "").casefold().startswith(
            f"{self.film.name.casefold()} "
        )
        if opens_on_film and _reads_as_a_sentence(title[len(self.film.name) :].lower()):
            title = self.film.name  # "THE HARROW LINE RETURNS – IN IMAX, FOR TWO WEEKS ONLY"
        if title is not None and self.film is not None and " / " in sentence.text:
            halves = sentence.text.strip().split(" / ")
            if any(slugify(names.clean_name(half)) == self.film.key for half in halves):
                title = self.film.name  # "THE RIVER'S VOICE / Nadi Ki Awaaz": the film, glossed
        lead = _CAPITALS_LEAD.match(sentence.text) if title is None else None
        maker = lead and _MAKER_OWNS.match(sentence.text, lead.end() - 1)
        above = self.article.body[: sentence.start].rstrip().rpartition("\n")[2].strip()
        # under a page part's heading, or another such line (not a news item's dateline:
        # "ISTANBUL — Deniz Aksoy's SON VAPUR led the chart")
        if maker and (CREDIT_HEADING.fullmatch(above) or _CAPITALS_LEAD.match(above)):
            named = names.title_case(lead["title"])
            if not unlikely_title(named) and not names.looks_like_person(named):
                # "ALSO AVAILABLE", then "TANGERINES – Zaza Urushadze's war drama, ...": a
                # film, by its maker
                film = Entity(EntityKind.FILM, named)
                if self.film is not None and film.key == self.film.key:
                    film = self.film
                self.section, self.topic, self.section_is_a_line = film, None, False
                self.remember_work(film)
                return
        if lead and self.paragraph_start:
            # "KUROI UMI — A girl who lives by the sea ...": a programme's note on a film it
            # lists, its title set in capitals before a dash
            named = names.title_case(lead["title"])
            known = next((w for w in self.works.values() if w.key == slugify(named)), None)
            if known is not None and known.kind is EntityKind.FILM:
                self.section, self.topic, self.section_is_a_line = known, None, False
                return
            if self.film is not None and slugify(named) == self.film.key:
                self.section, self.topic, self.section_is_a_line = self.film, None, False
                return
        if title is None:
            if _RANKED_PRIZE.fullmatch(sentence.text.strip()) and self.section != self.film:
                # "6. Award for Best Debut Feature": the next category; the last winner's
                # entry ends
                self.section, self.topic = None, None
            if _between_rules(self.article.body, sentence):
                # "JUST MISSED THE CUT" between rule lines: a part of the page, the last
                # entry ends
                self.section, self.topic = None, None
            self.under_plain_heading = _PLAIN_HEADING.fullmatch(sentence.text) is not None
            day_before, self.under_day_heading = self.under_day_heading, False
            if _DAY_HEADING.fullmatch(sentence.text):
                # "THU 03 OCT": a diary's next day; the line under it says which film
                self.section, self.topic, self.under_day_heading = None, None, True
            elif (
                self.under_plain_heading
                and self.paragraph_start
                and _HEADING_LINE.fullmatch(sentence.text)
            ):
                # "THE WINNER", over "Salt Years (Soolased aastad), the second feature by ..."
                self.under_day_heading = True
            if (heading_before and self.paragraph_start) or day_before:
                self._section_from_opening(sentence)
            return
        if self.film is not None and (
            slugify(title) == self.film.key
            or self._cut_from_film(title, sentence)
            or self._film_then_page_part(title)
        ):
            self.section, self.topic = self.film, None
        elif entry or any(work.key == slugify(title) for work in self.works.values()):
            self.section, self.topic = Entity(EntityKind.FILM, title), None
            self.remember_work(self.section)
        else:
            return
        # a winners' list's or a line-up's line ("• Audience Award: X (Brazil), dir. Y"):
        # its entry is that line, and the list it stands in; the paragraph after is not its
        # (not a round-up's quoted heading over its item: "„Kohlenstaub“: Dokumentarfilm im
        # Schnitt", then the item's paragraph)
        self.section_is_a_line = (
            _is_line_entry(self.article.body, sentence.start, title) and quoted is None
        )
        if self.section.name not in self.headings:
            self.headings.append(self.section.name)
        if self.first_heading_at is None:
            self.first_heading_at = sentence.start

    def _critics_outlet(self, sentence: Span, title: str) -> bool:
        """A critics' round-up's line: an outlet and its score over the quote it gives the
        page's film ("The Northern Ledger — ★★★★", then '"Loud, profane ..."')."""
        if self.film is None or slugify(title) == self.film.key or self.knows_work(title):
            return False
        return _QUOTE_UNDER.match(self.article.body, sentence.end) is not None

    def _page_part(self, sentence: Span, title: str) -> bool:
        """A heading of one film's page that names none: its words alone, over prose; the
        page's headline names its film, which the body writes again and again, and
        nothing else writes the heading's words ("THE PERFORMANCES", "IS IT A WESTERN?" over
        a review's parts)."""
        film, body, line = self.film, self.article.body, sentence.text.strip()
        if slugify(line) != slugify(title) or _RANK.match(line):
            return False  # the heading is its words alone: no rank, year, stars or credits
        if not _PROSE_LINE.match(body, sentence.end):
            return False
        if film is None or slugify(title) == film.key or film.key in slugify(title):
            return False
        if re.search(rf"\b(?i:dir\.|directed by|director|by)[ \t:]+{re.escape(film.name)}\b", body):
            return False  # "Season: Larisa Shepitko": a maker's page, its headings her films
        if not title_pattern(film.name).search(self.article.title or ""):
            return False
        # (in capitals too, "MATYLDA AND THE IRON STORK", where its name is of several words:
        # not "ORZEŁ" of the cinema's name "KINO ORZEŁ")
        written = _times_written(film.name, body)
        if " " in film.name:
            written += _times_written(film.name.upper(), body)
        # (twice is enough where the heading's words are everyday ones: "THE RUN" over a news
        # item's paragraph on the film's release)
        words = [w.title() for w in title.split() if w.title() not in names.TITLE_ARTICLES]
        everyday = bool(words) and all(
            _is_common_word(w, body) or casing.zipf(w.lower()) >= _COMMON_ZIPF for w in words
        )
        if written < (2 if everyday else _OWN_PAGE_MENTIONS):
            return False
        if everyday and line.isupper():
            # (its words written again where a sentence opens: "The project was funded by")
            return not _cased_mid_sentence(title, body)
        return sum(1 for _ in title_pattern(title).finditer(body)) <= 1

    def _is_headline(self, title: str) -> bool:
        """The page's own title set as its headline, where the text is about another film."""
        headline = self.article.title or ""
        opening = headline.casefold().startswith(title.casefold())
        rest = headline[len(title) :] if opening else ""
        if rest.startswith(":") and _RETROSPECTIVE.search(rest):
            return True  # "Ghosts of Recife: the cinema of Kleber Mendonça Filho": its name
        own = self.film is not None and slugify(title) == self.film.key
        if own or not headline:
            return False
        # (or its opening, before its note in brackets or the site's name: "Suzume made me cry
        # on a train (a long, spoilery fan post) – Starlit Frames")
        # (in the headline's own case: "GALLOWGLASS 2 is the sequel we were promised")
        sentence = _reads_as_a_sentence(title) or _reads_as_a_sentence(headline[: len(title)])
        # (or in capitals, a long one: "LAGAAN IS TURNING 24 AND I AM NOT OKAY (a love letter)")
        shouted = headline[: len(title)]
        if shouted.isupper() and len(shouted.split()) > 5:
            sentence = sentence or _reads_as_a_sentence(shouted.lower())
        noted = bool(_HEADLINE_NOTE.match(rest)) and sentence
        return slugify(title) == slugify(headline) or noted

    def _kicker(self, sentence: Span, title: str) -> bool:
        """A news desk's label over the page's headline ("KANNYWOOD", then the headline): no
        film, unless the headline names it."""
        headline = self.article.title or ""
        below = self.article.body[sentence.end :].lstrip().partition("\n")[0].strip()
        if len(below) < 12 or not headline.casefold().startswith(below.casefold()):
            return False
        return slugify(title) not in slugify(headline)

    def _is_publisher(self, title: str) -> bool:
        publisher = publisher_name(self.article.publisher)
        if slugify(title) == slugify(masthead(self.article.body)):
            return True  # "LNIFF DAILY" over "The official newsletter of ...": its masthead
        return bool(publisher) and slugify(title) == slugify(publisher)

    def _section_from_opening(self, sentence: Span) -> None:
        """ "The feature", then "Then The Quiet Harbourmaster, which is a British film ...": the
        heading's section is the film its first paragraph opens with."""
        opening = [
            w for at, w in self.work_mentions(sentence) if _LEAD_IN.fullmatch(sentence.text, 0, at)
        ]
        if opening and opening[0].kind is EntityKind.FILM and opening[0] is not OTHER_WORK:
            self.section, self.topic, self.section_is_a_line = opening[0], None, False
            if self.section.name not in self.headings:
                self.headings.append(self.section.name)

    def new_paragraph(self) -> None:
        """A blank line: what the last paragraph was about ends with it, but the film it
        opened with may be what a following "The film, ..." stands for."""
        self.topic = None
        if self.section_is_a_line:
            self.section, self.section_is_a_line = None, False
        self.last_opened_with, self.opened_with = self.opened_with, None
        self.paragraph_start = True

    def end_sentence(self, sentence: Span) -> None:
        """Carry the sentence's last-named work over to a following sentence that names none.
        A line of a credit block or table is not prose: what it names is not carried over
        ("Based on the novel by X" does not make the next line's producers the novel's)."""
        # read as the sentence was: an "it" that opens a paragraph is the film the last one
        # opened with ("Toho opened it in Japan", after a paragraph on another film)
        mentions = self.work_mentions(sentence)
        contrast = _CONTRAST_CLAUSE.match(sentence.text)
        # (the film set apart is not the topic: "Where Paterson writes poems, Augusto ...")
        if contrast and (self.section is not None or self.topic is not None):
            mentions = [(at, work) for at, work in mentions if at >= contrast.end()]
        if self.paragraph_start:
            self.paragraph_start = False
            opening = [w for at, w in mentions if _opens(sentence.text, at)]
            if opening and opening[0].kind is EntityKind.FILM and opening[0] != self.film:
                self.opened_with = opening[0]
        elif self.opened_with is not None and any(
            work != self.opened_with and work.kind is EntityKind.FILM for _, work in mentions
        ):
            self.opened_with = None  # the paragraph goes on to another film: not about one
        if not _ENDS_A_SENTENCE.search(sentence.text):
            self.topic = None
            return
        if _OPENS_ON_LABEL.match(sentence.text):
            # "Director and screenplay: X, based on the novel Y by Z." then "Cast: ...": a
            # credit line's fields, in sentences; the cast is not the novel's
            return
        if self.section is not None and any(work == self.section for _, work in mentions):
            # in a film's entry, "Monster is the first since Maborosi ... It won" is Monster
            self.topic = self.section
        elif mentions:
            # the work the sentence opens with is what it speaks of ("Shoplifters won ...,
            # the first since The Eel"); else the one named last
            opening = [
                item
                for item in mentions
                if item[0] == mentions[0][0] and _opens(sentence.text, item[0])
            ]
            # (not a film named in passing: 'than its predecessor, "Iron Vanguard", which')
            main = [
                item
                for item in mentions
                if not _NAMED_IN_PASSING.search(sentence.text, max(0, item[0] - 40), item[0])
            ]
            # (nor the rivals it beat: "beat four other nominees: Darah Biru, Rantau and ...")
            rivals = [item for item in main if _RIVALS_BEFORE.search(sentence.text, 0, item[0])]
            main = [item for item in main if item not in rivals]
            if rivals and not opening and not main:
                self.topic = None
                return
            if self.section is not None and not opening and not main:
                # in an entry, a film named only in passing is not what the next sentence
                # speaks of ("Kaurismäki had retired after The Other Side of Hope (2017)")
                self.topic = self.section
                return
            at, work = (opening or main or mentions)[-1]
            self.topic = work if work is not OTHER_WORK else None
            if work.kind is EntityKind.WORK and self.section is not None:
                # in a film's entry, the novel it adapts is no topic: "X moves Y's novel Z to
                # 1930s Korea. A is B, ..." casts the film
                self.topic = self.section
            elif work.kind is EntityKind.WORK and _ADAPTED_BEFORE.search(
                sentence.text, max(0, at - 60), at
            ):
                # "The thriller is adapted from Z, the novel by Y. Seo co-wrote the screenplay":
                # the sentence spoke of the film that adapts the work (named before it, or the
                # page's), and so does the next
                films = [w for a, w in mentions if a < at and w.kind is EntityKind.FILM]
                self.topic = films[-1] if films and films[-1] is not OTHER_WORK else None

    def _describes_film(self, text: str, start: int) -> bool:
        """The phrase at `start` is said of the film: after "is", or in apposition to its title
        or to "the film"."""
        if _COPULA_BEFORE.search(text, 0, start):
            return True
        head = text[:start].rstrip()
        if not head.endswith(",") or self.film is None:
            return False
        head = head[:-1]
        names_the_film = (
            *title_pattern(self.film.name).finditer(head),
            *FILM_ANAPHOR.finditer(head),
        )
        return any(found.end() == len(head) for found in names_the_film)

    def _other_works(self, text: str, named: list[tuple[int, Entity]]) -> list[tuple[int, Entity]]:
        """Where the sentence turns to another work: an unnamed one (OTHER_WORK), or one named
        in apposition after the phrase, remembered as a film of its own."""
        found: list[tuple[int, Entity]] = []
        earlier, others, earners = _other_work_phrases(text)
        for match in earners:  # "For context, Ẹ̀bùn made ₦600 million in its whole run"
            title = names.clean_name(match["title"])
            if self.film is not None and slugify(title) == self.film.key:
                continue
            if (
                unlikely_title(title)
                or names.looks_like_person(title)
                or self.is_person_name(title)
            ):
                continue
            if names.looks_like_organization(title) or title.split()[0].lower() in names.PRONOUNS:
                continue
            work = Entity(EntityKind.FILM, title)
            self.remember_work(work)
            found.append((match.start(), work))
        for match in earlier:  # "The first Dumpling Kingdom took ..."
            title = names.clean_name(match["title"])
            known = any(work.key == slugify(title) for work in self.works.values())
            # the franchise's earlier film ("the first Dumpling Kingdom" beside "Dumpling
            # Kingdom 2"), a known work, or a name no person has
            films = [self.film, *self.works.values()] if self.film else self.works.values()
            same_line = any(f"{w.name.lower()} ".startswith(f"{title.lower()} ") for w in films)
            plausible = known or same_line or (" " in title and not names.looks_like_person(title))
            plausible = plausible or bool(match["maker"])  # "the director of Winter Salt"
            if (
                plausible
                and not unlikely_title(title)
                and (self.film is None or slugify(title) != self.film.key)
            ):
                work = Entity(EntityKind.FILM, title)
                self.remember_work(work)
                found.append((match.start(), work))
        for match in others:
            if match["year"] and (self.film_year is None or int(match["year"]) == self.film_year):
                continue
            if (
                self.film is not None
                and _THE_SEQUEL.fullmatch(match.group())
                and _is_sequel(self.film.name, self.article.body)
            ):
                found.append((match.start(), self.film))  # "The sequel received ...": the
                continue  # page's own film, a sequel itself
            if self._describes_film(text, match.start()):
                continue
            after = _TITLE_OPENS.match(text, match.end())
            if after and any(at == after.end() for at, _ in named):
                continue  # 'the American action sequel "Iron Vanguard: Reckoning"': it names it
            appositive = _APPOSITIVE_TITLE.match(text, match.end())
            if appositive:
                title = names.clean_name(appositive["title"])
                if self.film is not None and title.lower() == self.film.name.lower():
                    continue  # "her debut, Look Back, ...": the film itself
                if _played_as(title, self.article.body):
                    continue  # "the first film, Farideh, now widowed", and "X as Farideh"
                work = Entity(EntityKind.FILM, title)
                self.remember_work(work)
                found.append((match.start(), work))
                continue
            found.append((match.start(), OTHER_WORK))
        return found


_THE_SEQUEL = re.compile(r"(?i:the|this)\s+sequel")
# the film's title numbers it, or the page says it follows another: "A sequel to Ndoubabé's
# Sarh Crossing (2018), it finds ..."
_SEQUEL_TITLE = re.compile(r"\b(?:II|III|IV|[2-9])\b(?!\s*(?:min|mins|minutes|hours?)\b)")
_SEQUEL_TO = re.compile(r"\b(?:[Aa]|[Tt]he|[Ii]ts)\s+(?:direct\s+)?sequel\s+to\b")


@functools.lru_cache(maxsize=64)
def _is_sequel(film: str, body: str) -> bool:
    """Whether the page's film is itself a sequel, so that "the sequel" names it."""
    return bool(_SEQUEL_TITLE.search(film) or _SEQUEL_TO.search(body[:1500]))


# (after a bracket only: "Saint-Louis, 1959" may be a title whole)
_YEAR_AFTER_COMMA = re.compile(r"(?<=\))[ \t]*,[ \t]+(?:1[89]|20)\d\d[ \t]*$")


@functools.lru_cache(maxsize=64)
def _record_title(value: str, body: str = "") -> str:
    """A record's title field, less its notes: "星降る郵便局 (Hoshifuru Yūbinkyoku) — English
    title The Starfall Post Office" is "Hoshifuru Yūbinkyoku", its script's romanised title,
    unless the page (`body`) names the film more often in its own script.

    >>> _record_title("星降る郵便局 (Hoshifuru Yūbinkyoku) — English title The Starfall")
    'Hoshifuru Yūbinkyoku'
    >>> _record_title("소금창고 (The Salt Warehouse)", "〈소금창고〉 ... 〈소금창고〉")
    '소금창고'
    >>> _record_title("Kvite netter (White Nights)")
    'Kvite netter'
    >>> _record_title("Memories of Underdevelopment (Memorias del subdesarrollo), 1968")
    'Memories of Underdevelopment'

    A library's record gives the medium in square brackets, and the parallel title after "=":

    >>> _record_title("La casa de los mangos [videorecording] = The house of mangoes")
    'La casa de los mangos'
    """
    value = re.split(r"[ \t]+[—–=][ \t]+", value, maxsplit=1)[0]
    value = _MEDIUM_NOTE.sub("", value)
    value = _YEAR_AFTER_COMMA.sub("", value)  # "Memories of ... (Memorias ...), 1968"
    romanised = re.fullmatch(r"[^\p{Latin}()]+\((?P<latin>\p{Latin}[^()]*)\)[ \t]*", value)
    if romanised:
        native, latin = value[: romanised.start("latin") - 1].strip(), romanised["latin"].strip()
        return native if body.count(native) > body.count(latin) else latin
    return _TRAILING_BRACKET.sub("", value).strip() or value


def _maker_under_heading(body: str, start: int, name: str) -> bool:
    """A person's name opening a row of facts under a title in capitals ("AFTERSUN (15)", then
    "Charlotte Wells | UK/USA | 2022 | 101 mins"): the film's maker, not another film."""
    line_start = body.rfind("\n", 0, start) + 1
    above = body[body.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    if above.strip().startswith("(") and above.strip().endswith(")"):
        # (its original title, in brackets between: "(Portrait de la jeune fille en feu)")
        return _maker_under_heading(body, line_start - len(above) - 1, name)
    row_end = body.find("\n", start)
    if re.search(r"(?i)\bdir\.|\bdirected\b", body[start : None if row_end < 0 else row_end]):
        return False  # "Tide Line | dir. Selasi Agbeko | Ghana": the row names its maker itself
    # (its gloss in brackets in any case: "THE SAUNA COMMITTEE (Saunatoimikunta)")
    letters = [c for c in _TRAILING_BRACKET.sub("", above) if c.isalpha()]
    capitals = len(letters) > 1 and not any(c.islower() for c in letters)
    # (or a title as written, alone on its line: "Song of the Sea", then "Tomm Moore | Ireland";
    # perhaps after a programme's mark, and before its gloss: "▸ Las horas quietas | The Quiet
    # Hours")
    line = _MARK.sub("", above.strip()).split(" | ")[0]
    titled = _TITLE_ALONE.fullmatch(line) is not None and not unlikely_title(line)
    return (
        (capitals or titled)
        and names.looks_like_person(name)
        and not CREDIT_HEADING.fullmatch(above.strip())
    )


_TITLE_ALONE = re.compile(r"\p{Lu}[^|·/—–:;,.!?\n]*(?:\s+\([^()\n]{1,60}\))?(?<![.:;,!?])")


def _makers_row(name: str, body: str) -> bool:
    """A row's first cell is the maker the prose names as one ("Isao Takahata's animated
    film"), not a title."""
    if not names.looks_like_person(name):
        return False
    if re.search(rf"\b{re.escape(name)}['’]s\s+\p{{Ll}}", body) is not None:
        return True
    # ... or heads a row of facts under a title in capitals ("AFTERSUN (15)", then
    # "Charlotte Wells | UK/USA | 2022 | 101 mins")
    rows = re.finditer(rf"(?m)^[ \t]*{re.escape(name)}[ \t]*\|", body)
    return any(_maker_under_heading(body, row.start(), name) for row in rows)


def _played_as(name: str, body: str) -> bool:
    """The body gives the name as a part someone plays: "Leila Hamidi as Farideh"."""
    return re.search(rf"\b(?:as|plays)\s+{re.escape(name)}(?![\p{{L}}\p{{N}}])", body) is not None


@functools.lru_cache(maxsize=512)
def _other_work_phrases(
    text: str,
) -> tuple[tuple[re.Match[str], ...], tuple[re.Match[str], ...]]:
    """The phrases of a sentence that may turn to another work ("the first X", "his previous
    film", "X made $5 million"), found once for both passes."""
    earners = tuple(_NAMED_EARNER.finditer(text)) if _EARNED.search(text) else ()
    if not _OTHER_WORK_CUE.search(text):
        return (), (), earners  # a quick look for the words the phrases need
    return tuple(_EARLIER_TITLE.finditer(text)), tuple(_OTHER_WORK.finditer(text)), earners


_EARNED = re.compile(r"\b(?:made|grossed|earned|took)\b")
# A title that opens a clause and earned a sum: a film's box office, said of that film
_NAMED_EARNER = re.compile(
    # (not after a capitalised word and its comma: "the documentary Fuji, Unclimbed took")
    r"(?:^|(?<=[,;:][ \t])(?<!\p{Lu}[\p{L}\p{M}'’-]*,[ \t])|(?<=[.!?][ \t]))"
    rf"(?P<title>{names.TITLE})"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:made|grossed|earned|took)[ \t]+(?:(?:about|around|nearly|over|some)[ \t]+)?"
    r"(?=[^\s\d]{0,3}[ \t]?\d)"
)


_STARS = re.compile(r"[★☆]")
_STARRED_HEADING = re.compile(r"(?m)^[^\n]{2,80}[★☆][^\n]*$")
# A clause before the subject that says how the film was made: "Written and directed by X, the
# animated" (the subject follows).
_FRONTED_HEAD = re.compile(
    r"(?:Written|Directed|Co-directed|Produced|Based|Adapted|Animated|Made|Scored|Edited|Shot|"
    r"Inspired|Distributed|Released|Voiced)\b[^.;,]{0,200},"
    r"(?:\s+(?:who|which|whose)\b[^.;]{0,200}?,)?"  # ", who also directed Your Name (2016),"
)
_OPENS_WITHIN = 40  # code points after a fronted clause's comma
# an aside on the film's source between commas: ", adapted from X's novel 'Y',"
_SOURCE_ASIDE = re.compile(
    r",\s+(?:(?:loosely|freely)\s+)?(?:adapted\s+from|based\s+on|inspired\s+by)\b[^.;,]{0,200},"
)
_FRONTED_CLAUSE = re.compile(
    r"(?:Written|Directed|Co-directed|Produced|Based|Adapted|Animated|Made|Scored|Edited|Shot|"
    r"Inspired|Distributed|Released|Voiced)\b[^.;,]{0,200},\s+(?:(?:the|this|its|his|her|their)"
    r"\s+)?(?:(?!(?:who|which|that|whose|where|when|and|but)\b)[\p{Ll}-]+\s+){0,3}"
)
# People at a showing of the film a picture's caption names: "Director X and Y attend the
# world premiere of "The Salt Road"", "Y at the photocall for "Kestrel""
_SHOWING_WORD = re.compile(
    r"(?i:premiere|screening|photo[ \t-]?call|press[ \t]+conference|red[ \t]+carpet)"
)
_AT_ITS_SHOWING = re.compile(
    r"[^.;\n]{0,300}\b(?:attend|attends|attended|attending|arrive|arrives|arrived|pose|poses|"
    r"posed|at|during|for|after)[ \t]+(?:the[ \t]+)?(?:(?:world|international|gala|official|"
    r"premiere|special)[ \t]+)?(?:premiere|screening|photocall|photo[ \t-]call|"
    r"press[ \t]+conference|red[ \t]+carpet)[ \t]+(?:of|for)[ \t]+[\"“‘']?"
)
# A heading line, perhaps its translation in brackets (or, under "TITLE (2001)", its original
# title), then a line of facts (minutes, director).
_ENTRY_HEADING = re.compile(
    # (a heading has a letter: not the "────" that rules entries off)
    r"(?m)^(?P<heading>(?=[^\n]{2,80}\n)[^\n\p{L}]*\p{L}[^\n]*)\n(?:\([^\n]{1,80}\)\n"
    # an original title under "TITLE (2001)" or under a heading in capitals ("ATLANTICS")
    # (and, in a catalogue, its director's name: "Water Shadow", then "Lucía FERNÁNDEZ"; or,
    # after a blank line, its badges: "NOLLYFLIX ORIGINAL · Drama · Crime")
    # (the heading perhaps with a note: "ANATOMY OF A FALL (15) — encore, by popular demand")
    # (or under a marked heading: "▸ A Casa das Marés", then "The House of Tides")
    r"|(?<=(?:\((?:19|20)\d\d\)|^[^\p{Ll}\n]{2,80}(?:[ \t]+[—–][ \t]+[^\n]{1,40})?"
    r"|^[■□▶►▪●◆♦▸][ \t][^\n]{2,80})\n)"
    r"[^\n]{2,80}\n(?:\n(?=[^\n]*·))?(?:[^\n.]{2,60}\n)?"
    r"|(?i:english|international) title[ \t]*:[^\n]{2,80}\n"  # its gloss under it
    # (or its year and details under it: "1981 · SSSR / USSR · 104 daq. / min", then
    # "Rejissyor / Director: X")
    r"|(?:19|20)\d\d[ \t]*[·|][^\n]{2,80}\n(?=[^\n]*\b[Dd]ir(?:ector)?[ \t]*:))?"
    r"(?=[^\n]*(?:\b\d{2,3}\s*(?:mins?|minutes)\b|\b\d{1,3}\s*Min\.|\b\d{2,3}['’′](?![\p{L}\d])"
    r"|\b[Dd]ir(?:ector)?(?:\.|\s*[:|]|[ \t]+[—–][ \t])|\b\dh[ \t]?\d{1,2}m\b|\b\dh[0-5]\d\b))"
)
# A heading in capitals over the label "Director" alone on its line (perhaps its translation
# and a blank line between): "TOUKI BOUKI", "(Le Voyage de la hyène)", "Réalisation / Director"
_CAPITALS_OVER_DIRECTOR = re.compile(
    r"(?m)^(?P<heading>(?=[^\n]*\p{Lu})[^\n\p{Ll}\"“”]{2,60})\n(?:\([^\n]{1,80}\)\n)?"
    r"(?=(?:[ \t]*\n)?(?:\p{L}+[ \t]*/[ \t]*)?(?:Director|DIRECTOR)[ \t]*\n)"
)


# A title in capitals and its year, perhaps its details after it, over its paragraph: "OLD
# JOY (2006) · 76 min · Fri 14 March", then "Two old friends, ..."
_CAPITALS_YEAR_OVER_PROSE = re.compile(
    r"(?m)(?:(?<=\A)|(?<=\n\n))(?P<heading>[^\n\p{Ll}]*\p{Lu}[^\n\p{Ll}]*?\((?:19|20)\d\d\)"
    r"[^\n]{0,60})\n(?=[^\n]{80,})"
)


# A line over an entry's details, each a label over its value (perhaps its original title
# under it): "Mirrorfish", then "Format", "Animated feature", then "Country", "Poland"
_DETAIL_LABEL = (
    rf"(?:{CREDIT_LABEL.pattern}|{BILINGUAL}(?i:format|certificate|rating|rated|opens|year|"
    r"(?:original (?:work|story)|director and (?:screenplay|writer)|(?:scheduled )?release)"
    r"[ \t]*:)(?:\)[ \t]*:)?)"
)
# Three rows of a fact box, each a key and its value: "Country: Finland", "Year: 2024",
# "Director: Ilona Häkkinen-Ross" (the keys a film's entry has, not a reader's "Posted: ...")
_FACT_ROWS = re.compile(
    rf"(?:[ \t]*(?:{_DETAIL_LABEL}|(?i:year|type|format|section)[ \t]*:)"
    r"(?<=:)[ \t]*\S[^\n]*\n){3}"
    # ... or as a table's rows: "Original title | A Casa das Marés", "Director | Inês Calado"
    rf"|(?:[ \t]*(?:{CREDIT_LABEL.pattern}|(?i:year|type|format|(?:original|english|\p{{L}}+)"
    r"[ \t]title))[ \t]*\|[ \t]*\S[^\n]*\n){3}"
)
# A line over such rows, after a rule line or a blank line: a programme's entry, its title
_HEADING_OVER_ROWS = re.compile(
    # (a line's start first: the lookbehinds, tried at every character, cost more)
    rf"(?m)^(?:(?<=\A)|(?<=\n\n)|(?<={RULE_LINE.pattern}\n))(?P<heading>[^\n]{{2,80}})\n"
    # (a Markdown heading may have a blank line under it: "### Tsuki no Ura no Neko")
    r"(?:(?<=^#{1,4}[ \t][^\n]{1,80}\n)\n)?"
    # (or after a rule: "────", "A Casa das Marés — The House of Tides", a blank line)
    rf"(?:(?<={RULE_LINE.pattern}\n[^\n]{{2,80}}\n)\n)?"
    # (its glosses under it first: "Fumaça Branca · White Smoke")
    r"(?:[^\n:·]{2,60}(?:[ \t]·[ \t][^\n:·]{2,60})+\n)?"
    rf"(?={_FACT_ROWS.pattern})"
)
_HEADING_OVER_LABELS = re.compile(
    r"(?:\A|(?<=\n\n))(?P<title>[^\n]{2,80})\n"
    r"(?:(?:[^\n\p{L}]{0,3}[^\p{Latin}\p{Common}\p{Inherited}\s]|\()[^\n]{1,80}\n)?\n"
    rf"(?=(?:[ \t]*{_DETAIL_LABEL}[ \t]*\n[^\n]+\n\n?){{2}})"
)
# where to watch it, as a streaming guide labels each entry: "Where: Lumo+", "Watch on: Vireo"
_WHERE_LABEL = re.compile(
    r"(?i:where|when|where to (?:watch|stream)|watch(?: it)? on|stream(?:ing)?(?: it)?(?: on)?|"
    r"available on|platform|streamer|service)"
)
# ... under each entry's title: "Steppe Light", then "Where: Vireo", then the guide's note
_HEADING_OVER_WHERE = re.compile(
    r"(?m)^(?:(?<=\A)|(?<=\n\n))(?P<heading>[^\n]{2,80})\n"
    rf"(?=(?:{_WHERE_LABEL.pattern})[ \t]*:[ \t]*\S[^\n]*\n)"
)
_PRIZE_HEADING = re.compile(r"(?i:\b(?:prize|award|awards|best|jury|winner|winners)\b)")
# "1 / Kuşların Dili", "1  Low Tide at Ōhope": a programme's number before its entry's title
# a day's hour before the entry's title, over its line of credits: "13:00 — Winter Ledger"
_SLOT_HOUR = re.compile(r"^\d{1,2}[:.h]\d\d[ \t]*(?i:[ap]\.?m\.?[ \t]*)?[—–·|-][ \t]*(?=\p{Lu})")
# a record's row, its key one word: "Durata: 128 min"
_ONE_WORD_ROW = re.compile(r"[ \t]*\p{Lu}\p{L}+[ \t]*:[ \t]")
# A track's time after its dotted leader, on an album's list: "Tovli (Snow) ........ 2:58"
_TRACK_ROW = re.compile(r"(?:\.{3,}|…+)[ \t]*\d{1,2}:\d\d[ \t]*$")
_SLASH_RANK = re.compile(r"^\d{1,2}(?:[ \t]+/[ \t]+|[ \t]{2,}|\t)(?=\p{Lu})")
_RUNTIME_LINE = re.compile(r"[^\n]*(?:\b\d{2,3}\s*(?:mins?|minutes)\b|\b\d{1,3}['’′](?![\p{L}\d]))")
# Words of a programme's parts, not of a film's title: "INTERNATIONAL COMPETITION".
_PART_WORDS = re.compile(
    r"(?i).*\b(?:competition|section|programme|program|festivals?|awards?|prizes?|winners|news|"
    r"events?|home|menu|log in|login|subscribe|newsletter|share|"
    r"screenings?|sidebar|special|forum|panorama|shorts|retrospective|schedule|"
    r"tickets|contents|about|more|related|consensus|info|information|showing|screen|synopsis|"
    r"plot|story|summary|overview|details|credits|cast|crew|reviews?|trailer|showtimes|"
    r"verdict|box office|links|notes|reception|release|production|staff|ratings?|comments|"
    r"numbers|exclusive|breaking|interview|opinion|analysis|update|casting|briefs?|in brief|"
    r"round-?up|digest|highlights|headlines|deals|set-up|setup|who made it|what works|"
    r"what worked|what didn['’]t(?: work)?|what doesn['’]t(?: work)?|who['’]s who|"
    r"bottom line|final thoughts|the good|the bad|infobox|fact ?box|fact ?file|key facts|"
    r"quick facts|at a glance|technical|ficha|fiche|scheda|secci[óo]n|sezione|sekcja|"
    r"jury|juries|line-?up|(?:english|dubbed|subtitled|original|extended)\s+versions?|"
    r"restorations?|(?:opening|closing|gala)\s+(?:night|film|gala)s?|"
    r"term card|(?:autumn|spring|summer|winter|fall|michaelmas|lent|easter|trinity) term)\b.*"
    # "GHIBLI SEASON", a programme's part; not "THE PERSIMMON SEASON", a title
    r"|(?!the\b).*\bseason\b.*"
    r"|(?:ama|ask me anything)[ \t]*[!.]?"  # a forum's "AMA!": its guest answers questions
)
# A heading of a page's parts joined: "Release & Runtime", "Tickets and Access"
_PART_WORD = (
    r"(?:release|releases|runtime|running time|dates?|cast|crew|credits|tickets|screenings|"
    r"awards|festivals|reviews|press|contact|faq|synopsis|music|sound|languages?|subtitles|"
    r"access|accessibility|availability|streaming|formats?|ratings?|certificates?|booking)"
)
_PARTS_JOINED = re.compile(rf"(?i){_PART_WORD}(?:[ \t]*(?:&|\+|,|and)[ \t]*{_PART_WORD})+")
_ASKING_HEADING = re.compile(
    r"(?i)(?:what|who|why|how|where|when|which)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+"
    r"(?:(?:parents|families|kids|children|viewers|audiences|critics|reviewers|others|people|"
    r"fans)[ \t]+(?:say|said|think|thought|need[ \t]+to[ \t]+know)|need[ \t]+to[ \t]+know|"
    r"to[ \t]+expect|(?:the[ \t]+)?money[ \t]+is[ \t]+for|"
    r"to[ \t]+(?:watch|look)[ \t]+(?:out[ \t]+)?for)"
)


def _is_asking_heading(title: str, body: str) -> bool:
    """A heading that asks or tells ("WHAT PARENTS NEED TO KNOW", "What Other Families Say"),
    which the page writes once: a part of it (a film so titled is named again: "What Women
    Want")."""
    if not _ASKING_HEADING.fullmatch(title):
        return False
    written = re.findall(rf"(?i)(?<![\p{{L}}\d]){re.escape(title)}(?![\p{{L}}\d])", body)
    return len(written) <= 1


_FAQ_WORDS = re.compile(r"(?i)\b(?:faqs?|frequently[ \t]+asked[ \t]+questions)\b")
# A question in sentence case, as a page of questions asks it: "How long is it?" (not a title
# in title case: "Who Framed Roger Rabbit?")
_QUESTION_LINE = re.compile(r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}[\p{Ll}'’-]*){2,}[ \t]*\?")
_PRIZE_THEN_PROSE = re.compile(
    r"[ \t]*\n[ \t]*(?i:winner|won|award|prize)\b[^\n]{0,80}\n"
    r"\s*\p{Lu}[^\s|]*[ \t]+(?:[^\s|]+[ \t]+){6}"
)
_PROSE_LINE = re.compile(r"\s*\p{Lu}[^\s|]*[ \t]+(?:[^\s|]+[ \t]+){6}[^\s|]")


# Words in sentence case, then a title in capitals: "How We Shot SALTMARSH REQUIEM"
_SHOUTED_TITLE_AFTER = re.compile(
    r"(?:\p{Lu}?\p{Ll}[\p{L}'’-]*[ \t]+){1,8}\p{Lu}{3,}(?:[ \t]+[\p{Lu}\d'’&-]+)*"
)
# A film site's laurels, wreaths round what it won or where it showed: "❦ WORLD PREMIERE ❦
# ❦ OFFICIAL SELECTION ❦", "WINNER", "6 NOMINATIONS"
_LAURELS = re.compile(
    r"(?:[^\p{L}\d]*(?i:(?:(?:world|international|european|north[ \t]+american|asian|uk|us)"
    r"[ \t]+)?premiere|official[ \t]+selection|winner|nominee|in[ \t]+competition"
    r"|\d{1,2}[ \t]+(?:nominations|awards|wins)))+[^\p{L}\d]*"
)


# A line alone between blank lines, over a paragraph of prose
_HEADING_OVER_PROSE = re.compile(
    r"(?:\A|(?<=\n[ \t]*\n))(?P<title>[^\n]{2,60})\n[ \t]*\n(?=(?P<prose>[^\n]{80,}))"
)
# Words that say a paragraph is about a film: "Sadeghi-Nia's debut follows", "this drama"
_FILM_PROSE_CUE = re.compile(
    r"\b(?:film|debut|drama|comedy|thriller|documentary|feature|adaptation|picture|movie|short|"
    r"directed|stars|starring|romance|animated|adventure|horror|western|musical|biopic|"
    r"premiered|premiering)\b"
)
_FEWEST_PROSE_HEADINGS = 3  # one or two headings over prose are a page's parts


def _headings_over_film_prose(body: str) -> list[tuple[int, str]]:
    """A retrospective's or list's entries, each a title alone on its line over a paragraph
    about a film ("Winter in Bandar Abbas", then "Five years later came this drama ..."): three
    of them at least, or they are a page's own headings ("What comes next")."""
    found = []
    marked = 0
    for match in _HEADING_OVER_PROSE.finditer(body):
        # (its prize in brackets after it: "Small Snow (Best Short Film)")
        title = _TRAILING_BRACKET.sub("", match["title"]).strip()
        bold = _MARKED_HEADING.fullmatch(match["title"])  # "**Talveaed**", as a post marks it
        title = _TRAILING_BRACKET.sub("", bold["title"]).strip() if bold else title
        prize, colon, won = title.partition(": ")
        colon = colon if _PRIZE_WORD.search(prize) else ""
        if colon:
            title = won  # "Special Jury Prize: Anahit's Garden", the film that won it
        words = title.split()
        titled = all(
            w[:1].isupper() or w[:1].isdigit() or _SMALL_TITLE_WORD.fullmatch(w) for w in words
        )
        # in sentence case, and written again: "La noche que cayó el cobre (Golden Anchor)"
        titled = titled or (title[:1].isupper() and _times_written(title, body) >= 2)
        # in sentence case, with where it streams in brackets: "La última verbena (Lumen+)"
        titled = titled or (title[:1].isupper() and ("(" in match["title"] or bool(colon)))
        # a chart's line names it too: "1. Halcyon Drift (Northlight Pictures): £3,820,000"
        ranked = re.search(rf"(?m)^[ \t]*\d{{1,2}}[.)][ \t]+{re.escape(title)}\b", body)
        titled = titled or bool(ranked)
        label = _LABEL_WORDS.fullmatch(title) or CREDIT_HEADING.fullmatch(title)
        # (a story's "X and the Y", whatever Y is: "Gulli and the Kite Festival")
        label = label or _PART_WORDS.fullmatch(title.partition(" and the ")[0])
        if (
            titled
            and len(words) <= 8
            and not title.endswith((".", ":", ";", ","))
            and not label
            and _FILM_PROSE_CUE.search(match["prose"][:200]) is not None
            # (not "Seven Doors, One Key", nor "Small Snow (Best Short Film)", with its prize)
            and (
                "," in title
                or "(" in match["title"]
                or ranked
                or not names.looks_like_person(title)
                or _as_a_makers(title).search(match["prose"][:300]) is not None
            )
            and not unlikely_title(title)
        ):
            # (where the sentence starts: inside the marks, which the reader leaves out)
            indent = len(match["title"]) - len(match["title"].lstrip())
            found.append((match.start("title") + (bold.start("title") if bold else indent), title))
            marked += bool(bold)
    # (two are enough when the writer marked them as headings)
    fewest = 2 if marked == len(found) else _FEWEST_PROSE_HEADINGS
    return found if len(found) >= fewest else []


# A line alone after a blank line, over the paragraph it heads
_LINE_OVER_PARAGRAPH = re.compile(r"(?m)(?<=\n[ \t]*\n)(?P<title>[^\n|]{2,60})\n(?=[^\n]{30,})")


def _table_titles_again(body: str) -> list[tuple[int, str]]:
    """A schedule's table names its films, then a part below gives each a paragraph headed by
    its title again ("OPPENHEIMER | IMAX | 180 min", then "Oppenheimer" over "Christopher
    Nolan's biographical drama"): each such heading opens its film's entry.

    >>> _table_titles_again("Film | Length | Fri\\nOPPENHEIMER | 180 min | 20:00\\n\\n"
    ...     "Oppenheimer\\nChristopher Nolan's biographical drama, 2023.\\n")
    [(51, 'Oppenheimer')]
    """
    listed = {title.casefold(): title for title in table_titles(body)}
    found = []
    for match in _LINE_OVER_PARAGRAPH.finditer(body):
        line = match["title"].strip()
        head, colon, rest = line.partition(": ")
        line = rest if colon and SLOT_LABEL.fullmatch(head.upper()) else line  # "Preview: X"
        title = _TRAILING_BRACKET.sub("", line).strip()
        if title.casefold() in listed and not unlikely_title(title):
            found.append((match.start("title"), title))
    return found


def _as_a_makers(title: str) -> re.Pattern[str]:
    """A heading that reads as a name is a film where its paragraph opens on it as someone's:
    "Kuru Dere", then "Emre Kılıçarslan's Kuru Dere, a Turkish western"."""
    return re.compile(rf"['’]s\s+{re.escape(title)}(?![\p{{L}}\p{{N}}])")


# (the reader blanks Markdown's marks, each by a space: "**Talveaed**" is read "  Talveaed  ")
_MARKED_HEADING = re.compile(
    r"\*\*(?P<title>[^*\n]+)\*\*|#{1,4}[ \t]+(?P<title>[^#\n]+)|  (?P<title>\S[^\n]*?\S)  "
)


def _capitals_entry(sentence: Span, title: str, body: str) -> bool:
    """A heading in capitals that opens a film's entry in a round-up: it glosses itself
    ("KUZEY RÜZGÂRI (North Wind)") or is followed by prose, and names no part of a
    programme."""
    line = sentence.text.strip()
    # (its badges are no part of it: "MOTH        LUMORA SHORTS" is no programme's part)
    if _PART_WORDS.fullmatch(_BADGES.sub("", line)) or not any(c.isupper() for c in title):
        return False  # a part of the programme, or a script without capitals (ドライブ・マイ・カー)
    if line.endswith("!!") or _BYLINE.match(body, sentence.end):
        # "THE DOCUMENTARY IS FINALLY HERE!!!", then "Posted by Frida": a post's headline
        return False
    return (
        bool(_TRAILING_BRACKET.search(line))
        or bool(_PROSE_LINE.match(body, sentence.end))
        # "LUMI", then "Winner: Best Short Film" over its paragraph
        or bool(_PRIZE_THEN_PROSE.match(body, sentence.end))
        # "■ 1. VENTO SUL" over "• Country: Brazil": a ranked heading over its fact box (not
        # any heading in capitals: a cinema's name over its programme's rows is none)
        or bool(_RANK.match(line) and _FACT_ROW.match(body, sentence.end))
        # "▶ MAR DE FONDO   [NEW] [4K]" over "Type ........ Feature film": a catalogue's entry
        or bool((_MARK.match(line) or _BADGES.search(line)) and _FACT_ROW.match(body, sentence.end))
        or (
            # the whole line (not "BOOM!" of "tick, tick... BOOM!"), but for a label set far
            # to its right ("MOTH        LUMORA SHORTS")
            slugify(title) == slugify(_BADGES.sub("", line))
            and body[sentence.start - 1 : sentence.start] in ("", "\n")
            and (
                # "10:00 · PWR · Competition" over it: a programme's slot, and the film it shows
                _SLOT_LINE.fullmatch(
                    body, body.rfind("\n", 0, sentence.start - 1) + 1, sentence.start
                )
                # "South Korea, 2024, Korean, 1h 57m" under it: the film's year and running time
                or _DETAILS_LINE.match(body, sentence.end)
            )
            is not None
        )
    )


_ONE_WORD_KEY = re.compile(r"\p{L}+[ \t]+[—–][ \t]")
# A winners' list's numbered category: "6. Mekong Screen Award for Best Debut Feature"
_RANKED_PRIZE = re.compile(r"\d{1,2}[.)][ \t]+[^\n]{0,60}\b(?i:award|prize|best)\b[^\n]{0,60}")
# A heading line that names no film: "The feature", "The short first", "Also this month"
_PLAIN_HEADING = re.compile(r"[ \t]*\p{Lu}[\p{L}'’ \t-]{2,40}[ \t]*")
# What may come before the film a paragraph opens with: "Then The Quiet Harbourmaster, ..."
_LEAD_IN = re.compile(
    r"[ \t]*(?:(?i:then|next|and then|finally|also|plus)[ \t,]+)?"
    # "The big one for me: Tenant", "Finally caught up with All We Imagine as Light"
    r"(?:(?i:the|my)[ \t]+(?i:big|main|first|last|best|late|early)[ \t]+one(?:[ \t]+for[ \t]+me)?"
    r"(?:[ \t]+today|[ \t]+tonight)?:[ \t]+|(?i:caught[ \t]+up[ \t]+with|saw|watched|rewatched)"
    r"[ \t]+)?"
)
# A round-up's heading in capitals over its entry's paragraph: "THE WINNER", "THE SHORTS"
_HEADING_LINE = re.compile(r"[ \t]*[\p{Lu}][\p{Lu}'’ \t-]{2,40}[ \t]*")
# A diary's heading for its next day: "THU 03 OCT", "Saturday, 5 October", "Day 3"
_DAY_HEADING = re.compile(
    r"[ \t]*(?:(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}*\.?,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
    r"|(?i:day)[ \t]+\d{1,2})\.?(?:,?[ \t]+\d{4})?[ \t]*:?[ \t]*"
)
# A post's byline under its headline: "Posted by Frida (site admin) on 2 April 2025"
_BYLINE = re.compile(
    r"[ \t]*\n[ \t]*(?:(?i:posted|written|published)[ \t]+(?:by|on)|By[ \t]+\p{Lu})"
)
# A programme's slot: "10:00 · PWR · Competition", "Sat 9 Nov, 19.30 | Screen 2", "7:15pm"
_SLOT_LINE = re.compile(
    r"[ \t]*(?:\p{L}{3,9}\.?,?[ \t]+)?(?:\d{1,2}[ \t]+\p{L}{3,9}\.?,?[ \t]+)?"
    r"\d{1,2}[:.h]\d\d(?:[ \t]*(?i:am|pm))?(?![\p{L}\d])[^\n]*\n"
)
# A line of a film's details: its year and its running time, in any order
_DETAILS_LINE = re.compile(
    r"[ \t]*\n(?:[ \t]*\n)?(?=[^\n]*\b(?:19|20)\d\d\b)"
    r"(?=[^\n]*(?:\b\d{2,3}[ \t]*(?:mins?|minutes)\b|\b\d[ \t]*h(?:rs?)?[ \t]*\d{1,2}[ \t]*m?\b"
    r"|(?<![\p{Sc}\d.,])\b\d{1,2}m\b))"  # (a short's "14m")
)


def _is_line_entry(body: str, start: int, title: str) -> bool:
    """The entry at `start` is a list's line that says more after its title ("• Audience
    Award: X (Brazil), dir. Y", "4. X – a drama, released by Y"), not a heading over text."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line = body[line_start : len(body) if line_end < 0 else line_end]
    at = line.find(title)
    rest = _BRACKETS.sub("", line[at + len(title) :] if at >= 0 else "")
    listed = _LISTED.match(line) or _TITLE_COUNTRIES_MAKER.match(line)
    return listed is not None and len(rest.strip(" \t,.;:—–-")) >= 10


# A list's mark before its line: a bullet, or a number ("4.")
_LIST_MARK = r"(?:[•·*▪◦‣-]|\d{1,2}\.)"
_LISTED = re.compile(rf"[ \t]*{_LIST_MARK}[ \t]|[^\n]{{0,80}}?:[ \t]")
_BRACKETS = re.compile(r"\([^()\n]*\)")


# A fact box's row under a heading: "\n• Now streaming: 3 May 2024", "\nCountry | Brazil"
_FACT_ROW = re.compile(
    r"\n(?:[ \t]*\n)?[ \t]*(?:[•·*▪-][ \t]*)?\p{Lu}[\p{L}' ]{1,30}[ \t]*(?:[:|]|\.{3,})[ \t]*\S"
)


_MARKDOWN_HEADING_MARKS = re.compile(r"#{1,4}[ \t]+")


# A list's own label for an entry, in words of the writer's, before its title
_PICK_PHRASE = re.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){1,3}")


_CJK_TITLE_LINE = re.compile(
    # (or Korean's single marks, the title's English and its edition after them: "〈바람 부는
    # 날엔〉 On Windy Days (1987) 4K 디지털 복원판")
    r"(?m)^[ \t]*(?P<heading>(?:《(?P<title>[^《》\n]{1,40})》|〈(?P<title>[^〈〉\n]{1,40})〉)"
    r"(?:[ \t]*[（(][^()（）\n]{1,80}[)）]|[ \t]+[^\n]{1,80})?)[ \t]*$"
)
# a spec sheet's sentence, no title: "Disc 2 also contains the Extended Edition (128 min)"
_SPEC_VERB = re.compile(r"\b(?:also|contains|includes|comes[ \t]+with|offers)\b")


# a programme's slot, its hour first: "17:30", "5.30 pm", "8 pm"
_CLOCK_FIRST = re.compile(r"[ \t]*\d{1,2}(?:[.:]\d\d(?:[ \t]*(?i:am|pm))?|[ \t]*(?i:am|pm))[ \t]")


# a sum after a dash at a heading's end: "THE QUARRY CHOIR — £36,000", "X – EUR 120.000"
_SUM_AFTER = re.compile(
    r"[ \t]+[—–-][ \t]+(?:\p{Sc}[ \t]?|[A-Z]{3}[ \t])\d[\d,.]*(?:[ \t]?(?i:k|m|million))?[ \t]*$"
)
# ... and a price before a bar at its start: "$1.70  |  HARBOUR LIGHTS GO OUT (1964)", a stamp's
# value over the film it shows
_SUM_BEFORE = re.compile(r"^\p{Sc}[ \t]?\d[\d,.]*[ \t]+[|·][ \t]+(?=\p{Lu})")


@functools.lru_cache(maxsize=8)
def slot_glosses(body: str) -> frozenset[int]:
    """Where a programme's slot glosses the slot over it, no entry of its own: "17:30 POSLEDNÍ
    LÉTO NA SÁZAVĚ", then "5.30 pm LAST SUMMER ON THE SÁZAVA" (its translation, by its hour
    written the visitors' way)."""
    return frozenset(
        m.end("heading") + 1
        for m in _ENTRY_HEADING.finditer(body)
        if _CLOCK_FIRST.match(m["heading"]) and _CLOCK_FIRST.match(body, m.end("heading") + 1)
    )


# an English clause's pronoun or verb "to be": a sentence, where a heading reads as one
_PRONOUN_OR_BE = re.compile(
    r"(?i)\b(?:it|it['’]s|they|they['’]re|we|you|is|are|was|were|has|have|had)\b"
)


@functools.lru_cache(maxsize=8)
def entry_headings(body: str) -> dict[int, str]:
    """The titles that head a programme's or a list's entries, by where their line starts:
    "THE SALT ORCHARD" or "Kolmas talv (The Third Winter)", then a line of credits
    ("Dir. Aino Räsänen | Finland | 97 min")."""
    found = {}
    heads = {m.start("heading"): m for m in _HEADING_OVER_ROWS.finditer(body)}
    heads.update((m.start("heading"), m) for m in _ENTRY_HEADING.finditer(body))
    under_heading = slot_glosses(body)
    heads.update((m.start("heading"), m) for m in _HEADING_OVER_WHERE.finditer(body))
    heads.update((m.start("heading"), m) for m in _CAPITALS_OVER_DIRECTOR.finditer(body))
    heads.update((m.start("heading"), m) for m in _CAPITALS_YEAR_OVER_PROSE.finditer(body))
    heads.update((m.start("heading"), m) for m in _GUIDE_SLOT_LINE.finditer(body))
    for match in list(heads.values()):
        named = heading_title(match["heading"]) or match["heading"].strip()
        if unlikely_title(named):
            # "NETFLIX" over "Hanbit Station (한빛역)" over "2h 6m": a column's service, and
            # the entry under it
            under = _ENTRY_HEADING.match(body, match.end("heading") + 1)
            if under is None and _GUIDE_SLOT.fullmatch(named):
                # "LAST CHANCE — LEAVING 31 MARCH" over "DECISION TO LEAVE — Park's romance"
                under = _LINE_UNDER.match(body, match.end("heading") + 1)
            if under is not None:
                heads.setdefault(under.start("heading"), under)
    for start, match in sorted(heads.items()):
        if start in under_heading:
            continue
        frame = FRAME.match(match["heading"])  # "│ TAGULAN (2018)" in a box drawn with lines
        marks = _MARKDOWN_HEADING_MARKS.match(match["heading"])  # "### Kinmokusei no Koro"
        line = match["heading"][frame.end() if frame else marks.end() if marks else 0 :].strip()
        head, colon, rest = line.partition(": ")
        if colon and (_GLOSS_LABEL_WORD.fullmatch(head) or _ORIGINAL_LABEL.fullmatch(head)):
            continue  # "English title: Trolltind: The Last Winter", under the title
        if colon and normalise.language_names().get(head.lower()):
            continue  # "Persian: دختر باغبان", the title in its language, under the title
        row_key = _LABEL_WORDS.fullmatch(head) or _ROW_KEY.fullmatch(head)
        if colon and (row_key or ", " in rest) and len(head.split()) <= 2:
            continue  # "Stars: Ana Ruiz, Jo Park" over "Runtime: 89 min": a row, not a title
        lower = rest[:1].islower() or rest[:1].isdigit()  # (not "Quipu: The Knot Keepers")
        if (
            colon
            and lower
            and len(head.split()) == 1
            and _ONE_WORD_ROW.match(body, match.end("heading") + 1)
        ):
            continue  # "Limba: norvegiană" over "Durata: 128 min": a record's row in its tongue
        if colon and (_TITLE_LABEL_WORD.fullmatch(head) or SLOT_LABEL.fullmatch(head)):
            line = rest  # "Film: Chaakara: The Mudbank", "REPERTORY: Midnight at the Depot"
        elif (
            colon
            and _PICK_PHRASE.fullmatch(head)
            and rest[:1].isupper()
            and not (CREDIT_LABEL.fullmatch(head) or _LABEL_WORDS.fullmatch(head))
            and not names.looks_like_person(rest)
        ):
            line = rest  # "Honorary grandfather: Eternity and a Day", a list's last pick
        prose = _CAPITALS_BEFORE_PROSE.match(line)  # (the note after its dash is no heading)
        if _PRIZE_HEADING.search(prose["title"] if prose else line):
            continue  # "★ SILVER GANNET (JURY PRIZE)" over its winner's line: the prize
        if CREDIT_LABEL.fullmatch(line) or CREDIT_HEADING.fullmatch(line):
            continue  # "RUNNING TIME" over "131'", "ABOUT THE DIRECTOR": a key, not a title
        line = prose["title"] if prose else line
        title = heading_title(line)
        if title is None:
            line = _SLASH_RANK.sub("", line)  # "1 / Kuşların Dili (The Language of Birds)"
            line = _SLOT_HOUR.sub("", line)  # "9:30 — Sa Ilalim ng Bakawan", its credits under it
            marked = _MARK.match(line)
            if marked:  # "▸ A Casa das Marés", "▸ Las horas quietas | The Quiet Hours": a
                # programme's mark before its entry's title, and the title's gloss after a bar
                line = line[marked.end() :].split(" | ")[0]
            core = _HEADING_END.sub("", _DIARY_DAY.sub("", line))
            core = _TRAILING_BRACKET.sub("", core).strip()
            # "after, the rain." over "Philippines | 14 min | Tagalog": styled in lower case
            styled = (
                core[:1].islower()
                and len(core.split()) <= 6
                and (
                    _RUNTIME_LINE.match(body, match.end("heading") + 1) is not None
                    or _FACT_ROWS.match(body, match.end("heading") + 1) is not None
                )
            )
            plain = (
                (core[:1].isupper() or styled)
                and len(core.split()) <= 10
                and not core.endswith((",", ";", ":"))
                and (styled or not core.endswith("."))
                # (a slot's note in another tongue after it is no mark of its own: "Tungi
                # bozor (Night Bazaar) — YOPILISH / CLOSING NIGHT")
                and not any(
                    mark in _HEADING_END.sub("", line)
                    for mark in ("|", "›", "·", "/", ">", "..", "\t")
                )
                and not _KEY_LABEL.match(core)
                and not _ONE_WORD_KEY.match(core)  # "Cut – Fazil Muhammed" over "Runtime – 2h"
                and not _DETAILS_LINE.match(f"\n{core}")  # "South Korea, 2024, 1h 57m"
                # (a spec sheet's sentence: "Disc 2 also contains the Extended Edition (128 min)")
                and not (_reads_as_a_sentence(core) and _SPEC_VERB.search(core))
            )
            label = _LABEL_WORDS.fullmatch(core) or CREDIT_HEADING.fullmatch(core)
            label = label or _PART_WORDS.fullmatch(core)  # "Full list of winners"
            # "Distributed by – Pipoca Distribuidora": a key and its value, not a title
            key = _DASHED_FIELD.split(core, maxsplit=1)
            keyed = len(key) == 2 and _LABEL_WORDS.fullmatch(key[0]) is not None
            title = (
                core
                if plain and not label and not keyed and not _is_common_word(core, body)
                else None
            )
        if title and " — " in title:
            # "A Casa das Marés — The House of Tides" over "Original title | A Casa das
            # Marés": the title, then its gloss
            first = title.split(" — ")[0]
            rows = body[match.end("heading") : match.end("heading") + 300]
            title = first if re.search(rf"[|:][ \t]*{re.escape(first)}[ \t]*\n", rows) else title
        if title and not unlikely_title(title):
            found[match.start("heading") + (frame.end() if frame else 0)] = title
    for match in _CJK_TITLE_LINE.finditer(body):
        # "《海風之後》(After the Sea Wind)" alone on its line: a listing's entry, by the marks
        # Chinese sets round a title
        found.setdefault(match.start("heading"), match["title"])
    for start, title in _numbered_headings(body):
        found.setdefault(start, title)
    for start, title in _timed_slots(body):
        found.setdefault(start, title)
    for match in _GLOSSED_HEADING.finditer(body):
        # "Kaštonų gatvė (Chestnut Street)" over its paragraph: a roundup's entry
        title = match["title"].strip()
        label = _LABEL_WORDS.fullmatch(title) or CREDIT_HEADING.fullmatch(title)
        label = label or _PART_WORDS.fullmatch(title)  # "THE NUMBERS (as of Sunday)"
        # (nor a page's part in its own tongue, glossed: "Konusu (Synopsis)")
        label = label or CREDIT_HEADING.fullmatch(match["gloss"].strip())
        # (a title may look like a name, "Zmajček Luka", when its gloss is a phrase: "Luka the
        # Little Dragon")
        person = names.looks_like_person(title) and len(match["gloss"].split()) < 3
        if not label and not unlikely_title(title) and not person:
            found.setdefault(match.start("title"), title)
    for match in _HEADING_OVER_LABELS.finditer(body):
        # "Mirrorfish", then "Format" over "Animated feature", "Country" over "Poland": an
        # entry whose details are each a label over its value
        title = heading_title(match["title"]) or match["title"].strip()
        label = _LABEL_WORDS.fullmatch(title) or CREDIT_HEADING.fullmatch(title)
        label = label or _PART_WORDS.fullmatch(title) or _is_prose(title)
        label = label or _RUNTIME_LINE.match(title)  # "Japan 2023 124 mins OV Japanese"
        label = label or _TITLE_LABEL_WORD.fullmatch(title)  # "ORIGINAL TITLE" over its value
        if not label and not unlikely_title(title) and not names.looks_like_person(title):
            found.setdefault(match.start("title"), title)
    for start, title in _headings_over_film_prose(body):
        found.setdefault(start, title)
    for start, title in _table_titles_again(body):
        found.setdefault(start, title)
    for start, title, credited in _prize_lines(body):
        # "Best Director: Ana Ruiz for Salt Wind", "Golden Bear: Zvona, dir. Ana Ruiz": a
        # winners' list, each line a film's entry
        if not unlikely_title(title) and (credited or not names.looks_like_person(title)):
            found.setdefault(start, title)
    for entry in read_award_lists(body):
        # an award list's line names its film: "WINNER: Bab el-Bahr (The Sea Gate)"
        # (not a line of several: "In contention: A (Malaysia); B (Cambodia)")
        if not unlikely_title(entry.title) and ";" not in body[entry.line : entry.end]:
            found.setdefault(entry.line, entry.title)
    for match in _RULED_HEADING.finditer(body):
        # "-----", "BAARISH KE BAAD", "-----": a heading between rule lines, over its facts
        title = heading_title(match["heading"])
        if title and not unlikely_title(title):
            found.setdefault(match.start("heading"), title)
    for match in _HEADING_AFTER_RULE.finditer(body):
        # "-----", "", "SALZ", "Salt", "": a programme's entry set off by a rule, its title in
        # capitals (perhaps its translation under it), over its facts
        title = heading_title(match["heading"])
        # (a name has no comma: "BAJO EL AGUA, LA CIUDAD" is a title)
        person = names.looks_like_person(title or "") and "," not in title
        if title and not unlikely_title(title) and not person:
            found.setdefault(match.start("heading"), title)
    for match in _ITEM_FROM.finditer(body):
        # "- Bab el-Louq Nights, Egypt. A world premiere ...": a line-up's item, and where
        # its film is from
        countries = re.split(r"\s*(?:/|,|\band\b|–|-)\s*", match["countries"])
        title = match["title"].strip()
        if all(normalise.country_of(c) for c in countries) and not unlikely_title(title):
            found.setdefault(match.start("title"), title)
    for match in _ITEM_ENTRY.finditer(body):
        # "• Sölvi og hafið (Sölvi and the Sea) — X's stop-motion drama ...": a line-up's item
        title = match["title"].strip()
        first = title.split()[0].lower()
        said = first in names.PRONOUNS or _CONTRACTION.match(first)  # "* It's long-ish — "
        # without a gloss, written as a title is: not "- The smeary chase at the start — "
        titled = match["gloss"] or all(re.fullmatch(names.TITLE, p) for p in title.split(": "))
        # "• Pattam Pola — R. Senthil's Tamil comedy": described as a film, whatever it looks like
        described = _DESCRIBED_AS_FILM.match(body, match.end() - 1) is not None
        person = names.looks_like_person(title) and not described
        # "• Cinematography — Ruben De Smet", "• Countries — Belgium": a fact box's key
        key = _LABEL_WORDS.fullmatch(title) or CREDIT_LABEL.fullmatch(title)
        if titled and not said and not unlikely_title(title) and not person and not key:
            found.setdefault(match.start("quote" if match["quote"] else "title"), title)
    for match in _RULED_BLOCK_TITLE.finditer(body):
        # "━━━━", "[NEW] [4K]", "El Último Verano de los Pumas", "Chile 2021 98 min ...": a
        # catalogue's block, its badges, its title over its details (in any case)
        line = match["heading"].strip()
        title = heading_title(line) or line
        if not unlikely_title(title) and not _ENDS_A_SENTENCE.search(title):
            found.setdefault(match.start("heading"), title)
    for match in _TITLE_COUNTRIES_MAKER.finditer(body):
        # "Winter in Gyumri (Armenia, France) – dir. Anahit Sargsyan – world premiere": a
        # line-up's line, its film, where it is from and who made it
        places = re.split(r"[ \t]*(?:/|,|&|\band\b)[ \t]*", match["where"].strip())
        title = match["title"].strip()
        if all(map(normalise.country_of, places)) and not unlikely_title(title):
            found.setdefault(match.start("title"), title)
    for match in _LISTED_TITLE_PLACE_MAKER.finditer(body):
        # "• The Snail Postman – Latvia, dir. Anna Ozola, 7 min": a programme's short, listed
        places = re.split(r"[ \t]*(?:/|,|&|\band\b)[ \t]*", match["where"].strip())
        title = match["title"].strip()
        if all(map(normalise.country_of, places)) and not unlikely_title(title):
            found.setdefault(match.start("title"), title)
    for match in _RULED_DAY_THEN_TITLE.finditer(body):
        # "-----", "MARTES 22 DE ABRIL · TUESDAY 22 APRIL", "SOY CUBA (I Am Cuba) · 1964 ·
        # 141 min": a programme's day, then its film, its year and its running time
        title = heading_title(match["heading"].strip())
        if title and unlikely_title(match["day"].strip()) and not unlikely_title(title):
            found.setdefault(match.start("heading"), title)
    cells = (_TITLE_THEN_CELLS, _TITLE_THEN_FACT_CELLS, _TITLE_THEN_DOTTED, _TITLE_DASH_CELLS)
    for match in (found for pattern in cells for found in pattern.finditer(body)):
        # "Tide Line | dir. Selasi Agbeko | Ghana | 12 min": a title, then its facts, ruled
        title = heading_title(match["title"]) or _TRAILING_BRACKET.sub("", match["title"])
        kind = all(w in values.GENRES or w in values.LISTING_WORDS for w in title.lower().split())
        key = kind or _LABEL_WORDS.fullmatch(title) or _ROW_KEY.fullmatch(title)
        key = key or CREDIT_LABEL.fullmatch(title) or CREDIT_HEADING.fullmatch(title)
        key = key or _maker_under_heading(body, match.start(), title)
        if not key and not unlikely_title(title) and not _DIGIT.search(title):
            # (the line's start, where a prize may stand before the title)
            found.setdefault(match.start() + len(match[0]) - len(match[0].lstrip()), title)
    for match in _TITLE_CERTIFICATE_RUNTIME.finditer(body):
        # "Paddington 2 — PG — 103 mins", "Bikpela Wara (Big Water) — 12A — 101 mins": a
        # cinema's entry, its title, its certificate and its running time
        title = _TRAILING_BRACKET.sub("", match["title"].partition(" / ")[0]).strip()
        if not unlikely_title(title):
            found.setdefault(match.start("title"), title)
    for match in _CAPITALS_OVER_CELLS.finditer(body):
        places = re.split(r"[ \t]*(?:/|,|&|\band\b)[ \t]*", match["where"].strip())
        title = heading_title(match["heading"])
        if title and all(map(normalise.country_of, places)) and not unlikely_title(title):
            found.setdefault(match.start("heading"), title)
    for match in _ITEM_TYPED.finditer(body):
        # "• Kökpar (film, Kyrgyzstan, 104 min, dir. Bakyt Osmonov)": an item that says it is
        # a film, and its facts; "• The River That Sang Back (2021) · 88 min", its year and
        # its runtime
        if not unlikely_title(match["title"]):
            found.setdefault(match.start("title"), match["title"])
    for start, title in list(found.items()):
        credited = re.search(
            rf"{_DIRECTOR_LABEL}[ \t]*[:|]?[ \t]*\n?[ \t]*{re.escape(title)}\b", body
        )
        if credited and names.looks_like_person(title):
            # "SHADOW OF THE PASS", then "Anup Thami" over "Nepal, France · 2025 · 104'": the
            # entry's maker, whom its credits name as director, heads no entry of its own
            del found[start]
        elif _TRACK_ROW.search(body[start:].partition("\n")[0]):
            del found[start]  # "2. Tovli (Snow) ........ 2:58": an album's track, not a film
        elif _PARTS_JOINED.fullmatch(title) or _QUESTION_LINE.fullmatch(title):
            del found[start]  # "RELEASE & RUNTIME", "How long is it?": a page's parts, asked
        elif _is_asking_heading(title, body):
            # "WHAT PARENTS NEED TO KNOW", "WHAT OTHER FAMILIES SAY": a guide's parts, which
            # the page never names again (a film so titled would be: "What Women Want")
            del found[start]
        elif _reads_as_a_sentence(title) and _PRONOUN_OR_BE.search(title):
            # "1. It's genuinely, properly funny", "It won the big one": a listicle's reasons,
            # each over the paragraph that argues it
            del found[start]
    for start, title in found.items():
        dated = _TITLE_THEN_BARE_YEAR.fullmatch(title)
        if dated and _DIRECTED_UNDER.match(body, start + len(title)):
            # "The Cave of the Yellow Dog 2005" over "Directed by X · 93 mins": a logging
            # site's title and year, set apart by a space
            found[start] = dated["title"]
    return found


_DIRECTOR_LABEL = r"(?i:director|directed[ \t]+by|dir\.|réalisation|dirección|regie|regia)"
_TITLE_THEN_BARE_YEAR = re.compile(r"(?P<title>.*\S)[ \t]+(?:18[89]\d|19\d\d|20[0-3]\d)")
_DIRECTED_UNDER = re.compile(r"[ \t]*\n[ \t]*(?i:directed[ \t]+by|dir\.)[ \t]")


_RULED_BLOCK_TITLE = re.compile(
    # (a blank line under the rule only over a title in capitals: "LA CIÉNAGA / The Swamp")
    rf"(?m)^{RULE_LINE.pattern}\n(?:[ \t]*\n(?=[^\p{{Ll}}\n/]{{2,}}(?:/|\n)))?"
    r"(?:[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)+\n)?"
    r"(?P<heading>[^\n\[]{2,80})\n"
    r"(?=[^\n]*(?:\b(?:19|20)\d\d\b|\b\d{2,3}\s?(?i:mins?|minutes)\b|\b\dh\s?\d{1,2}m\b))"
)
_TITLE_COUNTRIES_MAKER = re.compile(
    r"(?m)^(?P<title>\p{Lu}[^\n()–—|:]{1,60}?)[ \t]+\((?P<where>[^()\n]{2,60})\)[ \t]+[–—-][ \t]+"
    r"(?=(?i:dir\.|directed[ \t]+by|by)[ \t])"
)
_LISTED_TITLE_PLACE_MAKER = re.compile(
    r"(?m)^[ \t]*[•·*▪◦‣-][ \t]+(?P<title>\p{Lu}[^\n()–—|:]{1,60}?)[ \t]+[–—][ \t]+"
    r"(?P<where>\p{Lu}[\p{L} /&]{1,60}?),[ \t]+(?=(?i:dir\.|directed[ \t]+by)[ \t])"
)
_RULED_DAY_THEN_TITLE = re.compile(
    rf"(?m)^{RULE_LINE.pattern}\n(?P<day>[^\n]{{2,80}})\n"
    r"(?P<heading>[^\n·|]{2,80}?)[ \t]+[·|][ \t]+(?:19|20)\d\d\b"
)
# Headings over films beside the page's own ("MORE LIKE THIS", "PRECEDED BY")
_ASIDE_WORDS = (
    r"more like this|you (?:may|might) also like|similar titles|related titles|preceded by|"
    r"followed by|supported by|screens with|also showing|also playing|also screening|"
    r"also this week|before the feature|(?:coming )?next in (?:the|this) series"
)
# ... each holds until the next heading in capitals after a blank line; in two languages
# too: "AUSSI CETTE SEMAINE / ALSO THIS WEEK"
_ASIDE_HEADING = re.compile(
    rf"(?im)^[ \t]*(?:[^\n/:]{{1,40}}[ \t]+/[ \t]+)?(?:{_ASIDE_WORDS})"
    r"(?:[ \t]+/[ \t]+[^\n/:]{1,40})?[ \t]*:?[ \t]*$"
)
_NEXT_CAPITALS_HEADING = re.compile(r"\n\n[ \t]*(?=[^\n]*\p{Lu})[^\n\p{Ll}]{3,}\n")


def _aside_spans(body: str) -> list[tuple[int, int]]:
    spans = []
    for match in _ASIDE_HEADING.finditer(body):
        following = _NEXT_CAPITALS_HEADING.search(body, match.end())
        spans.append((match.end(), following.start() if following else len(body)))
    return spans


_TITLE_THEN_CELLS = re.compile(
    # (perhaps after the prize it won: "✦ BEST SHORT | Snøfnugg (Snowflake) | dir. ...")
    rf"(?m)^(?:[ \t]*[✦★🏆]?[ \t]*(?=[^\n|]{{0,40}}\b(?i:{names.PRIZE_WORD})\b)[^\n|]{{2,60}}?"
    r"[ \t]+\|[ \t]+)?[ \t]*"
    r"(?P<title>\p{Lu}[^\n|:\t]{1,60}?)[ \t]+\|[ \t]+"
    r"(?=[^\n]*\b[Dd]ir\.[^\n]*\|[^\n]*\b\d{1,3}[ \t]?(?:mins?|minutes)\b)"
)
# "RAIN (Regen) · Dirs. Joris Ivens, Mannus Franken · Netherlands 1929 · 14 mins": a short
# before the feature, its title and its facts on one line
_TITLE_THEN_DOTTED = re.compile(
    r"(?m)^(?P<title>\p{Lu}[^\n|:\t·()]{1,60}?)(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+·[ \t]+"
    r"(?=[Dd]irs?\.[^\n]*·[^\n]*\b\d{1,3}[ \t]?(?:mins?|minutes)\b)"
)
# "LAJE — Tainá Oliveira · Brasil / Brazil · 2021 · 14 min": a title in capitals, a dash, then
# its maker and its facts, each in its cell
_TITLE_DASH_CELLS = re.compile(
    # (glossed too, in the page's tongue: "KUYU (The Well) — Yönetmen: Emre Sayın · 112 dk.")
    r"(?m)^(?P<title>\p{Lu}[^\n\p{Ll}·|:—–()]{1,60}?(?:[ \t]+\([^()\n]{1,60}\))?)[ \t]+[—–][ \t]+"
    rf"(?=[^\n·]{{2,60}}·[^\n]*\b\d{{1,3}}[ \t]?(?:mins?|minutes|{normalise.FOREIGN_MINUTES})\b)"
)
# A title in any case, its certificate and its running time, set apart by dashes
_TITLE_CERTIFICATE_RUNTIME = re.compile(
    r"(?m)^(?P<title>\p{Lu}[^\n·|:—–]{0,60}?)[ \t]+[—–][ \t]+"
    r"(?:U|PG|PG-13|12A?|15|18|R|NC-17|G|TBC|[A-Z]{1,3}\d{0,2}\+?)[ \t]+[—–][ \t]+"
    r"\d{1,3}[ \t]?(?:mins?|minutes)\b"
)
# "ROBOT DREAMS" over "Pablo Berger · Spain/France", "THE BOY AND THE HERON (君たちは...)" over
# "Hayao Miyazaki · Studio Ghibli · Japan": a round-up's entry, in capitals, over its director,
# its studio and where it is from
_CAPITALS_OVER_CELLS = re.compile(
    r"(?m)^(?P<heading>(?=[^\n]*\p{Lu}[^\n]*\p{Lu})[^\n\p{Ll}]{2,80})\n"
    r"(?=[^\n·|]{2,80}(?:[ \t][·|][ \t][^\n·|]{2,60}){0,2}[ \t][·|][ \t](?P<where>[^\n·|]{2,40})\n)"
)
# "the weight of small rivers. | Nigeria | 2024 | 104 min | Colour": a title in any case, then
# its country, year and runtime, each in its cell
_TITLE_THEN_FACT_CELLS = re.compile(
    # (not "Dir. Hayao Miyazaki | Japan | 2001 | 125 mins", a film's credit under its title)
    r"(?m)^(?!(?i:dir\.|dir\b|directed|director|written|by)\b)"
    r"(?P<title>[^\s|][^\n|:\t]{1,60}?)[ \t]+\|[ \t]+"
    r"(?=(?:[^\n|]{1,30}\|[ \t]*){0,2}(?:19|20)\d\d[ \t]*\|[ \t]*\d{2,3}[ \t]?(?:mins?|minutes)\b)"
)
_DIGIT = re.compile(r"\d")
_ITEM_TYPED = re.compile(
    rf"(?m)^[ \t]*{_LIST_MARK}[ \t]+(?P<title>\p{{Lu}}[^\n()—–:|]{{0,60}}?)[ \t]+"
    r"(?:\((?i:film|documentary|short|feature|animated film|animation)\b[^()\n]*\)"
    r"|\((?:19|20)\d\d\)[ \t]*[·|—–][ \t]*\d{2,3}[ \t]?(?i:mins?|minutes)\b)"
)
_GLOSSED_HEADING = re.compile(
    # (a gloss is a title too, opening with a capital: not "THE STORY (no spoilers, I promise)")
    # (or under a section's label in capitals: "IN POST-PRODUCTION" over "Jezero (The Lake)")
    r"(?:(?<=\n\n)|\A|(?<=\n\n\p{Lu}[\p{Lu}\d \t&'’/-]{2,40}\n))"
    r"(?P<title>\p{Lu}[^\n().!?:|]{1,60}?)[ \t]+"
    r"\((?=[\"“‘'«]?\p{Lu})(?P<gloss>[^()\n\d]{2,60})\)"
    r"[ \t]*\n"
    r"(?=\p{Lu}[^\n]{60,})"
)
_DESCRIBED_AS_FILM = re.compile(
    r"(?:(?:a|an|the)[ \t]|[^\n'’]{2,40}['’]s[ \t])(?:[\p{L}\d-]+[ \t]){0,4}?"
    r"(?i:film|feature|drama|melodrama|comedy|thriller|documentary|short|musical|romance|"
    r"fantasy|horror|western|adventure|animation)\b"
)


def _between_rules(body: str, sentence: Span) -> bool:
    """A line set between two rule lines ("────", the line, "────"): a heading of the page."""
    before = body.rfind("\n", 0, max(sentence.start - 1, 0))
    after = body.find("\n", sentence.end + 1)
    return bool(
        RULE_LINE.fullmatch(body, before + 1, max(sentence.start - 1, 0))
        and RULE_LINE.fullmatch(body, sentence.end + 1, len(body) if after < 0 else after)
    )


_RULED_HEADING = re.compile(
    # (perhaps a line of its showing under it: "🎬 FERRYMAN'S DAUGHTER", "Members' preview ·
    # Tue 7 April, 7pm")
    rf"(?m)^{RULE_LINE.pattern}\n(?P<heading>[^\n]{{2,80}})\n(?:[^\n]{{2,100}}(?<![.!?])\n)?"
    rf"{RULE_LINE.pattern}$"
)
_HEADING_AFTER_RULE = re.compile(
    # (perhaps its original title and its country and year under it: "DAISIES",
    # "Sedmikrásky", "Czechoslovakia, 1966")
    rf"(?m)^{RULE_LINE.pattern}\n[ \t]*\n(?P<heading>[^\p{{Ll}}\n]{{2,80}})\n"
    r"(?:[^\n]{2,80}\n){0,2}[ \t]*\n"
)
_ITEM_FROM = re.compile(
    rf"(?m)^[ \t]*{_LIST_MARK}[ \t]+(?P<title>\p{{Lu}}[^\n()—–:|,.]{{1,60}}?)"
    r"(?:[ \t]+\([^()\n]{1,60}\))?,[ \t]+(?P<countries>\p{Lu}[\p{L} /–-]{1,60}?)\.(?:[ \t]|$)"
)
_ITEM_ENTRY = re.compile(
    # (a chart's numbered item too: "4. The Ferry to Hakata – Ana Ruiz's drama, released by")
    # (its title perhaps in quotes: '• "Yuki no Oto" (The Sound of Snow, Japan) — an ...')
    rf"(?m)^[ \t]*{_LIST_MARK}[ \t]+(?P<quote>[\"“])?(?P<title>\p{{Lu}}[^\n()—–:|\"“”]{{1,60}}?"
    r"(?::[ \t]\p{Lu}[^\n()—–:|\"“”]{1,40}?)?)[\"”]?"
    # (a numbered item says what the film is, not only its figures: "— $12.5M / $96.4M")
    r"(?P<gloss>[ \t]+\([^()\n]{1,80}\))?[ \t]+[—–][ \t]+(?:(?<=^[ \t]*\d{1,2}\.[^\n]*)\p{L}|"
    r"(?<!^[ \t]*\d{1,2}\.[^\n]*)\S)"
)


def _prize_lines(body: str) -> Iterator[tuple[int, str, bool]]:
    """The lines of a winners' list and the film each names: after a prize's label ("Best
    Director: Ana Ruiz for Salt Wind"), or opening a line with its director ("Zvona (The
    Bells), dir. Ana Ruiz") under a prize's heading. True when the line credits its director
    to the title, which may then be shaped like a person's name ("River Without Banks")."""
    for line in _PRIZE_LINE.finditer(body):
        rest = line["rest"]
        if line["award"] and not _PRIZE_WORD.search(line["award"]):
            continue
        found = (
            _DIRECTED_ENTRY.match(rest)
            or (line["award"] and _TITLE_MAKER_PLACE.fullmatch(rest.rstrip()))
            or (line["award"] and _winner_then_title(rest.rstrip()))
            or (line["award"] and _title_then_winner(rest.rstrip()))
            or (line["award"] and _placed_title(rest.rstrip()))
            or (line["award"] and _TITLE_THEN_GLOSS.match(rest))
            or (line["award"] and _TITLE_THEN_KIND.match(rest))
            # "Audience Award — Lagos Floodline": after a dash, the title alone
            or (line["dash"] and _BARE_TITLE.fullmatch(rest.rstrip()))
            or _TITLE_BEFORE_CREDIT.search(rest)
            or (line["award"] and _FOR_TITLE_PLACE.search(rest))
            or (line["award"] and (_FOR_TITLE.search(rest) or _TITLE_FOR.match(rest)))
        )
        if found and not _OUTCOME.match(found["title"]):
            title = found["title"].strip()
            if " for " in title:  # "Ewa Lind for Gdzie jest Marek, dir. ...": the winner first
                title = title.rsplit(" for ", 1)[1]
            credited = found.re not in (_TITLE_FOR, _FOR_TITLE, _WINNER_THEN_TITLE, _BARE_TITLE)
            # "Best Actor: Carlo Reyes, Ang Huling Bangka (Philippines)": a film, with its
            # country, whatever its name looks like
            credited = credited or (found.re is _WINNER_THEN_TITLE and rest.rstrip().endswith(")"))
            # ("Ivo Lund, cinematography, Kattens År": the person's craft sets her apart)
            credited = credited or (found.re is _WINNER_THEN_TITLE and bool(found["craft"]))
            # (where the line's sentence starts: after its bullet, which is no part of it)
            yield line.start("rest") if not line["award"] else line.start("award"), title, credited


def _winner_then_title(text: str) -> re.Match[str] | None:
    """ "Emily Watson, Small Things Like These": a winners' line's person, then her film."""
    found = _WINNER_THEN_TITLE.fullmatch(text)
    people = names.split_names(found["name"]) if found else []
    return found if people and all(map(names.looks_like_person, people)) else None


def _title_then_winner(text: str) -> re.Match[str] | None:
    """ "Dahomey, Mati Diop": a winners' line's film, then the person it names after."""
    found = _TITLE_THEN_WINNER.fullmatch(text)
    person = found and names.looks_like_person(found["name"])
    return found if person and not names.looks_like_person(found["title"].strip()) else None


def _placed_title(text: str) -> re.Match[str] | None:
    """ "Sembilan Malam di Ternate (Indonesia)": a winners' line's film and its country."""
    found = _TITLE_THEN_PLACE.fullmatch(text)
    places = found and re.split(r"\s*(?:/|,|\band\b|–)\s*", found["place"])
    return found if places and all(map(normalise.country_of, places)) else None


_PRIZE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[•·*-][ \t]+)?"
    # (or a dash after the prize: "Best Director — Jean-Paul Habimana, Imvura (Rwanda)")
    r"(?:(?P<award>\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:for|of|the|\p{Lu}[\p{L}'’-]*)){1,6})"
    r"(?::|[ \t]+(?P<dash>[—–]))[ \t]+)?"
    r"(?P<rest>\p{Lu}[^\n]*)"
)
_PRIZE_WORD = re.compile(rf"\b{names.PRIZE_WORD}\b")
# "Golden Lion: The Tide Clock (Lin Pei-chen, Taiwan)": the film, its maker and country
_TITLE_MAKER_PLACE = re.compile(
    rf"(?P<title>\p{{Lu}}[^\n(),—–:]{{0,60}}?)\s+\((?P<name>{names.NAME}),\s+[^()\n]{{2,40}}\)"
)
_DIRECTED_ENTRY = re.compile(
    # (a question is no title: "Can we talk about X? 10 million tickets, dir. Y")
    r"(?P<title>\p{Lu}(?:[^\n(),—–:?]|\?(?=,)){0,60}?)(?:\s+\([^()\n]{1,60}\))?,\s+dir\.\s"
)
_TITLE_BEFORE_CREDIT = re.compile(
    # (not "of" inside a title: "The Mermaid of Hel (dir. X)")
    r"\b(?:for|in|(?<!\p{Lu}[\p{L}'’-]*[ \t])of)\s+"
    r"(?P<title>\p{Lu}[^\n(),—–]{0,60}?)\s*\((?:dir\.|directed)"
)
# "Best Director: Ana Ruiz for Cisza po burzy (Poland)": the line ends with the film and its
# country, whatever its case and however like a name it looks ("Mama Put (Nigeria)")
_FOR_TITLE_PLACE = re.compile(r"\bfor\s+(?P<title>\p{Lu}[^\n()]{0,60}?)\s+\([^()\n\d]{2,40}\)\s*$")
_FOR_TITLE = re.compile(rf"\bfor\s+(?P<title>{names.TITLE}(?::\s+{names.TITLE})?)\s*(?:[(—–,.;]|$)")
# "Best Actress: Anouk de Graaf, Wintergast": the winner, then her film
# (perhaps two winners, and the film's country after it: "Best Screenplay: Ana Ruiz and Jo
# Park, Sembilan Malam di Ternate (Indonesia)")
_WINNER_THEN_TITLE = re.compile(
    # (or several: "Jana Hellwig, Malte Brückner, Ferropolis (Germany)")
    rf"(?P<name>{names.NAME}(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]*&[ \t]*){names.NAME}){{0,3}}),"
    r"[ \t]+"
    # (perhaps the winner's craft between: "Martin Gschlacht, cinematography, The Devil's Bath")
    r"(?P<craft>\p{Ll}[\p{Ll} ]{2,30},[ \t]+)?"
    r"(?P<title>\p{Lu}[^\n,()]{0,60}?)(?:[ \t]+\([^()\n\d]{2,40}\))?"
    # (and a note on the winner after: "Dying (Sterben), which he also directed")
    r"(?:,[ \t]+(?:which|who)[ \t][^\n]{0,60})?\.?"
)
# "Golden Bear: Dahomey, Mati Diop": the film, then its director, perhaps an aside after
_TITLE_THEN_WINNER = re.compile(
    r"(?P<title>\p{Lu}[^\n,()]{0,60}?),[ \t]+"
    rf"(?P<name>{names.NAME})(?:[ \t]+\([^()\n]{{1,60}}\))?\.?"
)
# "Best Film: Sembilan Malam di Ternate (Indonesia)", perhaps ", directed by X" after it
_TITLE_THEN_PLACE = re.compile(
    r"(?P<title>\p{Lu}[^\n(),—–:]{0,60}?)[ \t]+\((?P<place>[^()\n\d]{2,40})\)"
    rf"(?:,[ \t]+directed[ \t]+by[ \t]+{names.NAME})?\.?"
)
_TITLE_FOR = re.compile(r"(?P<title>\p{Lu}[^\n(),—–:]{0,60}?),\s+for\s")
# "Best Animated Short: In the Shadow of the Cypress, by the Iranian directors X and Y, about
# ...", "...: The Only Girl in the Orchestra, Molly O'Brien's portrait of her aunt": the film,
# then a gloss on who made it
# "Kerala State Film Award for Best Film — Nominated", "— Won (Ana Ruiz, Jo Park)": how the
# film fared, not a title
_OUTCOME = re.compile(r"(?i:won|winner|winners|nominated|nominee|nominees|shortlisted)\b")
# "Lagos Floodline", "Monsoon Post Office (dir. Rohan Deshpande, India)": a title, its notes
_BARE_TITLE = re.compile(r"(?P<title>\p{Lu}[^\n,;:()—–]{0,60}?)(?:[ \t]+\([^()\n]{1,60}\))?")
# "Best Animation — The Girl Who Painted Rain, a 12-minute animated short from Nairobi"
_TITLE_THEN_KIND = re.compile(
    r"(?P<title>\p{Lu}[^\n,()]{0,60}?),[ \t]+an?[ \t]+(?:[\p{L}\d-]+[ \t]+){0,3}?"
    r"(?:film|feature|short|documentary|drama|comedy|thriller|animation)\b"
)
_TITLE_THEN_GLOSS = re.compile(
    r"(?P<title>\p{Lu}[^\n,()]{0,60}?),[ \t]+"
    rf"(?:by[ \t]|{names.NAME}['’]s?[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,3}}?"
    r"(?:film|feature|documentary|portrait|comedy|drama|short|animation|debut|thriller)\b)"
)


def entries_maker(opening: str) -> tuple[str, int, bool] | None:
    """Whose films a filmography's or retrospective's entries are, as its opening says: "a
    guide to Mamoru Hosoda's feature films", "Satoshi Kon directed only four feature films",
    "ten of his features" (his: the person the paragraph named first). Returns the person,
    where the saying starts, and whether it calls the films animated.

    >>> entries_maker("Few directors are as patient as Ana Ruiz. We show ten of her features.")
    ('Ana Ruiz', 57, False)
    >>> entries_maker("Few Egyptian directors are as patient. We show ten of her features.")
    >>> entries_maker("Ana Ruiz makes films about people waiting.")
    ('Ana Ruiz', 0, False)

    """
    for found in _maker_sayings(opening):
        name = found["name"] or found["name2"] or found["name3"]
        if name is None:  # "his features": the first person the paragraph names
            paragraph = opening.rfind("\n\n", 0, found.start()) + 1
            people = (
                n.group()
                for n in names.NAME_RE.finditer(opening, paragraph, found.start())
                if names.looks_like_person(n.group())
                # (not "Few Egyptian" of "Few Egyptian directors of her generation")
                and not any(normalise.country_of(word) for word in n.group().split())
            )
            name = next(people, None)
        if name and names.looks_like_person(name):
            return name, found.start(), bool(found["animated"] or found["animated2"])
    return None


def year_tagged_films(body: str) -> list[tuple[int, str]]:
    """Where each film a text tags with its year is first named, in text order: a
    retrospective written as prose introduces its entries so ("Still Walking (2008) gathers a
    family").

    >>> year_tagged_films("Tide (2019) came first; Salt (2021) came next, and Tide (2019) last.")
    [(0, 'Tide'), (24, 'Salt')]
    """
    first: dict[str, tuple[int, str]] = {}
    for match in _TITLE_YEAR.finditer(body):
        name = _full_title(body, match)
        # (not the poster's verb before it: "Rewatched The Salesman (2016) last night")
        viewed = _viewed_at(body, match.start("title"))
        if not unlikely_title(name):
            first.setdefault(slugify(name), (match.start("title") + viewed, name))
    return sorted(first.values())


def _maker_sayings(text: str) -> Iterator[re.Match[str]]:
    """`_ENTRIES_MAKER` matches, looked for only around the words for films: a pattern led by a
    name, tried at every capital of a long text, cost more than the rest of film choice."""
    seen = -1
    for word in _FILMS_KEY.finditer(text):
        # from the start of the sentence the word is in: a name is never cut in two
        window = max(text.rfind(". ", 0, word.start()), text.rfind("\n", 0, word.start()), seen)
        window += 1
        for found in _ENTRIES_MAKER.finditer(text, window, min(word.end() + 80, len(text))):
            if found.start() > seen:
                seen = found.start()
                yield found


_FILMS_KEY = re.compile(r"\b(?:feature films|features|films|movies)\b")
_FILMS_WORD = (
    r"(?P<animated>animated\s+|anime\s+|stop-motion\s+)?(?:feature films|features|films|movies)\b"
)
_ENTRIES_MAKER = re.compile(
    rf"(?P<name>{names.NAME})['’]s\s+(?:(?!animated|anime|stop-motion)[\p{{Ll}}-]+\s+){{0,2}}"
    rf"{_FILMS_WORD}"
    rf"|(?P<name2>{names.NAME})\s+(?:has\s+)?(?:directed|made|makes)\s+(?:only\s+|just\s+)?"
    rf"(?:[\p{{Ll}}]+\s+)?{_FILMS_WORD}"
    rf"|\b(?:his|her)\s+(?:(?!animated|anime|stop-motion)[\p{{Ll}}-]+\s+){{0,2}}{_FILMS_WORD}"
    # "the features of Hirokazu Kore-eda"
    r"|\b(?:the|all|every)\s+(?:(?!animated|anime|stop-motion)[\p{Ll}-]+\s+){0,2}?"
    r"(?:feature films|features|films|movies)\s+of\s+"
    # "the complete features of Senegalese director Aminata Ba-Diallo"
    r"(?:(?:[\p{L}-]+\s+){0,2}?(?i:director|filmmaker|animator|auteur)\s+)?"
    rf"(?P<name3>{names.NAME})"
    r"|\b(?:(?P<animated2>animated|anime|stop-motion)\s+)?(?:feature films|features|films)"
    r"\s+(?:that\s+)?(?:he|she)\s+(?:has\s+)?directed\b"
    # "gives Farhad Sadeghi-Nia his first full retrospective ...: four features"
    rf"|\b(?:gives|gave|devotes|offers|hosts)\s+(?P<name3>{names.NAME})\s+(?:his|her|their)\s+"
    r"(?:[\p{Ll}-]+\s+){0,2}?retrospective\b"
)


# A programme's slot on a line of its own: its hour, then its film, perhaps a gloss and a note
# ("18:30 · Zeitouna (زيتونة) — focus opening night"), its note on the lines under it
_TIMED_SLOT = re.compile(
    r"(?m)^[ \t]*\d{1,2}[:.h]\d\d[ \t]*[·|–—][ \t]*(?P<title>[^\n·|()—–]{2,80}?)"
    r"(?:[ \t]+\([^()\n]{1,40}\))?(?:[ \t]+[—–][ \t]+[^\n]{1,60})?[ \t]*$"
)
# a slot's kind before its film: "Silent Fridays: Nosferatu", "Members' preview: X"
_SLOT_KIND = re.compile(
    r"(?i:.*\b(?:previews?|screenings?|nights?|club|classics?|specials?|matinees?|series|"
    r"encore|revival|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|curtain[- ]raiser))"
)
# the part of an evening's programme a film is ("Curtain-raiser: Kisima, a 14-minute short")
_PROGRAMME_PART = re.compile(
    r"(?i:curtain[- ]raiser|(?:feature|short)[ \t]+screening|main[ \t]+feature|"
    r"supporting[ \t]+(?:short|feature|film))"
)


def _timed_slots(body: str) -> list[tuple[int, str]]:
    """The films of a programme's day, one slot a line with its hour ("11:00 · Pip and the
    Lighthouse Fox", over the note on it): two slots at least, each naming a title, under a
    day's heading ("SATURDAY 1 MARCH"; a live blog's hours head its posts, not films)."""
    days = (_DAY_HEADING.match(line) for line in body.splitlines() if len(line) <= 60)
    if not any(day and re.search(r"\p{L}", day.group()) for day in days):
        return []  # ("Saturday, 5 October 2024 – Busan": a diary's day, and where)
    found = []
    for match in _TIMED_SLOT.finditer(body):
        title = match["title"].strip()
        head, colon, tail = title.partition(": ")
        if colon and _SLOT_KIND.fullmatch(head):
            title = tail  # "Silent Fridays: Nosferatu": the series, then its film
        if (
            len(title.split()) <= 8
            and title[:1].isupper()
            and not _reads_as_a_sentence(title)
            and not _PART_WORDS.fullmatch(title)  # "Tunisian Shorts Night"
            and not unlikely_title(title)
        ):
            indent = len(match.group()) - len(match.group().lstrip())
            found.append((match.start() + indent, title))
    return found if len(found) >= 2 else []


def _numbered_headings(body: str) -> list[tuple[int, str]]:
    """A ranked or numbered list's entries, "1. the paper dragon of kowloon (March 7)", ...,
    "3. Honk! (March 21)": short numbered lines, numbered in sequence, each a title perhaps
    followed by brackets (a year, a date, a translation). Lower case stays: the list puts a
    title there, however it is styled."""
    entries = []
    # a forum's posts: "#41  kurage_bun  (Joined: Mar 2019 · Posts: 2,114)", who wrote each
    handles = {post["handle"] for post in _FORUM_POST.finditer(body)}
    for match in _NUMBERED_LINE.finditer(body):
        # a chart's line: "1. Copperhead Run (Halyard Pictures) — $38.6M — NEW"
        core = _DASHED_FIELD.split(match["rest"].strip(), maxsplit=1)[0]
        label, colon, rest = core.partition(": ")
        if colon and SLOT_LABEL.fullmatch(label):
            core = rest  # "2 / COMING UP: THE ILHA TAPES": the newsletter's part, then its film
        # "1. THE KERKENNAH NETS | Les Filets de Kerkennah": a title and its original one
        head, bar, gloss = core.partition(" | ")
        if bar and "|" not in gloss and not _DIGIT.search(gloss):
            core = head
        # "2. Desenhando no Escuro (Drawing in the Dark), 2021": a numbered entry's gloss and
        # year (unnumbered, "Mother's Kitchen, 1987" may be a title whole)
        while (bare := _TRAILING_BRACKET.sub("", _LIST_YEAR.sub("", core)).strip()) != core:
            core = bare
        words = core.split()
        titled = (
            1 <= len(words) <= 10
            and not core.endswith((".", ",", ";", ":"))
            and not any(mark in core for mark in ("|", "›", "·", " /", "/ ", ">", "\t"))
            and not _KEY_LABEL.match(core)
            and not _TWO_SENTENCES.search(core)  # "the comic-relief cat. Why is there always"
            and not _SAYS_OF_IT.search(core)  # "1 / MARULA IS A HIT (A SMALL ONE)": a headline
            and core not in handles
        )
        number = int(match["number"] or match["number2"])
        # (a chart's line, its figures after the title: "2. Persimmon Season (new) — 301,000")
        charted = _DIGIT.search(match["rest"][len(core) :]) is not None
        entries.append((match.start("line"), number, core if titled else "", charted))
    found = []
    for run in _counted_runs(entries):
        titles = [(start, title) for start, _, title, _ in run if title]
        charted = {start for start, _, title, figures in run if title and figures}
        if 2 * len(titles) <= len(run):
            continue  # most of the list's lines are sentences, not titles: steps, not films
        parts = [title for _, title in titles if _PART_WORDS.fullmatch(title)]
        if 2 * len(parts) >= len(run):
            continue  # "1. Plot", "2. Cast", "4. Release and reception": an article's parts
        found += [
            (start, heading_title(title) or title)
            for start, title in titles
            # (a season that grosses is a film: "Persimmon Season — 301,000 — USD 2.3m")
            if (not unlikely_title(title) or (start in charted and _SEASON.fullmatch(title)))
            and not CREDIT_HEADING.fullmatch(title)
        ]
    return found


_SEASON = re.compile(r"\p{Lu}\p{Ll}+ Season")
# A headline's verb and what it says the film is: "MARULA IS A HIT", "X IS BACK" (not "LIFE
# IS BEAUTIFUL", a title)
_SAYS_OF_IT = re.compile(r"(?i)\b(?:is|are|was|were)[ \t]+(?:a|an|the|back|here|out|coming)\b")
_TWO_SENTENCES = re.compile(r"\p{Ll}{3}[.!?][ \t]+\p{Lu}")
_FORUM_POST = re.compile(
    r"(?m)^[ \t]*#\d{1,5}[ \t]+(?P<handle>\S+)[ \t]+\((?:Joined|Member since|Posts)\b"
)


def _counted_runs(
    entries: list[tuple[int, int, str, bool]],
) -> Iterator[list[tuple[int, int, str, bool]]]:
    """The runs of lines numbered in sequence, up or down ("1." to "5.", then "1." to "5."
    again: a chart, then its notes), each of two lines or more."""
    run: list[tuple[int, int, str, bool]] = []
    for entry in entries:
        step = entry[1] - run[-1][1] if run else 0
        if abs(step) == 1 and (len(run) == 1 or step == run[1][1] - run[0][1]):
            run.append(entry)
            continue
        if len(run) >= 2:
            yield run
        run = [entry]
    if len(run) >= 2:
        yield run


_LIST_YEAR = re.compile(r"(?:\s*\((?:19|20)\d\d\)|,[ \t]*(?:19|20)\d\d)\s*$")
# between a key and its value: "Our critic — ★★★½", "Our rating .. ★★★★"
# (or a colon before its sums: "1. Halcyon Drift (Northlight Pictures): £3,820,000 weekend")
_DASHED_FIELD = re.compile(r"[ \t]+[—–][ \t]+|[ \t]+\.{2,}[ \t]+|:[ \t]+(?=\p{Sc}|[A-Z]{1,3}\$)")
_NUMBERED_LINE = re.compile(
    r"(?m)^[ \t]*(?P<line>(?:#|No\.\s?)?(?P<number>\d{1,2})[.):]|#(?P<number2>\d{1,2})(?=[ \t]))"
    r"[ \t]+(?P<rest>[^\n]{1,100})$"
)


# What leads a heading's title: a list's rank ("2. "), a programme's time ("2.00pm — ")
_DAY = r"(?i:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?[ \t]+[—–-]"
_RANK = re.compile(
    rf"^(?:[{HEADING_MARKS}\p{{So}}][ \t]*)?"  # "■ 1. VENTO SUL": a mark before the rank
    r"(?:(?:#|No\.\s?)?\d{1,2}[.):]|\d{1,2}(?:[.:]\d\d)?\s*(?i:am|pm|h)?[ \t]+[—–-]"
    r"|#\d{1,2}(?=[ \t])"  # "#1  MTVARIS KALAKI"
    r"|\d{1,2}[ \t]+/"  # "1 / Kuşların Dili (The Language of Birds)"
    r"|\d{1,2}[ \t]+\|(?=[ \t])"  # "1 | THE ONE TO SEE: Bèl Lanmè", a newsletter's part
    r"|\d{1,2}[ \t]+·"  # "1 · TVÄTTSTUGAN (The Laundry Room)"
    r"|(?:19|20)\d\d[ \t]+[—–]"  # "► 2009 — SA ILALIM NG BULKAN (Beneath the Volcano)"
    # a series' part before its film and year: "EPISODE 1 — SANDS OF IBRI (2015)" (not a
    # podcast's episode: "EPISODE 12 – PAPER KITES: GLUE, STRING AND ...")
    r"|(?i:episode|part|chapter|film|instal+ment)[ \t]+(?:\d{1,2}|[IVX]{1,4})[ \t]*[—–:-]"
    r"(?=[^\n]*\((?:19|20)\d\d\)[ \t]*$)"
    # a schedule's slot set apart by a tab or spaces: "14:00  SUN OVER SHUBRA"
    r"|\d{1,2}[.:]\d\d(?:\s*(?i:am|pm))?(?=\t|[ \t]{2})"
    # ... or before a title in capitals: "17:30 POSLEDNÍ LÉTO NA SÁZAVĚ", "20:00 LOS AÑOS DE LA
    # SAL (Roky soli)" (not "12:08 East of Bucharest", a title)
    r"|\d{1,2}[.:]\d\d(?:\s*(?i:am|pm))?(?=[ \t]+\p{Lu}[^\p{Ll}\n(]*(?:\(|$))"
    rf"|{_DAY})[ \t]+(?=\S)"
)
# A diary's day before its entry's title: "🎬 MON — Monsoon Ledger (Mazhakkanakku)"
_DIARY_DAY = re.compile(rf"^(?:\p{{So}}[ \t]*)?{_DAY}[ \t]+(?=\S)")
# A date or a time in a heading: a programme's slot, not a title ("SUNDAY 5 MARCH, FROM 2PM")
_WHEN = re.compile(
    rf"\b\d{{1,2}}(?:[.:]\d\d)?\s*(?i:am|pm)\b|(?i:\b(?:{normalise.MONTHS})\b\.?\s+\d|\b\d{{1,2}}\s+(?:{normalise.MONTHS})\b)"
)
_HEADING_END = re.compile(
    # (and a blog's emoji: "THE MUSIC 🎶")
    # (perhaps after a dash: "The Northern Ledger — ★★★★")
    r"(?:[ \t]+[—–])?"
    r"(?:\s*(?:[★☆]+½?|\((?:19|20)\d\d\)|\((?:U|PG|PG-13|R|NC-17|12A?|15|18)\)|\p{So}))+\s*$"
    # (or a score after a dash: "THE SEED OF THE SACRED FIG — 8/10")
    r"|[ \t]+[—–][ \t]+\d{1,2}(?:\.\d)?[ \t]*/[ \t]*(?:5|10|100)[ \t]*$"
    # (or what comes with the ticket: "Withnail and I + a half")
    r"|[ \t]+\+[ \t]+\p{Ll}[^\n]{0,30}$"
    # (or the screening's kind: "SILVERBIRCH ROAD (Hõbekase tee) — PREVIEW + Q&A", glossed
    # perhaps: "Tungi bozor (Night Bazaar) — YOPILISH / CLOSING NIGHT")
    rf"|[ \t]+[—–][ \t]+(?:[^\n\p{{Ll}}/]{{2,30}}/[ \t]*)?(?:{SLOT_LABEL.pattern}|Q&A)"
    r"(?:[ \t]*[+&][ \t]*[^\n]{1,20})?[ \t]*$"
    # (or a badge in capitals, set apart by spaces: "Ferry to Turkmenbashi (2025)   NEW THIS WEEK")
    r"|(?<=\((?:19|20)\d\d\))[ \t]{2,}\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,3}[!]?[ \t]*$"
)
# A streaming guide's slots over their titles: "FAMILY PICK", "LAST CHANCE — LEAVING 31 MARCH",
# "COMING IN APRIL", "NEW THIS WEEK"
_GUIDE_SLOT = re.compile(
    r"(?i:(?:family|kids['’]?|staff|editor['’]?s|editors['’]|critics?['’]?s?|weekend|our)"
    r"\s+picks?|last chance(?:\s*[—–:-]\s*leaving\b.*)?|leaving (?:soon|this \w+|on \d.*|\d.*)|"
    r"coming (?:in|this|next) \p{L}+|new (?:this|next) (?:week|month)|arriving (?:soon|in \p{L}+))"
)
# A guide's slot alone on its line, over the title it brings: "COMING IN OCTOBER"
_GUIDE_SLOT_LINE = re.compile(rf"(?m)^(?P<heading>(?:{_GUIDE_SLOT.pattern})[ \t]*:?)[ \t]*\n(?=\S)")
# The line under another, whole
_LINE_UNDER = re.compile(r"(?P<heading>[^\n]{2,400})$", re.MULTILINE)
# A title in capitals, then a dash and a note in prose: "THE LAST JEEPNEY — premieres 11 April"
_CAPITALS_BEFORE_PROSE = re.compile(
    r"(?P<title>\p{Lu}[\p{Lu}\p{M}\d'’:,&!? -]*[\p{Lu}\p{M}\d!?])[ \t]+[—–][ \t]+(?=[^\n]*\p{Ll})"
)
# An entry's heading: "Mirai (2018).", "7. The Calabash Kingdom (Nigeria, 2023)", "#3 Flow
# (Latvia/France, 2024)": a rank perhaps, a title, and a bracket that holds its year.
_YEAR_HEADING = re.compile(
    rf"(?:(?:#|No\.\s?)?\d{{1,2}}[.):]?\s+)?(?P<title>(?:{names.NAME}['’]s\s+)?{names.TITLE})\s+"
    r"\((?:[^()\n]{0,60}?[,;/]\s*)?(?:19|20)\d\d(?:[,;/][^()\n]{0,60})?\)\.?"
)
# A line that is a title, however its language cases it, and its year: "Le Fleuve sans nom
# (1998)", "Dakar, minuit (2011)", "La Pirogue d'or (2001) – a note"
_CASED_YEAR_HEADING = re.compile(
    # (perhaps after its title in its own script, or opening with a number: "南風 The South
    # Wind (2015)", "4:44 a.m. (2019)")
    r"(?P<title>(?:[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]+[ \t]+)?"
    r"(?:\p{Lu}|\d{1,2}:\d\d)[\p{L}'’.-]*(?:,?[ \t]+[\p{L}\d'’.-]+){0,6})[ \t]+\((?:19|20)\d\d\)"
    r"(?:[ \t]+[—–-][ \t]+\p{Ll}[^\n]{0,30})?"
)
# "Ana Ruiz's earlier film Mistbank": a title described, not a title alone
_DESCRIBED_TITLE = re.compile(r"['’]s\s+\p{Ll}|\b(?:film|movie|feature|documentary)\b")
# A title, where it is from, and perhaps the critic's score: "Night Fire (South Africa) — 4/5"
_PLACED_HEADING = re.compile(
    rf"(?P<title>{names.TITLE})[ \t]+\((?P<where>[^()\n\d]{{2,60}})\)"
    r"[ \t]+[—–-][ \t]+\d(?:\.\d)?/\d{1,2}"
)
# a title in capitals and its translation after a slash, each of a few words
_TWO_TONGUES = re.compile(
    r"(?P<first>[^\p{Ll}/\n]{2,40}?)[ \t]+/[ \t]+(?P<second>[^\p{Ll}/\n]{2,40}"
    # (or the translation in title case: "SABLE NOIR / Black Sand")
    r"|\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|the|a|an|and|in|on|at|to|for)[ \t]+)*"
    r"\p{Lu}[\p{L}'’-]*){0,5}"
    # (or in the sentence case of its own tongue: "THE PIGEON POST / Holubí pošta")
    r"|\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+[\p{Ll}\p{M}'’-]+){1,6})"
)
_PROGRAMME_SLOT = re.compile(
    r"(?i)\b(?:opening|closing|shorts?|films?|features?|gala|night|programme|program|"
    r"screenings?|sessions?|special|premieres?|competition|focus|retrospective|"
    r"to (?:open|close|finish|end)|finale|encore)\b"
)
_SENTENCE_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|will|did)\b")


def _cased_year_heading(line: str) -> re.Match[str] | None:
    """`_CASED_YEAR_HEADING`, unless the line is a label ("Awards (2023)") or a sentence."""
    entry = _CASED_YEAR_HEADING.fullmatch(line)
    if entry is None:
        return None
    title = entry["title"]
    label = _LABEL_WORDS.fullmatch(title) or _PART_WORDS.fullmatch(title)
    label = label or CREDIT_HEADING.fullmatch(title) or unlikely_title(title)
    said = title.split()[0].lower() in names.PRONOUNS or _SENTENCE_VERB.search(title)
    return None if label or said or _DESCRIBED_TITLE.search(title) else entry


# (or an emoji: "🎬 ROMA (2018)"; not a star, which rates, nor the "✦" that marks a prize)
# (a double bill's second film: "+ Capernaum (Nadine Labaki, Lebanon, 2018)")
_MARK = re.compile(rf"^(?:[{HEADING_MARKS}]|(?![★☆✦✧])\p{{So}}|\+(?=[ \t]+\p{{Lu}}))[ \t]+")
# one star before a title, and none after it: a list's mark for a winner, not a rating
# (the title alone after it: not "★ Lagos Lullaby (Nigeria) – dir. Chidi Okafor")
_WINNER_MARK = re.compile(r"★[ \t]+(?=\p{Lu}[^\n★☆½()–—·:|]*(?:\([^()\n]*\))?$)")
# where a guide's entry streams, after its title and year, or a diary's note, or a season's
# details: "ROMA (2018) — Netflix · leaves the service Feb. 28"; "KWAIDAN (怪談, 1964) ★★★★★ —
# take two"; "OLD JOY (2006) · 76 min · Fri 14 March"
_YEAR_THEN_NOTE = re.compile(
    r"(?<=\((?:[^()\n]{0,60}?[,;/][ \t]*)?(?:19|20)\d\d\))(?:[ \t]*[★☆]+½?)?"
    r"[ \t]+[—–·][ \t]+[^\n]{1,80}$"
)
# a diary's entry: its title, a dash, its maker and year, then the stars or a note: "El
# Astillero Vacío (The Empty Shipyard) — Martín Olivera, 2023 — ★★★★"
_MAKER_AND_YEAR = re.compile(
    r"[ \t]+[—–][ \t]+(?P<maker>\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|and|&|"
    r"de|del|da|van|von|y))*),[ \t]+(?:19|20)\d\d(?:[ \t]+[—–][ \t]+[^\n]{1,30})?$"
)
_BADGES = re.compile(
    r"(?:[ \t]*\[[^\]\n]{1,24}\])+[ \t]*$"
    # ... or a service's label set far to the right: "THE GLASS ORCHARD        LUMORA ORIGINAL"
    r"|[ \t]{3,}(?:\p{L}+[ \t]+)?(?i:originals?|exclusive|shorts?|new(?:[ \t]+(?:episodes|season))?"
    r"|premiere|featured|staff[ \t]+pick|4k(?:[ \t]+restoration)?)[ \t]*$"
)
# a festival diary's entry: a title in capitals (its gloss in brackets), a dash, then its
# maker, country and runtime: "SÁDLO (Lard) – Radana Šťastná, Czech Republic, 104'"
_CAPITALS_THEN_DETAILS = re.compile(
    r"(?<=^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*(?:[ \t]+\([^()\n]{1,60}\))?)[ \t]+[—–-][ \t]+"
    r"[^\n]{2,80}(?:\b\d{2,3}['’′]|\b\d{2,3}[ \t]?(?:min|mins|minutes)\b|\b\dh[ \t]?\d{1,2}m\b)"
    r"[^\n]{0,20}$"
)
# a list's entry in capitals, its original title in brackets, then its year: "BAD GENIUS
# (ฉลาดเกมส์โกง), 2017"
_CAPITALS_GLOSS_YEAR = re.compile(
    r"(?<=^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n(]*)[ \t]+\([^()\n]{1,60}\),[ \t]+(?:19|20)\d\d$"
)
_MAKERS_TITLE_HEADING = re.compile(
    rf"(?m:^)(?:(?:#|No\.\s?)?\d{{1,2}}[.):]?\s+)?(?P<title>{names.NAME}['’]s\s+{names.TITLE})"
    r"\s+\((?:[^()\n]{0,60}?[,;/]\s*)?(?:19|20)\d\d(?:[,;/][^()\n]{0,60})?\)\.?[ \t]*(?m:$)"
)
_MAKERS_TITLE = re.compile(rf"{names.NAME}['’]s\s+(?P<title>{names.TITLE})")
# a page's widget that asks the reader to rate, its empty stars no film's rating
_RATE_PROMPT = re.compile(
    r"(?i)\b(?:your rating|tap to rate|click to rate|rate this)\b"
    # a post's votes and tools: "▲ 412 ▼   💬 23 comments   ↗ Share   ☆ Save"
    r"|[▲▼↑↓][ \t]*\d|\b\d[\d,.]*k?[ \t]+comments?\b"
)
# a shop's or a service's verb before the title it sells: "Watch X | Luma+", "Rent X"
_SHOP_VERBS = "Watch|Stream|Rent|Buy"
_SHOP_VERB = re.compile(rf"(?:{_SHOP_VERBS})[ \t]+(?=\p{{Lu}})")
# kept in lower case inside a title set in capitals: "LA CASA DE LAS TORTUGAS"


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
# A list's pick under a label of the blogger's, then the film's stars: "Honourable mention:
# Triangle of Sadness ★★★, from ...", "Biggest disappointment: Don't Worry Darling ★★."
_LABELLED_STARS = re.compile(
    r"(?!(?i:verdict|rating|score|note|our|my)\b)\p{Lu}[\p{L} '’-]{2,40}:[ \t]+"
    r"(?P<title>\p{Lu}(?:(?![.!?][ \t])[^\n★☆:]){1,80}?)[ \t]+★+½?☆*(?=[.,]|[ \t]*$)"
)
# A diary's day over its entry: the day, then the film with its year, perhaps a rating
_DIARY_LINE = re.compile(
    r"(?:\p{L}{2,9}\.?[ \t]+)?\d{1,2}[ \t]+\p{L}{3,9}\.?(?:[ \t]+(?:19|20)\d\d)?[ \t]*·[ \t]*"
    r"(?P<title>[^·\n()]{2,80}?)[ \t]*\((?:[^()\n]*,[ \t]*)?(?:19|20)\d\d\)(?:[ \t]*·[^\n]*)?"
)
# A programme's screening, one a line: its day, its time, its film, then the film's facts
_SCHEDULE_LINE = re.compile(
    r"(?:\p{L}{2,9}\.?[ \t]+)?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?[ \t]*·[ \t]*\d{1,2}[:.h]\d\d"
    r"[ \t]*·[ \t]*(?P<title>[^·\n]{2,80}?)[ \t]*·[ \t]*"
    r"(?=[^\n]*(?:\b(?:19|20)\d\d\b|\b\d{2,3}['’′]|\b\d{2,3}[ \t]?min))[^\n]*"
)
# a film's other title in brackets, perhaps with its year: "(The Laundry Room)", "(O Som ao
# Redor, 2012)"
_GLOSS = re.compile(r"\((?P<gloss>\p{Lu}[^()\n\d,;:·|]{1,58}?)(?:,[ \t]*(?:19|20)\d\d)?\)")


def title_gloss(body: str, title: str) -> tuple[str, int, int] | None:
    """The film's other title, in brackets after the first place the body names it so:
    "The Laundry Room" of "1 · TVÄTTSTUGAN (The Laundry Room)", or of "went to Qyteti pa
    Dritare (The Town Without Windows)". Not a person, a place, a language or a note. Returns
    the gloss and where the title and its brackets stand.

    >>> title_gloss("1 · TVÄTTSTUGAN (The Laundry Room)", "Tvättstugan")
    ('The Laundry Room', 4, 34)
    >>> title_gloss("SALT (Ana Ruiz); SALT (Denmark)", "Salt")
    >>> title_gloss("Salt (Ana Ruiz & Jo Park, 2020)", "Salt")
    """
    for found in re.finditer(rf"(?i:\b{re.escape(title)})[ \t]*(?=\()", body):
        gloss = _GLOSS.match(body, found.end())
        if gloss is not None and _is_gloss(gloss["gloss"], title):
            return names.clean_name(gloss["gloss"]), found.start(), gloss.end()
    return None


def slashed_title(name: str) -> tuple[str, str] | None:
    """A winners' list's "Ilgā nakts / The Long Night": the title, then its gloss after a
    slash set between spaces (not "Face/Off", nor "Ana Ruiz / Jo Park").

    >>> slashed_title("Ilgā nakts / The Long Night")
    ('Ilgā nakts', 'The Long Night')
    >>> slashed_title("Ana Ruiz / Jo Park")
    """
    title, slash, gloss = name.partition(" / ")
    if not slash or " / " in gloss or unlikely_title(title) or names.looks_like_person(title):
        return None
    return (title, gloss) if _is_gloss(gloss, title) else None


def _is_gloss(text: str, title: str) -> bool:
    """A bracket's words read as another title of the film, not a maker, a country or a note."""
    gloss = names.clean_name(text)
    words = gloss.split()
    if not words or len(words) > 8 or slugify(gloss) == slugify(title):
        return False
    if names.looks_like_organization(gloss):
        return False
    if names.looks_like_person(gloss) and not reads_as_words(gloss):
        return False  # "Ana Ruiz", not "Cabin Crazy"
    people = names.split_names(gloss) if re.search(r" (?:&|and) ", gloss) else []
    if len(people) > 1 and all(map(names.looks_like_person, people)):
        return False  # "Wolfwalkers (Tomm Moore & Ross Stewart, 2020)": its makers
    if normalise.country_of(gloss) or normalise.language_names().get(gloss.lower()):
        return False
    if _ALBUM_NOTE.fullmatch(text):
        return False  # "Amber Shore (Original Motion Picture Soundtrack)": the album's note
    return not unlikely_title(gloss) and not re.search(r"(?i)\b(?:dir|lit)\b", gloss)


_SAYS_FILM = re.compile(r"(?i)\b(?:the )?(?:movie|film)\b")


# A title in a heading's quotes (not a quote's words, which end in a stop or a comma)
_HEADING_QUOTED_TITLE = re.compile(
    r"(?<![\p{L}])[„«“\"‘'](?P<title>\p{Lu}[^„“”«»\"'‘’\n]{0,79}(?<![,.!?;:]))[“”»\"'’]"
    r"(?![\p{L}])"
)


# An interview's headline after its quote: ': Aminata Faye Diop on La Marée des absents'
_SPEAKER_ON = re.compile(
    r":[ \t]+(?:\p{Ll}+[ \t]+)?\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)+[ \t]+on[ \t]"
)


@functools.cache
def quoted_heading(line: str) -> str | None:
    """The film a round-up's item heading names in quotes, its only title, on a line of no
    more than a headline's length with no stop at its end.

    >>> quoted_heading("„Kohlenstaub“: Dokumentarfilm im Schnitt")
    'Kohlenstaub'
    >>> quoted_heading("BESETZUNG\\nLukas Terheyden spielt in „Sturmflut 1962“")
    'Sturmflut 1962'

    Not two titles, a quote's words, a title inside a sentence or a credit, a list's item, or
    an interview's headline:

    >>> {
    ...     quoted_heading(line)
    ...     for line in (
    ...         "Drehstart für „Wintergäste“, Deal für „Grauzone“",
    ...         '"It is a film about grief," she says.',
    ...         'Freely adapted from the novel "O Rio" by Raimundo Bezerra',
    ...         '"Shio no Oto" performed by lumika',
    ...         '• "Fog Memories": new interview with Paola Serra (22 mins)',
    ...         '"Cubans are experts in waiting for it": Ana Ruiz on X',
    ...         '"We Filmed It": editor Ana Ruiz on Salt Wind',
    ...     )
    ... }
    {None}
    """
    kicker, _, rest = line.strip().partition("\n")
    kicked = bool(rest) and kicker.isupper()
    line = rest if kicked else line.strip()  # "BESETZUNG", a kicker in capitals above
    if len(line) > 120 or "\n" in line or line.endswith((".", ",", ";", ":", "?", "!")):
        return None
    titles = list(_HEADING_QUOTED_TITLE.finditer(line))
    if len(titles) != 1:
        return None
    # (a line under no kicker opens on its title and a colon: not 'adapted from "X" by Y', nor
    # a song's '"Shio no Oto" performed by lumika')
    if not kicked and (titles[0].start() > 0 or not line[titles[0].end() :].startswith(":")):
        return None
    title = titles[0]["title"].strip()
    words = title.split()
    if len(words) > 3 and sum(w[:1].islower() for w in words) >= 0.7 * len(words):
        return None  # '"The film was hiding in the night shifts": editor X on Y', a quote
    if _SPEAKER_ON.match(line, titles[0].end()):
        return None  # '"Cubans Wait": Yaima Ferrer on La guagua', a speaker on a film
    return title


_LONGEST_HEADING = 400  # a title of 80 code points, and a long bracket of details after it


_STOPPED_END = re.compile(r"(?<![\p{L}.])(?:\p{L}\.){2,}$")
_HOUR_END = re.compile(r"\d[ \u00a0]?(?:A\.M\.|P\.M\.|a\.m\.|p\.m\.)$")


# A director's credit after a dash, on an entry's line: "Lagos Lullaby (Nigeria) – dir. X"
_DASH_DIRECTOR = re.compile(r"[ \t]+[—–-][ \t]+(?i:dir\.|directed by)[ \t]+[^\n]{2,60}$")


# a programme's mark after an entry's brackets: "(s)" subtitled, "(AD)" audio described
_ACCESS_MARK = re.compile(
    r"(?:[ \t]+\((?:s|st|subs|subtitled|AD|HOH|CC)\))+(?=[ \t]*(?:$|[—–-][ \t]))"
)


# a page part's heading that qualifies the page's kind: "NOT GOOFS", "MORE TRIVIA"
_NOT_MORE = re.compile(r"(?i)^(?:not|more|other)[ \t]+")
# a disc's extra that a person gives: "Interview with X (2025, 22 mins)", "Introduction by X"
_PERSONS_EXTRA = re.compile(
    r"(?i:(?:new[ \t]+|an[ \t]+)?(?:interviews?[ \t]+with|introduction[ \t]+by|intro[ \t]+by|"
    r"conversation[ \t]+with|(?:audio[ \t]+)?commentary[ \t]+by|q&a[ \t]+with|"
    r"masterclass[ \t]+with))[ \t]+\p{Lu}"
)
# what kind of film an entry is, after its bracket: "X (Ruth Amsel), documentary ★★★★"
_KIND_AFTER = re.compile(r"(?<=\))[ \t]*,[ \t]+(?:documentary|animation|animated|short)[ \t]*$")
# a box's disc or a cinema's screen, numbered before the title it holds
_NUMBERED_SLOT = re.compile(
    r"^(?:DISC|DISK|SCREEN|HALL|SIDE)[ \t]+\d{1,2}[ \t]*[·|—–][ \t]*(?=\p{Lu})"
)


@functools.lru_cache(maxsize=4096)
def heading_title(text: str) -> str | None:
    """The film a heading line names: a line in capitals ("KALDT VANN (COLD WATER)"), or one
    with a star rating ("Copper Sky ★★★★☆"), written as a title is ("Kaldt Vann"). Cached:
    each line is asked in both passes."""
    if len(text) > _LONGEST_HEADING:
        return None  # a paragraph, not a heading: and the patterns below need not scan it
    if _FORUM_POST.match(text):
        return None  # "#44  sakuraforest_88  (Joined: Jan 2016 · Posts: 9,870)": a post's byline
    if _RATE_PROMPT.search(text):
        return None  # "Your rating  ☆ ☆ ☆ ☆ ☆  Tap to rate": a page's own widget, no title
    tongue = _TONGUE_MARK.fullmatch(text.strip())
    if tongue and tongue["code"] in normalise.language_codes():
        return None  # "EN —" over a paragraph: a bilingual page's half, in its tongue's code
    line = _RANK.sub("", text.strip())  # "2. THE WORST PERSON IN THE WORLD": a list's rank
    line = _MARK.sub("", line)  # "∎ Sat 22 Feb — ROMA (...)": a diary's mark before its day
    framed = _FRAMED.fullmatch(line)
    line = framed[1] if framed else line  # "— LOGLINE —", "== CAST ==": a frame of marks
    # (the date first: "14 JUL — CSIGAHÁZ (Snail House) ★★★½" is no badge on "14 JUL")
    line = _DIARY_DATE.sub("", line)  # "Sat 3/8/2024 — Lanterns Over Pier Nine ★★★★"
    badged = _BADGED_CAPITALS.fullmatch(line)
    line = badged["title"] if badged else line  # "HOSHIZORA POST OFFICE  ★ Family pick"
    line = _MARK.sub("", line)  # "■ Sable (2004)": a mark set before the entry's title
    line = _BADGES.sub("", line)  # "MAR DE FONDO   [NEW] [4K] [16+]": a catalogue's badges
    line = _NUMBERED_SLOT.sub("", line)  # "DISC 1 · COLD HARBOUR (Kald havn, 1994)": a disc
    label, colon, rest = line.partition(": ")
    slot = colon and SLOT_LABEL.fullmatch(label) and rest.isupper()
    slot = slot or (colon and _PAGE_KIND.fullmatch(label))  # "GOOFS: THE SALT MILL (2019)"
    line = rest if slot else line  # "COMING NEXT: SLACK WATER", a newsletter's slot and its film
    line = _ACCESS_MARK.sub("", line)  # "Theeb (Naji Abu Nowar, Jordan, 2014) (s)": subtitled
    line = _NOTE_AFTER_STARS.sub("", line)  # "Paris, Texas (1984) ★★★★★  (rewatch)"
    line = _YEAR_THEN_NOTE.sub("", line)  # "ROMA (2018) — Netflix · leaves the service"
    line = _SUM_AFTER.sub("", line)  # "TIR NEB (No One's Land) — £48,500": a grant's sum
    line = _SUM_BEFORE.sub("", line)  # "$1.70  |  HARBOUR LIGHTS (1964)": a stamp's price
    line = _CAPITALS_THEN_DETAILS.sub("", line)  # "SÁDLO (Lard) – Radana Šťastná, ..., 104'"
    line = _CAPITALS_GLOSS_YEAR.sub("", line)  # "BAD GENIUS (ฉลาดเกมส์โกง), 2017"
    line = _DASH_DIRECTOR.sub("", line)  # "★ Lagos Lullaby (Nigeria) – dir. Chidi Okafor"
    starred = _WINNER_MARK.match(line)
    line = line[starred.end() :] if starred else line  # "★ Los Cerros Callados": a winner's mark
    made = _MAKER_AND_YEAR.search(line)
    made = made if made and names.looks_like_person(made["maker"].split(" and ")[0]) else None
    line = line[: made.start()] if made else line  # "Whisky — Juan Pablo Rebella ..., 2004"
    quoted = quoted_heading(text)
    if quoted:
        return quoted  # "„Kohlenstaub“: Dokumentarfilm im Schnitt"
    placed = _PLACED_HEADING.fullmatch(line)
    if placed and countries_listed(placed["where"]):
        return placed["title"]  # "Matatu Blues (Kenya) — 4/5": a roundup's entry
    entry = _YEAR_HEADING.fullmatch(line) or _cased_year_heading(line)
    if entry:  # "Mirai (2018)." opening a filmography's entry; "After Life (1998)" in full
        title = entry["title"].strip(' ,;:"“”‘’')
        # (a stop ends the heading, not "a.m.", whose stops are the title's: "Cairo, 3 a.m.")
        title = title if _STOPPED_END.search(title) else title.rstrip(".")
        # "TAGULAN (2018)": a title set in capitals, written as titles are
        return title if any(c.islower() for c in title) else names.title_case(title)
    short = len(_TRAILING_BRACKET.sub("", line)) <= 80  # a bracket of details may be long
    stopped = line.endswith((".", ",", ";", ":")) and not _HOUR_END.search(line)
    if not line or not short or stopped:
        return None  # (a title may end in an hour: "MEKONG, 4 A.M.")
    core = _HEADING_END.sub("", line)
    core = _KIND_AFTER.sub("", core)  # "The Orchard Keepers (Ruth Amsel), documentary"
    core = _TRAILING_BRACKET.sub("", core).strip()  # "(COLD WATER)", a translation
    if core.endswith(".."):
        return None  # "Our rating .. ★★★☆☆": a key, its dotted leader, and its value
    label, colon, rest = core.partition(":")
    labelled = False
    if colon and (_LABEL_WORDS.fullmatch(label) or CREDIT_HEADING.fullmatch(label.strip())):
        return None  # "Rating: ★★★½ (out of five)": a key and its value
    dashed = _DASHED_FIELD.split(core, maxsplit=1)
    if len(dashed) == 2 and _LABEL_WORDS.fullmatch(dashed[0]):
        return None  # "Our critic — ★★★½ (3.5/5)": a key and its value
    if _PICK_LABEL.fullmatch(core.strip(" \t★☆")):
        return None  # "★★★★★  Critics' pick – 5/5": a badge and its score, no title
    if (
        colon
        and _BAR_RANK.match(text.strip())
        and not any(c.islower() for c in label)
        and all(_TITLE_CASE.fullmatch(part) for part in rest.strip().split(": "))
        and any(c.islower() for c in rest)
    ):
        # "1 | THE ONE TO SEE: Bèl Lanmè: Songs of the Haitian Sea": a newsletter's numbered
        # part, its label in capitals, then its film
        core, labelled = rest.strip(), True
    elif colon and _PICK_LABEL.fullmatch(label.strip(" \t★☆")):
        core = rest.strip()  # "THIS WEEK'S PICK: KADATHUKAARAN": a column's label, then the film
    elif colon and _PRIZE_CATEGORY_LABEL.fullmatch(label.strip()):
        core = rest.strip()  # "ANIMATED FEATURE: FLOW (Latvia)": a prize's category, its winner
    elif (
        colon
        and _CAPITALS_LABEL.fullmatch(label.strip())
        and _TITLE_CASE.fullmatch(rest.strip())
        and any(c.islower() for c in rest)
    ):
        core, labelled = rest.strip(), True  # "THE FIREBRAND: Tondo After Rain", a round-up's
    if _WHEN.search(core) or _PRESS_QUOTE.search(core) or _STARS_THEN_CRITIC.match(core):
        return None  # '★★★★ "Tense and funny." — The Tay Courier': a critic's line, no title
    if _QUOTED_LINE_END.search(core):
        return None  # '"IT CAME FROM THE CREEK … AND IT'S HUNGRY!"': a poster's tagline
    both = _TWO_TONGUES.fullmatch(core)
    if both and _PROGRAMME_SLOT.search(both["second"]):
        return None  # "CURTA DE ABERTURA / OPENING SHORT": a programme's slot, in two tongues
    if both and not any(
        _LABEL_WORDS.fullmatch(half)
        or CREDIT_LABEL.fullmatch(half)
        or CREDIT_HEADING.fullmatch(half)
        for half in both.groups()
    ):
        core = both[1]  # "ATLANTIQUE / ATLANTICS": the title, then its translation
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2 or any(mark in core for mark in "|›·/>"):
        return None
    capitals = not any(c.islower() for c in letters)
    if not capitals and not labelled and not made and not starred and not _STARS.search(line):
        return None
    if capitals and _SAYS_OF_IT.search(core):
        return None  # "1 / MARULA IS A HIT (A SMALL ONE)": a newsletter's headline
    if not any(c.isupper() for c in letters):
        return None  # "★★★★½   ♥ liked": a diary's rating and its note, no title
    if capitals:
        core = names.title_case(core)
    if (
        unlikely_title(core)
        or unlikely_title(core.strip("★☆ \t"))
        or CREDIT_HEADING.fullmatch(core)
        or _RECORD_CARD.fullmatch(core)
    ):
        return None  # (and "★ FEATURED TITLE", a badge; "FICHE", a record's card)
    return core


# A critic's stars, then who gave them: "★★★ (out of four) – Ray Tolliver, Evening Ledger"
_STARS_THEN_CRITIC = re.compile(r"[★☆½ \t]+(?:\([^()\n]{1,30}\)[ \t]*)?[–—-][ \t]+\p{Lu}")
# A quotation's close, a line's end: a tagline quoted on a poster or a flyer
_QUOTED_LINE_END = re.compile(r"[!?.…][\"”]$")


# A film's record card, named alone over it: "FICHE", "FICHA", "SCHEDA", "FACT SHEET"
_RECORD_CARD = re.compile(r"(?i:fiche|ficha|scheda|fact[ \t]?sheet|datasheet)")


# A bilingual page's mark for one tongue's half: "EN —", "FR:"
_TONGUE_MARK = re.compile(r"(?P<code>[A-Z]{2})[ \t]*[—–:-]")
# A diary's note after an entry's stars: "(rewatch)", "(IMAX)"
_NOTE_AFTER_STARS = re.compile(
    r"(?<=[★☆½][ \t]*(?:♥[ \t]*)?)[ \t]*\([^()\n\d/]{1,24}\)[ \t]*$"  # (not "(3.5/5)")
)
# A diary entry's date before its heading's title: "Sat 3/8/2024 — ", "Tue 12 March — "
_DIARY_DATE = re.compile(
    r"^(?:\p{L}{2,9}\.?,?[ \t]+)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:\d{1,2}[ \t]+)?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?"
    r"(?:[ \t]+\d{1,2}(?!\d))?(?:,?[ \t]+\d{4})?)"
    r"(?:[ \t]+\([^()\n]{1,40}\))?"  # (an aside: "MON 3 FEB (well, late Sunday night) — ")
    r"(?:[ \t]+[—–-]|:)[ \t]+"
)
# A title in capitals, then a note in lower case after a dash or a symbol: "BETWEEN TWO RIVERS
# — television premiere", "HOSHIZORA POST OFFICE  ★ Family pick"
_BADGED_CAPITALS = re.compile(
    r"(?P<title>[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*?\p{Lu})"
    r"(?:[ \t]+\((?:U|PG|PG-13|R|NC-17|12A?|15|18)\))?"  # (its certificate: "(15)")
    r"[ \t]*(?:[—–][ \t]+|[ \t]{2,}(?=\p{So}))"
    r"(?=[^\n]*\p{Ll})[^\n.!?]{1,40}"  # (a short note, not a dateline's sentence)
)
# A heading set in a frame of marks: "— LOGLINE —", "== CAST ==", "*** Credits ***"
_FRAMED = re.compile(r"[—–=*#~_-]+[ \t]*(.+?)[ \t]*[—–=*#~_-]+")
# A round-up's label for an entry, in capitals: "THE WINNER", "THE QUIET ONE", "THE SHORT"
_BAR_RANK = re.compile(r"\d{1,2}[ \t]+\|[ \t]")
_CAPITALS_LABEL = re.compile(r"THE\s+[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2}")
# ... and the film's title after it, written as titles are: "The Swan Keeper's Daughter"
_TITLE_CASE = re.compile(
    rf"(?:\p{{Lu}}|\d)[^\s:]*(?:\s+(?:(?:\p{{Lu}}|\d)[^\s:]*|{'|'.join(names.SMALL_WORDS)}))*"
)
_PICK_LABEL = re.compile(
    r"(?i:(?:(?:this\s+)?week['’]s|today['’]s|our|the|editors?['’]s?|critics?['’]s?|staff|weekend)\s+"
    r"(?:pick|choice|recommendation)|film of the (?:week|month)|spotlight|featured film|"
    r"winner|(?:opening|closing) film|coming soon|now showing|also showing|next week|"
    # a pundit's call: "Will: X. Should: Y. Don't rule out: Z."
    r"(?:will|should|could)(?:\s+win)?|don['’]t\s+rule\s+out|dark\s+horse)"
)
# A prize's category heading its winner's entry: "ANIMATED FEATURE", "Best Director"
_PRIZE_CATEGORY_LABEL = re.compile(
    r"(?i:(?:best\s+)?(?:(?:international|animated|documentary|foreign[- ]language|live[- ]action|"
    r"original|adapted|supporting)\s+)?(?:feature|picture|film|short|director|actor|actress|"
    r"screenplay|score|song|cinematography|editing)(?:\s+film)?)"
)
_PICKED_LINE = re.compile(rf"(?m)^[ \t]*{_PICK_LABEL.pattern}[ \t]*:[ \t]*\S[^\n]{{0,80}}$")
_PRESS_QUOTE = re.compile(r"[\"“][^\"“”]{10,}[\"”]\s*[—–-]")
CREDIT_HEADING = re.compile(
    # (in two languages too: "FICHA TÉCNICA / TECHNICAL SHEET", "SINOPSIS")
    r"(?:[\p{L} ]{1,30}?[ \t]*/[ \t]*)?"
    r"(?i:(?:the |our |my )?(?:director|directors|cast|voice cast|"
    r"(?:technical |full |main |original )?credits|synopsis|sinopsis|sinopse|synopsie|"
    r"versions|sources|"  # (an archive's restoration notes: "VERSIONS", "SOURCES")
    r"basic (?:data|information|facts)|key (?:data|facts)|premieres|"  # (a film institute's)
    r"technical (?:sheet|details|data)|datos(?: t[ée]cnicos)?|dati tecnici|donn[ée]es techniques|"
    r"ficha t[ée]cnica|fiche technique|screenings|funciones|s[ée]ances|selections|"
    r"awards (?:&|and) (?:selections|festivals|nominations)|"
    r"logline|screenplay|music|reviews?|"
    r"awards|details|about|tickets|showtimes|verdict|related|more|share|staff(?: notes)?|notes?|"
    r"status|previous awards|good to know|(?:the )?performers|plan your visit|"
    r"trivia|plot|storyline|story|premise|summary|honou?rs|reception|release|production|"
    r"background|see also|references|crew notes|production notes|accolades|"
    r"about the (?:director|directors|film|filmmakers?)|director['’]s (?:statement|note)|"
    rf"{_ASIDE_WORDS}|programmer['’]s notes?|programme notes?|"
    r"press(?: quotes)?|critics|what it is|what it['’]s about|why (?:it works|see it|watch it)|"
    r"also this week|elsewhere(?: on the chart)?|where to (?:watch|stream|see it|find it)|"
    r"(?:the )?rest of the (?:chart|top ten)|"
    # a fact box's heading: "THE BASICS", "Fact file", "At a glance"
    r"(?:the )?(?:basics|essentials|details|facts|specs|lowdown)(?:,? for the record)?|"
    r"fact ?file|key facts|(?:spec|gear|kit|equipment) list|(?:camera|lighting) package|"
    r"(?:the )?(?:film|story|plot) in a nutshell|in a nutshell|a little history|"
    r"quick facts|(?:\w+ )?at a glance|info|information|need to know|fact ?box|"
    r"cast (?:and|&) (?:crew|characters)|"
    r"(?:key )?creatives|key crew|heads of department|"  # a crew call's confirmed names
    r"(?:movie|film) (?:info|information|details)|credits,? for the record|"
    r"characters?|roles?|crew|(?:technical )?crew|direction(?: (?:&|and) (?:writing|screenplay))?|"
    r"writing|box office|fact sheet|related titles|"
    # a shop's parts: "PRODUCT DESCRIPTION", "CUSTOMERS WHO BOUGHT THIS ALSO BOUGHT"
    r"product (?:description|details|information)|customers who bought this(?: also bought)?|"
    r"customers also bought|you may also like|special features|bonus features|extras|"
    r"what['’]s in the box|in the box|box contents|"
    # a magazine's contents page: "COVER LINES", "UP FRONT", "HOME CINEMA"
    r"cover lines|contents|in this issue|up front|features|home cinema|back pages|"
    # a label's other titles: "ALSO AVAILABLE FROM NORTHLIGHT", "More from Second Run"
    r"(?:also available|more|also)(?: (?:from|on|at) [\p{L}&' ]{1,30})?|"
    # a disc review's parts: "DISC SPECIFICATIONS", "VIDEO", "AUDIO", "THE DISC"
    r"(?:disc |technical |tech )?(?:specifications|specs)|video|audio|the disc|bonus material|"
    r"packaging|picture quality|sound quality|(?:video|audio|picture) (?:&|and) (?:audio|sound)|"
    # a campaign's parts: "THE TEAM", "REWARDS", "UPDATES"
    r"(?:the )?(?:team|campaign)|rewards|perks|updates?|faq|community|backers|"
    r"(?:fully |successfully )?funded|risks(?: (?:and|&) challenges)?|"
    # a page's foot: "COMMENTS (2)", "Leave a reply"; a paper's part: "OBITUARIES"; a
    # cinema's: "SPECIAL EVENT"
    r"obituar(?:y|ies)|(?:special )?events?|event details|"
    r"comments|replies|responses|discussion|leave a (?:comment|reply)|"
    # a German press kit's parts: "FAKTEN", "STAB", "DARSTELLER", "INHALT"
    r"fakten|stab|darsteller|besetzung|inhalt|handlung|pressemitteilung|technische daten|"
    r"auszeichnungen|festivals|kontakt|deutsche synchronfassung|pressestimmen|"
    # a soundtrack's liner notes: "TRACKS", "PERFORMERS", "THE FILM"
    r"tracks|track ?list(?:ing)?|performers|musicians|the film|thanks|liner notes|"
    # a festival daily's columns: "PREMIERE REPORT", "JURY CORNER", "MARKET WIRE"
    r"premiere report|jury corner|market wire|news in brief|in brief|today['’]s screenings|"
    # a press kit's: "Financing", "The shoot", "Heads of department", "Special thanks"
    r"financing|funding|the shoot|shooting|locations|heads of department|key crew|"
    r"special thanks|acknowledgements|acknowledgments|"
    # an interview's label over its headline: "ENTREVISTA", "ENTRETIEN", "WYWIAD"
    r"interview|entrevista|entretien|intervista|wywiad|rozhovor|röportaj|wawancara|intervju)"
    # and its gloss after: "PERFORMERS / SHEMSRULEBLEBI"
    r"(?:[ \t]*/[ \t]*\p{Lu}[\p{L} ]{1,30})?)"
)
# A key before its value, "Original work: ...", "English title: ...": not a title's head.
_KEY_LABEL = re.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)+(?:\s+\([^()]*\))?:\s")


# What follows the title at the start of an encyclopedia's lead: "(English: ...) is a".
_LEAD_AFTER_TITLE = re.compile(r"\s*(?:\([^()]{1,200}\)\s*)?(?:is|was)\s+(?:a|an|the)\b")


def _sentence_case_headline_title(title: str, body: str) -> str | None:
    """The title in sentence case that opens the headline, as Slovene, Croatian or Polish
    write titles: the longest run of the headline's first words (a capital, then a lower-case
    word, then any) that the body writes three times, once with a capital after a lower-case word,
    where no sentence starts ("Zadnja burja" of "Zadnja burja odnesla štiri vesne", by "...
    družinski drami Zadnja burja režiserke"). Not "La película", which mid-sentence is
    written "la película"; not English words ("The film"), which titles capitalise.

    >>> _sentence_case_headline_title("Zadnja burja odnesla vesne", "Zadnja burja je. "
    ...     "Zadnja burja traja. Dobila je drama Zadnja burja nagrado.")
    'Zadnja burja'
    """
    words = _HEADER_PARTS.split(title.strip())[0].split()
    if not words or not re.fullmatch(r"\p{Lu}\p{Ll}+", words[0]):
        return None
    run = [words[0]]
    for word in words[1:6]:  # (a name may close it: "Hrafnar yfir Hvíta")
        if not re.fullmatch(r"\p{L}+", word):
            break
        run.append(word)
    if len(run) < 2 or not run[1].islower():
        return None
    for size in range(len(run), 1, -1):
        if max(casing.zipf(word.lower()) for word in run[:size]) >= 3.5:
            continue  # "The film won", "Una película de": words English or the page's own
        name = " ".join(run[:size])
        found = list(
            re.finditer(rf"(?<![\p{{L}}\p{{M}}]){re.escape(name)}(?![\p{{L}}\p{{M}}])", body)
        )
        inside = any(
            re.search(r"\p{Ll}[ \t]+\Z", body[max(0, m.start() - 30) : m.start()]) for m in found
        )
        if len(found) >= 3 and inside:
            return name
    return None


def _heading_repeated_in_lead(sentences: list[Span]) -> str | None:
    """A first line that the lead then opens with, as its subject: the title, however it is
    written ("El último alebrije", lower-case words that the title pattern cannot read)."""
    lines = [s.text.strip() for s in sentences if s.text.strip()][:2]
    if len(lines) < 2:
        return None
    heading = lines[0]
    if len(heading.split()) > 8 or not heading[:1].isupper() or heading[-1] in ".,;:":
        return None
    if lines[1].startswith(heading) and _LEAD_AFTER_TITLE.match(lines[1], len(heading)):
        return heading
    return None


def _fragment_then_it(sentences: list[Span], body: str) -> str | None:
    """A text that opens on a title alone, then speaks of "it": "Okay. The postwoman of
    Hoshino island. I have seen it twice" (a blog in lower case, its title as written); or a
    paragraph that opens so, then says what the writer did: "the reindeer accountant. i went
    in expecting nothing." """
    lines = [s for s in sentences[:4] if s.text.strip()]
    for fragment_span, after_span in itertools.pairwise(lines[:3]):
        fragment, after = fragment_span.text.strip(), after_span.text.strip()
        words = fragment.rstrip(".").split()
        opens_paragraph = body[: fragment_span.start].endswith("\n\n")
        if (
            fragment.endswith(".")
            and not any(mark in fragment for mark in ",(")  # "Right, movie night report."
            and 2 <= len(words) <= 8
            and not any(w.lower().strip(",'’") in _CHATTER for w in words)
            and (
                # (early in it: not "An old man's hands ... knot it, cut it", a scene)
                re.search(r"\b(?i:it|it['’]s)\b", " ".join(after.split()[:6]))
                or (opens_paragraph and re.match(r"(?i:i|we)\s", after))
            )
        ):
            return fragment.rstrip(".")
    return None


# Words of a sentence, not of a title: who speaks, what they did, a greeting
_CHATTER = frozenset(
    "i i'm i've you we he she they it it's my me our your is are was were am be been have has "
    "had do does did can will would should saw seen watched went got loved liked think know "
    "okay ok so well yes no hi hello hey wow oh um this that there here just really very "
    "finally again today yesterday".split()
)


def _precedence(entity: Entity) -> int:
    """At one place in a sentence: a source work, then a film, then 'another work' wins."""
    if entity is OTHER_WORK:
        return 2
    return 1 if entity.kind is EntityKind.FILM else 0


def find_film_year(body: str, film: Entity | None) -> int | None:
    """The film's year as the text gives it: "X (2023)", "X is a 2023 ... film"."""
    if film is None:
        return None
    for match in title_pattern(film.name).finditer(body):
        year = _YEAR_AFTER_TITLE.match(body, match.end())
        if year:
            return int(year["year"])
    return None


_YEAR_AFTER_TITLE = re.compile(
    r"\s*(?:\((?P<year>(?:19|20)\d\d)\b"
    r"|(?:\([^()]{0,100}\)\s*)?,?\s*(?:is|was)\s+an?\s+(?P<year>(?:19|20)\d\d)\b)"
)
_FILM_THEN_TITLE = re.compile(
    # "the Telugu film Raja Veedhi", "the Oscar-winning drama Ida"
    # (or opening a sentence without one: "German period drama Die Uhrmacherin expanded")
    # (or after its company's name: "CJ ENM's action film Iron Harbor"; or "U.S. animated
    # feature Pip and the Moon Engine")
    rf"(?:\b(?:[Tt]he|[Aa]n?)\s+|(?<=\p{{Lu}}[\p{{L}}.]*['’]s\s)"
    rf"|(?<=(?m:^)|[.!?,;]\s|\n)(?=\p{{Lu}}\p{{Ll}}+\s|(?:\p{{Lu}}\.){{2,}}\s)"
    r"(?!(?:Her|His|Their|Its|My|Our|Your|This|That|These|Those|Every|Each|No)\b))"
    rf"(?:(?:\p{{Lu}}\.){{2,}}\s+)?(?:\p{{Lu}}?[\p{{Ll}}-]+\s+){{0,3}}"
    r"(?:film|movie|drama|comedy|thriller|documentary|sequel|musical|western|horror|romance|"
    r"feature|"
    r"melodrama|biopic|romcom|rom-com|tragicomedy|blockbuster|saga|epic|fable|co-production)\s+"
    r"(?:(?:called|titled|named)\s+)?"  # "a Danish animated film called Ulvenatten"
    # "The Lighthouse Keeper's Cat" whole, not "The Lighthouse Keeper"
    rf"(?P<title>(?>{names.TITLE})(?:['’]s\s+(?>{names.TITLE}))?)(?!['’]s\b)"
    # (not its maker: "the first feature Kore-eda has directed from ...")
    r"(?!\s+(?:has|had|have)\s+(?:directed|made|written|shot)\b)"
)
# The film a lead names between commas after its kind, then what it does: "An Australian
# feature film, Gannet Season, will shoot in Port Fairy"
_KIND_COMMA_TITLE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}?[\p{Ll}-]+\s+){0,3}"
    r"(?:film|movie|feature|documentary|drama|comedy|thriller),\s+"
    rf"(?P<title>{names.TITLE}),\s+(?:will|is|was|has|had|which|directed|starring|shot|set|"
    r"opens|opened|premiered|premieres|follows|tells)\b"
)
# A title, then the same in its own script: "Showbox's Winter Sparrow (겨울 참새)" (a
# person's name may be written so too: looks_like_person keeps those out)
_TITLE_IN_ITS_SCRIPT = re.compile(
    rf"(?P<title>{names.TITLE})\s+\((?=[^()\n]{{1,40}}\))[^()\n\p{{Latin}}]*"
    r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Cyrillic}\p{Arabic}\p{Thai}\p{Hebrew}"
    r"\p{Devanagari}\p{Greek}\p{Georgian}\p{Armenian}\p{Bengali}\p{Tamil}]"
)
# What a text says of a film and of nothing else: it opens, grosses, premieres, stars ...
_DOES_WHAT_FILMS_DO = re.compile(
    # (not a person named by their work: "from director Emi Kuwabara, which opened")
    r"(?<!\b(?:director|directors|filmmaker|by|actor|actress|writer|producer)\s(?:\p{Lu}[\p{L}-]*\s)?)(?<!\p{L}-)"
    # (not a place: "the mudflow in East Java, which premiered")
    # (but "nowhere near Your Name, which made ...": a film)
    r"(?<!\b(?:in|(?<!\bnowhere\s)near|across)\s(?:\p{Lu}[\p{L}-]*\s){0,3})"
    rf"(?P<title>{names.TITLE})(?:\s+\([^()]{{1,80}}\))?(?:(?P<aside>,[^,.;]{{1,80}},)?\s+"
    r"(?:(?:has|have)\s+(?:now\s+|already\s+)?)?(?:premiered|premieres|opened|opens|taken|"
    r"won|will open|grossed|earned|collected|topped|debuted|stars(?!\s+as)|starred(?!\s+as)|"
    r"follows|runs|ran|adapts|was released|will be released|screens|screened|held on|kept|"
    r"holds|keeps|took the top|was directed|"
    # a sum it took: "Aso Ebi Diaries took ₦180 million back in 2016"
    r"(?:took|made|raked in|pulled in)(?=\s+(?:in\s+)?(?:\p{Sc}|[A-Z]{2,3}\p{Sc}?|Rp|Rs|\d))|"
    r"is directed|was nominated|is nominated|"
    # a chart's verbs: "X finished second", "placed ninth", "came in third", "slipped to"
    r"finished (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|"
    r"placed (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|came in|"
    r"slipped to|dropped to|fell to|climbed to|rose to|stayed at No|remained at No|held at No|"
    r"pulled into|moved into|shot to|jumped to|leapt to|raced to|went straight in|"
    r"stayed on top|stayed at the top|remained on top|fell from No|dropped from No|"
    # "Bad Boys: Ride or Die fell a modest 42% in its second weekend"
    r"(?:fell|dropped|slipped|dipped|eased|declined|slid)\s+(?:(?:a|an|just|only)\s+)?"
    r"(?:[\p{Ll}-]+\s+)?\d{1,3}(?:\.\d)?(?=\s?%))"
    r"|(?P<which>,\s+which\s+(?:(?:actually|also|later|eventually|famously|then)\s+)?"
    r"(?:won|(?:world[- ])?premiered|grossed|opened|earned|"
    r"made(?=\s+(?:(?:about|around|roughly|nearly|some|over|almost)\s+)?"
    r"(?:\p{Sc}|[A-Z]{2,3}\p{Sc}?|Rp|Rs|₹|\d))|"
    r"was (?:directed|released|"
    r"nominated))))\b(?!\s+(?:it|them|the film|the movie)\b)"
)
_DONE_TO_FILMS = re.compile(
    r"\b(?:selected|picked|acquired|screening|screen|released|distributes|distributed|premiere "
    r"of|rights to|sequel to|remake of|directed|co-directed|went to see|watched|rewatched|"
    # "I went to the last full show of Ang Aswang sa Bintana"
    r"(?:full |late |early |matinee )?(?:show|showing|screening) of)"
    # (on its line: not "A charity gala screening", then "Director: X" on the next)
    rf"[ \t\u00a0]+(?P<title>{names.TITLE})"
)
# A diary's rating of a film on its own line: "The Roof of Shubra — 8.5/10"
_RATED_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<title>{names.TITLE})[ \t]+[—–-][ \t]+\d{{1,2}}(?:\.\d)?/10\b"
)
_BEST_CUE = re.compile(r"\bis\s+(?:the|my)\s+(?:best|finest|worst|funniest|saddest)\b")
# "The Roof of Shubra is the best Egyptian film I've seen": said to be a film
_BEST_FILM = re.compile(
    rf"(?P<title>{names.TITLE})\s+is\s+(?:the|my)\s+(?:best|finest|worst|funniest|saddest)\s+"
    r"(?:[\p{L}-]+\s+){0,2}?(?:film|movie|feature|documentary)\b"
)
# "the film that ate the Eid box office: Balcony on Shubra Street": a colon names the film
_FILM_BEFORE_COLON = re.compile(
    r"\b(?:the|this|a|one)\s+(?:new\s+|latest\s+)?"
    r"(?:(?!(?:second|third|another|next|other|upcoming|planned|possible|rumou?red)\b)"
    r"[\p{L}-]+\s+){0,2}(?:film|movie|feature|documentary)\b"
    # (not a title's own colon: "the documentary Kōshien: Ninety Summers")
    r"(?!(?:\s+\p{Lu}[\p{L}'’-]*)+:)"
    rf"[^.:;!?\n]{{0,60}}:\s+(?P<title>{names.TITLE}"
    # (a title with a comma, when it ends the sentence: "a Moroccan film ...: Chergui, Again.")
    r"(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?=[.!?](?:\s|$)))?)"
)
# "Yasmin Farouk has joined The Last Tram to Raml": a casting item names its film
# A film named in apposition to the one spoken of: "That film, Mudlark Summer, was ...", "Her
# debut, Salt Wind, won ..."
_NAMED_FILM_APPOSITION = re.compile(
    # (or a maker's: "Kettle Animation's first feature, Marula and the Moon Thief, has been")
    r"(?:\b(?:That|This|Her|His|Their|Its)|\p{Lu}[\p{L}-]*['’]s)[ \t]+"
    r"(?:(?:first|previous|earlier|last|second|new|latest)[ \t]+)?"
    rf"(?:film|feature|debut|movie),[ \t]+(?P<title>{names.TITLE}),"
)
_JOINED_FILM = re.compile(
    rf"\b(?:has|have)\s+joined\s+(?:the\s+cast\s+of\s+)?(?P<title>{names.TITLE})(?=,|\.|\s+as\b)"
)
_TYPED_IN_APPOSITION = re.compile(
    # the whole run of capitalised words, never a name after "by", "with" or "and" (but a
    # festival's "will close with Harbour Lights, a romantic comedy by")
    rf"(?<!\b(?:by|(?<!\b(?:opens?|opened|opening|closes?|closed|closing)\s)with|and|&|in|at|studio|director|filmmaker|actor|actress|writer|producer)\s)(?<!\p{{Lu}}[\p{{L}}\-]*[\t\x20\u00a0])(?<![\p{{L}}\-])(?P<title>{names.TITLE})"
    rf"(?:\s+\([^()]{{1,80}}\))?,\s+(?:the|a|an|its|{names.NAME}['’]s?)\s+"
    # (or a length: "Suara dari Lumpur, Maria Lefaan's 72-minute portrait of ...")
    r"(?:\d{1,3}-minute[ \t]+\p{Ll}+\b|"
    # within the line: "Yūko Ogino, Chihiro's mother" ends it ("Turkish–Finnish" is one word)
    r"(?:[\p{L}'’–-]+[ \t]+){0,5}?"
    # (a verb is none: "Maryam, the granddaughter who wants to film him"; nor a place in the
    # film: "Maya Castellanos, the voice of Pip in the film")
    r"(?<!\bto[ \t])(?<!\b(?:in|of|from|on|at|into|about)[ \t]+(?:the|this|that)[ \t])"
    r"(?:film|feature|drama|comedy|documentary|thriller|adventure|fantasy|"
    r"musical|western|sequel|hit|debut|anime|short|animation|epic|biopic|melodrama|co-production)\b(?!['’]s\b))"
    # "... based on Torii's manga Kaiju Kōen, the film has grossed": a clause's end, no apposition
    r"(?!(?:\s+(?:once again|again|also|still|now|then|later|already|soon))?"
    r"\s+(?:has|had|have|is|was|went|opened|grossed|earned|took|won|stars|starred|follows|"
    r"tells|runs|lasts|features|opens|centres|centers|deals|explores|examines|looks|asks|tackles|"
    r"focuses|unfolds|begins|ends|shows|remains|becomes|uses|spends|moves|keeps|makes|takes|"
    r"turns|lets|plays|sets|finds|gives|received|receives|scored|scores|drew|draws|got|gets|"
    r"holds|held|collected|picked)\b)"
)
# A maker's film named in an appositive, then what it does: "MacLellan's short film, The
# Milling Frolic, has been selected", "her first feature, Salt Wind, premieres"
_MAKERS_FILM_APPOSITIVE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+|\p{Lu}[\p{L}-]*['’]s[ \t]+)"
    r"(?:(?:new|latest|first|second|third|debut|short|feature|animated|documentary|"
    r"\d{1,3}-minute)[ \t]+){0,3}(?:film|short|feature|documentary|movie|drama|comedy)"
    # (not what an earlier film was: "Aoife's first short, Seomra Dubh, was a horror film")
    rf",[ \t]+(?P<title>{names.TITLE}),[ \t]+(?=(?:has|is|will|which|premieres|screens|opens|"
    r"follows|tells)\b)"
)
# "Mireille's Lighthouse (Le Phare de Mireille), the new animated short by Élodie Fauconnier":
# a possessive that opens a title, since the maker is named after "by"
_POSSESSIVE_TITLE_BY = re.compile(
    rf"(?<!\p{{Lu}}[\p{{L}}\-]*\s)(?P<title>\p{{Lu}}[\p{{L}}\-]*['’]s[ \u00a0]{names.TITLE})"
    rf"(?:\s+\([^()]{{1,80}}\))?,\s+(?:the|a|an)\s+(?:[\p{{L}}'’-]+[ \t]+){{0,4}}?"
    rf"(?:film|feature|drama|comedy|documentary|short|animation)\s+(?:by|from)\s+{names.NAME}"
)
# A title with a possessive, its year in brackets, then who directed it: "Abay's Daughter (Ye
# Abay Lij, 1984), directed by Girma Asfaw"
_POSSESSIVE_TITLE_DATED = re.compile(
    rf"(?<!\p{{Lu}}[\p{{L}}\-]*\s)(?P<title>\p{{Lu}}[\p{{L}}\-]*['’]s[ \u00a0]{names.TITLE})"
    r"\s+\((?:[^()\n]*,\s*)?(?:19|20)\d\d\),?\s+(?:directed|written and directed|shot)\s+by\b"
)
# A title with a possessive, opening a sentence that says what it is: "Hoshi's Lantern
# (original title: ...)", "Hoshi's Lantern — Japan, 2024, 22 min.", "Hoshi's Lantern is a"
_POSSESSIVE_TITLE_LEAD = re.compile(
    rf"(?m:^|(?<=[.!?][ \t]))(?P<title>\p{{Lu}}[\p{{L}}\-]*['’]s[ \u00a0]{names.TITLE})"
    r"(?=[ \t]+\((?i:original title|lit\.|[^()\n]*\b(?:19|20)\d\d\b)"
    r"|[ \t]+[—–][ \t]+\p{Lu}[\p{L} ]+,[ \t]+(?:19|20)\d\d"
    r"|[ \t]+(?:is|was)[ \t]+(?:a|an)[ \t]|[ \t]+(?:world-)?premiered\b)"
)
# What a text says of a prize, and the first word of a festival's or a studio's name.
_PRIZE_TAKEN = re.compile(
    rf"\b(?:won|wins|took|takes|awarded|received|receives|gave)\s+(?:the|its)\s+(?P<title>{names.TITLE})"
)
_FIRST_WORD_OF_A_NAME = re.compile(
    r"(?P<title>\p{Lu}[\p{L}-]+)\s+(?:International\s+)?(?:Film\s+Festival|Animation|Studios?|"
    r"Pictures|Films|Entertainment|Releasing|Festival|Competition|Awards?|Prize|Trophy|Strand|"
    r"Jury)\b"
)
# "the manga ASHIDA has serialised": the name is who made the work, not its title
_MADE_IT = r"(?:has|have|had|wrote|drew|created|serialised|serialized|began|started|published)\b"
_PARENTHESIS = re.compile(r"\([^()]*\)")
# A title in quotes, as news writes them, where film words follow or a list of them runs:
# '"The Tide Clock", a slow family drama', 'went to "Iron Spring" (Polish title: ...)'.
# a maker's name before "'s", particles and all: "Ana Ruiz", "Tomás Ruiz de Alda"
_MAKERS_NAME = (
    r"\p{Lu}[\p{L}-]*(?:\s+(?:(?:de|del|da|dos|du|van|von|der|di|le|la)\s+)?\p{Lu}[\p{L}-]*){0,3}"
)
_QUOTED_TITLE = re.compile(
    r"[\"“](?P<title>[^\"“”\n,]{2,60}?),?[\"”](?=,?\s+(?:\(|a\s|an\s|the\s|directed|by\s|"
    r"from\s|which\s|starring|won\s|took\s|received\s|opened|grossed|"
    rf"{_MAKERS_NAME}['’]s\s)|"  # '"X", Ana Ruiz's saga', '"X", Tomás Ruiz de Alda's saga'
    r"\s*\((?:19|20)\d\d\))"
)
_CAPITALS_LEAD = re.compile(
    r"[ \t]*(?P<title>\p{Lu}[\p{Lu}\d'’ :-]{2,60}?)(?:[ \t]+\([^()\n]{1,60}\))?"
    r"[ \t]+[—–][ \t]+\p{Lu}"
)
_MAKER_OWNS = re.compile(rf"{names.NAME}['’]s[ \t]+\p{{L}}")
_HEADLINE_NOTE = re.compile(r"[ \t]*(?:\(|[|–—][ \t])")
_NAMED_IN_PASSING = re.compile(
    r"\b(?:predecessor|prequel|previous film|last film|earlier film|first film|"
    # "Lehtikangas's earlier short film Birch Smoke (2019, 14 minutes), you'll recognise"
    r"(?:earlier|previous|prior)[ \t]+(?:short|feature|documentary)(?:[ \t]+film)?|"
    # "Hale, whose previous feature was the mockumentary Sheep Dip Royale (2017), ..."
    r"(?:earlier|previous|prior|last)[ \t]+(?:short|feature|film|documentary)[ \t]+"
    r"(?:was|had[ \t]+been)(?:[ \t]+(?:the|a|an))?(?:[ \t]+[\p{Ll}-]+)?|"
    # "... but lost out to The Shepherd's Radio": the winner, named in passing
    r"lost(?: out)? to|losing(?: out)? to|beating|ahead of|edging out|rather than|instead of|"
    # "Kaurismäki had retired after The Other Side of Hope (2017)", "his best since Paris, Texas"
    r"(?:retired|retiring|best|finest)[^.;]{0,20}?[ \t](?:after|since)|follow-up to|sequel to)"
    r"[,:]?[ \t]+[\"“]?$"
)
_RIVALS_BEFORE = re.compile(
    r"\b(?:beat|beating|edging out|ahead of)\b[^.;]*$"
    r"|\b(?:nominees|contenders|rivals)\b[^.;:]{0,60}:[^.;]*$"
)
_TITLE_OPENS = re.compile(r"[ \t]+[\"“]?")
_SUBTITLED = re.compile(rf"{names.TITLE}:[ \t]+{names.TITLE}")
_SENTENCE_CASE = re.compile(r"\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){1,7}")
_SOURCE_AFTER_QUOTE = re.compile(
    r"\s*,\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:novel|novella|short story|"
    r"story|book|memoir|play|poem|manga|comic|graphic novel)\b"
)
_TYPED_AFTER_QUOTE = re.compile(
    rf"\s*\([^()\n\d]{{2,60}}\)|,\s+{_MAKERS_NAME}['’]s\s"
    r"|,\s+(?:a|an)\s+(?:[\p{L}–-]+\s+){0,3}(?:film|production|co-production|documentary|drama|"
    r"comedy|thriller|feature|short)\b"
)
# 'the Catalan-language drama "La casa dels estius", widely tipped': what it is, then its title
_KIND_THEN_QUOTED = re.compile(
    r"(?<=\b(?:film|thriller|drama|comedy|documentary|feature|saga|musical)\s+)"
    # (a line may break inside it: 'thriller "The Ninth Floor Has No\nWindows"')
    r"[\"“](?P<title>[^\"“”\n,]{2,60}?(?:\n[^\"“”\n,]{1,40}?)?)[\"”]"
)
_KIND_BEFORE_QUOTE = re.compile(
    r"\b(?:film|thriller|drama|comedy|documentary|feature|short|saga|musical)\s+[\"“]$"
)
_SHOWING_BEFORE_QUOTE = re.compile(
    r"\b(?:premiere|screening|photocall|photo[ \t-]call|press[ \t]+conference)[ \t]+(?:of|for)"
    r"[ \t]+[\"“]$"
)
_PLAYER_AFTER = re.compile(r"\s*\((?P<name>[^()\d\n]{3,40})\)")
# (not a verb's phrase quoted from a review: 'the film "runs a punishing two hours"')
_STYLED_LOWER = re.compile(
    r"(?!\p{Ll}+s (?:a|an|the|its|his|her|their|for|like) )"
    r"\p{Ll}[\p{Ll}\d'’-]*(?: [\p{Ll}\d'’-]+){0,4}\.?"
)
_ENDS_A_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
# "Lucrecia Sosa's drama El invierno de los perros, written and ...": a title in sentence case,
# as Spanish, French, Italian, Portuguese and German write them, after what the film is
_CLAUSE_WORD = (
    r"(?:is|was|has|had|will|which|that|who|opens|opened|and|but|in|at|on|with|for|by|from|to|"
    r"as|after|before|about|stars|starring)\b"
)
_SENTENCE_CASE_FILM = re.compile(
    # ("the Catalan-language drama La casa de les abelles")
    # ("the Chilean documentary Los últimos trenes, directed by")
    r"(?:['’]s|\b[Tt]he)\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{L}*-\p{Ll}+\s+|\p{Lu}\p{Ll}+\s+){0,2}"
    r"(?:film|drama|comedy|documentary|thriller|feature|debut|short|musical|melodrama)\s+"
    r"(?P<title>(?:El|La|Los|Las|Le|Les|Il|Lo|Gli|O|Os|As|Un|Una|Une|Uno|Der|Die|Das|Den|Det)"
    rf"\s+\p{{Ll}}[\p{{L}}-]*(?:\s+(?!{_CLAUSE_WORD})\p{{Ll}}[\p{{L}}-]*){{0,6}})"
    rf"(?=[,.;:()]|\s+{_CLAUSE_WORD})"
    # ("Also in competition is Stille fjell, the Norwegian drama directed by")
    r"|\b(?:is|was|are|were)\s+(?P<title>\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){1,5}),\s+"
    r"(?:the|a|an)\s+(?:\p{Lu}\p{L}+(?:-\p{L}+)?\s+){1,2}"
    r"(?:film|drama|comedy|documentary|thriller|feature|debut|short|musical|melodrama)\b"
    # ("she had previously directed Nocne tramwaje (2018), a short documentary")
    r"|\b(?:directed|co-directed|made|shot)\s+(?P<title>\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*){1,5})"
    r"(?=\s+\((?:19|20)\d\d\))"
)
# "Agnieszka Wróbel's Ostatnie lato w Kazimierzu took zł4.2 million": a maker's film, named in
# its own language's case, then what films do
_MAKERS_CASED_TITLE = re.compile(
    rf"{names.NAME}['’]s\s+(?P<title>\p{{Lu}}\p{{Ll}}+(?:\s+(?!{_CLAUSE_WORD})[\p{{L}}-]+){{1,6}}?)"
    r"\s+(?:took|opened|grossed|earned|dipped|fell|slipped|topped|crossed|passed|stayed|won|"
    r"premiered|held|debuted)\b"
)
_SOURCE_THEN_TITLE = re.compile(
    # ("a play", not "will play Nadia")
    r"\b(?:novel|manga|book|comic|short story|(?<!\b(?:will|to|would|could|can|may|might|should|"
    r"must|shall|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s)play|picture book|light novel)\s+"
    rf"(?P<title>{names.TITLE})(?!\s+{_MADE_IT})"
)
_TITLE_DIRECTED_BY = re.compile(
    # (not a place: "a British film made in Wales, directed by ...")
    r"(?<!\b(?:in|at|from|near|across|around)[ \t])(?<!\p{Lu}[\p{L}-]*[ \t])"
    rf"(?P<title>{names.TITLE})(?:\s+\([^()]{{1,80}}\))?,\s+"
    rf"(?:(?:co-)?directed|written and directed)\s+by\s+{names.NAME}"
    # "Tomás and the Thunder Goat, by the Chilean director Catalina Ruiz, came to Porto"
    rf"|(?<!\b(?:in|at|from|near|across|around)[ \t])(?<!\p{{Lu}}[\p{{L}}-]*[ \t])"
    rf"(?P<title>{names.TITLE}),\s+by\s+(?:the\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?"
    rf"(?:director|filmmaker|animator)\s+{names.NAME}"
)


def _menu_row(name: str, body: str) -> bool:
    """A site's menu: a word, then three or more single words, each in its own cell ("Politics
    | Business | Society | Culture | Sport"), not a film's row of facts.

    >>> _menu_row("Politics", "Politics | Business | Society | Culture   GEL/USD 2.71")
    True
    >>> _menu_row("Drama", "Drama | ČR/SK 2025 | 103 min")
    False
    """
    if " " in name:
        return False
    menu = rf"(?m)^[ \t]*{re.escape(name)}(?:[ \t]+\|[ \t]+\p{{L}}+){{3,}}(?=[ \t]*$|[ \t]{{2,}})"
    return re.search(menu, body) is not None


# A programme's table, one film a row: "PERFECT DAYS (PG) | 2h 4m | Wim Wenders | Japan".
_TABLE_ROW = re.compile(
    rf"(?m)^[ \t]*(?P<title>{names.TITLE})(?:[ \t]+\([^()\n]{{1,6}}\))?[ \t]+\|[ \t]+(?=[^\n]*\d)"
)


_RATING = re.compile(r"(?i:U|PG|PG-13|G|R|NC-17|12A?|15|18|TV-\w+|Tous publics|K-\d+)")
# A title at a sentence's start, its gloss in brackets, then what it is: "Ljudet av is ("The
# Sound of Ice") is the documentary about ...": its words in any case
_GLOSSED_TYPED_FILM = re.compile(
    # (or after a preposition: "Shooting on Dritaret e Mangalemit (The Windows of Mangalem),
    # director Ermira Dervishi's period drama")
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?:][ \t])|(?P<mid>(?<=\b(?:on|of|in|for|about)[ \t])))[\"“]?"
    r"(?P<title>\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,6}?)"
    r"[\"”]?[ \t]+\((?=[^()\n]*\p{Lu})[^()\n\d]{2,80}\)"
    # '... is a drama', or '"Itsasoaren alaba" (The Sea's Daughter), Ane Goikoetxea's drama'
    r"(?:(?:[ \t]+(?:is|was)[ \t]+(?:a|an|the)"
    r"|,[ \t]+(?:(?:director|filmmaker)[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}['’]s)"
    r"[ \t]+"
    r"(?:[\p{L}\d-]+[ \t]+){0,4}?(?:film|movie|documentary|feature|drama|comedy|thriller|"
    r"animation|musical|western|romance|fantasy)\b"
    # ... or 'El río que nos debe (The River That Owes Us), directed by'
    r"|,[ \t]+(?:directed|co-directed|written and directed)[ \t]+by\b)"
)
# A heading line (perhaps its original title in brackets under it), then three lines or more
# of a record's keys and values
_RECORD_LINE = r"[ \t]*\p{L}[^\n:|.]{0,30}?(?:[ \t]*[:|][ \t]*|[ \t]+\.{2,}[ \t]*|\t+)[^\n]+\n"
_HEADING_OVER_RECORD = re.compile(
    r"(?m:^)(?P<title>[^\n\p{Ll}]*\p{Lu}[^\n\p{Ll}]{1,79})\n(?:[ \t]*\([^()\n]{2,80}\)[ \t]*\n)?\n?"
    rf"(?=(?:{_RECORD_LINE}){{3}})"
)
# a sentence that is a credit's field: "Director and screenplay: X", "Cast: A, B."
_OPENS_ON_LABEL = re.compile(
    rf"[ \t]*(?:{CREDIT_LABEL.pattern})(?:[ \t]*(?:&|\+|and)[ \t]*[\p{{L}} ]{{2,20}}?)?[ \t]*:"
)
# a review's credit box: its title on a line, then one line of credits with their labels
# ("Tromsø, 4 A.M.", then "Norway. Director and screenplay: X. Cast: Y, Z. Music: W.")
_TITLE_OVER_CREDIT_LINE = re.compile(
    r"(?m:^)(?P<title>\p{Lu}[^\n·|]{0,58}[^\n:·|])[ \t]*\n"
    r"(?=[^\n]{0,80}?\b(?i:director|directed by|dir\.)[^\n:]{0,30}:[^\n]*?"
    r"\b(?i:cast|starring|with|cinematography|music|editing|producer|screenplay|writer)s?:)"
)
# ... or over a block of them, one a line: "An Bád Bán (The White Boat)", then "Director: X",
# then "Writers: Y" (not a heading in capitals: "THE FACTS", "ABOUT CAPERNAUM")
_TITLE_OVER_CREDIT_BLOCK = re.compile(
    r"(?m:^)(?P<title>(?=[^\n]*\p{Ll})\p{Lu}[^\n·|:()]{0,58}[^\n:·|()\s])"
    r"(?:[ \t]+\([^()\n]{2,60}\))?[ \t]*\n"
    r"(?=(?i:directors?|directed by|dir\.)[ \t]*:[^\n]*\n"
    r"(?i:writers?|screenplay|written by|starring|cast|cinematography|music|producers?)[ \t]*:)"
)
# a record's title field: "TITLE ....... ostatni tramwaj.", "- Full title: X" (not "English
# title", a gloss, nor "Original title", which names the film in another language than the
# text's)
_TITLE_FIELD = re.compile(
    r"(?m:^)[ \t]*(?:[-•*][ \t]+)?(?i:(?:full|official)[ \t]+)?"
    # (or the label in the page's tongue, glossed: "Tên phim (Title): ...")
    r"(?:(?:\p{L}[\p{L}\p{M} \t]{0,24}\((?=(?i:title)\)))?(?i:title)\)?"
    # (or in the page's tongue alone: "Título: La casa de las mareas", "Titel: Wintergäste")
    # (Korean, Chinese and Japanese labels: "제목: 소금창고", "片名：雪线以北", "作品名: 夏の庭")
    r"|(?i:t[íi]tulo|titre|titel|titolo|tytuł|název|titlu)|제목|片名|題名|作品名)[ \t]*"
    r"(?:[:：|=]|\.{2,})[ \t]*"
    r"(?P<title>[^\s|][^\n|]{0,79}?)[ \t]*(?=\n|\Z|[ \t]*\|)"
)
# ... and as a table's row: "| Title | Mavi Kanat: The Last Ferry |"
_TITLE_ROW = re.compile(
    r"\|[ \t]*(?i:title|film)[ \t]*\|[ \t]*(?P<title>[^\s|][^\n|]{0,79}?)[ \t]*\|?"
)
# ... and as a line of a record: "Title\tLa casa del molino", "Title: Armand", or "TITLE"
# alone on its line over "Kvite netter (White Nights)" (not "Title\tDirector\tCountry", a
# table's header)
_TITLE_LINE = re.compile(
    r"[ \t]*(?:(?i:title|film)(?:[ \t]*:[ \t]*|\t+)|(?i:title)[ \t]*\n[ \t]*)"
    r"(?P<title>[^\s|][^\n\t|]{0,79}?)[ \t]*(?=\n|\Z)"
)
# a prize, marked won, alone on its line: "✦ NORDLYS AWARD – BEST FILM"
_MARKED_PRIZE = re.compile(rf"[✦★🏆][ \t]*(?=[^\n]*\b(?i:{names.PRIZE_WORD})\b)[^\n|:]{{2,60}}")
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)*")
# the body's first line, over a rating line ("★★★★☆", "Rating: 7 out of 10", "4/5")
_TITLE_OVER_RATING = re.compile(
    r"\A\s*(?P<title>[^\n]{2,60}?)[ \t]*\n[ \t]*"
    r"(?=[★☆✩✪⭐💀]{2,}|(?:\p{L}+[ \t]+)?(?i:rating|score|verdict|stars?)\b[^\n]{0,20}\d"
    r"|\d(?:\.\d)?\s*(?:/|out of)\s*(?:5|10)\b)"
)
_LOWER_CASE_TITLE_LINE = re.compile(
    r"(?m:^)[ \t]*(?P<title>\p{Ll}[\p{L}\p{N}'’.,:!?-]*(?:[ \t]+[\p{L}\p{N}'’.,:!?-]+){0,8})"
    r"[ \t]+\((?:19|20)\d\d\)[ \t]*(?=\n|\Z)"
)
# "Your Name (2016)", or with its other title: "Strawberry and Chocolate (Fresa y chocolate, 1993)"
_TITLE_YEAR = re.compile(
    rf"[\"“]?(?P<title>{names.TITLE})[\"”]?\s+"
    # (a title in sentence case, not a maker's name: "Wind over Lüderitz (Helena Shikongo, 2024)")
    r"\((?:\p{Lu}[^()\n,]{0,30}[ \t]\p{Ll}[^()\n,]{0,30},\s+)?(?:19|20)\d\d(?:\s+film)?\)"
)
_PERSON_WORDS = (
    r"(?i:director|animator|actor|actress|writer|author|producer|artist|composer|filmmaker|"
    r"screenwriter|novelist|mangaka|singer|musician)\b"
)


@dataclass(frozen=True)
class _Cued:
    """A pattern that ends in one of a few words, looked for only just before those words: a
    pattern that opens with a name is tried at every capital letter of the body, and the words
    are rare. Matches that overlap may both be found; callers only collect names."""

    cue: re.Pattern[str]
    pattern: re.Pattern[str]
    reach: int  # how far before the word the match may start

    def finditer(self, body: str) -> Iterator[re.Match[str]]:
        for cue in self.cue.finditer(body):
            start = max(0, cue.start() - self.reach)
            for match in self.pattern.finditer(body, start, cue.end()):
                if match.end() == cue.end():
                    yield match

    @classmethod
    def name_then(cls, tail: str, reach: int = 200) -> _Cued:
        """A name, then `tail`: looked for only where `tail` is."""
        return cls(re.compile(tail), re.compile(rf"(?P<name>{names.NAME}){tail}"), reach)


_DESCRIBED_AS_PERSON = _Cued(
    re.compile(rf"\b{_PERSON_WORDS}"),
    re.compile(
        # (the words between describe the person: not "is the first feature from writer-
        # director X", a film and who made it)
        rf"(?P<name>{names.NAME}),?\s+(?i:is|was)\s+(?:a|an|the)\s+"
        rf"(?:(?!(?i:from|by|of|with|for|about)\s)[\p{{L}}-]+\s+){{0,4}}?{_PERSON_WORDS}"
    ),
    reach=240,
)


_POSSESSIVE_TITLE = re.compile(rf"{names.TITLE}['’]s\s+{names.TITLE}")
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:[Dd]irector|[Pp]roducer|[Ww]riter|[Ss]criptwriter|[Ss]creenwriter|[Cc]omposer|"
    rf"[Aa]nimator|[Aa]ctor|[Aa]ctress|[Cc]reator|[Aa]uthor|[Ff]ilmmaker)\s+(?P<name>{names.NAME})"
)
# "Starring: Andrew Garfield, ...", "Director\nLin-Manuel Miranda": the first name a credit gives
_CREDITED_NAME = re.compile(
    r"(?m)^[ \t]*(?i:starring|directors?|directed by|written by|screenplay|producers?|"
    r"(?:main )?cast|with|voices?)(?::[ \t]*|[ \t]*\n|[ \t]+\.{2,}[ \t]*|[ \t]*\|[ \t]*|\t+)"
    rf"(?P<name>{names.NAME})"
)
_MAKERS_FILM = re.compile(
    rf"(?P<name>{names.NAME})['’]s?\s+(?P<title>{names.TITLE})(?:\s+\([^()]{{1,80}}\))?"
    r"\s+(?:anime\s+)?(?i:film|movie)\b"
)


def _opens(text: str, at: int) -> bool:
    """A work named at `at` opens the sentence: first, or after its maker ("In its second
    weekend, Mathieu Roussel's Le Dernier Train pour Sète dipped ...")."""
    return (
        at < 3
        or _MAKER_BEFORE.fullmatch(text, 0, at) is not None
        or (_FRONTED_APPOSITION.fullmatch(text, 0, at) is not None and text[at : at + 3] == "it ")
    )


# "An Australian and American co-production, it is the fourth ...": what the subject is, first
_FRONTED_APPOSITION = re.compile(r"(?:An?|The)\s[^,;.:\n]{1,60},\s+")


# A maker's name and up to three words about the film: "Callum Reid's Glasgow-set comedy "
_WORDS_UP_TO_THREE = r"(?:[\p{L}\d-]+\s+){0,3}"
_MAKER_BEFORE = re.compile(rf"(?:[^,.;\n]{{0,40}},\s+)?{names.NAME}['’]s\s+{_WORDS_UP_TO_THREE}")
# "Callum Reid's Glasgow-set comedy Brass Monkeys opened ...": a maker's film, said to be one
_FILM_KIND = (
    r"(?:film|comedy|drama|thriller|documentary|feature|debut|musical|melodrama|romance|"
    r"western|horror|animation|satire|fable|epic|road movie|sequel|prequel|remake|"
    r"period piece|adventure|fantasy)"
)
_MAKERS_KIND_TITLE = re.compile(
    # (a company's too: "Greyhaven Films' horror sequel Hollow Creek II: The Drowning fell")
    rf"(?P<name>{names.NAME})(?:['’]s|(?<=s)['’])\s+{_WORDS_UP_TO_THREE}?{_FILM_KIND}\s+"
    rf"(?P<title>{names.TITLE}(?::[ \t]+{names.TITLE})?)"
    r"(?:\s+\([^()\n\d]{1,60}\))?"  # its gloss: "Ilisher Mausum (The Hilsa Season) was"
    r"(?=\s+(?:opened|took|grossed|earned|added|dipped|fell|rose|climbed|held|made|won|is|was|"
    r"has|had|premiered|debuted)\b|[,.])"
)
# "Bab el-Khalq, Yasmin Abdel-Rahman's nocturnal portrait of": a title, then whose film it is
_TITLE_THEN_MAKERS_KIND = re.compile(
    r"(?:\p{Lu}[\p{Lu}\p{L} ,.]{1,40}[ \t]+[—–][ \t]+)?"  # a dateline: "CAIRO — "
    # (not a clause: "Released in Japan on 9 August 2024, Hoshino's fantasy took")
    r"(?!(?:Released|Shot|Made|Filmed|Set|Produced|Premiered|Opened|Written|Based)\b)"
    rf"(?P<title>[\p{{Lu}}\d][^\n,;:()]{{1,60}}?),\s+{names.NAME}(?:['’]s|(?<=s)['’])\s+"
    rf"{_WORDS_UP_TO_THREE}?(?:{_FILM_KIND}|portrait|study|tale|chronicle|elegy)\b"
)
_ENGLISH_SMALL_WORD = re.compile(
    r"\b(?:on|in|at|of|the|to|for|with|from|by|after|before|its|his|her|their|this|that|is|was)\b"
)
_LEAD_CHARS = 600
_FILM_IS_GLOSSED = re.compile(
    r"\b[Tt]he\s+(?:film|movie|documentary)\s+(?:is|was|is called|was called)\s+"
    r"(?P<title>[\p{L}\d][\p{L}\d'’-]*(?:[ \t][\p{L}\d'’-]+){0,6}?)[ \t]+"
    r"\((?i:that['’]s|i\.e\.|lit\.|literally|meaning|which means|english:|in english)\s"
)
# "the Icelandic production Þögnin í firðinum, which the English subtitles render as ...":
# a title in its language's case, after what it is, glossed in English
_KIND_THEN_GLOSSED_TITLE = re.compile(
    r"\b(?:the|a|an)\s+\p{Lu}[\p{L}-]+\s+(?:[\p{Ll}-]+\s+)?"
    r"(?:production|film|documentary|drama|feature|comedy|thriller|short)\s+"
    r"(?P<title>\p{Lu}[\p{L}'’-]*(?:[ \t][\p{L}'’-]+){0,6}?)"
    r"(?=,\s+(?:which|whose)\s[^.\n]{0,40}?\b(?:render|translat|means|called|English)"
    r"|[ \t]+\((?:English|lit\.|literally|meaning|[\"“]))"
)
# "Where Talveaed is quiet, ", "Unlike Mother of Vines, ": a film set apart from the one the
# sentence speaks of
_CONTRAST_CLAUSE = re.compile(r"(?:Where|Whereas|While|Unlike|Compared\s+with)\s[^,;.]{1,80},\s")
_LEAD_GLOSSED_TITLE = re.compile(
    r"(?:\A|(?<=\n)|(?<=[—–][ \t]))(?P<title>\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t][\p{L}\p{M}'’-]+){1,6}?)"
    r"[ \t]+\((?:(?:The|A|An)[ \t])?\p{Lu}[^()\n\d]{2,60}\)"
    r"(?=[ \t]+(?:has|have|is|was|opened|took|grossed|became|won|tops|topped|premiered)\b"
    r"|,[ \t]+(?:the|a|an|his|her|their)[ \t])"  # "..., the second feature by X, won"
)
# "When O Último Comboio de Benguela (The Last Train from Benguela) had its world premiere at
# ...": a title in its tongue's case, glossed, then its world premiere, a film's own event
_GLOSSED_PREMIERED = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.!?][ \t]))(?:(?:When|After|Since|Before|Until|As)[ \t]+)?"
    r"(?P<title>\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}\p{M}'’-]+){0,7}?)"
    r"[ \t]+\((?:(?:The|A|An)[ \t])?\p{Lu}[^()\n\d]{2,80}\)[ \t]+"
    r"(?:had[ \t]+its[ \t]+world[ \t]+premiere|world-premiered)\b"
)
_ENGLISH_LEAD = re.compile(
    r"\A(?P<lead>\p{Lu}\p{Ll}+(?:[ \t]+\p{Ll}+){0,3})[ \t]+(?:on|of|in|for|about)[ \t]+(?=\p{Lu})"
)


def after_english_lead(title: str) -> str:
    """A title in its own tongue's case without the English words a sentence opened on:
    "Dritaret e Mangalemit" of "Shooting on Dritaret e Mangalemit".

    >>> after_english_lead("Shooting on Dritaret e Mangalemit")
    'Dritaret e Mangalemit'
    >>> after_english_lead("Ljudet av is")
    'Ljudet av is'
    >>> after_english_lead("Songs of Ireland")
    'Songs of Ireland'
    """
    lead = _ENGLISH_LEAD.match(title)
    rest = title[lead.end() :] if lead else ""
    english = lead and all(casing.zipf(w.lower()) >= 3.5 for w in lead["lead"].split())
    return rest if english and _LOWER_WORD.search(f" {rest}") else title


# A title in sentence case that opens a sentence, with its English title after it: "Los hijos
# del granizo (The Children of the Hail), the first feature by ..."
_SENTENCE_CASE_GLOSSED = re.compile(
    r"(?:(?<=\A)|(?<=[.!?][ \t])|(?<=\n))"
    r"(?P<title>(?:El|La|Los|Las|Le|Les|Il|Lo|Os|As|Un|Una|Une|Der|Die|Das)[ \t]+\p{Ll}[\p{L}-]*"
    r"(?:[ \t]+\p{Ll}[\p{L}-]*){0,5})[ \t]+\((?:The|A|An)[ \t]+\p{Lu}[^()\n\d]{2,60}\)"
)
_KIND_THEN_SENTENCE_CASE = re.compile(
    r"(?<=\b(?:the|a|an|his|her|their|its)\s+(?:(?:19|20)\d\d\s+)?(?:[\p{Ll}-]+\s+)?"
    r"(?:film|comedy|drama|thriller|documentary|feature)\s+)"
    r"(?P<title>\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t][\p{L}\p{M}'’-]+){1,5}?)"
    # (or glossed, then its maker: "the 2016 comedy Gjeli i Kuq (The Red Rooster), directed by")
    r"(?=[ \t]+\((?:19|20)\d\d\)|,[ \t]+which\b"
    r"|[ \t]+\((?:(?:The|A|An)[ \t])?\p{Lu}[^()\n\d]{2,60}\),[ \t]+directed[ \t]+by\b)"
)
# a word in lower case that English titles do not write so: "ma" of "Bóng ma sông Hương"
_LOWER_WORD = re.compile(r"[ \t](?!(?:and|of|the|in|on|a|an|to|for|with|at|or|from|by)\b)\p{Ll}")
_TITLE_THEN_NTH_FILM = re.compile(
    r"(?:\A|(?<=[.!?]\s)|(?<=\n)|(?<=\p{Lu}[ \t][—–][ \t]))"
    r"(?P<title>[\p{L}\d](?:(?![ \t][—–][ \t])[^\n,;:()]){1,60}?(?:,[ \t](?:1[89]|20)\d\d\.?)?),\s+"
    r"(?:the|a|an|his|her|their)\s+"
    r"(?:(?:first|second|third|fourth|fifth|sixth|new|latest|debut|sophomore)\s+)?"
    r"(?:[\p{L}-]+\s+){0,2}(?:feature|film|documentary|drama|comedy)\s+(?:from|by)\s"
)
# A paragraph that opens on a title, perhaps an aside in brackets, then says which of its
# maker's films it is: "all the small lights (lower case, ...) is the first feature from X"
_TITLE_IS_NTH_FILM = re.compile(
    r"(?m:^)(?P<title>[\p{L}\d][^\n,;:()]{1,60}?)\s+(?:\([^()\n]{1,160}\)\s+)?(?:is|was)\s+"
    r"(?:the|a|an|his|her|their)\s+(?:first|second|third|fourth|fifth|sixth|new|latest|debut|"
    r"sophomore)\s+(?:[\p{L}-]+\s+){0,2}?(?:feature|film|documentary)\s+(?:from|by)\s"
)
# A title the writer says is styled in lower case: "I went to see the harmattan ends. (lower
# case, full stop included)", "all the small lights (lower case, and yes ...)"
_SAID_LOWER_CASE = re.compile(
    r"(?:(?<=\b(?:see|saw|watch|watched|watching|of|is|was|called)[ \t])|(?m:^))"
    r"(?P<title>\p{Ll}[^\n()]{0,60}?)[ \t]+\((?:[^()\n]{0,20}?\b)?(?:all[ \t]+)?(?:in[ \t]+)?"
    r"lower[ -]?case\b"
)
_THE_FILM_THAT_IS = re.compile(
    r"\b(?:[Tt]he|[Mm]y)\s+(?:(?:favou?rite|first|only|one)\s+)?(?:film|movie)\s+(?:that|which)\s+"
    rf"[^.;\n]{{1,80}}?\s+(?:is|was)\s+(?P<title>{names.TITLE})"
)
# "the thing I watched was Magdalena: Lo Que el Río Recuerda, which ...": a diarist's film
_WHAT_I_WATCHED = re.compile(
    r"\b(?:[Tt]he\s+(?:thing|film|movie|one)\s+I|[Ww]hat\s+I)\s+(?:\p{Ll}+\s+)?"
    r"(?:watched|saw|caught|went\s+to\s+see)\s+(?:this\s+week\s+)?(?:was|is)\s+"
    rf"(?P<title>{names.TITLE}(?::[ \t]+{names.TITLE})?)"
)
# "That's Cailleach: The Winter Hag, and I've now seen it three times": what a writer has seen
_TITLE_THEN_SEEN_IT = re.compile(
    rf"(?P<title>{names.TITLE}(?::[ \t]+{names.TITLE})?),?[ \t]+and[ \t]+I(?:['’]ve|[ \t]+have)"
    r"[ \t]+(?:now[ \t]+|already[ \t]+)?(?:seen|watched)[ \t]+it\b"
)
# "The film is O Último Baile de Verão, and if you're in Brazil ...": a diarist names it
_THE_FILM_IS_NAMED = re.compile(
    r"\b[Tt]he\s+(?:film|movie)(?:\s+in\s+question)?\s+(?:is|was)\s+(?:called\s+)?"
    rf"(?:(?P<title>{names.TITLE})(?=,\s+(?:and|but|which|if|so)\b|\.\s|\s+\()"
    # ... or in its tongue's case, glossed: "The film in question is La hora de los zanates
    # (The Hour of the Grackles)"
    r"|(?P<title>\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}\p{M}'’-]+){1,7}?)"
    r"(?=[ \t]+\((?:(?:The|A|An)[ \t])?\p{Lu}[^()\n\d]{2,60}\)))"
)
_SET_UP_OF_NTH_FILM = re.compile(
    rf"(?<=\b(?:of|is|was|with|in)\s)(?P<title>{names.TITLE}(?::[ \t]+{names.TITLE})?),\s+"
    r"(?:the|his|her|their)\s+(?:first|second|third|fourth|fifth|sixth|new|latest|debut|"
    r"sophomore)\s+(?:feature|film)\s+(?:from|by)\s"
)
_SMALL_TITLE_WORD = re.compile(
    rf"{names.CONNECTOR}|and|or|in|on|at|to|a|an|with|for|{names.JOINED_PARTICLE}\S+"
)
# "Florencia Bustos' la siesta del puma received": a maker's title, styled in lower case
# A review's sentence that opens in its maker's film: "In Trần Minh Khoa's Night Bus 29 to
# Hai Phong, it is a battered coach ..."
_IN_MAKERS_TITLE = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))In[ \t]+(?P<maker>{names.NAME})['’]s[ \t]+(?P<title>{names.TITLE}),"
    # ... or that the sentence opens with, saying what it does: "Luíza Fontenelle's A Canção
    # do Boto takes that old story"
    rf"|(?:^|(?<=[.!?][ \t]))(?P<maker>{names.NAME})['’]s[ \t]+(?P<title>{names.TITLE})[ \t]+"
    r"(?=(?:takes|follows|tells|opens|begins|turns|retells|adapts|reimagines)\b)"
)
# The text says what the title is: "The title is printed in lower case on the posters — the
# north wind keeps no promises — and ...", 'Its title is "kiss the ground."'
_TITLE_SPELLED_OUT = re.compile(
    r"(?<!\bof[ \t])\b(?i:the|its|the film['’]s)[ \t]+title\b(?:[^.—–\n]{0,40}"
    r"\b(?:printed|written|spelt|spelled|styled|set|typed|reads|appears)\b[^.—–\n]{0,60}"
    r"[ \t][—–][ \t](?P<title>[^—–\n.\"“”]{2,60}?)[ \t][—–]"
    r"|[ \t]+is[ \t]+[\"“](?P<title>[^\"“”\n]{2,60})[\"”])"
)
# A run of words in sentence case set before what it is or who made it: "Ciudad de barro,
# directed by", "El profe de Huancayo, a comedy", "Los que esperan en Uyuni, X's road movie"
_APPOSED_SENTENCE_CASE = re.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<title>(?:(?:El|La|Los|Las|Le|Les|Il|Lo|O|Os|As|Un|Una|Une)[ \t]+)?"
    r"\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Ll}[\p{Ll}\p{M}-]*){1,6}"
    r"(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+)?)"
    r"(?=,[ \t]+(?:(?:a|an|the)[ \t]+(?P<what>(?:[\p{L}\d'’-]+[ \t]+){0,3}[\p{L}-]+)"
    r"|\p{Lu}[\p{L}\p{M}. -]{2,40}['’]s[ \t]+|directed[ \t]+by\b|dir\.))"
)
# The small words of Romance titles, which English text writes too ("de", "la")
_ROMANCE_SMALL = frozenset(
    "de del da do das dos du des la las los el le les y e et en di della al o a que qui".split()
)
_BOOK_WORDS = re.compile(r"\b(?:novel|book|manga|story|stories|cycle|poem|play|memoir|series)\b")


def foreign_sentence_case_titles(body: str) -> tuple[tuple[str, bool], ...]:
    """Titles in sentence case, as Spanish, Portuguese, French and Italian write them, set
    before what they are ("Hilo rojo, a drama"), each with whether it is a book's; only when
    their words, but the small ones, are rare in English (wordfreq).

    >>> foreign_sentence_case_titles("It went to Ciudad de barro, directed by Ana Ruiz.")
    (('Ciudad de barro', False),)
    >>> foreign_sentence_case_titles("Her dog, a Labrador retriever, a gift.")
    ()
    >>> foreign_sentence_case_titles("From the novel Los relojes de la tía Amparo, the film ...")
    (('Los relojes de la tía Amparo', True),)
    >>> foreign_sentence_case_titles("The director, a friend, came. Tomás de la Serna, a lawyer.")
    ()
    """
    found = []
    for match in _APPOSED_SENTENCE_CASE.finditer(body):
        words = match["title"].split()
        lower = [w for w in words[1:] if w.islower()]
        content = [w for w in lower if w not in _ROMANCE_SMALL]
        if not content or any(casing.zipf(w) >= 4.0 for w in content):
            continue  # "The director, a": English words
        # "Cobre e a Cinza, the 1988 novel by", "the novel Los relojes de la tía Amparo": a book
        book = bool(match["what"] and _BOOK_WORDS.search(match["what"]))
        book = book or _BOOK_WORDS.search(body, max(0, match.start() - 12), match.start())
        # (a Romance article or small word says which tongue: not "Labrador retriever")
        romance = any(w.lower() in _ROMANCE_SMALL for w in words[:-1])
        if romance and _foreign_words(
            [w for w in (words[0].lower(), *content) if w not in _ROMANCE_SMALL]
        ):
            found.append((match["title"], bool(book)))
    return tuple(found)


def _foreign_words(words: list[str]) -> bool:
    """Words rare in English (wordfreq's English list, which `casing` loads anyway: the other
    tongues' lists would cost 150 MB a process), one of them very rare: "cosecha", "barro"."""
    frequencies = [casing.zipf(word) for word in words]
    return max(frequencies) < 3.5 and min(frequencies) < 3.0


# A post's film, as its writer finally got to it: "I finally watched A casa do meu avô ainda
# respira, which my cousin ..." (sentence case: the words up to the clause's end)
_FINALLY_WATCHED = re.compile(
    # (or a diary's line without its "I": "Finally saw El-Tram El-Akhir tonight")
    r"(?:\b(?:I|we)[ \t]+(?:finally|at[ \t]+last)|(?P<diary>^(?:Finally|At[ \t]+last)))"
    r"[ \t]+(?:watched|saw|caught)[ \t]+"
    r"(?P<title>\p{Lu}[^,.;:!?()\n]{1,60}?)"
    r"(?=,[ \t]+(?:which|the|a|an|and)\b|[ \t]+(?:last|this|on|at|in|with|yesterday|tonight)\b"
    r"|[.!?][ \t]|[.!?]?$)",
    re.MULTILINE,
)
_MAKERS_LOWER_TITLE = re.compile(
    rf"{names.NAME}(?:['’]s|(?<=s)['’])[ \t]+"
    r"(?P<title>\p{Ll}[\p{Ll}'’-]*(?:[ \t][\p{Ll}'’-]+){1,6}?)[ \t]+"
    r"(?=(?:received|premiered|won|opened|is|was|has|took|grossed|earned|stars|follows)\b)"
)
# ... not the words a text says of a maker's film: "Bustos' new western", "his latest film"
_MAKERS_WORDS = re.compile(
    rf"\b(?:{_FILM_KIND}|new|latest|first|second|third|next|last|own|previous|earlier|"
    r"short|work|project|movie|picture|career|team|cast|crew|\w+ly)\b"
)
_MAKERS_CUE = re.compile(rf"(?:['’]s|s['’])\s+{_WORDS_UP_TO_THREE}?{_FILM_KIND}\s+\p{{Lu}}")
# "a ferry captain (Anders Løvold)", "Lupita Nyong'o voices Roz"
_PART_THEN_PLAYER = re.compile(
    rf"(?P<name>{names.NAME})\s+\((?P<player>{names.NAME}),\s+(?:a|an|the|in|who)\s[^()\d\n]*\)"
)
_NAME_IN_BRACKETS = re.compile(rf"\((?P<name>{names.NAME})\)")
_GLOSS_BEFORE = re.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*[ \t]+\Z")
_NAME_CASTS = _Cued.name_then(r"\s+(?:voices|plays|stars as)\b")
_SPEECH_WORDS = r"\b(?:said|says|spoke|teased|told|explained|revealed|added|noted)\b"
_NAME_BEFORE_SPEECH = _Cued.name_then(rf"\s+(?:has\s+|had\s+)?{_SPEECH_WORDS}")
# Whose film it is: "Kore-eda's first fiction feature", "Hosoda's breakthrough".
_MAKERS_WORK_TAIL = (
    r"['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:film|feature|debut|movie|documentary|breakthrough|"
    r"masterpiece|filmography|career|films|features|oeuvre|characters|collaborators?)\b"
)
_MAKERS_WORK = _Cued.name_then(_MAKERS_WORK_TAIL)
# What a text says of a company: "released by Toho", "opened through Toho", "made at
# Madhouse", "GKIDS released it", "Toho holds the distribution rights".
_COMPANY_DEEDS = (
    r"released|distributed|produced|co-produced|made|animated|financed|acquired|sold|handled"
)
_COMPANY_OWNS = (
    r"\s+(?:released|distributes|distributed|acquired|holds|has|bought)\s+(?:it|the\s+film|"
    r"the\s+movie|(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,2}rights)\b"
)
_NAME_OF_A_COMPANY = re.compile(
    rf"\b(?:{_COMPANY_DEEDS})\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?(?:by|at|through)\s+"
    rf"(?P<name>{names.NAME})|\b(?:opened|opens|released|distributed)\s+(?:it\s+)?through\s+"
    rf"(?P<name>{names.NAME})"
)
_COMPANY_THAT_OWNS = _Cued.name_then(_COMPANY_OWNS)


_WORD = re.compile(r"[\p{L}\p{N}]+")


def _fold(word: str) -> str:
    """A word as IGNORECASE compares it: case-folded, and the Turkish dotted and dotless i
    taken for i (the regex module matches "ı" with "I", and "I" with "i")."""
    return word.replace("ı", "i").replace("İ", "i").casefold()


@functools.lru_cache(maxsize=512)
def _folded_words(text: str) -> tuple[tuple[str, int], ...]:
    """The words of a sentence, folded, with where each starts: asked again for each state."""
    return tuple((_fold(m.group()), m.start()) for m in _WORD.finditer(text))


class WorkIndex:
    """Known works, found in a sentence by the words of their titles.

    Trying every known work's title on every sentence costs sentences x works, quadratic in
    an article that keeps naming new works. Here the sentence's words walk a trie of the
    titles' words instead, and each title's own pattern is tried only where its words are.
    """

    def __init__(self, works: Iterable[Entity] = ()) -> None:
        self._root: dict[str, dict] = {}  # folded word -> next level; "" -> work numbers
        self._works: list[tuple[Entity, re.Pattern[str], int | None]] = []
        self._wordless: set[int] = set()  # titles without a letter or digit: tried everywhere
        for work in works:
            self.add(work)

    def __len__(self) -> int:
        return len(self._works)

    def add(self, work: Entity) -> None:
        number = len(self._works)
        words = list(_WORD.finditer(work.name))
        node = self._root
        for word in words:
            node = node.setdefault(_fold(word.group()), {})
        if words:
            node.setdefault("", []).append(number)
        else:
            self._wordless.add(number)
        lead = words[0].start() if words else None  # where the first word sits in the title
        self._works.append((work, title_pattern(work.name), lead))

    def mentions(self, text: str) -> list[tuple[Entity, int]]:
        """(work, start) for each match of each known title in `text`, works in the order they
        were added: what running every title's pattern over `text` finds."""
        starts: dict[int, set[int]] = {}  # work number -> where its first word is in `text`
        words = _folded_words(text)
        for i, (_, first) in enumerate(words):
            node = self._root
            for j in range(i, len(words)):
                node = node.get(words[j][0])
                if node is None:
                    break
                for number in node.get("", ()):
                    starts.setdefault(number, set()).add(first)
        found: list[tuple[Entity, int]] = []
        for number in sorted(starts.keys() | self._wordless):
            work, pattern, lead = self._works[number]
            if lead is None:
                found.extend((work, match.start()) for match in pattern.finditer(text))
                continue
            end = 0  # as finditer does: the next match starts where the last one ended
            for first in sorted(starts[number]):
                if first - lead < end:
                    continue
                match = pattern.match(text, first - lead)
                if match is not None:
                    found.append((work, match.start()))
                    end = match.end()
        return found


class TitleMatch:
    """Where a title was found: the parts of a regex match that callers use."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


class TitlePattern:
    """Where a title occurs, in any case and with either apostrophe, not inside a longer word.
    A plain search in lower-cased text: compiling a regex for each new name was a third of
    the time spent choosing the film."""

    def __init__(self, title: str) -> None:
        self._title = title
        self._key = _fold_apostrophes(title)

    @functools.cached_property
    def _regex(self) -> re.Pattern[str]:
        """For the rare text whose length changes when lower-cased ("İ")."""
        text = re.sub(r"['’]", "['’]", re.escape(self._title))
        return re.compile(rf"(?<![\p{{L}}\p{{N}}]){text}(?![\p{{L}}\p{{N}}])", re.I)

    def finditer(self, text: str, pos: int = 0) -> Iterator[TitleMatch]:
        folded = _fold_apostrophes(text)
        if self._needs_regex(text, folded):
            for match in self._regex.finditer(text, pos):
                yield TitleMatch(text, *match.span())
            return
        at = folded.find(self._key, pos) if self._key else -1
        while at >= 0:
            if self._stands_alone(text, at):
                yield TitleMatch(text, at, at + len(self._key))
                at = folded.find(self._key, at + len(self._key))
            else:
                at = folded.find(self._key, at + 1)

    def search(self, text: str, pos: int = 0) -> TitleMatch | None:
        return next(self.finditer(text, pos), None)

    def match(self, text: str, pos: int = 0) -> TitleMatch | None:
        folded = _fold_apostrophes(text)
        if self._needs_regex(text, folded):
            found = self._regex.match(text, pos)
            return None if found is None else TitleMatch(text, *found.span())
        if self._key and folded.startswith(self._key, pos) and self._stands_alone(text, pos):
            return TitleMatch(text, pos, pos + len(self._key))
        return None

    def _needs_regex(self, text: str, folded: str) -> bool:
        """Lower-casing changed a length ("İ"), so offsets in the folded text would be off."""
        return len(self._key) != len(self._title) or len(folded) != len(text)

    def _stands_alone(self, text: str, at: int) -> bool:
        end = at + len(self._key)
        return (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )


@functools.lru_cache(maxsize=4096)
def title_pattern(title: str) -> TitlePattern:
    """The pattern for a title, cached: the same few names are looked for many times."""
    return TitlePattern(title)


@functools.lru_cache(maxsize=64)
def _fold_apostrophes(text: str) -> str:
    return text.lower().replace("’", "'")


# a page of one kind about a film, its kind before the title: "Goofs & Continuity Errors: X",
# "Trivia: X"
_PAGE_OF = r"(?:goofs|bloopers|trivia|mistakes|continuity errors|(?:memorable )?quotes)"
_PAGE_KIND = re.compile(rf"(?i){_PAGE_OF}(?:[ \t]*(?:&|and|,)[ \t]*{_PAGE_OF})*")


# a club's or a column's instalment by its month, in sentence case: "February meeting: X"
_DATED_COLUMN = re.compile(
    rf"(?:{normalise.MONTHS})(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+\p{{Ll}}[\p{{L}}-]*){{1,2}}"
)


@functools.lru_cache(maxsize=256)
def _filed_under(head: str, body: str) -> bool:
    """The body files the post under `head`: a blog's column or category, not a title
    (cached: asked for each colon title in each sentence)."""
    return any(
        after.startswith(head) and not _WORD_CHAR.match(after, len(head))
        for after in _filed_labels(body)
    )


@functools.lru_cache(maxsize=8)
def _filed_labels(body: str) -> tuple[str, ...]:
    """What follows each "Filed under", "Category", "Tags" or "Column" label: read once per
    body, not once per question with a pattern built for it."""
    return tuple(m.group(1) for m in _FILED_LABEL.finditer(body))


_FILED_LABEL = re.compile(
    r"(?i:filed[ \t]+under|categor(?:y|ies)|tags?|column)[ \t]*:?[ \t]*([^\n]*)"
)
_WORD_CHAR = re.compile(r"\w")


def _person_by_surname(name: str, body: str) -> bool:
    """A person's name, whose last word the text also writes alone ("Obi", after "Emeka
    Obi"): romanised titles look like names, but are not cut so."""
    if " " not in name or not names.looks_like_person(name):
        return False
    surname = name.split()[-1]
    alone = len(re.findall(rf"(?<![\p{{L}}-]){re.escape(surname)}(?![\p{{L}}-])", body))
    return alone > len(re.findall(re.escape(name), body))


def find_film(article: Article, sentences: list[Span]) -> Entity | None:
    """Guess the film an article is about (see module docstring)."""
    if _OBITUARY.search(article.title or ""):
        return None  # an obituary is about a person: each film it names holds its own facts
    if _LIST_PAGE.match(article.title or ""):
        return None  # "List of films set in Italy – Trieste": of many films, each with its own
    scores, forms, from_header = score_films(article, sentences)
    film = _choose_film(scores, forms, from_header, article.body, article.title)
    if film is not None and film.name == page_actor(article.body):
        return None  # an actor's page: each film it names holds its own facts
    label, colon, tail = film.name.partition(": ") if film is not None else ("", "", "")
    if colon and _FEATURE_LABEL.fullmatch(label) and re.fullmatch(names.TITLE, tail):
        # "IN FOCUS: MOSELLE BLUE": the page's pick, named
        film = Entity(EntityKind.FILM, names.title_case(tail) if tail.isupper() else tail)
    if film is not None:
        # "La Ceiba no duerme (2024)" on its own line and in the page title: the title in full,
        # its lower-case words too (Spanish writes titles so), not "La Ceiba", a town in it
        whole = re.search(
            rf"(?m)^{re.escape(film.name)}(?P<rest>(?:[ \t]+\p{{Ll}}[\p{{L}}'’-]*)"
            rf"(?:[ \t]+[\p{{L}}'’-]+){{0,4}})[ \t]+\((?:19|20)\d\d\)[ \t]*$",
            article.body,
        )
        if whole and f"{film.name}{whole['rest']}" in (article.title or ""):
            film = Entity(EntityKind.FILM, f"{film.name}{whole['rest']}")
    if film is not None and not film.name.endswith("."):
        # "tipped Nobody Leaves. for the Golden Poplar": a stop inside a sentence is the title's
        stopped = re.compile(rf"(?<![\p{{L}}\d]){re.escape(film.name)}\.[ \t]+\p{{Ll}}")
        if stopped.search(article.body):
            film = Entity(EntityKind.FILM, f"{film.name}.")
    return film


# a page's label for the film it singles out, before a colon: "In Focus: Moselle Blue"
_FEATURE_LABEL = re.compile(
    r"(?i)in[ \t]+focus|focus(?:[ \t]+on)?|spotlight(?:[ \t]+on)?|featured(?:[ \t]+film)?|"
    r"(?:film|movie|pick)[ \t]+of[ \t]+the[ \t]+(?:week|month)|(?:our|staff|editor['’]s)[ \t]+pick"
)


def header_full_title(article: Article, film: Entity) -> str | None:
    """The page title's fuller form of a film the body names only by its first words: "Caju
    and the Night Fair" of "Caju and the Night Fair review: ...", where the body writes "Caju"
    alone. Reviews do this: the headline names the film in full, the prose by its short name."""
    for part in _HEADER_PARTS.split(article.title):
        part = _TRAILING_NOTE.sub("", part).strip(" \"“”'‘’")
        if (
            part.startswith(f"{film.name} ")
            and _TITLE_GOES_ON.match(part, len(film.name) + 1)
            and len(part.split()) <= 8
            and re.fullmatch(names.TITLE, part)
            and not unlikely_title(part)
            and title_pattern(part).search(article.body) is None
        ):
            return part
    return None


# what a title's fuller form adds after its short name: "... and the Night Fair", "... of Us"
_TITLE_GOES_ON = re.compile(
    r"(?:and|&|of|in|on|at|under|from|for|with|to)[ \t]+(?:(?:the|a|an)[ \t]+)?\p{Lu}"
)


def other_films(article: Article, sentences: list[Span], film: Entity | None) -> list[Entity]:
    """The other titles the text treats as films ("Moss & Marrow was directed by ...",
    "Spirited Away, which won ..."): known from the start, so their facts hang on them."""
    body = article.body
    strong = _typed_films(body) | {key for key, (_, _, typed) in _film_like(body).items() if typed}
    strong |= {slugify(name) for name in _titles(_FILM_THEN_TITLE, body)}  # "the film Ida"
    found = []
    for key, (name, _, _) in sorted(_film_like(body).items()):
        if film is not None and (
            key == film.key
            or key in film.key.split("-")
            or (film.key.endswith(f"-{key}") and "-" not in film.key.removesuffix(f"-{key}"))
        ):
            # the film, or a word of its title ("Labyrinth" of "Pan's Labyrinth"), or its tail
            # ("the Ice Sings" of "When the Ice Sings")
            continue
        if (
            film is not None
            and _FILM_THEN_PLACE.fullmatch(name, len(film.name))
            and (name.startswith(film.name))
        ):
            continue  # "released Copper Tide in Japan": the film, and where
        if unlikely_title(name) or names.looks_like_organization(name):
            continue
        if name.startswith("From ") and (
            name.removeprefix("From ") == article.publisher
            or re.search(rf"{re.escape(name)},[ \t]+the[ \t]+free\b", body)
        ):
            continue  # "From Filmpedia, the free film encyclopedia": where the page comes from
        one_word = " " not in name.strip()
        if (one_word or names.looks_like_person(name)) and key not in strong:
            continue  # "Cleo follows ...", "Ana Ruiz stars": people, unless typed as films
        found.append(Entity(EntityKind.FILM, name))
    listed = {work.key for work in found}
    typed = _titles(_FILM_THEN_TITLE, body) + _titles(_FOLLOWED_UP_WITH, body)
    for name in typed + _titles(_SEQUEL_COMMA_TITLE, body):
        # "U.S. animated feature Pip and the Moon Engine, released locally by ...": typed as a
        # film, whatever the text goes on to say of it (or the maker's next one)
        key = slugify(name)
        if key in listed or (film is not None and key == film.key) or unlikely_title(name):
            continue
        if names.looks_like_organization(name) or names.looks_like_person(name):
            continue
        listed.add(key)
        found.append(Entity(EntityKind.FILM, name))
    for name in _makers_films(body):
        # "Todd Phillips's Joker", "Hayao Miyazaki's Ponyo": a maker's film, named in passing
        key = slugify(name)
        if key not in listed and (film is None or key != film.key):
            listed.add(key)
            found.append(Entity(EntityKind.FILM, name))
    title = article.title.replace('"', "'")
    for name, _ in _header_titles(article.title, body, article.publisher):
        # "'Nordlicht über Kiel' storms Germany, 'Le Dernier Train pour Sète' holds in France":
        # the headline's other film
        quoted = f"'{name}'" in title or f"‘{name}’" in title or f"“{name}”" in title
        other = film is not None and slugify(name) != film.key and quoted
        # (a name as a person's may be quoted as a title: 'Darah Biru'; not one that speaks)
        speaks = re.search(rf"\b{re.escape(name)}\s+(?:has\s+|had\s+)?{_SPEECH_WORDS}", body)
        if other and not unlikely_title(name) and not speaks:
            found.append(Entity(EntityKind.FILM, name))
    return found


# A person's title, named in passing: "Sam Mendes's 1917 and Todd Phillips's Joker"
_OWNED_TITLE = re.compile(
    rf"(?<![\p{{L}}'’.-])(?P<maker>{names.NAME})['’]s?[ \t]+(?P<title>{names.TITLE})"
)
# What a title is not, after a person's name: a place, a tongue or a kind ("Edin Hadžić's
# Bosnian-Austrian drama", "Ime Bassey's Calabar-set thriller"), a prize ("Gong Li's Volpi Cup",
# "Sean Baker's Palme d'Or")
_NO_OWNED_TITLE = re.compile(
    r"-(?i:language|set|born|based|made|winning|era)$|\b(?:Cup|Award|Awards|Prize|Medal|Films|"
    r"Pictures|Studios?|Productions|Entertainment|Media|Netflix)$"
    r"|^(?:Palme|Oscars?|Golden|Silver|Bronze|Crystal|Grand Prix|Grand Jury)\b"
)
# Whose name is no maker's: a place's, a title's own ("The Orchard Keeper's Son", "Grandma
# Ising's Boat", "St Hild's Hall") or a body's ("Cannes Critics' Week", "Aba Women's War")
_PLACE_WORD = re.compile(r"\b(?:City|Town|Island|Islands|Street|Road|Valley|Hall|School)$")
_NOT_A_MAKER = re.compile(
    r"^(?i:grandma|grandpa|granny|uncle|aunt|auntie|dona|doña|don|dom|mr|mrs|ms|miss|st|saint|"
    r"lola|lolo|mama|papa|baba|mother|father|sister|brother|king|queen|prince|princess|lady|"
    r"lord|captain|doctor|dr|señor|señora|madame|monsieur)\.?\s"
    r"|\s(?i:critics|women|men|artists|children|people|workers|friends|keeper|keepers)$"
)


_SOURCE_BEFORE = re.compile(
    r"\b(?i:adaptation|adapted|based|version|remake|retelling|reimagining)\s+(?:of|from|on)\s+"
    r"(?:(?i:the|a)\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?i:novel|manga|book|play|story|comic)\s+(?:by\s+)?)?$"
)
_CAST_TALK = re.compile(r"\b(?:as|plays|played|playing)[ \t]+\p{Lu}")


def _makers_films(body: str) -> list[str]:
    """Titles a person's possessive names, where the person's name has two words at least and
    the title reads as no place, tongue, prize, company or part ("Hayao Miyazaki's Ponyo in
    the drowned streets"; not "Carlos Saura's Cría cuervos" cut at its first word, nor "Tom
    Hardy's Max", whom the text names again and again)."""
    found = []
    festivals = _festival_words(body)
    # (overlapped: "Tom Berg's Salt Lantern and Mara Liepa's Kestrel" names two)
    for match in _OWNED_TITLE.finditer(body, overlapped=True):
        maker, title = names.clean_name(match["maker"]), names.clean_name(match["title"])
        if len(maker.split()) < 2 or not title or not names.looks_like_person(maker):
            continue
        if normalise.country_of(maker) or _PLACE_WORD.search(maker) or _NOT_A_MAKER.search(maker):
            continue  # "South Korea's Seven Bells", "Mexico City's Anima Latina"
        if re.search(r"\b(?i:the|a)[ \t]+$", body[max(0, match.start() - 4) : match.start()]):
            continue  # "The Cartographer's Daughter": a title's own possessive
        if _SOURCE_BEFORE.search(body, max(0, match.start() - 40), match.start()):
            continue  # "the anime adaptation of Tatsuki Fujimoto's Chainsaw Man": the author's
        head, joined, tail = title.partition(" and ")
        if joined and (names.looks_like_person(tail) or names.looks_like_organization(tail)):
            title = head  # "Paterson and Inês Valadares' ...": the title, then someone else
        parts = [part for part in re.split(r"[-/]", title) if part]
        tongue = all(
            normalise.country_of(p) or normalise.language_names().get(p.lower()) for p in parts
        )
        if tongue or _NO_OWNED_TITLE.search(title) or unlikely_title(title):
            continue
        if names.looks_like_organization(title) or _NOT_A_MAKER.match(f"{title} "):
            continue  # (nor a part: "Dapo Sanni's Uncle Bayo")
        person = names.looks_like_person(title) and not reads_as_words(title)
        if person or _mostly_a_place(maker, body) or slugify(maker) in festivals:
            continue  # "Clive Owen's Dalton Russell"; "San Sebastián's Horizontes Latinos"
        end = match.start("title") + match["title"].find(title) + len(title)
        rest = body[end if title in match["title"] else match.end("title") :]
        if re.match(r"['’]s?\s", rest):
            continue  # "No Man" of "Danis Tanović's No Man's Land"
        if " " not in title and not _one_word_title(title, rest, body):
            continue
        paragraph = body[body.rfind("\n\n", 0, match.start()) + 1 : match.start()]
        if (" " not in title or names.looks_like_person(title)) and _CAST_TALK.search(paragraph):
            continue  # "Udo Kier as Michael ... Thomas Aquino's Pacote": an actor's part
        found.append(title)
    return found


_ENGLISH_SMALL = frozenset("and or in on at to a an with for of the by from".split())


def _one_word_title(title: str, rest: str, body: str) -> bool:
    """Whether a one-word name after a maker's possessive is a title: not a word that
    qualifies the next ("Jonathan Glazer's Auschwitz drama"), nor cut before a comma ("Paris,
    Texas"), nor a place, nor a part the text names again and again ("Shinya Tsukamoto's
    Tetsuo" in a review of Akira)."""
    after = re.match(r"[ \t]+(\p{Ll}[\p{L}'’-]*)", rest)
    if after and (not _SMALL_TITLE_WORD.fullmatch(after[1]) or after[1] not in _ENGLISH_SMALL):
        return False  # (nor "Raúl de la Torre's Crónica de una señora", in sentence case)
    if re.match(r",[ \t]*\p{Lu}", rest) or _mostly_a_place(title, body):
        return False
    return sum(1 for _ in title_pattern(title).finditer(body)) < 3


_DIRECTOR_ASIDE = re.compile(r"\b(?:director|directed by|filmmaker)\b")
_FILM_THEN_PLACE = re.compile(r"\s+(?:in|at|on|to|for|with|across)\s+\p{Lu}.*")


# A festival's name: its capitalised words, then "Festival"
_FESTIVAL_NAME = re.compile(r"(?P<words>(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,8})Festival\b")


def _festival_words(body: str) -> set[str]:
    """Every run of words a festival's name writes up to three words before its "Festival":
    "tallinn", "black-nights", "tallinn-black-nights" of the Tallinn Black Nights Film
    Festival.

    >>> sorted(_festival_words("the 28th Tallinn Black Nights Film Festival"))
    ['black', 'black-nights', 'nights', 'tallinn', 'tallinn-black', 'tallinn-black-nights']
    """
    found = set()
    for match in _FESTIVAL_NAME.finditer(body):
        words = match["words"].split()
        while words and words[-1] in ("International", "Film", "Documentary", "Animation"):
            words.pop()  # the festival's kind, not its name
        for first in range(len(words)):
            for last in range(max(first, len(words) - 4), len(words)):
                found.add(slugify(" ".join(words[first : last + 1])))
    return found


@functools.lru_cache(maxsize=8)
def _award_words(body: str) -> frozenset[str]:
    """The names of "<Name> Award(s)" as the body writes them: "annie", "bafta"."""
    return frozenset(slugify(m[1]) for m in _AWARD_NAME.finditer(body))


_AWARD_NAME = re.compile(r"\b(\p{Lu}[\p{L}-]*)[ \t]+Awards?\b")


@functools.lru_cache(maxsize=8)
def _film_like(body: str) -> dict[str, tuple[str, int, bool]]:
    """Titles the body says film things of (opens, grosses, is directed ...), by slug: the
    name as first written, how often, and whether a phrase types it ("X, a drama", "X, which
    won")."""
    found: dict[str, tuple[str, int, bool]] = {}
    appositions = (_TYPED_IN_APPOSITION, _POSSESSIVE_TITLE_BY, _RATED_LINE, _BEST_FILM)
    for pattern in (_DOES_WHAT_FILMS_DO, _DONE_TO_FILMS, _TITLE_IN_ITS_SCRIPT, *appositions):
        if pattern is _BEST_FILM and not _BEST_CUE.search(body):
            continue  # a title first, then its cue: looked for only where the cue is
        for match in pattern.finditer(body):
            name = _full_title(body, match)
            # (a winner, not "Whale Song" of "Dana Whitcombe's Whale Song for Ezra")
            # (a country's winner is one: "Egypt's Hany Mourad for The Salt Carriers")
            at = body.rfind(name, 0, match.end())
            owner = re.search(r"(\p{L}+)['’]s\s+$", body[max(0, at - 40) : max(at, 0)])
            owned = owner is not None and not normalise.country_of(owner[1])
            name = (None if owned else title_after_winner(name)) or name
            first, count, typed = found.get(slugify(name), (name, 0, False))
            typed = typed or pattern in appositions or bool(match.groupdict().get("which"))
            # "Winter Sparrow (겨울 참새)": words of everyday English, no "Bae Seung-ho (배승호)"
            typed = typed or (pattern is _TITLE_IN_ITS_SCRIPT and reads_as_words(name))
            # "Yaz Yağmuru, from director Emre Aksoy, was nominated": the aside says film
            typed = typed or bool(_DIRECTOR_ASIDE.search(match.groupdict().get("aside") or ""))
            found[slugify(name)] = (first, count + 1, typed)
    return found


def title_after_winner(
    name: str, is_person: Callable[[str], bool] = names.looks_like_person
) -> str | None:
    """The title in "Wanjiru Kamau for The Ferry at Mbita" ("went to X for T, a Kenyan
    drama"), "Best Director to Ana Ruiz for Kra" or "Best Director for T": a winner, then the
    film. `is_person` says whether the winner names a person (by default a guess from the
    name alone, so callers rule out a title a possessive owns: "Dana Whitcombe's Whale Song
    for Ezra").

    >>> title_after_winner("Wanjiru Kamau for The Ferry at Mbita")
    'The Ferry at Mbita'
    >>> title_after_winner("Whale Song for Ezra", is_person=lambda name: False) is None
    True
    """
    winner, joined, title = name.rpartition(" for ")
    winner = winner.rsplit(" to ", 1)[-1]
    if not joined or not title[:1].isupper() or "'" in winner or "’" in winner:
        return None
    return title if winner.startswith("Best ") or is_person(winner) else None


def reads_as_words(title: str) -> bool:
    """A title of two words or more, one of them everyday English and none a name's
    hyphenated part: "Winter Sparrow", not "Takeshi Kitano" nor "Song Kang-ho"."""
    words = title.split()
    return (
        len(words) >= 2
        and not any(re.search(r"\p{L}-\p{Ll}", word) for word in words)
        and any(casing.zipf(word.lower()) >= _EVERYDAY_WORD for word in words)
    )


_EVERYDAY_WORD = 4.5  # Zipf: "winter", "salt", "tunnel"; names mostly sit lower


@functools.lru_cache(maxsize=8)
def _typed_films(body: str) -> frozenset[str]:
    return frozenset(
        slugify(name)
        for pattern in (_TYPED_FILM, _TITLE_YEAR, _FOLLOWED_UP_WITH)
        for name in _titles(pattern, body)
    )


# Another film the text types by its tie to the page's, between commas: "Its 2009 sequel, The
# Harrow Line: Terminus, directed by ..."
_SEQUEL_COMMA_TITLE = re.compile(
    r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa])[ \t]+(?:(?:19|20)\d\d[ \t]+)?"
    r"(?:sequel|prequel|remake|follow-up|spin-off|spinoff),[ \t]+"
    rf"(?P<title>{names.TITLE}(?::[ \t]+{names.TITLE})?),"
)
# A maker's next work, after the page's: "Gowariker followed this up with Swades in 2004"
_FOLLOWED_UP_WITH = re.compile(
    r"\b(?i:followed)[ \t]+(?i:this|it|that|them)[ \t]+(?i:up)[ \t]+(?i:with)[ \t]+"
    rf"(?P<title>{names.TITLE})"
)


@functools.lru_cache(maxsize=32)
def _titles(pattern: re.Pattern[str], body: str) -> tuple[str, ...]:
    """The `title` group of each match in the body, cleaned: several steps ask for the same
    ones, and scanning the body is the cost."""
    return tuple(_full_title(body, match) for match in pattern.finditer(body))


def _viewed_at(body: str, at: int) -> int:
    """How long the poster's verb is that opens a line at `at`, before the film it names:
    "Rewatched The Salesman (2016) last night" (0 where there is none)."""
    if at and body[at - 1] != "\n":
        return 0
    viewed = _VIEWED.match(body, at)
    return viewed.end() - at if viewed else 0


def _full_title(body: str, match: re.Match[str]) -> str:
    """The `title` group, cleaned, with the subtitle after its colon: "the Japanese anime
    Kaiju Kōen: Final Act opened" names "Kaiju Kōen: Final Act"."""
    title = match["title"][_viewed_at(body, match.start("title")) :]
    subtitle = _SUBTITLE.match(body, match.end("title"))
    if subtitle:
        title += subtitle.group()
    else:  # "My Hero Academia: You're Next, released by Toho": the title began before its colon
        head = _HEAD_BEFORE.search(body, max(0, match.start("title") - 100), match.start("title"))
        # not "Golden Ibex: Wintergast", a prize; nor "REPERTORY: Wintergast", a slot
        slot = head and SLOT_LABEL.fullmatch(head.group().rstrip(" \t:"))
        slot = slot or (head and _PROGRAMME_PART.fullmatch(head.group().rstrip(" \t:")))
        # (nor "since October: Copper Tide", a clause's last word)
        slot = slot or (head and re.fullmatch(normalise.MONTHS, head.group().rstrip(" \t:")))
        # (nor "A note on Perfect Days: Kōji Yakusho won", what a note is about, then its text)
        about = head and _NOTE_ON.search(body, max(0, head.start() - 30), head.start())
        if head and not _PRIZE_WORD.search(head.group()) and not slot and not about:
            title = head.group() + title
    # (not where it was done: "which also distributed Parasite in the United States", where
    # the text names "Parasite" alone elsewhere; "Made in Bangladesh" stays whole)
    place = _IN_A_COUNTRY.search(title)
    if place and normalise.country_of(place["country"]):
        head = title[: place.start()]
        alone = re.compile(rf"(?<![\p{{L}}\d]){re.escape(head)}(?![\p{{L}}\d]|[ \t]+in\b)")
        title = head if alone.search(body) else title
    return names.clean_name(title)


_IN_A_COUNTRY = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<country>\p{Lu}[\p{L} ]+)$")


def _credit_words(name: str) -> bool:
    """ "Directed", "Shot", "Original Music": a credit's words before "by", not a title."""
    words = name.split()
    if len(words) == 1 and not names.is_rare(words[0]):
        return True
    first = words[0].lower()
    participle = first.endswith(("ed", "en")) and not names.is_rare(first)
    label = CREDIT_LABEL.fullmatch(name) or _LABEL_WORDS.fullmatch(name)
    return bool(participle or label or first in ("shot", "cut", "made", "music", "words"))


_TITLE_PLACE_YEAR = re.compile(
    rf"(?P<title>{names.TITLE})[ \t]+"
    r"\((?P<place>\p{Lu}[\p{L} /.,-]{1,40}?)[ \t]+(?:19|20)\d\d\b"
)
# A film in a diary's or a festival report's prose: the slot it fills in the day, its maker
# after "from" or "by" as the entry opens, or its maker before it and "his third film" after.
_DIARY_FILM = re.compile(
    r"\b(?i:opening|closing|first|last|next|final|second|third|late|midnight)[ \t]+"
    r"(?i:film|feature|movie|screening|gala)[ \t]+(?:of[ \t]+the[ \t]+(?:day|night)[ \t]+)?"
    rf"(?:was|is)[ \t]+(?P<title>{names.TITLE})(?P<maker>)"
    r"|(?:(?<=(?m:^))|(?<=[.!?][ \t])|(?<=[.!?][ \t]{2}))[ \t]*"
    r"(?:(?:Then|First|Next|And then|Finally|Also|Plus),?[ \t]+)?"
    rf"(?P<title>{names.TITLE})(?:[ \t]+\([^()\n]{{1,60}}\))?,?[ \t]+(?:from|by)[ \t]+"
    rf"(?P<maker>{names.NAME})(?=[.:;]|,[ \t]+\p{{Ll}})"
    rf"|(?P<title>{names.TITLE})(?:[ \t]+\([^()\n]{{1,60}}\))?[ \t]+is[ \t]+the[ \t]+"
    rf"(?:new|latest)[ \t]+(?:one|film|feature)[ \t]+from[ \t]+(?P<maker>{names.NAME})"
    rf"|(?P<maker>{names.NAME})['’]s[ \t]+(?P<title>{names.TITLE}),[ \t]+(?:his|her|their)[ \t]+"
    r"(?:\p{Ll}+[ \t]+){0,2}(?:film|feature)\b"
)
_SUBTITLE = re.compile(rf":[ \t]+{names.TITLE}")
_NOTE_ON = re.compile(r"\b(?i:a[ \t]+(?:note|word|footnote)[ \t]+(?:on|about))[ \t]+$")
_HEAD_BEFORE = re.compile(rf"(?<![\p{{L}}\p{{N}}]){names.TITLE}:[ \t]+$")


def _films_own_site(publisher: str, title: str) -> bool:
    """The film's own site, whose publisher is the film: "The Saltmarsh Choir (official
    site)", under "FAQ | The Saltmarsh Choir – Official Film Site"."""
    return _OWN_SITE.search(publisher) is not None or _OWN_SITE.search(title or "") is not None


_OWN_SITE = re.compile(r"(?i)\bofficial[ \t]+(?:film[ \t]+|movie[ \t]+)?(?:web)?site\b")


def publisher_name(publisher: str | None) -> str:
    """The publisher's name without what the header says of it: "Cinema de Calçada — a film
    blog from Rio", "Crumbs on the Sofa (family blog)".

    >>> publisher_name("Cinema de Calçada — a film blog from Rio")
    'Cinema de Calçada'
    """
    name = _TRAILING_BRACKET.sub("", publisher or "")
    return _PUBLISHER_NOTE.sub("", name).strip()


# a masthead's line under its name: "The official newsletter of the 42nd ... Festival", "Issue 5"
_MASTHEAD_NOTE = re.compile(
    r"(?i:the[ \t]+)?(?i:official[ \t]+)?(?i:(?:daily|weekly|monthly|members['’]?)[ \t]+)?"
    r"(?i:newsletter|magazine|bulletin|journal|newspaper|gazette|digest|e-newsletter)[ \t]+of\b"
)


@functools.lru_cache(maxsize=256)
def masthead(body: str) -> str:
    """The name a newsletter prints over its issue, on one of the body's first lines, where
    the next says what it is ("LNIFF DAILY", then "The official newsletter of ..."); "" for
    none. Like the publisher, it is no film and heads no section.

    >>> masthead("LNIFF DAILY\\nThe official newsletter of the Lago Norte Festival\\n\\nText.")
    'LNIFF DAILY'
    """
    lines = [line.strip() for line in body.lstrip().split("\n", 4)[:4]]
    for line, below in itertools.pairwise(lines):
        if line and len(line) <= 40 and _MASTHEAD_NOTE.match(below):
            return line
    return ""


def _initials(name: str) -> str:
    """ "KFDB" of "Korean Film Data Bank": the capitals a name is shortened to."""
    capitals = [word[0] for word in name.split() if word[:1].isupper()]
    return "".join(capitals) if len(capitals) >= 2 else ""


_KEY_AFTER = re.compile(r"(?:[ \t]+\p{Ll}+){0,2}[ \t]+\.{2,}[ \t]")
_PUBLISHER_NOTE = re.compile(r"\s+[—–|·-]\s+[^\n]*$")


# an anniversary's headline: "Ten years of Winter Sleep", "20 Years On: Spirited Away"
_YEARS_COUNT = (
    r"(?i:\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|"
    r"a hundred)"
)
# A showing of a film as an event: "The Lantern Keeper's Daughter in Concert", "X Sing-Along"
_FILM_EVENT = re.compile(
    r"(?P<title>\p{Lu}.*?)[ \t]+"
    r"(?i:(?:live[ \t]+)?in[ \t]+concert|live[ \t]+to[ \t]+(?:film|picture)|sing-?a-?long)"
)
# ... or its age after it: "Rafiki at Five: Pink Hair, Cannes and a Ban", "Amélie turns 20"
_ANNIVERSARY = re.compile(
    rf"{_YEARS_COUNT}[ \t]+(?i:years)[ \t]+(?i:of|on|since|after|with)[ \t]*:?[ \t]+"
    r"(?P<title>\p{Lu}.*)"
    rf"|(?P<title>\p{{Lu}}.*?)[ \t]+(?i:at|turns)[ \t]+{_YEARS_COUNT}(?::[ \t].*)?\Z"
)


# A name in quotes of any tongue's kind: "X", “X”, „X“, „X", «X»
# (not a pull quote, its speaker after a colon: '"A marimba that sounds like rain": Inés
# Altamirano on scoring ...')
_ANY_QUOTED = re.compile(
    r"[\"“„«‹](?P<title>\p{Lu}[^\"“”„«»‹›\n]{1,80}?)[\"”“»›]"
    rf"(?!\s*:\s+{names.NAME}\s+(?:on|talks|says|explains|recalls)\b)"
)
# An interview's headline: "Inés Altamirano on scoring La hora de los zanates"
_ON_MAKING_TITLE = re.compile(
    rf"{names.NAME}[ \t]+on[ \t]+(?:scoring|making|shooting|writing|directing|editing|cutting|"
    r"animating|designing|producing|casting)[ \t]+(?P<title>\p{Lu}[^\n|:]{1,80}?)[ \t]*"
    r"(?:$|[|]|:[ \t])"  # (or the guest's words after a colon)
)
# What a show's host says before its name
_SHOWS_OWN_NAME = re.compile(
    rf"(?i:welcome back to|you['’]re (?:listening to|watching))[ \t]+(?P<name>{names.TITLE})"
)
# A show's or a column's pick, then its title: "Our film of the week is X", "... film of the
# month isn't a blockbuster. It's a documentary from Estonia ...: X, in Estonian ..."
_FILM_OF_THE_WEEK = re.compile(
    r"(?i:(?:film|movie|pick|choice|documentary)\s+of\s+the\s+(?:week|month|fortnight))\b"
    r"(?:[ \t]+(?i:is)[ \t]+|[^\n]{0,300}?:[ \t]+)"
    r"(?P<title>\p{Lu}[^\n,.;:!?()]{1,60}?)(?=\s*[,.;!?(]|\s*$)"
)


_AFTER_A_NUMBER = re.compile(r"\d[ \t\u00a0]?\Z")
_SPEAKER_QUOTED = re.compile(r"[ \t]*(?P<who>[^:|\n\"“«]{3,60}?)[ \t]*:[ \t]*[\"“«„]")


def _guest_quoted(headline: str) -> re.Match[str] | None:
    """An interview's headline that quotes its guest ('Itziar Garmendia Olano: "El mar no
    borra las casas ..."'): the guest is no film, and neither are the words quoted."""
    speaker = _SPEAKER_QUOTED.match(headline)
    return speaker if speaker and names.looks_like_person(speaker["who"]) else None


# who sends an email: "From: Kinora Club <club@kinora-mail.co.uk>"
_MAIL_SENDER = re.compile(r"(?m)^From:[ \t]+(?P<who>[^<>\n]{2,60}?)[ \t]*<[^<>@\s]+@[^<>\s]+>")
# who took a picture: "(Photo by Camille Duret/Lumière Press Images)", "Credit: Ana Ruiz/AFP"
_PHOTO_CREDIT = re.compile(
    r"\b(?:(?:Photo|Photograph|Picture)s?[ \t]+(?:by|credit:)|(?:Photo|Credit|Foto)[ \t]*:)[ \t]+"
    rf"(?P<who>{names.NAME})[ \t]*(?:/|\)|$)",
    flags=re.MULTILINE,
)
# a social post's page title names who posted it: 'Adaeze Okonkwo-Bello on X: "..."', or
# on the site whose page it is ('Priya Ramaswamy on Linkframe: "Still buzzing ..."')
_POSTER = re.compile(r"(?P<who>[^:|\n\"“]{3,60}?)[ \t]+on[ \t]+(?P<site>[^:|\n\"“]{1,40}?)[ \t]*:")
_SOCIAL_SITES = frozenset(
    "x twitter instagram threads bluesky facebook tiktok mastodon linkedin".split()
)
# a post's tools and counts, a row of their own: "Like · Reply · 31", "Like | Share"
_POST_TOOL = r"(?:(?i:like|reply|share|comment|repost|send|report|save)\b|\d[\d,.]*k?)"
_POST_TOOLS = re.compile(rf"(?m)^[ \t]*{_POST_TOOL}(?:[ \t]*[·|•][ \t]*{_POST_TOOL})+[ \t]*$")


# a game made from the film, and the film: "Skyhook: Sky Runners is the official game of
# SKYHOOK", or a game's page title with its console: "Skyhook: Sky Runners (Nintendo Switch)"
_GAME_OF = re.compile(
    r"(?m:^|(?<=[.!?][ \t]))(?P<game>\p{Lu}[^.!?\n]{1,80}?)[ \t]+is[ \t]+(?:the|an?)[ \t]+"
    r"(?:official[ \t]+)?(?:video[ \t]*)?game[ \t]+(?:of|based[ \t]+on)[ \t]+"
    rf"(?:the[ \t]+(?:film|movie)[ \t]+)?(?P<film>{names.TITLE})"
)
# a box of a maker's films, named in its page title: "Three Films by Sigrun Halvorsen"
_N_FILMS_BY = r"\b(?i:two|three|four|five|six|\d{1,2})[ \t]+(?i:films|features)[ \t]+by[ \t]+"
_FILMS_BY = re.compile(rf"{_N_FILMS_BY}(?P<who>{names.NAME})")
_ON_CONSOLE = re.compile(
    r"(?:^|(?<=\|[ \t]))(?P<game>[^|()\n]+?)[ \t]+\((?:Nintendo[ \t]+Switch\w*|PS[45]|"
    r"PlayStation[ \t]+\d|Xbox[^()\n]{0,20}|PC|Steam)\)"
)


# a co-production's partner named after it: "in Koproduktion mit", "in co-production with"
_COPRODUCED_WITH = re.compile(
    r"\b(?i:ko|co)-?produ[ck]ti[oe]n\w*[ \t]+(?i:mit|with|avec|con|met|med)[ \t]+[^\n.;]{1,60}"
)


# A prize's category before a colon: "BEST FILM: Tündük", "Audience Award: Copper Tide"
_PRIZE_HEAD = re.compile(r"^(?i:best)\b|\b(?i:awards?|prizes?)$")
# The words before a place that ends a title: "The Seventh Door of Shubra"
_TITLE_PLACE_AFTER = ("of", "in", "from", "at", "over", "under", "yfir", "undir")


@functools.cache
def _quoted_film_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns of the rules that type a quoted title as a film by the film word beside
    it (patterns.toml), found once: the film's choice trusts what they match."""
    wanted = ("type-film-word-then-quoted-title", "type-quoted-title-then-film-word")
    return tuple(rule.pattern for rule in rules.load_rules() if rule.id in wanted)


def score_films(
    article: Article, sentences: list[Span]
) -> tuple[Counter[str], dict[str, Counter[str]], tuple[tuple[str, int], ...]]:
    """Each candidate title's score (by slug), the forms it was written in, and the parts of
    the page title the body writes."""
    body = article.body
    scores: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    tools = [m.span() for m in _POST_TOOLS.finditer(body)]
    for sentence in sentences:
        if any(start <= sentence.start < end for start, end in tools):
            continue  # "Like · Reply · 31": a post's buttons, no title
        for match in names.TITLE_RE.finditer(sentence.text):
            if _KEY_AFTER.match(sentence.text, match.end()):
                continue  # "Box office .... MX$ 48 millones": a key and its value
            if sentence.text.startswith("$", match.end()):
                continue  # "NT$300", "HK$ 12": a currency's mark, no title
            if _CURRENCY_CODE_BEFORE.match(sentence.text, match.start()):
                continue  # "KES 15,000": a currency's code before its sum, no title
            after = _AFTER_A_NUMBER.search(sentence.text, max(0, match.start() - 2), match.start())
            if len(match.group()) <= 3 and after:
                continue  # "150 Kč", "90 Min": a unit after its number, no title
            if sentence.text[max(0, match.start() - 1) : match.start()] == "@":
                continue  # "@AdaezeMakesFilms": a poster's handle, no title
            if sentence.text.startswith("_", match.end()):
                continue  # "LPI_20250518_0412": a picture's number, no title
            name = names.clean_name(match.group())
            head, colon, rest = name.partition(": ")
            if colon and (
                _TITLE_LABEL_WORD.fullmatch(head)
                or _THREAD_LABEL.fullmatch(head)
                or SLOT_LABEL.fullmatch(head)
                or _PROGRAMME_PART.fullmatch(head)
                or _PAGE_KIND.fullmatch(head)
                or _filed_under(head, body)
                or re.fullmatch(normalise.MONTHS, head)  # "... since October: Copper Tide"
                or _PRIZE_HEAD.search(head)  # "BEST FILM: Tündük", a winners' line
            ):
                name = rest  # "Film: Chaakara", a label and its title
            key = slugify(name)
            if unlikely_title(name):
                continue
            forms.setdefault(key, Counter())[name] += 1
    # Only the names used most are counted against the whole body: that keeps this linear.
    # Ties go to a name the page title also writes, then to a name of several words.
    headline = slugify(article.title)
    frequent = sorted(
        forms,
        key=lambda k: (-sum(forms[k].values()), k not in headline, "-" not in k, k),
    )[:MAX_CANDIDATES]
    written = {variants.most_common(1)[0][0] for variants in forms.values()}
    forms = {key: forms[key] for key in frequent}
    head, colon, rest = (article.title or "").partition(": ")
    if colon and _RETROSPECTIVE.search(rest):
        forms.pop(slugify(head), None)  # "Ghosts of Recife: the cinema of ...": its name
    for match in _POSSESSIVE_TITLE.finditer(article.title):
        # "My Father's Dragon", "Howl's Moving Castle": only trusted when the header names it.
        name = names.clean_name(match.group())
        owner = re.split(r"['’]s\s", name)[0]
        if " " not in owner and _mostly_a_place(owner, body):
            continue  # "Rotterdam's Tiger strand": a place's, not a title
        forms.setdefault(slugify(name), Counter())[name] += 1
    for name in _titles(_POSSESSIVE_TITLE_BY, body):  # "Mireille's Lighthouse, a short by X"
        forms.setdefault(slugify(name), Counter())[name] += 1
    for name in _titles(_POSSESSIVE_TITLE_LEAD, body):
        # "Hoshi's Lantern (original title: ...) runs", "Hoshi's Lantern — Japan, 2024"
        forms.setdefault(slugify(name), Counter())[name] += 1
    from_header = _header_titles(article.title, body, article.publisher)
    header_keys = {slugify(name) for name, _ in from_header}
    for name, _ in from_header:  # "small hours. | New Currents | ...": lower case, still the title
        forms.setdefault(slugify(name), Counter())[name] += 1
    for match in _COLON_TITLE.finditer(body):  # "Orbital Garden: The Second Bloom"
        head = match["head"]
        label = _LABEL_WORDS.fullmatch(head) or _TITLE_LABEL_WORD.fullmatch(head)
        label = label or _WHERE_LABEL.fullmatch(head)  # "Where: Lumo+"
        prize = _PRIZE_WORD.search(head)  # "Golden Ibex: Wintergast", a winners' list line
        column = _filed_under(head, body)  # "Book vs. Film: X", filed under "Book vs. Film"
        column = column or _PAGE_KIND.fullmatch(head) is not None  # "Trivia: X"
        # (nor a clause's last word: "filling screens since October: Smoke Sauna Sisterhood")
        column = column or re.fullmatch(normalise.MONTHS, head) is not None
        if not (label or prize or column) and not normalise.language_names().get(head.lower()):
            name = names.clean_name(match.group())
            forms.setdefault(slugify(name), Counter())[name] += 1
    # "Ten years of Winter Sleep": a headline about the film, not a title
    anniversaries = [
        key
        for key, variants in forms.items()
        if (since := _ANNIVERSARY.match(variants.most_common(1)[0][0]))
        and slugify(since["title"]) in forms
    ]
    mentions = {key: _standalone_mentions(v.most_common(1)[0][0], body) for key, v in forms.items()}
    possessive = {key for key, v in forms.items() if re.search(r"['’]s ", v.most_common(1)[0][0])}
    for key, variants in forms.items():
        name = variants.most_common(1)[0][0]
        # "Marguerite" is also written inside each "Marguerite and the Salt Wind"
        # (and "Hoshi" and "Lantern" inside each "Hoshi's Lantern")
        inside = sum(
            n
            for other, n in mentions.items()
            if other.startswith((f"{key}-", f"{key}s-"))
            or (other.endswith(f"-{key}") and other in possessive)
            # ("Winemaker" inside each "The Winemaker's Silence")
            or (other in possessive and f"-{key}s-" in other)
            # "Shubra" inside each "The Seventh Door of Shubra": a place in the title
            # (and "Hvítá" inside each "Hrafnar yfir Hvítá", a river over which ravens fly)
            or other.endswith(tuple(f"-{word}-{key}" for word in _TITLE_PLACE_AFTER))
        )
        common = _is_common_word(name, body)
        if common and not _cased_mid_sentence(name, body):
            # "One more thing", "one thing I watched": never capitalised but where a sentence
            # opens, a word, whatever the count in any case says
            mentions[key] = 0
        scores[key] = min(max(mentions[key] - inside, 0), 6)
        if common:
            scores[key] -= 4  # "Four", "Death", "Animated": a capitalised word, not a title
    for name, bonus in from_header:
        scores[slugify(name)] += bonus  # a whole part of the page title, that the body writes
    for key, variants in forms.items():
        name = variants.most_common(1)[0][0]
        named = title_pattern(name).search(article.title)
        if named and not _within_longer_name(article.title, named):
            scores[key] += 2  # named inside the headline: a little, headlines name other things
        elif _short_form_in(article.title, name):
            scores[key] += 2  # "we finally showed the kids Totoro": a short form of the title
    paper = slugify(masthead(body))  # "LNIFF DAILY", a newsletter's name, or a word of it
    for key in [k for k in scores if paper and k in (paper, *paper.split("-"))]:
        del scores[key]
    partners = [m[0] for m in _COPRODUCED_WITH.finditer(body)]
    for key in [k for k in scores if k in forms and partners]:
        name = re.escape(forms[key].most_common(1)[0][0])
        if any(re.search(rf"(?<![\p{{L}}\d]){name}(?![\p{{L}}\d])", p) for p in partners):
            del scores[key]  # "in Koproduktion mit ZDF – Das kleine Fernsehspiel": a maker
    if article.publisher and not _films_own_site(article.publisher, article.title):
        # "Crumbs on the Sofa (family blog)" is the blog, not a film
        publisher = slugify(publisher_name(article.publisher))
        scores.pop(publisher, None)
        for key in [k for k in scores if "-" in k and publisher.startswith(f"{k}-")]:
            del scores[key]  # "Slow Cinema", the head of "Slow Cinema Review": the site
        for key in [k for k in scores if "-" in k and publisher.endswith(f"-{k}")]:
            del scores[key]  # "Riverbank Cinema", the Latin half of "河岸影城 Riverbank Cinema"
        # "Blue Pencil Winners" on "The Blue Pencil Screenplay Competition": the site's own
        # name, then what it gives or holds
        own = "-".join(publisher.removeprefix("the-").split("-")[:2])
        for key in [k for k in scores if own.count("-") == 1 and f"{k}-".startswith(f"{own}-")]:
            del scores[key]
    for line in _CRUMBS_FROM_HOME.findall(body):
        # "The Kildrummond Journal › Local Life › ..." under "... | The Kildrummond Journal":
        # the crumbs' first step, which the headline ends on, is the site's blog (with its
        # article or without: "The Wildmere Blog › New for 2025" under "... | Wildmere Blog")
        home = _CRUMB_STEP.split(line)[0].strip().removeprefix("The ")
        ends = rf"[|—–-][ \t]*(?:The[ \t]+)?{re.escape(home)}[ \t]*$"
        if home and re.search(ends, article.title or ""):
            scores.pop(slugify(home), None)
            scores.pop(slugify(f"The {home}"), None)
    for match in _PHOTO_CREDIT.finditer(body):  # "(Photo by Camille Duret/Lumière Press)"
        scores.pop(slugify(match["who"]), None)
    for match in _MAIL_SENDER.finditer(body):  # "From: Kinora Club <club@kinora-mail.co.uk>"
        scores.pop(slugify(match["who"]), None)
    poster = _POSTER.match(article.title or "")
    if poster and (
        poster["site"].lower() in _SOCIAL_SITES
        or slugify(poster["site"]) == slugify(article.publisher or "")
    ):  # 'Adaeze Okonkwo-Bello on X: "How we made ASO EBI FOR A FUNERAL ..."'
        scores.pop(slugify(poster["who"]), None)
    speaker = _guest_quoted(article.title or "")
    if speaker:  # 'Itziar Garmendia Olano: "El mar no borra las casas ..."': who speaks
        scores.pop(slugify(speaker["who"]), None)
    for key in anniversaries:
        scores.pop(key, None)
    for match in _SHOWS_OWN_NAME.finditer(body):
        # "Welcome back to The Reel Hour", "you're listening to Frame by Frame": the show
        show = slugify(names.clean_name(match["name"]))
        if show in scores:
            scores[show] -= 4
    first_line = next((s for s in sentences if s.text.strip()), None)
    if first_line is not None and len(first_line.text.split()) <= 8:
        heading = slugify(names.clean_name(first_line.text))
        if heading in scores:
            scores[heading] += 2  # a listing or an entry opens with the film's title

    def vouch(name: str, worth: int) -> None:
        """A candidate the body's shape vouches for, whatever its case (not "From the
        Philippines", opening "From the Philippines, X's romance")."""
        if unlikely_title(name):
            return
        forms.setdefault(slugify(name), Counter())[name] += 1
        scores[slugify(name)] += worth

    for key in [k for k in scores if k in forms]:
        event = _FILM_EVENT.fullmatch(forms[key].most_common(1)[0][0])
        if event:  # "The Lantern Keeper's Daughter in Concert": the film, played to live music
            vouch(event["title"], scores.pop(key))
    fragment = _fragment_then_it(sentences, body)
    if fragment and not unlikely_title(fragment) and not names.looks_like_person(fragment):
        vouch(fragment, 6)  # "Okay. The postwoman of Hoshino island. I have seen it twice"
    opening = _sentence_case_headline_title(article.title or "", body)
    if opening:  # "Zadnja burja odnesla štiri vesne", then "drami Zadnja burja režiserke"
        vouch(opening, 8)
    repeated = _heading_repeated_in_lead(sentences)
    if repeated:  # "El último alebrije", then "El último alebrije (English: ...) is a 2024 film"
        vouch(repeated, 6)
    for match in _GLOSSED_TYPED_FILM.finditer(body):
        # "Ljudet av is ("The Sound of Ice") is the documentary": a title in sentence case
        name = after_english_lead(names.clean_name(match["title"]))
        if match["mid"] is not None and not _LOWER_WORD.search(name):
            continue  # mid-sentence, only a title in its own tongue's case ("e" of "Dritaret e")
        if not names.looks_like_person(name) and not unlikely_title(name):
            vouch(name, 6)
    for match in _MAKERS_FILM_APPOSITIVE.finditer(body if not from_header else ""):
        # "MacLellan's short film, X, has been selected", under a headline that names no film
        vouch(names.clean_name(match["title"]), 6)
    for pattern in _quoted_film_patterns() if not body.isascii() else ():
        # "«Լռության տունը» ֆիլմը", "ছবি ‘শেষ ট্রাম’": quoted, and called a film, in a tongue
        # without capitals (no other quoted name in the headline, «Օսկար», is so called)
        for match in pattern.finditer(body):
            vouch(match["subj"].strip(), 4)
    for match in _TITLE_FIELD.finditer(body):
        # "TITLE ........ ostatni tramwaj.": the record says so ("Title: X [videorecording] =
        # Y": a library's record, its medium and parallel title no part of the title)
        vouch(_record_title(match["title"], body), 8)
    rated = _TITLE_OVER_RATING.match(body)
    if rated and not _NOT_A_FILM.search(rated["title"]):
        # "¿Quién anda ahí?" or "owambe: a love story" over "★★★★☆": a review's own title
        vouch(names.clean_name(rated["title"]) or rated["title"], 8)
    for sentence in sentences:
        # "CAIRO — 3 A.M. in Bab el-Khalq, Yasmin Abdel-Rahman's nocturnal portrait of ...,
        # was the big winner": a sentence that opens on a title, then says whose film it is
        opening = _TITLE_THEN_MAKERS_KIND.match(sentence.text)
        title = opening["title"].strip() if opening else ""
        # (every word in lower case a title's small word: not "From Chile comes Los Quiltros")
        small = all(
            w[:1].isupper() or w[:1].isdigit() or _SMALL_TITLE_WORD.fullmatch(w)
            for w in title.split()
        )
        # (in the lead: "Perfect Days, Wim Wenders's Tokyo drama" further on is an aside)
        lead = sentence.start < _LEAD_CHARS
        if opening and small and lead and not names.looks_like_person(title):
            vouch(title, 6)
    for match in _TITLE_THEN_NTH_FILM.finditer(body):
        # "Los 40 días de Rosalía, the second feature from Peruvian director X, follows":
        # a title in sentence case, said to be a film, and written again
        title = match["title"].strip()
        english = _ENGLISH_SMALL_WORD.search(title)  # "Released on 26 January 2024, the"
        plain = not english and not unlikely_title(title) and not names.looks_like_person(title)
        # (or once, in the lead: "Saltmarsh., the second feature from Scottish director X")
        lead_only = match.start() < _LEAD_CHARS and names.looks_like_person(title) is False
        if (_times_written(title, body) >= 2 or lead_only) and plain:
            vouch(title, 6)
            if title.endswith("."):  # its full stop is its own, before the comma: styled so
                forms[slugify(title)][title] += 2

    for name in _titles(_SENTENCE_CASE_GLOSSED, body):
        # "Los hijos del granizo (The Children of the Hail), the first feature by ...": a
        # title in its own tongue's case, glossed in English, and written again
        if _times_written(name, body) >= 2:
            vouch(name, 6)

    def vouch_unless_a_person(name: str, worth: int) -> None:
        if not names.looks_like_person(name):
            vouch(name, worth)

    for match in _TITLE_IS_NTH_FILM.finditer(body, 0, _LEAD_CHARS * 2):
        vouch_unless_a_person(match["title"].strip(), 6)
    typed_between_commas = set()
    for match in _KIND_COMMA_TITLE.finditer(body, 0, _LEAD_CHARS * 2):
        # (typed so, a name is the film's whatever it looks like, and a season is no maker's
        # programme: "feature film, Gannet Season, will shoot")
        name = match["title"]
        if not unlikely_title(name) or name.endswith(" Season"):
            forms.setdefault(slugify(name), Counter())[name] += 1
            scores[slugify(name)] += 8
            typed_between_commas.add(slugify(name))
    for match in _ANY_QUOTED.finditer(article.title or ""):
        # 'Pressemitteilung: „Die Stille nach dem Eis" ab 5. Juni', and the body quotes it so
        # too: the page's title, in sentence case as German and Spanish write titles
        title = match["title"].strip()
        if speaker and match.start() < speaker.end() and len(title.split()) >= 4:
            continue  # 'Itziar Garmendia Olano: "El mar no borra ..."': what a guest said
        if _said_in_person(title):
            continue  # '... on scoring X: "I wanted the choir to sound like weather"'
        if _BEFORE_LETTER.match(article.title or "", match.end()):
            continue  # '"You came, and you kept coming": a letter from X': X's own words
        quoted_in_body = re.search(rf"[\"“„«‹‘]{re.escape(title)}[\"”“»›’]", body)
        if quoted_in_body and not unlikely_title(title) and not names.looks_like_person(title):
            vouch(title, 8)
    interview = _ON_MAKING_TITLE.search(article.title or "")
    if interview and re.search(re.escape(interview["title"].strip()), body):
        vouch(interview["title"].strip(), 4)
    prefix = _headline_prefix_in_lower_case(article.title or "", body)
    if prefix:  # "how to make millions before grandma dies wrecked me", a post in lower case
        vouch(prefix, 8)
    for match in _SAID_LOWER_CASE.finditer(body):
        if not unlikely_title(match["title"].strip().rstrip(".")):
            vouch(match["title"].strip(), 8)  # "the harmattan ends." with its full stop
    for match in _THE_FILM_THAT_IS.finditer(body):
        # "the film that made me want to write about films is El Último Tranvía a Coyoacán"
        vouch_unless_a_person(match["title"], 4)
    for match in _TITLE_THEN_SEEN_IT.finditer(body):
        title = names.clean_name(match["title"])
        if not unlikely_title(title):
            vouch_unless_a_person(title, 6)
    for match in _WHAT_I_WATCHED.finditer(body):
        vouch_unless_a_person(names.clean_name(match["title"]), 6)
    for match in _FILM_OF_THE_WEEK.finditer(body):
        # "Our film of the week isn't a blockbuster. It's a documentary ...: Smoke Sauna
        # Sisterhood, in Estonian ...": a show's pick, named once, then "it" throughout
        vouch(match["title"].strip(), 8)  # (whatever it looks like: "Smoke Sauna Sisterhood")
    for match in _THE_FILM_IS_NAMED.finditer(body):
        vouch(names.clean_name(match["title"]), 6)  # (whatever it looks like: "O Vento da Serra")
    for match in _SET_UP_OF_NTH_FILM.finditer(body):
        # "That is the set-up of Mokpo Night Line: The Last Stop, the second feature from
        # director Yoon Ha-jin": a title, and which of its maker's films it is
        vouch_unless_a_person(match["title"], 4)
    for match in _NUMBERED_TYPED_FILM.finditer(body):
        vouch(names.clean_name(match["title"]), 6)
    for match in _TITLE_SPELLED_OUT.finditer(body):
        title = match["title"].strip(" ,")
        if not unlikely_title(title):
            vouch(title, 8)
    for match in _FINALLY_WATCHED.finditer(body):
        title = match["title"].strip()
        said = title.split()[0].lower() in names.PRONOUNS or FILM_ANAPHOR.match(title)
        # (a diary's line opens so on a film, whatever its name looks like: "El-Tram El-Akhir")
        person = names.looks_like_person(title) and not match["diary"]
        if not said and not unlikely_title(title) and not person:
            vouch(title, 4)
    for match in _IN_MAKERS_TITLE.finditer(body):
        title = names.clean_name(match["title"])
        maker = names.looks_like_person(match["maker"]) and not _MAKERS_WORDS.search(title)
        if maker and not unlikely_title(title) and not normalise.country_of(title):
            vouch(title, 4)
    for match in _MAKERS_LOWER_TITLE.finditer(body):
        # "Florencia Bustos' la siesta del puma received ...", and the same words again: a
        # title in lower case, as its maker styles it
        title = match["title"]
        if _times_written(title, body) >= 2 and not _MAKERS_WORDS.search(title):
            vouch(title, 6)
    for match in _HEADING_OVER_RECORD.finditer(body):
        # "MEKONG, 4 A.M.", its original title in brackets, then "Type ....... Documentary",
        # "Director ....... X": a record's own heading
        title = heading_title(match["title"])
        if title and not unlikely_title(title) and not names.looks_like_person(title):
            vouch(title, 6)
    for match in (
        *_TITLE_OVER_CREDIT_LINE.finditer(body),
        *_TITLE_OVER_CREDIT_BLOCK.finditer(body),
    ):
        title = match["title"].strip()
        label = CREDIT_LABEL.fullmatch(title) or _LABEL_WORDS.fullmatch(title)
        if not (label or unlikely_title(title) or _is_prose(title)):
            vouch(title, 8)
    lead = _MAKERS_KIND_TITLE.search(body, 0, _LEAD_CHARS) if _MAKERS_CUE.search(body) else None
    if lead and not unlikely_title(lead["title"]):
        # "DHAKA — Tanvir Ahmed Shuvo's river drama Ilisher Mausum (The Hilsa Season) was the
        # big winner": whose film, of what kind, in the lead
        vouch(names.clean_name(lead["title"]), 4)
    for match in _KIND_THEN_QUOTED.finditer(body):
        # 'Brazilian drama "Tudo Que o Rio Levou" (Everything the River Took) grossed', and
        # the same title again: a title in its language's case, quoted after its kind
        title = " ".join(match["title"].split())
        if _times_written(title, body) >= 2 and not unlikely_title(title):
            vouch(title, 4)
    for match in _KIND_THEN_GLOSSED_TITLE.finditer(body):
        title = match["title"]
        if not unlikely_title(title) and not names.looks_like_person(title):
            vouch(title, 6)
    for match in _LEAD_GLOSSED_TITLE.finditer(body):
        # "HO CHI MINH CITY — Bóng ma sông Hương (The Ghost of the Perfume River) has become":
        # a title in its language's case, glossed, that the body writes again
        title = match["title"]
        if _LOWER_WORD.search(title) and _times_written(title, body) >= 2:
            vouch(title, 6)
    for match in _GLOSSED_PREMIERED.finditer(body):
        # (whatever it looks like: "O Último Comboio de Benguela" has a person's particle)
        vouch(match["title"], 8)
    for match in _FILM_IS_GLOSSED.finditer(body):
        # "the film is yksitoista talvea (that's "eleven winters" for my non-finnish readers)"
        vouch(match["title"], 8)
    for match in _LOWER_CASE_TITLE_LINE.finditer(body):
        # "the last bus to ibadan (2024)" on a line of its own: a listing's title, in lower case
        vouch(match["title"], 6)
    for name in _titles(_TYPED_FILM, body):
        key = slugify(name)
        if key in scores:
            scores[key] += 5  # "X is a 2024 French animated film" says more than a headline
    for name in _titles(_TITLE_YEAR, body):
        key = slugify(name)
        if key in scores:
            scores[key] += 2  # "Your Name (2016)"
    for name in _titles(_FILM_THEN_TITLE, body):
        key = slugify(name)
        if key in scores:
            scores[key] += 2  # "the anime film Look Back"
    for match in _MAKERS_FILM.finditer(body):
        key = slugify(names.clean_name(match["title"]))
        if key in scores:
            scores[key] += 3  # "Mamoru Hosoda's Mirai film": a film, and its maker
    lead = next((sp.text for sp in sentences if _is_prose(sp.text)), "")
    for key, variants in forms.items():
        name = variants.most_common(1)[0][0]
        found = title_pattern(name).search(lead)
        if found and _is_common_word(name, body) and not _cased_mid_sentence(name, lead):
            found = None  # "one thing I watched", not the title "One"
        if found and _within_longer_name(lead, found):
            found = None  # "El Festival Internacional de Cortometrajes de Albarracín"
        if found:
            scores[key] += 2  # the first full sentence says what the text is about
            dateline = _LEAD_DATELINE.match(lead)
            if dateline and found.start() == dateline.end():
                scores[key] += 2  # ... the more so as its subject: "TOKYO — X pulled into"
    film_like = _film_like(body)
    for key, (_, count, _) in film_like.items():
        if key in scores:
            scores[key] += 2 * min(count, 3)  # "X opened third", "selected X", "X, a drama"
    for match in _STARRED_HEADING.finditer(body):
        title = heading_title(match.group())
        if title and slugify(title) in scores:
            scores[slugify(title)] += 3  # "COPPER SKY ★★★★☆": a review's heading
    for match in _PICKED_LINE.finditer(body):
        title = heading_title(match.group())  # "THIS WEEK'S PICK: KADATHUKAARAN (The Ferryman)"
        if title:
            forms.setdefault(slugify(title), Counter())[title] += 1
            scores[slugify(title)] += 6
    for name in _titles(_FILM_BEFORE_COLON, body):
        # "the film that ate the Eid box office: Balcony on Shubra Street", said once
        person = names.looks_like_person(name) and ", " not in name  # not "Chergui, Again"
        if not unlikely_title(name) and not person:
            forms.setdefault(slugify(name), Counter())[name] += 1
            scores[slugify(name)] += 5
            if ", " in name:  # its mentions, which the count of titles above cannot see
                scores[slugify(name)] += min(_standalone_mentions(name, body), 6)
    glosses_used = False
    for match in _GLOSS_LABEL.finditer(body):
        # "English title: Trolltind: The Last Winter": a gloss, the text goes by the original;
        # unless the text writes the gloss again ("English title", then "7 Winters in Tusheti"
        # twice in the prose, the original in Georgian script)
        gloss = names.clean_name(match["title"])
        if _standalone_mentions(gloss, body) > 1:
            glosses_used = True
            vouch(gloss, 4)
        elif slugify(gloss) in scores:
            scores[slugify(gloss)] -= 4
    for match in _OVER_ITS_OWN_SCRIPT.finditer(body):
        # "The Ninth Toast", then "მეცხრე სადღეგრძელო (Metskhre Sadghegrdzelo)": a listing's
        # title over its original, in the film's own script
        title = heading_title(match["title"]) or match["title"].strip()
        label = CREDIT_LABEL.fullmatch(title) or CREDIT_HEADING.fullmatch(title)
        label = label or _LABEL_WORDS.fullmatch(title) or _TITLE_LABEL_WORD.fullmatch(title)
        if not (label or unlikely_title(title) or _is_prose(title)):
            vouch(names.clean_name(title), 6)
    for match in _TITLE_LABEL.finditer(body):
        # "Film: Chaakara: The Mudbank" at the head of a review's credit block
        title = names.clean_name(_TRAILING_BRACKET.sub("", match["title"]))
        forms.setdefault(slugify(title), Counter())[title] += 1
        # ("Original title: Shūten Kitchen" under a page titled "The Last Train Kitchen": the
        # text goes by the page's title, the original is its gloss)
        original = bool(_ORIGINAL_LABEL.fullmatch(match["label"]))
        elsewhere = bool(header_keys) and slugify(title) not in header_keys
        elsewhere = elsewhere or (glosses_used and _standalone_mentions(title, body) <= 1)
        above = _LINE_ABOVE_ORIGINAL.search(body[: match.start()]) if original else None
        above_title = above and (heading_title(above["title"]) or above["title"].strip())
        # (a title with a colon only as a heading: "KUSI: THE GLASS CONDOR", not "Venue: X")
        named_above = above_title and (heading_title(above["title"]) or ":" not in above_title)
        named_above = named_above and not unlikely_title(above_title)
        named_above = named_above and not _PART_WORDS.fullmatch(above_title)  # "Ficha técnica"
        if named_above:
            # "the weight of salt", then "Original title | Nkyene Mu Duru": the entry goes
            # by the line above, and the original is its gloss
            forms.setdefault(slugify(above_title), Counter())[above_title] += 1
            scores[slugify(above_title)] += 6
        # (a sheet's label alone over its value, "Título original / Original title", then
        # the title: the sheet is the film's, and the text has no other name for it)
        sheet = "\n" in match.group().strip()
        scores[slugify(title)] += (
            2 if original and (elsewhere or named_above) else 8 if sheet else 6
        )
    asides = _aside_spans(body)
    for start, title in entry_headings(body).items():
        # "THE SALT ORCHARD", then "Portugal | 108 mins | Dir: ...": a programme's entry;
        # not one under "MORE LIKE THIS" or "PRECEDED BY", a film beside the page's own
        forms.setdefault(slugify(title), Counter())[title] += 1
        aside = any(begin <= start < end for begin, end in asides)
        scores[slugify(title)] += -4 if aside else 4
    for key in _section_values(body) & scores.keys():
        scores[key] -= 4  # "Section | New Nigerian Cinema": the programme's strand, no film
    for match in _MAKERS_TITLE_HEADING.finditer(body):
        # "1. Guillermo del Toro's Pinocchio (2022)": the title in full, maker and all
        title = match["title"]
        forms.setdefault(slugify(title), Counter())[title] += 1
        scores[slugify(title)] += 2
    not_film: Counter[str] = Counter()
    for pattern in (_PRIZE_TAKEN, _FIRST_WORD_OF_A_NAME):
        for match in pattern.finditer(body):
            not_film[slugify(names.clean_name(match["title"]))] += 1
    for key, count in not_film.items():
        # "took the Golden Lighthouse", "Busan International Film Festival", "Tiger Award"
        if key in scores and key not in film_like:
            scores[key] -= 3 * min(count, 2)
    people_said = (
        _CREDITED_NAME,
        _DESCRIBED_AS_PERSON,
        _ROLE_BEFORE_NAME,
        _NAME_BEFORE_SPEECH,
        _MAKERS_FILM,
        _MAKERS_WORK,
    )
    companies_said = (_NAME_OF_A_COMPANY, _COMPANY_THAT_OWNS)
    for pattern in (*people_said, _NAME_IN_BRACKETS, _NAME_CASTS, *companies_said):
        for match in pattern.finditer(body):
            person = names.clean_name(match["name"])
            if person.startswith("The "):
                continue  # "the neighbour in The Afternoon Sun is an actress": a title
            before = max(0, match.start() - 40)
            glossed = pattern is _NAME_IN_BRACKETS and _GLOSS_BEFORE.search(
                body, before, match.start()
            )
            if glossed and slugify(person) in header_keys:
                continue  # "14. Gintaro krantas (Amber Shore)": the headline's title, glossed
            before_bracket = body[before : match.start()].rstrip(" \t(")
            # (or one word the headline also writes: "Frost Line (Routaraja)" under "Arvio:
            # Routaraja on hiljainen ...", a sentence whose first word is the title)
            one_word_headline = " " not in person and re.search(
                # (alone: not "Leal" of "Joaquim Bettencourt Leal: The Island and the Tide")
                rf"(?<![\p{{L}}-]|\p{{Lu}}[\p{{L}}-]*[ ]){re.escape(person)}"
                r"(?![\p{L}-]|[ ]\p{Lu})",
                article.title or "",
            )
            if (
                (slugify(person) in header_keys or one_word_headline)
                and not person.isupper()  # (not "Toronto International Film Festival (TIFF)")
                and not names.looks_like_person(person)
                and not any(before_bracket.endswith(name) for name, _ in from_header)
            ):
                continue  # "Winter Birds (Vinterfåglarna)": the headline's title, glossed
            scores.pop(slugify(person), None)
            scores.pop(slugify(person.split()[-1]), None)  # and the surname alone
    for match in _PART_THEN_PLAYER.finditer(body):
        # "Rosalía (Teófila Mamani, a non-professional performer)": a part, who plays it
        if names.looks_like_person(match["player"]) and slugify(match["name"]) in scores:
            scores[slugify(match["name"])] -= 4
    for match in _maker_sayings(body):  # "Satoshi Kon directed only four films"
        maker = match["name"] or match["name2"] or match["name3"]
        if maker and names.looks_like_person(maker):
            scores.pop(slugify(names.clean_name(maker)), None)
            scores.pop(slugify(maker.split()[-1]), None)  # "Kore-eda", alone
    for key in list(scores):
        name = forms[key].most_common(1)[0][0]
        # (or two words: "his home in Addis Ababa", "in Addis Ababa cinemas")
        place = len(name.split()) <= 2 and not _ARTICLE_WORD.match(name)
        if (place and _mostly_a_place(name, body)) or _opens_a_dateline(name, body):
            del scores[key]  # "in Tokyo", "at Annecy", "NAIROBI — ": a place, not a title
    people = {
        k
        for k in scores
        if names.looks_like_person(name := forms[k].most_common(1)[0][0])
        and name.split()[0].lower() not in _NOT_A_FIRST_NAME  # "Without Akira" is no one
    }
    # ... and a full name written once, under the candidates counted: "Yosep Anggoro's
    # horror-drama", then "Anggoro did not write it"
    people |= {
        slugify(name)
        for name in written
        if " " in name
        and slugify(name).rsplit("-", 1)[-1] in scores
        and names.looks_like_person(name)
        and name.split()[0].lower() not in _NOT_A_FIRST_NAME
    }
    # "Arvio: Routaraja on hiljainen ...": the word a review's headline opens on, after its
    # label, is the film reviewed (not the surname of "Minulle Routaraja", "to me, Routaraja")
    opened = _REVIEW_LABEL_THEN.match(article.title or "")
    reviewed_first = slugify(opened["first"]) if opened else None
    for key in list(scores):
        # A lone surname of a full name also in the running is a person, not a title, unless
        # the page title gives it as a part of its own ("ROMA | ...", not "Colonia Roma").
        surname = any(p.endswith(f"-{key}") for p in people if p != key)
        # ... or a family name written first, as Korean names are: "Bae" of "Bae Jung-ho"
        surname = surname or any(
            _FAMILY_NAME_FIRST.fullmatch(forms[p].most_common(1)[0][0])
            for p in people
            if p in forms and p.startswith(f"{key}-")
        )
        one_word = " " not in forms[key].most_common(1)[0][0]  # "Kore-eda" is one word
        if one_word and surname and key not in header_keys and key != reviewed_first:
            del scores[key]
    for key in _festival_words(body) & set(scores):
        # "Black Nights 2024 wrap", "TALLINN —": of the Tallinn Black Nights Film Festival
        del scores[key]
    for key in [k for k in scores if k.endswith("s") and k[:-1] in _award_words(body)]:
        del scores[key]  # "the Annies", "the BAFTAs": the night of the Annie Awards
    kept = {slugify(name) for name in _titled_by_headline(article.title)} | typed_between_commas
    for key in [
        k
        for k in scores
        if k in forms and unlikely_title(forms[k].most_common(1)[0][0]) and k not in kept
    ]:
        del scores[key]  # "JANUARY DIARY, PART TWO", a heading: however it came in, no title
    for match in _FILMS_BY.finditer(article.title or ""):  # "Three Films by X": their maker
        scores.pop(slugify(match["who"]), None)
    games = [*_GAME_OF.finditer(body), *_ON_CONSOLE.finditer(article.title or "")]
    for match in games:  # a game's page: the game is no film, the film it was made from is
        scores.pop(slugify(names.clean_name(match["game"])), None)
        film = slugify(names.clean_name(match.groupdict().get("film") or ""))
        if film in scores:
            scores[film] += 3
    for key in sorted(scores, key=lambda k: -scores[k])[:3]:
        if key in scores:  # (not a half another whole took in)
            _behind_its_comma(key, body, scores, forms, article.title)
    return scores, forms, from_header


_FAMILY_NAME_FIRST = re.compile(r"\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}+-\p{Ll}+")


def _times_written(title: str, body: str) -> int:
    """How often the body writes the title as whole words, as cased; a line may break inside
    it ("Tudo Que\no Rio Levou")."""
    spaced = r"\s+".join(map(re.escape, title.split()))
    return len(re.findall(rf"(?<![\p{{L}}\p{{N}}]){spaced}(?![\p{{L}}\p{{N}}])", body))


def _behind_its_comma(
    key: str, body: str, scores: Counter[str], forms: dict, headline: str = ""
) -> None:
    """A title with a comma, read as two names: "Hora Cero", each time the body writes it
    after "Atacama, ", is the end of "Atacama, Hora Cero"; "Rumah Nenek", each time followed
    by ", Jam Tiga", is the start of "Rumah Nenek, Jam Tiga"."""
    name = forms[key].most_common(1)[0][0]
    written = [found for found in title_pattern(name).finditer(body) if found.group() == name]
    # (as written: not 'the "hora cero"' of the prose)
    heads = [_HEAD_BEFORE_COMMA.search(body, max(0, f.start() - 60), f.start()) for f in written]
    tails = [_TAIL_AFTER_COMMA.match(body, f.end()) for f in written]
    whole = ""
    for parts, group in ((heads, "head"), (tails, "tail")):
        present = [part for part in parts if part]
        if not present or len({part[group] for part in present}) != 1:
            continue
        other = present[0][group]
        joined = f"{other}, {name}" if group == "head" else f"{name}, {other}"
        headlined = joined in headline  # (then once in the body is enough, and names do)
        # ... or a heading of its own, which may also name the half alone elsewhere ("SALT
        # WIND, RED HARBOR (소금바람, 붉은 항구)", then "the novel Red Harbor")
        heading = re.search(rf"(?im)^[ \t]*{re.escape(joined)}[ \t]*(?:\([^\n]*\))?[ \t]*$", body)
        if len(present) < len(parts) and not heading:
            continue
        headlined = headlined or bool(heading)
        if other.isdigit() and not heading:
            continue  # "Zagora, 1977" alone on its line is a title; "Zagora, 1977," a date
        # (once is enough where the whole is what opens or premieres: "Station 9, After Rain
        # opened in Japanese cinemas")
        acts = group == "tail" and _FILM_VERB_AFTER.match(body, present[0].end()) is not None
        if unlikely_title(other) or (names.looks_like_person(other) and not headlined | acts):
            continue
        if len(parts) >= 2 or headlined or acts:
            whole = joined
    if not whole:
        return
    forms.setdefault(slugify(whole), Counter())[whole] += 1
    scores[slugify(whole)] += scores.pop(key)
    for part in list(scores):
        # ... and what was counted of its other half: "Dark" of "After Dark opened"
        if part != slugify(whole) and f"-{slugify(whole)}".endswith(f"-{part}"):
            scores[slugify(whole)] += scores.pop(part)


# the name right before a comma that ends where a title starts: "Atacama, " of "Atacama, Hora
# Cero" (a word that opens a sentence too: "See Atacama, Hora Cero.")
_HEAD_BEFORE_COMMA = re.compile(
    r"(?<![\p{L}'’-])(?P<head>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}),[ \t]\Z"
)
_FILM_VERB_AFTER = re.compile(
    r"[ \t]+(?:opened|opens|premiered|premieres|debuted|was released|grossed|is an?[ \t]+"
    r"(?:[\p{L}-]+[ \t]+){0,3}(?:film|movie|documentary))\b"
)
_TAIL_AFTER_COMMA = re.compile(
    r",[ \t](?P<tail>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}|(?:1[89]|20)\d\d(?!\d))"
    r"(?![\p{L}'’-]|[ \t]\p{Lu})"
)


_WORDS_BEFORE_MAKERS = re.compile(
    r"[ \t](?:in|on|of|about|for|with|and|from)[ \t]+\p{Lu}[\p{L}.'’ -]*['’]s[ \t]+\p{Lu}"
)
# a maker's possessive before a title that opens on its own article: "Miyazaki's The Boy and
# the Heron" credits the maker (unlike "Guillermo del Toro's Pinocchio", the title in full)
_MAKERS_BEFORE_ARTICLE = re.compile(r"\p{Lu}[\p{L}.'’ -]*['’]s[ \t]+(?:The|A|An)[ \t]+\p{Lu}")


def _choose_film(
    scores: Counter[str],
    forms: dict[str, Counter[str]],
    from_header: tuple[tuple[str, int], ...],
    body: str = "",
    title: str = "",
) -> Entity | None:
    if not scores:
        return None
    # a title first written in full, then by its head ("Raakh: The Burning Shore", then
    # "Raakh"): both forms count for the head
    best = max(sorted(scores), key=lambda k: (scores[k], len(k)))
    if scores[best] < 2:
        return None
    best = _glossed_by(best, scores, forms, body)
    for key, variants in forms.items():
        # "Box Office: 'Raakh' sets the weekend ablaze" over "Vikram Sethi's Raakh: The Burning
        # Shore has ...": the headline quotes the head of the title the body first writes in
        # full, and both forms count for it
        name = variants.most_common(1)[0][0]
        head, colon, _ = name.partition(": ")
        quoted = any(f"{o}{head}{c}" in title for o, c in ("''", "‘’", '""', "“”"))
        if not colon or not quoted or key not in scores or key == best:
            continue
        in_full = title_pattern(name).search(body)
        first = title_pattern(head).search(body) if in_full else None
        both = scores.get(slugify(head), 0) + scores[key]
        if first and first.start() == in_full.start() and both > scores[best]:
            return Entity(EntityKind.FILM, name)
    for name, _ in from_header:
        # "Pinocchio" inside "Guillermo del Toro's Pinocchio", "Your Name" in "Your Name.":
        # the page title's fuller form is the title; not "rewatching Atlantics" or
        # "Rewatch diary #7: Your Name", a headline's words around it
        if (
            _HEADLINE_AROUND.search(name)
            or _FRAME_AROUND_TITLE.match(name)  # "In the Footsteps of An Bád Bán"
            or _QUOTED.search(name)
            # 'Drehstart für „Wintergäste“', "এবার প্রেক্ষাগৃহে ‘শেষ ট্রাম’"
            or re.search(r"[„«»“”\"‘]", name) is not None
            # ("'पाऊलखुणा'ची बॉक्स ऑफिसवर ...": a mark between letters without case is a
            # quote's, closing a title, as Hebrew's "ג'ון" is not)
            or re.search(r"(?<!\p{Hebrew})(?<=[\p{Lo}\p{M}])['’](?=[\p{Lo}\p{M}])", name)
            or (name[:1].islower() and forms[best].most_common(1)[0][0][:1].isupper())
            # (nor an essay's title around the maker's film: "Reconstruction as Ethics in
            # Rithy Panh's The Missing Picture")
            or _WORDS_BEFORE_MAKERS.search(name)
            or _MAKERS_BEFORE_ARTICLE.match(name)  # "Miyazaki's The Boy and the Heron"
            # (nor the title with its gloss in brackets: "I'M STILL HERE (Ainda Estou Aqui)",
            # the gloss another title of it)
            or (_GLOSS_AFTER.search(name) and best == slugify(_GLOSS_AFTER.sub("", name)))
        ):
            continue
        fuller = slugify(name) != best and best in slugify(name) and slugify(name) in scores
        if fuller and len(name) > len(forms[best].most_common(1)[0][0]):
            return Entity(EntityKind.FILM, name)
    for key, variants in forms.items():
        # "Wings Over Shonan" typed as a film, inside "Kazehane! The Movie: Wings Over Shonan";
        # "Tidewater Girls" at the head of "Tidewater Girls the Movie: Lighthouse Encore"
        name = variants.most_common(1)[0][0]
        # (only a head that says it is the film: "Perfect Blue: Complete Metamorphosis" is a novel)
        says_film = _SAYS_FILM.search(name) is not None
        # ... or a head the text first wrote in full: "Jade Rabbit: Return to Guanghan stayed
        # on top ..." before "Jade Rabbit" alone
        first = title_pattern(forms[best].most_common(1)[0][0]).search(body)
        first_in_full = first is not None and body.startswith(name, first.start())
        # (not a person before a colon, whom the text calls by surname: "credit the
        # photography to Emeka Obi: The Sea Bride was not shot by Obi")
        head = name.partition(": ")[0]
        fuller = (key.endswith(f"-{best}") and not _person_by_surname(head, body)) or (
            (says_film or first_in_full) and key.startswith(f"{best}-")
        )
        if (
            ": " in name
            and fuller
            and scores.get(key, 0) >= 1
            and not _HEADLINE_AROUND.search(name)
            and not _PICK_LABEL.fullmatch(name.partition(": ")[0])
            and not _PRIZE_HEAD.search(name.partition(": ")[0])  # "BEST FILM: Tündük"
            and not _THREAD_LABEL.fullmatch(name.partition(": ")[0])  # "Thread: X"
            and not SLOT_LABEL.fullmatch(name.partition(": ")[0])
            and not _CAPITALS_LABEL.fullmatch(name.partition(": ")[0])  # "THE ODDITY: X"
            and not _PLACE_THEN_COLON.search(body, 0, max(body.find(name), 0))
            # (not a headline the page title writes in sentence case after the colon:
            # "FALLEN LEAVES: KARAOKE, A DOG ..." over "Fallen Leaves: karaoke, a dog ...")
            and not _tail_in_lower_case(name, title)
            # (not a headline's dateline the page title leaves off: "Cannes: Portrait of a
            # Lady on Fire wins Queer Palm", cited under "Portrait of a Lady on Fire")
            and not (
                key.endswith(f"-{best}")
                and best in {slugify(n) for n, _ in from_header}
                and name not in title
            )
        ):
            return Entity(EntityKind.FILM, name)
    for key, variants in forms.items():
        # "Shubra", the place at the end of "The Seventh Door of Shubra", a title written often
        place_in_title = key.endswith((f"-of-{best}", f"-in-{best}", f"-from-{best}"))
        # (not a headline's frame around the title: "In the Footsteps of An Bád Bán")
        framed = _FRAME_AROUND_TITLE.match(variants.most_common(1)[0][0])
        if place_in_title and scores.get(key, 0) >= 4 and not framed:
            return Entity(EntityKind.FILM, variants.most_common(1)[0][0])
    for key, variants in forms.items():
        name = variants.most_common(1)[0][0]
        if (
            key.endswith(f"-{best}")
            and _MAKERS_TITLE.fullmatch(name)
            and scores.get(key, 0) >= 2
            and not _SHOP_VERB.match(name)  # "Watch The Lantern Maker's Daughter | Luma+"
            and not _MAKERS_BEFORE_ARTICLE.match(name)  # "Miyazaki's The Boy and the Heron"
            # (not where the headline gives the title alone: "Rokas Vaitkevičius – Amber Shore
            # (Original Motion Picture Soundtrack)" over "Giedrė Šimkutė's Amber Shore")
            and not (best in {slugify(n) for n, _ in from_header} and name not in title)
        ):
            return Entity(EntityKind.FILM, name)  # "Guillermo del Toro's Pinocchio", in full
    header_forms = {slugify(name): name for name, _ in from_header}
    if best in header_forms and not header_forms[best].isupper():
        return Entity(EntityKind.FILM, header_forms[best])
    variants = forms[best]
    readable = [f for f, _ in variants.most_common() if not f.isupper()]
    if readable:
        return Entity(EntityKind.FILM, readable[0])
    # only ever in capitals ("RAIN HARBOUR (2018)" over its credits): written as titles are,
    # unless it is one short word, perhaps an acronym ("RRR")
    name = variants.most_common(1)[0][0]
    return Entity(EntityKind.FILM, name if len(name) <= 4 else names.title_case(name))


_GLOSS_AFTER = re.compile(r"[ \t]+\([^()\d]{2,80}\)$")
# A travel or making-of headline's words before the title it is about
_FRAME_AROUND_TITLE = re.compile(
    r"(?i:in[ \t]+the[ \t]+(?:foot)?steps[ \t]+of|on[ \t]+the[ \t]+trail[ \t]+of"
    r"|behind[ \t]+the[ \t]+scenes[ \t]+of|the[ \t]+making[ \t]+of|a[ \t]+guide[ \t]+to"
    r"|(?:the[ \t]+)?(?:filming[ \t]+)?locations[ \t]+of)[ \t]"
)


def _glossed_by(best: str, scores: Counter[str], forms: dict[str, Counter[str]], body: str) -> str:
    """The title the page glosses with the best-scored one, where it scores nearly as well:
    "SON HAMAM" over "(Le Dernier Hammam · ...)", whose original title field and FAQ add to
    the gloss's count. The page gives the glossed title first, and it is the page's film (not
    "The Salt Warehouse (소금창고)" in a summary at the foot of a page that wrote 소금창고 first).
    """
    best_form = forms[best].most_common(1)[0][0]
    gloss = re.escape(best_form)
    for key in sorted(scores):
        if key == best or key not in forms or scores[key] * 4 < scores[best] * 3:
            continue
        name = forms[key].most_common(1)[0][0]
        pattern = rf"(?<![\p{{L}}\d]){re.escape(name)}[ \t]*\n?[ \t]*\({gloss}\s*[)·,;/]"
        if re.search(pattern, body) and body.find(name) < body.find(best_form):
            return key
    return best


def _tail_in_lower_case(name: str, title: str) -> bool:
    """True when the page title writes the words after the name's colon in lower case: a
    headline's note, not a subtitle ("Fallen Leaves: karaoke, a dog called Chaplin")."""
    found = re.search(re.escape(name), title, flags=re.IGNORECASE)
    tail = found.group().partition(": ")[2] if found else ""
    if tail[:1].islower():
        return True
    # (or a title in capitals, then a sentence: "POSLJEDNJA BURA: Obiteljska drama koja zna
    # kada treba šutjeti")
    head = found.group().partition(": ")[0] if found else ""
    note = _HEADER_PARTS.split(title[found.start() + len(head) + 2 :])[0] if found else ""
    return head.isupper() and not note.isupper() and _reads_as_a_sentence(note)


# A place before a colon, not a title's head: "for those outside Manila: Sa Ilalim ng Balete"
_PLACE_THEN_COLON = re.compile(r"\b(?:outside|across|around|near|beyond|throughout)[ \t]+\Z")
# "review" in the tongues of the pages we read, as a headline writes it after the title
_REVIEW_WORDS = (
    r"recensione|critique|rese[ñn]a|cr[íi]tica|kritik|"
    # (and "Arvio: Routaraja ...", "Recenzija: ...", "Рецензия: ...")
    r"arvio|arvostelu|recenzija|recenzia|recenze|recenzja|recension|rezension|anmeldelse|"
    r"рецензия|рецензія|рецензија|ревю|kritika|ulasan|ele[şs]tiri|resenha|umsögn"
)
_REVIEW_LABEL_THEN = re.compile(
    rf"^[ \t]*(?i:review|{_REVIEW_WORDS})[ \t]*:[ \t]*(?P<first>\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)\b"
)
_HEADER_PARTS = re.compile(
    r"\s+[|–—·/+]\s+|\s+-\s+|\s+(?i:review)\s*[:|–—-]\s+|^(?i:review|watch|trailer)\s*:\s+"
    rf"|^(?i:{_REVIEW_WORDS})\s*:\s+"
    r"|,\s+(?i:or):\s+"  # "the sunflower keeper, or: why i cried on a tram"
    # ... and in the page's tongue: "Le stanze di Ilaria, la recensione: Ferrandi apre ..."
    rf"|,?\s+(?:(?i:la|le)\s+)?(?i:{_REVIEW_WORDS})\s*[:|–—]\s+"
    rf"|^(?:{_SHOP_VERBS})\s+(?=\S)"  # "Watch tick, tick... BOOM! | Netflix"
)
# A blog's or paper's column and its number: "Watch diary #42", "Rewatch No. 7", "Week 16"
_COLUMN_NUMBER = re.compile(r"(?:#|\b(?i:no\.|vol\.|week|diary|episode|issue)\s*#?)\d+\s*$")
_NUMBERED_AFTER = re.compile(r"\s*(?:#|(?i:no\.)\s*)\d")
# a forum thread's tag before its subject: "[DISKUSI] Lintang Kemukus: Director's Cut vs ..."
_LEADING_TAG = re.compile(r"^[ \t]*\[[^\[\]\n]{2,20}\][ \t]*")
# the film a headline says it reviews, in English or the page's tongue
_REVIEWED = re.compile(
    rf"(?P<title>[^:|]+?),?\s+(?:(?i:la|le)\s+)?(?i:review|{_REVIEW_WORDS})\s*[:|–—-]\s+"
)
_HEADLINE_AROUND = re.compile(
    r"#\d|(?i:\b(?:diary|part|day|episode|week|vol\.?|no\.)\s*\d+:)"
    # "Kaattu Vilakku: Why I Watched It Three Times": a blogger's line after the title
    r"|:\s+(?:Why|How|What|When|Where|Who|My|Our|I|I['’]m|I['’]ve|Notes|Thoughts)\b"
)
_NOT_A_FILM = re.compile(
    # (not "Gulli and the Kite Festival", a title)
    r"(?<!\band\s+the\s+\p{Lu}\p{L}+\s+)\b(?i:festival)\b"
    r"|\b(?i:awards?|prizes?|competition|programme|program|section|ceremony|"
    r"box office|review|interview|trailer|transcripts?|oscars?|schedule|showtimes|line-?up|deals|"
    # "review" in the page's tongue: "RECENSION" over a Swedish review, "Reseña", "Rezension"
    # (the words of _REVIEW_WORDS, and their plurals: "Recenzii", "Arviot")
    rf"{_REVIEW_WORDS}|recenzie|arviot|recenzije|recenzii|рецензии|рецензії|후기|리뷰|"
    r"berlinale|sundance|tribeca|sxsw|idfa)\b"  # festivals known by one name
    # ... and in the credit pages' tongues: "FESTİVALLER VE ÖDÜLLER", "Penghargaan"
    r"|\b(?i:ödül(?:ler)?|festi\u0307?valler|penghargaan)\b"
    # "Studio Ghibli Season", a programme; not "The Persimmon Season", a title
    # (nor "Mùa Nước Nổi: The Floating Season", nor "Season of High Water")
    r"|^(?:(?!\b(?i:the)\b).)*\b(?i:season)\b(?![ \t]+of\b)"
    r"|\b(?i:for\s+best)\b"  # "Silver Wave for Best Director for The Dogs of Siesta"
    # ... and "Best" in the Romance tongues: "Mejor Cortometraje de Ficción", "Prix du Public"
    r"|^(?:Premio|Prémio|Prix|Mejor|Melhor|Meilleur|Miglior)\s+(?:\p{Lu}|(?:al|a|du|de|do|del)\s)"
    # a festival's call for entries: "Abierta la convocatoria", "Call for entries"
    r"|\b(?i:convocatoria|call\s+for\s+(?:entries|submissions))\b"
    r"|^(?:PDF|DOCX?|JPE?G|PNG|MP[34]|ZIP|RSVP|FAQs?)$"  # a file's kind, a page's parts
    # a prize of the year: "Animation of the Year", "Film of the Year" (not "Man of the Year")
    r"|\b(?i:film|animation|picture|documentary|director|actor|actress)\s+of\s+the\s+year\b"
    # a retrospective's name: "Slow Roads West: The Films of Kelly Reichardt"
    r"|\b(?i:the\s+(?:films|cinema|movies|features)\s+of)\s+\p{Lu}"
    # a box of a maker's films: "The Harbour Trilogy", "Three Films by Sigrun Halvorsen"
    rf"|\b(?i:trilogy|box\s*set)$|{_N_FILMS_BY}"
    r"|\b(?i:a\s+retrospective|retrospective)\b"
    # a programme's strand on a filmmaker: "Focus Mambéty", "Hommage à Varda", "Spotlight on
    # Japan" (not "Focus" alone, a title)
    r"|^(?i:focus|hommage|homage|tribute|spotlight)(?:\s+(?i:on|to|à|a))?\s+\p{Lu}"
    # a festival's statuette: "The Crystal Globe", "Golden Bear"
    r"|^(?:The\s+)?(?:Golden|Silver|Bronze|Crystal)\s+(?:Globe|Bear|Lion|Leopard|Shell|Palm|"
    r"Hugo|Spike|Alexander|Dove|Pyramid|Frog|Peacock|Tulip|Iris|Athena|Conch|Hanoman)$"
    r"|^(?i:catalogue|catalog|cat[áa]logo|katalog)\b"  # "Catalogue 2024–2025", a catalogue's name
    # a page's part: "ALSO OUT THIS MONTH", "Also showing", "PICK OF THE MONTH"
    r"|^(?i:also\s+(?:out|new|showing|playing|screening|released|available|streaming)\b)"
    r"|^(?i:pick\s+of\s+the\s+(?:day|week|month|year))$"
    r"|\b(?i:blu-?rays?|dvds?)\b"  # a disc's format: "DVD and Blu-ray", "Blu-ray of the week"
    # a column's name: "Festival digest", "Weekly round-up"
    r"|^(?!(?i:the|a|my|our)\b)(?:\p{Lu}\p{L}+\s+)?(?i:digest|newsletter|round-?up)$"
    # a worksheet's part: "PART B – BACKGROUND READING", "Section 2: Questions"
    r"|^(?i:part|section|step|exercise|task|activity)\s+(?:(?i:[a-h])|\d{1,2})\s*[–—:-]"
    # a calendar's headline: "Disc Diary: DVD and Blu-ray releases, November 2025"
    r"|\b(?i:releases|release\s+calendar|listings|what['’]s\s+on),?\s+(?i:(?:for|in)\s+)?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+(?:19|20)\d\d$"
    # a chart's or a list's heading: "TOP 5", "Top ten", "Honourable mentions"
    r"|^(?i:(?:the |my |our )?top (?:\d{1,3}|five|ten|twenty|fifty|hundred)|honou?rable mentions?|"
    # a page's part: "SCREEN 3", "Catalogue Entry 47"; a list's part: "Just missed the cut"
    r"(?:screen|hall|auditorium|salle|sala|kino|catalogue entry|catalog entry|entry|ficha|"
    r"fiche) \d{1,3}$|"
    r"just missed the cut|also ran|bubbling under|"
    r"(?:the )?rankings?|(?:the )?charts?|the list)\b"
    # a programme's badges: "WORLD PREMIERE", "European premiere", "Sold out"
    r"|^(?i:winners?|nominees?|runners?-up)\s*[:–—-]"  # "Winner: Cóndor de Oro"
    r"|^(?i:(?:the )?winners?|nominees?|runners?-up|(?:also )?nominated)$"  # a list's label alone
    # a prize's category: "Best Director", "Best Animated Feature", "Special Mention"
    r"|^(?i:best)\s+(?:(?i:supporting|original|adapted|international|foreign|animated|"
    r"documentary|short|feature|first)\s+)*(?i:director|actor|actress|film|picture|screenplay|"
    r"feature|documentary|short|cinematography|editing|score|music|sound|debut|ensemble|"
    r"performance)s?$|^(?i:special|honou?rable|jury)\s+mention$"
    r"|^(?i:(?:world|international|european|north american|uk|us|[\p{L}]+) premiere|sold out|"
    r"now showing|coming soon|leaving soon|last chance|members only|new releases?|new series|"
    r"featured(?: title| film| pick)?|spotlight|staff picks?|editors?['’]?s? picks?)$"
    # a shop's formats and editions: "Blu-ray", "4K Ultra HD", "75th Anniversary Edition"
    r"|^(?i:(?:4k(?: ultra hd)?|ultra hd|uhd|blu-?ray|dvd|vhs|steelbook|box ?set)"
    r"(?:\s*[+&/]\s*(?:4k(?: ultra hd)?|ultra hd|uhd|blu-?ray|dvd))*)$"
    r"|^(?i:(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:anniversary|collector['’]s|limited|special|"
    r"deluxe|ultimate|new|restored|remastered)(?:\s+(?:4k|2k|hd))?\s+(?:edition|restoration|"
    r"remaster|set))$"
    # a parents' guide's age and its reader's rating: "AGE: 6+", "Add your rating ★★★★★"
    r"|^(?i:ages?|aged)\s*:?\s*\d{1,2}\s*\+|\b(?i:add|leave|give|submit)\s+your\s+(?:own\s+)?"
    r"(?i:rating|review|score)\b"
    # a German press kit's parts: "PRESSEMITTEILUNG", "FAKTEN", "STAB", "DARSTELLER"
    r"|^(?i:pressemitteilung|pressestimmen|presse|fakten|stab|darsteller|besetzung|inhalt|"
    r"handlung|technische daten|auszeichnungen|kontakt|deutsche synchronfassung)$"
    # ... glossed after the page's own words: "即將上映 Coming Soon"
    r"|^[^\p{Latin}\n]+[ \t]+(?i:now showing|coming soon|showtimes|tickets)$"
    # a festival's year: "2024 edition", "12th edition", "Edition 2024"
    r"|^(?i:(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th))\s+edition|edition\s+(?:19|20)\d\d)$"
)


_NOT_A_FIRST_NAME = names.LEADING_NOISE | frozenset(
    "without with like unlike from for to if until during under through beyond between "
    "against unless where whereas while when whenever after before since".split()
)


def _short_form_in(headline: str, name: str) -> bool:
    """True when the headline writes the last word of a title of three words or more alone,
    as a name: "My Neighbor Totoro" as "Totoro" (not "Hayao Miyazaki" as "Miyazaki")."""
    words = name.split()
    last = words[-1]
    return (
        len(words) >= 3
        and len(last) >= 5
        and last[:1].isupper()
        and title_pattern(last).search(headline) is not None
    )


def _opens_a_dateline(name: str, body: str) -> bool:
    """True when the body opens with the name as a news item's dateline: "NAIROBI — "."""
    found = title_pattern(name).match(body, len(body) - len(body.lstrip()))
    dash = found and _DATELINE.match(body, found.end())
    if not dash or len(name.split()) > 3 or ":" in name:
        return False
    line_end = body.find("\n", dash.end())
    said = body[dash.end() : line_end if line_end >= 0 else len(body)]
    return len(said.split()) >= 8  # the story follows on the line: not a page's heading


def _mostly_a_place(name: str, body: str) -> bool:
    """True when most mentions of a one-word name follow "in", "at", "from", "near" or "to",
    or qualify a noun as a place does ("a Kreuzberg tenement", "a Kreuzberg saga")."""
    as_place = total = 0
    for found in title_pattern(name).finditer(body):
        line = body.rfind("\n", 0, found.start()) + 1
        if _INSIDE_A_GLOSS.search(body, line, found.start()):
            continue  # "(The Lights of Kalaja)": a word of another title's gloss
        total += 1
        before = body[max(0, found.start() - 9) : found.start()]
        if (
            _PLACE_BEFORE.search(before)
            or _PART_OF_A_PLACE.search(body, max(0, found.start() - 30), found.start())
            or (
                _DATELINE.match(body, found.end())
                and (found.start() == 0 or body[found.start() - 1] == "\n")
            )
            or (_ARTICLE_BEFORE.search(before) and _NOUN_AFTER.match(body, found.end()))
        ):
            as_place += 1
        elif _FESTIVAL_BEFORE.search(before) and not _LONGER_AFTER.match(body, found.end()):
            as_place += 1  # "International Film Festival Rotterdam"
        elif _FESTIVAL_AFTER.match(body, found.end()):
            as_place += 1  # "the Sarajevo Film Festival", "Sarajevo-based Svjetlo Film"
    return total > 0 and as_place * 2 > total


_LEAD_DATELINE = re.compile(r"\p{Lu}[\p{Lu} .,]{1,30}(?:\([^()\n]{1,20}\))?[ \t]+[—–-][ \t]+")
_ARTICLE_WORD = re.compile(r"(?i:the|a|an|el|la|le|les|los|las|il|der|die|das)\b")
_PLACE_BEFORE = re.compile(r"\b(?i:in|at|from|near|to|across)[ \t]+$")
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an)[ \t]+$")
_INSIDE_A_GLOSS = re.compile(r"\((?:(?:The|A|An)[ \t])?\p{Lu}[\p{L}'’ -]*\Z")
# "the cobbles of Mangalem", "the streets of Kabul": what a place has, and whose
_PART_OF_A_PLACE = re.compile(
    r"\b(?i:streets|cobbles|alleys|rooftops|roofs|hills|houses|windows|outskirts|suburbs|"
    r"residents|people|mayor|heart|centre|center|edge|old[ \t]+town|banks|shores)[ \t]+of[ \t]+$"
)
# "ROTTERDAM, 16 December —", "LAGOS (Reuters) –": a news item's dateline names where
_DATELINE = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?:,[ \t]+[\p{L}\d .]{3,20})?[ \t]+[—–][ \t]")
_FESTIVAL_BEFORE = re.compile(r"\b(?i:festival)[ \t]+$")
_FESTIVAL_AFTER = re.compile(r"(?:[ \t]+International)?[ \t]+Film[ \t]+Festival\b|-based\b")
_NOUN_AFTER = re.compile(r"[ \t]+\p{Ll}+\b(?![ \t]+(?:by|from|of)\b)")


def _standalone_mentions(name: str, body: str) -> int:
    """How often the body writes the name on its own: "Annecy" inside "Annecy International
    Animation Film Festival" is part of another name, not a mention of Annecy."""
    count = 0
    for found in title_pattern(name).finditer(body):
        if _LONGER_AFTER.match(body, found.end()):
            continue
        if _within_longer_name(body, found):
            continue
        count += 1
    return count


def _within_longer_name(text: str, found: re.Match[str]) -> bool:
    """ "Cortometrajes" inside "Festival Internacional de Cortometrajes de Albarracín": joined
    by small words to capitalised ones on both sides."""
    start = found.start()
    before = _LONGER_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and _LONGER_THEN.match(text, found.end()) is not None


_LONGER_AFTER = re.compile(r"[ \t]+\p{Lu}\p{Ll}")
# a longer name around it, joined by its small words on both sides
_LONGER_BEFORE = re.compile(r"\p{Lu}\p{Ll}+[ \t]+(?:de|del|des|di|du|da|of|for)[ \t]+$")
_LONGER_THEN = re.compile(r"[ \t]+(?:de|del|des|di|du|da|of|for|in)[ \t]+\p{Lu}")
_RETROSPECTIVE = re.compile(r"\b(?i:retrospective|the\s+(?:films|cinema)\s+of\s+\p{Lu})")
# An encyclopedia's list of many films: "List of films set in Italy – Trieste"
_LIST_PAGE = re.compile(
    r"[ \t]*(?:Lists?|Index)[ \t]+of[ \t]+(?:\p{L}+[ \t]+){0,3}(?i:films|movies)\b"
)
# An obituary's headline: "Yared Mekonnen, cinematographer who lit Addis Ababa, dies at 71"
_OBITUARY = re.compile(
    r"^[^,\n]{3,40},[^\n]{3,100}?[ \t]+(?:dies|has died|dead)\b"
    r"|^(?i:obituary|remembering|in memoriam):?[ \t]+\p{Lu}"
    # ... in the tongues of the pages we read: "Murió Marta Inés Larrañaga, la directora ..."
    r"|^(?:Murió|Muere|Falleció|Fallece|Morreu|Morre|Faleceu|Adiós a|Adeus a|Addio a|"
    r"È morto|È morta|Décès de|Mort de|Zum Tod von|Nachruf auf)[ \t]+\p{Lu}"
)


@functools.lru_cache(maxsize=8)
def _header_titles(
    title: str, body: str, publisher: str | None = None
) -> tuple[tuple[str, int], ...]:
    """Parts of the page title that the body also writes, as the body writes them, each with
    how much it counts: "small hours." from "small hours. | New Currents Competition | ...",
    "Moon Harbor: The Return" from "Moon Harbor: The Return (2023)", "The Pebble Road" from
    "Review: The Pebble Road", "Parasite" from "Parasite review: a trapdoor in the basement",
    "LOOK BACK" from 'GKIDS acquires "LOOK BACK"'. A word inside a headline is not a part."""
    found: list[tuple[str, int]] = []
    titled = _titled_by_headline(title)
    # a headline in two tongues, the English half a sentence ("Xhirimet mbarojnë në Mangalem /
    # Filming wraps in Mangalem: Berat says goodbye ..."): the other half is the same headline
    halves = [half.strip() for half in title.split(" / ")]
    headline_halves = (
        set(halves) if len(halves) == 2 and any(map(_reads_as_a_sentence, halves)) else set()
    )
    split = _HEADER_PARTS.split(title)
    reviewed = _REVIEWED.match(title.strip())
    # "Notes from a Cairo balcony — on Yasmin El-Shenawy's new film": the film is described,
    # not named, so the other part is the post's own title
    described = any(_ON_A_FILM.fullmatch(part.strip()) for part in split)
    # "Slow Roads West: Kelly Reichardt, a retrospective": a programme's name, no film's
    described = described or _RETROSPECTIVE.search(title) is not None
    described = described or _OBITUARY.search(title) is not None  # a person's, no film's
    parts = [] if described else [(part, 6, False) for part in split]
    # '"Cubans are experts in waiting": Yaima Ferrer Lazo on La guagua de las seis': an
    # interview's headline quotes the guest, who then speaks on the film
    guest_on = title.rfind(": ") if _GUEST_ON.fullmatch(title.rpartition(": ")[2]) else -1
    # ('Itziar Garmendia Olano: "El mar no borra las casas, ..."': a guest's own words)
    speaker = _guest_quoted(title)
    said = speaker.end() if speaker else -1
    # (a comma the American style sets inside the marks is no part of the title: "Sues Over
    # 'Coldwater Divide,' Says ...")
    parts += [
        (m[1].removesuffix(","), 6, True)
        for m in _QUOTED.finditer(title)
        if m.end() > guest_on
        and not (m.start() < said and len(m[1].split()) >= 4)
        # ('"You came, and you kept coming": a letter from X': the writer's words, no title)
        and not _BEFORE_LETTER.match(title, m.end())
    ]
    # a title the headline writes inside its sentence, which the body gives in brackets after
    # its English one: "Elkezdődött a Vasárnapi harangok forgatása" over "... on Sunday Bells
    # (Vasárnapi harangok), the second feature by ..."
    if not described:
        parts += [
            (m["title"], 6, True)
            for m in _BRACKETED_ORIGINAL.finditer(body)
            if " " in m["title"] and m["title"] in title and m["title"] != title.strip()
        ]
    opening = body.lstrip()
    # the body's heading repeats a part of the page title: "Seen in Lyon #14 — Les Heures
    # blanches" over "Seen in Lyon #14 — Les Heures blanches, and why I ...": a title, vouched
    first_line = opening.split("\n", 1)[0].strip()
    if len(first_line) <= 100 and not described:
        parts += [
            (p, 6, True)
            for p in _HEADER_PARTS.split(first_line)
            # (not a column's name the title numbers: "Watch diary" of "Watch diary #42: ...")
            if p.strip()
            # (nor a step of the site's menu: "Tickets | Annual Passes | Hotels | Blog")
            and len(_HEADER_PARTS.split(first_line)) < 4
            and p.strip() in title
            and not _NUMBERED_AFTER.match(title.partition(p.strip())[2])
            # (not the headline printed again: "A Basque-language outsider sweeps the night",
            # "Suzume made me cry on a train (a long, spoilery fan post)" before the site's name)
            and not (
                title.strip().startswith(p.strip())
                and _reads_as_a_sentence(_TRAILING_NOTE.sub("", p).strip())
            )
        ]
    for part, bonus, quoted in parts:
        part = _LEADING_TAG.sub("", _TRAILING_NOTE.sub("", part)).strip(" \"“”'‘’")
        part = part[_viewed_at(part, 0) :]  # "Rewatched The Salesman (2016) last night"
        if part in headline_halves and _reads_as_a_sentence(part):
            continue  # either half of a headline in two tongues, and its pieces
        if _LETTER_FROM.fullmatch(part) or _BEFORE_LETTER.search(part):
            continue  # "a letter from Imogen Saddler": who writes the page, and to whom
        head, colon, tail = part.partition(": ")
        pieces = [(part, bonus)] + ([(head, bonus - 2), (tail, bonus - 2)] if colon else [])
        since = _ANNIVERSARY.match(part)
        if since:  # "Rafiki at Five: Pink Hair, Cannes and a Ban": the film, and its age
            pieces = [(since["title"], bonus)]
        if colon and ", " in tail and tail[:1].isupper():
            # "Watch diary, week 16: Songs by Lamplight, a power cut" (not "...: gulls, fog")
            pieces.append((tail.split(", ")[0], bonus - 2))
        guest = _GUEST_ON.fullmatch(tail) if colon else None
        on_what = (_ON_WHAT.match(tail) or _TALKING_ABOUT.search(tail) or guest) if colon else None
        if guest:  # the guest's words, the guest, and the film: only the film is a title
            pieces = [(guest["title"], bonus)]
        if on_what:  # "Candles, goats and a bad door: on ¡No abras la puerta, Lucía!"
            pieces.append((on_what["title"], bonus))
        making = _ON_MAKING_TITLE.match(f"{head}: ") if colon else None
        if making:  # 'Hildur Sæmundsdóttir on scoring When the Ice Sings: "I wanted ..."'
            pieces = [(making["title"], bonus)]
        joined = _AND_A_TITLE.fullmatch(part)
        if joined:  # "A rainy Sunday and The Last Tram": a day in sentence case, and a title
            pieces = [(joined["title"], bonus)]
        dated = _DATED_IN_PROSE.match(part)
        if dated:  # "The Salesman (2016) last night": the title its year follows
            pieces.append((dated["title"], bonus))
        bracketed = _BRACKETED_TITLE.search(part)
        if bracketed:  # "I cried at a radio. Again. (Grandmother's Radio, and some feelings)"
            pieces.append((bracketed["title"], bonus - 2))
        glossed = None if bracketed else _GLOSSED.fullmatch(part)
        if glossed:  # "Hoshizora no Kaidan (The Starlit Stairway)": a title and its gloss
            pieces += [(glossed["title"], bonus), (glossed["gloss"], bonus - 2)]
        dated = colon and _DATED_COLUMN.fullmatch(head) is not None
        if colon and (_filed_under(head, body) or _PAGE_KIND.fullmatch(head) or dated):
            # "Book vs. Film: X": a blog's column, and X; "Goofs & Continuity Errors: X"
            pieces = [(piece.partition(": ")[2] or piece, bonus) for piece, _ in pieces]
        if colon and _COLUMN_NUMBER.search(head):
            # "Watch diary #42: Thirakal made me cry ...": a column's number, then the film
            pieces = [(piece, worth) for piece, worth in pieces if piece != head]
            lead = names.TITLE_RE.match(tail)
            if lead and lead.group() != tail:
                pieces.append((lead.group(), bonus - 2))
        for candidate, worth in pieces:
            candidate = _TRAILING_NOTE.sub("", candidate).strip(" \"“”'‘’")
            # quoted in a headline, or the words the body opens with: a title, whatever its
            # case ('La ballena de Tomé', "Jökullinn sem fór")
            vouched = (
                (quoted and len(candidate.split()) <= 8)
                or (on_what is not None and candidate == on_what["title"])
                or (
                    len(candidate.split()) <= 5
                    and opening.startswith(candidate)
                    and not opening[len(candidate) :][:1].isalpha()
                )
                # a lead that opens on it and goes on to say what it is: "Ánimas: La noche de
                # los faroles (English: ...) is a 2022 ... film"
                # (not the headline printed again over the text, its note and all)
                or (
                    len(candidate.split()) <= 8
                    and opening.startswith(candidate)
                    and _LEAD_GOES_ON.match(opening, len(candidate)) is not None
                    and first_line not in title
                )
                # the body's whole first line: "Tierra de nadie: La balada de Rosendo" (not the
                # headline printed again: "A Basque-language outsider sweeps the night")
                or (
                    len(candidate.split()) <= 8
                    and opening.split("\n", 1)[0].strip() == candidate
                    and (candidate != title.strip() or not _reads_as_a_sentence(candidate))
                )
                # a line of its own in the body: "Trolltind: Den siste vinteren", or set in
                # capitals ("LAS HIJAS DEL VOLCÁN" under "Las hijas del volcán — Sitio oficial")
                or (
                    candidate != title.strip()
                    and len(candidate.split()) <= 6
                    and (candidate in _lines_of(body) or candidate.upper() in _lines_of(body))
                )
                # the body quotes it, or gives it as the page's title or name ("| name =
                # Las hilanderas del viento", "Original title | O Silêncio das Carrancas")
                or (len(candidate.split()) <= 8 and _quoted_or_named(candidate, body))
                # ... or glosses it: "El último ferry a Margarita, The Last Ferry to Margarita
                # in English", "Kolmas talv (The Third Winter)"
                or (len(candidate.split()) <= 8 and _glossed_in_body(candidate, body))
                # ... or the headline says it reviews it: "Le stanze di Ilaria, la recensione:"
                or (
                    reviewed is not None
                    and reviewed["title"] == candidate
                    and len(candidate.split()) <= 8
                )
            )
            if (
                not candidate
                or len(candidate) > 80
                # a headline around a title it quotes: 'How Arash Tavakoli Shot "The Salt
                # Orchard"' (the quoted title is a part of its own)
                or re.search(r'["“”]', candidate) is not None
                or (unlikely_title(candidate) and candidate not in titled)
                # "Ficha técnica / ..."
                or (_PART_WORDS.fullmatch(candidate) is not None and candidate not in titled)
                or slugify(candidate) in _section_values(body)
                or slugify(candidate) in _crumb_pages(body)
                or (_reads_as_a_sentence(candidate) and not vouched)
                or (quoted and _said_in_person(candidate))  # the guest's words, quoted
                or (
                    publisher
                    and slugify(candidate) == slugify(publisher_name(publisher))
                    and not _films_own_site(publisher, title)
                )
                # (or its initials: "KFDB" of "Korean Film Data Bank")
                or (publisher and candidate == _initials(publisher))
                # (or its edition of a year: "Abierta la convocatoria de ALBACORTO 2026")
                or (publisher and _edition_of(publisher_name(publisher), candidate))
                or f"{candidate}," in _lines_of(body)  # "Dear diary,": a letter's greeting
                # a headline that sets its film in capitals: "How We Shot SALTMARSH REQUIEM"
                or _SHOUTED_TITLE_AFTER.fullmatch(candidate) is not None
                or _FORUM_BOARD.fullmatch(candidate) is not None  # "c/movies": a forum's board
                or _AUCTION_LOT.fullmatch(candidate) is not None  # "Lot 147": a sale's lot
                # the headline's sentence, about a title the body writes on its own: "The
                # Lantern Pier opened in Galway"
                or (not quoted and _sentence_on_a_title(candidate, body))
                # a year the headline writes inside a part: "Katalogi 2025" (not "1917", a
                # part of its own)
                or (candidate.isdigit() and candidate not in _header_part_titles(title))
            ):
                continue
            written = _written_apart(candidate, title, body)
            if written:
                found.append((written.group() if candidate.isupper() else candidate, worth))
    return tuple(found)


# a headline's bracket that holds a title and a note after it, or that follows a sentence
# (not "Wings of Desire (Der Himmel über Berlin)", a title's gloss)
_BRACKETED_TITLE = re.compile(
    rf"(?<=[.!?][ \t]+)\((?P<title>{names.TITLE})(?:,[ \t]+\p{{Ll}}[^()]*)?\)"
    rf"|(?<=\S[ \t]+)\((?P<title>{names.TITLE}),[ \t]+(?:and|plus|or|with)[ \t][^()]*\)"
)
_BRACKETED_ORIGINAL = re.compile(
    r"(?<=\p{Lu}[\p{L}'’ -]{1,60}[ \t])\((?P<title>\p{Lu}[^()\n,;:]{2,60})\)"
)
# a discussion site's board, as its page titles end: "... : c/movies", "r/TrueFilm"
_AUCTION_LOT = re.compile(r"(?i:lot|lote|lotto|los)\.?[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,5}")
_FORUM_BOARD = re.compile(r"[a-z]/[\w-]{2,30}")
_LEAD_GOES_ON = re.compile(r"[ \t]+\(|[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]")
# words in sentence case ("rainy"), then "and" and a title in title case ("The Last Tram")
_AND_A_TITLE = re.compile(
    r"(?P<lead>\p{Lu}[^\n]*?[ \t]\p{Ll}{3,}[^\n]*?)[ \t]+(?:and|&)[ \t]+"
    r"(?P<title>(?:The|A|An)[ \t]+\p{Lu}[\p{L}'’-]*"
    r"(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|of|the|in|on|at|to|and|a))*)"
)


def _sentence_on_a_title(line: str, body: str) -> bool:
    """A headline's sentence that opens on a title the body writes twice more on its own, then
    goes on in lower case: "The Lantern Pier opened in Galway", "The Harrow Line returns" (not
    "Trolltind: Den siste vinteren", a title and its subtitle).

    >>> body = "Moss Hill opened in Galway. Moss Hill premiered in May. Moss Hill runs 90 min."
    >>> _sentence_on_a_title("Moss Hill opened in Galway", body)
    True
    >>> _sentence_on_a_title("Moss Hill opened in Galway", "Moss Hill opened in Galway")
    False
    >>> _sentence_on_a_title("The Moss Hill returns", body.replace("Moss", "The Moss"))
    True
    """
    words = line.split()
    for cut in range(2, len(words)):
        if not words[cut][:1].islower():
            continue
        head = " ".join(words[:cut])
        alone = re.compile(rf"(?<![\p{{L}}\d]){re.escape(head)}(?![\p{{L}}\d])")
        return len(alone.findall(body)) - body.count(line) >= 2
    return False


def _said_in_person(quoted: str) -> bool:
    """A guest's words the headline quotes, in the first person and in sentence case: "I
    wanted the choir to sound like weather" (not "I Saw the TV Glow", a title).

    >>> _said_in_person("I wanted the choir to sound like weather")
    True
    >>> _said_in_person("I Saw the TV Glow")
    False
    """
    return _IN_PERSON.match(quoted) is not None and _reads_as_a_sentence(quoted)


_IN_PERSON = re.compile(r"(?:I|I['’](?:m|ve|d|ll)|We|We['’](?:re|ve)|My|Our)\b")


def _edition_of(publisher: str, candidate: str) -> bool:
    """The publisher's edition of a year named in the candidate: a festival's call or its
    programme ("Abierta la convocatoria de ALBACORTO 2026"), not a film.

    >>> _edition_of("ALBACORTO", "Abierta la convocatoria de ALBACORTO 2026")
    True
    >>> _edition_of("ALBACORTO", "La última cosecha")
    False
    """
    name = re.escape(publisher)
    edition = re.search(rf"(?<!\p{{L}}){name}[ \t]+(?:19|20)\d\d\b", candidate)
    return bool(publisher) and edition is not None


def _glossed_in_body(candidate: str, body: str) -> bool:
    """True when the body writes the page title's part as it is, then its gloss: in brackets,
    or after a comma and before "in English"."""
    return (
        re.search(
            rf"(?<![\p{{L}}\d]){re.escape(candidate)}(?:[ \t]+\(\p{{Lu}}[^()\n]{{2,60}}\)"
            r"|,[ \t]+(?:or[ \t]+)?\p{Lu}[^,.\n]{2,60}[ \t]in[ \t]English\b)",
            body,
        )
        is not None
    )


@functools.lru_cache(maxsize=8)
def _lines_of(body: str) -> frozenset[str]:
    """The body's lines, without their trailing spaces: "a line of its own" asked in a set."""
    return frozenset(line.rstrip(" \t") for line in body.splitlines())


def _quoted_or_named(candidate: str, body: str) -> bool:
    """The body quotes the candidate, or gives it as a name or title field's value."""
    wanted = candidate.lower()
    lowered = _lowered(body)
    quoted = any(f"{o}{wanted}{c}" in lowered for o in '"“‘' for c in '"”’')
    return quoted or wanted in _named_values(body)


@functools.lru_cache(maxsize=8)
def _headline_prefix_in_lower_case(title: str, body: str) -> str | None:
    """Under a headline written all in lower case, the longest opening of it (three words or
    more, not the whole) that the body writes outside the headline's own line: "how to make
    millions before grandma dies" of "how to make millions before grandma dies wrecked me (a
    review, sort of)", where the body says "i finally saw how to make millions before grandma
    dies (หลานม่า, ...)"."""
    if not title or any(c.isupper() for c in title) or re.search(r"[:#|]", title):
        return None  # (not "family movie night #37: song of the sea", a column's, then the film)
    head = re.split(r"[,(—–]", title, maxsplit=1)[0]
    words = head.split()
    # (the body as written may have had capitals put back: "before Grandma dies")
    lines = [line for line in _lowered(body).split("\n") if line.strip() not in title]
    text = "\n".join(lines)
    whole = len(words) if head != title else len(words) - 1
    for count in range(min(whole, 10), 2, -1):
        prefix = " ".join(words[:count]).strip(" ,;:.!?")
        if words[count - 1] in _SMALL_WORDS:
            continue  # "the winemaker's silence and": the headline goes on
        if re.search(rf"(?<![\p{{L}}\d]){re.escape(prefix)}(?![\p{{L}}\d])", text):
            return prefix
    return _headline_middle_in_lower_case(words, text)


def _headline_middle_in_lower_case(words: list[str], text: str) -> str | None:
    """After a headline's watching word, the longest run of two words or more that the body
    writes twice: "in the mood for love" of "on rewatching in the mood for love at 2am"."""
    for cue, word in enumerate(words[:-2]):
        if word not in _WATCHING_WORDS or words[cue + 1] in _WATCHING_WORDS:
            continue  # ("on rewatching in ...": the second watching word is the cue)
        for end in range(min(len(words), cue + 11), cue + 2, -1):
            run = " ".join(words[cue + 1 : end]).strip(" ,;:.!?")
            if words[end - 1] in _SMALL_WORDS:
                continue
            found = re.findall(rf"(?<![\p{{L}}\d]){re.escape(run)}(?![\p{{L}}\d])", text)
            if len(found) >= 2:
                return run
    return None


_WATCHING_WORDS = frozenset(
    "rewatching rewatched watching watched saw seeing seen revisiting revisited".split()
)


_SMALL_WORDS = frozenset("and or but of the a an with in on at to for from by".split())


def _lowered(body: str) -> str:
    return body.lower()


@functools.lru_cache(maxsize=8)
def _named_values(body: str) -> frozenset[str]:
    """The values of the body's name and title fields, in lower case: "| name = Las
    hilanderas del viento", "Original title | O Silêncio das Carrancas"."""
    return frozenset(m.group(1).lower() for m in _NAMED_FIELD.finditer(body))


_NAMED_FIELD = re.compile(r"(?im)^\W*(?:name|title|original title)[ \t]*[:=|][ \t]*(.*?)[ \t]*$")
_ON_A_FILM = re.compile(r"(?i:on|about)\s+[^\n]{0,60}?\b(?i:film|movie|documentary|feature|debut)")
_ON_WHAT = re.compile(r"(?:on|about)\s+(?P<title>[¡¿]?\p{Lu}.{0,60})$")


# "why everyone in Kerala is talking about Kadathukaaran": a headline's last words, the film
def _header_part_titles(title: str) -> set[str]:
    """The page title's parts, each without its trailing note: "1917" of "1917 (2019) |
    Film Club"."""
    return {_TRAILING_NOTE.sub("", part).strip() for part in _HEADER_PARTS.split(title)}


# A poster's verb before the film: "Rewatched The Salesman (2016) last night"
_VIEWED = re.compile(
    r"(?:(?i:just|finally|first[ \t]+time)[ \t]+)?(?i:re-?watched|watched|saw)"
    r"[ \t]+(?=\p{Lu})"
)
# a title and its year, then the headline's words in lower case
_DATED_IN_PROSE = re.compile(rf"(?P<title>{names.TITLE})[ \t]+\((?:19|20)\d\d\)[ \t]+\p{{Ll}}")
# A headline's note that the page is someone's letter: "a letter from Imogen Saddler"
_LETTER_FROM = re.compile(
    r"(?i:an?[ \t]+(?:open[ \t]+)?(?:letter|note|message|thank-you(?:[ \t]+(?:note|letter))?)"
    r"[ \t]+(?:from|by|to))[ \t]+\S.*"
)
_BEFORE_LETTER = re.compile(rf"[ \t]*[:—–-][ \t]*{_LETTER_FROM.pattern}")
# "Yaima Ferrer Lazo on La guagua de las seis": a guest's name, then the film spoken of
_GUEST_ON = re.compile(
    r"(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}\p{Lu}[\p{L}'’-]+[ \t]+(?:on|about)[ \t]+"
    r"(?P<title>[¡¿]?\p{Lu}.{0,60})$"
)
_TALKING_ABOUT = re.compile(
    r"\b(?i:talking|thoughts|notes|raving|obsessing|obsessed)\s+(?:on|about|over|with)\s+"
    r"(?P<title>[¡¿]?\p{Lu}.{0,60})$"
)


@functools.lru_cache(maxsize=8)
def _section_values(body: str) -> frozenset[str]:
    """The values of the body's section rows, by slug: "Sección / Section: Panorama
    Documental" names the programme's strand, which a page title also names, not a film."""
    return frozenset(slugify(m["value"]) for m in _SECTION_ROW.finditer(body))


_PAGE_NUMBERED_LINE = re.compile(r"(?m)^(\d{1,3})[ \t]+(?=\p{Lu})")


@functools.lru_cache(maxsize=8)
def _contents_numbers(body: str) -> dict[int, int]:
    """A contents page's lines, each opening with its page number ("78 Harmattan (Ada
    Okonkwo) ★★★★★", "80 Gull Island ..."), by where each starts: the length of its number.
    Three lines in a row at least, their numbers rising, so no title's own number is taken."""
    found: dict[int, int] = {}
    run: list[re.Match[str]] = []
    for match in [*_PAGE_NUMBERED_LINE.finditer(body), None]:
        follows = (
            match is not None
            and run
            and body.count("\n", run[-1].start(), match.start()) == 1
            and int(match[1]) > int(run[-1][1])
        )
        if not follows:
            if len(run) >= 3:
                found.update((m.start(), m.end() - m.start()) for m in run)
            run = []
        if match is not None:
            run.append(match)
    return found


@functools.lru_cache(maxsize=8)
def _crumb_pages(body: str) -> frozenset[str]:
    """A site's pages, by slug: the steps its crumbs pass through before the last ("Archive" of
    "Programme ▸ Archive ▸ 2025 ▸ Main Competition", not "Flow", the last), and the steps of a
    menu or section line in capitals ("NYHETER  SPORT  KULTUR  NÖJE", "KULTUR · FILM ·
    RECENSION"). A step is a page where it is a common word, or where the body writes it
    nowhere else ("Cultura" of "Portada > Cultura > Cine")."""
    crumbs = _CRUMB_LINE.findall(body)
    menus = _MENU_LINE.findall(body)
    steps = [_CRUMB_STEP.split(line)[:-1] for line in crumbs]
    steps += [_MENU_STEP.split(line.strip()) for line in menus]
    said = "\n".join(crumbs + menus).casefold()
    pages = set()
    for step in (step.strip() for line in steps for step in line):
        if not re.fullmatch(r"\p{L}+", step):
            continue
        word = re.compile(rf"(?<!\p{{L}}){re.escape(step.casefold())}(?!\p{{L}})")
        alone = len(word.findall(body.casefold())) == len(word.findall(said))
        if alone or not names.is_rare(step.title()):
            pages.add(slugify(step))
    return frozenset(pages)


_MENU_STEP = re.compile(r"[ \t]{2,}|[ \t]+[·|•][ \t]+")
_MENU_LINE = re.compile(
    r"(?m)^[ \t]*\p{Lu}{2,}(?:(?:[ \t]{2,}|[ \t]+[·|•][ \t]+)\p{Lu}{2,}){2,}(?=[ \t]{2,}|[ \t]*$)"
    # (or in title case, four steps at least between bars: "Litigation | Deals | Labor | Film &
    # TV | Newsletters")
    r"|^[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+[|·•][ \t]+\p{Lu}\p{L}+(?:[ \t]&[ \t]\p{Lu}\p{L}+)?){3,}"
    r"(?=[ \t]{2,}|[ \t]*$)"
)
_CRUMB_STEP = re.compile(r"[ \t]+[▸›»>][ \t]+")
_CRUMB_LINE = re.compile(r"(?m)^[^\n]*?(?:[ \t]+[▸›»>][ \t]+[^\n]*?){2,}$")
# crumbs of one step or more, from the site's home: "The Wildmere Blog › New for 2025"
_CRUMBS_FROM_HOME = re.compile(r"(?m)^[^\n]*?(?:[ \t]+[▸›»][ \t]+[^\n]*?)+$")

_SECTION_ROW = re.compile(
    r"(?im)^[^\n:|]*\b(?:section|secci[óo]n|sektion|sezione|strand|sidebar|category|"
    r"categor[íi]a)\b[^\n:|]{0,20}[:|][ \t]*(?P<value>[^\n(|]+?)[ \t]*(?:\([^\n]*)?$"
)


def _title_after_label(title: str, body: str) -> str:
    """ "THE WINNER: LES FILLES DU FLEUVE", "BEST SHORT: AJOLOTE": a round-up's label, then the
    film; the body writes the film alone more often than the heading whole. Not "MOON HARBOR:
    THE RETURN", whose subtitle is not written alone."""
    head, colon, tail = title.partition(": ")
    if not colon or not tail:
        return title
    lowered = _lowered(body)
    alone, whole = (
        len(
            re.findall(
                rf"(?<![\p{{L}}\p{{N}}]){re.escape(part.lower())}(?![\p{{L}}\p{{N}}])", lowered
            )
        )
        for part in (tail, title)
    )
    if alone <= whole:
        return title
    # (not "Trolltind: Den siste vinteren", whose head the body also writes as a name; nor
    # "SPIDER-MAN: ACROSS THE SPIDER-VERSE", whose head heads another title too, in any case)
    head_alone = len(
        re.findall(rf"(?<![\p{{L}}\p{{N}}]){re.escape(head.lower())}(?![\p{{L}}\p{{N}}])", lowered)
    )
    return title if head_alone > whole else tail


def _reads_as_a_sentence(text: str) -> bool:
    """A headline, not a title: "Animated dragon sequel soars past 1.8 billion yuan". A title
    has few lower-case words beyond "of", "the", "and" ...; a stylised one ("small hours.") is
    short."""
    # (an Irish word's mutation is capitalised: "gCnámh" of "Oileán na gCnámh")
    words = [w for w in text.split() if not re.match(rf"{names.JOINED_PARTICLE}\p{{Lu}}", w)]
    lower = [w for w in words if w[:1].islower() and w.lower() not in names.SMALL_WORDS]
    if all(w[:1].islower() or not w[:1].isalpha() for w in words):
        return len(words) > 4
    return len(lower) >= 2 or len(words) > 10


def _written_apart(part: str, title: str, body: str) -> re.Match[str] | None:
    """Where the body writes a part of the page title other than inside a copy of the whole
    title: a body that opens by repeating its headline does not make each clause a title."""
    copies = (
        [(m.start(), m.end()) for m in title_pattern(title).finditer(body)] if part != title else []
    )
    for found in title_pattern(part).finditer(body):
        if not any(start <= found.start() < end for start, end in copies):
            return found
    return None


_QUOTED = re.compile(
    r"(?|(?<![\p{L}\p{N}])[“\"‘']([^“”\"‘’']{2,80})[”\"’'](?!\p{L})"
    # (a title in letters without case may take its case ending after the mark: Marathi
    # "'पाऊलखुणा'ची", Nepali "'हिउँ पग्लिँदा'ले")
    r"|(?<![\p{L}\p{N}])[“\"‘']([^\p{Lu}\p{Ll}\p{Lt}“”\"‘’'\n]{2,80})[”\"’'](?=\p{L})"
    r"|«[ \t\u00a0]*([^«»\n]{2,80}?)[ \t\u00a0]*»"  # French marks: « La Marée des autres »
    r"|(?<![\p{L}\p{N}])„([^„“”\n]{2,80}?)[“”](?!\p{L})"  # German marks: „Wintergäste“
    r"|《([^《》\n]{1,40})》"  # Chinese title marks: 《雪线以北》
    r"|〈([^〈〉\n]{1,40})〉|『([^『』\n]{1,40})』)"  # Korean, Japanese: 〈소금창고〉, 『夏の庭』
)
# What a page title adds after the name: "(2023)", "(15)", "(PG-13)", " review", " trailer".
_GLOSSED = re.compile(r"(?P<title>[^()]+?)\s+\((?P<gloss>[^()]{2,80})\)")
_DATED_MONTH = re.compile(rf"\b({normalise.MONTHS})[ \t]+\((?:18|19|20)\d\d\)")
_QUOTED_SEASON = re.compile(r"(?:\p{Lu}\p{Ll}+ ){1,3}Season")


def _titled_by_headline(headline: str) -> set[str]:
    """Names no title has, but as the headline sets them: a month it dates in brackets
    ("November (2017) – DVD"; a month takes no year in brackets but a film's), or a season it
    quotes ("... deals on 'Yak Season'"; a programme's season is never quoted)."""
    dated = {match[1] for match in _DATED_MONTH.finditer(headline)}
    quoted = {m[1] for m in _QUOTED.finditer(headline)}
    return dated | {name for name in quoted if _QUOTED_SEASON.fullmatch(name)}


_MEDIUMS = (
    r"videorecordings?|electronic resource|videocassette|videodisc|motion picture|"
    r"sound recording|dvd|blu-ray|"
    # ... in French, Spanish and German records: "Les hivers de Clémence [enregistrement vidéo]"
    r"enregistrement vidéo|enregistrement sonore|vidéogramme|videograbación|grabación de video|"
    r"bildtonträger"
)
_TRAILING_NOTE = re.compile(
    # (a note in lower case may be longer: "(tissues required)", not a gloss "(The Return)")
    r"(?:\s*\((?:[^()]{1,12}|\p{Ll}[\p{Ll} ,'’-]{1,30})\)|\s+(?i:review|trailer|film review|"
    r"movie review)"
    # (a library record's medium: "La casa de los mangos [videorecording]")
    rf"|[ \t]*\[(?i:{_MEDIUMS})\]"
    # (a shop's edition: "[Blu-ray Deluxe Edition]", "[4K UHD + Blu-ray]")
    r"|[ \t]*\[[^\[\]\n]{0,40}\b(?i:blu-?ray|dvd|4k|uhd|edition|steelbook)\b[^\[\]\n]{0,40}\]"
    # (a thread's warning: "Halcyon Drift [SPOILERS]", "(spoilers)")
    r"|[ \t]*[\[(](?i:spoilers?|no spoilers|spoiler-free|spoiler free)[\])]"
    # (an album's: "Amber Shore (Original Motion Picture Soundtrack)")
    r"|\s*\((?i:(?:original\s+)?(?:motion\s+picture\s+)?(?:soundtrack|score)(?:\s+album)?)\))+\s*$"
)
# a library record's medium, in square brackets: "La casa de los mangos [videorecording]"
_MEDIUM_NOTE = re.compile(rf"[ \t]*\[(?i:{_MEDIUMS})\]")
_ALBUM_NOTE = re.compile(
    r"(?i:(?:original\s+)?(?:motion\s+picture\s+)?(?:soundtrack|score)(?:\s+album)?)"
)
_COLON_TITLE = re.compile(
    rf"(?P<head>{names.TITLE}(?:[!?][ \t]+{names.TITLE})?)[!?]?:[ \t]+{names.TITLE}"
    # (not a headline's "Winter Sleep: Ceylan's long night", a possessive after the colon)
    r"(?!['’]s\b)"
)
# A label that names the film ("Film:", "Title:"), or gives a translation of its title.
# (in other languages too, and two at once: "Título original / Original title")
_ORIGINAL_LABEL = re.compile(
    r"(?i:original title|t[íi]tulo original|titre original|titolo originale|originaltitel|"
    r"tytuł oryginalny)(?:[ \t]*/[ \t]*(?i:original title))?"
)
_OWN_TITLE_WORD = (
    rf"(?:{_ORIGINAL_LABEL.pattern}|"
    r"(?i:film|movie|title|t[íi]tulo|titre|titolo|titel)(?:[ \t]*/[ \t]*(?i:title))?)"
)
_GLOSS_LABEL_WORD = re.compile(
    r"(?i:(?:english|international|us|uk|translated) title|t[íi]tulo en ingl[ée]s|"
    r"titre anglais|titre international|englischer titel)"
    r"(?:[ \t]*/[ \t]*(?i:(?:english|international) title))?"
)
_TITLE_LABEL_WORD = re.compile(rf"{_OWN_TITLE_WORD}|{_GLOSS_LABEL_WORD.pattern}")
# (or the label alone on its line, over its value: "ENGLISH TITLE", then "7 Winters in Tusheti")
_LABEL_THEN = r"(?:[ \t]*[:|][ \t]*|\t+|[ \t]*:?[ \t]*\n[ \t]*(?=\S))"
_GLOSS_LABEL = re.compile(
    rf"(?m)^[ \t]*{_GLOSS_LABEL_WORD.pattern}{_LABEL_THEN}(?P<title>[^\n]{{2,80}}?)[ \t]*$"
)
# The line right above "Original title | ...", after a blank line: the title the entry goes by
# (searched in the text up to the label)
_LINE_ABOVE_ORIGINAL = re.compile(r"(?:\A|\n\n)(?P<title>[^\n|\t]*\p{L}[^\n|\t]{0,79})\n\Z")
_OVER_ITS_OWN_SCRIPT = re.compile(
    r"(?m)^(?P<title>[^\n\p{L}]{0,3}\p{Latin}[^\n]{1,79})\n"
    r"(?=[^\n\p{L}]{0,6}[^\p{Latin}\p{Common}\p{Inherited}\s][^\n]*\n)"  # ("1207호: 야간 근무")
)
_TITLE_LABEL = re.compile(
    # (an "English title:" is a gloss, not the title the text goes by)
    # (not a table's header: "FILM<TAB>DIR.<TAB>MINS")
    # ("(original title: Nimeni nu pleacă.)" under the title, in brackets)
    rf"(?m)^[ \t]*(?P<open>\()?(?P<label>{_OWN_TITLE_WORD}){_LABEL_THEN}[\"“]?"
    r"(?P<title>[^\n\t\"“”]{2,80}?)[\"”]?(?:[ \t]+\((?:19|20)\d\d\))?(?(open)\))[ \t]*$"
)
# keys of a facts table that are not credits ("Type: Feature documentary")
_ROW_KEY = re.compile(
    r"(?i:type|kind|format|year|section|category|sound|colou?r|aspect ratio|(?:world )?premiere|"
    r"awards?|festivals?|sales|contact|website|budget|box office|gross|status|age|rated)"
)
_LABEL_WORDS = re.compile(
    r"(?i:.*\b(?:director|directed|screenplay|writer|written|cast|starring|music|composer|"
    r"βαθμολογία|"  # (Greek: "Βαθμολογία: ★★★½", a review's rating)
    r"score|studio|production|producers?|distributor|distribution|language|country|genre|"
    r"running time|runtime|length|duration|rating|certificate|release|released|date|format|"
    r"editor|editing|cinematography|photography|with|review|update|note|verdict|reference|"
    r"source|see also|via|credits?|photo|image|tags?|filed under|category|distributed|"
    r"produced|edited|composed|logline|interview|analysis|opinion|exclusive|trailer|gallery|"
    r"podcast|explainer|recap|preview|obituary|critics?|showtimes|banner|nominees|nominations|"
    r"finalists|shortlist|shortlisted|winners|"
    r"wertung|bewertung)\b.*)"  # (German: "Unsere Wertung: ★★★★☆", a paper's own rating)
)


def _is_prose(text: str) -> bool:
    """A sentence of prose, not a heading, a menu or a credit line."""
    lower = sum(1 for word in text.split() if word[:1].islower())
    return text.rstrip().endswith((".", "!", "?")) and lower >= 4


def _is_common_word(name: str, body: str) -> bool:
    """A one-word name the body also writes in lower case is a word, not a title; so is one
    of English's most used words, at a sentence's start ("Every city has ...", "Is it?")."""
    if " " in name or not name[:1].isupper():
        return False
    return name.lower() in _lower_case_words(body) or casing.is_everyday(name)


_OPENS_BEFORE = re.compile(r"(?:\A|[.!?:;\"“(\n]|\d[.)])[ \t]*\Z")


def _cased_mid_sentence(name: str, text: str) -> bool:
    """The text writes the word with its capital where no sentence opens: "saw Flow", not
    "One more thing"."""
    for found in re.finditer(rf"(?<![\p{{L}}\d]){re.escape(name)}(?![\p{{L}}\d])", text):
        if not _OPENS_BEFORE.search(text, max(0, found.start() - 4), found.start()):
            return True
    return False


@functools.lru_cache(maxsize=8)
def _lower_case_words(body: str) -> frozenset[str]:
    return frozenset(_WORD.findall(body)) - frozenset(
        w for w in _WORD.findall(body) if not w.islower()
    )


# Words a sentence may open with, or name, that are never the film a page is about: the
# writer ("I"), times of the year and day, review sites.
_NEVER_TITLES = frozenset(
    "i we you me my our spring summer autumn fall winter day night today tonight tomorrow "
    "yesterday weekend morning evening overseas meanwhile however elsewhere domestically "
    "internationally globally worldwide abroad instead later dir prod dop scr movie film anime "
    "feature features manga type entry new why there "
    # a credit block's keys: "Country ..... Mexico", "Runtime ..... 1 hr 41 min"
    "country countries language languages runtime genre genres cast writer writers director "
    "directors producer producers rating format status synopsis note notes "
    # ... and in the languages of the film's own credit page: "Año | 2023", "Duración | 1 h 52"
    "year año ano année jahr anno país pais pays paese duración duracion durée durata dauer "
    "duração género genero idioma idiomas langue langues sprache lingua reparto elenco "
    "montaje premios nominaciones clasificación formato sinopsis agradecimientos "
    # (Turkish and Indonesian: "Süre | 104 dakika", "Durasi: 101 menit")
    "süre sure ülke ulke dil künye kunye vizyon gişe gise durasi negara bahasa sinopsis "
    "réal réal. real. avec "  # "Réal. / Dir. X", "Avec / With X": a French label
    # a German programme's words: "KURZFILMABEND / SHORTS NIGHT", "14 Min."
    "kurzfilmabend kurzfilme kurzfilm filmabend min min. "
    "programa programação "  # "PROGRAMA COMPLETO / FULL PROGRAMME"
    # a premiere's or a section's word, alone: "International premiere", "World premiere"
    "international national official special world european asian local regional "
    "wp ip ep "  # "WP: Busan International Film Festival": a world premiere's abbreviation
    # words that open a sentence, capitalised only for that: "TOKYO — For the fifth weekend"
    "for with after during since despite amid among although though because while when where "
    "the a an and but or if of in on at by from to into this these those".split()
) | {"rotten tomatoes", "metacritic", "imdb", "letterboxd", "allocine", "what's on", "what’s on"}
# (the credit page's keys of two words: "Título original | La sal de los días")
_NEVER_TITLES |= {"título original", "titre original", "original title", "ficha técnica"}
# a forum's words for a thread: "Salt Wind (2024) — discussion thread"
_NEVER_TITLES |= {"thread", "discussion", "discussion thread", "official thread", "megathread"}
_NEVER_TITLES |= {"official discussion", "live discussion", "weekly discussion"}
# a page's placeholder for what it shows: "[IMAGE] LPI_20250518_0412", "[VIDEO]"
_NEVER_TITLES |= {"image", "images", "photo", "photos", "video", "gallery", "advertisement"}
# a headline's verb, alone: "Announcing the 2025 Blue Pencil Winners"
_NEVER_TITLES |= {"announcing", "introducing", "presenting", "celebrating", "congratulations"}
# a quiz page's label: "Quiz: quanto conosci il cinema di ...?"
_NEVER_TITLES |= {"quiz", "trivia quiz", "film quiz", "movie quiz"}
# how it is made, opening a note: "Stop-motion animated film about a girl ..."
_NEVER_TITLES |= {"stop-motion", "stop motion", "hand-drawn", "claymation", "cut-out", "rotoscope"}
# a programme's or a column's part: "COMING NEXT", over a film still to come
_NEVER_TITLES |= {"coming next", "coming soon", "up next", "next up", "next week", "next month"}
# a booking page's buttons: "Fri 08 Nov  18:15  [ BOOK ]"
_NEVER_TITLES |= {"book", "book now", "book tickets", "buy tickets", "sold out", "few seats left"}
# a maker's own page's parts: "CV", over the films a cinematographer shot
_NEVER_TITLES |= {"cv", "c.v.", "résumé", "resume", "filmography", "credits", "showreel", "reel"}
_NEVER_TITLES |= {"coming up", "this weekend", "next weekend", "past weekends", "last weekend"}
# a review's verdict, as its heading: "Ons oordeel" (Dutch, "our verdict")
_NEVER_TITLES |= {"ons oordeel", "our verdict", "the verdict", "verdict"}
# a post's warning, set as a heading: "⚠ SPOILERS FROM HERE ⚠"
_NEVER_TITLES |= {
    "spoilers",
    "spoiler warning",
    "spoilers ahead",
    "spoilers below",
    "spoilers from here",
    "spoiler alert",
}
# streaming services, as a "what to watch" column heads its entries: "NETFLIX", over the title
_STREAMING_SERVICES = frozenset(
    {
        "netflix",
        "mubi",
        "disney+",
        "prime video",
        "amazon prime video",
        "apple tv+",
        "hulu",
        "hbo max",
        "paramount+",
        "bbc iplayer",
        "criterion channel",
        "the criterion channel",
        "curzon home cinema",
        "kanopy",
        "crunchyroll",
        "tubi",
        "itvx",
        "sky cinema",
        "canal+",
        "filmin",
        "iqiyi",
        "tving",
        "wavve",
        "u-next",
        "hotstar",
        "jiocinema",
        "zee5",
        "sonyliv",
        "showmax",
        "rakuten tv",
        "youtube",
        "vimeo",
        "bfi player",
    }
)


# "I've", "We're", "It's", "Don't": a pronoun or a verb with its ending, never a title
_CONTRACTION = re.compile(
    r"(?:i|we|you|they|he|she|it|that|there|let|don|didn|can|won)['’](?:ve|re|m|d|ll|s|t)"
)
_WORD_BREAK = re.compile(r"[\s-]+")
# "June 2024", and a programme's day: "Thu 20 March", "FRI 14", "Saturday 22"
_MONTH_FIRST = re.compile(
    # "March", "Mar 14", "May–June 2025"; not "Mar de Fondo", "March of the Penguins"
    rf"(?:{normalise.MONTHS})\.?(?:[\s–-]+(?:\d|(?:{normalise.MONTHS})\b|to\b|and\b|through\b).*)?"
    r"|(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?\s+\d.*"
    # ... or a weekend's: "Fri–Sun, May 30 – June 1"
    r"|(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}*\.?[ \t]*[–-][ \t]*"
    rf"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{{L}}*\.?,?\s+(?:\d|{normalise.MONTHS}).*"
    # ... in the languages of bilingual programmes: "MARTES 22 DE ABRIL · TUESDAY 22 APRIL"
    r"|(?i:lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|segunda|terça|quarta|quinta|sexta|lunedì|martedì|mercoledì|"
    r"giovedì|venerdì|sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag)(?:-feira)?,?\s+\d.*"
    # "8–14 November", "14 March 2025": a day first
    rf"|\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{normalise.MONTHS})\.?(?:\s+\d{{4}})?"
)
_SURE_DEMONYM = re.compile(r"(?:ian|(?<![fw])ish|ese|ean|ic)$|^(?:african|arab|latin|american)$")
_DEMONYM_PART = re.compile(r"north|south|east|west|central|latin|\p{L}+(?:ian|ish|ese|ean|an|ic)")


# a word that names what a person is, before their name: "Cinematographer Lasse Vinding"
_ROLE_WORD_FIRST = re.compile(
    r"(?i:cinematograph|photograph|direct|dop\b|compos|edit|produc|writ|screenwrit|act|star|"
    r"music|camera|design|animat|author|novel|critic|detective|inspector|officer|captain|doctor|"
    r"father|mother|mrs?\b|ms\b|dr\b|sir\b|dame\b)"
)
# The particle that opens a surname: "Van den Eynde", "von Albrecht", "della Rovere".
_PARTICLE = re.compile(rf"(?i:{names.CONNECTOR})")


_SEQUEL_NUMBER = re.compile(r"[ \u00a0]\d{1,2}\b(?![.,:]\d)")
_ANOTHER_MAKERS = re.compile(rf"{names.NAME}['’]s?\s+(?:[\p{{Ll}}-]+\s+){{0,3}}$")


@functools.lru_cache(maxsize=64)
def _film_names(name: str) -> tuple[str, ...]:
    """The film's name and its short form: "Guillermo del Toro's Pinocchio" is "Pinocchio"."""
    made = _MAKERS_TITLE.fullmatch(name)
    return (name, made["title"]) if made else (name,)


# a country's people in its own slang: "Best Pinoy animated film", "the best Aussie horror"
_PEOPLE_WORDS = frozenset({"pinoy", "pinay", "aussie", "kiwi", "brit", "desi", "yank"})
# a forum's label before the title its thread is about: "Thread: Bakunawa (2024)"
_THREAD_LABEL = re.compile(r"(?i:thread|topic|re|discussion)")
# a forum post's head: its number, its poster, "Posted" and the hour
_FORUM_POST_HEAD = re.compile(
    r"(?i)^#\d+\b|\b(?:posted|replied|wrote)[ \t]+(?:on[ \t]+)?(?:\d|today|yesterday|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)"
)
_PHRASE_WORDS = frozenset("of in on at from for with without".split())
# how long ago, a look back's label: "Twenty years ago today", "10 years ago this week"
_YEARS_AGO = re.compile(
    r"(?i)(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
    r"twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)[ \t]+"
    r"(?:years?|decades?|months?|weeks?)[ \t]+ago(?:[ \t]+(?:today|this[ \t]+\p{L}+))?"
)
_PAGE_NUMBER = re.compile(r"(?i)(?:page|p\.|pg\.?)[ \t]*\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?")
# a crew member's trade, as a CV or a profile puts it under the name: "Director of Photography"
_CREW_TRADE = re.compile(
    r"(?i)(?:(?:director|head)[ \t]+of[ \t]+photography|cinematographer|"
    r"(?:production|costume|sound|lighting)[ \t]+designer|casting[ \t]+director|"
    r"(?:first|second|1st|2nd)[ \t]+assistant[ \t]+director|script[ \t]+supervisor|"
    r"(?:film|picture|sound)[ \t]+editor|line[ \t]+producer|executive[ \t]+producer|"
    r"colou?rist|gaffer|key[ \t]+grip|(?:camera|steadicam)[ \t]+operator)"
)
_SERIES_PART = re.compile(
    r"(?i)\b(?:diary|diaries|dispatch|journal|notebook|log|report|letter)\b,?[ \t]+"
    r"(?:part|day|no\.?|#|vol\.?)[ \t]*(?:\d+|one|two|three|four|five)\b"
)


_RELEASE_NOTE = re.compile(
    r"(?i:in|at|on)[ \t]+(?:[\p{L}&'’-]+[ \t]+){0,4}?(?i:cinemas|theaters|theatres|screens|"
    r"select[ \t]+cinemas)[ \t]+(?i:from|on|nationwide|now)\b[^\n]{0,40}"
)


# a cinema's section heading, perhaps after its own tongue's words: "PHIM SẮP CHIẾU / COMING SOON"
_SCHEDULE_HEADING = re.compile(r"(?i:(?:^|/[ \t]*)(?:coming soon|now showing)[ \t]*$)")
_FACT_CHECK = re.compile(r"(?i:fact[- ]?check(?:ed|ing)?)")
# an editor's note before what it says: "Correction (6 October):", "Update:", "PS:"
_EDITORS_LABEL = re.compile(
    r"(?i:corrections?|updates?|clarification|editor['’]s[ \t]+note|note|spoilers?|warning|"
    r"disclaimer|p\.?s\.?)(?:[ \t]*\([^()\n]{1,30}\))?"
)


_NAME_ZIPF = 3.3  # wordfreq's Zipf: "Hitchcock" 3.27, "Monsoon" 3.33, "Swarm" 3.44


@functools.lru_cache(maxsize=4096)
def unlikely_title(name: str) -> bool:
    """A name that is never the title of a film: an award, a festival, a month, a country."""
    if name.rstrip().endswith(":"):
        return True  # "Ons oordeel: ★★★★☆": a label, its value after it
    if re.match(r"(?![\u2500-\u25ff])[\p{So}\p{Sm}]", name):
        # "☆ Add to watchlist   ✉ Request meeting": a page's buttons, by their icons (not a
        # list's or a heading's marks, "▸ A Casa das Marés", "▍THE FILM")
        return True
    head, colon, _ = name.partition(": ")
    if colon and _EDITORS_LABEL.fullmatch(head):
        return True  # "Correction: Copper Tide runs 95 minutes": the page's note, then the title
    if _FACT_CHECK.fullmatch(head):
        return True  # "Fact check: What did ... really win?": the page's kind, not a film
    if colon and re.search(r"\w['’]s\b", head):
        # "Yomogi's Lanterns: The Last Summer Festival": the subtitle may say "festival"
        return unlikely_title(head)
    # "Dust Season", "Salt Water Season": common words, a title; not "Kurosawa Season" or
    # "Korean Season", a programme of a maker's or a country's films
    common = re.fullmatch(r"((?:\p{Lu}\p{Ll}+ ){1,3})Season", name)
    # (a word as seldom written as a maker's name is one: "Swarm" is common enough, not
    # "Hitchcock")
    common_words = common is not None and not any(
        casing.zipf(word.lower()) < _NAME_ZIPF or word.lower() in normalise.DEMONYMS
        for word in common[1].split()
    )
    if _NOT_A_FILM.search(name) and not common_words:
        return True  # "Golden Crane Award for Best Film" is an award
    if re.search(r" \+ \p{Lu}", name):
        return True  # "PATERSON + LINHA 28": a double bill's two films (not "X + a half")
    if "_" in name:
        return True  # "sakuraforest_88": a forum's user, no title
    if _SERIES_PART.search(name):
        return True  # "Busan diary, part 2": a post in a blog's series
    both = _TWO_TONGUES.fullmatch(name)
    if both and _PROGRAMME_SLOT.search(both["second"]):
        return True  # "ZUM ABSCHLUSS / TO CLOSE": a programme's slot, in two tongues
    if _GUIDE_SLOT.fullmatch(name):
        return True  # "Family Pick" over "THE ELEPHANT WHO COUNTED STARS": the guide's slot
    if _PAGE_NUMBER.fullmatch(name):
        return True  # "Page 3" of "Best horror of the decade? - Page 3 - X Forum"
    if re.search(r"\p{Sc}[ \t]?\d", name):
        return True  # "Guide Price £1,450,000" of a property's page title: a price
    if _CREW_TRADE.fullmatch(name):
        return True  # "Director of Photography" under a CV's name: a trade, no title
    if _YEARS_AGO.fullmatch(name):
        return True  # "TWENTY YEARS AGO TODAY" over the headline: a paper's look back
    superlative = re.fullmatch(r"(?:Best|Worst|Greatest|Finest)\s+(\p{L}+)", name)
    if superlative and (
        superlative[1].lower() in normalise.DEMONYMS or superlative[1].lower() in _PEOPLE_WORDS
    ):
        return True  # "Best Pinoy animated film in years": praise, no title
    if _FORUM_POST_HEAD.search(name):
        return True  # "#1  kapekape88   Posted 28 Nov 2024, 22:14": who posted, and when
    if _RELEASE_NOTE.fullmatch(name):
        return True  # "In UK & Irish cinemas from 14 June 2024": when it opens, under the title
    if re.search(r"(?:^|\b(?i:the)\s+)(?i:films|cinema)\s+(?i:of)\s+\p{Lu}", name):
        return True  # "Tides and Rain: The Cinema of Maricel Dizon-Lacson", a retrospective's
    byline = re.match(
        r"(?:(?:Reviewed|Posted|Written|Words)[ \t]+)?(?i:by)[ \t]+(?P<who>[^,]+)", name
    )
    if byline and names.looks_like_person(byline["who"].strip()):
        return True  # "By Daniyar Sultanbekov, Almaty", "Reviewed by X": who wrote the page
    lowered = name.lower()
    if (
        lowered in _NEVER_TITLES
        or lowered in _STREAMING_SERVICES
        or _CONTRACTION.fullmatch(lowered)
    ):
        return True
    if name in names.GLOSS_ARTICLES:
        return True  # "El" of "El último verano en Tlacotalpan", cut at its first small word
    if lowered in names.LEADING_NOISE or lowered in names.PRONOUNS:
        return True
    if all(part in _places_and_tongues() for part in _LISTED_WORDS.split(lowered)):
        return True  # "Japan", "Swedish and Danish" (rights): places and tongues, listed
    dated = re.fullmatch(r"(?P<place>.+?),?[ \t]+(?:18|19|20)\d\d", lowered)
    if dated and all(p in _places_and_tongues() for p in _LISTED_WORDS.split(dated["place"])):
        return True  # "Japan, 2021" over a review's credits: where and when it was made
    if all(part in _places_and_tongues() for part in re.split(r"[ \t]*[–—-][ \t]*", lowered)):
        return True  # "Ireland–Belgium" over a film's year and runtime: a co-production's
    spoken = re.sub(r"^(?:in|spoken in)\s+", "", lowered)
    if spoken != lowered and all(p in _places_and_tongues() for p in _LISTED_WORDS.split(spoken)):
        return True  # "In Croatian and Serbian": what it is spoken in
    place = re.sub(r"^(?:from|out of)\s+(?:the\s+)?", "", lowered)
    if place != lowered and place in _places_and_tongues():
        return True  # "From the Philippines, X's romance": where it comes from
    head, joined, tail = name.partition(" and ")
    thing = tail.lower().startswith(("the ", "a ", "an ", "his ", "her "))
    if joined and " " in head and names.looks_like_person(head) and not thing:
        # "Chika Sakamoto and Totoro": people listed, not a title (but "Captain Nobody and
        # the Tin Moon" is one)
        return True
    words = lowered.split()
    if joined and thing and tail.lower().startswith("the "):
        words = head.lower().split()  # "Gulli and the Kite Festival": the story's, a title
    # (not "A Short Film About Killing": a title that opens on "A")
    titled = words[:1] in (["a"], ["an"]) and len(words) > 3
    # (not an organisation's word in a phrase: "Pictures of Ghosts", "Studio in the Rain")
    phrased = {w for w, after in itertools.pairwise(words) if after in _PHRASE_WORDS}
    # (nor a verb's "-ing" form before it: "Identifying Features", "Moving Pictures")
    if len(words) == 2 and words[0].endswith("ing") and not names.is_rare(words[0]):
        phrased.add(words[1])
    if (set(words) & names.ORG_WORDS) - {"academy"} - phrased and not titled:
        return True  # "Studio Wren", "Northwind Animation"; not "Starfall Academy the Movie"
    # "Finnish-Estonian", "North American": adjectives of places; not "Kadathukaaran"
    parts = _WORD_BREAK.split(lowered.removeprefix("the "))  # "The Japanese"
    if all(_DEMONYM_PART.fullmatch(part) for part in parts) and (
        len(parts) > 1 or lowered in normalise.DEMONYMS or _SURE_DEMONYM.search(lowered)
    ):
        return True
    if lowered in normalise.DEMONYMS:
        return True  # "Argentine cinemas": the adjective, whatever its ending
    if re.search(r"\s#\d+$", name) or re.fullmatch(r"(?i:day|week)\s+\d{1,2}|\d{1,2}", name):
        return True  # "Seen in Lyon #14": a column's instalment; "DAY 4": a festival's day
    if _QUESTION_HEADING.match(name):
        return True  # "What didn't", "Why it works": a review's section, not a title
    if _CURRENCY_SUM.match(name) or re.fullmatch(r"\p{Lu}\.?", name):
        return True  # "CLP 38" of "CLP 38 million": a sum; "R" of "R$ 8,4": a letter
    if _PAGE_HEADING.match(name):
        return True  # "New this week on Nollyflix", "Now showing": a listing page's name
    if _STARS_HEADING.match(name):
        return True  # "THREE STARS OUT OF FIVE" over a review: its verdict
    # "MARCH" in capitals, as a heading sets it
    return bool(_MONTH_FIRST.fullmatch(name) or _MONTH_FIRST.fullmatch(name.title()))


@functools.cache
def _places_and_tongues() -> frozenset[str]:
    # (and the short forms charts write: "the UK and Ireland chart")
    short = {"uk", "us", "usa", "uae", "ussr", "drc", "prc"}
    return frozenset(normalise.country_names()) | frozenset(normalise.language_names()) | short


_LISTED_WORDS = re.compile(r",?[ \t]+(?:and|or|&)[ \t]+|,[ \t]+|[ \t]*[/·][ \t]*")
_PAGE_HEADING = re.compile(
    r"(?i:new\s+(?:this\s+week|on\s|in\s|releases|to\s+stream)|now\s+(?:showing|streaming|"
    r"playing)|coming\s+soon|what['’]s\s+on|this\s+week['’]?s?\s+(?:releases|picks|films)|"
    r"just\s+added|opening\s+this\s+week)"
)
_STARS_HEADING = re.compile(
    rf"(?i:(?:{normalise.NUMBER_WORD}|\d(?:\.\d)?)(?:\s+and\s+a\s+half)?\s+stars?\b)"
)
# an ISO 4217 code, as a sum's mark before its digits
_CURRENCY_CODE_BEFORE = re.compile(rf"(?:{'|'.join(sorted(list_currencies()))})(?=[ \u00a0]?\d)")
_CURRENCY_SUM = re.compile(r"[A-Z]{3}[ \u00a0]?\d")
# ... or a guide's, in lower case: "where to eat after", "what to watch next"
_QUESTION_HEADING = re.compile(
    # (a few words: not "how to make millions before grandma dies", a title)
    r"(?:What|Why|How|Where|Who|(?:what|how|where|when)\s+to)\s+(?:\p{Ll}[\p{L}'’]*(?:\s|$)){1,4}$"
    # ... or a guide's question about the film it reviews: "Is It Any Good?", "Should You
    # Watch It?"
    r"|(?i:is|should|does|will|can|would)\s+(?:\p{L}+\s+){0,2}(?i:it|this|you|your|we|they)\b[^\n?]{0,30}\?$"
)
