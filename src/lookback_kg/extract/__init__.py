"""Article text -> facts, each with its evidence and the rule that read it.

The pipeline inside: split sentences, find the film the article is about, run every rule of
`patterns.toml` on every sentence, drop matches in a negated or hedged clause, and turn each
remaining match into typed facts. Two passes: the first only learns names (people met in full,
works named), so the second can resolve a surname or a work mentioned before it was introduced.
Award lists (a category alone on its line, its films under it) are read whole by awards.py:
there a line's meaning hangs on the line above it.

>>> from lookback_kg.articles import parse_article
>>> art = parse_article("source: urn:x\\ntitle: Tide\\n\\nTide (2020) is a French film "
...                     "directed by Anne Marie Roux. Tide runs 95 minutes.\\n")
>>> [(f.relation.value, f.object.name) for f in extract_facts(art)
...  if f.relation.value == "director"]
[('director', 'Anne Marie Roux')]
"""

from __future__ import annotations

import dataclasses
import functools
import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass

import regex as re
from anyascii import anyascii

from lookback_kg.extract import awards, casing, names, normalise
from lookback_kg.extract.awards import Entry, read_award_lists
from lookback_kg.extract.context import (
    ArticleContext,
    entries_maker,
    find_film,
    find_film_year,
    header_full_title,
    other_films,
    score_films,
    slashed_title,
    title_gloss,
    title_pattern,
    unlikely_title,
    year_tagged_films,
)
from lookback_kg.extract.interpret import (
    directors_words,
    interpret_match,
    is_hedged,
    is_opinion,
)
from lookback_kg.extract.rules import Rule, load_rules
from lookback_kg.extract.sentences import (
    Span,
    join_label_lines,
    rejoin_after_title,
    split_sentences,
    unwrapped,
    without_cjk_glosses,
    without_emphasis,
    without_runaway_words,
    without_speaker_labels,
    without_value_glosses,
)
from lookback_kg.extract.tables import PAGE_FILM, Cell, table_titles, with_table_cells
from lookback_kg.model import (
    Article,
    Duration,
    Entity,
    EntityKind,
    Evidence,
    Fact,
    Qualifiers,
    Relation,
    WorkClass,
    slugify,
)
from lookback_kg.relations import RELATIONS

__all__ = ["Explanation", "explain", "extract_facts", "extract_many"]


def extract_facts(article: Article, rules: tuple[Rule, ...] | None = None) -> list[Fact]:
    """All facts an article asserts, in text order, without duplicates."""
    return _extract(article, rules)[0]


def extract_many(articles: Sequence[Article], processes: int | None = None) -> list[list[Fact]]:
    """Each article's facts, in the articles' order. Articles are read independently, so a
    batch is shared among forked processes, one per core unless `processes` says otherwise:
    a build of many articles uses the whole machine. The facts are the same bytes either way.
    A small batch, or a system without fork, is read here, one article after another."""
    processes = _cores() if processes is None else processes
    if (
        processes < 2
        or len(articles) < _WORTH_FORKING
        or "fork" not in multiprocessing.get_all_start_methods()
        or multiprocessing.current_process().daemon  # a daemon (a pool's worker) may not fork
    ):
        return [extract_facts(article) for article in articles]
    global _batch
    load_rules()  # compiled once, before the fork: every process inherits them
    _batch = articles  # inherited too, so only the facts travel back through a pipe
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            chunk = max(1, len(articles) // (processes * 8))
            return pool.map(_extract_nth, range(len(articles)), chunksize=chunk)
    finally:
        _batch = ()


_WORTH_FORKING = 16  # below this many articles, starting processes costs more than it gives
_batch: Sequence[Article] = ()


def _extract_nth(number: int) -> list[Fact]:
    return extract_facts(_batch[number])


def _cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Explanation:
    """Why extraction read an article as it did: the film chosen among its candidates, the
    other films known from the start, the sections headings opened, and the names a reader
    read but dropped, each with why."""

    film: str | None
    candidates: tuple[tuple[str, int], ...]  # (name, score), best first
    other_films: tuple[str, ...]
    sections: tuple[str, ...]
    dropped: tuple[tuple[str, str, str], ...]  # (name, relation, why)

    def text(self) -> str:
        lines = [f"film: {self.film or '(none found)'}"]
        lines += [f"  candidate {name!r}: score {score}" for name, score in self.candidates]
        lines += [f"other film known from the start: {name}" for name in self.other_films]
        lines += [f"section: {name}" for name in self.sections]
        lines += [f"dropped {name!r} for {rel}: {why}" for name, rel, why in self.dropped]
        return "\n".join(lines) + "\n"


def explain(article: Article) -> Explanation:
    """What `extract --explain` prints (see Explanation)."""
    facts, context, sentences = _extract(article, None)
    kept = {f.object.name for f in facts if isinstance(f.object, Entity)}
    scores, forms, _ = score_films(article, sentences)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:8]
    return Explanation(
        film=context.film.name if context.film else None,
        candidates=tuple((forms[key].most_common(1)[0][0], score) for key, score in ranked),
        other_films=tuple(e.name for e in other_films(article, sentences, context.film)),
        sections=tuple(context.headings),
        # a name kept for another relation ("produced by Studio Wren": a company, not a
        # producer) was not lost
        dropped=tuple(d for d in dict.fromkeys(context.dropped) if d[0] not in kept),
    )


def _extract(
    article: Article, rules: tuple[Rule, ...] | None
) -> tuple[list[Fact], ArticleContext, list[Span]]:
    plain = without_value_glosses(without_cjk_glosses(without_emphasis(article.body)))
    plain = unwrapped(without_runaway_words(without_speaker_labels(plain)))
    title = without_cjk_glosses(article.title or "")
    if title != (article.title or ""):  # "The Sea-Wind Pharmacy 海風藥局 | Press Kit"
        article = dataclasses.replace(article, title=re.sub(r"[ \t]+", " ", title).strip())
    if casing.reads_lower_case(plain):  # "akira is the 1988 japanese animated film ..."
        plain = casing.with_capitals(plain)
    if plain != article.body:  # read without Markdown's marks, quoted from the stored body
        facts, context, sentences = _extract(dataclasses.replace(article, body=plain), rules)
        return [_quoted_from(article.body, plain, fact) for fact in facts], context, sentences
    rules = load_rules() if rules is None else rules
    sentences = join_label_lines(article.body, split_sentences(article.body))
    film = find_film(article, sentences)
    if film is not None:
        sentences = rejoin_after_title(article.body, sentences, film.name)
    context = ArticleContext(article=article, film=film)
    context.film_year = find_film_year(article.body, film)
    context.prime_persons(sentences)
    context.prime_films(article.body)
    for other in other_films(article, sentences, film):
        context.remember_work(other)
    lineup = awards.read_lineup(article.body)
    shorts = awards.read_supporting_shorts(article.body)
    award_entries = tuple(
        # "NARUT-BAE / THE LAST FERRY": the title, its gloss after a slash
        dataclasses.replace(entry, title=entry.title.partition(" / ")[0])
        if slashed_title(names.title_case(entry.title) if entry.title.isupper() else entry.title)
        else entry
        for entry in read_award_lists(article.body) + lineup + shorts
    )
    for entry in award_entries:  # later sentences may name them: "Rumah Sunyi, a ghost story"
        if not unlikely_title(entry.title):
            context.remember_work(Entity(EntityKind.FILM, entry.title))
    found = _matches(
        with_table_cells(article.body, sentences), rules, directors_words(article.body)
    )
    # first pass: learn the works sentences name later ("the first pass learns it"); the
    # people were learnt by prime_persons
    _run(context, [(s, [(r, m) for r, m in ms if r.teaches_works]) for s, ms in found])
    context.dropped.clear()  # what the second pass drops is what the reader finally dropped
    facts = _run(context, found)
    if context.film is not None:
        facts.extend(_title_fact(context, sentences))
    facts.extend(_entries_by_their_maker(context, facts, sentences))
    facts.extend(_entries_by_their_studio(context, sentences))
    facts.extend(_entries_by_country(context))
    facts = _makers_films(article.body, facts, lineup)
    facts = _without_others_details(facts, (*lineup, *shorts))
    facts.extend(_award_list_facts(context, award_entries))
    facts = _slashed_titles(context, facts)
    facts = _events_in_full(article.body, facts)
    facts.extend(_gloss_titles(context, facts))
    facts = _glosses_as_the_film(context, facts)
    facts = _summary_title_as_the_film(context, facts)
    glossed = _glossed_line_by_line(context, facts)
    facts = _transliterations_as_the_film(context, facts, glossed)
    facts = _transliterated_names(context, facts)
    facts = _people_of_glosses(context, facts, glossed)
    facts.extend(_types_from_names(facts))
    facts.extend(_types_from_credits(facts))
    facts.extend(_types_from_prizes(facts))
    facts.extend(_shorts_by_runtime(facts))
    facts = _animation_as_a_class(facts)
    facts = _full_character_names(facts, context.full_names)
    facts = _parts_not_players(facts)
    facts = _not_yet_released(facts, context)
    facts = _first_releases(facts)
    facts = _corrected_runtimes(facts)
    roles = {(f.subject, f.object, f.evidence.start) for f in facts if f.qualifiers.character}
    facts = [  # "Elmer, voiced by X": the cast fact with the role makes the bare one redundant
        f
        for f in facts
        if not (
            f.relation is Relation.CAST_MEMBER
            and f.qualifiers.character is None
            and (f.subject, f.object, f.evidence.start) in roles
        )
    ]
    scoped = {  # "On its first day, it managed to earn $436,000": the figure is the day's
        (f.subject, f.object, f.evidence.start)
        for f in facts
        if f.relation is Relation.BOX_OFFICE and f.qualifiers.period
    }
    facts = [
        f
        for f in facts
        if not (
            f.relation is Relation.BOX_OFFICE
            and not f.qualifiers.period
            and (f.subject, f.object, f.evidence.start) in scoped
        )
    ]
    full_title = header_full_title(article, context.film) if context.film else None
    if full_title is not None:  # "Caju", written in full only in the page title
        named = Entity(EntityKind.FILM, full_title)
        facts = [
            dataclasses.replace(fact, subject=named) if fact.subject == context.film else fact
            for fact in facts
        ]
    unique: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.qualifiers, fact.evidence.start)
        unique.setdefault(key, fact)
    return sorted(unique.values(), key=_order), context, sentences


def _quoted_from(body: str, plain: str, fact: Fact) -> Fact:
    """The fact with its evidence quoted from `body`, the marks blanked in `plain` at its ends
    taken in: "**Director:** Itzel Carranza", not "Director:** Itzel Carranza"."""
    start, end = fact.evidence.start, fact.evidence.end
    while start > 0 and plain[start - 1] == " " and body[start - 1] in "*_":
        start -= 1
    while end < len(body) and plain[end] == " " and body[end] in "*_":
        end += 1
    evidence = dataclasses.replace(fact.evidence, quote=body[start:end], start=start, end=end)
    return dataclasses.replace(fact, evidence=evidence)


_Found = list[tuple[Span, list[tuple[Rule, "re.Match[str]"]]]]


def _matches(
    sentences: list[Span], rules: tuple[Rule, ...], directors: frozenset[str] = frozenset()
) -> _Found:
    """Every unhedged rule match, per sentence. Matching depends on the text alone, so both
    passes share it rather than running every rule over the article twice."""
    found: _Found = []
    by_word, by_ascii_word, always = _rules_by_trigger_word(rules)
    for sentence in sentences:
        matches = []
        lowered = sentence.text.lower()
        # each trigger word is looked for once per sentence, not once per rule that names it,
        # and only the rules whose words are there are visited (in an ASCII sentence, as most
        # are, not the words of other scripts, some hundreds)
        tried = set(always)
        for word, numbers in (by_ascii_word if lowered.isascii() else by_word).items():
            if word in lowered:
                tried.update(numbers)
        for number in sorted(tried):
            rule = rules[number]
            trigger = rule.trigger
            if trigger is not None:
                if trigger.words is None and not trigger.holds(sentence.text, lowered):
                    continue
                if trigger.also and not trigger.also_hold(lowered):
                    continue
            for match in rule.pattern.finditer(sentence.text, overlapped=False):
                hedged = not rule.in_noun_phrase and is_hedged(sentence.text, match)
                if not hedged and not is_opinion(rule, sentence.text, match, directors):
                    matches.append((rule, match))
        found.append((sentence, matches))
    return found


@functools.lru_cache(maxsize=4)
def _rules_by_trigger_word(
    rules: tuple[Rule, ...],
) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Each trigger word with the numbers of the rules it lets run (all of them, and the
    ASCII ones alone), and the rules that run whatever the words (no trigger, or a trigger
    that is a pattern)."""
    by_word: dict[str, list[int]] = {}
    always = []
    for number, rule in enumerate(rules):
        if rule.trigger is None or rule.trigger.words is None:
            always.append(number)
            continue
        for word in rule.trigger.words:
            by_word.setdefault(word, []).append(number)
    every = {word: tuple(numbers) for word, numbers in sorted(by_word.items())}
    ascii_only = {word: numbers for word, numbers in every.items() if word.isascii()}
    return every, ascii_only, tuple(always)


def _run(context: ArticleContext, found: _Found) -> list[Fact]:
    facts: list[Fact] = []
    context.topic = context.section = context.opened_with = None
    context.new_paragraph()
    body = context.article.body
    previous_end = 0
    row_films: dict[int, set[str]] = {}  # the films each table row's cells are said of
    for sentence, matches in found:
        if _BLANK_LINE.search(body, previous_end, sentence.start):
            context.new_paragraph()
        previous_end = sentence.end
        if isinstance(sentence, Cell):  # "Director: Ana Ruiz", of its row's or column's film
            facts.extend(_cell_facts(context, sentence, matches))
            row_films.setdefault(sentence.start, set()).add(sentence.film)
            continue
        last_row = row_films.get(max(row_films)) if row_films else None
        line_start = body.rfind("\n", 0, sentence.start) + 1
        indented = body[line_start : sentence.start + 1][:1] in (" ", "\t")
        if last_row is not None and len(last_row) == 1 and indented and PAGE_FILM not in last_row:
            # "   Director: Adaeze Okonkwo-Bello" under a row of one film: that film's, up to
            # the paragraph's end
            film = Entity(EntityKind.FILM, next(iter(last_row)))
            if context.film is not None and film.key == context.film.key:
                film = context.film
            context.section, context.topic, context.section_is_a_line = film, None, True
        row_films.clear()
        context.enter_section(sentence)
        for rule, match in matches:
            evidence = Evidence(context.article.source, sentence.text, sentence.start, sentence.end)
            facts.extend(interpret_match(rule, match, sentence, context, evidence))
        context.end_sentence(sentence)
    return facts


def _cell_facts(
    context: ArticleContext, cell: Cell, matches: list[tuple[Rule, re.Match[str]]]
) -> list[Fact]:
    """A table's cell read as a sentence said of its film; its evidence is its whole row."""
    film = Entity(EntityKind.FILM, cell.film)
    if cell.film == PAGE_FILM:  # "Denmark | Nordlys Film A/S | DKK 2.1 million"
        film = context.section or context.film
        if film is None:
            return []
    if context.film is not None and film.key == context.film.key:
        film = context.film
    context.remember_work(film)
    was = context.section, context.topic
    context.section, context.topic = film, None
    row = context.article.body[cell.start : cell.end]
    evidence = Evidence(context.article.source, row, cell.start, cell.end)
    facts = [f for r, m in matches for f in interpret_match(r, m, cell, context, evidence)]
    context.section, context.topic = was
    return facts


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# An event's initials after its full name: "Buenos Aires Festival Internacional de Cine
# Independiente (BAFICI)"
_NAME_THEN_INITIALS = re.compile(rf"(?P<name>{names.NAME})[ \t]+\((?P<initials>\p{{Lu}}{{2,8}})\)")


def _events_in_full(body: str, facts: list[Fact]) -> list[Fact]:
    """A festival the text names by its initials ("premiered at BAFICI") is the one it has
    spelled out before them in brackets: the premiere is named in full, as elsewhere."""
    spelled = {
        m["initials"]: m["name"]
        for m in _NAME_THEN_INITIALS.finditer(body)
        if not names.looks_like_person(m["name"])
    }
    if not spelled:
        return facts
    named = []
    for fact in facts:
        full = isinstance(fact.object, Entity) and spelled.get(fact.object.name)
        if fact.relation is Relation.PREMIERE and full:
            fact = dataclasses.replace(fact, object=dataclasses.replace(fact.object, name=full))
        named.append(fact)
    return named


# a heading's verb before a name it introduces: "Meet Pip!", "Introducing Moss"
_INTRODUCING = frozenset({"Meet", "Introducing", "Featuring", "Starring"})


def _full_character_names(facts: list[Fact], full_names: set[str]) -> list[Fact]:
    """A character named by one word ("Mahito") is the one full name the text gives with that
    word first or last ("Mahito Maki", "Shotaro Kaneda"), unless that name is a person the text
    credits, or more than one name would fit."""
    credited = {
        f.object.name
        for f in facts
        if isinstance(f.object, Entity) and f.object.kind is not EntityKind.CHARACTER
    } | {f.subject.name for f in facts}
    # (a title's gloss too: "Levan Leaves", a track's, is no full name of "Levan")
    credited |= {str(f.object) for f in facts if f.relation is Relation.TITLE}
    full: dict[str, set[str]] = {}
    for name in full_names - credited:
        inside = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if any(inside.search(other) for other in credited):
            continue  # "Si Kancil" of "Si Kancil dan Bulan Merah", "Mavi Kanat" of a title
        words = name.split()
        if re.search(r"(?i)-(?:year|month)s?-old$", words[0]):
            continue  # "Twelve-year-old Yomogi" opening a sentence: an age, no first name
        if words[0] in names.TITLE_ARTICLES or re.match(r"[LD]['’]\p{Lu}", words[0]):
            continue  # "L'Hiver de Léa", "The House of Léa": a title, no full name of Léa
        if words[0] in _INTRODUCING:
            continue  # "Meet Pip!", a page's heading, no full name of Pip
        for word in {words[0], words[-1]}:
            full.setdefault(word, set()).add(name)

    def complete(character: Entity | None) -> Entity | None:
        if character is None or " " in character.name:
            return character
        forms = full.get(character.name, set())
        return Entity(EntityKind.CHARACTER, min(forms)) if len(forms) == 1 else character

    completed = []
    for fact in facts:
        if fact.relation is Relation.CHARACTER:
            fact = dataclasses.replace(fact, object=complete(fact.object))
        elif fact.qualifiers.character is not None:
            qualifiers = dataclasses.replace(
                fact.qualifiers, character=complete(fact.qualifiers.character)
            )
            fact = dataclasses.replace(fact, qualifiers=qualifiers)
        completed.append(fact)
    return completed


def _parts_not_players(facts: list[Fact]) -> list[Fact]:
    """A cast member named by a bare credit line ("Besetzung", then "Ilse Brandt – Carola
    Sieg") whom a cast list in the same block pairs as a part, with no player of its own: the
    list's first cell, a part, not a player."""
    parts = {
        (f.subject, f.object.name, f.evidence.start)
        for f in facts
        if f.relation is Relation.CHARACTER and isinstance(f.object, Entity)
    }
    paired = {(f.subject, f.object) for f in facts if f.qualifiers.character is not None}
    return [
        f
        for f in facts
        if not (
            f.relation is Relation.CAST_MEMBER
            and f.qualifiers.character is None
            and isinstance(f.object, Entity)
            and (f.subject, f.object.name, f.evidence.start) in parts
            and (f.subject, f.object) not in paired
        )
    ]


def _title_fact(context: ArticleContext, sentences: list[Span]) -> list[Fact]:
    """The film's title, evidenced by its first mention in the body."""
    assert context.film is not None
    for sentence in sentences:
        for start, entity in context.work_mentions(sentence):
            if entity != context.film:
                continue
            exact = title_pattern(entity.name).match(sentence.text, start)
            if exact is None:
                continue  # an anaphor ("the film"), not the title itself
            title = exact.group()
            evidence = Evidence(
                context.article.source,
                title,
                sentence.start + start,
                sentence.start + start + len(title),
            )
            return [
                Fact(context.film, Relation.TITLE, context.film.name, evidence, "title-mention")
            ]
    return []


def _slashed_titles(context: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """A film named "Ilgā nakts / The Long Night" in a winners' list is "Ilgā nakts" (the same
    node as where the prose names it), with "The Long Night" as its second title."""
    body = context.article.body
    renamed: dict[Entity, Entity] = {}
    titles = []
    for fact in facts:
        film = fact.subject
        split = slashed_title(film.name) if film.kind is EntityKind.FILM else None
        if split is None or film in renamed:
            continue
        renamed[film] = Entity(EntityKind.FILM, split[0])
        at = body.find(film.name, fact.evidence.start)
        if at >= 0:
            end = at + len(film.name)
            evidence = Evidence(context.article.source, body[at:end], at, end)
            titles.append(Fact(renamed[film], Relation.TITLE, split[1], evidence, "title-gloss"))
    if not renamed:
        return facts
    moved = [
        dataclasses.replace(fact, subject=renamed.get(fact.subject, fact.subject)) for fact in facts
    ]
    return moved + titles


def _glosses_as_the_film(context: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """The film's other title, glossed in brackets ("Amber Shore (Gintaro krantas)"), names
    the same film: what a sentence says of it by that title is the film's."""
    film = context.film
    gloss = title_gloss(context.article.body, film.name) if film is not None else None
    if film is not None and gloss is None and not re.search(r"\p{Latin}", film.name):
        # ... or the other way round: "North of the Snowline (雪线以北)" in an English summary
        # of a page whose film is written in its own script, 雪线以北
        before = re.search(
            rf"(?P<title>{names.TITLE})[ \t]*\([ \t]*{re.escape(film.name)}[ \t]*\)",
            context.article.body,
        )
        gloss = (before["title"], before.start(), before.end()) if before else None
    if film is None or gloss is None or slashed_title(film.name):
        return facts
    other = slugify(gloss[0])
    return [
        dataclasses.replace(f, subject=film)
        if f.subject.kind is EntityKind.FILM and f.subject.key == other
        else f
        for f in facts
    ]


# The heading of a page's summary in English, on a line of its own, and the space after it
_ENGLISH_SUMMARY = re.compile(
    r"(?im)^[ \t]*(?:english[ \t]+(?:summary|abstract|version)|summary[ \t]+in[ \t]+english"
    r"|in[ \t]+english|(?:summary|abstract)[ \t]+\((?:in[ \t]+)?english\))[ \t]*:?[ \t]*\n\s*"
)


def _summary_title_as_the_film(context: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """A page in another tongue whose English summary opens on a title it names nowhere else,
    and not on the film's own unless in brackets after it ("English summary", then "Sand Under
    the Nails, the debut feature of ..."; "The Last Bora (Posljednja bura, 2024), ..."): the
    film's English title, so what the summary says is the film's."""
    film, body = context.film, context.article.body
    heading = _ENGLISH_SUMMARY.search(body) if film is not None else None
    if film is None or heading is None:
        return facts
    start = heading.end()
    paragraph = body[start:].partition("\n\n")[0]
    named = slugify(film.name) in slugify(paragraph)
    # (or as a work, where a sentence on the source named it: "The Last Bora ... adapted from")
    kinds = (EntityKind.FILM, EntityKind.WORK)
    for other in dict.fromkeys(f.subject for f in facts if f.subject.kind in kinds):
        at = paragraph.find(other.name)
        if other == film or not 0 <= at <= 5 or other.name in body[: heading.start()]:
            continue
        # (the film's own title may follow in brackets: "The Last Bora (Posljednja bura, 2024)")
        after = paragraph[at + len(other.name) :].lstrip(" \t(").casefold()
        if named and not after.startswith(film.name.casefold()):
            continue
        title = paragraph[: at + len(other.name)]  # "When the River Falls Silent", in full
        evidence = Evidence(context.article.source, title, start, start + len(title))
        moved = [dataclasses.replace(f, subject=film) if f.subject == other else f for f in facts]
        return [*moved, Fact(film, Relation.TITLE, title, evidence, "title-gloss")]
    return facts


def _transliterations_as_the_film(
    context: ArticleContext, facts: list[Fact], glossed: Entity | None
) -> list[Fact]:
    """The film's title in its own script ("Αλμύρα"), spelt in Latin letters by an English
    summary ("Almyra (Salt Air) ... premiered"), or the English title of a page glossed line by
    line (`glossed`): the same film, whatever is said of it there."""
    film = context.film
    if film is None or re.search(r"\p{Latin}", film.name):
        return facts
    spelt = _spelt_key(film.name)
    return [
        dataclasses.replace(f, subject=film)
        if f.subject.kind is EntityKind.FILM
        and (_spelt_key(f.subject.name) == spelt or f.subject == glossed)
        and re.search(r"\p{Latin}", f.subject.name)
        else f
        for f in facts
    ]


def _people_of_glosses(
    context: ArticleContext, facts: list[Fact], glossed: Entity | None
) -> list[Fact]:
    """On a page glossed line by line, the people an English line names in Latin letters
    ("[EN] The drama follows Bua (Pimchanok Kaewprasert)") were first named in the page's own
    script on the line above: the Latin spelling is not their name as the page gives it, and
    with no way back to it, nothing is said of them from the gloss."""
    body = context.article.body
    if glossed is None:
        return facts

    def spelt_in_gloss(f: Fact) -> bool:
        start = body.rfind("\n", 0, f.evidence.start) + 1
        above = body[: max(start - 1, 0)].rstrip("\n").rpartition("\n")[2]
        if not re.search(r"[^\p{Latin}\p{Common}\p{Inherited}]", above):
            return False  # the line above is no line in the page's own script
        return any(
            isinstance(e, Entity)
            and e.kind in _SPELT_KINDS
            and re.search(r"\p{Latin}", e.name)
            and e.name not in above
            for e in (f.subject, f.object, f.qualifiers.character)
        )

    return [f for f in facts if not spelt_in_gloss(f)]


def _glossed_line_by_line(context: ArticleContext, facts: list[Fact]) -> Entity | None:
    """The film's English title on a page glossed line by line ('"ฝนแรก" ภาพยนตร์ ...', then
    "[EN] First Rain, the debut feature of ..."): a Latin title that every line naming it
    follows a line naming the film in its own script, twice or more."""
    film, body = context.film, context.article.body
    if film is None or re.search(r"\p{Latin}", film.name):
        return None
    native = film.name
    lines = [line for line in body.splitlines() if line.strip()]
    films = {f.subject for f in facts if f.subject.kind is EntityKind.FILM}
    for other in sorted(films, key=lambda e: e.name):
        if not re.search(r"\p{Latin}", other.name):
            continue
        named = [i for i, line in enumerate(lines) if other.name in line]
        if len(named) >= 2 and all(i > 0 and native in lines[i - 1] for i in named):
            return other
    return None


def _spelt_key(name: str) -> str:
    """A name's key once spelt in Latin letters, "ου" and "oy" alike: "Καλλέργη" is
    "kallergi", as an English summary writes it."""
    return slugify(anyascii(name)).replace("oy", "ou")


_SPELT_KINDS = (EntityKind.PERSON, EntityKind.CHARACTER)


def _transliterated_names(context: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """People and parts the page names in its own script ("Μαρία Καλλέργη") and its English
    summary spells in Latin letters ("Maria Kallergi"): one person, named as the page first
    writes her."""
    native = {
        (entity.kind, _spelt_key(entity.name)): entity
        for f in facts
        for entity in (f.subject, f.object, f.qualifiers.character)
        if isinstance(entity, Entity)
        and entity.kind in _SPELT_KINDS
        and not re.search(r"\p{Latin}", entity.name)
    }
    if not native:
        return facts

    def spelt(entity: object) -> object:
        if not isinstance(entity, Entity) or entity.kind not in _SPELT_KINDS:
            return entity
        if not re.search(r"\p{Latin}", entity.name):
            return entity
        return native.get((entity.kind, _spelt_key(entity.name)), entity)

    return [
        dataclasses.replace(
            f,
            subject=spelt(f.subject),
            object=spelt(f.object),
            qualifiers=dataclasses.replace(f.qualifiers, character=spelt(f.qualifiers.character)),
        )
        if any(spelt(e) is not e for e in (f.subject, f.object, f.qualifiers.character))
        else f
        for f in facts
    ]


def _gloss_titles(context: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """Each film's other title, as the text gives it in brackets after it ("TVÄTTSTUGAN (The
    Laundry Room)"): a second name of the same film, with the title and its brackets as
    evidence."""
    body = context.article.body
    films = dict.fromkeys(f.subject for f in facts if f.subject.kind is EntityKind.FILM)
    found = []
    for film in films:
        gloss = title_gloss(body, film.name)
        if gloss is not None:
            name, start, end = gloss
            evidence = Evidence(context.article.source, body[start:end], start, end)
            found.append(Fact(film, Relation.TITLE, name, evidence, "title-gloss"))
    film = context.film
    other = _headline_other_title(context.article.title, film.name) if film else None
    if film is not None and other and not any(f.object == other for f in found):
        # "Poslední tramvaj do Braníka / The Last Tram to Braník" over the page: the film's
        # other title, where the body writes it too ("POSLEDNÍ TRAMVAJ DO BRANÍKA")
        at = re.search(rf"(?i)(?<![\p{{L}}\p{{N}}]){re.escape(other)}(?![\p{{L}}\p{{N}}])", body)
        if at is not None:
            evidence = Evidence(context.article.source, at[0], at.start(), at.end())
            found.append(Fact(film, Relation.TITLE, other, evidence, "title-gloss"))
    return found


def _headline_other_title(headline: str | None, name: str) -> str | None:
    """The half of a page title in two tongues ("Poslední tramvaj do Braníka / The Last Tram to
    Braník — Kuželka Film") that is not the film's name, when the other half is.

    >>> _headline_other_title("Salt / Sůl — Kino X", "Salt"), _headline_other_title("Salt", "Salt")
    ('Sůl', None)
    """
    for part in re.split(r"[ \t]+[—–|][ \t]+", headline or ""):
        first, slash, second = part.partition(" / ")
        if not slash or " / " in second:
            continue
        if slugify(first) == slugify(name):
            return second.strip()
        if slugify(second) == slugify(name):
            return first.strip()
    return None


def _entries_by_their_maker(
    context: ArticleContext, facts: list[Fact], sentences: list[Span]
) -> list[Fact]:
    """A filmography's or retrospective's entries are its maker's films, as its opening says
    ("a guide to Mamoru Hosoda's feature films"): each entry's film gets that director (unless
    the text credits it to someone else) and the class the opening gives, with the opening's
    sentence as evidence."""
    body = context.article.body
    if len(context.headings) >= 2 and context.first_heading_at is not None:
        entries, opening = list(context.headings), body[: context.first_heading_at]
    else:  # prose: the entries are the films it tags with their year ("Maborosi (1995)")
        tagged = year_tagged_films(body)
        if len(tagged) < _FEWEST_PROSE_ENTRIES:
            return []
        entries, opening = [name for _, name in tagged], body[: tagged[0][0]]
    said = entries_maker(opening)
    if said is None:
        return []
    name, start, animated = said
    sentence = next(s for s in sentences if s.start <= start < s.end)
    evidence = Evidence(context.article.source, sentence.text, sentence.start, sentence.end)
    credited = {f.subject for f in facts if f.relation is Relation.DIRECTOR}
    maker = Entity(EntityKind.PERSON, context.person(name))
    kind = WorkClass.ANIMATED_FILM if animated else WorkClass.FILM
    found = []
    for title in entries:
        film = Entity(EntityKind.FILM, title)
        if film not in credited:
            found.append(Fact(film, Relation.DIRECTOR, maker, evidence, "director-of-the-entries"))
        found.append(Fact(film, Relation.INSTANCE_OF, kind, evidence, "type-of-the-entries"))
    return found


_FEWEST_PROSE_ENTRIES = 3  # two films with their years are a comparison, not a filmography

# "Below is every animated film Studio Chinguetti Animation has produced", "all the films made
# by X": whose films a table of titles lists
_STUDIO = r"\p{Lu}[\p{L}'’&.-]*(?:[ \t]+\p{Lu}[\p{L}'’&.-]*){0,4}"
_STUDIOS_FILMS = re.compile(
    r"\b(?i:every|all(?:[ \t]+the)?)[ \t]+(?P<animated>animated[ \t]+)?(?:film|feature|movie)s?"
    rf"[ \t]+(?:that[ \t]+)?(?P<studio>{_STUDIO})[ \t]+(?:has|have)[ \t]+(?:produced|made)\b"
    r"|\b(?i:every|all(?:[ \t]+the)?)[ \t]+(?P<animated2>animated[ \t]+)?(?:film|feature|movie)s?"
    rf"[ \t]+(?:produced|made)[ \t]+by[ \t]+(?P<studio2>{_STUDIO})"
)
# "All are Mauritanian productions": where they are from
_ALL_FROM = re.compile(
    r"\bAll[ \t]+(?:are|were)[ \t]+(?P<nationality>\p{Lu}\p{Ll}+)[ \t]+(?:productions|films)\b"
)


def _entries_by_their_studio(context: ArticleContext, sentences: list[Span]) -> list[Fact]:
    """A table of titles under an opening that says whose films they all are ("Below is every
    animated film Studio X has produced. All are Mauritanian productions"): each title gets
    that company, the class and the country, with the opening's sentences as evidence."""
    body = context.article.body
    titles = table_titles(body)
    if len(titles) < _FEWEST_PROSE_ENTRIES:
        return []
    first_row = body.find(titles[0])
    said = _STUDIOS_FILMS.search(body, 0, first_row)
    if said is None or names.looks_like_person(said["studio"] or said["studio2"]):
        return []  # (a maker's films are _entries_by_their_maker's: "every film Ana Ruiz has made")

    def evidence_at(position: int) -> Evidence:
        """The sentence around the position; the line, where no sentence holds it."""
        sentence = next((s for s in sentences if s.start <= position < s.end), None)
        if sentence is None:
            start = body.rfind("\n", 0, position) + 1
            stop = body.find("\n", position)
            stop = len(body) if stop < 0 else stop
            return Evidence(context.article.source, body[start:stop], start, stop)
        return Evidence(context.article.source, sentence.text, sentence.start, sentence.end)

    studio = Entity(EntityKind.ORGANIZATION, said["studio"] or said["studio2"])
    animated = said["animated"] or said["animated2"]
    kind = WorkClass.ANIMATED_FILM if animated else WorkClass.FILM
    where = _ALL_FROM.search(body, 0, first_row)
    country = normalise.country_of(where["nationality"]) if where else None
    evidence = evidence_at(said.start())
    found = []
    for title in dict.fromkeys(titles):
        film = Entity(EntityKind.FILM, title)
        found.append(
            Fact(film, Relation.PRODUCTION_COMPANY, studio, evidence, "company-of-the-entries")
        )
        found.append(Fact(film, Relation.INSTANCE_OF, kind, evidence, "type-of-the-entries"))
        if country and where:
            place = Entity(EntityKind.COUNTRY, country)
            found.append(
                Fact(
                    film,
                    Relation.COUNTRY_OF_ORIGIN,
                    place,
                    evidence_at(where.start()),
                    "country-of-the-entries",
                )
            )
    return found


# A list of entries by country, a line each: an awards shortlist, a festival's national
# selection ("- Austria – Great Freedom", "• Norway — The Worst Person in the World")
_COUNTRY_DASH_TITLE = re.compile(
    r"(?m)^[ \t]*(?:[-•·*▪][ \t]+)?(?P<country>\p{Lu}[\p{L} .'’-]{1,30}?)[ \t]+[–—-][ \t]+"
    r"(?P<title>\p{Lu}[^\n]{0,80}?)[ \t]*$"
)
_FEWEST_COUNTRY_LINES = 3  # two such lines may be anything: a jury's, a tour's


def _entries_by_country(context: ArticleContext) -> list[Fact]:
    """Each title of a list by country gets that country, its line as evidence; a list of
    people by country (a jury's: most of its lines name people) gives nothing."""
    body = context.article.body
    lists: list[list[tuple[re.Match[str], str]]] = []
    end = -1
    for match in _COUNTRY_DASH_TITLE.finditer(body):
        # (a country's name, not its adjective: "French – Le Film" is no such line)
        country = normalise.country_names().get(match["country"].strip().lower())
        if country is None:
            end = -1
            continue
        if end < 0 or body[end : match.start()].strip():
            lists.append([])  # a new list: something other than line breaks came between
        lists[-1].append((match, country))
        end = match.end()
    found = []
    for lines in lists:
        people = sum(1 for m, _ in lines if names.looks_like_person(m["title"].strip()))
        if len(lines) < _FEWEST_COUNTRY_LINES or 2 * people >= len(lines):
            continue
        for match, country in lines:
            title = match["title"].strip()
            if unlikely_title(title):
                continue  # (a title like a name is the list's too: "Great Freedom")
            film = context.film if context.film and slugify(title) == context.film.key else None
            film = film or Entity(EntityKind.FILM, title)
            start, stop = _stripped_span(match)
            evidence = Evidence(context.article.source, body[start:stop], start, stop)
            place = Entity(EntityKind.COUNTRY, country)
            found.append(
                Fact(film, Relation.COUNTRY_OF_ORIGIN, place, evidence, "country-list-dash")
            )
    return found


def _stripped_span(match: re.Match[str]) -> tuple[int, int]:
    """Where a line's match starts and ends without its edge's spaces."""
    text = match.group()
    start = match.start() + len(text) - len(text.lstrip())
    return start, start + len(text.strip())


def _makers_films(body: str, facts: list[Fact], lineup: Sequence[Entry]) -> list[Fact]:
    """A line-up's line names its film, then its maker ("Mémoire vive — Élodie Fournier
    (France), which premiered at ..."): what a rule hung on the maker there is the film's, and
    so is what it hung on a film the line does not name ("Norte quieto — X (Mexico). It had its
    world premiere at ...": "it" is the line's film, not the page's)."""
    moved = []
    for fact in facts:
        entry = next(
            (e for e in lineup if e.line <= fact.evidence.start < e.end),
            None,
        )
        if entry is not None and (
            fact.subject.name in entry.directors
            or fact.subject.name not in body[entry.line : entry.end]
        ):
            fact = dataclasses.replace(fact, subject=Entity(EntityKind.FILM, entry.title))
        moved.append(fact)
    return moved


_ENTRYS_DETAILS = frozenset(
    {Relation.DIRECTOR, Relation.DURATION, Relation.COUNTRY_OF_ORIGIN, Relation.INSTANCE_OF}
)


def _without_others_details(facts: list[Fact], entries: Sequence[Entry]) -> list[Fact]:
    """A line that is one film's entry (a short under a feature's, "Preceded by: HOLLOW TIDE
    (..., 11 mins)"; a line-up's item) gives that film's details, which its entry holds: not
    another's, which a rule may have read there."""
    return [
        fact
        for fact in facts
        if not (
            fact.relation in _ENTRYS_DETAILS
            and any(
                e.line <= fact.evidence.start < e.end and fact.subject.name != e.title
                for e in entries
            )
        )
    ]


def _award_list_facts(context: ArticleContext, entries: list[Entry]) -> list[Fact]:
    """An award list's entries (see awards.py) as facts, each with its category's line and
    its own as evidence."""
    found: list[Fact] = []
    body = context.article.body
    given_at = awards.ceremony(context.article.title or "")  # "Oscars 2025: the winners"
    for entry in entries:
        if unlikely_title(entry.title):
            continue
        film = Entity(EntityKind.FILM, entry.title)
        if context.film is not None and film.key == context.film.key:
            film = context.film
        said: list[tuple[Relation, object, Qualifiers]] = [
            (Relation.INSTANCE_OF, work_class, Qualifiers())
            for work_class in (entry.work_class, *entry.also)
        ]
        if entry.award:  # (a line-up's entries have none)
            award = Entity(EntityKind.AWARD, awards.full_award_name(entry.award, given_at))
            said += [(Relation.AWARD_RECEIVED, award, Qualifiers())] if entry.won else []
            said += [(Relation.NOMINATED_FOR, award, Qualifiers())] if entry.nominated else []
        for name in entry.directors:
            said.append(
                (Relation.DIRECTOR, Entity(EntityKind.PERSON, context.person(name)), Qualifiers())
            )
        role = Entity(EntityKind.CHARACTER, entry.character) if entry.character else None
        for name in entry.people if entry.relation else ():
            person = Entity(EntityKind.PERSON, context.person(name))
            said.append((entry.relation, person, Qualifiers(character=role)))
        if role is not None and entry.relation is Relation.CAST_MEMBER:
            said.append((Relation.CHARACTER, role, Qualifiers()))
        said += [
            (Relation.COUNTRY_OF_ORIGIN, Entity(EntityKind.COUNTRY, c), Qualifiers())
            for c in entry.countries
        ]
        said += [
            (Relation.ORIGINAL_LANGUAGE, Entity(EntityKind.LANGUAGE, language), Qualifiers())
            for language in entry.languages
        ]
        said += (
            [(Relation.DURATION, Duration(entry.minutes), Qualifiers())] if entry.minutes else []
        )
        quote = body[entry.start : entry.end]
        evidence = Evidence(context.article.source, quote, entry.start, entry.end)
        found += [Fact(film, r, value, evidence, "award-list", q) for r, value, q in said]
    return found


FESTIVAL_NAME = re.compile(r"\b(?:Film|Animation|Animated Film|Anime) Festival\b")
STUDIO_NAME = re.compile(r"^Studio\s+\S|\s(?:Animation|Animation Studio)$")


def _not_yet_released(facts: list[Fact], context: ArticleContext) -> list[Fact]:
    """A release dated after the page itself is still to come ("opens in Peruvian cinemas on
    12 September", on a page of 26 August): a plan, not a release."""
    published = context.article.date
    if published is None:
        return facts
    kept = []
    for fact in facts:
        if fact.relation is Relation.PUBLICATION_DATE and fact.object > published:
            why = f"{fact.object} is after the page's own date, {published}: still to come"
            context.dropped.append((fact.subject.name, fact.relation.value, why))
            continue
        kept.append(fact)
    return kept


# a runtime set right: "Hanauta Ferry runs 95 minutes, not 98 as I first wrote above"
_RUNTIME_SET_RIGHT = re.compile(
    r"\b(?P<right>\d{2,3})[ \t]*(?i:minutes|mins?\.?)(?:[ \t]+long)?,?[ \t]+(?i:not)[ \t]+"
    r"(?:the[ \t]+)?(?P<wrong>\d{2,3})\b"
)


def _corrected_runtimes(facts: list[Fact]) -> list[Fact]:
    """A runtime the text sets right drops the one it first gave: "Correction: X runs 95
    minutes, not 98 as I first wrote" takes back the "98 min" of the entry's credits line.

    >>> from lookback_kg.model import Duration, Entity, EntityKind, Evidence, Fact, Relation
    >>> film = Entity(EntityKind.FILM, "Copper Tide")
    >>> def runtime(minutes, quote):
    ...     evidence = Evidence("urn:x", quote, 0, len(quote))
    ...     return Fact(film, Relation.DURATION, Duration(minutes), evidence, "r")
    >>> kept = _corrected_runtimes([runtime(98, "Japan · 98 min"),
    ...     runtime(95, "Copper Tide runs 95 minutes, not 98 as I first wrote.")])
    >>> [f.object.minutes for f in kept]
    [95]
    """
    wrong = set()
    for fact in facts:
        if fact.relation is Relation.DURATION:
            set_right = _RUNTIME_SET_RIGHT.search(fact.evidence.quote)
            if set_right and int(set_right["right"]) == fact.object.minutes:
                wrong.add((fact.subject, int(set_right["wrong"])))
    return [
        fact
        for fact in facts
        if fact.relation is not Relation.DURATION
        or (fact.subject, fact.object.minutes) not in wrong
    ]


def _first_releases(facts: list[Fact]) -> list[Fact]:
    """A film's release date is its first release: a later date the text gives ("opened in
    Mexico on 10 March ... released it in Spain on 19 May") is another country's release."""
    first: dict[Entity, object] = {}
    for fact in facts:
        if fact.relation is Relation.PUBLICATION_DATE:
            known = first.get(fact.subject)
            first[fact.subject] = fact.object if known is None else min(known, fact.object)
    return [
        fact
        for fact in facts
        if fact.relation is not Relation.PUBLICATION_DATE or fact.object == first[fact.subject]
    ]


def _types_from_names(facts: list[Fact]) -> list[Fact]:
    """A festival or studio whose own name says what it is, typed with the same evidence."""
    typed: list[Fact] = []
    for fact in facts:
        named = [fact.subject, fact.object, fact.qualifiers.conferred_by]
        for entity in named:
            if not isinstance(entity, Entity):
                continue
            if entity.kind is EntityKind.EVENT and FESTIVAL_NAME.search(entity.name):
                work_class = WorkClass.FILM_FESTIVAL
            elif entity.kind is EntityKind.ORGANIZATION and STUDIO_NAME.search(entity.name):
                work_class = WorkClass.ANIMATION_STUDIO
            else:
                continue
            typed.append(
                Fact(entity, Relation.INSTANCE_OF, work_class, fact.evidence, "type-from-name")
            )
    return typed


def _types_from_credits(facts: list[Fact]) -> list[Fact]:
    """A title no sentence calls a film, but credited with two things only films have (a
    director and a running time, say): a film, on the first of those sentences' word. One
    such credit alone may hang on a title read wrong; two seldom do."""
    typed = {f.subject for f in facts if f.relation is Relation.INSTANCE_OF}
    credits: dict[Entity, dict[Relation, Fact]] = {}
    for fact in facts:
        if fact.subject.kind is EntityKind.FILM and RELATIONS[fact.relation].subject == (
            EntityKind.FILM,
        ):
            credits.setdefault(fact.subject, {}).setdefault(fact.relation, fact)
    return [
        Fact(film, Relation.INSTANCE_OF, WorkClass.FILM, first.evidence, "type-from-credits")
        for film, by_relation in credits.items()
        if film not in typed and len(by_relation) >= 2
        for first in [min(by_relation.values(), key=lambda f: f.evidence.start)]
    ]


PRIZE_FOR_A_KIND = (  # "Best Animated Feature" goes to animated films only; shorts stay shorts
    (re.compile(r"^(?!.*\bShort\b).*\bAnimat(?:ed|ion)\b"), WorkClass.ANIMATED_FILM),
    (re.compile(r"^(?!.*\bShort\b).*\bDocumentary\b"), WorkClass.DOCUMENTARY_FILM),
)


def _types_from_prizes(facts: list[Fact]) -> list[Fact]:
    """A film that won or was up for a prize only one kind of film can have ("the Annie Award
    for Best Animated Feature") is of that kind, on the prize's sentence."""
    typed = {(f.subject, f.object) for f in facts if f.relation is Relation.INSTANCE_OF}
    found: dict[tuple, Fact] = {}
    for fact in facts:
        if fact.relation not in (Relation.AWARD_RECEIVED, Relation.NOMINATED_FOR):
            continue
        if fact.subject.kind is not EntityKind.FILM or not isinstance(fact.object, Entity):
            continue
        for kind, work_class in PRIZE_FOR_A_KIND:
            key = (fact.subject, work_class)
            if kind.search(fact.object.name) and key not in typed and key not in found:
                rule = "type-from-prize"
                found[key] = Fact(
                    fact.subject, Relation.INSTANCE_OF, work_class, fact.evidence, rule
                )
    return list(found.values())


def _animation_as_a_class(facts: list[Fact]) -> list[Fact]:
    """ "Animation" said as a film's genre ("Genres: Animation, Family") says what kind of film
    it is: an animated film (Wikidata's class), not a genre beside drama or comedy."""
    typed = {(f.subject, f.object) for f in facts if f.relation is Relation.INSTANCE_OF}
    kept: list[Fact] = []
    for fact in facts:
        name = getattr(fact.object, "name", fact.object)
        if fact.relation is not Relation.GENRE or name != "animation":
            kept.append(fact)
            continue
        if (fact.subject, WorkClass.ANIMATED_FILM) not in typed:
            typed.add((fact.subject, WorkClass.ANIMATED_FILM))
            kept.append(
                dataclasses.replace(
                    fact, relation=Relation.INSTANCE_OF, object=WorkClass.ANIMATED_FILM
                )
            )
    return kept


# The Academy's line, which festivals and catalogues draw too: a film of 40 minutes or less
# is a short
_LONGEST_SHORT = 40


def _shorts_by_runtime(facts: list[Fact]) -> list[Fact]:
    """A film whose running time is 40 minutes or less is a short film, on the running
    time's evidence ("TIDE TABLES — Selma Ayari / Tunisia / 2023 / 9'")."""
    typed = {(f.subject, f.object) for f in facts if f.relation is Relation.INSTANCE_OF}
    runtimes = [
        f for f in facts if f.relation is Relation.DURATION and f.subject.kind is EntityKind.FILM
    ]
    # (not where the film has a long running time too: the short one is another's, misread)
    long = {f.subject for f in runtimes if f.object.minutes > _LONGEST_SHORT}
    found: dict[Entity, Fact] = {}
    for fact in runtimes:
        short = fact.object.minutes <= _LONGEST_SHORT and fact.subject not in long
        if short and (fact.subject, WorkClass.SHORT_FILM) not in typed:
            found.setdefault(
                fact.subject,
                Fact(
                    fact.subject,
                    Relation.INSTANCE_OF,
                    WorkClass.SHORT_FILM,
                    fact.evidence,
                    "type-short-by-runtime",
                ),
            )
    return list(found.values())


def _order(fact: Fact) -> tuple:
    return (fact.evidence.start, fact.relation.value, fact.rule, repr(fact.object))
