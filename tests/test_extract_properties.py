"""Property tests: any text in, no crash out, and every quote is the body between its offsets."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lookback_kg.articles import parse_article
from lookback_kg.extract import extract_facts

# Text that looks like film prose often enough to fire rules, mixed with arbitrary Unicode.
WORDS = st.sampled_from(
    "Tide Harbor Mara Lind is a 2021 Japanese animated short film directed by and produced "
    "Studio North . , It the movie grossed ¥180 million (approx. $1.2 million USD) in its "
    "opening week Japan won Best Film at Festival not expected 62-minute released on June 28, "
    "2024 — “ ” 🎬 \n".split(" ")
)
PROSE = st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=80).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PROSE)
def test_any_body_gives_facts_whose_quotes_match_offsets(body):
    if not body.strip():
        return
    article = parse_article(f"source: urn:prop\ntitle: Tide\n\n{body}")
    for fact in extract_facts(article):
        assert article.body[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_arbitrary_unicode_never_crashes_the_extractor(body):
    if not body.strip():
        return
    article = parse_article(f"source: urn:prop\ntitle: Anything\n\n{body}")
    for fact in extract_facts(article):
        assert article.body[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
