"""Readers for the values a rule captures: places, money, review scores, themes, genres and
the classes a description gives a work ("an animated short film").

Each takes the text of a match group and returns model values (or yields them with the
qualifiers they carry); none of them decides what the subject of a fact is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal

import regex as re

from lookback_kg.extract import names, normalise
from lookback_kg.model import Duration, Entity, EntityKind, Rating, Relation, WorkClass

CLASS_WORDS = (
    ("animated", WorkClass.ANIMATED_FILM),
    ("anime", WorkClass.ANIMATED_FILM),  # "anime film", "Japanese anime"
    ("stop-motion", WorkClass.ANIMATED_FILM),
    ("documentary", WorkClass.DOCUMENTARY_FILM),
    ("short", WorkClass.SHORT_FILM),
    ("one-shot", WorkClass.ONE_SHOT),
    ("manga", WorkClass.MANGA),
    ("novel", WorkClass.NOVEL),
    ("series", WorkClass.TV_SERIES),
    # the same kinds in the tongues our listings are written in: "Cortometraje animado de X"
    *((word, WorkClass.ANIMATED_FILM) for word in ("animado", "animada", "animação")),
    *((word, WorkClass.DOCUMENTARY_FILM) for word in ("documental", "documentário")),
    *((word, WorkClass.SHORT_FILM) for word in ("cortometraje", "curta-metragem")),
)


def country(text: str | None, keyed: bool = False) -> Entity | None:
    if not text:
        return None
    name = normalise.country_of(text.strip(), keyed)
    return Entity(EntityKind.COUNTRY, name) if name else None


def territory(text: str | None) -> Entity | None:
    """A country when the name is one ("Japan", "Japanese"), else a place ("North America")."""
    if not text:
        return None
    country = normalise.country_of(text)
    if country:
        return Entity(EntityKind.COUNTRY, country)
    name = names.clean_name(text)
    if name.lower() in ("worldwide", "globally", "internationally", "domestically"):
        return None
    return Entity(EntityKind.PLACE, name) if name[:1].isupper() else None


_NOT_A_THEME = re.compile(
    r"^(?:her|his|their|my|our|its|kind of|sort of|one|two|ten)\b|\bbetween\b|\bbeing\b"
    r"|^(?:some|any|no|every)thing$"  # "It's about something": that it has a subject
)

# "shot on grainy 16mm", "told in flashback": how the film is made, after its themes
_HOW_MADE = re.compile(
    r"(?:shot|set|seen|told|made|filmed|played|drawn|written|directed|framed|staged|scored|"
    r"edited|narrated|photographed|adapted|based)\b"
)

_RANKED = re.compile(r"\s+(?:first|second|(?:a\s+)?(?:distant|close)\s+second|last)$")
_ASIDE = re.compile(
    r"obviously|certainly|surely|sure|really|clearly|mostly|largely|partly|ultimately|finally|"
    r"basically|essentially|arguably|probably|perhaps|also|too|of course|in part"
    r"|yes|no|well|okay|ok"
)

# words that close a saying, not themes: "about grief, very simply", "nothing else"
_CLOSING_WORDS = re.compile(
    r"(?:nothing|everything|little|not\s+much)(?:\s+else|\s+more)?|(?:very\s+|quite\s+)?simply"
    r"|in\s+short|in\s+the\s+end|at\s+heart|deep\s+down|full\s+stop|period"
)


# a theme in the page's tongue, its English in brackets: "duelo (grief)"
_GLOSSED_THEME = re.compile(
    r"\p{L}[\p{L}\p{M} '’-]{1,40}?[ \t]*\((?P<english>\p{Ll}[\p{Ll} -]{1,40})\)"
)


def themes(text: str) -> list[str]:
    """Themes from a list: "isolation, grief, and the trauma of violence".

    >>> themes("themes of love, destiny, and the connections that transcend time and space")
    ['love', 'destiny']
    >>> themes("grief, memory and the pull of home")
    ['grief', 'memory', 'pull of home']
    >>> themes("loss, but it's also really funny")
    ['loss']
    >>> themes("grief and inheritance, shot on grainy 16mm"), themes("hunger above all")
    (['grief', 'inheritance'], ['hunger'])
    >>> themes("environmental destruction and with family")
    ['environmental destruction', 'family']
    >>> themes("grief first and politics a distant second")
    ['grief', 'politics']
    >>> themes("something")
    []
    >>> themes("waiting and uncertainty, or,")
    ['waiting', 'uncertainty']
    >>> themes("trabajo heredado / inherited labour · agua / water")
    ['inherited labour', 'water']
    >>> themes("duelo (grief), memoria (memory)")
    ['grief', 'memory']
    >>> themes("emigration, nothing else"), themes("grief, very simply")
    (['emigration'], ['grief'])
    """
    text = re.sub(r"^(?:the\s+)?(?:themes?|ideas?|questions?)\s+of\s+", "", text.strip())
    text = re.split(r",?\s+(?:but|yet|though|although)\s", text)[0]  # "loss, but it's funny"
    text = re.sub(
        r"\s+(?:above all|most of all|more than anything)$", "", text
    )  # "hunger above all"
    # "loss, but" cut before "it's"; "waiting and uncertainty, or," cut before "in her words"
    text = re.sub(r",?\s+(?:and|but|or|yet),?$", "", text)
    text = re.sub(r"\band\s+with\s+", "and ", text)  # "deals with X and with Y": said again
    # "grief, memory and the pull of home", "grief and inheritance, shot on 16mm": items are
    # joined by commas or by "and"
    parts = re.split(r"[,;]\s*(?:and\s+|or\s+)?|\s+and\s+|\s+·\s+", text)  # or "·"
    if len(parts) > 1 and all(part.count(" / ") == 1 for part in parts):
        parts = [part.split(" / ")[1] for part in parts]  # "agua / water": each in two languages
    glossed = [_GLOSSED_THEME.fullmatch(part.strip()) for part in parts]
    if all(glossed):
        parts = [gloss["english"] for gloss in glossed]  # "duelo (grief)": its English in brackets
    themes = []
    for part in parts:
        part = re.sub(r"^(?:and|or)\s+", "", part.strip())
        if _ASIDE.fullmatch(part):
            continue  # "a film about death, obviously, and about faith"
        if _CLOSING_WORDS.fullmatch(part):
            break  # "about emigration, nothing else", "about grief, very simply": no theme
        if re.match(r"an?\b", part):
            break  # "about a botanist who ...": someone, not a theme
        if re.search(
            r"\b(?:that|which|who|whose|where|how|what|is|was|are|were)\b", part
        ) or _HOW_MADE.match(part):
            break  # a clause ("which ...", "shot on 16mm"), not a theme: stop here
        part = re.sub(r"^(?:about\s+)?(?:the\s+|a\s+|an\s+)?", "", part)
        part = _RANKED.sub("", part)  # "grief first and politics a distant second"
        if part.startswith(("of ", "with ", "in ")) or part.endswith((" of", " the")):
            break  # "and about the aftermath of the ...": a phrase cut short, not a theme
        if _NOT_A_THEME.search(part):
            break  # "her daughter", "the kind of ...", "the line between ...": not a theme
        if part and len(part.split()) <= 5:
            themes.append(part)
    return themes


def money_values(groups: dict[str, str], page: str = "") -> Iterator[tuple]:
    first = money(groups["obj"], page)
    if first:
        yield first, {}
    if "money2" in groups:
        second = money(groups["money2"], page)
        if second and (first is None or second.currency != first.currency):
            yield second, {"approximate": "approx2" in groups}


def money(text: str, page: str = ""):
    """Money from a matched amount; a currency word several countries share ("pesos") is the
    one the page's own words settle, if they do."""
    match = re.fullmatch(
        rf"(?P<before>{normalise.CURRENCY_BEFORE})?\s?(?P<amount>[\d.,]+(?:\s?(?i:"
        rf"{normalise.SCALE_PATTERN}))?)(?:\s(?P<after>\p{{L}}+(?:\s\p{{L}}+)?))?",
        text.strip(),
    )
    if match is None:
        return None
    before, after = match["before"] or "", match["after"] or ""
    if after and normalise.currency_code(after) is None:
        # ("85 million CFA francs" on a page about a Chadian film: the last word settles it)
        last = after.split()[-1]
        after = normalise.page_currency(after, page) or normalise.page_currency(last, page) or after
    if after.lower() in normalise.RUPEE_MARKS:
        after = normalise.page_rupee(page)  # "₨24.6 crore" on a Pakistani film's page
    elif before in normalise.RUPEE_MARKS and not after:
        before = normalise.page_rupee(page)
    return normalise.parse_money(match["amount"], before=before, after=after)


def rating(text: str, count: str | None) -> Rating | None:
    """A score as the page writes it: "★★★★½", "3.9 ★" (a site's average, of five stars),
    "8/10", "four stars out of five".

    >>> rating("3.9 ★", "18,412")
    Rating(value=Decimal('3.9'), best=Decimal('5'), worst=Decimal('0'), count=18412)
    >>> rating("★★★ (out of four)", None).best
    Decimal('4')
    >>> rating("four stars", None).best
    Decimal('5')
    """
    text = re.sub(r"^(\d{1,3}),(\d)(?=\s*(?:/|out of))", r"\1.\2", text.strip())  # "7,4/10"
    starred = _NUMBER_THEN_STAR.fullmatch(text)
    if starred:
        value, best = Decimal(starred["value"]), Decimal(5)
        return Rating(value=value, best=best, count=int(count.replace(",", "")) if count else None)
    if "★" in text:
        half = Decimal("0.5") if "½" in text else Decimal(0)
        stars, hollow = Decimal(text.count("★")) + half, text.count("☆")
        # "★★★★☆" says its scale; "★★★★" alone is four of five, as reviews print them,
        # unless a bracket says the scale: "★★★ (out of four)"
        scale = _STARS_OUT_OF.search(text)
        said = scale and normalise.word_number(scale["best"].lower())
        best = stars + half + hollow if hollow else max(stars, Decimal(said or 5))
        return Rating(value=stars, best=best)
    worded = _WORDED_RATING.match(text.lower())
    if worded:  # "four stars out of five", "three and a half stars out of five"
        # ("gave it four stars": of five, as reviews give them)
        value_words = normalise.word_number(worded["value"])
        best_words = normalise.word_number(worded["best"]) if worded["best"] else 5
        if value_words is None or best_words is None:
            return None
        value = Decimal(value_words) + (Decimal("0.5") if worded["half"] else 0)
        best = Decimal(best_words)
    else:
        number = re.match(r"(\d+(?:\.\d+)?)", text)
        if number is None:
            return None
        value = Decimal(number.group(1))
        scale = re.search(r"(?:/|out of)\s*(\d+)", text)
        best = Decimal(scale.group(1)) if scale else Decimal(100)
    if value > best or best <= 0:
        return None
    reviews = int(count.replace(",", "")) if count else None
    return Rating(value=value, best=best, count=reviews)


_STARS_OUT_OF = re.compile(r"\((?i:out\s+of)\s+(?P<best>\d+|\p{L}+)\)")
_NUMBER_THEN_STAR = re.compile(r"(?P<value>[0-4](?:\.\d{1,2})?|5(?:\.0{1,2})?)[ \t]*★")
_WORDED_RATING = re.compile(
    rf"(?P<value>{normalise.NUMBER_WORD}|\d)(?P<half>\s+and\s+a\s+half)?\s+stars?"
    rf"(?:\s+(?:out\s+of|of)\s+(?P<best>{normalise.NUMBER_WORD}|\d+)\b)?"
)


# Genres as the text writes them, in lower case. A compound ("psychological thriller") is one
# genre: the longest match is taken, so its words are not also read on their own.
GENRES = (
    "romantic comedy-drama", "comedy-drama", "crime thriller", "action thriller",
    "mystery thriller", "survival thriller", "noir thriller", "psychological drama",
    "courtroom drama",
    "sports drama", "family comedy", "horror comedy", "musical comedy", "supernatural horror",
    "police procedural", "ghost story", "fairy tale", "neo-western", "neo-noir", "tragicomedy",
    "melodrama",
    "psychological thriller", "psychological horror", "black comedy", "dark comedy",
    "dark fantasy", "crime drama", "war drama", "period drama", "historical drama",
    "family drama", "folk horror", "body horror", "romantic comedy", "romantic drama",
    "science fiction", "sci-fi", "coming-of-age", "slice-of-life", "road movie",
    "action comedy", "martial arts", "fantasy", "drama", "comedy", "horror", "thriller",
    "romance", "action", "adventure", "mystery", "musical", "war", "crime", "documentary",
    "family", "historical", "cyberpunk", "steampunk", "kaiju", "biographical", "dystopian",
    "supernatural", "disaster", "sports", "superhero", "western", "heist", "slasher", "giallo",
    "satire", "noir", "animation",
)  # fmt: skip
# A kind of thriller, drama, comedy ... is one genre too: "disaster thriller", "heist drama"
_GENRE_MODIFIERS = (
    "political erotic spy legal teen social satirical disaster heist revenge gangster monster "
    "zombie space domestic historical war crime action family sports period psychological "
    "romantic supernatural folk musical"
).split()
GENRES += tuple(
    f"{modifier} {head}"
    for modifier in _GENRE_MODIFIERS
    for head in ("thriller", "drama", "comedy", "horror", "mystery", "western")
    if f"{modifier} {head}" not in GENRES
)
# One name for a genre written two ways, or in a record's or a card's own tongue
# ("Genre / forme : Films dramatiques.", "Genere: Commedia", "Género: Comedia dramática")
GENRE_NAMES = {
    "sci-fi": "science fiction",
    **dict.fromkeys(("drame", "dramatique", "dramatiques", "dramma", "drammatico"), "drama"),
    **dict.fromkeys(("dramático", "dramática", "dramatico", "dramatica"), "drama"),
    **dict.fromkeys(("comédie", "comédies", "comedia", "commedia", "comédia", "komödie"), "comedy"),
    # ... and a Chinese card's "類型：劇情" (a word of its own between list marks)
    **dict.fromkeys(("劇情", "剧情"), "drama"),
    **dict.fromkeys(("喜劇", "喜剧"), "comedy"),
    **dict.fromkeys(("愛情", "爱情"), "romance"),
    **dict.fromkeys(("驚悚", "惊悚"), "thriller"),
    **dict.fromkeys(("冒險", "冒险"), "adventure"),
    "奇幻": "fantasy",
    "恐怖": "horror",
}
_FOREIGN_GENRES = frozenset(GENRE_NAMES) - {"sci-fi"}
GENRES += tuple(name for name in GENRE_NAMES if name in _FOREIGN_GENRES)  # (in a fixed order)
_GENRE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(g) for g in sorted(GENRES, key=len, reverse=True))
    + r")(?![\w-])"
)


_DEMONYM_WORDS = re.compile(
    r"(?:(?:South|North|New|United|Czech|Costa|Sri|Saudi|Hong)\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+|UK|USA|US)"
    r"(?![-–](?i:language|speaking))"  # "Spanish-language": its tongue, not where it is from
)


# Words that make a phrase a film's: "feature", "documentary", "an animated fantasy".
# Genres that name a film on their own after a nationality: "a Brazilian comedy"
NATIONAL_GENRES = (
    "drama",
    "comedy",
    "thriller",
    "romance",
    "western",
    "horror",
    "musical",
    "tragicomedy",
)
_FILM_WORDS = re.compile(
    r"\b(?:film|movie|feature|adaptation|anime film|documentary|mockumentary|"
    r"película|cortometraje|largometraje|documental|filme|curta-metragem|longa-metragem|"
    r"documentário|"
    r"(?:animated|anime|stop-motion)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fantasy|drama|comedy|musical|adventure|thriller|short))\b"
    rf"|\b(?:{'|'.join(NATIONAL_GENRES)}|anime|short)$"  # "Brazilian comedy", "a 2019 short"
    r"|^[ \t]*animated[ \t]*$"  # a listing's "Animated", all it says of the film's kind
)


_OTHER_FILM_WORDS = frozenset(normalise.film_words())


def classes(relation: Relation, text: str) -> Iterator[tuple]:
    text = normalise.english_kind_words(text)  # "das deutsche Drama": a German drama
    lowered = text.lower()
    if relation is Relation.GENRE:
        found = dict.fromkeys(m.group() for m in _GENRE.finditer(lowered))
        if any(genre not in _FOREIGN_GENRES for genre in found):
            # "comédie dramatique / comedy-drama": the English name, once
            found = {genre: None for genre in found if genre not in _FOREIGN_GENRES}
        for genre in found:
            yield GENRE_NAMES.get(genre, genre), {}
        return
    if relation is Relation.COUNTRY_OF_ORIGIN:
        # every adjective of a compound: "South Korean–Belgian", "French-Belgian", "Mexican"
        # ... or of their names: "a Chile–Argentina co-production", "a Nigeria-UK co-production"
        seen = set()
        for word in _DEMONYM_WORDS.findall(text):
            for candidate in (word, word.split()[-1]):
                country = normalise.country_of(candidate)
                if country and country not in seen:
                    seen.add(country)
                    yield Entity(EntityKind.COUNTRY, country), {}
                    break
        return
    lowered = re.sub(r"documentary[- ](?:style|like)", "", lowered)  # "a documentary-style drama"
    if lowered.strip() in _OTHER_FILM_WORDS:  # "চলচ্চিত্র", "فلم": a film
        lowered = "film"
    classes: list[WorkClass] = []
    is_film = _FILM_WORDS.search(lowered)
    for word, work_class in CLASS_WORDS:
        if word in lowered and work_class not in classes:
            if work_class in (WorkClass.ANIMATED_FILM, WorkClass.SHORT_FILM) and not is_film:
                continue
            if work_class is WorkClass.DOCUMENTARY_FILM and "series" in lowered:
                continue
            if work_class is WorkClass.DOCUMENTARY_FILM and "mockumentary" in lowered:
                continue  # a mockumentary is a film that plays at being a documentary
            if work_class is WorkClass.SHORT_FILM and "short story" in lowered:
                continue
            if word == "novel" and not re.search(r"(?<!graphic )\bnovels?\b", lowered):
                continue  # "the novella of the same name", "graphic novel": a source, no novel
            classes.append(work_class)
    if is_film and "series" not in lowered:
        classes.insert(0, WorkClass.FILM)
        if WorkClass.TV_SERIES in classes:
            classes.remove(WorkClass.TV_SERIES)
    for work_class in classes:
        yield work_class, {}


# A listing's facts line: "Japan 1954 207 mins OV Japanese with English subtitles",
# "USA / Mexico 2022 · English", "Dir. Ana Ruiz, UK 2023, 104 mins". Read segment by segment.
_SEGMENT_BREAK = re.compile(r"\s*[·|/,;]\s*|\s+(?:and|&)\s+")
# "104 mins", "104'"; not the minutes of "1 hr 29 min", nor a programme's "total 88 min"
_RUNTIME = re.compile(
    rf"(?<!\d\s?(?:hrs?|h|{normalise.FOREIGN_HOURS})\.?\s)(?<!\btotal\s)\b(\d{{2,3}})"
    r"(?:\s?(?:mins?|minutes)\b|['’′](?![\p{L}\d])"
    rf"|[ ](?:{normalise.FOREIGN_MINUTES})\b)"
    # "1h 52m", "2 hr 4 min": hours and minutes
    rf"|\b(\d)\s?(?:hrs?|h|{normalise.FOREIGN_HOURS})\.?\s?(\d{{1,2}})\s?(?:mins?|m)\b",
    re.I,
)
# The languages of the subtitles, not of the film: "with Arabic and English subtitles"
_SUBTITLES = re.compile(
    r"\(?\b(?:with\s+)?\p{L}+(?:\s*(?:and|&|/)\s*\p{L}+)*\s+(?:subtitles|subs|s/t)\b\)?"
    r"|\bsubtitled\s+in\s+\p{L}+(?:\s*(?:and|&|/)\s*\p{L}+)*|\bOV\b|\bOmU\b",
    re.I,
)
_READING_TIME = re.compile(r"(?i)\b\d{1,2}[ -]?min(?:ute)?s?\.?\s+read\b")
LISTING_WORDS = frozenset(
    "min mins minutes h hr hrs m with and subtitles subs short feature film documentary colour "
    "color black "
    "white dcp digital animated animation stop motion stop-motion dir sound in original version "
    "of the".split()
)


_MENU_WORDS = frozenset(
    "home films events membership contact tickets news programme program venues passes press "
    "shop about".split()
) | {"gift cards", "gift vouchers", "log in", "sign in", "what's on", "now showing", "coming soon"}
# a profile's headline, a job before what the person works on: "Film Editor | Documentary &
# Drama | Toronto" names no film's genres
_PROFILE_JOB = re.compile(
    r"(?:(?:film|documentary|freelance|senior|assistant)[ \t]+)?"
    r"(?:editor|director|producer|cinematographer|actor|actress|writer|screenwriter|composer)s?"
)
_GENRE_SEGMENT = re.compile(
    r"(?:(?:animated|stop-motion|\(stop-motion\)|live-action|"
    + "|".join(re.escape(g) for g in sorted(GENRES, key=len, reverse=True))
    + r")\s*)+"
)


# A nationality, then the kind of film: "Kazakh road movie", "Estonian animated short"
_NATIONAL_KIND = re.compile(
    r"(?P<demonym>\p{Lu}\p{Ll}+)[ \t]+(?P<kind>(?:(?:animated|stop-motion|live-action|short|"
    r"feature|film|movie|documentary|"
    + "|".join(re.escape(g) for g in sorted(GENRES, key=len, reverse=True))
    + r")(?:[ \t]+|$))+)(?:,[^·|]*)?"
)


# A continent's part, whose adjective is no country's ("Latin American", "North American")
_CONTINENTAL = re.compile(r"\b(?i:south|north|central|latin)[ \t]+American\b")


@functools.lru_cache(maxsize=256)
def listing_line(text: str) -> dict[str, tuple]:
    """Countries, runtime and languages of a listing's facts line; nothing from prose (a line
    with more than two lower-case words that a facts line does not use).

    >>> [e.name for e in listing_line("PT, BR · 2025 · 104' · DCP · Portuguese")["country"]]
    ['Portugal', 'Brazil']
    >>> listing_line("GHOSTS: South American cinema 1985–2017")["country"]
    ()
    >>> [e.name for e in listing_line("Perú – España, 2009 · DCP · Español, quechua")["language"]]
    ['Spanish', 'Quechua']
    >>> listing_line("Svensk premiär: 14 mars 2025 (Fjärran Film)")["language"]
    ()
    >>> listing_line("Film Editor | Documentary & Drama | Toronto")["genre"]
    ()
    """
    found: dict[str, list] = {
        "country": [],
        "duration": [],
        "language": [],
        "class": [],
        "genre": [],
    }
    # "Finland · 2025 · 81 min · Finnish (dubbed versions available)": a note in brackets
    if _READING_TIME.search(text):
        return _frozen(found)  # "27 December 2024 · 12 min read": a byline, not a film's facts
    words = re.findall(r"[\p{L}-]+", re.sub(r"\([^()]*\)\s*$", " ", text))
    prose = [w for w in words if w[0].islower() and w not in LISTING_WORDS and w not in GENRES]
    if len(prose) > 2:
        return _frozen(found)
    runtime = _RUNTIME.search(text)
    if runtime:
        hours, minutes = runtime.group(2), runtime.group(3)
        total = int(hours) * 60 + int(minutes) if hours else int(runtime.group(1))
        found["duration"].append(Duration(total))
        # a runtime in a listing's facts line lists a film: short or animated when it says so
        found["class"].append(WorkClass.FILM)
        if re.search(r"\bshort\b", text, re.IGNORECASE):
            found["class"].append(WorkClass.SHORT_FILM)
        if re.search(r"\banimat", text, re.IGNORECASE):
            found["class"].append(WorkClass.ANIMATED_FILM)
    segments = [seg.strip().lower() for seg in _SEGMENT_BREAK.split(text)]
    if runtime and "documentary" in segments:  # "| 107' | documentary |": a cell of its own
        found["class"].append(WorkClass.DOCUMENTARY_FILM)
    menu = ":" in text or any(seg in _MENU_WORDS or _PROFILE_JOB.fullmatch(seg) for seg in segments)
    if len(segments) >= 2 and not menu:  # "12A · Animation · Sci-Fi"; not a menu or credits
        pure = [seg for seg in segments if seg and _GENRE_SEGMENT.fullmatch(seg)]
        found["genre"].extend(
            dict.fromkeys(
                GENRE_NAMES.get(m.group(), m.group()) for seg in pure for m in _GENRE.finditer(seg)
            )
        )
        if "animation" in found["genre"]:  # "PG · Animation · Fantasy": an animated film
            found["class"].extend((WorkClass.FILM, WorkClass.ANIMATED_FILM))
    for segment in _SEGMENT_BREAK.split(text):
        # "Azerbaijani drama", "Kazakh road movie", "Estonian animated short": a nationality
        # before what kind of film, the film's country (GOLD.md: "Irish horror")
        national = _NATIONAL_KIND.fullmatch(segment.strip())
        land = national and normalise.country_of(national["demonym"])
        if land and national["demonym"] != land:
            found["country"].append(Entity(EntityKind.COUNTRY, land))
            kinds = national["kind"].lower()
            found["genre"].extend(
                GENRE_NAMES.get(m.group(), m.group()) for m in _GENRE.finditer(kinds)
            )
    rest = _SUBTITLES.sub(" ", _RUNTIME.sub(" ", text))
    # "| with Jo Park (Jordan), Chad Berg |": a cell of cast, whose names are no countries
    rest = re.sub(r"(?i)(?:^|(?<=[|·]))\s*with\s[^|·]*", " ", rest)
    rest = _CONTINENTAL.sub(" ", rest)  # "South American cinema": no American film
    coded = runtime and re.search(r"\b(?:19|20)\d\d\b", text)  # a runtime and a year
    last = None  # the item of the segment before
    for segment in _SEGMENT_BREAK.split(rest):
        segment = re.sub(r"\b(?:19|20)\d\d\b|\b[Dd]ir\..*", " ", segment).strip(" ()")
        # the segment as a whole ("South Korea"), else each word ("Japan ... Japanese")
        whole = _listing_item(segment)
        spoken = normalise.language_names().get(segment.lower())
        previous, last = last, None
        if whole is None and spoken and previous and previous.kind is EntityKind.LANGUAGE:
            # "Español, quechua": a tongue listed after another, written as its language does
            whole = Entity(EntityKind.LANGUAGE, spoken)
        if whole is None and coded and re.fullmatch(r"[A-Z]{2}", segment) and segment != "PG":
            # "PT, BR · 2025 · 104'": a catalogue writes countries by their codes (not "PG")
            code = normalise.country_codes().get(segment)
            whole = Entity(EntityKind.COUNTRY, code) if code else None
        # (a key's words are no values: "Svensk premiär: 14 mars 2025" names no language)
        words = re.sub(r"^[^:()\d]{1,40}:\s", "", segment).split()
        for item in [whole] if whole else map(_listing_item, words):
            if isinstance(item, Entity):
                kind = "language" if item.kind is EntityKind.LANGUAGE else "country"
                found[kind].append(item)
                last = item
    return _frozen(found)


def _frozen(found: dict[str, list]) -> dict[str, tuple]:
    """Tuples, not lists: the answer is cached and shared, so nobody may change it."""
    return {kind: tuple(items) for kind, items in found.items()}


def _listing_item(text: str) -> Entity | None:
    """A language or a country named by `text`; "Japanese" in a facts line is the language."""
    if not text[:1].isupper():
        return None
    language = normalise.language_names().get(text.lower())
    if language:
        return Entity(EntityKind.LANGUAGE, language)
    return country(text)
