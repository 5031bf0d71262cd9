"""The CLI, run in-process: outputs, summaries, and one-line errors for bad input."""

import json
from pathlib import Path

import pytest

from lookback_kg.articles import read_article
from lookback_kg.cli import run
from lookback_kg.export import fact_record
from lookback_kg.extract import extract_facts

ROOT = Path(__file__).resolve().parents[1]
HEN = ROOT / "data" / "articles" / "look-back-hen.txt"
BAD = Path(__file__).parent / "fixtures" / "bad"


def test_extract_prints_json_lines(capsys):
    assert run(["extract", str(HEN)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    relations = {r["relation"] for r in records}
    assert {"director", "production_company", "based_on", "box_office"} <= relations
    for record in records:
        assert set(record) == {"subject", "relation", "object", "qualifiers", "evidence", "rule"}


def test_extract_explain_says_which_film_and_why_names_were_dropped(tmp_path, capsys):
    article = tmp_path / "two.txt"
    article.write_text(
        "source: urn:x:explain\ntitle: Copper Tide review\n\n"
        "Copper Tide is a 2023 Danish film. It was produced by Studio Wren and France.\n",
        encoding="utf-8",
    )
    assert run(["extract", str(article), "--explain"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("film: Copper Tide\n")
    assert "candidate 'Copper Tide': score" in out
    assert "dropped 'France' for production_company: a country, not a company" in out


def test_build_writes_outputs_and_summary(tmp_path, capsys):
    assert run(["build", str(HEN), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 articles, ")
    assert "facts" in out and "entities" in out and "triples" in out
    for name in ("graph.trig", "graph.ttl", "graph.nt", "facts.jsonl"):
        assert (tmp_path / name).stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temp files left"


def test_a_build_of_many_articles_shares_them_among_processes(tmp_path, capsys):
    # the build runs in a limited child; reading 20 articles there forks workers of its own
    dev = sorted((ROOT / "tests" / "fixtures" / "dev" / "articles").glob("*.txt"))[:20]
    assert run(["build", *map(str, dev), "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("20 articles, ")
    built = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    extracted = [
        json.dumps(fact_record(fact), ensure_ascii=False, sort_keys=True)
        for path in dev
        for fact in extract_facts(read_article(path))
    ]
    assert sorted(built) == sorted(extracted) and len(built) > 150


@pytest.mark.parametrize(
    "name", ["empty.txt", "binary.txt", "latin1.txt", "no-body.txt", "does-not-exist.txt"]
)
def test_bad_article_is_one_line_error_and_nothing_written(name, tmp_path, capsys):
    out = tmp_path / "out"
    code = run(["build", str(HEN), str(BAD / name), "--out", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert str(BAD / name) in err
    assert "Traceback" not in err
    assert not out.exists()


def test_failed_build_keeps_previous_outputs(tmp_path, capsys):
    assert run(["build", str(HEN), "--out", str(tmp_path)]) == 0
    before = (tmp_path / "graph.ttl").read_bytes()
    assert run(["build", str(BAD / "empty.txt"), "--out", str(tmp_path)]) == 2
    assert (tmp_path / "graph.ttl").read_bytes() == before


def test_extract_bad_file_and_unknown_option(capsys):
    assert run(["extract", str(BAD / "latin1.txt")]) == 2
    assert "latin1.txt:2: not UTF-8" in capsys.readouterr().err
    assert run(["build", "--no-such-option"]) == 2


def test_every_command_is_in_the_readme():
    from lookback_kg.cli import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"lookback-kg {name}" in readme, name


def test_out_that_is_a_file_is_an_error(tmp_path, capsys):
    target = tmp_path / "out"
    target.write_text("not a folder", encoding="utf-8")
    assert run(["build", str(HEN), "--out", str(target)]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "not a folder"
