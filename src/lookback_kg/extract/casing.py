"""Capitals for a text written all in lower case, so that rules can find its names.

Rules find names, titles and companies by their capitals. A blog written all in lower case
("akira is the 1988 japanese animated film katsuhiro otomo made") has none, and gave nothing.
`with_capitals` returns the same text, same length, with a capital where a name would have one
("Akira is the 1988 Japanese animated film Katsuhiro Otomo made"); offsets still count into the
stored body, which evidence quotes as written.

A word gets its capital when:
- it opens a sentence or a line, or it is "i";
- it names a country, a language, a nationality, a month or a weekday (CLDR, through
  `normalise`); "may" and "march" only beside a number;
- it is one of the common words that articles written with capitals nearly always capitalise
  (`proper_words.txt`: "tokyo", "netflix", "hollywood"), made from the cased texts by `main`;
- it is rare in English: wordfreq's Zipf frequency under `RARE` ("otomo", "kodansha",
  "shinsha"), where ordinary words are far above ("neck", "reader", "committee").
Titles made of ordinary words ("song of the sea") stay in lower case, unless where they stand
says they are titles (`_TITLE_SLOT`): what the writer saw or watched ("finally saw run to the
morning star."), a film dated in brackets, a diary heading with its stars, what "that film
was", a list's entry before ", directed by", what a double bill "followed it with".
"""

from __future__ import annotations

import functools
from collections import Counter
from importlib import resources
from pathlib import Path

import regex as re
from babel import Locale

from lookback_kg.extract import normalise

RARE = 3.0  # Zipf: 3 is about once per million words; names of people sit mostly below
_WORD = re.compile(r"\p{L}[\p{L}\p{M}]*")
# what may stand before a sentence's first word on its line: a bullet, a number, a quote
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•·>#]+[ \t]+|\d{1,3}[.)][ \t]+)?[\"“‘'(\[]?$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]?[ \t]+[\"“‘'(\[]?$")
# CLDR lists a few languages under common English words
_NOT_LANGUAGE_WORDS = frozenset({"slave", "ga", "ewe", "yi", "mi", "us", "u.s.", "ido"})
# months that are also common words: a month only beside a number ("3 may", "may 2024")
_NUMBER_BESIDE = re.compile(r"\d[ \t]*$")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
# the last word of a company's name, in any language: "Oy", "GmbH", "Ltd"
_COMPANY_ENDINGS = frozenset(
    "oy oyj ab gmbh aps srl sarl bv nv ltd inc llc plc pty releasing distribution distribuidora "
    "distribuzione pictures filmes filmproduktion studios productions producciones".split()
)
_AFTER_A_CAPITAL = re.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]\d{1,2})?[ \t]+$")
_CONTRACTION = re.compile(r"['’](?P<tail>t|ve|ll|re|d|m)\b", re.IGNORECASE)


def reads_lower_case(text: str) -> bool:
    """True for a text of some length with almost no capitals: fewer than 2 words in 100.

    >>> reads_lower_case("ok so. " * 30 + "the rep cinema near me did a screening of akira.")
    True
    >>> reads_lower_case("Akira is a 1988 film. " * 20)
    False
    """
    words = _WORD.findall(text)
    if len(words) < 40:
        return False
    return sum(word[0].isupper() for word in words) < len(words) / 50


def with_capitals(text: str) -> str:
    """The text with a capital where a name or a sentence would have one, same length.

    >>> with_capitals("ok so. akira is the 1988 japanese animated film katsuhiro otomo made.")
    'Ok so. Akira is the 1988 Japanese animated film Katsuhiro Otomo made.'
    >>> with_capitals("it opened in south korea on 3 may. i may go again.")
    'It opened in South Korea on 3 May. I may go again.'
    >>> with_capitals("the editor is john f. lyons, not me.")
    'The editor is John F. Lyons, not me.'
    >>> with_capitals("it was made by otomo filmi oy, not by them.")
    'It was made by Otomo Filmi Oy, not by them.'
    >>> with_capitals("the film i love is el último tranvía a coyoacán, by paz de la cruz.")[19:]
    'El Último Tranvía a Coyoacán, by Paz de la Cruz.'
    """
    chars = list(text)
    for phrase in _PHRASES.finditer(text.lower()):  # "south korea", "new zealand"
        for word in _WORD.finditer(phrase.group()):
            at = phrase.start() + word.start()
            chars[at] = _capital(chars[at])
    name_end = -2
    for match in _WORD.finditer(text):
        word, start = match.group().lower(), match.start()
        if start and text[start - 1] in "'’":
            continue  # the "s" of "kodansha's", the "ve" of "i've"
        contraction = _CONTRACTION.match(text, match.end())
        if contraction:
            word += "'" + contraction["tail"].lower()  # "wasn't", "i've": one word
        before = text[text.rfind("\n", 0, start) + 1 : start]
        opens = _LINE_OPENING.match(before) or _SENTENCE_END.search(before)
        # "pakkanen filmi oy": a company's ending, after a name that got its capital
        ending = word in _COMPANY_ENDINGS and _AFTER_A_CAPITAL.search(
            "".join(chars[max(0, start - 40) : start])
        )
        # "renata alves": a less common word right after a given name is its surname
        surname = (
            start == name_end + 1
            and text[name_end] == " "
            and zipf(word) < SURNAME
            and not _inflected(word)
        )
        # "john f. lyons": one letter and a period after a given name is a middle initial
        initial = (
            start == name_end + 1 and len(word) == 1 and text[match.end() : match.end() + 1] == "."
        )
        if opens or ending or surname or initial or _is_proper(word, text, match):
            chars[start] = _capital(chars[start])
        name_end = match.end() if _is_name(word) else -2
    for match in _TITLES_ARTICLE.finditer("".join(chars)):  # "el" of "el Último Tranvía"
        chars[match.start()] = _capital(chars[match.start()])
    for match in _NAMED_EVENT_TAIL.finditer("".join(chars)):  # "Gramado film festival"
        for word in _WORD.finditer(match.group()):
            if word.group() not in ("for", "of"):
                at = match.start() + word.start()
                chars[at] = _capital(chars[at])
    text = "".join(chars)
    titles = {
        match["title"].lower()
        for match in _TITLE_SLOT.finditer(text)  # "finally saw run to the morning star."
        if not _NOT_A_TITLE.search(match["title"])
    }
    names = {
        name.lower()
        for match in _CREDITED_NAMES.finditer(text)  # "the score is by christopher bear and ..."
        for name in _NAME_SEPARATOR.split(match["names"])
    }
    for title in sorted(titles | names, key=len):  # (a longer title's capitals last)
        # the title where the slot says so, and wherever else the text writes it
        for match in re.finditer(rf"(?<![\p{{L}}\d]){re.escape(title)}(?![\p{{L}}\d])", text, re.I):
            for word in _WORD.finditer(title):
                if word.start() and title[word.start() - 1] in "'’":
                    continue  # the "t" of "didn't"
                at = match.start() + word.start()
                after_colon = title[: word.start()].rstrip().endswith(":")
                if word.start() == 0 or after_colon or word.group().lower() not in _SMALL_WORDS:
                    chars[at] = _capital(chars[at])
    return "".join(chars)


# Where a blog in lower case names the people a film credits: after "directed by", "shot on
# 35mm by", "the score is by", two or three words a name, each ("celine song", "christopher
# bear and daniel rossen"), and the same words wherever else the text writes them
_NAME = (
    r"(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|some|two|three|both|me|him|"
    r"them|himself|herself|itself|someone|people)\b)\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+"
    r"(?!(?:and|or|in|with|for|at|on|from|who|whose|as|is|was|but|which|it|to|after|before|"
    r"when|while|of|the|a|an|by|so|yes|no|also|again|too)\b)\p{L}[\p{L}\p{M}'’-]*){1,2}"
)
_CREDITED_NAMES = re.compile(
    r"\b(?:directed|written|produced|edited|shot|scored|composed|photographed|played|voiced|"
    r"narrated|(?:score|music|screenplay|script)[ \t]+(?:is|was))[ \t]+"
    r"(?:[\p{L}\d]+[ \t]+){0,3}?by[ \t]+"
    r"(?P<names>" + _NAME + r"(?:(?:,[ \t]+|[ \t]+and[ \t]+)" + _NAME + r")*)"
    r"(?=[ \t]*[,.;:!?)\n]|[ \t]+(?:and|in|with|for|at|on|from|who|as|but|which|so)\b)"
)
_NAME_SEPARATOR = re.compile(r",[ \t]+|[ \t]+and[ \t]+")


# Where a blog in lower case writes a title, so it gets a title's capitals: what the writer
# saw or watched, said to be someone's film, dated ("(2016)"), or alone at the end of its
# sentence ("ok so i finally saw run to the morning star."); and a diary's heading, a date,
# a dash, the title and its stars ("sat 3/8/2024 — hái-sian tiàm: grandma's seafood stall ★★★★")
_TITLE_WORDS = r"\p{L}[\p{L}\p{M}'’-]*(?::?[ \t]+[\p{L}\d][\p{L}\p{M}'’-]*){0,7}"
_TITLE_SLOT = re.compile(
    r"\b(?:saw|watched|rewatched|re-watched|caught)[ \t]+(?P<title>"
    + _TITLE_WORDS
    + r")(?=[.!?]?[ \t]*$|[.!][ \t]|[ \t]+(?:again|twice|for[ \t]+the[ \t]+\p{Ll}+[ \t]+time)\b"
    r"|,[ \t]+\p{Lu}[\p{L}\p{M}-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}-]*)*"
    r"['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}(?:film|movie|documentary|feature|debut|drama)\b"
    r"|,[ \t]+(?:directed|written|made)[ \t]+by\b|[ \t]+\((?:19|20)\d\d\))"
    # "her student short fish bones (2016)"
    r"|\b(?:short|film|feature|documentary|debut|movie)(?:[ \t]+(?:was|is|called|titled))?"
    r"[ \t]+(?P<title>" + _TITLE_WORDS + r")(?=[ \t]+\((?:19|20)\d\d\))"
    r"|^[^\n]*\d[ \t]+[—–-][ \t]+(?P<title>" + _TITLE_WORDS + r")[ \t]+[★☆]"
    # "i followed it with past lives, celine song's debut": a double bill's second film
    r"|\b(?:followed|paired|double-billed)[ \t]+it[ \t]+with[ \t]+(?P<title>" + _TITLE_WORDS + r")"
    r"(?=,[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+)?['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}"
    r"(?:film|movie|documentary|feature|debut|drama)\b)"
    # "that film was the winemaker's silence, and it ...": the film a writer names
    r"|\b(?:[Tt]hat|[Tt]he)[ \t]+(?:film|movie)[ \t]+(?:was|is)[ \t]+(?P<title>"
    + _TITLE_WORDS
    + r")"
    r"(?=,[ \t]+(?:and|but|which|so)\b)"
    # "- the winemaker's silence, directed and written by levan kapanadze": a list's entry
    r"|^[ \t]*[-*•][ \t]+(?P<title>" + _TITLE_WORDS + r")(?=,[ \t]+(?:directed|written)\b)",
    re.MULTILINE,
)
# what a writer saw that is no title: "saw it twice", "watched the trailer", "saw my sister"
_NOT_A_TITLE = re.compile(
    r"^(?:it|them|him|her|this|that|these|those|a|an|my|our|your|his|their|some|one|two|"
    r"both|all|every|each|nothing|everything|something|what|which|how|why|when|where|who|"
    r"the (?:film|movie|trailer|show|screening|episode|documentary|sequel|original|first|"
    r"second|last|new|rest|end|whole))\b|\b(?:film|movie|trailer|screening|episode)s?$"
    r"|\b[Ii](?:['’](?:m|ve|d|ll))?\b"  # "rewatched aftersun and now i'm lying on the floor"
)
# words a title keeps in lower case, in English and in the languages titles come in:
# "Céu de Lata", "Kaze no Tasuki"
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with from by as vs de da do das dos del la le "
    "les el di du y e et und von van der den no na ni wo".split()
)


# The words a festival's or a prize's name goes on with, after its capitalised first word:
# "Gramado film festival", "the Kikito for best film", "R$14 million"
_NAMED_EVENT_TAIL = re.compile(
    r"(?<=\p{Lu}[\p{L}\p{M}]*[ \t])(?:(?:international[ \t])?(?:film|documentary|animation)"
    r"[ \t](?:festival|fleadh|awards?)\b|for[ \t]best(?:[ \t](?!(?:at|in|and|the|this|that|which|"
    r"with|from|but|or|to|on)\b)\p{Ll}+){1,4})"
    r"|\br(?=\$\d)"
)


# A Romance or German article before a word that got its capital opens a title with it (not
# "la" of "Paz de la Cruz", a name's particle)
_TITLES_ARTICLE = re.compile(
    r"(?<![\p{L}])(?<!\b(?:de|del|da|di|y)[ \t])(?:el|la|los|las|les|il|lo|gli|der|das|o|os)"
    r"(?=[ \t]+\p{Lu})"
)


def _capital(char: str) -> str:
    """The letter's capital, if it is one letter too: "ǰ" has none of its own (its capital is
    J and a combining caron), and the text must keep its length.

    >>> _capital("é"), _capital("ǰ")
    ('É', 'ǰ')
    """
    upper = char.upper()
    return upper if len(upper) == 1 else char


def _is_proper(word: str, text: str, match: re.Match[str]) -> bool:
    if word == "i" or word.startswith("i'") or word in _named_words() or word in proper_words():
        return True
    if word in ("may", "march"):
        return bool(
            _NUMBER_BESIDE.search(text, 0, match.start()) or _NUMBER_AFTER.match(text, match.end())
        )
    if len(word) == 1:  # "í" of "tennur í snjó"; not "a", nor "x" of "x-men"
        return not word.isascii()
    return zipf(word) < RARE and not _prefixed_word(word)


_ENGLISH_PREFIX = re.compile(r"(?:re|un|over|out|mis|pre)(?P<rest>\p{L}{3,}(?:ed|ing|s))")


def _prefixed_word(word: str) -> bool:
    """A rare English word made of a prefix and a common one: "rewatched", "overthinking"
    (not "renoir", whose rest is no inflected word).

    >>> _prefixed_word("rewatched"), _prefixed_word("renoir"), _prefixed_word("otomo")
    (True, False, False)
    """
    found = _ENGLISH_PREFIX.fullmatch(word)
    return found is not None and zipf(found["rest"]) >= SURNAME


SURNAME = 4.0  # Zipf: "alves", "silva", "costa" after a given name; not "step", "film"


def _inflected(word: str) -> bool:
    """An English verb's or noun's ending on a common stem: "teaches", "bites", "widowed"
    (not "alves", "santos", "reis")."""
    if word.endswith(("ed", "ing")):
        return True
    stems = (word[:-1], word[:-2]) if word.endswith("s") else ()
    return any(len(stem) > 2 and zipf(stem) >= SURNAME for stem in stems)


def _is_name(word: str) -> bool:
    """A word a person's name could open with: rare in English, or a known proper word (not
    a country or a language: "brazilian film" is no name)."""
    return word in proper_words() or (len(word) > 2 and zipf(word) < RARE)


EVERYDAY = 5.5  # Zipf: "every", "is", "then", "this"; few titles are one such word alone


def is_everyday(word: str) -> bool:
    """One of English's most used words: "Every", "Is" at a sentence's start are no title.

    >>> is_everyday("Every"), is_everyday("Akira")
    (True, False)
    """
    return zipf(word.lower()) >= EVERYDAY


@functools.cache
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # its word lists load in ~0.3 s: only when needed

    return zipf_frequency(word, "en")


@functools.cache
def _named_words() -> frozenset[str]:
    """One-word names of countries, languages, nationalities, months and weekdays."""
    english = Locale("en")
    names = {
        *normalise.country_names(),
        *normalise.language_names(),
        *normalise.DEMONYMS,
        *(m.lower() for m in english.months["format"]["wide"].values()),
        *(d.lower() for d in english.days["format"]["wide"].values()),
    }
    return frozenset(n for n in names if " " not in n and n not in _NOT_LANGUAGE_WORDS) - {
        "may",
        "march",
    }


_PHRASES = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name)
        for name in sorted(
            {
                n
                for n in (*normalise.country_names(), *normalise.DEMONYMS)
                if " " in n and n.replace(" ", "").isalpha()
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)


@functools.cache
def proper_words() -> frozenset[str]:
    """The common words that cased articles nearly always write with a capital."""
    text = resources.files("lookback_kg.extract").joinpath("proper_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def count_capitals(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written with a capital, and in all, inside sentences (a sentence's
    first word and a line in title case or capitals say nothing)."""
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for text in texts:
        if reads_lower_case(text):
            continue
        for line in text.splitlines():
            words = _WORD.findall(line)
            if not words or sum(w[0].isupper() for w in words) > len(words) / 2:
                continue  # a heading, a credit line
            for match in _WORD.finditer(line):
                start = match.start()
                before = line[:start]
                if _LINE_OPENING.match(before) or _SENTENCE_END.search(before):
                    continue
                if start and line[start - 1] in "'’":
                    continue
                word = match.group()
                if word.isupper() and len(word) > 1:
                    continue
                seen[word.lower()] += 1
                capital[word.lower()] += word[0].isupper()
    return capital, seen


def choose_proper_words(capital: Counter[str], seen: Counter[str]) -> frozenset[str]:
    """The words written with a capital 9 times in 10 or more (3 uses at least), leaving out
    the rare ones, which get their capital anyway."""
    return frozenset(
        word
        for word, n in seen.items()
        if n >= 3 and capital[word] >= 0.9 * n and len(word) > 1 and zipf(word) >= RARE
    )


def main(folders: list[str]) -> None:
    """Write `proper_words.txt` from the articles in the folders given (their bodies)."""
    texts = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            texts.append(path.read_text("utf-8").partition("\n\n")[2])
    words = sorted(choose_proper_words(*count_capitals(texts)))
    header = (
        "# Common English words (Zipf >= 3) that the project's cased articles write with a\n"
        "# capital inside sentences at least 9 times in 10 (3 uses or more): names.\n"
        "# Made by casing.main (see `make proper-words`) from tests/fixtures/articles and\n"
        "# tests/fixtures/dev/articles; a test checks that it is current.\n"
    )
    out = Path(__file__).with_name("proper_words.txt")
    out.write_text(header + "".join(f"{w}\n" for w in words), "utf-8")
    print(f"{len(words)} words -> {out}")
