"""Proper names without a trained model: capitalised word runs, typed by the words around them.

The regexes here are the building blocks the rules in `patterns.toml` are written with
({NAME}, {NAMES}, {TITLE}); the functions clean a captured name and guess whether a name is an
organisation or a person from its own words.
"""

from __future__ import annotations

import functools

import regex as re

from lookback_kg.extract.normalise import DEMONYMS, country_codes, country_names, credit_keys

# Upper bounds on a name, far above real ones (the longest titles run to a dozen words). They
# keep matching linear: without them a regex that fails after a name rescans a run of
# capitalised words from each of its words, and a long word from each of its capitals.
MAX_WORD_CHARS = 64  # letters after the capital
MAX_NAME_WORDS = 24  # capitalised words
MAX_CONNECTORS = 4  # particles between two capitalised words ("of the", "de la")
_MORE_WORDS = f"{{0,{MAX_NAME_WORDS - 1}}}"
_PARTICLES = f"{{0,{MAX_CONNECTORS}}}"

# One capitalised word: "Oshiyama", "GKIDS", "I.G", "O'Brien", "Nyong'o", "Jean-Luc"; not
# "Fujimoto's".
CAP = (
    r"(?:\p{Lu}\.(?=[ \u00a0]\p{Lu})"  # an initial: "John C. Reilly"
    r"|(?<=\p{Lu}\.[ \u00a0])\p{Lu}\.(?=[ \t]*(?:\n|\Z))"  # the last: "Harikrishnan V. K."
    r"|(?:Mr|Mrs|Ms|Dr|St|Mt)\.(?=[ \u00a0]\p{Lu})"  # a title: "Fantastic Mr. Fox"
    # a prize's category: "Best U.S. Narrative Feature", "U.S. Dramatic Grand Jury Prize" (not
    # "in the U.S. Variety reported", where the sentence goes on)
    r"|(?:(?<=\bBest[ \u00a0])(?:\p{Lu}\.){2,}|(?:\p{Lu}\.){2,}(?=[ \u00a0](?:Dramatic|Documentary"
    r"|Narrative|Fiction|Premieres|Competition)\b))(?=[ \u00a0]\p{Lu})"
    r"|(?:Bros|Inc|Ltd|Jr|Corp|Co)\.(?!\p{L})"  # a name's own full stop: "Warner Bros."
    r"|A/S(?![\p{L}/])"  # a Danish or Norwegian company's form: "Nordlys Film A/S"
    r"|\p{Lu}{2,}:\p{Lu}{2,}\b"  # a festival's name set with a colon: "CPH:DOX"
    # "Barunson E&A": an ampersand between capitals is inside the word
    # "THE FERRYMAN'S LEDGER": a heading in capitals keeps its possessive inside the word
    r"|\p{Lu}(?:[\p{L}\p{M}\p{N}\-]|['’](?=\p{L}{2}|(?!s\b)\p{Ll}\b|(?<=\p{Lu}{2}['’])S\b)"
    r"|[.&](?=\p{Lu})"
    # a dropped "g": "CRUISIN' ROUTE 9", "Rockin' Robin"
    r"|(?<=\p{L}[iI][nN])['’](?=[ \u00a0]\p{Lu}))"
    rf"{{0,{MAX_WORD_CHARS}}}+"
    r"|\p{Lu}\.)"
)
CONNECTOR = (
    r"(?:of|the|de|du|des|la|las|los|le|les|el|von|van|der|den|da|do|das|di|del|della|degli|"
    r"dei|dos|os|dela|delos|zu|af|ter|no|y|ng|bin|binti|bint|ibn|&)"
)
# A particle joined to the capitalised word after it: "Théo d'Arnaud", "Les Jardins d'Agadir",
# "Bab el-Bahr", "Umm al-Qura".
JOINED_PARTICLE = (
    r"(?:(?:[dl]['’]|(?:el|al|ad|an|ar|as|ash|at|az|ed|es|ul)-)(?=\p{Lu})"
    # an Irish word's mutation: "Oileán na gCnámh", "Dónal Ó hAodha", "Tír na n-Óg"
    r"|(?:m(?=B)|g(?=C)|n(?=[DGAEIOUÁÉÍÓÚ])|bh(?=F)|b(?=P)|d(?=T)|t(?=S)|h(?=[AEIOUÁÉÍÓÚ]))"
    r"(?=\p{Lu}\p{Ll})|[nt]-(?=[AEIOUÁÉÍÓÚ]\p{Ll}))"
)
# A name: capitalised words, with lower-case particles only between two capitalised words.
# Capitalised words that open the next phrase of a credit line, never a name's next word:
# "Screenplay by Ana Ruiz and Jo Park Based on the novel by ..."
_NOT_NEXT = (
    # (but "Best Adapted Screenplay", a prize's category)
    r"(?!(?:Based|(?<!\bBest[ \u00a0])Adapted|Inspired|Written|Directed|Produced|Starring|"
    r"Runtime|Running|Released|Distributed)\b)"
)
NAME = (
    r"(?:(?<!\d)\d{1,2}(?:st|nd|rd|th)[ \u00a0](?=\p{Lu}))?"  # "20th Century Studios"
    rf"(?:{CAP}(?:[ \u00a0](?:{CONNECTOR}[ \u00a0]){_PARTICLES}{_NOT_NEXT}"
    rf"{JOINED_PARTICLE}?{CAP}){_MORE_WORDS}"
    r"(?:[ \u00a0]\d{1,2}\b)?)"
)
# Romanised Japanese titles: "Tsuki ni Utau Kujira", "Kaze ga Fuku", "Sora wo Miageru".
_JAPANESE_PARTICLE = r"(?:ni|wo|wa|ga|mo|ya|kara|made|yori)"
# "and" and its kin in other languages' titles: "Zulmira e as Abelhas", "Jules et Jim"
_OTHER_AND = r"(?:e(?:[ \u00a0](?:as|os))?|et|und|og|och|do|das|em|dan|ve)"
# ... and their small prepositions: "Último Tango en Ushuaia", "Ein Sommer am See"
_OTHER_PREPOSITION = (
    r"(?:en|sur|sous|dans|con|sin|por|para|im|am|mit|auf|vom|zum|zur|über|pour|par|à|au|aux|"
    # (and "Bitwa o Działkę", "Suara dari Sumur", "Maynila sa mga Kuko ng Liwanag")
    r"per|nel|nella|sul|sulla|ao|o|w|z|na|za|od|dari|ke|yang|untuk|sa|mga|"
    # (and "Hrafnar yfir Hvítá", "Ljós undir Jökli", "Sommer på Møn")
    r"yfir|undir|fyrir|handan|på)"
)
# A title may hold "and the" / "in the" inside ("The Boy and the Heron").
# ... and "The Lamplighter's Winter": a possessive after "The" is inside the title, as is a
# kin word's or nobody's ("Grandma's Kimchi Fridge", "Nobody's Harbour"), which is no maker's.
OWNER_IN_TITLE = (
    r"(?:Grandma|Grandpa|Granny|Grandmother|Grandfather|Mama|Papa|Mum|Mom|Dad|Mother|Father|"
    r"Auntie|Nana|Nobody|Everybody|Somebody|Children|Women)"
)
TITLE = (
    rf"(?:(?:(?:The|A|An)[ \u00a0]\p{{Lu}}[\p{{L}}\-]*|(?=[ACDEFGMNPSW]\p{{Ll}}+['’]s[ \u00a0])"
    rf"{OWNER_IN_TITLE})"
    r"['’]s[ \u00a0](?=\p{Lu}))?"
    rf"(?:{CAP}(?:[ \u00a0](?:(?:{CONNECTOR}|and|or|in|on|at|to|a|an|with|for|{_OTHER_AND}|"
    rf"{_OTHER_PREPOSITION}|"
    rf"{_JAPANESE_PARTICLE})[ \u00a0]){_PARTICLES}"
    # a number ends it: "Steel Tide 2", and "Bus 404" before its subtitle ("Bus 404: Last Stop")
    # or at its line's end ("ROOM 402", a heading)
    rf"{JOINED_PARTICLE}?{CAP}){_MORE_WORDS}"
    # (or a route's number, then where it goes: "Night Bus 29 to Hai Phong")
    # (or a number inside it, where its year in brackets follows: "Cell 14 Radio (2024)")
    rf"(?:[ \u00a0]\d{{1,3}}[ \u00a0]{CAP}(?=[ \u00a0]\((?:19|20)\d\d\))"
    rf"|[ \u00a0]\d{{1,2}}\b(?:[ \u00a0]to[ \u00a0]{CAP}(?:[ \u00a0]{CAP}){{0,2}})?"
    rf"|[ \u00a0]\d{{3,4}}(?=:[ \u00a0]\p{{Lu}}|[ \t]*(?:\n|\Z)))?)"
)
# A word that says a name is a prize's: "Best Director", "Golden Compass", "Special Mention"
PRIZE_WORD = (
    r"(?:Best|Awards?|Prizes?|Mention|Golden|Silver|Bronze|Crystal|Grand|Jury|Palme|Lion|Bear|"
    r"Leopard|Trophy|Medal|Cup)"
)
# "Toho (Japan) and GKIDS (North America)": where each item of a list works, in brackets
_PLACE = "|".join(
    re.escape(place)
    for place in sorted(
        {
            *country_names().values(),
            *country_codes(),
            *("UK", "US", "USA", "North America", "Latin America", "Europe", "Asia"),
            *("worldwide", "international", "International"),
        },
        key=len,
        reverse=True,
    )
)
LIST_JOIN = (
    r"(?:[ ]?,[ \u00a0]and[ \u00a0]|[ ]?,[ \u00a0]+|[ \u00a0]and[ \u00a0]"
    # "A · B · C", "A / B"; not "A · Written by B", "A · Music: B" or "A · Ed. B", where a
    # field ends
    r"|[ \u00a0][·/][ \u00a0](?!(?:[\p{L}-]+[ \u00a0]){0,2}[Bb]y\b)(?![^·/|\n]{0,30}:)"
    r"(?!(?i:(?:dir|scr|prod|ed|cin|phot|mus)\.|dop|music|camera|editor|writer|cast|starring|"
    r"with|featuring|voices|released|distributed|produced|presented|sold|screenplay|script|"
    r"director|producers?|cinematograph\w*|composer|editing)[ \u00a0])"
    # "Kováč & Syn", "Smith & Sons": one company's name, not two
    r"|[ \u00a0]&[ \u00a0](?!(?:Sons?|Syn|Hijos|Filhos|Fils|Figli|Söhne|Zonen|Co\.?|Company|"
    r"Partners|Associates|Daughters)\b)"
    # ... nor "Wattle & Gum Releasing": one word, "&", and a company's name ending in its kind
    r"(?!(?<=(?:^|[(,:;]|\band)[ \u00a0]?\p{Lu}\p{L}+[ \u00a0]&[ \u00a0])\p{Lu}\p{L}+[ \u00a0]"
    r"(?:Releasing|Pictures|Films|Distribution|Entertainment|Studios?|Media|Productions)\b)"
    # "Screenplay<TAB>Renata Albuquerque<TAB>Marcos Tupinambá": a credit row's names
    r"|\t+(?=\p{Lu})(?<=(?m:^)[^\n\t]+\t[^\n\t]+\t+)"
    # "Producers | Akosua Darko | Jean-Luc Tissier": the same, ruled with bars; not a place
    # ("Tide Line | dir. Selasi Agbeko | Ghana") or a field ("| Music: Ana Ruiz"), in a row
    # of fields ("Producer: Ana Ruiz | Lilies Films")
    # (nor a cell that opens with its own key: "| DoP Hedi Zribi", "| Prod. Leila Gharbi")
    rf"|[ \t]+\|[ \t]+(?=\p{{Lu}}[^\n|:]*(?:\||(?m:$)))(?!(?:{_PLACE})\b)"
    r"(?!(?i:(?:dir|scr|prod|ed|cin|phot|mus)\.|dop\b))"
    r"(?<=(?m:^)[ \t]*\|?(?:[^\n|:]+\|){2,}[ \t]+))"
)
# A list item never ends in a possessive: in "Kenji Arakawa, Miyagawa's longtime collaborator"
# Miyagawa is not listed.
NAME_RE = re.compile(NAME)
TITLE_RE = re.compile(TITLE)
_LIST_JOIN_RE = re.compile(LIST_JOIN)
_STOPPED_LETTERS = re.compile(r"(?:\p{L}\.){2,}")
_CELL_BREAK = re.compile(r"\t|[ \t]+\|[ \t]+")
# A billed name, with the part in brackets: "Alia Bhatt (as Sita)", "Ram Charan (Raju)".
BILLED = rf"(?:(?P<actor>{NAME})(?:[ \u00a0]\((?:as[ \u00a0])?(?P<role>{NAME})\))?)"
BILLED_RE = re.compile(BILLED)
# A list of them: "Ajay Devgn, Alia Bhatt (as Sita) and Olivia Morris (as Jennifer)".
_PART = rf"(?:[ \u00a0]\((?:as[ \u00a0])?{NAME}\))?"
BILLING = rf"(?:{NAME}{_PART}(?:{LIST_JOIN}{NAME}{_PART})*)"

ORG_WORDS = frozenset(
    [
        "studio",
        "studios",
        "productions",
        "production",
        "pictures",
        "films",
        "film",
        "talkies",  # "Backwater Talkies": a production house in India
        "animation",
        "animations",
        "entertainment",
        "works",
        "inc",
        "inc.",
        "bros",
        "bros.",  # "Warner Bros."
        "images",  # "Rhône Images", "Pyramide Images"
        "ltd",
        "ltd.",
        "llc",
        "co",
        "co.",
        "corp",
        "corporation",
        "company",
        "group",
        "media",
        "distribution",
        "releasing",
        "features",
        "classics",
        "cinemas",
        "records",
        "games",
        "network",
        "channel",
        "association",
        "asociación",  # "Asociación Cultural Sierra de Albarracín", a town's own bodies
        "associação",
        "ayuntamiento",
        "collective",  # "Pasada Collective", a film collective
        "kollektiv",  # "Komet Kollektiv", the same in German and Scandinavian tongues
        "kolektiv",
        "committee",
        "foundation",
        "academy",
        "society",
        "institute",
        "instituto",  # "Instituto Cultural Ribeira Alta", and the same in other tongues
        "institut",
        "istituto",
        "fundação",
        "fundación",
        "fondation",
        "stiftung",
        "festival",
        "awards",
        "television",
        "tv",
        "broadcasting",
        "releasing",
        "international",  # "Lodestar International", a distributor
        "docs",  # "Dogrose Docs", a documentaries distributor
        # the same words in the languages company names are often written in
        "estudios",
        "estúdios",
        "estúdio",
        "animação",
        "animación",
        "produções",
        "produtora",
        "estudio",
        "filmes",
        "distribución",
        "distribuciones",
        "distribucion",
        "distribuição",
        "distribuidora",
        "distribuzione",
        "distributie",
        "verleih",
        "pakhsh",  # Persian: "Simorgh Pakhsh"
        "yapım",  # Turkish: "Karadeniz Yapım", a production company; "Pera Dağıtım", a distributor
        "yapim",
        "dağıtım",
        "dagitim",
        "dystrybucja",
        "screens",
        "película",
        "películas",
        "filmoj",
        "filmproduktion",
        "produktion",
        "produksjon",
        "producciones",
        "produzioni",
        "kvikmyndir",
        "ab",
        "gmbh",
        "aps",
        "srl",
        "oy",
        "bv",
        "atelier",
        "cinéma",
        "cinémathèque",  # a film archive's screens: "Cinémathèque de Bruxelles", "Cineteca"
        "cinematheque",
        "cinemateca",
        "cineteca",
        "kinemathek",
        "cinematografica",
        "cinematográfica",
        "cine",  # "Cine Pampero", "Kino Świt", "Sine Olongapo": a cinema's word
        "kino",
        "sine",
        "sinema",
    ]
)
# Under a credit label, one name a line: "Written by", "Ondřej Malý", "Tereza Hrubá".
_LINE_JOIN = (
    rf"(?:[ \t]*\n[ \t]*(?:[•▪◦*-][ \t]+)?(?={NAME}(?:[ \u00a0]\([^()\n]{{1,40}}\))?[ \t]*(?m:$)))"
)
# "Rabat's Atlas Bleu Productions": a place's company, the place no name of its own
_PLACES_COMPANY = (
    r"(?:\p{Lu}[\p{L}\-]*['’]s[ \u00a0](?:(?:own[ \u00a0]|production[ \u00a0])?"
    r"(?:company|banner|outfit)[ \u00a0](?=\p{Lu}))?(?=(?:\p{Lu}[\p{L}\-]*[ \u00a0]){0,4}"
    rf"(?i:{'|'.join(sorted(re.escape(w) for w in ORG_WORDS if w.isalpha()))})\b))?"
)
# (or, after a company, its city: "Lichtspiel Film (Berlin), Donau Pictures (Vienna)"; not a
# part: "Lê Minh Khoa (Tí)")
_WHERE = (
    rf"(?:[ \u00a0]\((?:{_PLACE})\)|(?<=\b(?:Film|Films|Pictures|Productions|Studio|Studios|"
    r"Media|Entertainment|Cine|Filmes|Animation|Animación|Produktion|Filmproduktion)"
    r"|\b(?:Studio|Studios|Estudio|Estudios|Atelier)[ \u00a0]\p{Lu}\p{L}+)"
    r"[ \u00a0]\(\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?\))?"
)
# a list's last name described: "A, B and newcomer C"
_DESCRIBED = r"(?:(?:newcomer|veteran|actor|actress|star)[ \u00a0](?=\p{Lu}))?"
NAMES = (
    rf"(?:{_PLACES_COMPANY}{NAME}(?:{_WHERE}(?:{LIST_JOIN}|{_LINE_JOIN}){_DESCRIBED}"
    rf"{_PLACES_COMPANY}{NAME}"
    r"(?!(?:[ \u00a0]\p{Lu}[\p{L}\-]*)*['’]s\b)"
    # "produced by A and B, and Le Pacte is its distributor": a new clause's subject
    r"(?!(?:[ \u00a0]\p{Lu}[\p{L}\-]*)*[ \u00a0]+(?:is|was|are|were|has|had|will|opened|"
    r"released|distributed|acquired|bought|handled|sold|premiered)[ \u00a0]))*)"
)
# Words that open a sentence or title a person, not part of a name.
LEADING_NOISE = frozenset(
    [
        # "On Monday Vesper Films announced ...": the day is no part of the name
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "the",
        "a",
        "an",
        "it",
        "its",
        "his",
        "her",
        "their",
        "this",
        "that",
        "these",
        "those",
        "in",
        "on",
        "at",
        "over",
        "by",
        "when",
        "as",
        "while",
        "though",
        "however",
        "after",
        "before",
        "since",
        "despite",
        "upon",
        "prior",
        "among",
        "additionally",
        "today",
        "yet",
        "also",
        "and",
        "but",
        "or",
        "so",
        # a diarist's way into the next item: "Then The Quiet Harbourmaster, which is ..."
        "then",
        # a critic's turn to another film: "Compare Hands of Kashan, which ran 62 minutes"
        "compare",
        "meanwhile",
        "plus",
        "anyway",
        "honestly",
        "sadly",
        "luckily",
        "director",
        "directors",
        "writer-director",  # "Writer-director Elin Haf Prydderch's first feature"
        "director-writer",
        "producer",
        "producers",
        "screenwriter",
        "writer",
        "writers",
        "author",
        "creator",
        "mangaka",
        "animator",
        "actor",
        "actress",
        "composer",
        "president",
        "founder",
        "filmmaker",
        "filmmakers",
        "artist",
        "singer",
        "series",
        "chairman",
        "head",
        "ceo",
        "legendary",
        "starring",
        "featuring",
        "with",  # "With Ana Ruiz playing Mara, ...": the sentence's word, not her name
        "acclaimed",
        "veteran",
        "newcomer",
        "neighbour",  # "Neighbour Marjorie Gillis plays Flora"
        "neighbor",
        "newcomers",
        "star",
        "rapper",
        "comedian",
        # Turkish kin, which opens a sentence with its own noun: "Oğlu Hédi ise ..." ("Her son
        # Hédi, though, ...")
        "oğlu",
        "kızı",
        "annesi",
        "babası",
        "eşi",
        "kardeşi",
    ]
)
# German kin and parts, a noun with its capital: "ihre Tochter Gabija" ("her daughter"),
# "die Kommissarin Leyla Demir"
_GERMAN_KIN = frozenset(
    "tochter sohn mutter vater bruder schwester großmutter großvater enkelin enkel onkel tante "
    "ehefrau ehemann witwe kommissarin kommissar polizistin polizist ärztin arzt lehrerin "
    "lehrer nachbarin nachbar".split()
)
LEADING_NOISE |= _GERMAN_KIN
# ... a credit's key in another tongue, opening a sentence: "Оператор Тимур Жаксылыков снимает"
LEADING_NOISE |= frozenset(word for word in credit_keys()[0] if " " not in word)
# ... their craft: "die polnische Kamerafrau Ewa Kowalczyk"
LEADING_NOISE |= frozenset(
    f"{stem}{ending}"
    for stem in (
        "kameramann kamerafrau bildgestalter regisseur produzent komponist cutter "
        "drehbuchautor schauspieler darsteller filmemacher"
    ).split()
    for ending in ("", "in")
)
# ... and where a person is from, a noun before the name: "die Niederländerin Anouk de Vries"
LEADING_NOISE |= frozenset(
    f"{stem}{ending}"
    for stem in (
        "niederländer österreicher schweizer italiener spanier amerikaner kanadier belgier "
        "norweger iraner japaner koreaner inder australier mexikaner brasilianer argentinier "
        "ukrainer georgier luxemburger"
    ).split()
    for ending in ("", "in")
) | frozenset(
    "französin franzose polin britin brite dänin däne schwedin schwede finnin finne "
    "tschechin tscheche ungarin rumänin rumäne griechin grieche türkin türke israelin "
    "chinesin russin irin portugiesin portugiese".split()  # (not "Deutsche Grammophon")
)
# A kind of film before its maker's particle, capitalised as German nouns are or opening a
# sentence: "Spielfilm von", "Película de"
_KIND_BEFORE_MAKER = frozenset(
    "film spielfilm kinofilm dokumentarfilm kurzfilm animationsfilm debütfilm langfilm "
    "película pelicula filme documental cortometraje largometraje documentaire".split()
)
PRONOUNS = frozenset(
    "it its they them he she his her their this that nobody someone somebody everyone".split()
)


_SPACES = re.compile(r"\s+")
# (or a person's company, named so: "Ghaemmaghami's company Nakhl Films")
_POSSESSOR = re.compile(
    r"\p{Lu}[\p{L}\-]*['’]s (?:(?:own |production )?(?:company|banner|outfit) )?"
)
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=\p{Lu}{2})['’]S$")  # "Fujimoto's", "FUJIMOTO'S"


_ABBREVIATION_END = re.compile(r"\b(?:Bros|Inc|Ltd|Jr|Sr|Corp|Co)\.$")


@functools.lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """Trim a captured name of leading noise words, possessives and stray punctuation (cached:
    the same names are cleaned many times in each article).

    >>> clean_name("Director Kiyotaka Oshiyama"), clean_name("Fujimoto’s"), clean_name("The Boy")
    ('Kiyotaka Oshiyama', 'Fujimoto', 'The Boy')

    German nouns keep their capitals: a film's kind before its maker, kin before a name.

    >>> clean_name("Spielfilm von Lene Hartwig"), clean_name("Tochter Gabija")
    ('Lene Hartwig', 'Gabija')
    >>> clean_name("Vor der Kamera von Jakob Sommer")
    'Jakob Sommer'
    >>> clean_name("Sohn Filmproduktion")
    'Sohn Filmproduktion'
    >>> clean_name("Warner Bros."), clean_name("Ana Ruiz."), clean_name("Rabat's Atlas Films")
    ('Warner Bros.', 'Ana Ruiz', 'Atlas Films')
    >>> clean_name("Far North Film Co.")
    'Far North Film Co.'

    >>> clean_name("Swedish actress Inga Sand"), clean_name("Nigerian star Ada Obi")
    ('Inga Sand', 'Ada Obi')
    >>> clean_name("Gdynia-based Mewa Film Studio"), clean_name("Los Angeles-based Neon")
    ('Mewa Film Studio', 'Neon')
    >>> clean_name("The Hindi-language Monsoon Post Office")
    'Monsoon Post Office'
    >>> clean_name("A Canção do Boto"), clean_name("A Japanese Film of Note")
    ('A Canção do Boto', 'Japanese Film of Note')
    >>> clean_name("As Mãos do Mar"), clean_name("As Mara Hollis")
    ('As Mãos do Mar', 'Mara Hollis')
    >>> clean_name("A Winter Night for Golnar"), clean_name("A Satoshi Kon")
    ('A Winter Night for Golnar', 'Satoshi Kon')
    >>> clean_name("A Traveler's Needs")
    "A Traveler's Needs"
    >>> clean_name("« La Marée des autres »")
    'La Marée des autres'
    >>> clean_name("Ghaemmaghami's company Nakhl Films")
    'Nakhl Films'
    >>> clean_name("March with RED LANTERN BRIDGE"), clean_name("BAD GENIUS")
    ('RED LANTERN BRIDGE', 'BAD GENIUS')
    >>> clean_name("Twelve-year-old Sefa Leota"), clean_name("9-year-old Ana Ruiz")
    ('Sefa Leota', 'Ana Ruiz')
    """
    text = _SPACES.sub(" ", text).strip(' ,;:—–-"“”‘’()«»\u00a0')
    text = text if _ABBREVIATION_END.search(text) else text.strip(' ,.;:—–-"“”‘’()«»\u00a0')
    text = _POSSESSIVE_END.sub("", text)
    possessor = _POSSESSOR.match(text)  # "Rabat's Atlas Bleu Productions": the company
    if possessor and looks_like_organization(text[possessor.end() :]):
        text = text[possessor.end() :]
    text = _BASED_IN.sub("", text)  # "Gdynia-based Mewa Film Studio": the company; a tongue
    text = _AGED.sub("", text)  # "Twelve-year-old Sefa Leota": the child, not the age
    text = _GERMAN_PHRASE_BEFORE.sub("", text)  # "Vor der Kamera von Jakob Sommer": the man
    described = _DESCRIBED_PERSON.match(text)  # "Swedish actress Inga Sand", "star Ana Ruiz"
    if described and (not described["nation"] or described["nation"].lower() in DEMONYMS):
        text = text[described.end() :]
    shouted = _SHOUTED_TITLE_END.search(text)  # "March with RED LANTERN BRIDGE": the title
    if shouted and any(c.islower() for c in text[: shouted.start()]):
        text = shouted["title"]
    words = text.split(" ")
    if (
        len(words) > 2
        and words[0].lower() in _KIND_BEFORE_MAKER
        and words[1] in ("von", "de", "di")
    ):
        words = words[2:]  # "Spielfilm von Lene Hartwig-Oduya", "Película de Ana Ruiz": the maker
    kin = words[0].lower() in _GERMAN_KIN
    if kin and looks_like_organization(text):
        return text  # "Sohn Filmproduktion": a company's name, not someone's son
    while len(words) > 1 and words[0].lower() in LEADING_NOISE and words[0].lower() != "the":
        if words[0] in ("A", "As") and _ROMANCE_SMALL_WORDS & set(words[2:]):
            break  # "A Canção do Boto", "As Mãos do Mar": the title's own article
        if words[0] in ("A", "An") and _kept_article(words):
            break  # "A Silent Voice", "A Winter Night for Golnar": a title's own article
        words = words[1:]
    return " ".join(words)


# An age before a name: "Twelve-year-old Sefa Leota", "9-year-old Ana Ruiz"
_AGED = re.compile(r"^(?i:\d{1,2}|[a-z]+(?:-[a-z]+)?)-(?i:years?|months?)-old[ ](?=\p{Lu})")
# A German sentence's opening phrase, capitalised as its nouns are, before a name it takes
# for one: "Vor der Kamera von Jakob Sommer" ("in front of Jakob Sommer's camera")
_GERMAN_PHRASE_BEFORE = re.compile(
    r"^(?:Vor|Hinter|Neben|In|Mit|Nach|Bei|Unter|Aus|Auf|Zu|Für)[ ](?:der|dem|den|des|die|das)"
    r"[ ]\p{Lu}\p{Ll}+[ ](?:von|vom)[ ](?=\p{Lu})"
)
# A title set in capitals at a name's end, after words in lower case and a small word: the
# words before are the sentence's ("12 March with RED LANTERN BRIDGE")
_SHOUTED_TITLE_END = re.compile(
    r"(?<=\p{Ll}[ ](?:with|and|to|from|at|in|of|for|by|on)[ ])"
    r"(?P<title>\p{Lu}{2,}[\p{Lu}\d'’-]*(?:[ ][\p{Lu}\d][\p{Lu}\d'’-]*)+)$"
)


def _kept_article(words: list[str]) -> bool:
    """A leading "A" that opens a title of three words or more, not one that says what kind
    of thing comes ("A Japanese Film of Note", "A Toho Release")."""
    rest = words[1:]
    return (
        len(words) >= 3
        and rest[0].lower() not in DEMONYMS
        and not any(w.lower() in _KIND_WORDS for w in rest)
        # (not "a Satoshi Kon film": a rare word opening capitalised words is a person's name)
        # ("A Traveler's Needs": the word is common, its possessive rarely written)
        and not (all(w[:1].isupper() for w in rest) and is_rare(_POSSESSIVE_END.sub("", rest[0])))
    )


@functools.cache
def is_rare(word: str) -> bool:
    """Seldom written in English: a given name ("Satoshi"), not "Silent" or "Winter"."""
    from wordfreq import zipf_frequency  # loaded only when asked

    return zipf_frequency(word.lower(), "en") < 3.5


_KIND_WORDS = frozenset(
    "film films movie feature documentary release production co-production studio "
    "original series adaptation remake sequel mention award prize que".split()
)


# Small words of Portuguese and Spanish titles, after which a leading "A" is an article
_ROMANCE_SMALL_WORDS = frozenset({"do", "da", "dos", "das", "de", "del", "e", "y", "no", "na"})


_BASED_IN = re.compile(
    r"^(?:\p{Lu}[\p{L}-]*[ -])*\p{Lu}[\p{L}]*-based\s+(?=\p{Lu})"
    r"|^(?:(?:The|A|An)\s+)?\p{Lu}\p{Ll}+-language\s+(?=\p{Lu})"  # "The Hindi-language X"
)
_DESCRIBED_PERSON = re.compile(
    r"(?:(?P<nation>\p{Lu}[\p{L}-]+)\s+)?(?:star|actress|actor|newcomer|veteran|singer|rapper|"
    r"comedian)\s+(?=\p{Lu})"
)
_CAPITALS_WORD = re.compile(r"(?<![\p{L}.])(\p{Lu})(\p{Lu}+)(?![\p{L}.])")


def person_case(name: str) -> str:
    """A name as people write it, when a credit block sets surnames in capitals.

    >>> person_case("Akira KUROSAWA"), person_case("SŌJIRŌ MOTOKI"), person_case("J.J. Abrams")
    ('Akira Kurosawa', 'Sōjirō Motoki', 'J.J. Abrams')
    >>> person_case("Lucía FERNÁNDEZ DE LA VEGA")
    'Lucía Fernández de la Vega'
    """

    def word(m: re.Match[str]) -> str:
        lowered = m.group().lower()
        if m.start() and lowered in _SURNAME_PARTICLES and lowered != "el":
            return lowered  # "DE LA" inside a name: "de la"
        return m.group(1) + m.group(2).lower()

    return _CAPITALS_WORD.sub(word, name)


SMALL_WORDS = frozenset(
    "of the a an and in on at to for with or from by de del la las los le les des du da y".split()
)
_LOWER_AFTER_COLON = re.compile(r"(?<=[:–-] )(\p{Ll})")


# Capitals only Turkish (and Azeri) writes (not "Ş", which old Romanian text uses too): where
# they stand, "I" is the dotless "ı"
_TURKISH_CAPITALS = re.compile(r"[İĞ]")


# a sequel's number in Roman figures, after the title's first word: "II", "III:", "IV"
_ROMAN_NUMBER = re.compile(r"(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)[:,.]?")


def title_case(text: str) -> str:
    """A line set in capitals as a title is written: its small words in lower case, except
    the first and the first after a colon or dash.

    >>> title_case("GOLDEN CRESCENT FOR BEST FILM"), title_case("THE SEA GATE: A RETURN")
    ('Golden Crescent for Best Film', 'The Sea Gate: A Return')
    >>> title_case("KÜÇÜK AYI MİŞA")  # Turkish: dotted and dotless i apart
    'Küçük Ayı Mişa'
    >>> title_case("SANDS OF IBRI II: THE FALAJ"), title_case("I AM CUBA")
    ('Sands of Ibri II: The Falaj', 'I Am Cuba')
    """
    if _TURKISH_CAPITALS.search(text):
        text = text.replace("I", "ı")
    words = text.replace("İ", "i").lower().split()
    text = " ".join(
        w.upper()  # "A.M.", "U.S.": letters with stops, each a capital
        if _STOPPED_LETTERS.fullmatch(w) or (i and _ROMAN_NUMBER.fullmatch(w))
        else w
        if i and w in SMALL_WORDS
        else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )
    return _LOWER_AFTER_COLON.sub(lambda m: m.group(1).upper(), text)


def split_names(text: str) -> list[str]:
    """Split a coordinated list of names.

    >>> split_names("Yumi Kawai and Mizuki Yoshida"), split_names("A, B, and C")
    (['Yumi Kawai', 'Mizuki Yoshida'], ['A', 'B', 'C'])
    """
    parts = (
        part
        for line in text.splitlines()
        for cell in _CELL_BREAK.split(line)  # "A<TAB>B", "A | B": a credit row's names, one a cell
        for item in cell.split("; ")  # "Polderfilm; Noordzee Pictures": a credit's items
        for part in _LIST_JOIN_RE.split(item)
    )
    return [name for part in parts if (name := clean_name(part))]


def looks_like_organization(name: str) -> bool:
    """True for names whose own words say company: 'Studio Durian', 'GKIDS', 'Toho'.

    >>> [looks_like_organization(n) for n in ("Studio Durian", "GKIDS", "Kiyotaka Oshiyama")]
    [True, True, False]
    >>> [looks_like_organization(n) for n in ("Warner Bros.", "Film4", "Rhône Images")]
    [True, True, True]
    """
    words = name.split()
    if any(word.lower().strip(",") in ORG_WORDS for word in words):
        return True
    if len(words) > 1 and words[-1].lower() == "cinema":
        return True  # "Wekalet Cinema", a company; not "Cinema Paradiso", a film
    if words and words[0][:1].isdigit():  # "20th Century Fox": no person's name opens so
        return True
    if any(_LETTERS_THEN_DIGITS.fullmatch(word) for word in words):  # "Film4", "Canal9"
        return True
    if _capitalised_surname(words):
        return False
    return any(len(word) >= 2 and word.isupper() and word.isalpha() for word in words)


def shouted_name(name: str) -> bool:
    """A name a billing block sets wholly in capitals: "NOÉMIE ARSENAULT-PRICE", "EWAN
    MACISAAC" (not initials: "HBO MAX").

    >>> shouted_name("EWAN MACISAAC"), shouted_name("HBO MAX")
    (True, False)
    """
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w.isupper() and len(w) >= 3 and _NAME_WORD.fullmatch(w) for w in words)
        and any(len(w) >= 5 for w in words)
        and not any(w.lower() in ORG_WORDS for w in words)
    )


_NAME_WORD = re.compile(r"\p{L}+(?:['’-]\p{L}+)*")


_LETTERS_THEN_DIGITS = re.compile(r"\p{L}{2,}\d{1,3}")

# A name spelled out, then its initials in brackets: "Centre national du cinéma (CNC)"
_SPELLED_OUT = re.compile(
    r"(?P<long>\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}\p{M}'’-]+){1,9}?)"
    r"[ \t]+\((?P<short>\p{Lu}{2,8})\)"
)
_INITIALS_SKIP = frozenset(
    "de del della des du d e y et and of the for la le las los da do".split()
)


@functools.lru_cache(maxsize=8)
def acronyms(body: str) -> dict[str, str]:
    """Initials the text introduces after the name they stand for, read back to that name:
    "ICAIC" is "Instituto Cubano del Arte e Industria Cinematográficos" once the text has
    written "Instituto Cubano del Arte e Industria Cinematográficos (ICAIC)".

    >>> acronyms("It joined the Centre national du cinéma (CNC) in 1990.")
    {'CNC': 'Centre national du cinéma'}
    """
    found: dict[str, str] = {}
    for match in _SPELLED_OUT.finditer(body):
        words = match["long"].split()
        short = match["short"]
        # (the name is the shortest run of words before the brackets that the initials spell)
        for start in range(len(words) - 1, -1, -1):
            run = words[start:]
            letters = "".join(w[0] for w in run if w.lower() not in _INITIALS_SKIP).upper()
            capitals = "".join(w[0] for w in run if w[:1].isupper())
            if short in (letters, capitals) and run[0][:1].isupper():
                found.setdefault(short, " ".join(run))
                break
    return found


def writes_surname_in_capitals(name: str) -> bool:
    """True for a person's name written as credits write it: "HONDA Mei", "Akira KUROSAWA"."""
    return _capitalised_surname(name.split())


def _capitalised_surname(words: list[str]) -> bool:
    """Credits that write the family name in capitals, first or last: "Akira KUROSAWA",
    "KUROSAWA Akira", "Sōjirō MOTOKI" are people, not acronyms.

    >>> _capitalised_surname("Akira KUROSAWA".split()), _capitalised_surname(["GKIDS"])
    (True, False)
    >>> names = ("Lucía de la TORRE", "Ana ÍÑIGUEZ BARROS", "Luísa DA COSTA")
    >>> [_capitalised_surname(n.split()) for n in names]
    [True, True, True]
    """

    def title(word: str) -> bool:
        return word[:1].isupper() and word[1:].replace("-", "").islower()

    def caps(word: str) -> bool:  # "DA COSTA", "EL AMRANI": a particle in capitals too
        long_enough = len(word) >= 3 or word.lower() in _SURNAME_PARTICLES
        return long_enough and word.replace("-", "").isalpha() and word.isupper()

    if not 2 <= len(words) <= 5:
        return False
    # t: a given name, p: a particle, c: a name in capitals; "Lucía de la TORRE" is "tppc"
    shape = "".join(
        "c" if caps(w) else "t" if title(w) else "p" if w in _SURNAME_PARTICLES else "x"
        for w in words
    )
    return re.fullmatch(r"t[tp]*c+|c+t+", shape) is not None


_SURNAME_PARTICLES = frozenset("da de del della di do dos du el la le van von der den y".split())


# Articles a title opens with and a person's name does not ("La Gardienne de Kerlouan").
TITLE_ARTICLES = frozenset(["The", "La", "Les", "El", "Los", "Las", "Il", "Die", "Das", "Une"])
# Articles a translated title may open with in brackets: "Salt Wind (Le Vent)". Not in
# TITLE_ARTICLES, since "Le" and "Der" also open people's names.
GLOSS_ARTICLES = TITLE_ARTICLES | {"Le", "Der", "Het", "Det", "Un", "Una"}


# Lower-case words inside a person's name: "Margaux Van den Eynde", "Gian Maria della Rovere".
SURNAME_PARTICLES = frozenset(
    "de du des van von der den da di del della degli dei dos do zu af ter y le la los las".split()
)


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words and nothing that says organisation or title.

    >>> looks_like_person("Hayao Miyazaki"), looks_like_person("Studio Ghibli")
    (True, False)
    >>> looks_like_person("La Gardienne de Kerlouan"), looks_like_person("Cailleach: The Winter")
    (False, False)
    >>> looks_like_person("A Different Man"), looks_like_person("Small Things Like These")
    (False, False)
    >>> looks_like_person("An Sung-ki"), looks_like_person("Guion de Senel Paz")
    (True, False)
    """
    words = name.split()
    # (particles aside: "Nelson Carlos De Los Santos Arias")
    named = [w for w in words if w.lower() not in SURNAME_PARTICLES]
    return (
        2 <= len(named) <= 4
        and len(words) <= 6
        and ": " not in name  # a title and its subtitle
        and words[0] not in TITLE_ARTICLES
        and words[0] != "A"  # "A Different Man" (but "An Sung-ki" is a name)
        and not any(word.endswith(("'s", "’s")) for word in words)  # "Del Toro's Pinocchio"
        and not any(word.endswith(("n't", "n’t")) for word in words)  # "Wasn't Tampopo"
        and not any(w.lower() in _CLAUSE_WORDS for w in words)  # "Small Things Like These"
        and not looks_like_organization(name)
        and all(w[:1].isupper() or w in SURNAME_PARTICLES for w in words)
        and not any(w.lower() in _TITLE_NOUNS for w in words)  # "Aso Ebi Diaries"
        and not any(w.lower() in PLACE_NOUNS for w in words)  # "Lecture Theatre B"
        and words[0].lower() not in _CREDIT_FIRST  # "Guion de Senel Paz": a credit, then who
    )


# A credit's word in the languages of bilingual programmes, opening "Guion de Senel Paz",
# and in English, on a credit line with no colons: "Music Jacaszek · Producer Katrin Kissa"
_CREDIT_FIRST = frozenset(
    "guion guión dirección dirigida música montaje fotografía producción reparto roteiro "
    "direção montagem elenco regia sceneggiatura réalisation scénario music screenplay script "
    "editor editing score cinematography cinematographer photography".split()
)


# English words that make a title a phrase, and never stand in a person's name
_CLAUSE_WORDS = frozenset(
    "like these those this that with without into from my your our their his its we you "
    "me is are was were not no all every what when where how why who whose "
    "under over at in on of for by about after before between through across against among "
    "around behind beyond".split()
)
# Plural nouns that end titles and never people's names: "Aso Ebi Diaries", "Lagos Nights"
# Words of a building's or an institution's name, never of a person's: "Arts Building"
PLACE_NOUNS = frozenset(
    "building buildings theatre theater auditorium lecture campus library university college "
    "avenue boulevard students".split()
)
_TITLE_NOUNS = frozenset(
    "diaries chronicles tales stories days nights dreams letters songs lights wars games "
    "secrets memories winters summers seasons ghosts shadows emergencies adventures "
    "confessions files legends".split()
)
