"""The data that flows between stages: articles, entities, values and facts.

Frozen dataclasses with no rdflib in sight, so extraction can be read and tested on its own.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

import regex


class EntityKind(StrEnum):
    """What an entity is; part of its IRI, so the same name of two kinds is two nodes."""

    FILM = "film"
    WORK = "work"
    PERSON = "person"
    ORGANIZATION = "organization"
    EVENT = "event"
    AWARD = "award"
    CHARACTER = "character"
    COUNTRY = "country"
    PLACE = "place"
    LANGUAGE = "language"
    THEME = "theme"


class Relation(StrEnum):
    """The relations the extractor emits; relations.toml says what each one is in RDF."""

    INSTANCE_OF = "instance_of"
    TITLE = "title"
    DIRECTOR = "director"
    SCREENWRITER = "screenwriter"
    PRODUCER = "producer"
    EDITOR = "editor"
    CINEMATOGRAPHER = "cinematographer"
    PRODUCTION_COMPANY = "production_company"
    DISTRIBUTOR = "distributor"
    BASED_ON = "based_on"
    AUTHOR = "author"
    CREATOR = "creator"
    PUBLICATION_DATE = "publication_date"
    PREMIERE = "premiere"
    DURATION = "duration"
    BOX_OFFICE = "box_office"
    REVIEW_SCORE = "review_score"
    AWARD_RECEIVED = "award_received"
    NOMINATED_FOR = "nominated_for"
    CHARACTER = "character"
    CAST_MEMBER = "cast_member"
    COMPOSER = "composer"
    COUNTRY_OF_ORIGIN = "country_of_origin"
    ORIGINAL_LANGUAGE = "original_language"
    GENRE = "genre"
    MAIN_SUBJECT = "main_subject"


class WorkClass(StrEnum):
    """Classes the text gives a thing: "an animated short film", "a one-shot manga", or a name
    that says what it is ("... Film Festival", "Studio ...")."""

    FILM = "film"
    ANIMATED_FILM = "animated_film"
    SHORT_FILM = "short_film"
    DOCUMENTARY_FILM = "documentary_film"
    MANGA = "manga"
    ONE_SHOT = "one_shot"
    NOVEL = "novel"
    TV_SERIES = "tv_series"
    FILM_FESTIVAL = "film_festival"
    ANIMATION_STUDIO = "animation_studio"


# Neither a letter, a digit nor a mark (the regex module's \w holds marks): a Bengali vowel
# sign ("শেষ") is part of its word, where Python's own \w would split the word at it
_NOT_WORD = regex.compile(r"[^\w]+")
# The marks a name drops in its key: accents on Latin, Greek and Cyrillic letters ("Pokémon"
# as "pokemon"), Hebrew points, Arabic vowel signs and zero-width joiners; not the vowel signs
# of the scripts of India and South-East Asia, nor the kana's voicing marks: letters' parts
_ACCENTS = re.compile(
    r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    r"\u0591-\u05c7\u064b-\u065f\u0670\u200c\u200d]"
)


@functools.lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """Normalise a name into the stable key used in IRIs (cached: the same names are keyed
    many times in each article).

    >>> slugify("Kiyotaka  Oshiyama")
    'kiyotaka-oshiyama'
    >>> slugify("LOOK BACK") == slugify("Look Back")
    True
    >>> slugify("Pokémon: The Movie")
    'pokemon-the-movie'
    """
    text = unicodedata.normalize("NFKD", name)
    text = unicodedata.normalize("NFC", _ACCENTS.sub("", text))
    text = text.casefold().replace("’", "").replace("'", "")
    return _NOT_WORD.sub("-", text).strip("-_") or "unnamed"


@dataclass(frozen=True, order=True)
class Entity:
    """A named thing; identity is its kind, its scope and its normalised name.

    The scope tells apart things that share a name: an award is scoped by who confers it,
    so two festivals' "Best Film" are two awards.

    >>> Entity(EntityKind.AWARD, "Best Film", scope="Berlinale").key
    'berlinale--best-film'
    """

    kind: EntityKind
    name: str
    scope: str | None = None

    @property
    def key(self) -> str:
        return f"{slugify(self.scope)}--{slugify(self.name)}" if self.scope else slugify(self.name)

    @property
    def label(self) -> str:
        """A readable name that also shows the scope."""
        return f"{self.name} ({self.scope})" if self.scope else self.name


@dataclass(frozen=True, order=True)
class Money:
    """An amount of money in an ISO 4217 currency."""

    amount: Decimal
    currency: str


@dataclass(frozen=True, order=True)
class Duration:
    """A running time, in whole minutes."""

    minutes: int

    @property
    def iso(self) -> str:
        """The canonical xsd:duration, as every RDF engine writes it back.

        >>> [Duration(m).iso for m in (58, 60, 62, 124)]
        ['PT58M', 'PT1H', 'PT1H2M', 'PT2H4M']
        """
        hours, minutes = divmod(self.minutes, 60)
        return (
            "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")
        )


@dataclass(frozen=True, order=True)
class Rating:
    """A review score on a scale, and how many reviews it stands for when known."""

    value: Decimal
    best: Decimal
    worst: Decimal = Decimal(0)
    count: int | None = None


Value = Entity | date | Duration | Money | Rating | WorkClass | str


@dataclass(frozen=True)
class Qualifiers:
    """Wikidata-style qualifiers of a statement; all optional."""

    place: Entity | None = None  # where a release happened (place of publication)
    territory: Entity | None = None  # where a figure or right is valid
    point_in_time: date | None = None
    period: str | None = None  # e.g. "opening week"
    approximate: bool = False
    lower_bound: bool = False  # the source says "over" / "more than"
    conferred_by: Entity | None = None
    character: Entity | None = None  # the role an actor plays or voices
    rated_by: Entity | None = None

    def is_empty(self) -> bool:
        return self == Qualifiers()


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the source IRI, the verbatim quote and its code-point offsets."""

    source: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One claim an article makes, with the rule that read it and its evidence."""

    subject: Entity
    relation: Relation
    object: Value
    evidence: Evidence
    rule: str
    qualifiers: Qualifiers = field(default_factory=Qualifiers)


@dataclass(frozen=True)
class Article:
    """An article as stored: header metadata and the body that offsets count into."""

    source: str
    title: str
    kind: str
    body: str
    path: str
    publisher: str | None = None
    date: date | None = None
    extra: tuple[tuple[str, str], ...] = ()
