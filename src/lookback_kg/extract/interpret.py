"""Turn one rule match into facts: resolve the subject, type the object, read qualifiers.

Also the guard against asserting what the text does not assert: a match inside a clause
that negates ("not eligible for") or hedges ("is expected to", "will") yields nothing.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

import regex as re

from lookback_kg.extract import awards, names, normalise, values
from lookback_kg.extract.context import (
    FILM_ANAPHOR,
    OTHER_WORK,
    ArticleContext,
    after_english_lead,
    publisher_name,
    reads_as_words,
    slashed_title,
    title_after_winner,
    title_gloss,
    unlikely_title,
)
from lookback_kg.extract.rules import CATALOGUE_LABELS, CREDIT_KEYS, Rule
from lookback_kg.extract.sentences import CREDIT_LABEL, Span, clause_bounds
from lookback_kg.model import (
    Entity,
    EntityKind,
    Evidence,
    Fact,
    Qualifiers,
    Relation,
    Value,
    WorkClass,
    slugify,
)
from lookback_kg.relations import RELATIONS

NEGATION = re.compile(
    r"\b[Nn]o\s+(?:[\p{L}-]+\s+){0,4}?(?:has|have|had|was|were|is|ever)\b|"
    r"\b(?i:not|never|no longer|neither|nor|yet to|failed to|"
    r"isn['’]t|wasn['’]t|didn['’]t|hasn['’]t|won['’]t|cannot|can['’]t)\b"
    # in lower case, or "Without" before a lower-case word ("Without the award, ..."):
    # "The Lost Lantern", "Without Akira" are titles
    r"|\b(?:denied|lost|missed out|without|Without(?=\s+\p{Ll}))\b"
)
HEDGE = re.compile(
    # (not "Will" of a name: "played by Daniel London and Will Oldham")
    r"\bmay\b|\b(?:[Ww]ill|WILL)\b(?![ \t]+\p{Lu}\p{Ll})|"
    r"\b(?i:expected|rumou?red|reportedly|speculat\w*|might|could|would|should|"
    r"plans?\s+to|(?:is|are|was|were)\s+reported\s+to|"  # "takings are reported to have passed"
    r"planned|set to|likely|possibly|probably|hopes?\s+to|hoping|aims?\s+to|tipped|predicted|"
    r"predict(?:s|ing)?|(?:my|a)\s+prediction|I\s+bet|"
    # (not the reader's choice: "if you want to go back further, her first film was X")
    r"potential(?:ly)?|if(?!\s+you(?:\s+|['’])(?:want|like|need|prefer|fancy|re|are|have|can|"
    r"missed|get|haven['’]t|hadn['’]t|didn['’]t|don['’]t)\b)|whether|upcoming|slated|scheduled|contender|eligible|campaign\w*|"
    r"projected|projection|forecasts?|originally to|(?:was|were) to be|claims?|claimed|claiming|"
    # a reading, not what the text says: "Critics have read the film as a meditation on X"
    r"(?:have|has|had)\s+(?:often\s+|long\s+|widely\s+)?(?:read|interpreted)\s+(?:it|the\s+film|this)\s+as|"
    r"(?:is|was|been)\s+(?:often\s+|widely\s+)?(?:read|interpreted)\s+as|"
    # ... one critic's: "the reviewer for Revue Cinéphile read it as a meditation on grief"
    r"(?:reviewer|critic|writer)s?\b[^.;]{0,60}\b(?:read|reads|interpreted|interprets)\s+"
    r"(?:it|the\s+film)\s+as|"
    # a date still to come: "is due to have its European premiere at X next month"
    r"(?:is|are)\s+due\s+to\s+(?:have|open|premiere|be|screen|arrive|hit|reach|play|world)\b|"
    # (not a tracker's own figure: "Box Office Mojo's estimate of the worldwide total is")
    # others' word, not the writer's: "my father keeps telling me the film is based on X"
    r"(?:keep|keeps|kept)\s+(?:telling|saying|insisting)|"
    r"alleged(?:ly)?|supposedly|said to|(?<!\b(?:Mojo|Numbers|Comscore|KOBIS|Maoyan)['’]s?\s)"
    r"estimates?|apparently|unconfirmed|"
    # figures others gave, unpublished: "Trade reports have also put its German gross at"
    r"reports?\s+(?:have\s+|has\s+)?(?:also\s+)?(?:put|placed|pegged)\b|"
    # a claim the writer takes back: "In our 19:31 post we wrongly said X won Best Screenplay"
    r"(?:wrongly|mistakenly|erroneously|incorrectly)\s+(?:said|reported|stated|wrote|listed|"
    r"credited|named|gave|announced)|"
    # "Rumours that Netflix had picked up ... were denied"
    r"rumou?rs?|denied|denies|"
    # "an analyst expects the film to cross ₹150 crore", "producers are talking about a gross"
    r"expects?|expecting|talking\s+(?:openly\s+)?about|"
    # (not "took an estimated $154.2 million": a figure reported as approximate, a qualifier)
    r"estimated(?!\s+(?:\p{Sc}|[A-Z]{1,3}\p{Sc}|\d))|"
    # another's claim: "my cousin insists the score is by X" (not "insists on going")
    r"insist(?:s|ed|ing)?(?!\s+on)|swore|swears|assumed|assuming|"
    # "Inès was sure the film was shot by X": what someone was sure of, not what the text says
    r"(?:was|were|is|are|felt|feel|feels)\s+(?:so\s+|quite\s+|absolutely\s+)?(?:sure|certain|convinced)|"
    # a writer unsure of what they read: "I half-remember reading it made ...", "I think"
    r"half-remember\w*|remember\s+reading|seem\s+to\s+(?:recall|remember)|if\s+memory\s+serves|"
    r"\bI\s+remember\s+(?:it|that|they)\b|"  # "I remember it took the New Currents Award"
    # a wish the writer owns as one: "in my head the film won the Academy Award"
    r"in\s+my\s+(?:head|mind|dreams|headcanon)|"
    # the writer's own reading: "for me it's a film about loneliness" (GOLD.md, round 43)
    # (an aside between: "For me, if I'm honest, it's a film about silence")
    r"\b(?:[Tt]o|[Ff]or)\s+me,?\s+(?:(?:if\s+I['’]m\s+honest|honestly|personally|though|however),?\s+)?"
    r"(?:it|this|the\s+film)(?:['’]s|\s+is)\s+"
    r"(?:(?:really|finally|mostly|always|ultimately|just)\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+)?"
    r"(?:film|movie|story)\s+about|"
    # ... or in short: "For me it's about grief" (not a director's "for me the film is about
    # grief", which states the film's theme)
    r"\b(?:[Tt]o|[Ff]or)\s+me,?\s+it(?:['’]s|\s+is)\s+about|"
    # hearsay: "I once read somewhere that it is based on ...", "someone told me"
    r"(?:read|heard)\s+somewhere|told\s+me|"
    # ... "I had read that it was adapted from a novel"
    r"\bI\s+(?:had\s+|['’]d\s+|once\s+)?(?:read|heard)\s+that\b|"
    r"I['’]m\s+told|I\s+was\s+told|"
    # what the writer used to say, then takes back: "I have been telling people the score
    # was by X"
    r"(?:been|kept|keep)\s+telling\s+(?:people|everyone|anyone|friends)|"
    # what other pages say, which the text goes on to correct: "several online databases
    # list it as a winner of X. That is an error"
    r"(?:databases|websites|sites|listings|wikis|catalogues|catalogs)\s+(?:still\s+)?(?:list|lists|listed|credit|"
    r"credits|credited|give|gives|gave)|"
    r"(?:don['’]t|do\s+not)\s+quote\s+me|(?:I|we)\s+(?:think|believe|guess)|(?:pretty|fairly)\s+sure|"
    r"(?:is|are|was|were|['’]s|['’]re)\s+going\s+to|"  # "Starfall is going to cross $200 million"
    r"(?<=\b(?:it|they|she|he|I|we|you|that)['’])ll|"  # "it'll get nominated": a future
    # a wish or a forecast: "I'd love to see it nominated", "surely headed for a nomination"
    r"(?<=\b(?:I|we)['’])d\s+(?:love|like|hope|want|be\s+(?:stunned|surprised|amazed))|"
    r"(?:headed|heading|on\s+course|on\s+track)\s+for\s+(?:a|an|the|its)\s+(?:[\p{L}-]+\s+)?"
    r"(?:nomination|nod|win|victory|record|Oscar|award|prize)|"
    # "Some critics described it as a musical": others' view of it, not what it is
    r"(?:some|several|a\s+few|other)\s+(?:critics|reviewers|viewers|fans|people|writers)\s+"
    r"(?:described|called|labell?ed|considered|saw|dubbed)|"
    # "The film is sometimes described as an adaptation of X": what some say, not the credits
    r"(?:is|are|was|were|been|gets)\s+(?:sometimes|occasionally)\s+(?:described|called|"
    r"labell?ed|billed|referred\s+to|listed)\s+as|"
    r"(?:trackers|analysts|observers|insiders|sources|pundits)\s+(?:say|said|suggest|believe)|"
    # "people online keep saying it won the Golden Bear": hearsay, which the writer denies
    # (or "there are tweets saying it has already crossed ₱100 million")
    r"(?:people|fans|everyone|someone|folks|tweets|posts|comments|threads)\s+(?:\w+\s+)?"
    r"(?:keeps?\s+|kept\s+)?(?:saying|claiming)|"
    # "someone on twitter said it has made more than $70 million"
    r"(?:someone|somebody|people|a\s+friend)\s+(?:on|at|in)\s+(?:a\s+|the\s+)?\w+\s+(?:said|says|claimed|claims)|"
    r"tracking\s+(?:suggests|points|indicates)|"
    # "Some Georgian outlets reported in July that the film had won ...": others' report
    r"(?:some|several|a\s+few|other|local|early)\s+(?:[\p{L}-]+\s+)?(?:outlets|reports|media|"
    r"newspapers|papers|blogs|tabloids|sites)\s+(?:\w+\s+){0,3}?(?:reported|wrote|said|claimed)|"
    # the paper's own earlier piece, which a correction sets right: "Our review of 19 March
    # stated that X was produced by Studio Lemur"
    r"(?:our|an\s+earlier|a\s+previous|the\s+original)\s+(?:review|article|story|piece|report|"
    r"post|version\s+of\s+this\s+\w+)\s+(?:[^.;]{0,30}?\s)?(?:stated|said|reported|claimed|"
    r"wrote|gave|listed|credited))\b"
)
DOUBT_AFTER = re.compile(  # (in any case: "directed by X if i remember right")
    r"(?i)[^.;!?]{0,40}?\b(?:if\s+I['’]?m\s+remembering|if\s+I\s+remember|if\s+memory\s+serves|"
    r"I\s+think|I\s+believe|don['’]t\s+quote\s+me|or\s+so\s+I['’]ve\s+(?:read|heard))\b"
)
# a cleft that denies the film the fact: "it was the story, not the film, that won"
_NOT_THE_FILM_THAT = re.compile(
    r"\bnot[ \t]+the[ \t]+(?:film|movie|adaptation|feature)[ \t]*,?[ \t]+(?:that|which|who)\b"
)
_DOUBT_IN_BRACKETS = re.compile(
    r"[ \t]*\([^()\n]{0,60}?\b(?:unverified|unconfirmed|not\s+(?:yet\s+)?(?:confirmed|verified)|"
    r"rumou?red|reportedly|disputed)\b"
)
# Right after the fact: "distributor X is understood to be in talks", a deal not yet made
PENDING_AFTER = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:understood|said|believed|thought|reported|rumou?red|expected|"
    r"tipped|set|likely)\s+to\b|[^.;!?,]{0,30}?\bin\s+(?:early\s+|advanced\s+|final\s+)?"
    r"(?:talks|negotiations?)\b"
    # "distributor Cine Colombia is negotiating for local rights"
    r"|\s+(?:is|are|was|were)\s+(?:negotiating|bidding|circling|courting|eyeing|considering)\b"
)
AWARD_BODY = re.compile(
    r"(?:\p{Lu}[\p{L}\-]+\s+){1,5}(?:Prize|Awards|Film Festival|Festival)(?!\s+\p{Lu})"
)
_DIRECTOR, _WRITER, _PRODUCER, _COMPANY = (
    Relation.DIRECTOR,
    Relation.SCREENWRITER,
    Relation.PRODUCER,
    Relation.PRODUCTION_COMPANY,
)
ROLE_WORDS: tuple[tuple[str, tuple[Relation, ...]], ...] = (
    # Longer words first: a word that matches is taken out of the roles before the next is
    # tried, so "director of photography" is not also a director.
    ("director of photography", (Relation.CINEMATOGRAPHER,)),
    # a Chinese, Japanese or Korean credit's keys ("導演：", "監督：", "감독 ")
    *((key, (_DIRECTOR,)) for key in ("導演", "导演", "監督", "감독", "執導", "执导")),
    *((key, (Relation.CAST_MEMBER,)) for key in ("主演", "出演", "출연", "配音", "声の出演")),
    *((key, (_WRITER,)) for key in ("編劇", "编剧", "脚本", "각본")),
    *((key, (Relation.CINEMATOGRAPHER,)) for key in ("攝影", "摄影", "撮影", "촬영")),
    *((key, (Relation.EDITOR,)) for key in ("剪輯", "剪辑", "編集", "편집")),
    *((key, (Relation.COMPOSER,)) for key in ("音樂", "音乐", "음악")),
    *((key, (Relation.DISTRIBUTOR,)) for key in ("發行", "发行", "配給", "배급")),
    *((key, (_COMPANY,)) for key in ("出品", "製作", "制作", "제작", "アニメーション制作")),
    ("direction de la photograph", (Relation.CINEMATOGRAPHER,)),  # French, before "direct"
    ("cinematograph", (Relation.CINEMATOGRAPHER,)),
    ("photograph", (Relation.CINEMATOGRAPHER,)),
    ("dop", (Relation.CINEMATOGRAPHER,)),
    ("dp", (Relation.CINEMATOGRAPHER,)),  # "DP Michael Simmonds", a diary's shorthand
    # a credit block's labels in the film's own language ("Réalisation :", "Guion:", "Kamera:")
    ("dirección de fotograf", (Relation.CINEMATOGRAPHER,)),  # before "dirección"
    ("görüntü yönetmen", (Relation.CINEMATOGRAPHER,)),  # before "yönetmen"
    ("goruntu yonetmen", (Relation.CINEMATOGRAPHER,)),
    # (Indonesian and Turkish labels: "Sutradara:", "Yönetmen:", "Penata kamera:")
    ("sutradara", (_DIRECTOR,)),
    ("pengarah", (_DIRECTOR,)),
    ("yönetmen", (_DIRECTOR,)),
    ("yonetmen", (_DIRECTOR,)),
    ("penulis", (_WRITER,)),
    ("skenario", (_WRITER,)),
    ("senaryo", (_WRITER,)),
    ("produser", (_COMPANY, _PRODUCER)),
    ("produksi", (_COMPANY, _PRODUCER)),
    ("yapımcı", (_PRODUCER,)),
    ("yapimci", (_PRODUCER,)),
    ("yapım", (_COMPANY, _PRODUCER)),
    ("yapim", (_COMPANY, _PRODUCER)),
    ("pemain", (Relation.CAST_MEMBER,)),
    # (Malay: "Pelakon:", "Sinematografi:", "Suntingan:", "Penerbit:", "Syarikat produksi:")
    ("pelakon", (Relation.CAST_MEMBER,)),
    ("sinematograf", (Relation.CINEMATOGRAPHER,)),
    ("suntingan", (Relation.EDITOR,)),
    ("penerbit", (_PRODUCER,)),
    ("syarikat produksi", (_COMPANY,)),
    ("oyuncu", (Relation.CAST_MEMBER,)),
    ("penyunting", (Relation.EDITOR,)),
    ("kurgu", (Relation.EDITOR,)),
    ("müzik", (Relation.COMPOSER,)),
    ("muzik", (Relation.COMPOSER,)),
    ("dağıtım", (Relation.DISTRIBUTOR,)),
    ("dagitim", (Relation.DISTRIBUTOR,)),
    ("direccion de fotograf", (Relation.CINEMATOGRAPHER,)),
    ("direção de fotograf", (Relation.CINEMATOGRAPHER,)),
    ("réalisat", (_DIRECTOR,)),  # "Réalisation", "Réalisateur", "Réalisatrice"
    ("realisat", (_DIRECTOR,)),
    ("realização", (_DIRECTOR,)),
    ("realizacao", (_DIRECTOR,)),
    ("realización", (_DIRECTOR,)),
    ("realizacion", (_DIRECTOR,)),
    ("dirección", (_DIRECTOR,)),
    ("direccion", (_DIRECTOR,)),
    ("direção", (_DIRECTOR,)),
    ("direcao", (_DIRECTOR,)),
    ("regie", (_DIRECTOR,)),
    ("regia", (_DIRECTOR,)),
    # (Swedish, Norwegian, Danish: "Regi:", "Manus:", "Foto:", "Klippning:", "I rollerna:")
    ("regi", (_DIRECTOR,)),
    ("instruktør", (_DIRECTOR,)),
    ("manus", (_WRITER,)),
    ("klip", (Relation.EDITOR,)),
    ("i roll", (Relation.CAST_MEMBER,)),
    ("medverkande", (Relation.CAST_MEMBER,)),
    ("medvirkende", (Relation.CAST_MEMBER,)),
    ("skådespel", (Relation.CAST_MEMBER,)),
    ("skuespill", (Relation.CAST_MEMBER,)),
    ("produsent", (_COMPANY, _PRODUCER)),
    # (Dutch: "Muziek:", "Stemmen:" the voices, "Distributie Nederland:")
    ("muziek", (Relation.COMPOSER,)),
    ("stemmen", (Relation.CAST_MEMBER,)),
    ("distributie", (Relation.DISTRIBUTOR,)),
    # (Romanian: "Scenariul", "Imaginea", "Montajul", "Muzica", "Distribuția" is the cast,
    # "Producători" the producers, "Producție" the companies)
    ("scenariu", (_WRITER,)),
    ("imaginea", (Relation.CINEMATOGRAPHER,)),
    ("montaj", (Relation.EDITOR,)),
    ("muzica", (Relation.COMPOSER,)),
    ("distribuția", (Relation.CAST_MEMBER,)),
    ("distributia", (Relation.CAST_MEMBER,)),
    ("producători", (_PRODUCER,)),
    ("producatori", (_PRODUCER,)),
    ("producție", (_COMPANY,)),
    ("productie", (_COMPANY,)),
    # (Greek: "Σκηνοθεσία", "Σενάριο", "Φωτογραφία", "Μοντάζ", "Μουσική", "Παραγωγοί" the
    # producers, "Παραγωγή" the companies, "Διανομή" the distributor, "Ερμηνεύουν" the cast)
    ("σκηνοθεσία", (_DIRECTOR,)),
    ("σενάριο", (_WRITER,)),
    ("φωτογραφία", (Relation.CINEMATOGRAPHER,)),
    ("μοντάζ", (Relation.EDITOR,)),
    ("μουσική", (Relation.COMPOSER,)),
    ("παραγωγοί", (_PRODUCER,)),
    ("παραγωγός", (_PRODUCER,)),
    ("παραγωγή", (_COMPANY,)),
    ("διανομή", (Relation.DISTRIBUTOR,)),
    ("ερμηνεύουν", (Relation.CAST_MEMBER,)),
    ("πρωταγωνιστούν", (Relation.CAST_MEMBER,)),
    ("ηθοποιοί", (Relation.CAST_MEMBER,)),
    # (Polish, Czech, Slovak, Croatian, Serbian, Slovenian: "Reżyseria", "Režie", "Réžia",
    # "Režija", "Scenariusz", "Scénář", "Zdjęcia", "Hudba", "Glazba", "Montaż", "Střih",
    # "Obsada", "Hrají", "Igraju", "Dystrybucja", "Producenci")
    ("direktor fotografije", (Relation.CINEMATOGRAPHER,)),
    *((key, (_DIRECTOR,)) for key in ("reżyseria", "režie", "réžia", "režija", "rezija")),
    *((key, (_WRITER,)) for key in ("scenariusz", "scénář", "scenár", "scenarij")),
    *((key, (Relation.CINEMATOGRAPHER,)) for key in ("zdjęcia", "zdjecia")),
    *((key, (Relation.COMPOSER,)) for key in ("hudba", "glazba", "glasba", "muzyka", "muzika")),
    *((key, (Relation.EDITOR,)) for key in ("montaż", "montaž", "střih", "strih")),
    *(
        (key, (Relation.CAST_MEMBER,))
        for key in ("obsada", "obsazení", "obsadenie", "hrají", "hrajú", "igraju", "igrajo")
    ),
    *(
        (key, (Relation.DISTRIBUTOR,))
        for key in ("dystrybucja", "distribuce", "distribúcia", "distribucija")
    ),
    *(
        (key, (_PRODUCER,))
        for key in ("producenci", "producentka", "producenti", "producentkinja", "producentica")
    ),
    # (and their prose: "redateljica", "rediteljka", "režiser", "scenaristkinja",
    # "snimatelj", "kompozitor", "skladatelj")
    *((key, (_DIRECTOR,)) for key in ("redatelj", "reditelj", "režiser", "reziser")),
    ("scenarist", (_WRITER,)),
    ("snimatelj", (Relation.CINEMATOGRAPHER,)),
    *((key, (Relation.COMPOSER,)) for key in ("kompozitor", "skladatelj")),
    ("scénario", (_WRITER,)),
    ("scenario", (_WRITER,)),
    ("guion", (_WRITER,)),
    ("guión", (_WRITER,)),
    ("roteiro", (_WRITER,)),
    ("drehbuch", (_WRITER,)),
    ("buch", (_WRITER,)),  # "Regie & Buch"
    ("sceneggiatura", (_WRITER,)),
    ("image", (Relation.CINEMATOGRAPHER,)),
    ("fotograf", (Relation.CINEMATOGRAPHER,)),
    ("foto", (Relation.CINEMATOGRAPHER,)),
    ("kamera", (Relation.CINEMATOGRAPHER,)),
    ("musique", (Relation.COMPOSER,)),
    ("música", (Relation.COMPOSER,)),
    ("musica", (Relation.COMPOSER,)),
    ("musiche", (Relation.COMPOSER,)),  # Italian: "Musiche: Dario Mancuso"
    ("musik", (Relation.COMPOSER,)),
    ("montag", (Relation.EDITOR,)),
    ("montaje", (Relation.EDITOR,)),
    ("schnitt", (Relation.EDITOR,)),
    ("reparto", (Relation.CAST_MEMBER,)),
    ("elenco", (Relation.CAST_MEMBER,)),
    ("intérpret", (Relation.CAST_MEMBER,)),
    ("interprèt", (Relation.CAST_MEMBER,)),  # French: "Interprètes"
    ("producteur", (_PRODUCER,)),
    ("productrice", (_PRODUCER,)),
    ("interpret", (Relation.CAST_MEMBER,)),
    ("besetzung", (Relation.CAST_MEMBER,)),
    ("darsteller", (Relation.CAST_MEMBER,)),
    ("producción", (_COMPANY, _PRODUCER)),
    ("produccion", (_COMPANY, _PRODUCER)),
    ("produção", (_COMPANY, _PRODUCER)),
    ("producao", (_COMPANY, _PRODUCER)),
    ("produktion", (_COMPANY, _PRODUCER)),
    ("produzione", (_COMPANY, _PRODUCER)),
    ("produzent", (_PRODUCER,)),  # German: "Produzentinnen: A, B", the producers
    ("camera", (Relation.CINEMATOGRAPHER,)),
    ("shot", (Relation.CINEMATOGRAPHER,)),  # "X, who shot the film herself"
    ("prod. cos", (_COMPANY,)),  # a festival catalogue's abbreviations: "Prod. cos.", "Scr."
    ("prod.", (_COMPANY, _PRODUCER)),
    ("scr.", (_WRITER,)),
    ("sc.", (_WRITER,)),  # "dir./sc./ed. Kelly Reichardt" in a schedule's row
    ("ph.", (Relation.CINEMATOGRAPHER,)),
    ("mus.", (Relation.COMPOSER,)),
    ("ed.", (Relation.EDITOR,)),
    ("executive produc", ()),  # Wikidata's executive producer (P1431) is another relation
    ("production design", ()),
    ("music direct", ()),
    ("art direct", ()),
    ("animation direct", ()),
    ("edit", (Relation.EDITOR,)),
    ("written", (_WRITER,)),
    ("writing", (_WRITER,)),
    ("scripted", (_WRITER,)),
    ("screenplay", (_WRITER,)),
    ("writer", (_WRITER,)),
    ("adapted", (_WRITER,)),
    ("direct", (_DIRECTOR,)),
    ("dir.", (_DIRECTOR,)),
    ("dir", (_DIRECTOR,)),  # "Dir: Ana Ruiz"
    ("cast", (Relation.CAST_MEMBER,)),
    ("voices", (Relation.CAST_MEMBER,)),  # "Voices: A, B"
    ("voice actors", (Relation.CAST_MEMBER,)),
    ("actors", (Relation.CAST_MEMBER,)),  # "Actors: A, B" in a shop's product details
    ("starring", (Relation.CAST_MEMBER,)),
    ("stars", (Relation.CAST_MEMBER,)),  # "Stars: A, B" in a review's fact box
    ("with", (Relation.CAST_MEMBER,)),  # "With: A, B" in listings
    ("featuring", (Relation.CAST_MEMBER,)),  # "Featuring: A, B", a documentary's people
    ("animation", (_COMPANY,)),
    ("helmed", (_DIRECTOR,)),
    ("production compan", (_COMPANY,)),  # under "Production companies", no producers
    ("production", (_COMPANY,)),  # "Production: Fjordlys Animasjon", a company's credit
    # "produced by": a company is the production company, a person the producer
    ("produc", (_COMPANY, _PRODUCER)),
    ("studio", (_COMPANY,)),
    ("banner", (_COMPANY,)),  # "Banner — Monsoon Lane Films": an Indian production house
    ("animated", (_COMPANY,)),
    ("distribu", (Relation.DISTRIBUTOR,)),  # (and "distribución", "distribuição")
    ("compos", (Relation.COMPOSER,)),
    ("script", (_WRITER,)),
    ("wrote", (_WRITER,)),  # "wrote and directed", "co-wrote"
    ("score", (Relation.COMPOSER,)),
    ("soundtrack", (Relation.COMPOSER,)),
    ("scored", (Relation.COMPOSER,)),
    ("music", (Relation.COMPOSER,)),
)
PERSON_RELATIONS = frozenset(r for r, spec in RELATIONS.items() if spec.object == "person")
ORG_RELATIONS = frozenset(r for r, spec in RELATIONS.items() if spec.object == "organization")
# The crew credits only a person takes (a producer may be a company)
_CREW = frozenset(
    {
        Relation.DIRECTOR,
        Relation.SCREENWRITER,
        Relation.CINEMATOGRAPHER,
        Relation.EDITOR,
        Relation.COMPOSER,
    }
)


# "For me, if I'm honest, ": the writer's own reading opens, an aside between
_READER_BEFORE_ASIDE = re.compile(
    r"\b(?:[Tt]o|[Ff]or)\s+me,\s+(?:if\s+I['’]m\s+honest|honestly|personally|though|however),\s*\Z"
)
_NEGATED_BEFORE_ASIDE = re.compile(r"\b(?i:not|never)[ \t]*,[^,]{1,60},[ \t]*$")


# What a film is about, or what kind it is, inside a quotation its speaker is named for: an
# opinion ("'A film about ageing and stubbornness,' said the buyer"), not the text's own word
_OPINION_RELATIONS = frozenset({Relation.MAIN_SUBJECT, Relation.GENRE})
_ATTRIBUTED_QUOTE = re.compile(
    r"[\"“](?P<quote>[^\"“”\n]{10,})[\"”],?\s+(?:(?P<speaker>he|she|they|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)"
    r"\s+)?(?i:said|says|told|tells|added|adds|explained|explains|insisted|insists|noted|notes|"
    r"writes|wrote)\b"
)
# The film's director, as its credits name her: "Director: Lasha Tsintsadze", "directed by X"
_DIRECTOR_CREDIT = re.compile(
    r"\b(?i:director|directed[ \t]+by|dir\.)[ \t]*[:|–—-]?[ \t]*"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})"
)


def directors_words(body: str) -> frozenset[str]:
    """The words of the names the text credits as director, so that a quotation of theirs
    about what the film is about is read as the film's theme (GOLD.md: the director's own
    remark), not as a bystander's opinion.

    >>> sorted(directors_words("Director: Lasha Tsintsadze\\nCast: Jo Park"))
    ['Lasha', 'Tsintsadze']
    """
    return frozenset(word for m in _DIRECTOR_CREDIT.finditer(body) for word in m["name"].split())


# ... unless its makers say it: "We made a film about neighbours," the director said
_MAKERS_WORD = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:made|wrote|shot|(?:wanted|set\s+out|tried)\s+to\s+(?:make|write|tell))\b"
)


def is_opinion(
    rule: Rule, sentence: str, match: re.Match[str], directors: frozenset[str] = frozenset()
) -> bool:
    """True when the match is what a film is about or what kind it is, in a quotation said by
    someone the text names, other than its director (by a word of her name in `directors`).

    >>> rule = Rule("r", re.compile("about"), (Relation.MAIN_SUBJECT,))
    >>> text = '"This is a film about grief and curiosity," said the buyer, Dana Cole.'
    >>> is_opinion(rule, text, re.search("about", text))
    True
    >>> text = 'The jury president called it "a film about forgiveness that never asks for it".'
    >>> is_opinion(rule, text, re.search("about", text))
    True
    >>> text = '"It is a film about exile, more than anything," Tsintsadze says.'
    >>> is_opinion(rule, text, re.search("about", text), frozenset({"Tsintsadze"}))
    False
    """
    if not _OPINION_RELATIONS.intersection(rule.relations):
        return False
    called = _CALLED_IT.search(sentence, 0, match.start())
    if called and not _CLAUSE_BREAK.search(sentence, called.end(), match.start()):
        return True  # 'The jury president called it "a film about forgiveness"'
    return any(
        quoted.start("quote") <= match.start() < quoted.end("quote")
        and not _MAKERS_WORD.search(quoted["quote"])
        and not (quoted["speaker"] and quoted["speaker"].split()[-1] in directors)
        for quoted in _ATTRIBUTED_QUOTE.finditer(sentence)
    )


# Someone's word for the film, before what it is about: "Critics called it a film about exile"
_CALLED_IT = re.compile(
    r"\b(?i:called|calls|dubbed|hailed|branded)[ \t]+"
    r"(?i:it|the[ \t]+film|the[ \t]+movie)\b"
)
_CLAUSE_BREAK = re.compile(
    r"[.;]|[”\"][ \t]*[,.;]|,[ \t]+(?:and|but|although|though|while|whereas|which)\b"
)


# A question, not a statement: one that opens on an asking word ("Did X do the music?"), or
# a statement turned into one by its tag ("it's based on the comic, right?"); not a "??" of
# surprise ("which is kind of huge??"), nor a clause that opens on "which" or "who" ("as far as
# Another Round, which won an Oscar?")
_ASKING_OPENING = re.compile(
    r"[ \t]*(?i:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|"
    r"what|when|where|why|how)\b"
)
_QUESTION_TAG = re.compile(
    r",[ \t]*(?i:right|no|yes|correct|isn['’]t it|wasn['’]t it|didn['’]t it|doesn['’]t it)\?$"
)


# a guess, asked: "something like ₹66 crore worldwide?"
_GUESS = re.compile(r"\b(?i:something[ \t]+like|i[ \t]+think|i[ \t]+guess|maybe|probably)\b")


def _asks(sentence: str, clause_start: int, at: int, clause_end: int) -> bool:
    # (the question may end before the sentence does, in the clause: "... worldwide? don't
    # quote me")
    question = sentence.find("?", at, clause_end)
    text = sentence[: question + 1] if question >= 0 else sentence.rstrip()
    if not text.endswith("?") or text.endswith("??"):
        return False
    return bool(
        _QUESTION_TAG.search(text)
        or _ASKING_OPENING.match(sentence, clause_start)
        or _GUESS.search(text, clause_start)
    )


_CLAIM_LABEL = re.compile(r"[ \t]*(?i:claim|rumou?r|myth)(?:[ \t]*#?\d{1,2})?[ \t]*:")


def is_hedged(sentence: str, match: re.Match[str]) -> bool:
    """True when the clause holding the match negates or hedges it.

    >>> m = re.search("won", "While it was not eligible for X, it won Best Film.")
    >>> is_hedged(m.string, m)
    False
    >>> m = re.search("feature", "It is expected to feature in lists.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("by Ana Ruiz", "It was directed by Ana Ruiz if I remember right.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("based on", "I once read somewhere that it is loosely based on a novel.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("on memory", "Critics have read the film as a meditation on memory.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("premiere at Eastwind", "It is due to have its premiere at Eastwind.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("distributor Baobab", "The distributor Baobab is in talks to buy it.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("by Studio Wren", "It was not, despite rumours, produced by Studio Wren.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("₹27.4 crore", "Worldwide gross — ₹27.4 crore (makers' figure, unverified)")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("₱100 million", "There are tweets saying it crossed ₱100 million.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("adaptation", "It is sometimes described as an adaptation of X.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("won", "In my head the Lunchbox won the Academy Award, and that is that.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("about grief", "But to me it's really a film about grief.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("took", "It premiered at Busan. I remember it took the New Currents Award.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("about silence", "For me, if I'm honest, it's a film about silence.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("about debt", "For me, though, it is really a film about debt.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("based on", "Fun fact: it's based on the old comic, right?")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("₹66 crore", "I saw 50 to 70, something like ₹66 crore? do not quote me")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("won", "It was the story, not the film, that won the Caine Prize.")
    >>> is_hedged(m.string, m)
    True
    >>> m = re.search("won", "Will any go as far as Another Round, which won an Oscar?")
    >>> is_hedged(m.string, m)
    False
    >>> m = re.search("won", 'CLAIM 1: "It won the Golden Bear in Berlin."')
    >>> is_hedged(m.string, m)
    True
    """
    if _CLAIM_LABEL.match(sentence):
        return True  # a fact-check's claim, quoted to be checked: not what the text says
    start, end = clause_bounds(sentence, match.start())
    if _asks(sentence, start, match.end(), end):
        return True  # "it's based on the old comic, right?": asked, not said
    window = sentence[start : match.end()]
    if NEGATION.search(window) or HEDGE.search(window):
        return True
    if _NEGATED_BEFORE_ASIDE.search(sentence, 0, start):
        return True  # "was not, despite rumours at the time, produced by X"
    reader = _READER_BEFORE_ASIDE.search(sentence, 0, start)
    if reader and HEDGE.search(sentence, reader.start(), match.end()):
        return True  # "For me, if I'm honest, it's a film about silence": her own reading
    if _NOT_THE_FILM_THAT.search(sentence, max(0, start - 60), match.end()):
        return True  # "it was the story, not the film, that won the Caine Prize"
    # "directed by Ana Ruiz, if I'm remembering right": a doubt said after the fact
    if PENDING_AFTER.match(sentence, match.end(), max(end, match.end())):
        return True
    if _DOUBT_IN_BRACKETS.match(sentence, match.end()):
        return True  # "₹27.4 crore (producer's estimate, unverified)": the text doubts it
    return bool(DOUBT_AFTER.match(sentence, match.end(), max(end, match.end())))


def interpret_match(
    rule: Rule, match: re.Match[str], sentence: Span, context: ArticleContext, evidence: Evidence
) -> Iterator[Fact]:
    """The facts one match states (none when a piece cannot be read)."""
    if rule.heads_record and context.record_heading_at != sentence.start:
        return
    groups = {k: v for k, v in match.groupdict().items() if v}
    subject = _subject(rule, match, sentence, context)
    if subject is None or subject is OTHER_WORK:
        return
    relations = _relations(rule, groups.get("roles", ""))
    qualifiers = _qualifiers(rule, groups, context, sentence.text, match.span())
    film = _film_instead_of_book(subject, groups, match, sentence, context)
    for relation in relations:
        about = subject
        if about.kind not in RELATIONS[relation].subject and film is not None:
            about = film  # a film's credit, said after a book the sentence names
        if about.kind not in RELATIONS[relation].subject:
            continue
        objects = _objects(rule, relation, groups, about, context, qualifiers, sentence.text)
        for value, extra in objects:
            said = relation
            if relation is Relation.GENRE and value == "documentary":
                # "Genre: Documentary": what the film is (a documentary film), not a genre
                said, value = Relation.INSTANCE_OF, WorkClass.DOCUMENTARY_FILM
            yield from _facts(rule, about, said, value, qualifiers, extra, evidence, context)


def _film_instead_of_book(
    subject: Entity, groups: dict, match: re.Match[str], sentence: Span, context: ArticleContext
) -> Entity | None:
    """The film a credit is about where the sentence's subject came out as a book: "X adapted
    Y's novel Z, and W wrote the music" (the book named before), or the book of the film's own
    name taken up as the topic ("Hattie Lowndes plays Wren", after "X adapted her own novel
    for the screen")."""
    if subject.kind is not EntityKind.WORK or "subj" in groups:
        return None
    namesake = context.film is not None and slugify(subject.name) == context.film.key
    source = _BASED_ON.search(sentence.text, 0, match.start())
    if source:
        # the film the sentence names before its source, or the entry's film when the
        # sentence opens on its source ("Based on ..., produced by X for Y")
        named = [
            work
            for at, work in context.work_mentions(sentence)
            if at < source.start() and work.kind is EntityKind.FILM and work is not OTHER_WORK
        ]
        if named:
            return named[-1]
        if source.start() == 0 and context.section is not None:
            return context.section
    if not namesake and not _ADAPTED.search(sentence.text, 0, match.start()):
        return None
    stand_ins = (context.topic, context.section, context.film)
    return next((e for e in stand_ins if e and e.kind is EntityKind.FILM), None)


# A book the film adapts, named earlier in the sentence: "X adapted Y's novel Z, and ..."
_ADAPTED = re.compile(r"\b(?:adapted|adapts)\s+(?:\p{Lu}|(?:the|a|an|his|her|their)\s)")
# ... or said to be its source: "Based on Y's novel Z, produced by ...", "F, based on Y's
# novel Z, was produced by ..."
_BASED_ON = re.compile(r"\b(?:[Bb]ased|[Aa]dapted)\s+(?:on|from)\s")
# A sentence's first word saying what the film is, read into its title by the title's shape
_KIND_FIRST = re.compile(
    r"(?:Documentary|Drama|Thriller|Comedy|Horror|Animated|Animation|Musical|Romance|Western"
    r"|\p{Lu}\p{Ll}+-language)"  # "The Hindi-language Monsoon Post Office, directed by X"
    r"[ \t]+(?=\p{Lu})"
)
# A known title, then a preposition the title pattern took in: "Copper Tide at Studio Wren".
# (or another's: "Tom Berg's Salt Lantern and Mara Liepa's Kestrel")
_TITLE_THEN_PLACE = re.compile(r"(?P<title>.+?)\s+(?:at|for|in|on|with|to|and)\s+\p{Lu}")


def _subject(
    rule: Rule, match: re.Match[str], sentence: Span, context: ArticleContext
) -> Entity | None:
    text = match.groupdict().get("subj")
    if not text and rule.object == "listing" and context.section is None:
        # "Sat 22.04 · 20:30 · Night Moves · USA 2013 · 112'": a line of one film's facts,
        # outside any film's entry (where a line's other names are its credits)
        films = {
            work
            for _, work in context.work_mentions(sentence)
            if work.kind is EntityKind.FILM
            and work is not OTHER_WORK
            and not context.is_person_name(work.name)  # "By Reshma K. | 21 May 2024"
        }
        if len(films) == 1:
            return films.pop()
    if not text:
        # "The animated film is ...", read as a whole: the film the anaphor stands for
        return context.subject_before(
            sentence, match.start() + _anaphor_at(match.string, match.start())
        )
    name = names.clean_name(text)
    whole = text.strip(' ,;:—–-"“”‘’()')
    if whole != name and context.knows_work(whole):
        name = whole  # "In This Corner of the World": a known title keeps its first words
    if not context.knows_work(name):
        # "Wanjiru Kamau for The Ferry at Mbita", where the text gave Wanjiru Kamau as a person
        name = title_after_winner(name, context.is_person_name) or name
    kind = _KIND_FIRST.match(name)
    opens = kind is not None and not match.string[: match.start("subj")].strip()
    rest_known = kind is not None and context.knows_work(name[kind.end() :])
    if kind and (opens or (rest_known and not context.knows_work(name))):
        name = name[kind.end() :]  # "Documentary Fourteen Summers": what it is, then its title
    anaphor = FILM_ANAPHOR.fullmatch(text.strip())
    not_a_title = (
        name.lower() in names.PRONOUNS
        or name.lower() in names.LEADING_NOISE
        or normalise.country_of(name) is not None  # "a Japanese animated film"
    )
    known = context.knows_work(name)
    at = text.find(name)
    # (even a known name: "Quỷ" met alone, where "Quỷ cổ tháp" is spelt out)
    full = None if at < 0 else context.known_title_at(match.string, match.start("subj") + at, name)
    if full and known and re.search(r"[(),]", full):
        full = None  # (not "Le Dernier Griot (Senegal), dir. Mariama Sy", a line taken whole)
    if full:
        name, known = full, True  # "La" of "La casa de los relojes", a title in sentence case
    if " " not in name:
        # "Daughter" of "was Abay's Daughter (Ye Abay Lij, 1984)": the end of a known title
        before = match.string[: match.start("subj") + max(at, 0)]
        whole = next(
            (
                work.name
                for work in context.works.values()
                if work.name.endswith((f"'s {name}", f"’s {name}"))
                and before.endswith(work.name[: -len(name)])
            ),
            None,
        )
        if whole:
            start = len(before) - (len(whole) - len(name))
            obj = match.start("obj") if "obj" in match.re.groupindex else -1
            if start <= obj < match.start("subj"):
                return None  # "The Postman's Widow" read as the Postman's "Widow": a title
            name, known = whole, True
    before = match.string[: match.start("subj") + max(at, 0)]
    subtitled = (
        before.endswith(": ")
        and next(
            (
                work.name
                for work in context.works.values()
                if work.name.endswith(f": {name}")
                and before.endswith(work.name[: -len(name)])
                # (not a prize's label before its winner: "Special Mention: Ayaz")
                and not re.search(rf"(?i)\b{names.PRIZE_WORD}\b", work.name[: -len(name)])
            ),
            None,
        )
    )
    if subtitled:
        name, known = subtitled, True  # "The Last Fishermen" of "Aral: The Last Fishermen"
    head = None if known else _TITLE_THEN_PLACE.match(name)
    if head and context.knows_work(head["title"]):
        name, known = head["title"], True  # "directed Copper Tide at Studio Kirinoha"
    tail = None if known else after_english_lead(name)
    if tail and tail != name and context.knows_work(tail):
        name, known = tail, True  # "Shooting on Dritaret e Mangalemit": a known title
    if rule.known_subject and (anaphor or not_a_title or not known):
        return None
    opening = match.start("subj") + len(text) - len(text.lstrip())
    if anaphor or _anaphor_at(match.string, opening):
        # "The animated film is based on ...": the film the anaphor itself stands for
        return context.subject_before(sentence, opening + 1)
    if not_a_title:
        return context.subject_before(sentence, match.start())
    if context.film is not None and _names_the_film(name, match, context.film.name):
        if rule.subject is EntityKind.FILM:
            return context.film
        if slugify(name) == context.film.key:
            name = context.film.name  # the source work of the same name: a node of its own
        # (a shorter name is the work's own: the one-shot "Kinmokusei", not "Kinmokusei no Koro")
    if rule.subject is EntityKind.FILM:
        # "the Golden Globe Award for Best Animated Feature Film": never a film
        # (a title the page gave elsewhere stands: "Persimmon Season", a chart's line)
        return None if unlikely_title(name) and not known else Entity(EntityKind.FILM, name)
    work = context.works.get(f"work:{slugify(name)}") or Entity(rule.subject, name)
    context.remember_work(work)
    return work


def _anaphor_at(text: str, at: int) -> bool:
    """ "The animated film" opens here, standing for a film named before; not "the short film
    Rain Tax", which names its own."""
    found = FILM_ANAPHOR.match(text, at)
    return found is not None and _TITLE_NEXT.match(text, found.end()) is None


_TITLE_NEXT = re.compile(r"[ \t]+\p{Lu}")
_MAKERS_OWN_TITLE = re.compile(rf"{names.NAME}['’]s\s+(?P<title>.+)")


def _names_the_film(name: str, match: re.Match[str], film: str) -> bool:
    """True when the subject is the film's name, or its short form after the rest of it:
    "Pinocchio" in "Ana Ruiz's Pinocchio (2022)" when the film is "Ana Ruiz's Pinocchio"."""
    if name.lower() == film.lower() or name.lower() == film.lower().rstrip(".!?"):
        return True  # "lull." loses its full stop to the name's cleaning
    made = _MAKERS_OWN_TITLE.fullmatch(name)
    if made and made["title"].lower() == film.lower():
        return True  # "Šimkutė's Amber Shore": the film, by its maker
    maker = film[: -len(name)] if film.lower().endswith(name.lower()) else ""
    before = match.string[: match.start("subj")]
    return bool(maker.strip()) and before.lower().endswith(maker.lower())


def _relations(rule: Rule, roles: str) -> tuple[Relation, ...]:
    return _role_relations(roles) if rule.role_words else rule.relations


def _label_names_companies(roles: str) -> bool:
    """ "DISTR:", "Distributor:", "Production companies": the label says the names are
    companies, however they look."""
    relations = _role_relations(roles) if roles else ()
    return bool(relations) and all(r in ORG_RELATIONS for r in relations)


_MUSIC_PRODUCED = re.compile(
    r"(?:original )?(?:music|score|songs?)\s+(?:composed|written) and produced"
)


def _role_relations(roles: str) -> tuple[Relation, ...]:
    labels = re.split(r"\s*,\s*", roles)  # "D, SCR, ED: Lotte DE KEYSER"
    if all(label in CATALOGUE_LABELS for label in labels):
        return tuple(dict.fromkeys(r for label in labels for r in CATALOGUE_LABELS[label]))
    lowered = roles.lower()
    key = " ".join(lowered.split())
    if key in CREDIT_KEYS:
        return CREDIT_KEYS[key]  # "Regjia", "Режисер монтажу": a key in another tongue, whole
    if _MUSIC_PRODUCED.match(lowered):
        return (Relation.COMPOSER,)  # "Music composed and produced by X": the music's producer
    if lowered.strip() in ("com", "con", "avec", "mit"):
        return (Relation.CAST_MEMBER,)  # "Com: A, B": a Portuguese listing's "With"
    found: list[Relation] = []
    for word, relations in ROLE_WORDS:
        if word in lowered:
            lowered = lowered.replace(word, " ")
            found.extend(r for r in relations if r not in found)
    return tuple(found)


def _qualifiers(
    rule: Rule,
    groups: dict[str, str],
    context: ArticleContext,
    sentence: str,
    span: tuple[int, int] = (0, 0),
) -> Qualifiers:
    place = values.country(groups.get("place"))
    territory = values.territory(groups.get("territory"))
    when = (
        normalise.parse_date(groups["when"], default_year=_year(context))
        if "when" in groups
        else None
    )
    body_name = groups.get("body")
    if body_name is None and rule.object in ("award", "awards"):
        # "The 48th X Prize ceremony was held ..., where it won the award for Best Y"; the
        # nearest where two are named ("did not win the X Prize for ..., but it won Y at the
        # Mainichi Film Awards")
        named = sorted(
            AWARD_BODY.finditer(sentence),
            key=lambda b: max(b.start() - span[1], span[0] - b.end(), 0),
        )
        body_name = named[0].group(0) if named else None
    body = None
    if body_name:
        body_name = names.clean_name(body_name)
        is_event = re.search(r"(?i)festival|expo", body_name)
        body = Entity(EntityKind.EVENT if is_event else EntityKind.ORGANIZATION, body_name)
    rater = None
    if "rater" in groups:
        rater = Entity(EntityKind.ORGANIZATION, names.clean_name(groups["rater"]))
    elif context.article.kind == "review" and context.article.publisher:
        rater = Entity(EntityKind.ORGANIZATION, context.article.publisher)  # the review's own
    period = groups.get("period")
    if period:
        period = re.sub(r"(?i)^(?:its|the)\s+", "", period).lower()
    return Qualifiers(
        place=place,
        territory=territory,
        point_in_time=when,
        period=period,
        approximate="approx" in groups,
        lower_bound="over" in groups,
        conferred_by=body,
        rated_by=rater,
    )


def _year(context: ArticleContext) -> int | None:
    return context.article.date.year if context.article.date else None


def _objects(
    rule: Rule,
    relation: Relation,
    groups: dict[str, str],
    subject: Entity,
    ctx: ArticleContext,
    qualifiers: Qualifiers,
    sentence: str,
) -> Iterator[tuple[Value, dict]]:
    """(value, extras) pairs; extras carry per-value qualifiers such as an actor's role. The
    rule's `object` names its reader in OBJECT_READERS."""
    return OBJECT_READERS[rule.object](
        Match(relation, groups, groups.get("obj", ""), subject, ctx, qualifiers, sentence)
    )


@dataclass(frozen=True)
class Match:
    """What a reader gets: the relation, the match's groups, the `obj` text, the subject, the
    article's context and the qualifiers read so far."""

    relation: Relation
    groups: dict[str, str]
    text: str
    subject: Entity
    ctx: ArticleContext
    qualifiers: Qualifiers
    sentence: str = ""  # the whole sentence or block the match is in


Reader = Callable[[Match], Iterator[tuple[Value, dict]]]


_WHERE_BASED = re.compile(
    r"(?<=\S\s+\S+)\s+(?:in|from|of)\s+\p{Lu}[\p{L}-]*$|\s+(?:in|from)\s+\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}-]*$"
)


_WHERE_IN_BRACKETS = re.compile(r"[ \t]+\((?:[A-Z]{2}|\p{Lu}[\p{L} ]{2,25})\)?$")


def _agents(kind: str) -> Reader:
    def read(m: Match) -> Iterator[tuple[Value, dict]]:
        listed = names.split_names(m.text) if kind != "person" else [names.clean_name(m.text)]
        # "Caudal Cine (MX), Pampa Sur Films (AR)": where each one is from, not its name
        listed = [_WHERE_IN_BRACKETS.sub("", name) for name in listed]
        if kind == "orgs":  # "Sacrebleu Productions in France", "Estudio Nebli of Valencia"
            listed = [_WHERE_BASED.sub("", name) for name in listed]
        if m.relation in ORG_RELATIONS:  # "ICAIC", which the text spelled out before
            listed = [names.acronyms(m.ctx.article.body).get(name, name) for name in listed]
        # "Almaty-based Qazaq Frame": where a company is based, as no one says of a person
        based = {name for name in listed if f"-based {name}" in m.text}
        # "Cartoon Saloon and Mockingbird Pictures": one company in a list vouches for the rest;
        # not for more people than companies ("Hannah Okafor, Ben Sallis and Northlight
        # Collective": two producers and a company)
        said_companies = sum(map(names.looks_like_organization, listed))
        companies = m.relation in ORG_RELATIONS and (
            0 < said_companies >= sum(map(names.looks_like_person, listed))
            or _label_names_companies(m.groups.get("roles", ""))
            or bool(based)
        )
        if m.relation in PERSON_RELATIONS:
            listed = [name for name in listed if name not in based]
        # "With: Declan Marr, Amara Quist, Bex": full names around a one-word one vouch for it
        people = m.relation in PERSON_RELATIONS and sum(map(names.looks_like_person, listed)) >= 2
        for name in listed:
            if people and _one_word_name(name, m.ctx):
                yield Entity(EntityKind.PERSON, m.ctx.person(name)), {}
                continue
            place = _where_from(name) if companies else ""
            if place:
                m.ctx.dropped.append((name, m.relation.value, place))
                continue
            if companies:
                yield Entity(EntityKind.ORGANIZATION, name), {}
                continue
            entity = _agent(name, m.relation, kind, m.ctx)
            if entity is not None:
                yield entity, {}

    return read


def _read_makers(m: Match) -> Iterator[tuple[Value, dict]]:
    """Who made a film cited as "Amélie (Jean-Pierre Jeunet, 2001)": only where every name
    in the brackets is a person's, for the same brackets also hold another title ("Csigaház
    (Snail House, 2019)", "Festen (Celebration, 1998)")."""
    listed = names.split_names(m.text)
    # (not a title that looks like a name: "Salt Wind | Ireland | 2014", a table's row)
    listed = [name for name in listed if not m.ctx.knows_work(name)]
    # (a bracket's words may be another title; a row's first cell, under its title, not)
    glossed = f"({m.text}" in m.sentence
    if listed and all(
        names.looks_like_person(n) and not (glossed and reads_as_words(n)) for n in listed
    ):
        for name in listed:
            yield Entity(EntityKind.PERSON, m.ctx.person(name)), {}
    else:
        m.ctx.dropped.append((m.text, m.relation.value, "another title, not its makers"))


def _one_word_name(name: str, ctx: ArticleContext) -> bool:
    """A single capitalised word that names no country, company or known work: "Bex"."""
    return (
        " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and not values.country(name)
        and not names.looks_like_organization(name)
        and not ctx.knows_work(name)
    )


def _read_work(m: Match) -> Iterator[tuple[Value, dict]]:
    yield from _work(m.groups, m.subject, m.ctx)


def _read_events(m: Match) -> Iterator[tuple[Value, dict]]:
    for part in re.split(r"\s+and\s+", m.text):
        owner = _EVENT_OWNER.match(part)  # "this year's Harbor Film Festival", "Sundance's"
        if owner and not owner["owner"].endswith(_PLURAL_OWNERS):
            part = part[owner.end() :]  # (not "Kristiansand International Children's ...")
        # "the 71st Cannes Film Festival": the festival, not its edition
        event = names.clean_name(re.sub(r"^\d{1,3}(?:st|nd|rd|th)\s+(?=\p{Lu})", "", part))
        if event:
            # "at Cannes": the festival, by its full name
            yield Entity(EntityKind.EVENT, festival_names().get(event, event)), {}


def _read_own_festival(m: Match) -> Iterator[tuple[Value, dict]]:
    """The festival whose own page this is, by its publisher's name: "★ WORLD PREMIERE – sáb
    16 nov" in the Festival de Cine Austral's programme premieres the film there."""
    article = m.ctx.article
    day = _BADGE_DAY.search(m.text)
    when = day and normalise.parse_date(day[0], default_year=_year(m.ctx))
    if when and article.date and when > article.date:
        return  # "WORLD PREMIERE - Sat 7 February" in a line-up out before the festival
    # its publisher, or a part of its title or of its first lines that names a festival
    heads = [publisher_name(article.publisher), article.title or "", *article.body.split("\n")[:4]]
    for part in (p.strip() for head in heads for p in _HEAD_PARTS.split(head)):
        if _FESTIVAL_WORD.search(part) and len(part.split()) <= 8 and not _DIGIT.search(part):
            festival = names.title_case(part) if part.isupper() else part
            yield Entity(EntityKind.EVENT, festival), {}
            return


@functools.cache
def festival_names() -> dict[str, str]:
    """Festivals' short names and their full ones (`festivals.txt`)."""
    text = resources.files("lookback_kg.extract").joinpath("festivals.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {short: full for short, full in rows}


_FESTIVAL_WORD = re.compile(r"(?i:\bfestival\b|\bfestivalul\b|\bmostra\b|\bfilmfest\b)")
_BADGE_DAY = re.compile(rf"\b\d{{1,2}}[ \t]+(?i:{normalise.MONTHS})(?:[ \t]+\d{{4}})?")
_HEAD_PARTS = re.compile(r"[ \t]+[|–—·/][ \t]+")
_DIGIT = re.compile(r"\d")
_EVENT_OWNER = re.compile(r"(?P<owner>.*?)['’]s?\s+(?=\p{Lu})")
_PLURAL_OWNERS = ("Children", "Women", "People", "Men", "Kids", "Youth")


def _read_award(m: Match) -> Iterator[tuple[Value, dict]]:
    body = m.qualifiers.conferred_by.name if m.qualifiers.conferred_by else None
    # "the Gull Award for Best Director and the Gull Award for Best Editing": two
    for part in _AND_ANOTHER.split(m.text) if " for " in m.text else [m.text]:
        award = _SENTENCE_THE.sub("", names.clean_name(_without_winner(part, m)))
        if len(award.split()) > 1 and not any(c.islower() for c in award):
            award = names.title_case(award)  # "AUDIENCE AWARD", a heading set in capitals
        if award in _PRIZE_ADJECTIVES:
            continue  # "the Golden" of "the golden bear" in a text in lower case: half a name
        if award and (award != body or not unlikely_festival(award)):
            # a body found only by its name's shape may be the award itself ("Nordic Dox Prize")
            yield _award_entity(award, body, m), {}


_PRIZE_ADJECTIVES = frozenset({"Golden", "Silver", "Bronze", "Special", "Best", "Grand"})
# "The Little Anchor Award went to ...": the sentence's article, not the award's name
_SENTENCE_THE = re.compile(r"^The\s+(?=\p{Lu})")
_AND_ANOTHER = re.compile(r",?\s+and\s+(?:the\s+)?(?=\p{Lu}[^,]*\sfor\s)")


_AWARD_WORD = re.compile(
    r"\b(?:Awards?|Prize|Palm|Palme|Lion|Bear|Globe|Leopard|Shell|Oscar|Cristal|Crystal|Medal|"
    r"Trophy|Cup|Grand Prix|Prix|Premio|Prêmio|Preis|Tanit)\b|^(?:Best|Mejor|Melhor|Meilleure?)\b"
    r"|\bfor\s+Best\b"
    r"|^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}\sof\s+the\s+Year\b"  # "Film of the Year", a category
)
_OF_THE_YEAR = re.compile(r"\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}\sof\s+the\s+Year")
_NOT_WON = re.compile(r"(?i)nominat|nominee|shortlist|longlist|candidate|\bnot\b")
# "Winner – X (Kremnica Animation Days)": the award is X
_AWARD_FRAME = re.compile(r"^(?i:won|winner|wins)\b[\s–—:-]*|\s*\([^()]*\)\W*$")
# "... Film in January", "... Prize in Berlin", "... Prize 2019": when or where it was won,
# not the award's name
_TRAILING_YEAR = re.compile(r"\s+(?:in\s+(?:[A-Z][a-z]+|(?:19|20)\d\d)|(?:19|20)\d\d)\W*$")
_LIST_BREAK = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|;\s+(?:the\s+)?|\s+and\s+(?:the\s+)?|\s+·\s+")
# "Mejor Dirección – Competencia Oficial Colombia": the section it was won in, after a dash;
# "Premios Macondo 2023: Mejor Película": the ceremony, before a colon
_SECTION_AFTER = re.compile(
    r"\s+[–—-]\s+(?i:(?:official\s+)?competition|competencia|competição|compétition|"
    r"secci[óo]n|section|sezione)\b.*$"
)
# (not an award's own head before its category: "Directing Award: U.S. Documentary")
_CEREMONY_BEFORE = re.compile(r"^(?![^:]*\b(?:Award|Prize)\b)[^:]{3,60}:\s+(?=\p{Lu})")


_FOR_WHOM = re.compile(r"\s*\((?:for|to)\s[^()]*\)")
# the words of a prize's category, never of its winner's name: "for Animated Feature"
_CATEGORY_WORD = re.compile(
    r"\b(?:Feature|Film|Short|Documentary|Fiction|Animated|Animation|Debut|First|Picture)\b"
)
# ... or after it: "Best Cinematography for Ojārs Vītols", "Best Original Score for composer X"
_FOR_WINNER = re.compile(
    rf"(?<=\b(?:Best|Award|Prize|of\s+the\s+Year)\b.*)\s+for\s+(?P<role>(?:composer|co-writer|writer|director|"
    rf"actor|actress|cinematographer|producer|editor)\s+)?(?!{names.PRIZE_WORD}\b)"
    rf"(?P<who>{names.NAME})\s*$"
)


def _without_winner(award: str, m: Match) -> str:
    """The prize without whom it went to: "Best Actress for Elza Krūmiņa", "Best Screenplay
    for Saar" (a surname of a full name met before), "Best Score for composer X"."""
    winner = _FOR_WINNER.search(award)
    if winner is None or _CATEGORY_WORD.search(winner["who"]):
        return award
    who = winner["who"]
    if winner["role"] or m.ctx.is_person_name(who) or who.lower() in m.ctx.persons:
        return award[: winner.start()]
    return award


def _read_awards(m: Match) -> Iterator[tuple[Value, dict]]:
    """A list of awards won: "the Queer Palm and Best Screenplay Award"; each item must say
    it is an award."""
    body = m.qualifiers.conferred_by.name if m.qualifiers.conferred_by else None
    # (who it went to, in brackets after it: "Best Actor (for Jo Park, who plays Tomás)")
    for part in _LIST_BREAK.split(_FOR_WHOM.sub("", m.text)):
        if _NOT_WON.search(part):
            continue  # "Awards: nominated for the Golden Bear"
        # (the bracket first: "Sembène Prize for Best First Feature (Durban International
        # Film Festival 2024)" names the festival that gives it, and its year)
        part = _CEREMONY_BEFORE.sub("", _SECTION_AFTER.sub("", part))
        part = _TRAILING_YEAR.sub("", _AWARD_FRAME.sub("", part))
        part = _AWARD_FRAME.sub("", part)
        won = _without_winner(part, m).strip()
        # (a role's prize keeps its role: "Director of the Year", not "of the Year")
        award = won if _OF_THE_YEAR.fullmatch(won) else names.clean_name(won)
        if " " not in award:
            continue  # "an Oscar", "the award": not a particular award
        if _AWARD_WORD.search(award) and not unlikely_festival(award):
            # a body found only by its name's shape may be the award itself ("Nordic Dox Prize")
            yield _award_entity(award, body, m), {}


_FESTIVAL = re.compile(
    r"\b(?i:festival|berlinale|biennale)\b|\b(?:Cannes|Venice|Sundance|Locarno)\b"
)


def _award_entity(award: str, body: str | None, m: Match) -> Entity:
    """The award, named as its ceremony's prizes are: "Best Picture" at the Oscars (said in
    the sentence, or in the page's title) is the "Academy Award for Best Picture"."""
    given_at = awards.ceremony(body or m.sentence)
    if given_at is None and body is None and not _FESTIVAL.search(m.sentence):
        given_at = awards.ceremony(m.ctx.article.title or "")  # (not Venice's "Best Screenplay")
    full = awards.full_award_name(award, given_at)
    if full != award:
        return Entity(EntityKind.AWARD, full)
    return Entity(EntityKind.AWARD, award, scope=body if body != award else None)


def unlikely_festival(name: str) -> bool:
    """A festival or ceremony named where an award was expected: "the 79th Academy Awards"."""
    return bool(re.search(r"(?i)\bfestival$|^\d+(?:st|nd|rd|th)\b|\bAwards$", name))


def _read_characters(m: Match) -> Iterator[tuple[Value, dict]]:
    for name in names.split_names(m.text):
        if not m.ctx.is_person_name(name.lower()) and name != m.subject.name:
            yield Entity(EntityKind.CHARACTER, name), {}


# (and in a Romance tongue: "Mejor Actriz Principal (Nelly Uriana)", "Melhor Direção")
_PRIZE_NAME_WORD = re.compile(r"\b(?:Prize|Award|Trophy|Medal)\b")
_PRIZE_CATEGORY = re.compile(
    r"(?:Best|Outstanding|Most|Mejor|Melhor|Meilleure?|Migliore?)[ \t]+\p{Lu}"
)


def _read_cast(m: Match) -> Iterator[tuple[Value, dict]]:
    actors = names.split_names(m.groups.get("actors", ""))
    roles = names.split_names(m.groups.get("characters", ""))
    roles += names.split_names(m.groups.get("characters2", ""))  # "both Yubaba and ... Zeniba"
    if "surname" in m.groups:  # "Wiktor (Kot)": only a surname of a full name met before
        full = m.ctx.persons.get(m.groups["surname"].lower())
        if full is None or full.lower() == roles[0].lower():
            return
        actors = [full]
    capitals = names.writes_surname_in_capitals
    if any(map(capitals, roles)) and not any(map(capitals, actors)):
        actors, roles = roles, actors  # "Suzu Hanamura ...... HONDA Mei": the part, then who
    elif "actors" in m.groups and _parts_come_first(m.sentence):
        actors, roles = roles, actors  # "Lupita ..... Renata Olvera": the list gives parts first
    elif "actors" in m.groups and _billed_elsewhere(m.ctx.article.body, roles, actors):
        # "Holly Martins ..... Joseph Cotten", where a "Cast" row bills Joseph Cotten
        actors, roles = roles, actors
    if any(normalise.country_of(role) for role in roles):
        return  # "as her Korean counterpart": a description, not a character's name
    if any(" " in n and normalise.language_names().get(n.lower()) for n in (*actors, *roles)):
        return  # "Naija (Nigerian Pidgin)": a tongue and its name in English, no actor
    if any(_PRIZE_CATEGORY.match(role) for role in roles):
        return  # "Award for Best Actress (Marta Zielonka)": a prize and its nominee
    if any(CREDIT_LABEL.fullmatch(role) and role.lower() not in _PARTS_TOO for role in roles):
        return  # "Tom Lasker – Screenwriter" in a cast and crew list: a credit, no part
    if any(_PRIZE_NAME_WORD.search(name) for name in actors + roles):
        return  # "the Silver Fishtail (Jury Prize)": a prize and what it is
    other_works = [r for r in roles if m.ctx.knows_work(r) and slugify(r) not in m.subject.key]
    if other_works or any(m.ctx.knows_work(actor) for actor in actors):
        # "Makoto Shinkai (Your Name)": a director and his film; "The Sea Waits (Al-Bahr
        # Yantazir)": a film and its original title; not a role
        return
    if any(names.looks_like_organization(name) for name in (*actors, *roles)):
        return
    if any(w.lower() in names.PLACE_NOUNS for name in (*actors, *roles) for w in name.split()):
        return  # "Lecture Theatre B (Arts Building)": a room, and where it is
    # "The Pomegranate House (Khaneh-ye Anar)": the film and its original title (not "Tuomas
    # Rinne (Captain Pebble)", who voices the title's part)
    voiced_title = len(actors) == 1 and "surname" not in m.groups
    voiced_title = voiced_title and names.looks_like_person(actors[0])
    if roles == [m.subject.name] and " " in m.subject.name and not voiced_title:
        return
    own = {m.subject.name, *(slashed_title(m.subject.name) or ())}  # "Kra / Drift Ice"
    if len(roles) == 1 and roles[0] in own and len(actors) == 1:
        gloss = title_gloss(m.ctx.article.body, roles[0])
        if actors[0] in own or (gloss and actors[0] == gloss[0]):
            return  # "for Kra (Drift Ice)": the one-word title and its gloss
    if actors and f"{m.subject.name} ({actors[0]})" in m.sentence:
        return  # "Daughters of the North Wind (Hijas del Viento Norte)": the title's own words
    articles = names.GLOSS_ARTICLES if roles == [m.subject.name] else names.TITLE_ARTICLES
    if any(actor.split()[0] in articles for actor in actors):
        return  # "The Keeper of Kerlouan (La Gardienne de Kerlouan)": a title and its original
    if any(normalise.country_of(actor) or re.search(r"['’]s\b", actor) for actor in actors):
        return  # "Distributor (South Korea)", a title's translation "(Tomé's Whale)"
    if any(actor.lower() in names.PRONOUNS for actor in actors):
        return  # "She stars as Bridie": someone named before, not a name
    if len(actors) == len(roles):
        yield from _cast_pairs(m, zip(actors, roles, strict=True))
        # "voiced by A in Japanese and B in English": B voices the same character
        also = names.split_names(m.groups.get("also", "")) if len(roles) == 1 else []
        yield from _cast_pairs(m, ((actor, roles[0]) for actor in also))
    elif len(roles) == 1 and len(actors) > 1 and "ages" in m.groups:
        # "Chiyoko is voiced at three ages by A, B and C"
        yield from _cast_pairs(m, ((actor, roles[0]) for actor in actors))
    elif len(actors) == 1 and len(roles) > 1:  # "Mari Natsuki ..... Yubaba / Zeniba"
        yield from _cast_pairs(m, ((actors[0], role) for role in roles))


# credit words that are a story's parts too: Stalker's "Writer", a newsroom's "Editor"
_PARTS_TOO = frozenset({"writer", "editor"})


def _cast_pairs(m: Match, pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[Value, dict]]:
    """Each actor, with the part they play as the fact's character."""
    for actor, role in pairs:
        person = Entity(EntityKind.PERSON, m.ctx.person(actor))
        m.ctx.remember_person(person.name)
        yield person, {"character": Entity(EntityKind.CHARACTER, role)}


def _billed_elsewhere(body: str, roles: list[str], actors: list[str]) -> bool:
    """True when a cast line of the page ("Cast: A, B, C", "it stars A and B") bills the names
    a list pairs as parts, and none of those it pairs as actors."""
    billed = _cast_lines(body)

    def named(name: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", billed) is not None

    return bool(roles) and all(map(named, roles)) and not any(map(named, actors))


@functools.lru_cache(maxsize=8)
def _cast_lines(body: str) -> str:
    # (its parts in brackets are not billed: "Risikat Alade (Mama Tinuke)")
    return re.sub(r"\([^()\n]*\)", "", "\n".join(m.group() for m in _CAST_LINE.finditer(body)))


_CAST_LINE = re.compile(
    r"(?im)^[ \t|]*(?:cast|starring|stars|with)[ \t]*(?:[:|]|\.{2,})[^\n]*,[^\n]*$"
    # (or a sentence that bills them: "The drama stars Lurdes Chongo and Jaime Sitoe")
    r"|\b(?-i:stars|starring)[ \t]+(?-i:\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)*"
    r"(?:(?:,|,?[ \t]and)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)*)*)"
)


@functools.lru_cache(maxsize=64)
def _parts_come_first(block: str) -> bool:
    """True when a cast list's lines put the part first: more of its lines pair one word with
    a full name ("Lupita ..... Renata Olvera") than a full name with one word ("Kaori Mina –
    Mira"). Where each side is a full name, the side where three share a surname is the parts'
    ("Marit Thormählen – Johanna Ilgner", "Rike Thormählen – ...", "Henning Thormählen – ...").

    >>> _parts_come_first("VOICE CAST\\nLupita ..... Renata Olvera\\nPancho ..... Emilio Sol")
    True
    >>> _parts_come_first("Cast\\nKaori Mina – Mira\\nJon Vale – Sol\\nAbuelo Chuy – Ren Oda")
    False
    """
    found = _LIST_PAIR.findall(block)
    pairs = [(len(a.split()), len(b.split())) for a, _, b in found]
    parts_first = sum(1 for left, right in pairs if left == 1 and right >= 2)
    # (or a part with what it is, "Kōda, the postman ..... Ren Mizushima", or a surname in
    # capitals after it, "Suzu ..... HONDA Mei")
    parts_first += sum(1 for a, said, b in found if said or names.writes_surname_in_capitals(b))
    actors_first = sum(1 for left, right in pairs if left >= 2 and right == 1)
    if parts_first == actors_first == 0 and len(found) > 2:
        # each side a full name: a family's surname, on one side only, is the story's
        left = Counter(a.split()[-1] for a, _, b in found if " " in a)
        right = Counter(b.split()[-1] for a, _, b in found if " " in b)
        return max(left.values(), default=0) >= 3 and max(right.values(), default=0) == 1
    return parts_first > actors_first


_LIST_PAIR = re.compile(
    r"(?m)^[ \t]*(?:[•·*▪◦‣-][ \t]*)?(\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*)*)"
    r"(,[ \t]+(?:the|a|an)[ \t]+[^\n–—.]{1,40}?)?[ \t]*(?:[–—]|-(?=[ \t])|\.{2,})[ \t]*"
    r"(\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*)*)"
    r"[ \t]*$"
)


def _read_billing(m: Match) -> Iterator[tuple[Value, dict]]:
    """Billed actors, some with their part: "Ajay Devgn, Alia Bhatt (as Sita) and ..."."""
    for billed in names.BILLED_RE.finditer(m.text):
        person = _agent(names.clean_name(billed["actor"]), m.relation, "persons", m.ctx)
        if person is None:
            continue
        m.ctx.remember_person(person.name)
        role = billed["role"]
        yield person, ({"character": Entity(EntityKind.CHARACTER, role)} if role else {})


# a list's next line, perhaps after its bullet: "Georgia", then "• Poland"
_LINE_ITEM = r"[ \t]*\n[ \t]*(?:[•·▪◦*-][ \t]*)?"


def _read_countries(m: Match, keyed: bool = False) -> Iterator[tuple[Value, dict]]:
    # "Latvia / France / Belgium", "Colombia, Venezuela and Argentina"
    for part in re.split(
        rf"\s*[,/·;]\s*|{_LINE_ITEM}|\s+and\s+(?!Herzegovina|Tobago|Barbuda|Nevis)", m.text
    ):
        country = values.country(part, keyed)
        if country:
            yield country, {}
        elif "-" in part or "–" in part:  # "Egyptian-Tunisian"; not "Guinea-Bissau", whole
            for half in re.split(r"\s*[-–]\s*", part):
                country = values.country(half, keyed)
                if country:
                    yield country, {}


# (a foreign name in Hangul keeps its space: "야마모토 사키"; a part its word for "as":
# "박서윤(수아 역)", "(美奈役)")
_CJK_ITEM = re.compile(
    r"(?P<name>[^、，,／/（）()\s]{2,16}(?:[ ][^、，,／/（）()\s]{2,8})?)"
    r"(?:[ \t]*[（(](?P<part>[^（）()\n]{1,12}?)(?:[ ]?(?:역|役))?[)）])?"
)
_CJK_NAME = re.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・]{2,16}(?: [\p{Hangul}]{2,8})?"
)


def _read_cjk_names(m: Match) -> Iterator[tuple[Value, dict]]:
    """Names on a Chinese, Japanese or Korean credit line ("主演：陳品蓁、黃世傑"): no spaces,
    no capitals, a list mark of their own; a voice's part in brackets ("小野寺真央（美奈）")."""
    kind = EntityKind.ORGANIZATION if m.relation in ORG_RELATIONS else EntityKind.PERSON
    for item in _CJK_ITEM.finditer(m.text):
        if not _CJK_NAME.fullmatch(item["name"]):
            continue
        part = item["part"] if m.relation is Relation.CAST_MEMBER else None
        if part and not _CJK_NAME.fullmatch(part):
            part = None  # "（特別出演）", a note, no part
        yield (
            Entity(kind, item["name"]),
            ({"character": Entity(EntityKind.CHARACTER, part)} if part else {}),
        )


# Names in a script without capitals, on a credit line under a key ("संगीत: अमित त्रिवेदी,
# प्रीतम", "بازیگران: لیلا حاتمی و پیمان معادی"): the items between list marks or the word
# for "and", each one to four words of the script; a part in brackets is dropped
_UNCASED_WORD = (
    r"[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Malayalam}"
    r"\p{Kannada}\p{Sinhala}\p{Arabic}\p{Hebrew}\p{Thai}\p{Georgian}\u200c\u200d]+"
)
_UNCASED_NAME = re.compile(rf"{_UNCASED_WORD}(?:[ ]{_UNCASED_WORD}){{0,3}}")
_UNCASED_LIST = re.compile(
    r"\s*[,،、;/]\s*|\s+(?:और|एवं|এবং|ਅਤੇ|અને|மற்றும்|మరియు|ಮತ್ತು|കൂടാതെ|و|และ|და)\s+"
)


def _read_uncased_names(m: Match) -> Iterator[tuple[Value, dict]]:
    """Names in a script without capitals. Where the key may name a company or a producer
    ("Production"), nothing tells which a name is, so none is read."""
    kinds = {r in ORG_RELATIONS for r in _role_relations(m.groups.get("roles", ""))}
    if len(kinds) > 1:
        return
    kind = EntityKind.ORGANIZATION if m.relation in ORG_RELATIONS else EntityKind.PERSON
    for item in _UNCASED_LIST.split(m.text):
        item = re.sub(r"\s*[(（][^()（）]*[)）]", "", item).strip(" .।")
        if _UNCASED_NAME.fullmatch(item):
            yield Entity(kind, item), {}


def _read_keyed_countries(m: Match) -> Iterator[tuple[Value, dict]]:
    """Countries under a key that says they are ("Paese: Italia, Francia")."""
    return _read_countries(m, keyed=True)


def _read_country(m: Match) -> Iterator[tuple[Value, dict]]:
    country = values.country(m.text)
    if country:
        yield country, {}


def _read_languages(m: Match) -> Iterator[tuple[Value, dict]]:
    """ "Spanish, Mixtec", "Japanese / Korean / Mandarin", "Danish with English subtitles"."""
    # (not the dubs: "Telugu — also available dubbed in Hindi and Tamil")
    for line in re.split(_LINE_ITEM, m.text):  # "Georgian", then "Bats", a line each
        yield from _spoken_languages(line)


def _spoken_languages(text: str) -> Iterator[tuple[Value, dict]]:
    # (but "mostly Tagalog with some Waray" speaks both)
    spoken = re.split(r"(?i)\s+with\s+(?!some\b|a little\b)|\(|\s+[—–]\s+|\bdubbed\b", text)[0]
    for part in re.split(r"\s*(?:,|/|;|\band\b|&|\bwith (?:some|a little)\b)\s*", spoken):
        word = part.strip().lower()
        language = normalise.language_names().get(word) or normalise.RULE_LANGUAGES.get(word)
        if language:
            yield Entity(EntityKind.LANGUAGE, language), {}


def _read_language(m: Match) -> Iterator[tuple[Value, dict]]:
    language = normalise.language_names().get(m.text.lower())
    if language:
        yield Entity(EntityKind.LANGUAGE, language), {}


# a quote under its speaker's name and role, the role none of the film's makers': 'Dr. Samir
# Abdel-Latif, chair of the committee: "... a meditation on loss."' (GOLD.md: another's
# reading of the film is not its theme; its director's is)
_OTHERS_QUOTED = re.compile(
    r"^(?P<speaker>\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,4}),[ \t]+"
    r"(?!(?:the[ \t]+|its[ \t]+)?(?:film['’]s[ \t]+)?(?:co-)?"
    r"(?:director|writer|screenwriter|filmmaker|writer-director|creator)\b|\p{Ll}+ing\b)"
    # (however long the description: "Rosa Álvarez, who runs the café ... every morning,
    # has her own view:")
    r"\p{Ll}[^:\"“\n]{0,160}:"
    r"[ \t]*[\"“]"
)
# ... a reading someone else signs, or a reader gives as their own, or a role that made
# nothing describes: '"... really about grief." – Annie M.', "To me, ... it is a film about
# mortality", 'the applicant describes the work as "a story about forgiveness"'
_OTHERS_READING = re.compile(
    r"[\"”][ \t]*[–—-][ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}[ \t]*$"
    r"|^(?:To|For)[ \t]+me,|^(?i:personally|in[ \t]+my[ \t]+(?:view|opinion)),"
    r"|\b(?:[Tt]he|[Aa]n?)[ \t]+(?!(?:co-)?(?:director|writer|screenwriter|filmmaker|"
    r"writer-director|creator)\b)\p{Ll}+[ \t]+(?:describes|described|calls|called)[ \t]+"
    r"(?:the[ \t]+(?:work|film|picture)|it)[ \t]+(?:as[ \t]+)?[\"“]"
    # "Some parents in our community feel the movie is really about climate anxiety"
    r"|\b(?i:some|many|several|a[ \t]+few)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}"
    r"(?:feel|think|say|argue|believe|suggest|read)[ \t]+(?:that[ \t]+)?"
    r"(?:the[ \t]+(?:movie|film)|it)[ \t]+(?:is|was)[ \t]+(?:really[ \t]+|actually[ \t]+)?about\b"
    # "the governor told the audience that she saw it as 'a film about hope'" (not "I see it
    # as", the maker's own word)
    r"|(?<!\b(?i:I|we)[ \t]+)\b(?:saw|sees|see|read|reads)[ \t]+(?:it|the[ \t]+film)[ \t]+as[ \t]"
)


def _read_themes(m: Match) -> Iterator[tuple[Value, dict]]:
    quoted = _OTHERS_QUOTED.match(m.sentence)
    if quoted and not set(quoted["speaker"].split()) & directors_words(m.ctx.article.body):
        return  # (the director may speak so: "Lennox, who is ... a consultant, said:")
    if _OTHERS_READING.search(m.sentence):
        return
    for line in re.split(_LINE_ITEM, m.text):  # "isolation", then "tradition", a line each
        for theme in values.themes(line):
            yield Entity(EntityKind.THEME, theme), {}


def _read_date(m: Match) -> Iterator[tuple[Value, dict]]:
    value = normalise.parse_date(m.text, default_year=_year(m.ctx))
    if value:
        yield value, {}


def _read_money(m: Match) -> Iterator[tuple[Value, dict]]:
    # (the body as the page to settle a shared currency word by: no copy made per match)
    yield from values.money_values(m.groups, m.ctx.article.body)


def _read_duration(m: Match) -> Iterator[tuple[Value, dict]]:
    text = m.text.rstrip("'’′")  # "102'": minutes, as festival catalogues write them
    text = f"{text} minutes" if text.isdigit() else text  # "Running time: 124"
    value = normalise.parse_duration(text)
    if value and 1 <= value.minutes <= 600:
        yield value, {}


def _read_score(m: Match) -> Iterator[tuple[Value, dict]]:
    # (a bare average beside stars is out of five, as the stars are: "★★★★ · Reelog avg 3.9")
    text = f"{m.text}/5" if m.groups.get("beside_stars") else m.text
    rating = values.rating(text, m.groups.get("count"))
    if rating:
        yield rating, {}


def _read_class(m: Match) -> Iterator[tuple[Value, dict]]:
    for line in re.split(_LINE_ITEM, m.text):  # "Drama", then "Mystery", a line each
        yield from values.classes(m.relation, line)


def _read_listing(m: Match) -> Iterator[tuple[Value, dict]]:
    wanted = {
        Relation.COUNTRY_OF_ORIGIN: "country",
        Relation.DURATION: "duration",
        Relation.ORIGINAL_LANGUAGE: "language",
        Relation.INSTANCE_OF: "class",
        Relation.GENRE: "genre",
    }
    # read once per line for all the relations the rule asks (cached); never changed here
    for value in dict.fromkeys(values.listing_line(m.text)[wanted[m.relation]]):
        yield value, {}


OBJECT_READERS: dict[str, Reader] = {
    **{
        kind: _agents(kind)
        for kind in ("person", "persons", "agent", "company", "orgs", "named_company")
    },
    "makers": _read_makers,
    "work": _read_work,
    "events": _read_events,
    "own_festival": _read_own_festival,
    "award": _read_award,
    "awards": _read_awards,
    "characters": _read_characters,
    "cast": _read_cast,
    "billing": _read_billing,
    "countries": _read_countries,
    "keyed_countries": _read_keyed_countries,
    "cjk_names": _read_cjk_names,
    "uncased_names": _read_uncased_names,
    "country": _read_country,
    "language": _read_language,
    "languages": _read_languages,
    "themes": _read_themes,
    "date": _read_date,
    "money": _read_money,
    "duration": _read_duration,
    "score": _read_score,
    "class": _read_class,
    "listing": _read_listing,
}


_TIME_WORD = re.compile(
    rf"(?i:{normalise.MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"christmas|easter|new year|the holidays|summer|winter|spring|autumn|fall)"
)


# One-word names of regions, as adjectives: never a company's whole name
_REGION_WORDS = frozenset(
    "nordic scandinavian baltic balkan european asian african american arab latin "
    "caribbean pacific oriental".split()
)


def _where_from(name: str) -> str:
    """Why a name is a place or where something is from, not a company; "" if it is not:
    "Japan", "Finnish", "Nordic" (of "nordic cone releasing", a blog in lower case)."""
    if values.country(name):
        return "a country, not a company"
    if name.lower() in normalise.DEMONYMS or name.lower() in _REGION_WORDS:
        return "where something is from, not a company"
    return ""


def _agent(name: str, relation: Relation, kind: str, ctx: ArticleContext) -> Entity | None:
    entity, why = _agent_or_why(name, relation, kind, ctx)
    if entity is None and why:
        ctx.dropped.append((name, relation.value, why))
    return entity


def _is_site(name: str, ctx: ArticleContext) -> bool:
    """The name of the page's own site, printed over a review: "FAR EAST FRAMES · Reviews ·
    Taiwan" on Far East Frames."""
    site = slugify(publisher_name(ctx.article.publisher))
    return bool(site) and slugify(name) == site


def _agent_or_why(
    name: str, relation: Relation, kind: str, ctx: ArticleContext
) -> tuple[Entity | None, str]:
    """A person or company for the relation, or why the name is neither."""
    if not name or name.lower() in names.PRONOUNS or name.lower() in names.LEADING_NOISE:
        return None, ""
    if relation in ORG_RELATIONS:
        if _TIME_WORD.fullmatch(name):  # "played through August", "through Christmas"
            return None, "a time, not a company"
        place = _where_from(name)
        if place:
            return None, place
        if kind == "named_company":  # the text says it is one: "the Riga company Dream Well"
            return (Entity(EntityKind.ORGANIZATION, name), "") if name[:1].isupper() else (None, "")
        single_unknown = " " not in name and name.lower() not in ctx.persons
        if names.looks_like_organization(name) or single_unknown:
            return Entity(EntityKind.ORGANIZATION, name), ""
        return None, "looks like a person's name, and nothing says it is a company"
    if relation in PERSON_RELATIONS:
        # (a crew credit in capitals is a person's: "Editor   ANNE-SOPHIE CÔTÉ")
        crew = relation in _CREW and names.shouted_name(name) and not _is_site(name, ctx)
        if names.looks_like_organization(name) and not crew:
            return None, "looks like a company's name"
        if values.country(name):
            return None, "a country, not a person"
        if name.startswith("The ") and ctx.knows_work(name):
            return None, "a film the text names"  # "Cinematography: The Brutalist", a winner
        full = ctx.person(name)
        if " " not in full:
            return None, "one word, and no full name with that surname was met before"
        ctx.remember_person(full)
        return Entity(EntityKind.PERSON, full), ""
    return None, ""


def _work(groups: dict[str, str], subject: Entity, ctx: ArticleContext) -> Iterator[tuple]:
    extra = {"work_class": groups.get("wclass", ""), "author": groups.get("author")}
    if "obj" not in groups and not groups.get("same_name") and ctx.source_work is not None:
        # "an adaptation of Collodi's novel": the source the text names elsewhere, if it does
        # (the first pass learns it); else, as adaptations are, taken to share the film's name
        yield ctx.source_work, extra
        return
    title = names.clean_name(groups["obj"]) if "obj" in groups else subject.name
    if not title or (ctx.film and title.lower() == ctx.film.name.lower() and "obj" in groups):
        title = subject.name
    work = ctx.works.get(f"work:{slugify(title)}") or Entity(EntityKind.WORK, title)
    ctx.remember_work(work)
    if subject == ctx.film:
        ctx.source_work = work
    yield work, extra


def _facts(
    rule: Rule,
    subject: Entity,
    relation: Relation,
    value: Value,
    qualifiers: Qualifiers,
    extra: dict,
    evidence: Evidence,
    ctx: ArticleContext,
) -> list[Fact]:
    if isinstance(value, Entity) and value == subject:
        return []
    if "character" in extra:
        qualifiers = Qualifiers(**{**qualifiers.__dict__, "character": extra["character"]})
    if "approximate" in extra:
        qualifiers = Qualifiers(**{**qualifiers.__dict__, "approximate": extra["approximate"]})
    if relation is not Relation.BOX_OFFICE:
        qualifiers = Qualifiers(
            **{**qualifiers.__dict__, "approximate": False, "lower_bound": False, "period": None}
        )
    if relation is not Relation.REVIEW_SCORE:
        qualifiers = Qualifiers(**{**qualifiers.__dict__, "rated_by": None})
    if relation is not Relation.PUBLICATION_DATE:
        qualifiers = Qualifiers(**{**qualifiers.__dict__, "place": None})
    facts = [Fact(subject, relation, value, evidence, rule.id, qualifiers)]
    if "character" in extra:  # a role played is also a character of the film
        facts.append(Fact(subject, Relation.CHARACTER, extra["character"], evidence, rule.id))
    if isinstance(value, Entity) and value.kind is EntityKind.PERSON:
        ctx.remember_person(value.name)
    if relation is Relation.BASED_ON and isinstance(value, Entity):
        for work_class, _ in values.classes(Relation.INSTANCE_OF, extra.get("work_class", "")):
            facts.append(Fact(value, Relation.INSTANCE_OF, work_class, evidence, rule.id))
        author = extra.get("author")
        if author:
            person = Entity(EntityKind.PERSON, ctx.person(names.clean_name(author)))
            if " " in person.name and not names.looks_like_organization(person.name):
                ctx.remember_person(person.name)
                facts.append(Fact(value, Relation.AUTHOR, person, evidence, rule.id))
    return facts
