"""Split a body into sentences with code-point offsets, and sentences into clauses.

Rules, not a model: a line break always ends a sentence (articles carry headings and
captions on lines of their own); inside a line, '.', '!' or '?' ends one unless the word
before is a known abbreviation or an initial.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

import regex as re

from lookback_kg.extract import names, normalise, values

# A company's suffix ends a sentence when the next word opens one: "by Galaxy Releasing Corp.
# Rarely screened since", "from Toho Co. It opened"
_COMPANY_SUFFIXES = frozenset(("inc", "ltd", "corp", "co"))
_SENTENCE_OPENER = re.compile(
    r"\s+(?:The|It|Its|He|She|They|This|That|These|Those|A|An|In|On|At|But|And|Now|Since|"
    r"After|Before|When|His|Her|Their|We|I|\p{Lu}\p{Ll}{3,}ly)\b(?![.'’-])"  # (not "Italy")
)
ABBREVIATIONS = frozenset(
    [
        "approx",
        "ca",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "vs",
        "e.g",
        "i.e",
        "jr",
        "sr",
        "nos",
        "inc",
        "ltd",
        "co",
        "corp",
        "vol",
        "vols",
        "dir",
        "реж",  # "«Лиман», реж. Сергій Кравець": "dir." in the page's tongue
        "rež",
        "reż",
        "réal",
        "scr",  # credit labels: "Scr.", "Prod.", "Ed.", "Prod. cos."
        "sc",  # and a schedule's: "dir./sc./ed. Kelly Reichardt · ph. Christopher Blauvelt"
        "ph",
        "mus",
        "prod",
        "ed",
        "cos",
        "prof",
        "mt",
        "ft",
        "pp",
        "u.s",
        "u.k",
        "a.k.a",
        "a.m",  # "9:14 a.m. PT": the time's zone follows
        "p.m",
        "lit",
        "cf",
        "est",
        "fig",
        "ed",
        "eds",
        "trans",
        "orig",
        "feat",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "godz",  # hours before their minutes: "1 godz. 47 min", "1 hod. 52 min"
        "hod",
    ]
)
# Possessive, and never starting inside a run of marks: a failed try at "!!!!..." would
# otherwise be retried from every mark of the run, each time to its end (quadratic).
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"”’)\]]*+(?=\s+[\"“‘(\[]?[\p{Lu}\p{N}])")
# The word a boundary ends, searched right to left from the mark: costs the word's length,
# not the length of the line before it.
_LAST_WORD = re.compile(r"\S+", re.REVERSE)
_MARKS = ".!?…"
# (an arrow too: "→ cinematography: Anil Mehta")
_BULLET_MARKS = "-•*·▪◦‣►→➜➤ \t\n"
_BULLET = re.compile(r"[-•*·▪◦‣►»→➜➤][ \t]+(?=\S)")
# A rule between a page's parts: "-----", "=====", "━━━━━"
RULE_LINE = re.compile(r"[ \t]*[-=_~*─━═]{3,}[ \t]*")
# A box drawn with lines around a film's facts: "┌────", "│ Director ... X", "└────"
_FRAME_MARKS = "".join(map(chr, range(0x2500, 0x2580)))
FRAME = re.compile(rf"[{_FRAME_MARKS}]+[ \t]*")
# Marks a page may set before a heading's rank: "■ 1. VENTO SUL"
HEADING_MARKS = "■□▶►▪●◆♦▸∎◼◾"
_LIST_NUMBER = re.compile(rf"\s*(?:[{HEADING_MARKS}]\s*)?(?:#|No\.\s?)?\d{{1,2}}")
_BRACKET_TO_END = re.compile(r"\s*\([^()\n]*\)\s*")
_ONE_LETTER = re.compile(r"\p{Lu}", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"\s+\d")
_CLAUSE_BREAK = re.compile(
    r";|:\s|,\s+(?=(?:but|while|whereas|although|though|however|yet|and\s+it|and\s+was|it)\b)"
    r"|,(?=\s+\p{Ll}*\s*(?:it|which|who)\b)|\bbut\b|(?<=\w),\s+(?=[\p{Ll}]+\s)"
)


def _is_leader(line: str, start: int) -> bool:
    """Dots after a space that lead the eye to a value on the same line.

    >>> _is_leader("Country ....... Japan", 8), _is_leader("It ended. Then", 8)
    (True, False)
    """
    return line.startswith("..", start) and start > 0 and line[start - 1] in " \t"


@dataclass(frozen=True)
class Span:
    """A stretch of the body: [start, end) in code points, and its text."""

    start: int
    end: int
    text: str


def without_emphasis(body: str) -> str:
    """The body with Markdown's emphasis marks blanked, each by a space: "- **Director:** X"
    reads as a label and its name, "*Los alebrijes*" as a title. The length is kept, so every
    offset still counts into the stored body, which evidence quotes.

    >>> without_emphasis("- **Director:** Ana Ruiz, in *Copper Tide* (2 * 3 = 6)")
    '-   Director:   Ana Ruiz, in  Copper Tide  (2 * 3 = 6)'
    """
    return _EMPHASIS.sub(lambda m: " " * len(m["mark"]) + m["text"] + " " * len(m["mark"]), body)


# A value in the page's tongue, then its English after a slash, under a label in both:
# "Til / Language: o'zbek / Uzbek", "Mavzular / Themes: ekologiya / ecology"
_GLOSSED_VALUE = re.compile(
    r"(?m)^[ \t]*(?P<key>\p{L}+(?:[ \t]\p{L}+){0,2})\.?[ \t]*/[ \t]*"
    r"(?P<key2>\p{L}+(?:[ \t]\p{L}+){0,2})[ \t]*:[ \t]*"
    r"(?P<native>\p{L}[^/\n:()·—–\d;]*?[ \t]+/[ \t]+)(?P<english>\p{L}[^/\n:()·—–\d;]*)$"
)
# ... or a details line's cells, each so: "1974 · SSSR / USSR · 96 daq. / min · rangli / colour"
_DETAILS_LINE = re.compile(r"(?m)^[^\n·]*(?:·[^\n·]*){2,}$")
_GLOSSED_CELL = re.compile(
    r"(?<=^|·)[ \t]*(?:\d[\d.,]*[ \t]*)?(?P<native>\p{L}[^/·\n:()—–\d;]*?[ \t]+/[ \t]+)"
    r"(?P<english>\p{L}[^/·\n:()—–\d;]*?)[ \t]*(?=·|$)"
)


def _same_kind(native: str, english: str) -> bool:
    """True for two values of one kind, not a gloss ("Uzbek / Russian", "Poland / France"),
    or for two sides that do not pair up item by item."""
    native, english = native.strip(" \t/"), english.strip()
    if native.count(",") != english.count(","):
        return True  # not one list glossed item by item: leave it
    languages = normalise.language_names()
    both_languages = languages.get(native.lower()) not in (None, languages.get(english.lower()))
    both_languages = both_languages and english.lower() in languages
    countries = normalise.country_of(native), normalise.country_of(english)
    # (one country in two tongues is a gloss: "SSSR / USSR")
    return both_languages or (None not in countries and countries[0] != countries[1])


def without_value_glosses(body: str) -> str:
    """The body with each value's own-tongue side blanked by spaces where English follows it
    after a slash, keeping the length: a bilingual page's "Til / Language: o'zbek / Uzbek"
    reads as "Uzbek", and "1981 · SSSR / USSR · 104 daq. / min" as "USSR" and "104 min". Two
    values of one kind ("Uzbek / Russian") stay.

    >>> without_value_glosses("Til / Language: o'zbek / Uzbek")
    'Til / Language:          Uzbek'
    >>> without_value_glosses("1981 · SSSR / USSR · 104 daq. / min · rangli / colour")
    '1981 ·        USSR · 104        min ·          colour'
    >>> without_value_glosses("Til / Language: Uzbek / Russian")
    'Til / Language: Uzbek / Russian'
    >>> without_value_glosses("2001 · Poland / France · 96 min")
    '2001 · Poland / France · 96 min'
    >>> without_value_glosses("Genre / Gênero: comedy, drama / comédia, drama")
    'Genre / Gênero: comedy, drama                 '
    """
    labelled = list(_GLOSSED_VALUE.finditer(body))
    glossed = [m for m in labelled if not _same_kind(m["native"], m["english"])]
    # (English first on the page, "Genre / Gênero: adventure / aventura": its other side goes)
    english_first = sum(
        1 if _ENGLISH_KEY.fullmatch(m["key"]) else -1 if _ENGLISH_KEY.fullmatch(m["key2"]) else 0
        for m in labelled
    )

    def blanked(m: re.Match[str], offset: int = 0) -> tuple[int, int]:
        if english_first <= 0:
            return offset + m.start("native"), offset + m.end("native")
        return offset + m.start("native") + len(m["native"].rstrip(" \t/")), offset + m.end()

    spans = [blanked(m) for m in glossed]
    for line in _DETAILS_LINE.finditer(body):
        cells = [
            m
            for m in _GLOSSED_CELL.finditer(line.group())
            if not _same_kind(m["native"], m["english"])
        ]
        if len(cells) >= 2:  # a line glossed throughout, not one "Poland / France"
            spans += [blanked(m, line.start()) for m in cells]
    if not spans:
        return body
    chars = list(body)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# A gloss in Chinese, Japanese or Korean script beside the Latin one, as bilingual press kits
# and key-value pages write them: "導演 Director | 林子晴 Lin Tzu-ching". A run of those
# scripts, with the marks and slashes between its parts ("台語、華語", "劇情/家庭").
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆〈〉《》「」『』【】〔〕]"
_CJK_GLOSS = re.compile(
    rf"(?m){_CJK}+(?:[ \t]*[、・/／][ \t]*{_CJK}+)*"
    # before the Latin words it glosses ...
    rf"(?:[ \t]+(?=[\p{{Latin}}\d])"
    # ... or after them, closing the line or its cell
    rf"|(?<=[\p{{Latin}}\d.,)][ \t]+{_CJK}+(?:[ \t]*[、・/／][ \t]*{_CJK}+)*)(?=[ \t]*(?:$|[|/·])))"
)
_LATIN_LINE = re.compile(r"(?m)^.*\p{Latin}.*$")


def without_cjk_glosses(body: str) -> str:
    r"""The body with each gloss in Chinese, Japanese or Korean script that stands beside
    Latin words on its line blanked by spaces, and an ideographic comma after a Latin word
    read as a comma, keeping the length: "片名 Title | 林子晴 Lin Tzu-ching、吳承翰 Wu" reads as
    a label and two names. A line in those scripts alone, and a gloss in brackets, stay.

    >>> without_cjk_glosses("導演 Director | 林子晴 Lin Tzu-ching、吳承翰 Wu Cheng-han")
    '   Director |     Lin Tzu-ching,    Wu Cheng-han'
    >>> without_cjk_glosses("THE SEA-WIND PHARMACY 海風藥局\n澎湖漁村裡,阿雲守著藥局。")
    'THE SEA-WIND PHARMACY     \n澎湖漁村裡,阿雲守著藥局。'
    >>> without_cjk_glosses("Directed by Kiyotaka Oshiyama (押山清高)")
    'Directed by Kiyotaka Oshiyama (押山清高)'
    """
    if not _CJK_RUN.search(body):
        return body

    def blanked(line: re.Match[str]) -> str:
        if _MARKED_TITLE_FIRST.match(line[0]):
            # "〈여름의 끝자락〉 The Edge of Summer": a listing's entry, its title first
            return line[0]
        text = _CJK_GLOSS.sub(lambda m: " " * len(m[0]), line[0])
        return _IDEOGRAPHIC_COMMA.sub(",", text)

    return _LATIN_LINE.sub(blanked, body)


_CJK_RUN = re.compile(_CJK)
_MARKED_TITLE_FIRST = re.compile(r"[ \t]*[〈《][^〈〉《》\n]{1,40}[〉》]")
_IDEOGRAPHIC_COMMA = re.compile(r"(?<=\p{Latin})、")


# A transcript's speaker before the words: "HELEN ASHBY (moderator): ", "CRITIC: ", "AUDIENCE
# MEMBER 2: ", a name or a role in capitals, at a line's start, over a line of prose
_SPEAKER = re.compile(
    r"(?m)^(?:(?P<label>\p{Lu}[\p{Lu}\p{M}'’.\- ]{0,40}?\p{Lu}(?:[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([\p{L} ,'’-]{1,40}\))?):[ \t]+(?=(?:\S+[ \t]+){4}[^\n]*\p{Ll})"
    # (or a page of questions and answers: "Q: Who is in it?", "A: Maeve Hartigan plays ...")
    r"|(?P<label>Q|A):[ \t]+(?=[^\n]*\p{Ll}))"
)
# (one word alone is a speaker only as a role is: not "SYNOPSIS: A girl moves to the city")
_SPEAKER_ROLE = re.compile(
    r"HOST|CO-HOST|CRITIC|PRESENTER|MODERATOR|INTERVIEWER|CHAIR|GUEST|CALLER|AUDIENCE|Q|A"
)


def without_speaker_labels(body: str) -> str:
    r"""The body with a transcript's speaker labels blanked, each by spaces, where two lines at
    least open on one: what follows reads as the sentence it is ("CRITIC: It is directed by
    X" says "It is directed by X"). The length is kept, as the evidence quotes the stored body.

    >>> without_speaker_labels("HOST: So what is the film about?\nANA RUIZ (director): It is "
    ...     "about my father, and the farm.")
    '      So what is the film about?\n                     It is about my father, and the farm.'
    """
    found = list(_SPEAKER.finditer(body))
    # a speaker named, who speaks twice at least (a record's keys come once each: "TYPE: ...")
    said = Counter(re.sub(r"[ \t]*\(.*", "", m["label"]).strip() for m in found)
    labels = [
        m
        for m in found
        if _SPEAKER_ROLE.fullmatch(core := re.sub(r"[ \t]*(?:\(.*|\d+)$", "", m["label"]).strip())
        or core.startswith("AUDIENCE")
        or re.search(r"\([\p{Ll} ,'’-]+\)", m["label"])  # "HELEN ASHBY (moderator)"
        or (said[core] >= 2 and names.looks_like_person(names.title_case(core)))
    ]
    if len(labels) < 2:
        return body
    parts, last = [], 0
    for match in labels:
        parts += [body[last : match.start()], " " * (match.end() - match.start())]
        last = match.end()
    return "".join(parts) + body[last:]


def without_runaway_words(body: str) -> str:
    """The body with every run of 100 letters or digits or more replaced by as many tildes,
    keeping its length: no name or title is that long, and the patterns that look for names
    would scan such a run again from each of its letters (64 KB of "ABCDEFGHIJ..." took a
    minute). Not spaces: the patterns that allow for spaces would try every way to split them.

    >>> words = without_runaway_words("Salt Wind " + "AB" * 60 + " by Ana Ruiz").split()
    >>> words[1:4] == ["Wind", "~" * 120, "by"]
    True
    """
    return _RUNAWAY_WORD.sub(lambda m: "~" * len(m.group()), body)


def unwrapped(body: str) -> str:
    r"""The body with the line breaks of hard-wrapped prose read as spaces, keeping its
    length: a page wrapped at 90 columns breaks a name ("Karim\nAbdel-Fattah") or a quoted
    title across lines, and each line read alone loses it. A paragraph is wrapped when each
    of its lines but the last is of prose and about as long as its longest (a list's lines
    vary), or, of two lines, when the first stops mid-sentence.

    >>> text = ('The director Karim Abdel-Fattah has sold his thriller "The Ninth Floor Has No\n'
    ...         'Windows" to Kinoglaz Verleih, which plans a spring release in Germany, then\n'
    ...         'on its own platform.')
    >>> unwrapped(text).count("\n"), len(unwrapped(text)) == len(text)
    (0, True)
    >>> "\n" in unwrapped("Winner — Salt Wind (Peru), dir. Ana Ruiz and Jo Park Moreau\n"
    ...                   "Also nominated — The Glass Tram (Czechia), dir. Marek Holub\n"
    ...                   "Also nominated — Rain (Chile), dir. Rui Sato\n")
    True
    >>> "\n" in unwrapped("Day 3: herring, snow and the best film I have seen this year\n"
    ...                   "posted 01/02/2025 by Mika, in festival diaries")
    True
    >>> unwrapped("WHAT NEXT\nSalt Wind, a black comedy set over one night, is due to have its\n"
    ...           "European premiere at the Rotterdam festival next month, say its makers.\n"
    ...           "Nobody has said when it opens.").count("\n")
    1
    >>> unwrapped("Drama with legs\nThe other title, Valeria Sandoval's Creel, slipped\n"
    ...           "to second with 21.5 million pesos. Its total stands at\n"
    ...           "112 million pesos. The railway drama premiered at the film festival of the\n"
    ...           "city of Morelia last October.").count("\n")
    1
    """
    chars = list(body)
    for paragraph in _PARAGRAPH.finditer(body):
        lines = paragraph.group().split("\n")
        position = paragraph.start()
        headed = False
        while len(lines) > 2 and _is_heading_over(lines[0], lines[1]):
            position += len(lines.pop(0)) + 1  # "WHAT NEXT", over its wrapped paragraph
            headed = True
        # (the last line may run on: a writer who wrapped only the paragraph's start)
        width = max((len(line) for line in lines[:-1]), default=0)
        if width < _WRAP_WIDTH:
            continue
        if (headed or len(lines[-1]) > width) and not any(
            itertools.starmap(_stops_mid, itertools.pairwise(lines))
        ):
            continue  # (a heading over a list: "WINNERS", then a line for each prize)
        long = [len(line) >= width - _WRAP_RAGGEDNESS for line in lines[:-1]]
        # (a wrapped line may end on a colon: "... begun to harvest it. Confirmed cast:")
        if not all(
            _is_prose(line) or (wrapped and _is_prose(line.rstrip()[:-1] + "."))
            for line, wrapped in zip(lines[:-1], long, strict=True)
        ):
            continue
        # (a ragged wrap, its lines edited after: joined where a line stops mid-sentence)
        even = all(long)
        for line, following in itertools.pairwise(lines):
            position += len(line)
            goes_on = not _LIST_START.match(following) and not _NOT_PROSE.search(following)
            if goes_on and ((even and len(lines) > 2) or _stops_mid(line, following)):
                chars[position] = " "
            position += 1
    return "".join(chars)


def _is_heading_over(line: str, following: str) -> bool:
    """A short line of a few words, no sentence, set over a long line of prose."""
    short = len(line) * 3 < len(following) and len(line.split()) <= 6
    return short and not _is_prose(line) and not line.rstrip().endswith((".", "!", "?", ","))


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 5 and not _NOT_PROSE.search(line)


def _stops_mid(line: str, following: str) -> bool:
    """The line stops mid-sentence, and the next goes on with it (not a headline over its
    byline)."""
    if _BYLINE.match(following):
        return False
    open_quote = line.count("“") > line.count("”") or line.count('"') % 2 == 1
    lower = following.lstrip()[:1].islower()
    return lower or open_quote or _MID_SENTENCE_END.search(line) is not None


_WRAP_WIDTH = 60
_WRAP_RAGGEDNESS = 16  # a wrapped line falls short of the width by at most a long word
_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?=[ \t]*[^\s]))*")
# (not a table's row, a menu's items spaced apart, a trail of links: "Films › Indonesia")
_NOT_PROSE = re.compile(r"[|\t›»▸▾·]|[ \t]{3,}|\.{3,}|[:;][ \t]*$| / ")
_LIST_START = re.compile(
    r"[ \t]*(?:[-•*·▪◦‣►|\[]|\d{1,2}[.)][ \t]|[\p{L}\d_.-][\p{L}\d_. -]{0,30}:[ \t])"
)
# a headline's byline under it: "posted 01/02/2025", "by Kofi Ansah-Lindqvist"
_BYLINE = re.compile(r"[ \t]*(?i:posted|by|filed|updated|published|written by|words by)\b")
# a line that ends on a comma or a small word: "... directed by", "in"
_MID_SENTENCE_END = re.compile(
    r"(?:,|\b(?:the|a|an|of|in|on|at|by|for|with|and|or|but|to|from|as|his|her|its|their|"
    r"is|was|were|are|has|had|that|which|who))[ \t]*$"
)
_RUNAWAY_WORD = re.compile(r"[\p{L}\p{N}\p{M}]{100,}")
_EMPHASIS = re.compile(
    r"(?<![*_\w])(?P<mark>\*\*|__|\*)(?=[^\s*_])(?P<text>[^*_\n]{1,120}?)(?<=[^\s*_])(?P=mark)(?![*_\w])"
)


def split_sentences(body: str) -> list[Span]:
    """Sentences of a body, each trimmed of surrounding white space.

    >>> [s.text for s in split_sentences("It won approx. 3 awards. Dr. No ran.\\nHeading\\n")]
    ['It won approx. 3 awards.', 'Dr. No ran.', 'Heading']
    >>> [s.text for s in split_sentences("By Galaxy Corp. Rarely seen. By Toho Co. Ltd. here.")]
    ['By Galaxy Corp.', 'Rarely seen.', 'By Toho Co. Ltd. here.']
    >>> [s.text for s in split_sentences("It stayed at No. 2 again. So be it.")]
    ['It stayed at No. 2 again.', 'So be it.']
    >>> [s.text for s in split_sentences('Tide (lit. "Shore. Sea") is a film. It ran.')]
    ['Tide (lit. "Shore. Sea") is a film.', 'It ran.']
    >>> [s.text for s in split_sentences("2. Honk! (March 21)\\nA goose. It honks.")]
    ['2. Honk! (March 21)', 'A goose.', 'It honks.']
    >>> [s.text for s in split_sentences("Tide · 80' · dir./sc./ed. Ana Ruiz · ph. Jo Park")]
    ["Tide · 80' · dir./sc./ed. Ana Ruiz · ph. Jo Park"]
    """
    spans: list[Span] = []
    line_start = 0
    for line in body.splitlines(keepends=True):
        cut = line_start
        previous_end = 0
        depth = scanned = 0
        for match in _BOUNDARY.finditer(line):
            before = _word_before(line, previous_end, match.start())
            previous_end = match.end()
            opens = before in _COMPANY_SUFFIXES and _SENTENCE_OPENER.match(line, match.end())
            if (before in ABBREVIATIONS and not opens) or _ONE_LETTER.fullmatch(before):
                continue  # (but "Galaxy Releasing Corp. Rarely screened since": a new sentence)
            if before == "no" and _NUMBER_AFTER.match(line, match.end()):
                continue  # "stayed at No. 2": a rank, not a sentence's end
            if _is_leader(line, match.start()):
                continue  # "Country ........ Japan": a key and its value, one line
            if _LIST_NUMBER.fullmatch(line, 0, match.start()) or _BRACKET_TO_END.fullmatch(
                line, match.end()
            ):
                continue  # "2. Gbeborun (March 14)", "3. Honk! (March 21)": one heading
            # (Japanese: ..., lit. "...") is one aside, not a sentence end; counted as the
            # line is walked, not again from the sentence start at each mark
            depth += line.count("(", scanned, match.start()) - line.count(
                ")", scanned, match.start()
            )
            scanned = match.start()
            if depth > 0:
                continue
            _add(spans, body, cut, line_start + match.end())
            cut = line_start + match.end()
            depth, scanned = 0, match.end()
        _add(spans, body, cut, line_start + len(line))
        line_start += len(line)
    return spans


# A credit label alone on its line ("Director", "Voice cast:"), as listings and credit blocks
# write them, with the names on the next line.
# A label in two languages, the page's and English: "Regie / Director", "Darsteller / Cast"
BILINGUAL = (
    r"(?:\p{L}+(?:[ \t]\p{L}+){0,2}\.?[ \t]*/[ \t]*"  # (or "Réal. / Dir.")
    # ... or glossed in brackets: "Rezhisori (Director)", "Direção (Director): Ana Ruiz"
    r"|\p{L}+(?:[ \t]\p{L}+){0,2}[ \t]+\((?=[^()\n]{2,40}\)[ \t]*(?::|\n|\Z)))?"
)
# ... or English first: "Director / Direção", "Screenplay / Roteiro"
# (two roles joined: "Regie & Buch / Director & writer:")
# (or the bracket that glosses it closing: "Rezhisori (Director)")
BILINGUAL_AFTER = r"(?:\)|[ \t]*/[ \t]*\p{L}+(?:[ \t](?:&|\p{L}+)){0,3}(?=[ \t]*:))?"
CREDIT_LABEL = re.compile(
    BILINGUAL + r"(?i:directors?|directed by|screenplay(?: by)?|screenwriters?|written by|writers?|"
    r"(?:original )?music(?: by)?|(?:original )?score(?: by)?|produced by|edited by|"
    r"cinematography by|composer|studios?|animation studios?|production companies|"
    r"production company|production|(?:\p{Lu}\p{Ll}+ )?distributors?|"
    r"(?:theatrical |international |domestic |worldwide )?distribution|based on|"
    r"critics(?:['’] (?:score|rating))?|our (?:score|rating|verdict)|"
    r"distributed by|cast|voice cast|starring|(?:co-|executive |line )?producers?|editor|"
    r"(?:film )?editing(?: by)?|production countr(?:y|ies)|country of production|"
    r"cinematography|cinematographer|director of photography|photography|camera|"
    r"countr(?:y|ies)|country of origin|languages?|original language|genres?|running time|"
    r"runtime|release date|original release|opens|opening date|"
    r"(?:\p{Lu}\p{Ll}+ )?theatrical release|"
    r"box office|(?:opening|first) weekend|(?:cumulative |worldwide |domestic |total )?gross"
    r"(?: to [^\n]{1,20})?|awards?|prizes?|honou?rs|(?:world )?premiere|type|category|"
    # ... and in the film's tongue, alone on their line: "Regia", then "Joachim Trier"
    r"regia|regie|regi|manus|foto|klippning|klipp|i rollerna|i rollene|medvirkende|"
    r"r[ée]alisation|direcci[óo]n|dire[çc][ãa]o|scenariul?|gui[óo]n|roteiro|"
    r"sc[ée]nario|drehbuch|imaginea|fotograf[íi]a|kamera|montajul?|montaje|montagem|muzica|"
    r"m[úu]sica|musique|musik|distribu[țt]ia|reparto|elenco|besetzung|produc[ăa]tori|"
    r"musiche|interpreti|montaggio|sceneggiatura|distribuzione|produzione|"  # (Italian)
    r"produc[țt]ie|producci[óo]n|produ[çc][ãa]o|produktion|"
    # (French, a film archive's transcribed titles: "Image", "Montage", "Interprètes")
    r"image|montage|interpr[èe]tes|producteurs?|productrices?)\)?"
    # (perhaps where it holds: "Distributor (Finland)", "Distributor in Turkey")
    r"(?:[ \t]*\([^()\n]{1,30}\)|[ \t]+(?:in|for)[ \t]+(?:the[ \t]+)?\p{Lu}\p{L}+"
    r"(?:[ \t]\p{Lu}\p{L}+)?(?=[ \t]*(?::|$)))?[ \t]*:?"
)


# A label over a list, one item a line: "Voice cast", then "Soma Santoki – Mahito Maki", ...
LIST_LABEL = re.compile(
    BILINGUAL + r"(?i:(?:main |principal |voice |japanese voice |english voice )?cast"
    r"(?: and characters| (?:&|and) crew)?|"
    r"starring|voices|voice actors|who['’]s who|"
    r"besetzung|darsteller(?:innen)?|rollen[ \t]+und[ \t]+darsteller(?:innen)?)"  # (German)
    r"\)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:?"
)
# A list's tail, over the line that names its titles: "HONOURABLE MENTIONS", then "Pain and
# Glory (Pedro Almodóvar); Marriage Story (Noah Baumbach)"
MENTIONS_LABEL = re.compile(
    r"(?i:honou?rable mentions?|also-rans?|runners?-up|also recommended|near misses|"
    r"just missed the cut)[ \t]*:?"
)
# A label over a list of short values, one a line: "THEMES", then "isolation", "tradition"
VALUE_LIST_LABEL = re.compile(
    BILINGUAL + r"(?i:(?:main |key )?(?:themes?|subjects?|topics?)|keywords|genres?|"
    r"(?:original |spoken )?languages?|countr(?:y|ies)(?: of (?:origin|production))?|"
    r"production countr(?:y|ies))\)?[ \t]*:?"
)
# A cast table's header row, in either order: "Actor | Role", "| Character | Voice actor |",
# "Cast<TAB>Role". The rules read its rows by the order the header gives.
# (a "Role | Name" table is a crew's: "Director | Ana Ruiz"; a "Name | Role" table may be either)
_PERFORMER = r"(?i:actors?|actress|cast|performer|(?:voice )?actor|voice cast|voice|played by)"
_PART = r"(?i:roles?|characters?|part)"
_CELL_BREAK = r"[ \t]*(?:\||\t)[ \t]*"
ACTOR_ROLE_HEADER = (
    rf"[ \t]*\|?[ \t]*(?:{_PERFORMER}{_CELL_BREAK}{_PART}|(?i:name){_CELL_BREAK}"
    r"(?i:characters?|part))[ \t]*\|?[ \t]*"
)
ROLE_ACTOR_HEADER = rf"[ \t]*\|?[ \t]*{_PART}{_CELL_BREAK}{_PERFORMER}[ \t]*\|?[ \t]*"
# ... or the part, then who plays it in each version: "Character | Japanese | English (1997 dub)"
_VERSION = r"\p{Lu}\p{Ll}+(?:[ \t]+(?i:dub|version|voice|cast))?(?:[ \t]*\([^()\n]{1,30}\))?"
ROLE_VERSIONS_HEADER = rf"[ \t]*\|?[ \t]*{_PART}(?:{_CELL_BREAK}{_VERSION}){{2,3}}[ \t]*\|?[ \t]*"
_CAST_TABLE_HEADER = re.compile(f"{ACTOR_ROLE_HEADER}|{ROLE_ACTOR_HEADER}|{ROLE_VERSIONS_HEADER}")
_TABLE_ROW = re.compile(r"[^\n]*(?:\||\t)[^\n]*")
MAX_LIST_LINES = 40
MAX_NAME_LINES = 6
_ONE_NAME = re.compile(rf"[ \t]*{names.NAME}(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*")
_KEY_VALUE = re.compile(r"[:|]")
# "Abena Kyei | Adwoa" under "CAST": a name and its part, not a key and its value
_NAME_PAIR = re.compile(
    rf"[ \t]*\|?[ \t]*{names.NAME}(?:[ \t]*\||\t)[ \t]*{names.NAME}[ \t]*\|?[ \t]*"
)


def join_label_lines(body: str, spans: list[Span]) -> list[Span]:
    """A credit label alone on its line and the line right after it, as one span: rules then
    read "Director / Ana Ruiz" as they read "Director: Ana Ruiz", and the quote stays the
    verbatim text of both lines. A list label ("Voice cast") takes all the item lines under it.

    >>> body = "Director\\nAna Ruiz, Jo Park\\nA film."
    >>> [s.text for s in join_label_lines(body, split_sentences(body))]
    ['Director\\nAna Ruiz, Jo Park', 'A film.']
    >>> body = "Cast\\nAna Ruiz as Mira\\nJo Park as Ken\\n\\nA film."
    >>> [s.text for s in join_label_lines(body, split_sentences(body))]
    ['Cast\\nAna Ruiz as Mira\\nJo Park as Ken', 'A film.']
    >>> body = "Role | Actor\\nMira | Ana Ruiz\\nKen | Jo Park\\n\\nA film."
    >>> [s.text for s in join_label_lines(body, split_sentences(body))]
    ['Role | Actor\\nMira | Ana Ruiz\\nKen | Jo Park', 'A film.']
    """
    joined: list[Span] = []
    index = 0
    while index < len(spans):
        label = spans[index]
        end = index + 1
        is_list = LIST_LABEL.fullmatch(label.text) is not None
        if is_list and end < len(spans) and _CAST_TABLE_HEADER.fullmatch(spans[end].text):
            pass  # "Voice cast" over "| Actor | Role |": the table's header takes its rows
        elif _CAST_TABLE_HEADER.fullmatch(label.text):  # a cast table: its header and its rows
            while (
                end < min(index + 1 + MAX_LIST_LINES, len(spans))
                and body.count("\n", spans[end - 1].end, spans[end].start) == 1
                and _TABLE_ROW.fullmatch(spans[end].text)
            ):
                end += 1
        elif MENTIONS_LABEL.fullmatch(label.text.strip()):
            gap = body[label.end : spans[end].start] if end < len(spans) else ""
            if gap.count("\n") == 1 and not gap.strip():
                end += 1  # "HONOURABLE MENTIONS", then the line that names them
        elif VALUE_LIST_LABEL.fullmatch(label.text):
            while (
                end < min(index + 1 + MAX_NAME_LINES, len(spans))
                and _next_item(body, spans[end - 1], spans[end])
                and (end == index + 1 or _listed_value(label.text, spans[end].text))
            ):
                end += 1
        elif is_list or CREDIT_LABEL.fullmatch(label.text):
            limit = index + 1 + (MAX_LIST_LINES if is_list else MAX_NAME_LINES)
            while end < min(limit, len(spans)) and _next_item(
                body, spans[end - 1], spans[end], 2 if is_list and end == index + 1 else 1
            ):
                paired = is_list and _NAME_PAIR.fullmatch(spans[end].text)
                if end > index + 1 and _KEY_VALUE.search(spans[end].text) and not paired:
                    break  # a list ends before "Genre: Fantasy"; its first line may be "Dir: X"
                if end > index + 1 and not is_list and not _ONE_NAME.fullmatch(spans[end].text):
                    break  # "Written by", then one name a line; not the next paragraph
                end += 1
        last = spans[end - 1]
        joined.append(Span(label.start, last.end, body[label.start : last.end]))
        index = end
    return joined


def _listed_value(label: str, item: str) -> bool:
    """An item a value list holds: a language under "LANGUAGE", a country under "COUNTRY",
    a genre under "GENRE", a theme in lower case under "THEMES"; not the next key ("Year")."""
    word, key = item.strip().lower(), label.lower()
    if "language" in key:
        return word in normalise.language_names()
    if "countr" in key:
        return word in normalise.country_names()
    if "genre" in key:
        return word in values.GENRES
    return item.strip()[:1].islower() and len(word) <= 40


def rejoin_after_title(body: str, spans: list[Span], title: str) -> list[Span]:
    """A title that ends in a full stop ("lull.", "Your Name.") does not end the sentence an
    encyclopedia lead opens with it: "lull. (stylised in lower case) is a 2024 film." is one.

    >>> body = "lull. (stylised) is a film. It won."
    >>> [s.text for s in rejoin_after_title(body, split_sentences(body), "lull.")]
    ['lull. (stylised) is a film.', 'It won.']
    """
    if not title or title[-1] not in _MARKS:
        return spans
    joined: list[Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.text.endswith(title)
            and span.text.startswith("(")
            and "\n" not in body[previous.end : span.start]
        ):
            joined[-1] = Span(previous.start, span.end, body[previous.start : span.end])
        else:
            joined.append(span)
    return joined


def _next_item(body: str, before: Span, item: Span, newlines: int = 1) -> bool:
    """True when `item` is the next line of names under `before`, at most `newlines` down
    (a list's label may stand over a blank line)."""
    gap = body[before.end : item.start]
    return (
        1 <= gap.count("\n") <= newlines
        and not gap.strip(_BULLET_MARKS)  # white space, and an item's bullet
        and not CREDIT_LABEL.fullmatch(item.text)
        and not LIST_LABEL.fullmatch(item.text)  # "Voices (original version)": the next key
        and _looks_like_credits(item.text)
    )


def _looks_like_credits(text: str) -> bool:
    """Names, not prose: short, and no full stop ends it (a "Production" heading is followed
    by a paragraph)."""
    return len(text) <= 200 and len(text.split()) <= 24 and not text.rstrip().endswith(".")


def _word_before(line: str, start: int, mark: int) -> str:
    """The word a boundary's first mark ends, lower-cased, without its marks: "Dr." -> "dr"."""
    word = _LAST_WORD.search(line, start, mark + 1)
    if word is None:
        return ""
    text = word.group()
    word_text = (text.rstrip(_MARKS) or text[0]).lower().rstrip(".")
    return word_text.rpartition("/")[2]  # "dir./sc./ed.": labels joined, the last one


MAX_SENTENCE = 1000  # code points; longer runs (lists, unpunctuated dumps) are cut at a space


def _add(spans: list[Span], body: str, start: int, end: int) -> None:
    text = body[start:end]
    stripped = text.strip()
    if not stripped:
        return
    start += len(text) - len(text.lstrip())
    end = start + len(stripped)
    if RULE_LINE.fullmatch(body, start, end):
        return  # "-----------": a rule between a page's parts, no sentence
    frame = FRAME.match(body, start, end)
    if frame:  # "│ Director ..... Ana Ruiz" in a box drawn with lines: the row, not its frame
        start = frame.end()
        end = start + len(body[start:end].rstrip(_FRAME_MARKS + " \t"))
        if start >= end:
            return
    bullet = _BULLET.match(body, start, end)
    if bullet:  # "- Director: OKAMOTO Haruka": the item, without its mark
        start = bullet.end()
    start = _english_key_start(body, start, end)
    while end - start > MAX_SENTENCE:
        cut = body.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(spans, body, start, cut)
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if start < end:
        spans.append(Span(start, end, body[start:end]))


def _english_key_start(body: str, start: int, end: int) -> int:
    """Where the English half of a key in two languages starts: a festival's sheet writes
    "Montaje / Editing: Lucía Benavides", and the rules read the row from "Editing". Not a key
    with two roles ("Writer / Director: Ana Ruiz"), whose first half is English too."""
    pair = _KEY_PAIR.match(body, start, end)
    if pair is None or _ENGLISH_KEY.fullmatch(pair["first"]):
        return start
    return pair.start("second") if _ENGLISH_KEY.fullmatch(pair["second"]) else start


_KEY_PAIR = re.compile(
    r"(?P<first>\p{L}[\p{L}'’ ]{0,40}?)[ \t]*/[ \t]*(?P<second>\p{Lu}[\p{L} ]{1,40}?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*:"
)
_ENGLISH_KEY = re.compile(
    rf"{CREDIT_LABEL.pattern.removeprefix(BILINGUAL).removesuffix(':?')}|"
    r"(?i:featuring|with|(?:main |key )?themes?|synopsis|subtitles|format|year|admissions|"
    r"\p{Lu}\p{Ll}+ distribution)"
)


def clause_bounds(text: str, position: int) -> tuple[int, int]:
    """The clause of `text` around `position`: between the nearest clause breaks.

    >>> s = "While it was not eligible for X, it won Best Film at Y."
    >>> start, end = clause_bounds(s, s.index("won"))
    >>> s[start:end].strip()
    'it won Best Film at Y.'
    """
    start, end = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end
