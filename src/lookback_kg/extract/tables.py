"""Tables whose cells mean something only with their header: a row per film under a header
that names the columns, or a column per film under a header of titles.

    Title               Director          Country     Runtime
    La Pampa Sumergida  Martina Ocampo    Argentina   104 min

    | | Renarde | The Fox of Jeju |
    | Director | Céline Aubrac | Yoon Da-som |

Rules read one sentence at a time, and "Martina Ocampo" alone says nothing. So each cell
becomes a sentence of its own, "Director: Martina Ocampo", said of the film its row or column
names. Its evidence stays the whole row, as the text writes it.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

import regex as re

from lookback_kg.extract import awards, names, normalise
from lookback_kg.extract.sentences import Span


@dataclass(frozen=True)
class Cell(Span):
    """One cell read as "Key: value" (`text`), said of `film`; `start` and `end` are its row's."""

    film: str = ""


# a cell said of the film the page or its section is about, which its table does not name
PAGE_FILM = "\x00page film"


_TITLE_COLUMN = re.compile(r"(?i:title|film|movie|(?:english|original) title|feature)")
# a header's other columns say what a film's row holds
_KEY_COLUMN = re.compile(
    r"(?i:director|directed by|dir\.?|country|countries|runtime|running time|length|duration|mins?|"
    r"language|languages|distributor|studio|production|producer|cast|starring|writer|"
    r"screenplay|music|composer|genre|release|released|release date|premiere|"
    # a poll's: "Rank | Film | Votes | Avg. member rating"
    r"(?:(?:avg\.?|average|mean)[ \t]+)?(?:(?:member|user|audience|critics['’]?|our)[ \t]+)?"
    r"(?:rating|score|stars)|votes)"
)
# The same columns in the tongues of the pages we read: "Année | Titre | Réalisation | Notes"
_COLUMNS_IN_ENGLISH = {
    **dict.fromkeys(("titre", "título", "titulo", "titel", "titolo", "tytuł", "název"), "Title"),
    **dict.fromkeys(
        (
            "réalisation",
            "réalisateur",
            "réalisatrice",
            "dirección",
            "direção",
            "realizador",
            "regie",
            "regia",
            "reżyseria",
            "režie",
        ),
        "Director",
    ),
    **dict.fromkeys(("pays", "país", "paese"), "Country"),
    **dict.fromkeys(("durée", "duración", "duração", "dauer", "durata", "länge"), "Runtime"),
    **dict.fromkeys(("remarques", "observations", "notas", "anmerkungen", "uwagi"), "Notes"),
}


def _in_english(cell: str) -> str:
    """A header cell's column, named in English ("Réalisation" is "Director")."""
    return _COLUMNS_IN_ENGLISH.get(cell.strip().casefold(), cell)


# ... and a chart's figures, each cell said of its row's film: "Weekend | Total"
_FIGURES_COLUMN = re.compile(
    r"(?i:.*\b(?:weekend|total|gross|cumulative|cume|box office|takings)\b.*|%.*)"
)
# An actor's filmography: "| Year | Title | Role | Notes |", the page's actor in each film
_ROLE_COLUMN = re.compile(r"(?i:role|roles|character|part)")
# A table of one film's release abroad, a row a territory: "Territory | Distributor | Gross",
# each row said of the film the page or its section is about
_TERRITORY_COLUMN = re.compile(r"(?i:territory|territories|market|country|region)")
_TERRITORY_KEY = re.compile(r"(?i:distributor|distribution|release date|released|release)")
_NOTES_COLUMN = re.compile(r"(?i:notes?|remarks?)")
# "Kaisa Lehtivuori (born 14 May 1984 in Tampere) is a Finnish screen and stage actress": whose
# page it is, and that she acts
_ACTOR_LEAD = re.compile(
    r"(?m:^)(?P<name>\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]+"
    r"\((?:born|b\.|née)\b[^()\n]{0,80}\)[ \t]+(?:is|was)[ \t]+an?[ \t]+[^.\n]{0,60}?"
    r"\b(?:actress|actor|performer)\b"
)
# a filmography's note that says what the work is, or names a prize alone
_KIND_NOTE = re.compile(
    r"(?i:(?:animated[ \t]+)?(?:short|feature|documentary|animated)(?:[ \t]+film)?|"
    r"court[ \t-]métrage|cortometraje|curta[ \t-]metragem|kurzfilm|cortometraggio|"
    r"documentary|tv[ \t]+(?:series|film|movie)|television[ \t]+(?:series|film))\b[^;]*"
)
# a note's parts: "Short film; directed by X", "Court métrage, 9 min. (Short film.)"
_NOTE_BREAK = re.compile(r"[ \t]*;[ \t]*|(?<=\.\)?)[ \t]+(?=[\p{Lu}(])")
_FOOTNOTE = re.compile(r"(?:\[\d{1,3}\])+")  # "Festival.[3]": an encyclopedia's reference
_PRIZE_NOTE = re.compile(r"[^;:–—-]*\b(?:Award|Awards|Prize|Prix|Medal)\b[^;]*")
# the heading over a filmography's table: "Film [edit]", "Television"
_WORKS_HEADING = re.compile(
    r"[ \t]*(?:(?P<film>films?|feature[ \t]+films?|cinema)|(?P<tv>television|tv))"
    r"(?:[ \t]*\[edit\])?[ \t]*\n?",
    flags=re.IGNORECASE,
)
_RULE_LINE = re.compile(r"[\s|:+-]*")
# An encyclopedia's accolades table: "Award | Date of ceremony | Category | Recipient(s) |
# Result": each row a prize the page's film won or was up for
_RESULT_COLUMN = re.compile(r"(?i:results?|outcome)")
_PRIZE_COLUMN = re.compile(r"(?i:categor(?:y|ies)|awards?|prizes?)")
_CATEGORY_COLUMN = re.compile(r"(?i:categor(?:y|ies))")
_WORK_COLUMN = re.compile(r"(?i:(?:nominated[ \t]+)?works?|recipients?[ \t]+and[ \t]+nominees)")
_FESTIVAL = re.compile(r"(?i:festival|festivalen|berlinale|biennale|mostra)")
# a row's outcome, as the key a fact box writes: "Awards: X", "Nominations: X"
_OUTCOME_KEY = {
    **dict.fromkeys(("won", "winner", "win", "received"), "Awards"),
    **dict.fromkeys(("nominated", "nominee", "nomination"), "Nominations"),
}
_BLANK_FIRST_CELL = re.compile(r"[ \t]{4,}\|")
_DIGIT = re.compile(r"\d")
# A programme's slot or strand before its film's title, in capitals: "REPERTORY: X"
SLOT_LABEL = re.compile(
    r"(?:REPERTORY|REVIVAL|ENCORE|CLASSICS?|PREVIEW|"
    r"(?:(?:WORLD|UK|EUROPEAN|INTERNATIONAL|NATIONAL|NORTH AMERICAN|ASIAN) )?PREMIERE|"
    r"NEW RELEASE|RESTORATION|(?:OPENING|CLOSING) (?:NIGHT|FILM)|"
    r"FAMILY|KIDS|MATINEE|LATE NIGHT|SPECIAL SCREENING|EVENT|RETROSPECTIVE|"
    # a newsletter's parts: "2 / COMING UP: THE ILHA TAPES", "3 / WATCH THIS: DUNE RADIO"
    r"COMING UP|COMING SOON|COMING NEXT|UP NEXT|NEXT UP|WATCH THIS|STREAM THIS|NOW SHOWING|"
    r"PICK OF THE WEEK|JUST ADDED|(?:BACK )?ON THE BIG SCREEN|BACK IN CINEMAS|RE-RELEASE|"
    # a cinema's screen or hall: "SCREEN 1: PIP & THE POND PATROL (2025) G · 1h 32m"
    r"(?:SCREEN|HALL|SALA|SAAL|AUDITORIUM|CINEMA|STAGE) \d{1,2})"
)
# A version's note after a title's dash, in a schedule's cell: "CAPTAIN PEBBLE - Finnish dub"
_VERSION_NOTE = re.compile(
    r"\s+[-–—]\s+(?=[^|]*\b(?i:dub(?:bed)?|subtitles?|subtitled|original version|versions?|"
    r"OV|OmU|VOST\w*|VOSE|puhuttu|tekstitetty|3D|2D|IMAX)\b)[^|]*$"
)
# "(dir. Hala Fathy)", "(1962) [CC]", "(The Sea Below) [YP]": brackets and badges after a title
_BRACKET_AFTER = re.compile(r"(?:\s*(?:\([^()]*\)|\[[^\]\n]{1,24}\]))+\s*$")
_EDGE = " *_\"“”'‘’"


def _cells(line: str) -> list[str] | None:
    """A table line's cells, split at tabs or pipes; None for a line that is no table's."""
    if "\t" in line.strip():
        return [cell.strip() for cell in line.strip().split("\t") if cell.strip()]
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        # "            | DOHYŌ | LA MÁSCARA": spaces where the first header cell would be
        return ["", *cells] if _BLANK_FIRST_CELL.match(line) else cells
    return None


@functools.lru_cache(maxsize=8)
def table_cells(body: str) -> dict[int, tuple[Cell, ...]]:
    """Each table row's cells as sentences, by where the row starts in the body.

    >>> rows = table_cells("Title\\tDirector\\tRuntime\\nSalt Wind\\tAna Ruiz\\t98 min\\n")
    >>> [(c.film, c.text) for c in rows[23]]
    [('Salt Wind', 'Director: Ana Ruiz'), ('Salt Wind', 'Runtime: 98 min')]
    >>> rows = table_cells("| | Casa | Viento |\\n|---|---|---|\\n| Director | Ana Ruiz | Jo Park")
    >>> [(c.film, c.text) for c in rows[34]]
    [('Casa', 'Director: Ana Ruiz'), ('Viento', 'Director: Jo Park')]
    """
    found: dict[int, tuple[Cell, ...]] = {}
    header: list[str] | None = None
    by_column = False  # a column per film: the header names the films
    offset = 0
    above = ""  # the last line that is no table's: a chart's heading, perhaps
    actor = page_actor(body)  # an actor's page: her filmography's roles are hers
    accolades: list[str] | None = None  # an accolades table's header, while in its rows
    award_above = ""  # the award of the row above, which a spanned row leaves blank
    csv_header: list[str] | None = None  # a header of comma-separated values, while in rows
    for line in body.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        text = line.strip()
        begin = start + line.index(text) if text else start
        if csv_header is not None:
            values = _csv_row(text, csv_header)
            if values is not None:
                row = _titled_row(csv_header, values, actor, above)
                found[begin] = _row_cells(begin, begin + len(text), row)
                continue
            csv_header = None
        csv_header = _csv_header(text)
        if csv_header is not None:
            found[begin] = ()  # "id,title,year,country,director,...": the header, not read
            continue
        cells = _cells(line)
        if cells is None:
            # a blank line, or a row's own lines of details indented under it ("   Director:
            # Adaeze Okonkwo-Bello"), go on with the table; any other line ends it
            if line.strip() and not line[:1].isspace():
                header, above, accolades = None, line, None
            continue
        if _RULE_LINE.fullmatch(line):
            continue
        text = line.strip()
        begin = start + line.index(text)
        end = begin + len(text)
        if _accolades_header(cells):
            accolades, award_above, header = cells, "", None
            found[begin] = ()
            continue
        if accolades is not None and len(cells) <= len(accolades):
            award_above, prize = _accolade(accolades, cells, award_above)
            found[begin] = (Cell(begin, end, prize, PAGE_FILM),) if prize else ()
            continue
        accolades = None
        if header is None or len(cells) != len(header):
            header, by_column = (
                _header([_in_english(c) for c in cells]),
                bool(cells) and not cells[0],
            )
            if header:
                header = _priced_by_heading(header, above)
                found[begin] = ()  # the header's names say nothing of a film: not read
            guessed = None if header or "\t" not in text else _headerless(cells)
            if guessed:  # "Los domingos de Ema<TAB>Rosa Huamán<TAB>Peru<TAB>14 min<TAB>WP"
                found[begin] = tuple(
                    Cell(begin, end, f"{key}: {value}" if key else value, cells[0])
                    for key, value in guessed
                )
            continue
        if by_column:
            row = [(_titled(header[i]), cells[0], cells[i]) for i in range(1, len(cells))]
        elif _territorial(header):  # the page's film, abroad: no title of its own
            row = [
                (PAGE_FILM, key, value) for key, value in zip(header[1:], cells[1:], strict=True)
            ]
        else:
            row = _titled_row(header, cells, actor, above)
        found[begin] = _row_cells(begin, end, row)
    for header, rows in _tables_a_cell_a_line(body):
        for begin, end, cells in rows:  # (the header's row has no cells: not read)
            row = _titled_row(header, cells, actor, "") if cells else []
            found[begin] = _row_cells(begin, end, row)
    return found


_Row = tuple[int, int, list[str]]  # where a row begins and ends, and its cells


@functools.lru_cache(maxsize=8)
def _tables_a_cell_a_line(body: str) -> list[tuple[list[str], list[_Row]]]:
    """Tables copied from a page a cell a line: a header of short lines ("Title", "Year",
    "Director"), then its rows, each as many lines, set apart by blank lines. The header's
    cells in English, and the rows (the header's own among them, with no cells).

    >>> text = "Title\\nYear\\nDirector\\n\\nBora\\n2004\\nMitja Kralj\\n\\nMolo\\n1992\\nTed Li\\n"
    >>> [(cells, begin) for begin, _, cells in _tables_a_cell_a_line(text)[0][1]]
    [([], 0), (['Bora', '2004', 'Mitja Kralj'], 21), (['Molo', '1992', 'Ted Li'], 44)]
    """
    blocks: list[list[tuple[int, str]]] = [[]]  # runs of lines that are not blank
    offset = 0
    for line in body.splitlines(keepends=True):
        if line.strip():
            blocks[-1].append((offset, line.strip()))
        elif blocks[-1]:
            blocks.append([])
        offset += len(line)
    tables = []
    for i, block in enumerate(blocks):
        cells = [_in_english(text) for _, text in block]
        if not 3 <= len(cells) <= 8 or any(len(c) > 24 or _cells(c) for c in cells):
            continue
        header = _header(cells)
        if not header or not any(_TITLE_COLUMN.fullmatch(c) for c in header):
            continue
        width = len(header)
        first, last = block[0][0], block[-1][0] + len(block[-1][1])
        rows: list[_Row] = [(first, last, [])]
        for below in blocks[i + 1 :]:
            if not below or len(below) % width:
                break
            for j in range(0, len(below), width):
                row = below[j : j + width]
                rows.append((row[0][0], row[-1][0] + len(row[-1][1]), [t for _, t in row]))
        if len(rows) > 2:
            tables.append((header, rows))
    return tables


def _titled_row(
    header: list[str], cells: list[str], actor: str, above: str
) -> list[tuple[str, str, str]]:
    """A row under a header with a title column, as (film, key, value) triples."""
    column = next(i for i, c in enumerate(header) if _TITLE_COLUMN.fullmatch(c))
    title = _title_cell(cells[column])
    row = [(title, "", cells[column])] + [
        (title, *pair)
        for key, value in zip(header, cells, strict=True)
        if not _TITLE_COLUMN.fullmatch(key)
        for pair in _filmography_cell(key, value, actor)
    ]
    kind = _WORKS_HEADING.fullmatch(above)
    if kind and actor and not any(k == "Type" for _, k, _ in row):
        # "Film [edit]" over an actor's table: each row is a film ("Television": a series)
        row.append((title, "Type", "film" if kind["film"] else "TV series"))
    return row


def _title_cell(cell: str) -> str:
    """The title a title column's cell gives: "The Salt Widow (dir. Hala Fathy)" is "The Salt
    Widow" (its bracket a sentence of its own), "CAPTAIN PEBBLE - Finnish dub" "Captain Pebble"."""
    return _titled(_BRACKET_AFTER.sub("", _VERSION_NOTE.sub("", cell)))


def _row_cells(begin: int, end: int, row: list[tuple[str, str, str]]) -> tuple[Cell, ...]:
    """A row's (film, key, value) triples as the cells rules read: "Key: value" sentences."""
    return tuple(
        Cell(begin, end, f"{key}: {value}" if key else value, film)
        for film, key, value in row
        # ("Premiere | — | Guadalajara": the first film has none)
        if film and value and value.strip("—–-") and (key or value != film)
    )


def _accolades_header(cells: list[str]) -> bool:
    """Cells heading an accolades table: a prize's column and its result's, and no column of
    works (a person's awards, "Year | Award | Nominated work | Result", are several films').

    >>> _accolades_header(["Award", "Category", "Result"])
    True
    >>> _accolades_header(["Year", "Award", "Category", "Nominated work", "Result"])
    False
    """
    return (
        len(cells) >= 3
        and any(map(_RESULT_COLUMN.fullmatch, cells))
        and any(map(_PRIZE_COLUMN.fullmatch, cells))
        and not any(_TITLE_COLUMN.fullmatch(c) or _WORK_COLUMN.fullmatch(c) for c in cells)
    )


def _accolade(header: list[str], cells: list[str], award_above: str) -> tuple[str, str]:
    """An accolades row's award (for the rows under it) and its prize, as a fact box's line
    ("Awards: Queer Palm"), or "" for a row with no outcome, or a festival's competition:
    "Nominated" for the Golden Bear says only that the film was in competition.

    >>> head = ["Award", "Category", "Recipient(s)", "Result"]
    >>> _accolade(head, ["Cannes Film Festival", "Queer Palm", "Ana Ruiz", "Won"], "")
    ('Cannes Film Festival', 'Awards: Queer Palm')
    >>> _accolade(head, ["", "Palme d'Or", "Ana Ruiz", "Nominated"], "Cannes Film Festival")
    ('Cannes Film Festival', '')
    >>> _accolade(head, ["Edda Awards", "—", "Salt Wind", "Nominated"], "")
    ('Edda Awards', 'Nominations: Edda Awards')
    """
    cells = [""] * (len(header) - len(cells)) + cells  # a row under a spanned award's cell
    row = {
        key.casefold(): _FOOTNOTE.sub("", cell).strip()
        for key, cell in zip(header, cells, strict=True)
    }
    award_key = next(
        (k for k in header if _PRIZE_COLUMN.fullmatch(k) and not _CATEGORY_COLUMN.fullmatch(k)),
        "",
    )
    award = row.get(award_key.casefold(), "") or award_above
    category = next((row[k.casefold()] for k in header if _CATEGORY_COLUMN.fullmatch(k)), "")
    prize = _prize_name(award, category) if category.strip("—–- ") else award
    outcome = next((row[k.casefold()] for k in header if _RESULT_COLUMN.fullmatch(k)), "")
    key = _OUTCOME_KEY.get(outcome.casefold().strip(" *{}"))
    if key is None or not prize or (key == "Nominations" and _FESTIVAL.search(award)):
        return award, ""
    return award, f"{key}: {prize}"


def _prize_name(award: str, category: str) -> str:
    """A category named with its ceremony's award, as the prize is known: "Edda Awards" and
    "Best Film" make "Edda Award for Best Film"; a festival's or a circle's category, or one
    that names its own prize ("Ōfuji Noburō Award"), stands alone.

    >>> _prize_name("Japan Academy Film Prize", "Animation of the Year")
    'Japan Academy Film Prize for Animation of the Year'
    >>> _prize_name("Czech Lion Awards 2020", "Czech Lion Award for Best Original Music")
    'Czech Lion Award for Best Original Music'
    >>> _prize_name("New York Film Critics Circle", "Best Cinematography")
    'Best Cinematography'
    """
    one_prize = _ONE_PRIZE.fullmatch(award)  # "Edda Award", "Japan Academy Film Prize"
    given_at = awards.ceremony(award) or (one_prize and one_prize["award"])
    if given_at and _OF_THE_YEAR.fullmatch(category):  # "Documentary of the Year"
        return f"{given_at} for {category}"
    return awards.full_award_name(category, given_at or None)


_ONE_PRIZE = re.compile(r"(?P<award>[^|\n]*\b(?:Award|Prize))(?:[ \t]+(?:19|20)\d\d)?")
_OF_THE_YEAR = re.compile(r"\p{Lu}[\p{L}-]*(?:[ \t][\p{L}-]+){0,2}[ \t]of[ \t]the[ \t]Year")


@functools.lru_cache(maxsize=8)
def table_titles(body: str) -> tuple[str, ...]:
    """The titles in a table's title column, charts' too: "| # | Title | Distributor | ..."
    (or its cells set apart by tabs) names a film in each row below it.

    >>> table_titles("| # | Title | Total |\\n|---|---|---|\\n| 1 | Salt Wind | $3M |\\nText.")
    ('Salt Wind',)
    """
    found: list[str] = []
    column: int | None = None
    for line in body.splitlines():
        cells = _cells(line)  # "| 2 | Iron Harbor | ...", or cells set apart by tabs
        if cells is None:
            column = None
            continue
        if _RULE_LINE.fullmatch(line):
            continue
        header = [i for i, cell in enumerate(cells) if _TITLE_COLUMN.fullmatch(_in_english(cell))]
        # a header names three columns or more, in words ("Title | Saltwind" is a key's row)
        if header and len(cells) >= 3 and not any(_figure(cell) for cell in cells):
            column = header[0]
        elif column is not None and column < len(cells) and cells[column]:
            found.append(_title_cell(cells[column]))
    for header, rows in _tables_a_cell_a_line(body):
        column = next(i for i, c in enumerate(header) if _TITLE_COLUMN.fullmatch(c))
        found.extend(_title_cell(cells[column]) for _, _, cells in rows if cells)
    return tuple(found)


_RUNTIME_CELL = re.compile(r"\d{1,3}\s*(?:min|mins|minutes|['’′])|\d\s*h\s*\d{1,2}\s*m?")


def _headerless(cells: list[str]) -> list[tuple[str, str]] | None:
    """A row with no header over it, read by what its cells look like: a title first, then a
    director, countries, a language and a running time. None unless it has a running time and
    one more cell of these besides the title."""
    title = cells[0].strip(_EDGE) if cells else ""
    if len(cells) < 4 or not title[:1].isupper():
        return None
    if names.looks_like_person(title) and not any(map(names.looks_like_person, cells[1:])):
        return None  # a title may look like a name ("Kaleidoscope Street"), beside its director
    if _DIGIT.search(title) or normalise.country_of(title.split(",")[0]) or "." in title:
        return None  # "Iran", "UA 16+", "Dir. X": a row of facts, not a film's
    read: list[tuple[str, str]] = [("", title)]
    for cell in cells[1:]:
        pieces = [p for p in re.split(r"\s*[,/]\s*", cell) if p]
        if _RUNTIME_CELL.fullmatch(cell):
            read.append(("Runtime", cell))
        elif pieces and all(normalise.country_of(p) for p in pieces):
            read.append(("Country", cell))
        elif pieces and all(normalise.language_names().get(p.lower()) for p in pieces):
            read.append(("Language", cell))
        elif names.looks_like_person(cell):
            read.append(("Director", cell))
    keys = [key for key, _ in read]
    return read if "Runtime" in keys and len(keys) >= 3 else None


_CURRENCY_IN_KEY = re.compile(
    r"(?P<key>.*?)\s*\((?P<currency>\p{Sc}|[A-Z]{1,3}\p{Sc}|[A-Z]{3})\)"
    r"|(?P<key>.*?\S)[ \t]+(?P<currency>\p{Sc}|[A-Z]{1,3}\p{Sc})"  # "Weekend ₸", its sign after
)
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_ESTIMATE_NOTE = re.compile(
    r"[ \t]*\((?=[^()]*\b(?i:est|estimate|estimated)\b)[^()]{1,30}\)[ \t]*$"
)
_BARE_FIGURE = re.compile(r"\d[\d.,]*(?:\s*(?i:m|mn|million|bn|billion|crore|lakh))?")


# a chart's heading that gives its figures' currency: "WEEKEND TOP 5 (Fri-Sun, ¥)"
_CURRENCY_IN_HEADING = re.compile(
    r".*\((?:[^()\n]*,[ \t]*)?(?P<currency>\p{Sc}|[A-Z]{1,3}\p{Sc}|[A-Z]{3})\)[ \t]*:?\s*"
)


def _priced_by_heading(header: list[str], heading: str) -> list[str]:
    """The header, its figures' columns given the currency the chart's heading names.

    >>> _priced_by_heading(["Title", "Weekend", "% change", "Total"], "TOP 5 (Fri-Sun, ¥)")
    ['Title', 'Weekend (¥)', '% change', 'Total (¥)']
    """
    priced = _CURRENCY_IN_HEADING.fullmatch(heading)
    if priced is None:
        return header
    return [
        f"{key} ({priced['currency']})"
        if _FIGURES_COLUMN.fullmatch(key)
        and not _CURRENCY_IN_KEY.fullmatch(key)
        and not key.startswith("%")  # (a change in per cent is no sum of money)
        else key
        for key in header
    ]


def page_actor(body: str) -> str:
    """The actor whose page it is, as its lead says ("X (born 1984) is a Finnish actress"), or
    "".

    >>> page_actor("Kaisa Lehtivuori (born 14 May 1984) is a Finnish stage actress.")
    'Kaisa Lehtivuori'
    >>> page_actor("Routa (2014) is a Finnish drama.")
    ''
    """
    lead = _ACTOR_LEAD.search(body)
    return lead["name"] if lead else ""


def _filmography_cell(key: str, value: str, actor: str) -> list[tuple[str, str]]:
    """A cell as one "key: value" sentence or more: an actor's role as her credit ("Role |
    Maija" on her page: "Cast: Kaisa Lehtivuori as Maija"), a note's parts each on its own
    ("Short film; directed by X": "Type: Short film", "Notes: directed by X"), a kind or a
    prize named alone said as one.

    >>> _filmography_cell("Role", "Vixen (voice)", "Kaisa Lehtivuori")
    [('Cast', 'Kaisa Lehtivuori as Vixen (voice)')]
    >>> _filmography_cell("Notes", "Short film; Jussi Award for Best Actress", "Ana Ruiz")
    [('Type', 'Short film'), ('Award', 'Jussi Award for Best Actress')]
    >>> _filmography_cell("Notes", "Court métrage, 9 min. (Short film.)", "")
    [('Type', 'Court métrage, 9 min'), ('Notes', 'Court métrage, 9 min'), ('Type', 'Short film')]
    """
    if actor and _ROLE_COLUMN.fullmatch(key):
        return [("Cast", f"{actor} as {value}")]
    if not _NOTES_COLUMN.fullmatch(key):
        return [_money_in_key(key, value)]
    parts = []
    for part in _NOTE_BREAK.split(value):
        part = _FOOTNOTE.sub("", part).strip().removeprefix("(").removesuffix(")")
        part = part.strip().rstrip(".")
        if _KIND_NOTE.fullmatch(part):
            parts.append(("Type", part))
            if _DIGIT.search(part):  # "Court métrage, 9 min": its running time too
                parts.append((key, part))
        elif _PRIZE_NOTE.fullmatch(part):
            parts.append(("Award", part))
        elif part:
            parts.append((key, part))
    return parts


def _money_in_key(key: str, value: str) -> tuple[str, str]:
    """A figure whose currency its column's name gives: "Weekend (₦)" over "96,400,000" is
    "Weekend: ₦96,400,000".

    >>> _money_in_key("Total (₦)", "612,800,000"), _money_in_key("Total (EUR)", "1.2m")
    (('Total', '₦612,800,000'), ('Total', 'EUR 1.2m'))

    A dollar sign alone is the column's currency too: Mexico writes pesos "$78.4M".

    >>> _money_in_key("Weekend (MXN)", "$78.4M"), _money_in_key("Weekend (MXN)", "US$4.3M")
    (('Weekend', 'MXN 78.4M'), ('Weekend (MXN)', 'US$4.3M'))

    Thousands set apart by spaces, as Slovak and French charts write them, and an estimate:

    >>> _money_in_key("Tržby / Gross (EUR)", "498 000 (odhad / est.)")
    ('Tržby / Gross', 'EUR 498,000')
    >>> _money_in_key("Weekend ₸", "96,700,000 (est.)")
    ('Weekend', '₸96,700,000')
    """
    priced = _CURRENCY_IN_KEY.fullmatch(key)
    if priced:
        # "4 212 480 (odhad / est.)": thousands set apart by spaces, and an estimate's note
        value = _SPACED_THOUSANDS.sub(",", _ESTIMATE_NOTE.sub("", value).strip())
    if priced and priced["currency"] != "$" and value.strip().startswith("$"):
        value = value.strip()[1:]  # (the sign the page's own currency shares with the dollar)
    if not priced or not _BARE_FIGURE.fullmatch(value):
        return key, value
    currency = priced["currency"]
    return priced["key"], f"{currency} {value}" if currency.isalpha() else f"{currency}{value}"


def _titled(cell: str) -> str:
    """A film's title as a header cell gives it, in capitals perhaps ("LA MÁSCARA DE MI PADRE")."""
    title = cell.strip(_EDGE)
    head, colon, rest = title.partition(": ")
    title = rest if colon and SLOT_LABEL.fullmatch(head.upper()) else title  # "PREVIEW: X"
    return names.title_case(title) if title.isupper() and len(title) > 4 else title


# A schedule's day over its column of times: "FRI 8", "MON–THU"
_DAY_CELL = re.compile(r"(?i:mon|tue|wed|thu|fri|sat|sun)\w*\.?(?:\s*[–-]\s*\w+)?(?:\s+\d{1,2})?")


def _figure(cell: str) -> bool:
    """A cell that holds a figure, which no header's cell does (a day's may: "FRI 8")."""
    return _DIGIT.search(cell) is not None and not _DAY_CELL.fullmatch(cell)


def _csv_header(line: str) -> list[str] | None:
    """The columns of a header of comma-separated values ("id,title,year,director,
    runtime_min"), named as a table's header names them ("Runtime" for "runtime_min");
    None for a line that is no such header (prose has spaces after its commas)."""
    if line.count(",") < 3 or ", " in line or not _CSV_HEADER.fullmatch(line):
        return None
    columns = [
        _CSV_COLUMNS.get(cell, cell.replace("_", " ").capitalize()) for cell in line.split(",")
    ]
    if "Title" in columns:  # "title,original_title": the first is the title column
        columns = ["Other title" if c == "Original title" else c for c in columns]
    return columns if _header(columns) else None


def _csv_row(line: str, header: list[str]) -> list[str] | None:
    """A row of comma-separated values as wide as its header, its quoted cells whole (a
    running time's bare number in minutes, as its column says: "97" is "97 min")."""
    if not line:
        return None
    cells = [cell.strip() for cell in next(csv.reader([line]))]
    if len(cells) != len(header):
        return None
    return [
        f"{c} min" if h == "Runtime" and c.isdigit() else c
        for h, c in zip(header, cells, strict=True)
    ]


_CSV_HEADER = re.compile(r"[\p{L}_ ()]+(?:,[\p{L}_ ()]+){3,}")
# a column named with its unit: the unit goes with each value ("97" is "97 min")
_CSV_COLUMNS = dict.fromkeys(("runtime_min", "runtime_mins", "duration_min"), "Runtime")


def _header(cells: list[str]) -> list[str] | None:
    """The cells, when they head a table this module reads; None otherwise."""
    if len(cells) < 3 or any(map(_figure, cells)):
        return None
    if not cells[0]:  # "| | Renarde | The Fox of Jeju |"
        return cells if all(cells[1:]) else None
    titled = sum(1 for cell in cells if _TITLE_COLUMN.fullmatch(cell)) == 1
    if _territorial(cells):
        return cells
    keyed = any(
        _KEY_COLUMN.fullmatch(cell)
        or _FIGURES_COLUMN.fullmatch(cell)
        or _ROLE_COLUMN.fullmatch(cell)
        for cell in cells
    )
    return cells if titled and keyed else None


def _territorial(header: list[str]) -> bool:
    """A header whose rows are territories of one film ("Territory | Distributor | Gross")."""
    return (
        bool(_TERRITORY_COLUMN.fullmatch(header[0]))
        and not any(_TITLE_COLUMN.fullmatch(cell) for cell in header)
        and any(_TERRITORY_KEY.fullmatch(c) or _FIGURES_COLUMN.fullmatch(c) for c in header[1:])
    )


def with_table_cells(body: str, sentences: list[Span]) -> list[Span]:
    """The sentences, each table row's replaced by its cells."""
    rows = table_cells(body)
    if not rows:
        return sentences
    ends = {start: cells[0].end for start, cells in rows.items() if cells}
    read: list[Span] = []
    inside = -1  # the end of the row being replaced
    for sentence in sentences:
        if sentence.start < inside:
            continue  # the rest of a row already replaced
        row = rows.get(sentence.start)
        if row is None:
            read.append(sentence)
            continue
        read.extend(row)
        inside = ends.get(sentence.start, sentence.end)
    return read
