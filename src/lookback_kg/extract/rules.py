"""Load the declarative extraction rules in `patterns.toml` and expand their macros.

A rule is a regular expression over one sentence, written with macros for the recurring
pieces ({NAME}, {TITLE}, {MONEY}, {DATE}...), named groups that say what each piece is
(`subj`, `obj`, `roles`, qualifiers such as `place` or `period`) and the relation it yields.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import regex as re

from lookback_kg.errors import LookbackError
from lookback_kg.extract import names, normalise, sentences, values
from lookback_kg.model import EntityKind, Relation

CURRENCY_MARK = normalise.CURRENCY_BEFORE
CURRENCY_WORD = normalise.CURRENCY_AFTER
# "$38.6 million", "₹38 crore", "$38.6M": the scale words are normalise's, spelled out after a
# space, abbreviated straight after the number
_SPELLED_SCALES = "|".join(
    word for word in sorted(normalise.SCALE_WORDS, key=len, reverse=True) if len(word) > 2
)
SCALE = rf"(?:[ \u00a0](?:{_SPELLED_SCALES}|cr\b)|(?:bn|mn|cr|m|k|B|M|K)\b)"
# "436,000", "1.2"; as much of Europe writes them, "3.200.000" and, before a scale, "3,2 milhões"
NUMBER = (
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?!\.?\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}},\d{{1,2}}(?={SCALE})|\d+(?:\.\d+)?)"
)
MONEY = (
    rf"(?:{CURRENCY_MARK}[ \u00a0]?{NUMBER}{SCALE}?(?:[ \u00a0]{CURRENCY_WORD}\b)?"
    rf"|{NUMBER}{SCALE}?[ \u00a0]{CURRENCY_WORD}\b)"
)
DATE = (
    # (perhaps after its weekday: "Friday, April 12, 2024")
    # (or "Friday the 3rd of May 2024")
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \u00a0](?:the[ \u00a0](?=\d))?"
    r"(?=\d|\p{Lu}))?"
    # (or in the page's own tongue: "6 Ekim 2024", "22 de octubre de 2024")
    rf"(?:{normalise.FOREIGN_DATE}"
    rf"|(?:{normalise.MONTHS})[ \u00a0]\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?[ \u00a0]\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?(?:{normalise.MONTHS})"
    r"(?:,?[ \u00a0]\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}"  # "14.10.2022": day first, as Europe writes
    r"|\d{4}\.\d{2}\.\d{2}(?!\d)|\d{4}/\d{2}/\d{2}(?!\d)"  # "2024.10.04": year first
    # "21/02/2025", "02/21/2025": slashes only where the day cannot be the month
    r"|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{4})"
)
NUMWORDS = rf"(?:(?:{normalise.NUMBER_WORD}|a|an)(?:[ -](?:{normalise.NUMBER_WORD}))*)"
DURATION = (
    # (not "a h" of "runs a hundred-year-old bathhouse")
    rf"(?:(?:\d+|{NUMWORDS})[ -]?(?:hours?|hrs?|h)(?!\p{{L}})"
    rf"(?:,?[ ](?:and[ ])?(?:\d+|{NUMWORDS})[ -]?"
    rf"(?:minutes?|mins?|m)\b"
    # "1 h 37", a listing's short form: the minutes bare after "h", at the field's or the
    # clause's end ("runs 1h 57 and is in Javanese")
    r"|(?<=h)[ ]?\d{1,2}(?=[ \t]*(?:$|[|·,;()\n/]|\.(?:\s|$)|and\b))"  # or "1h52 (..."
    r")?(?:[ ]and[ ](?:a[ ]half|a[ ]quarter|three[ ]quarters))?"  # "an hour and a quarter"
    # (the foreign word in any case: "93 Minuten")
    rf"|(?:\d+|{NUMWORDS})[ -]?(?:minutes?|mins?)\b|\d+[ ](?i:{normalise.FOREIGN_MINUTES})\b"
    # "1 jam 47 menit", "1 hora 47 minutos": hours in another tongue, then minutes
    rf"|\d[ ]?(?i:{normalise.FOREIGN_HOURS})\.?[ ]\d{{1,2}}[ ]?"
    rf"(?i:{normalise.FOREIGN_MINUTES}|min)\b\.?)"
)
# A festival catalogue's short labels, read whole, as its key spells them out ("D = director ·
# DoP = director of photography · Prodco = production company"): "D: Ana Ruiz", "D, Scr: ...".
# In capitals "PROD" is the company; "Prod" and "P" may be either, and the name decides.
CATALOGUE_LABELS: dict[str, tuple[Relation, ...]] = {
    "D": (Relation.DIRECTOR,),
    "SCR": (Relation.SCREENWRITER,),
    "Scr": (Relation.SCREENWRITER,),
    "DOP": (Relation.CINEMATOGRAPHER,),
    "DoP": (Relation.CINEMATOGRAPHER,),
    "ED": (Relation.EDITOR,),
    "Ed": (Relation.EDITOR,),
    "M": (Relation.COMPOSER,),
    "MUS": (Relation.COMPOSER,),
    "Mus": (Relation.COMPOSER,),
    "P": (Relation.PRODUCTION_COMPANY, Relation.PRODUCER),
    "PROD": (Relation.PRODUCTION_COMPANY,),
    "Prod": (Relation.PRODUCTION_COMPANY, Relation.PRODUCER),
    "PRODCO": (Relation.PRODUCTION_COMPANY,),
    "Prodco": (Relation.PRODUCTION_COMPANY,),
    "DISTR": (Relation.DISTRIBUTOR,),
    "Distr": (Relation.DISTRIBUTOR,),
    "CAST": (Relation.CAST_MEMBER,),
}
MACROS = {
    "LABEL": "(?:" + "|".join(sorted(CATALOGUE_LABELS, key=len, reverse=True)) + ")",
    "NAMES": names.NAMES,
    "BILLING": names.BILLING,
    "NAME": names.NAME,
    "TITLE": names.TITLE,
    "OWNER_IN_TITLE": names.OWNER_IN_TITLE,  # "Grandma's" of "Grandma's Kimchi Fridge"
    "MONEY": MONEY,
    "DATE": DATE,
    "DURATION": DURATION,
    # a disc's extra, whose runtime is not the film's: "Making of ... (52 min)"
    "EXTRA": r"(?i:making[ -]of|featurettes?|trailers?|teasers?|deleted[ \t]+scenes|"
    r"behind[ \t]+the[ \t]+scenes|stage[ \t]+greeting|bonus|"
    r"suppl[ée]ments?|bande-annonce)",  # (a French disc's: "Suppléments : Entrevue (18 min)")
    # ... and a cut of it, named before a runtime that is the cut's: "the Extended Edition
    # (128 min)" (not "159' (director's cut)", the cut a programme shows)
    "OTHER_CUT": r"(?i:extended[ \t]+(?:edition|cut|version)|director['’]s[ \t]+cut|"
    # (an archive's table of versions: "Shortened version (children's certificate) | 1958")
    r"(?:shortened|export|dubbed|television|tv|censored|alternate|alternative|re-?edited|"
    r"abridged)[ \t]+(?:version|cut))",
    "PERCENT": r"\d{1,3}(?:\.\d)?[ \u00a0]?(?:%|percent\b|per[ ]cent\b)",
    "NUM": NUMBER,
    "CAP": names.CAP,
    "PRIZE": names.PRIZE_WORD,
    "CONN": names.CONNECTOR,
    # a festival named in a Romance tongue, its lower-case words kept: "Festival de cinéma de
    # la ville de Québec", "Festival internacional de cine de Mar del Plata"
    # (and Carthage's "Journées cinématographiques de Carthage")
    "ROMANCE_FESTIVAL": r"(?:Festival|Festa|Mostra|Festivalul|Journées\s+cinématographiques)"
    r"(?:\s+(?:[dl]['’])?(?:international|"
    r"internacional|internazionale|du|de|des|del|do|da|dos|della|la|le|el|dei|film|films|filme|"
    r"cinéma|cine|cinema|nouveau|nuevo|novo|ville|ciudad|cidade|court|métrage|courts|métrages|"
    r"documentaire|documental|animation|animación|animação|jeune|public)|\s+[dl]['’](?=\p{Lu}))+"
    r"\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|do|da|dos|das|os|as|la|le|les|los|las|el)\s+)*"
    r"(?:[dl]['’])?\p{Lu}[\p{L}'’-]*)*",
    # the people a character is to another: "her sharp-tongued sister-in-law Keiko"
    "KIN": "(?:father|mother|son|daughter|sister|brother|sister-in-law|brother-in-law|"
    "stepmother|stepfather|stepsister|stepbrother|grandmother|grandfather|granddaughter|"
    "grandson|aunt|uncle|cousin|niece|nephew|friend|best friend|childhood friend|classmate|"
    "wife|husband|fiancée|fiancé|girlfriend|boyfriend|twin|baby sister|baby brother|mentor|"
    "apprentice|rival|nemesis|neighbour|neighbor|housekeeper|maid|pet|cat|dog)",
    "ACTOR_ROLE_HEADER": sentences.ACTOR_ROLE_HEADER,
    "BILINGUAL": sentences.BILINGUAL,
    "BILINGUAL_AFTER": sentences.BILINGUAL_AFTER,
    "ROLE_ACTOR_HEADER": sentences.ROLE_ACTOR_HEADER,
    "ROLE_VERSIONS_HEADER": sentences.ROLE_VERSIONS_HEADER,
    # "Japanese", "South Korean": an adjective of nationality, capitalised
    "DEMONYM": "(?:"
    + "|".join(
        sorted(
            (word.title() for word in normalise.DEMONYMS if word.replace(" ", "").isalpha()),
            key=len,
            reverse=True,
        )
    )
    # ... and those written in capitals: "US", "U.S.", "UK"
    + "".join(
        sorted(
            f"|{re.escape(word.upper())}"
            for word in normalise.DEMONYMS
            if len(word.replace(".", "")) <= 3 and word.replace(".", "").isalpha()
        )
    )
    + ")",
    # a country's name as articles write it: "Chile", "South Korea", "UK"
    "COUNTRY": "(?:"
    + "|".join(
        sorted({*normalise.country_names().values(), "UK", "US", "USA"}, key=len, reverse=True)
    )
    + r")\b",
    # what kind of film, in Spanish or Portuguese, before its maker: "Cortometraje animado",
    # "Primer largometraje", "Documental", "Curta-metragem"
    "KIND_DE": r"(?:(?:Un|Una|Um|Uma|Su|Primer|Primera|Segundo|Segunda|Nuevo|Nueva|Último|"
    r"Última|Primeiro|Novo)\s+)?(?i:película|cortometraje|largometraje|documental|filme|"
    r"curta-metragem|longa-metragem|documentário)(?:\s+(?i:animad[oa]|de animación|"
    r"documental|de animação))?",
    # what kind of film, in a German sentence: "Spielfilm", "Familiendrama", "Komödie"
    "KIND_GERMAN": r"(?<![\p{L}-])(?:"
    + "|".join(
        sorted((w[:1].upper() + w[1:] for w in normalise.GERMAN_KIND_NOUNS), key=len, reverse=True)
    )
    + r")(?![\p{L}-])",
    # a title in a German sentence's quotes, the `subj`: „Wintergäste“, «Kiosk Europa»
    "QUOTED_GERMAN": r"(?:„(?P<subj>[^„“”\"\n]{1,80})[“”\"]|«[ \u00a0]?(?P<subj>[^«»\n]{1,80}?)"
    r"[ \u00a0]?»|»(?P<subj>[^«»\n]{1,80})«)",
    # a prize named in German: "Max Ophüls Preis für den besten Spielfilm", "Förderpreis
    # Neues Deutsches Kino", "Publikumspreis Spielfilm"
    # (not "den Preis" alone: which prize, the sentence does not say)
    "AWARD_GERMAN": r"(?!Preis(?![ \t]+(?:\p{Lu}|für)))"
    r"(?:\p{Lu}[\p{L}-]*[ \t]+){0,3}?\p{Lu}?[\p{L}-]*[Pp]reis"
    r"(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}(?:[ \t]+für[ \t]+(?:den|die|das)[ \t]+beste[nr]?[ \t]+"
    r"\p{Lu}[\p{L}-]*)?",
    # what kind of film, as a listing's bracket says: "(Norway, documentary, dir. X)"
    "BRACKET_KIND": r"(?i:animated|animation|documentary|doc|short|animated short|"
    r"short documentary|feature documentary)",
    # what a film is called when the text says what it is about: "a tender family drama about"
    "THEME_KIND": r"(?:film|story|fable|tale|drama|thriller|meditation|portrait|comedy|romance|"
    r"parable|elegy|documentary|feature|movie|picture|short|debut|satire|melodrama|musical|"
    r"essay|chronicle|horror|fantasy|mystery|epic|biopic|adventure|western|animation)",
    # "it's mostly about", "the film is, above all, about"
    "THEME_ADVERB": r"(?:mostly|largely|above all|at heart|really|chiefly|ultimately|also|"
    r"obviously|actually|finally|deeply|quietly|partly|in the end|underneath)",
    # between a key and its value on one line: "Country: Japan", "Country | Japan",
    # "Country ........ Japan"
    # "Runtime: 2h", "Runtime | 2h", "Runtime .... 2h", "Runtime — 2h", "Runtime<TAB>2h", or
    # the value below
    # (or a column of spaces: "Countries              Senegal, France")
    # (after a label glossed in brackets, its bracket closing first: "Zhanri (Genre)")
    "SEP": r"\)?(?:[ \t]*[:|=][ \t]*|[ \t]+\.{2,}[ \t]*|[ \t]*\n[ \t]*|[ \t]+[—–][ \t]+"
    r"|[ ]*\t[ \t]*|[ ]{3,})",
    # the end of a value's row: the line's end, perhaps a table's closing bar ("124 |")
    "ROW_END": r"[ \t]*\|?[ \t]*(?:\n|$)",
}


def _any_of(words: Iterable[str]) -> str:
    """One of the words, in any case, its spaces any run of spaces, longest first."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered) + ")"


# "Regjia: Arben Hoxha", "Режисер — Олена Коваль": credit keys in tongues the patterns do
# not spell out (credit_keys.toml), and running times' keys ("Kohëzgjatja: 102 minuta")
CREDIT_KEYS, DURATION_KEYS = normalise.credit_keys()
MACROS["CREDIT_KEY"] = _any_of(CREDIT_KEYS)
MACROS["DURATION_KEY"] = _any_of(DURATION_KEYS)
CAST_KEYS = [key for key, relations in CREDIT_KEYS.items() if relations == (Relation.CAST_MEMBER,)]
MACROS["CAST_KEY"] = _any_of(CAST_KEYS)
# "চলচ্চিত্র", "فلم": the words that call a work a film, in tongues without capitals
MACROS["FILM_WORD"] = _any_of(normalise.film_words())
# ... and as a rule's trigger words: "{CREDIT_KEYS}"
TRIGGER_WORDS = {
    "CREDIT_KEYS": "|".join(CREDIT_KEYS),
    "DURATION_KEYS": "|".join(DURATION_KEYS),
    "CAST_KEYS": "|".join(CAST_KEYS),
    "FILM_WORDS": "|".join(normalise.film_words()),
}
# a genre as listings write it, in any case: "Animation", "Sci-Fi", "Coming-of-age"
MACROS["GENRE"] = (
    "(?i:" + "|".join(re.escape(g) for g in sorted(values.GENRES, key=len, reverse=True)) + ")"
)
# A language that is no nationality's adjective ("Hindi", "Tamil", "Yoruba"), capitalised
MACROS["LANGUAGE"] = (
    "(?:"
    + "|".join(
        sorted(
            {
                name
                for name in normalise.language_names().values()
                if name.lower() not in normalise.DEMONYMS and name.replace(" ", "").isalpha()
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
# What a lead says a work is, as the `obj` of "X is a ...": "a 2023 Japanese animated drama
# film", "a hand-drawn animated fantasy", "a Brazilian comedy" (a genre alone is a film's only
# after "animated" or a nationality); not "a fantasy writer", "a Brazilian comedy star".
MACROS["CLASS_PHRASE"] = (
    r"(?P<obj>(?:\d{4}\s+)?(?:(?!(?i:by|directed|written|produced|based|about|that|which|and|"
    r"from|with|of|for)\b)[\p{L}\-–]+\s+){0,5}(?:film|movie|feature|short|series|manga|"
    r"documentary|(?<=(?i:animated|anime|stop-motion)\s+(?:[\p{L}-]+\s+){0,2})(?:fantasy|"
    r"drama|comedy|musical|adventure|thriller)"
    rf"|(?<=\b{MACROS['DEMONYM']}(?:[-–/]{MACROS['DEMONYM']})?\s+(?:[\p{{Ll}}-]+\s+){{0,2}})"
    rf"(?:{'|'.join(values.NATIONAL_GENRES)}))\b)"
    r"(?!-?\s*(?i:director|maker|critic|producer|composer|artist|writer|festival|studio|company|"
    r"distributor|actor|actress|fan|lover|novelist|author|star|icon|legend|duo|troupe|show|"
    r"group)s?\b)"  # (a word, not its start: "a Brazilian film starring X")
)


@dataclass(frozen=True)
class Trigger:
    """Words a sentence must hold for a rule to be tried. Plain words are looked for as
    substrings of the lower-cased sentence, which costs far less than a regular expression.
    A list of triggers must all hold: each further one is plain words ("voice|cast", then
    " is ")."""

    words: tuple[str, ...] | None
    pattern: re.Pattern[str] | None
    also: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def parse(cls, text: str | list[str]) -> Trigger:
        first, *more = [text] if isinstance(text, str) else text
        also = []
        for extra in more:
            if not _PLAIN_WORDS.fullmatch(extra):
                raise re.error(f"a further trigger must be plain words: {extra!r}")
            also.append(tuple(extra.lower().split("|")))
        if _PLAIN_WORDS.fullmatch(first):
            return cls(tuple(first.lower().split("|")), None, tuple(also))
        return cls(None, re.compile(first, re.IGNORECASE), tuple(also))

    def holds(self, text: str, lowered: str | None = None) -> bool:
        lowered = text.lower() if lowered is None else lowered
        if self.words is not None:
            if not any(word in lowered for word in self.words):
                return False
        else:
            assert self.pattern is not None
            if self.pattern.search(text) is None:
                return False
        return self.also_hold(lowered)

    def also_hold(self, lowered: str) -> bool:
        """The further triggers hold in the lower-cased sentence."""
        return all(any(word in lowered for word in words) for words in self.also)

    search = holds  # as a pattern is asked


# plain words hold no character a pattern gives a meaning to, save brackets ("(", "·", "★",
# "—", a tab): each is itself
_PLAIN_WORDS = re.compile(r"[^|\\^$.?*+\[\]{}]+(?:\|[^|\\^$.?*+\[\]{}]+)*")


@dataclass(frozen=True, eq=False)
class Rule:
    """One pattern and what its match means. A rule is itself, not its value: hashing a
    tuple of rules (to find its index of trigger words) must not hash every example."""

    id: str
    pattern: re.Pattern[str]
    relations: tuple[Relation, ...] = ()
    object: str = "person"  # the reader of the `obj` group (OBJECT_READERS): persons, work...
    subject: EntityKind = EntityKind.FILM
    role_words: bool = False  # relations come from the `roles` group ("written and directed")
    examples: tuple[Example, ...] = ()
    counter_examples: tuple[str, ...] = ()
    # Words the sentence must hold for the pattern to be worth trying (case-insensitive): a
    # quick test that spares the full pattern on most sentences; it never changes a match.
    trigger: Trigger | None = None
    # The `subj` group must name the film or a work the text already made known (typed,
    # dated, credited): for shapes a character's or a company's name could also take.
    known_subject: bool = False
    # The sentence must head a film's record (a prize over "TITLE", then the film), whose film
    # is the subject: not a heading over an award list's lines.
    heads_record: bool = False
    # The fact sits in a noun phrase ("Bong Joon-ho's Memories of Murder (2003)"): it holds
    # whatever the clause around it hedges ("anyone expecting the clockwork of ...").
    in_noun_phrase: bool = False

    @property
    def teaches_works(self) -> bool:
        """Its matches can make a work known (a titled subject, a source work) that a sentence
        before them needs: the first pass runs only these."""
        return "subj" in self.pattern.groupindex or self.object == "work"


def expand(pattern: str) -> str:
    """Replace {MACRO}s with their regular expressions.

    >>> bool(re.fullmatch(expand("{MONEY}"), "¥180 million"))
    True
    """
    return re.sub(r"\{([A-Z_]{3,})\}", lambda m: MACROS[m.group(1)], pattern)


def _trigger_words(trigger: str | list[str]) -> str | list[str]:
    """A trigger's {WORDS} replaced by the words they name (TRIGGER_WORDS)."""
    if isinstance(trigger, list):
        return [str(_trigger_words(part)) for part in trigger]
    return re.sub(r"\{([A-Z_]{3,})\}", lambda m: TRIGGER_WORDS[m.group(1)], trigger)


@functools.cache
def load_rules() -> tuple[Rule, ...]:
    """The packaged rules, compiled once."""
    text = resources.files("lookback_kg.extract").joinpath("patterns.toml").read_text("utf-8")
    return parse_rules(text)


class RuleError(LookbackError):
    """A rule that cannot be loaded: an unknown key, relation, kind, reader or macro."""


RULE_KEYS = frozenset(
    "id relation relations role_words object subject pattern ignore_case examples "
    "counter_examples trigger known_subject heads_record in_noun_phrase".split()
)
OBJECT_READERS = frozenset(
    "person persons cjk_names uncased_names makers agent company orgs named_company work events "
    "own_festival "
    "award awards "
    "characters cast "
    "billing "
    "countries keyed_countries country "
    "language languages themes date money duration score class listing".split()
)


@dataclass(frozen=True)
class Example:
    """Text a rule must read, and the facts (relation and object) it must give from it."""

    text: str
    facts: tuple[tuple[str, str], ...]


def parse_rules(text: str) -> tuple[Rule, ...]:
    """Compile rules from TOML text (see patterns.toml for the format), strictly: anything
    unknown is an error that names the rule, so a typo never silently disables one."""
    rules = []
    seen: set[str] = set()
    for number, entry in enumerate(tomllib.loads(text).get("rule", []), start=1):
        rule_id = entry.get("id") or f"number {number}"
        where = f"rule {rule_id!r} in patterns.toml"
        unknown = sorted(set(entry) - RULE_KEYS)
        if unknown:
            raise RuleError(
                f"{where}: unknown key {unknown[0]!r}; known: {', '.join(sorted(RULE_KEYS))}"
            )
        if "id" not in entry or "pattern" not in entry:
            raise RuleError(f"{where}: a rule needs an id and a pattern")
        if rule_id in seen:
            raise RuleError(f"{where}: the id is used twice")
        seen.add(rule_id)
        relations = entry.get("relations", [entry["relation"]] if "relation" in entry else [])
        if not relations and not entry.get("role_words"):
            raise RuleError(f"{where}: give a relation, relations, or role_words = true")
        for relation in relations:
            if relation not in Relation.__members__.values():
                known = ", ".join(r.value for r in Relation)
                raise RuleError(f"{where}: unknown relation {relation!r}; known: {known}")
        if entry.get("object") not in OBJECT_READERS:
            known = ", ".join(sorted(OBJECT_READERS))
            raise RuleError(
                f"{where}: object must name a reader, not {entry.get('object')!r}; known: {known}"
            )
        if entry.get("subject", "film") not in EntityKind.__members__.values():
            known = ", ".join(k.value for k in EntityKind)
            raise RuleError(f"{where}: unknown subject kind {entry['subject']!r}; known: {known}")
        flags = re.IGNORECASE if entry.get("ignore_case") else 0
        try:
            pattern = re.compile(expand(entry["pattern"]), flags)
        except KeyError as missing:
            known = ", ".join(sorted(MACROS))
            raise RuleError(
                f"{where}: unknown macro {{{missing.args[0]}}}; known: {known}"
            ) from None
        except re.error as exc:
            raise RuleError(f"{where}: the pattern does not compile: {exc}") from None
        try:
            trigger = (
                Trigger.parse(_trigger_words(entry["trigger"])) if "trigger" in entry else None
            )
        except re.error as exc:
            raise RuleError(f"{where}: the trigger does not compile: {exc}") from None
        except KeyError as missing:
            raise RuleError(f"{where}: unknown trigger words {{{missing.args[0]}}}") from None
        rules.append(
            Rule(
                id=rule_id,
                pattern=pattern,
                relations=tuple(Relation(r) for r in relations),
                object=entry["object"],
                subject=EntityKind(entry.get("subject", "film")),
                role_words=entry.get("role_words", False),
                examples=tuple(_example(where, e) for e in entry.get("examples", [])),
                counter_examples=tuple(entry.get("counter_examples", [])),
                trigger=trigger,
                known_subject=entry.get("known_subject", False),
                heads_record=entry.get("heads_record", False),
                in_noun_phrase=entry.get("in_noun_phrase", False),
            )
        )
    return tuple(rules)


def _example(where: str, entry: dict) -> Example:
    """`{ text = "...", facts = ["director = Ana Ruiz", ...] }`."""
    if set(entry) - {"text", "facts"} or "text" not in entry:
        raise RuleError(f'{where}: an example is {{ text = "...", facts = ["relation = object"] }}')
    facts = []
    for fact in entry.get("facts", []):
        relation, equals, value = fact.partition("=")
        if not equals or relation.strip() not in Relation.__members__.values():
            raise RuleError(f'{where}: example fact {fact!r}: write it as "relation = object"')
        facts.append((relation.strip(), value.strip()))
    return Example(entry["text"], tuple(facts))
