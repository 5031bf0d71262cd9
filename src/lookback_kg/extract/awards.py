"""Award lists: a category alone on its line, then its winner and nominees, one a line.

    Ñandú Award for Best Film
    ★ La casa de los relojes – Mariano Eskenazi
    • Viento Zonda – Valentina Ocampo-Leiva

    Silver Bridge for Best Director
    Ahmad bin Yusof for Rumah Sunyi (The Quiet House), Malaysia

Rules read one sentence at a time. Here what a line means hangs on the line above it: which
award, whether the film or a person comes first, and whether a mark says who won. So the
list is read whole, as text alone; extraction then turns each entry into facts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex as re

from lookback_kg.extract import names, normalise
from lookback_kg.model import Relation, WorkClass

# "Ñandú Award for Best Film", "3. Mekong Screen Award for Best Animated Film", "Best Actress",
# "Golden Bridge for Best Film", "Special Mention of the Jury", "Audience Award"
# the category's words: "Animated Film", "Director of Photography"
_WORDS = r"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|and|in)[ \t]+)?\p{Lu}[\p{L}'’-]*){0,5}"
_ROMANCE_BY = re.compile(r",[ \t]+(?:de|di)[ \t]+(?=\p{Lu}\p{Ll})")
# (without its comma, "por" or "pour" only: "Flores para Antonio" is a title)
_ROMANCE_FOR = re.compile(r"(?:,[ \t]+(?:por|pour|per|para)|[ \t]+(?:por|pour))[ \t]+(?=\p{Lu})")
_ROMANCE_AND = re.compile(r"[ \t]+(?:y|e|et)[ \t]+(?=\p{Lu})")
_ROMANCE_PRIZE = (
    r"(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:de|del|do|da|a|à|al|la|le|el)[ \t]+)*){0,3}?"
    r"(?:Premio|Prêmio|Prix|Mejor|Melhor|Meilleure?|Miglior[ei]?|Mención)"
    r"(?:[ \t]+(?:(?:de|del|do|da|du|des|a|à|al|la|le|el|y|e|et)[ \t]+)*\p{Lu}[\p{L}'’-]*){1,4}"
)
_CATEGORY = re.compile(
    r"(?:\d{1,2}[.)][ \t]+)?(?P<award>(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,6}?"
    r"(?:(?:Award|Prize|Mention|Grand Prix)\b(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
    rf"(?:Best[ \t]+)?{_WORDS})?|Best[ \t]+{_WORDS}|"
    # "Golden Bridge for Best Film": a prize's own name, then its category
    rf"(?<=\p{{L}}[ \t]+)for[ \t]+Best[ \t]+{_WORDS}))"
    r"[ \t]*:?"
)
# ... or, alone on its line over its winner, in a Romance tongue: "Mejor Dirección", "Premio
# Especial del Jurado", "Huemul de Oro a la Mejor Película (Golden Huemul for Best Film)"
_ROMANCE_CATEGORY = re.compile(
    rf"(?P<award>{_ROMANCE_PRIZE})(?:[ \t]+\([^()\n]{{1,50}}\))?[ \t]*:?"
)
# what the line opens with: a mark ("★" won, "•" a nominee), or a label ("WINNER:"), which
# may stand alone on its line over the items it labels ("Also nominated:")
_WON_MARK = "★✓✔🏆→"  # (an arrow points at a category's winner: "Mejor Dirección", "  → X")
_OUTCOME = re.compile(r"(?i:won|winner|nominated|nominee|shortlisted)\b")
_LIST_MARK = re.compile(r"[•*·▪◦‣][ \t]+")
_OPENING = re.compile(
    rf"[ \t]*(?P<mark>[{_WON_MARK}☆•*·▪◦‣-])?[ \t]*"
    r"(?:(?P<label>(?i:(?:the[ \t]+)?winners?|won|(?:(?:also|other)[ \t]+)?(?:nominees?|nominated)"
    r"|(?:also[ \t]+)?in contention|shortlisted))[ \t]*(?::|[—–-](?=[ \t]))[ \t]*)?"
)
_HEADING_STAR = re.compile(r"^[★☆►▶■◆●][ \t]+")
_PRIZE_BRACKET = re.compile(r"[ \t]*\((?i:[^()]*\b(?:prize|award)\b[^()]*)\)$")
_NAMED_PRIZE = re.compile(r"(?P<award>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})")
_WINNER_LABEL = re.compile(r"(?i:(?:the[ \t]+)?winners?|won)")
_DETAILS = re.compile(r"[:|·]")
_NOMINEES_LABEL = re.compile(r"(?i)nominee|nominated|contention|shortlist")
_PEOPLE_THEN_FILM = re.compile(r"(?P<people>[^()]+?)[ \t]+\((?P<film>\p{Lu}[^()]+)\)")
_CHEER = re.compile(r"!(?:[ \t].*)?$")
_CORRECTED = re.compile(r"[ \t]*\[(?i:see|but see|corrected)\b[^\]\n]*\bcorrect[^\]\n]*\][ \t]*$")
_WINNER_NOTE = re.compile(r"\s*\((?i:winner|won)\)\s*$")
_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
_FOR = re.compile(r"[ \t]+for[ \t]+")
_AS = re.compile(r"[ \t]+as[ \t]+")
_COMMA = re.compile(r",[ \t]+")
_DIRECTED = re.compile(
    r"(?:^|[,(·]\s*|[ \t][–—-][ \t]*)(?i:dir\.|directed by)\s*(?P<name>[^,·()]+?)\s*(?=[,·()]|$)"
)
# "Beit Sitti — written by Rania Haddad and Ziad Khoury": the film first, then its people
# a person, then the craft a prize honours in a film: "X, cinematography of Des Teufels Bad"
_CRAFTS = {
    "cinematography": Relation.CINEMATOGRAPHER,
    "camera": Relation.CINEMATOGRAPHER,
    "editing": Relation.EDITOR,
    "music": Relation.COMPOSER,
    "score": Relation.COMPOSER,
    "screenplay": Relation.SCREENWRITER,
}
_CRAFT_OF = re.compile(
    rf"(?P<who>[^,()]+),[ \t]+(?P<craft>(?i:{'|'.join(_CRAFTS)}))[ \t]+(?:of|for|in)[ \t]+"
    r"(?P<film>\p{Lu}.+)"
)
# the film's makers after a dash, at the line's end: "- dir. Basel Adra, Hamdan Ballal"
_DIRECTORS_AT_END = re.compile(
    r"[ \t]+[–—-][ \t]+(?i:dir\.|directed by)\s*(?P<names>[^,·()]+(?:,[ \t]*[^,·()]+)+)$"
)
_BY_AFTER = re.compile(
    r"[ \t]+[–—-][ \t]+(?i:(?:written|shot|edited|composed|scored|produced)[ \t]+)?by[ \t]+"
)
_BRACKET = re.compile(r"\s*\((?P<inside>[^()]*)\)")
_DIRECTED_BRACKET = re.compile(
    r"\s*\((?i:dir\.|directed by)\s*(?P<names>[^(),;]+)(?:[,;]\s*(?P<where>[^()]*))?\)"
)
_LINE_END_NOTE = re.compile(r"\.[ \t]*(?:\([^()\n]*\)[ \t]*)?$")
_FILM_THEN_MAKER = re.compile(r"(?P<film>.+?),[ \t]+(?P<who>[^,()]+?)(?P<where>[ \t]*\([^()]*\))?")
_RUNTIME_THEN_NOTE = re.compile(
    r",[ \t]*(?P<minutes>\d{1,3})[ \t]*(?:min|mins|minutes)\b\.?(?:,[^\n]*)?$"
)
_MINUTES = re.compile(r"(?P<minutes>\d{1,3})\s*(?:(?:min|mins|minutes)\b\.?|['’′])")
# The pieces of an entry's details, outside its brackets: "Egypt · 2024 · 2h 4m"
_PIECE_BREAK = re.compile(r"[ \t]+[·|][ \t]+(?![^()]*\))")
# an entry's film, then what it is: "Los Últimos Peces, a Chilean film directed by X"
_DESCRIBED = re.compile(
    r",\s+(?:a|an)\s+(?P<said>(?:[\p{L}-]+\s+){0,3}?(?:film|feature|documentary|drama|comedy|"
    r"short|animation)\b[^,;()]{0,80})$"
)
_DIRECTED_IN = re.compile(r"\b(?i:directed by|dir\.)\s+(?P<name>\p{Lu}[^,;()]+?)\s*$")
_WORDS = re.compile(r"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?")
_DIRECTED_PIECE = re.compile(r"(?i:dir\.|directed by)\s*(?P<names>[^()]+)")
_YEAR = re.compile(r"(?:19|20)\d\d")

# The relation a category gives the person it names: "Best Director" names a film's director
_PERSON_CATEGORIES: tuple[tuple[re.Pattern[str], Relation | None], ...] = (
    # "Best Director of Photography" first: a cinematographer, not a director
    # (and in a Romance tongue: "Mejor Dirección", "Mejor Interpretación", "Prix du scénario")
    (re.compile(r"(?i)cinematograph|photography|fotograf|photographie"), Relation.CINEMATOGRAPHER),
    (re.compile(r"(?i)direct|direcci[óo]n|dire[çc][ãa]o|r[ée]alisation|regia"), Relation.DIRECTOR),
    (
        re.compile(
            r"(?i)actor|actress|performance|supporting|lead role|interpretaci[óo]n|"
            r"actuaci[óo]n|actriz|atriz|ator\b|interpr[ée]tation"
        ),
        Relation.CAST_MEMBER,
    ),
    (
        re.compile(r"(?i)screenplay|script|writing|writer|gui[óo]n|roteiro|sc[ée]nario"),
        Relation.SCREENWRITER,
    ),
    (re.compile(r"(?i)score|music|composer|soundtrack|m[úu]sica|musique"), Relation.COMPOSER),
    (re.compile(r"(?i)editing|editor|montaje|montagem|montaggio"), Relation.EDITOR),
    (re.compile(r"(?i)producer"), Relation.PRODUCER),
    # people are named, but for work no relation here holds
    (re.compile(r"(?i)sound|costume|design|make-?up|effects|newcomer|breakthrough"), None),
)
# ... and the class of the films it holds: "Best Documentary" holds documentaries
_CLASSES = (
    (re.compile(r"(?i)animat"), WorkClass.ANIMATED_FILM),
    (re.compile(r"(?i)document(?:ar|al\b|aire)"), WorkClass.DOCUMENTARY_FILM),  # "Documental"
    (re.compile(r"(?i)\bshort"), WorkClass.SHORT_FILM),
)


@dataclass(frozen=True)
class Entry:
    """One film in an award's list, as the line says it."""

    award: str
    title: str
    won: bool
    nominated: bool  # the list names the nominees, so this film was one of them
    people: tuple[str, ...] = ()  # the people the line names for the film
    relation: Relation | None = None  # what they did for it, from the category
    character: str | None = None  # "Lucrecia Barrionuevo as Amanda"
    directors: tuple[str, ...] = ()  # "dir. Milena Đurić"
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # "(Vietnam · Vietnamese · dir. X)"
    minutes: int | None = None
    work_class: WorkClass = WorkClass.FILM
    also: tuple[WorkClass, ...] = ()  # a second class: an animated short is a short too
    start: int = 0  # from the category's line to the entry's, in the body
    end: int = 0
    line: int = 0  # where the entry's own line starts


@dataclass
class _Category:
    award: str
    people_first: bool
    relation: Relation | None
    work_class: WorkClass
    start: int
    lines: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    titles_alone: bool = False  # a winners' list's line may name the film alone


@functools.lru_cache(maxsize=8)
def read_award_lists(body: str) -> tuple[Entry, ...]:
    """Every entry of every award list in the body, in text order.

    >>> body = "Ñandú Award for Best Film\\n★ Casa – Ana Ruiz\\n• Viento – Jo Park\\n"
    >>> [(e.title, e.won, e.nominated, e.directors) for e in read_award_lists(body)]
    [('Casa', True, True, ('Ana Ruiz',)), ('Viento', False, True, ('Jo Park',))]
    >>> body = "Best Director\\nAna Ruiz for Rumah Sunyi (The Quiet House), Malaysia\\n"
    >>> [(e.title, e.won, e.people, e.relation.value, e.countries)
    ...  for e in read_award_lists(body)]
    [('Rumah Sunyi', True, ('Ana Ruiz',), 'director', ('Malaysia',))]
    >>> body = "Award for Best Director of Photography\\n★ Jo Park – Casa\\n• Ana Ruiz – Viento\\n"
    >>> [(e.title, e.relation.value) for e in read_award_lists(body)]
    [('Casa', 'cinematographer'), ('Viento', 'cinematographer')]
    >>> body = "★ SILVER GANNET (JURY PRIZE)\\nThe Herring Year – dir. Sindre Aas (Norway)\\n"
    >>> [(e.award, e.title, e.directors, e.countries) for e in read_award_lists(body)]
    [('Silver Gannet', 'The Herring Year', ('Sindre Aas',), ('Norway',))]
    >>> body = "BEST SCREENPLAY – Ana Ruiz, Jo Park, Kalokairi (The Summer) (Cyprus)\\n"
    >>> [(e.award, e.title, e.people, e.countries) for e in read_award_lists(body)]
    [('Best Screenplay', 'Kalokairi', ('Ana Ruiz', 'Jo Park'), ('Cyprus',))]
    >>> body = "Silver Ibis – Grand Jury Prize — Campanas (Argentina), dir. Flor Paz\\n"
    >>> [(e.award, e.title, e.won, e.directors) for e in read_award_lists(body)]
    [('Silver Ibis – Grand Jury Prize', 'Campanas', True, ('Flor Paz',))]
    >>> body = "THE WINNERS - COMPETITION\\nGolden Gull | Salt - dir. Ana Ruiz, Jo Park\\n"
    >>> body += "Silver Gull | Tom Berg, cinematography of Tide (Marea), dir. Ida Holm\\n"
    >>> [(e.award, e.title, e.directors, e.people, e.relation and e.relation.value)
    ...  for e in read_award_lists(body)]  # doctest: +NORMALIZE_WHITESPACE
    [('Golden Gull', 'Salt', ('Ana Ruiz', 'Jo Park'), (), None),
     ('Silver Gull', 'Tide', ('Ida Holm',), ('Tom Berg',), 'cinematographer')]
    >>> body = "Huemul de Oro a la Mejor Película (Golden Huemul for Best Film)\\n"
    >>> body += "  → BÀYYI, de Aminata Faye\\nMejor Dirección\\n  → Shin Ha-yeon, por NARUT-BAE\\n"
    >>> [(e.award, e.title, e.won, e.directors + e.people) for e in read_award_lists(body)]
    ...  # doctest: +NORMALIZE_WHITESPACE
    [('Huemul de Oro a la Mejor Película', 'BÀYYI', True, ('Aminata Faye',)),
     ('Mejor Dirección', 'NARUT-BAE', True, ('Shin Ha-yeon',))]
    >>> read_award_lists("HONORARY AWARD\\nIvo Marinković\\n")  # a person's career prize
    ()
    >>> body = "21:32 · BEST FILM\\nNominees: Casa · Viento · Marea\\n🏆 WINNER: Casa! Fine.\\n"
    >>> [(e.title, e.won, e.nominated) for e in read_award_lists(body)]
    [('Casa', True, True), ('Viento', False, True), ('Marea', False, True)]
    >>> body = "BEST DIRECTOR\\nNominees: Ana Ruiz (Casa) · Jo Park (Viento) · Lin Mei (Marea)\\n"
    >>> body += "🏆 WINNER: Jo Park, Viento [see 20:05 correction]\\n"
    >>> [(e.title, e.people, e.won)
    ...  for e in read_award_lists(body)]  # doctest: +NORMALIZE_WHITESPACE
    [('Casa', ('Ana Ruiz',), False), ('Viento', ('Jo Park',), False),
     ('Marea', ('Lin Mei',), False)]
    """
    return tuple(
        entry
        for category in _categories(body)
        for entry in _entries(category)
        # (not a person's career prize: "HONORARY AWARD", then "Ivo Marinković")
        if not (_PERSONS_PRIZE.search(entry.award) and names.looks_like_person(entry.title))
    )


# A prize for a person's career, not for a film
_PERSONS_PRIZE = re.compile(
    r"(?i:honou?rary|lifetime|career|tribute|life['’]s work|achievement|homage|hommage)"
)


def _categories(body: str) -> list[_Category]:
    """Each category line with the entry lines right under it (up to a blank line)."""
    found: list[_Category] = []
    lines = [(m.group(), m.start()) for m in re.finditer(r"(?m)^.*$", body)]
    index = 0
    while index < len(lines):
        text, start = lines[index]
        index += 1
        line = _TIMESTAMP.sub("", text.strip())  # "21:32 · BEST FILM": a live blog's post
        # "GOLDEN CRESCENT FOR BEST FILM": a category set in capitals
        capitals = len(line.split()) > 1 and not any(c.islower() for c in line)
        match = _CATEGORY.fullmatch(names.title_case(line) if capitals else line)
        # ("MEJOR PELÍCULA", as "Mejor Película")
        match = match or _ROMANCE_CATEGORY.fullmatch(names.title_case(line) if capitals else line)
        if match is None and capitals:
            # "★ GOLDEN GANNET FOR BEST FEATURE", "★ SILVER GANNET (JURY PRIZE)": a heading's
            # star is its decoration; a bracket that says prize makes the name before it one
            heading = _HEADING_STAR.sub("", line)
            prize = _PRIZE_BRACKET.search(heading)
            heading = names.title_case(heading[: prize.start()] if prize else heading)
            match = _CATEGORY.fullmatch(heading) or (
                _NAMED_PRIZE.fullmatch(heading) if prize else None
            )
        if _WINNERS_HEADING.fullmatch(line):
            # "WINNERS — 7th LAGOS SCREEN CRITICS' AWARDS": the ceremony whose prizes they are
            given_at = ceremony(line) or ceremony(names.title_case(line))
            index = _winner_lines(lines, index, found, given_at)
            continue
        # (a list's mark may come first: "• Special Mention — Black Lake Ferry, a documentary")
        marked = _LIST_MARK.match(line)
        inline = None if match else _inline_category(line[marked.end() if marked else 0 :])
        if inline:  # "Golden Ibis for Best Director — Tide Pool Summer (Japan), dir. X"
            award, rest = inline
            category = _category(award, start)
            begin = start + len(text) - len(text.lstrip()) + (marked.end() if marked else 0)
            category.lines.append(("", "", rest, begin, start + len(text)))
            found.append(category)
            continue
        if not match or len(text) > 90:
            continue
        category = _category(match["award"].strip(), start)
        pending = ""  # a label alone on its line, for the items under it
        while index < len(lines):
            line, line_start = lines[index]
            if not line.strip():
                # a blank line ends the list, unless the next line opens with a label
                # ("WINNER: ...", "Also nominated:") or, under such a label, a list's mark
                following = next((t for t, _ in lines[index:] if t.strip()), "")
                opening = _OPENING.match(following)
                if not (opening["label"] or (pending and opening["mark"])):
                    break
                index += 1
                continue
            if _CATEGORY.fullmatch(line.strip()) or _ROMANCE_CATEGORY.fullmatch(line.strip()):
                break  # the next category
            opening = _OPENING.match(line)
            rest = line[opening.end() :].strip()
            if not rest and opening["label"]:
                pending = opening["label"]  # "Also nominated:", over its items
                index += 1
                continue
            if not rest or (rest.endswith((".", "!", "?")) and not opening["mark"]):
                break  # a paragraph under the list, not an entry
            details = _DETAILS.search(_BRACKET.sub("", rest))
            if category.lines and not opening["mark"] and not opening["label"] and details:
                if _details(rest) is None:
                    break  # "Director: X": the one entry's details, for the rules to read
                # "Dir. Karim Abdelrahman · Egypt · 2024 · 2h 4m": the entry's, above it
                mark, label, above, above_start, _ = category.lines[-1]
                joined = (mark, label, f"{above} · {rest}", above_start, line_start + len(line))
                category.lines[-1] = joined
                index += 1
                continue
            mark = opening["mark"] or ""
            label = opening["label"] or (pending if mark else "")
            # (the entry's sentence starts at its label, or after its mark: "• " is no part)
            begin = line_start + (opening.start("label") if opening["label"] else opening.end())
            category.lines.append((mark, label, rest, begin, line_start + len(line)))
            index += 1
        if category.lines:
            found.append(category)
    return found


# a live blog's post opens on its time: "21:32 · BEST FILM"
_TIMESTAMP = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*[·|–—-][ \t]*")


def _winner_lines(
    lines: list[tuple[str, int]], index: int, found: list[_Category], given_at: str | None
) -> int:
    """The lines under a winners' list's heading, each its categories and their winner
    ("Director: Sean Baker, Anora", "Sound; Visual Effects: Dune: Part Two"), up to a line
    that is none. Returns where the list ends."""
    while index < len(lines):
        text, start = lines[index]
        line = _WINNER_LINE.fullmatch(text)
        if line is None:
            break
        index += 1
        if _PERSONAL_PRIZE.search(text):
            continue  # "Honorary Amber – Arvīds Krieviņš, for lifetime achievement": no film's
        rest = _QUOTED_FIRST.sub("", line["rest"].strip())  # '"El Mal", Emilia Pérez': a song's
        rest = _LINE_END_NOTE.sub("", rest)  # "X (Spain). (An earlier version ... wrongly ...)"
        for label in line["labels"].split(";"):
            label = label.strip()
            # "Director" is the ceremony's "Best Director"; "Golden Bear" a prize by its name
            award = label if re.search(rf"\b{names.PRIZE_WORD}\b", label) else f"Best {label}"
            category = _category(full_award_name(award, given_at), start)
            category.titles_alone = True
            category.lines.append(("", "", rest, start + line.start("rest"), start + len(text)))
            found.append(category)
    return index


# a prize for a person's work as a whole, not for a film
_PERSONAL_PRIZE = re.compile(r"(?i)\b(?:honorary|lifetime|career|tribute)\b")
# "THE WINNERS IN FULL (selected)", "Full list of winners", "Winners:", "WINNERS AT A GLANCE"
_WINNERS_HEADING = re.compile(
    r"(?i:(?:the[ \t]+)?(?:full[ \t]+list[ \t]+of[ \t]+(?:the[ \t]+)?|other[ \t]+)?winners?"
    r"(?:[ \t]+in[ \t]+full|[ \t]+at[ \t]+a[ \t]+glance)?|other[ \t]+(?:awards|prizes))"
    r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:?"
    # (and the section it lists: "THE WINNERS - INTERNATIONAL COMPETITION")
    r"(?:[ \t]+[-–—][ \t]+[^\n]{1,40})?"
)
# "Supporting Actress: Zoe Saldaña, Emilia Pérez": the categories, a colon, the winner
_WINNER_LINE = re.compile(
    r"[ \t]*(?:[•*·—–-][ \t]+)?(?P<labels>\p{Lu}[\p{L}'’-]*(?:(?:[ \t]+|;[ \t]*)"
    r"(?:and[ \t]+|of[ \t]+|in[ \t]+|for[ \t]+|the[ \t]+|an?[ \t]+|–[ \t]+)*"
    r"\p{Lu}[\p{L}'’-]*){0,6})"
    # (what the prize is, in brackets after its name: "Silver Fishtail (Jury Prize) — X")
    r"(?:[ \t]+\([^()\n]{1,30}\))?"
    # (or a dash: "• Grand Prix for a Short Film — Wool (Villane), Kaarel Tamm, Estonia")
    # (or, under a category in its own case, an en dash: "Best Actor – Kaspar Uibo, Tuulte maja")
    # (or a table's bar: "Golden Bear for Best Film | Dahomey - dir. Mati Diop")
    # (or a leader of dots: "Best Director ........... Ana Ruiz, Copper Tide")
    r"(?::|[ \t]+[—|]|(?<=\p{Ll}[^\n]*)[ \t]+–|[ \t]+\.{3,})[ \t]+(?P<rest>\S[^\n|]{0,200})"
)
_QUOTED_THEN_MAKER = re.compile(
    r"[\"“](?P<title>[^\"“”]+?)[,.]?[\"”],?[ \t]+(?i:directed[ \t]+by|dir\.|by)[ \t]+"
    r"(?P<who>\p{Lu}[^()\n]*?)(?P<where>[ \t]*\([^()\n]*\))?"
)
_QUOTED_FIRST = re.compile(r"^[\"“][^\"“”\n]{1,60}[\"”],[ \t]+")


def _people(text: str) -> bool:
    """One person's name or several: "Ana Ruiz & Jo Park", a screenplay prize's pair."""
    found = names.split_names(text)
    return bool(found) and all(names.looks_like_person(name) for name in found)


def _category(award: str, start: int) -> _Category:
    """A category, with what its name says: whom it names first, and what films it holds."""
    relation, people_first = None, False
    for pattern, person_relation in _PERSON_CATEGORIES:
        if pattern.search(award):
            relation, people_first = person_relation, True
            break
    work_class = next((c for p, c in _CLASSES if p.search(award)), WorkClass.FILM)
    return _Category(award, people_first, relation, work_class, start)


def _inline_category(line: str) -> tuple[str, str] | None:
    """A category and its one winner on one line, after a dash: "Silver Ibis – Grand Jury
    Prize — Campanas lejanas (Argentina), dir. Florencia Paz"."""
    if len(line) > 200:
        return None
    for dash in _DASH.finditer(line):
        award, rest = line[: dash.start()].strip(), line[dash.end() :].strip()
        # "GOLDEN PELICAN FOR BEST FILM – Qyteti pa Dritare": a list's category in capitals
        # (where a bare "BEST DOCUMENTARY –" is the prize: the list's lines all read so)
        capitals = not any(c.islower() for c in award)
        award = names.title_case(award) if capitals else award
        # (not a bare "Best Film —": the prize's own name is elsewhere, or nowhere)
        bare = award.startswith("Best") and not capitals
        if rest and not bare and _CATEGORY.fullmatch(_DASH.sub(" ", award)):
            # (not "Honorary Award — Farhad Jahanbakhsh": a person's award, not a film's; nor
            # "X Award for Best Film — Nominated": the page's own film's outcome, for the rules)
            if names.looks_like_person(rest) or _OUTCOME.match(rest):
                return None
            return award, rest
    return None


def _nominees(line: str) -> list[str]:
    """The items of a nominees' line: "A; B", or "A – X (Serbia) · B – Y (Slovenia)" where
    each item between the dots is a film and its maker (not "A · Egypt · 2024", one's details)
    """
    items = line.split(";")
    if len(items) == 1:
        dotted = _PIECE_BREAK.split(line)
        if len(dotted) > 1 and all(_DASH.search(item) for item in dotted):
            items = dotted
        elif len(dotted) > 2 and not any(_details(item) for item in dotted[1:]):
            items = dotted  # "Nominees: A · B · C": films, not one film's details
    return items


def _entries(category: _Category) -> list[Entry]:
    read: list[tuple[dict, bool, bool]] = []  # (fields, marked won, in a nominees' line)
    for mark, label, rest, line, end in category.lines:
        items = _nominees(rest) if _NOMINEES_LABEL.search(label) else [rest]
        for item in items:
            # (in a Romance tongue: "BÀYYI, de Aminata Ndiaye Faye", "Shin Ha-yeon, por X")
            item = _ROMANCE_BY.sub(", dir. ", item)
            romance = _ROMANCE_FOR.search(item)
            if romance:  # "Aitor Arregi y Jose Mari Goenaga, por Maspalomas"
                before = _ROMANCE_AND.sub(" and ", item[: romance.start()])
                item = f"{before} for {item[romance.end() :]}"
            item = _CHEER.sub("", item)  # "Green Line Summer! X's film takes the prize"
            withdrawn = _CORRECTED.search(item)  # "Green Line Summer [see 20:05 correction]"
            item = _CORRECTED.sub("", item)
            won_note = _WINNER_NOTE.search(item)
            fields = _fields(_WINNER_NOTE.sub("", item).strip(), category)
            if fields is None:
                continue
            fields |= {"start": category.start, "end": end, "line": line}
            marked = (mark in _WON_MARK and bool(mark)) or bool(_WINNER_LABEL.fullmatch(label))
            won = (marked or bool(won_note)) and not withdrawn
            read.append((fields, won, bool(_NOMINEES_LABEL.search(label))))
    if not read:
        return []
    any_marked = any(marked for _, marked, _ in read)
    titles = list(dict.fromkeys(f["title"] for f, _, _ in read))
    listed = len(titles) > 1 or any(nominee for _, _, nominee in read)
    entries: dict[str, Entry] = {}
    for fields, marked, _ in read:
        won = marked or (not any_marked and not listed)
        old = entries.get(fields["title"])
        if old is not None:  # "In contention: A; B", then "★ Winner: A"
            entries[fields["title"]] = Entry(**(vars(old) | {"won": old.won or won}))
            continue
        # (a winner over "Also nominated: B" was a nominee too)
        entries[fields["title"]] = Entry(award=category.award, won=won, nominated=listed, **fields)
    return list(entries.values())


def _details(text: str) -> dict | None:
    """What a line of details says ("Dir. Ana Ruiz · Egypt · 2024 · 2h 4m"), or None when a
    piece of it is no detail."""
    found: dict = {"directors": [], "countries": [], "languages": [], "minutes": None}
    for piece in _PIECE_BREAK.split(text.strip()):
        directed = _DIRECTED_PIECE.fullmatch(piece)
        # "English, Irish": languages, though "English" may also say where a film is from
        spoken = [normalise.language_names().get(p.lower()) for p in re.split(r",\s*", piece)]
        runtime = _minutes(piece)
        if directed:
            found["directors"] += names.split_names(directed["names"])
        elif _YEAR.fullmatch(piece):
            continue
        elif all(spoken):
            found["languages"] += spoken
        elif countries_listed(piece):
            found["countries"] += countries_listed(piece)
        elif runtime:
            found["minutes"] = runtime
        else:
            return None
    return found


def _minutes(piece: str) -> int | None:
    """ "98 min", "98'", "2h 4m": a running time in minutes."""
    short = _MINUTES.fullmatch(piece)
    if short:
        return int(short["minutes"])
    duration = normalise.parse_duration(piece) if piece[:1].isdigit() else None
    return duration.minutes if duration else None


def _fields(item: str, category: _Category) -> dict | None:
    """What one entry says: its film, the people it names, where it is from."""
    countries, languages, minutes, directors = [], [], None, []
    pieces = _PIECE_BREAK.split(item)
    for index in range(len(pieces) - 1, 0, -1):  # "Title — Dir. X · Egypt · 2024 · 98 min"
        details = _details(pieces[index])
        if details is None:
            break
        directors += details["directors"]
        countries += [c for c in details["countries"] if c not in countries]
        languages += [c for c in details["languages"] if c not in languages]
        minutes = details["minutes"] or minutes
        item = " · ".join(pieces[:index])
    # ", 73 min, a portrait of a puppet theatre": its runtime, then a note
    runtime = _RUNTIME_THEN_NOTE.search(item)
    if runtime:
        minutes, item = int(runtime["minutes"]), item[: runtime.start()].strip()
    # ", Serbia / Croatia" at the end: where the film is from
    head, _, tail = item.rpartition(",")
    if head and countries_listed(tail):
        countries, item = countries_listed(tail), head.strip()
    work_class = category.work_class
    described = _DESCRIBED.search(item)
    if described:  # ", a Chilean film directed by X", ", a documentary from Estonia"
        said = described["said"]
        countries += [c for c in map(normalise.country_of, _WORDS.findall(said)) if c]
        directors += [d["name"].strip() for d in _DIRECTED_IN.finditer(said)]
        work_class = next((c for p, c in _CLASSES if p.search(said)), work_class)
        item = item[: described.start()].strip()
    bracket = _DIRECTED_BRACKET.search(item)
    if bracket:  # "A Garden in Karaj (dir. Leila Farahani, Iran/France)"
        directors += names.split_names(bracket["names"])
        found = [normalise.country_of(c) for c in re.split(r"\s*[/,]\s*", bracket["where"] or "")]
        countries += [c for c in found if c and c not in countries]
        item = item[: bracket.start()] + item[bracket.end() :]
    if not category.people_first:  # '"Holding Liat," directed by Brandon Kramer'
        item = _quoted_title_and_maker(item, directors)
    craft = _CRAFT_OF.fullmatch(item)
    crafted: tuple[str, ...] = ()
    if craft and names.looks_like_person(craft["who"]):
        # "Martin Gschlacht, cinematography of Des Teufels Bad": whose craft the prize is for
        crafted, item = (craft["who"].strip(),), craft["film"]
    several = _DIRECTORS_AT_END.search(item)
    if several:  # "No Other Land - dir. Basel Adra, Hamdan Ballal, Yuval Abraham"
        directors += names.split_names(several["names"])
        item = item[: several.start()]
    for director in _DIRECTED.finditer(item):
        directors += names.split_names(director["name"])  # "dir. Veronika Franz & Severin Fiala"
    item = _DIRECTED.sub("", item).strip(" ,")
    credited = _BY_AFTER.split(item, maxsplit=1)
    if category.people_first and len(credited) == 2:
        film, people = credited
    elif category.people_first:
        parts = _DASH.split(item, maxsplit=1)
        if len(parts) < 2:
            parts = _FOR.split(item, maxsplit=1)
        bracketed = _PEOPLE_THEN_FILM.fullmatch(item) if len(parts) < 2 else None
        if (
            bracketed
            and _people(_AS.split(bracketed["people"])[0])
            and not countries_listed(bracketed["film"])  # "Ana Ruiz, Casa (Chile)"
        ):
            # "Eleni Charalambidou (Green Line Summer)", "Ana Ruiz as Andri (Copper Tide)"
            parts = [bracketed["people"], bracketed["film"]]
        if len(parts) < 2 and directors and category.relation is Relation.DIRECTOR:
            parts = [", ".join(directors), item]  # "Tide Pool Summer (Japan), dir. Kenji Hamada"
        if len(parts) < 2:  # "Youssef Benali, Les Jardins d'Agadir"
            parts = _COMMA.split(item)
            # "Andreas Michaelides, Sofia Korre, To kalokairi tou nerou": the people, then
            # the film
            cut = 1
            while cut < len(parts) - 1 and _people(parts[cut]):
                cut += 1
            parts = [", ".join(parts[:cut]), ", ".join(parts[cut:])] if len(parts) > 1 else parts
            if (len(parts) < 2 or not _people(parts[0])) and category.titles_alone:
                parts = ["", item]  # "Cinematography: The Brutalist": the film alone
            elif len(parts) < 2 or not _people(parts[0]):
                return None
        people, film = parts
        if names.looks_like_person(film) and not _people(_AS.split(people)[0]):
            people, film = film, people  # "Bab el-Bahr — Ahmed Saber": the film first
        # 'Rose Byrne, "If I Had Legs I'd Kick You," directed by Mary Bronstein'
        film = _quoted_title_and_maker(film.strip(), directors)
    else:
        parts = _DASH.split(item, maxsplit=1)
        film, people = parts if len(parts) == 2 else (item, "")
        where = _BRACKET.search(people)
        if where and where.end() == len(people.rstrip()):
            # "Bura – Ana Kovač (Croatia, 14')": where it is from and how long, after its maker
            film, people = f"{film}{where.group()}", people[: where.start()]
        maker = _FILM_THEN_MAKER.fullmatch(film)
        if not people and maker and names.looks_like_person(maker["who"]):
            # "Wool (Villane), Kaarel Tamm", "The Ninth Winter, Olena Marchuk (Ukraine)"
            film, people = maker["film"] + (maker["where"] or ""), maker["who"]
        directors += names.split_names(people)
        people = ""
    for bracket in _BRACKET.finditer(film):  # "(Chile)", "(Vietnam · Vietnamese · 14 min)"
        for piece in re.split(r"\s*[·/,]\s*", bracket["inside"]):
            country = normalise.country_of(piece)
            if country and country not in countries:
                countries.append(country)
            language = normalise.language_names().get(piece.lower())
            if language and not country and language not in languages:
                languages.append(language)
            runtime = _MINUTES.fullmatch(piece)
            if runtime:
                minutes = int(runtime["minutes"])
    title = _BRACKET.sub("", film).strip(' ,;:"“”‘’')
    if not title or (not title[0].isupper() and not title[0].isdigit()):
        return None
    character = None
    said = _AS.split(people, maxsplit=1)
    if len(said) == 2:
        people, character = said
    return {
        "title": title,
        "people": crafted or (tuple(names.split_names(people)) if people else ()),
        "relation": _CRAFTS[craft["craft"].lower()] if crafted else category.relation,
        "character": character.strip() if character else None,
        "directors": tuple(dict.fromkeys(directors)),
        "countries": tuple(countries),
        "languages": tuple(languages),
        "minutes": minutes,
        "work_class": work_class,
    }


def _quoted_title_and_maker(text: str, directors: list[str]) -> str:
    """'"X," directed by Y', '"X" by Y (Mexico)': the title (and its bracket), with Y added to
    the directors; any other text as it is."""
    quoted = _QUOTED_THEN_MAKER.fullmatch(text)
    if quoted is None:
        return text
    directors += names.split_names(quoted["who"])
    return f"{quoted['title']}{quoted['where'] or ''}"


# A line-up's item: a list's mark, the title (perhaps its gloss in brackets), a dash, its
# maker, where the film is from in brackets, and perhaps a note: "· Zimowy Sad (Winter
# Orchard) — Paweł Zieliński (Poland)", "· Ninguém Fica — B. Sotto Maior (Brazil), a documentary"
_LINEUP_ITEM = re.compile(
    r"^[ \t]*[·•▪◦‣*-][ \t]+(?P<title>\p{Lu}[^\n—–]{0,80}?)[ \t]+[—–][ \t]+"
    r"(?P<who>\p{Lu}(?:[^\n(),.]|(?<=\b\p{Lu})\.){2,50}?)"
    r"(?:[ \t]*\((?P<where>[^()\n]{2,60})\)(?P<note>[^\n]*)"
    # (or the maker alone, then the line's own sentences: "• Cenote — Jacinto Pech. Spoken in
    # Yucatec Maya ...")
    # (a maker with no full stop after is no film's: "• Ìjàpá — Tunde Bakare-Lewis", a cast list)
    r"|\.(?P<said>(?:[ \t][^\n]*)?))$",
    re.MULTILINE,
)
_N_MINUTE = re.compile(r"\b(?P<minutes>\d{1,3})-minute\b")  # "A 78-minute documentary"
_FEWEST_LINEUP_ITEMS = 3  # two such lines are a comparison, not a programme's list


# ... or the title and its year, then its details in cells, its maker's among them: "• Bruma
# (2022) · dir. Pau Ferrer · 1h 38m", "• Abyssal Choir (2019) · animated · dir. Tomasz Lind"
_YEAR_ITEM = re.compile(
    r"^[ \t]*[·•▪◦‣*-][ \t]+(?P<title>\p{Lu}[^\n·|()]{0,80}?)[ \t]+\((?:19|20)\d\d\)"
    r"(?P<cells>(?:[ \t]+[·|][ \t]+[^\n·|]+)+)[ \t]*$",
    re.MULTILINE,
)


def read_lineup(body: str) -> tuple[Entry, ...]:
    """A line-up's films, each on its list's line with its maker and where it is from (or its
    year and its details); only where three such lines or more stand together.

    >>> body = "Selected:\\n· Salt — Ana Ruiz (Chile)\\n"
    >>> body += "· Tide (Marea) — Jo Park (Spain, Peru), 98 min.\\n"
    >>> body += "· Ash — Tom Berg (Ireland), a documentary about a town\\n"
    >>> [(e.title, e.directors, e.countries, e.minutes, e.work_class.value)
    ...  for e in read_lineup(body)]  # doctest: +NORMALIZE_WHITESPACE
    [('Salt', ('Ana Ruiz',), ('Chile',), None, 'film'),
     ('Tide', ('Jo Park',), ('Spain', 'Peru'), 98, 'film'),
     ('Ash', ('Tom Berg',), ('Ireland',), None, 'documentary_film')]
    >>> body = "MORE LIKE THIS\\n• Bruma (2022) · dir. Pau Ferrer · 1h 38m\\n"
    >>> body += "• Salt (2021) · dir. Ana Ruiz\\n• Choir (2019) · animated · dir. Tom Lind\\n"
    >>> [(e.title, e.directors, e.minutes, e.work_class.value) for e in read_lineup(body)]
    [('Bruma', ('Pau Ferrer',), 98, 'film'), ('Salt', ('Ana Ruiz',), None, 'film'), \
('Choir', ('Tom Lind',), None, 'animated_film')]
    """
    runs: list[list[Entry]] = [[]]
    last_end = -2
    items = [(m, _lineup_entry) for m in _LINEUP_ITEM.finditer(body)]
    items += [(m, _year_item_entry) for m in _YEAR_ITEM.finditer(body)]
    for match, read in sorted(items, key=lambda item: item[0].start()):
        entry = read(match)
        if entry is None:
            runs.append([])
            continue
        if match.start() != last_end + 1:
            runs.append([])  # not the next line: another list
        runs[-1].append(entry)
        last_end = match.end()
    return tuple(e for run in runs if len(run) >= _FEWEST_LINEUP_ITEMS for e in run)


def _listed(match: re.Match, title: str, start: int | None = None, **details) -> Entry:
    """A film a list's line names with no prize (a line-up's item, a short before a feature),
    its line as its evidence (from its title, unless `start` says otherwise)."""
    return Entry(
        award="",
        title=title,
        won=False,
        nominated=False,
        start=match.start("title") if start is None else start,
        end=match.end(),
        line=match.start(),
        **details,
    )


def _year_item_entry(match: re.Match) -> Entry | None:
    """One "Title (Year) · cells" line's entry, or None when no cell names its maker."""
    directors: list[str] = []
    minutes, work_class = None, WorkClass.FILM
    for cell in (c.strip(" .") for c in _PIECE_BREAK.split(match["cells"].strip(" ·|"))):
        named = _DIRECTED_BY.match(cell)
        runtime = normalise.parse_duration(cell) if re.search(r"\d", cell) else None
        if named:
            directors += names.split_names(named["names"])
        elif runtime:
            minutes = runtime.minutes
        elif re.fullmatch(r"(?i)animated|animation|documentary|short", cell):
            work_class = next(c for p, c in _CLASSES if p.search(cell))
    if not directors:
        return None
    return _listed(
        match,
        match["title"].strip(' "“”'),
        directors=tuple(directors),
        minutes=minutes,
        work_class=work_class,
    )


def _lineup_entry(match: re.Match) -> Entry | None:
    """One line-up line's entry, or None when its maker is no person or its brackets no
    countries."""
    who = match["who"].strip()
    countries = countries_listed(match["where"]) if match["where"] else ()
    if (match["where"] and not countries) or not names.looks_like_person(who):
        return None
    note = (match["note"] or match["said"] or "").strip(" ,.;")
    runtime = _MINUTES.fullmatch(note) or _N_MINUTE.search(note)
    kind = re.match(
        r"(?i)an?[ \t]+(?:[\p{L}\d-]+[ \t]+)?(?P<kind>documentary|animated|short)", note
    )
    work_class = next((c for p, c in _CLASSES if kind and p.search(kind["kind"])), WorkClass.FILM)
    return _listed(
        match,
        _BRACKET.sub("", match["title"]).strip(' "“”'),
        directors=(who,),
        countries=tuple(countries),
        minutes=int(runtime["minutes"]) if runtime else None,
        work_class=work_class,
    )


# A programme's short before its feature, on the feature's entry: "Preceded by: HOLLOW TIDE
# (dir. X, United Kingdom 2023, 11 mins) — a short about ...", "Preceded by the short film
# KUU JA KALA (Finland 2024, 9 min.)", "Précédé de / Preceded by : GLACE NOIRE / BLACK ICE —
# Ariane Pelletier · Canada · 2024 · 9 min · court métrage d'animation / animated short"
_SUPPORTING = re.compile(
    r"(?im)^[ \t]*(?:[^\n:/]{1,30}/[ \t]*)?(?:preceded by|screens with|shown with)[ \t]*:?[ \t]*"
    r"(?:the[ \t]+)?(?P<said>(?:[\p{Ll}-]+[ \t]+)?short(?:[ \t]+film)?[ \t]+)?"
    r"(?P<title>\p{Lu}[^\n()—–·,:]{0,60}?)"
    r"(?:[ \t]*\((?P<inside>[^()\n]*)\)|[ \t]+[—–][ \t]+(?P<after>[^\n]*))(?P<note>[^\n]*)$"
)
_SHORT_WORD = re.compile(r"(?i)\b(?:short|court)")
_ANIMATED_WORD = re.compile(r"(?i)\banimat")
_DIRECTED_BY = re.compile(r"(?i)(?:dirs?\.|dir:|directed by|director:?)\s*(?P<names>.+)")
_LONGEST_SHORT = 40  # minutes: the Academy's line between a short film and a feature


def read_supporting_shorts(body: str) -> tuple[Entry, ...]:
    """The shorts a programme shows before its features, each with the details its line gives.

    >>> line = "Preceded by the short KUU JA KALA (Finland 2024, 9 min., dir. Helmi Ranta)."
    >>> [(e.title, e.directors, e.countries, e.minutes, e.work_class.value)
    ...  for e in read_supporting_shorts(line)]
    [('Kuu Ja Kala', ('Helmi Ranta',), ('Finland',), 9, 'short_film')]
    >>> line = "Preceded by : GLACE / ICE — Ana Ruiz · Canada · 2024 · 9 min · animated short"
    >>> [(e.title, e.directors, e.work_class.value, [c.value for c in e.also])
    ...  for e in read_supporting_shorts(line)]
    [('Glace', ('Ana Ruiz',), 'animated_film', ['short_film'])]
    """
    found = []
    for match in _SUPPORTING.finditer(body):
        pieces = re.split(r"\s*[,·]\s*", match["inside"] or "")
        pieces += _PIECE_BREAK.split(match["after"] or "")
        directors: list[str] = []
        countries: list[str] = []
        minutes = None
        for piece in (p.strip(" .") for p in pieces):
            bare = re.sub(r"[ \t]*(?:19|20)\d\d$", "", piece)
            runtime = _MINUTES.fullmatch(bare)
            named = _DIRECTED_BY.match(bare)
            if runtime:
                minutes = int(runtime["minutes"])
            elif named:
                directors += names.split_names(named["names"])
            elif countries_listed(bare):
                countries += countries_listed(bare)
            elif not directors and names.looks_like_person(bare):
                directors.append(bare)
        if not (directors or countries or minutes):
            continue  # "Preceded by LOW TIDE, 5 A.M. (below)": a pointer, not its details
        said = " ".join(filter(None, (match["said"], *pieces, match["note"][:40])))
        animated = bool(_ANIMATED_WORD.search(said))
        short = bool(_SHORT_WORD.search(said)) or (minutes or 99) <= _LONGEST_SHORT
        kind = WorkClass.ANIMATED_FILM if animated else WorkClass.SHORT_FILM if short else None
        title = match["title"].partition(" / ")[0].strip()
        capitals = not any(c.islower() for c in title)
        found.append(
            _listed(
                match,
                names.title_case(title) if capitals else title,
                start=match.start(),  # (from "Preceded by")
                directors=tuple(dict.fromkeys(directors)),
                countries=tuple(dict.fromkeys(countries)),
                minutes=minutes,
                work_class=kind or WorkClass.FILM,
                also=(WorkClass.SHORT_FILM,) if animated and short else (),
            )
        )
    return tuple(found)


def countries_listed(text: str) -> list[str]:
    """ "Serbia / Croatia" -> both, or nothing when a piece is no country.

    >>> countries_listed("Serbia / Croatia"), countries_listed("Serbia, 2024")
    (['Serbia', 'Croatia'], [])
    """
    pieces = [p for p in re.split(r"\s*[/,·]\s*|\s+and\s+", text.strip(" .")) if p]
    found = [normalise.country_of(p) for p in pieces]
    return [c for c in found if c] if pieces and all(found) else []


# A ceremony's prizes by their short name, and the name its awards go by: "the Oscars" give
# the "Academy Award for Best Picture"; "the 37th Goya Awards" the "Goya Award for Best Film"
_CEREMONY = re.compile(
    r"\b(?:the[ \t]+)?(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?(?P<name>Oscars?|Academy[ \t]+Awards?|"
    r"Golden[ \t]+Globes?|BAFTAs?|Césars|Goyas|(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,4}Awards)\b"
)
_SHORT_PRIZES = {
    "oscar": "Academy Award",
    "oscars": "Academy Award",
    "academy award": "Academy Award",
    "academy awards": "Academy Award",
    "golden globe": "Golden Globe Award",
    "golden globes": "Golden Globe Award",
    "bafta": "BAFTA Award",
    "baftas": "BAFTA Award",
    "césar": "César Award",
    "césars": "César Award",
    "goya": "Goya Award",
    "goyas": "Goya Award",
}
# "Oscar for Best Actor", "the Golden Globe for Best Animated Feature Film": a prize by its
# short name, and its category
_SHORT_PRIZE_FOR = re.compile(
    r"(?P<prize>Oscar|Golden[ \t]+Globe|BAFTA|César|Goya)[ \t]+(?P<category>for[ \t]+.+)"
)


def ceremony(text: str) -> str | None:
    """The awards ceremony a text names, as its awards' name goes ("Academy Award"), or None.

    >>> ceremony("Oscars 2025: 'Anora' takes best picture"), ceremony("at the 96th Academy Awards")
    ('Academy Award', 'Academy Award')
    >>> ceremony("the European Film Awards in Berlin"), ceremony("the 51st Annie Awards")
    ('European Film Award', 'Annie Award')
    >>> ceremony("The Academy Awards were held on Sunday.")
    'Academy Award'
    >>> ceremony("It premiered at the Cannes Film Festival.")
    """
    found = _CEREMONY.search(text)
    if found is None:
        return None
    name = re.sub(r"^The[ \t]+", "", re.sub(r"[ \t]+", " ", found["name"]))  # a sentence's "The"
    return _SHORT_PRIZES.get(name.lower()) or name.removesuffix("s")


def full_award_name(award: str, given_at: str | None) -> str:
    """An award's name as its ceremony's prizes are known ("Academy Award for Best Picture"):
    a category alone ("Best Picture") at a ceremony (`ceremony`'s name), or a prize by its short
    name ("Oscar for Best Picture"). A festival's categories keep their own names.

    >>> full_award_name("Best Picture", "Academy Award")
    'Academy Award for Best Picture'
    >>> full_award_name("Oscar for Best International Feature Film", None)
    'Academy Award for Best International Feature Film'
    >>> full_award_name("Best Director", None), full_award_name("Golden Bear", "Academy Award")
    ('Best Director', 'Golden Bear')
    """
    short = _SHORT_PRIZE_FOR.fullmatch(award)
    if short:
        prize = _SHORT_PRIZES[re.sub(r"[ \t]+", " ", short["prize"]).lower()]
        return f"{prize} {short['category']}"
    if given_at and re.match(r"Best[ \t]+\p{Lu}", award):
        return f"{given_at} for {award}"
    return award
