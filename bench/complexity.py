"""Does every step stay linear on hostile input? Each shape that once took quadratic time (or
might) is doubled four times; the script prints seconds per size and the ratio to the size
before. Linear growth shows as a ratio near 2, quadratic as a ratio near 4. Where an engine
underneath does the same work (pyoxigraph's parser for graph files), its time is printed in
the same run, with our time as a multiple of it.

Run: .venv/bin/python bench/complexity.py [--quick]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from lookback_kg.articles import parse_article
from lookback_kg.extract import extract_facts
from lookback_kg.load import load_graph_files
from lookback_kg.query import QueryError, check_query

FOLDER = Path(tempfile.mkdtemp(prefix="lookback-complexity-"))


def extraction(body: str) -> Callable[[], object]:
    article = parse_article(f"source: urn:bench\ntitle: Bench\n\n{body}")
    return lambda: extract_facts(article)


def loading(name: str, text: str) -> tuple[Callable[[], object], Callable[[], object]]:
    path = FOLDER / name
    path.write_text(text, encoding="utf-8")
    formats = {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS}
    engine = formats.get(path.suffix, ox.RdfFormat.TURTLE)
    return (
        lambda: load_graph_files([path]),
        lambda: list(ox.parse(path.read_bytes(), engine)),
    )


def query(text: str) -> Callable[[], object]:
    return lambda: check_query(text)


def sentences(n: int) -> str:
    return "Ab. " * (n // 4)


def one_long_line(n: int) -> str:
    return ("Kiyotaka Oshiyama directed Look Back and " * (n // 41 + 1))[:n]


def long_literal(n: int) -> str:
    return f'<https://e.org/a> <https://e.org/p> """{"x" * (n // 2)}\n{"y" * (n // 2)}""" .\n'


def escapes(n: int) -> str:
    return '<https://e.org/a> <https://e.org/p> "' + "\\u0078" * (n // 6) + '" .\n'


def long_quad_lines(n: int) -> str:
    line = '<https://e.org/a> <https://e.org/p> "' + "x" * (n // 10) + '" <https://e.org/g> .\n'
    return line * 10


def deep_nesting(n: int) -> str:
    depth = n // 30
    return (
        "<https://e.org/a> <https://e.org/p> "
        + "[ <https://e.org/p> " * depth
        + "1"
        + " ]" * depth
        + " .\n"
    )


def long_string_query(n: int) -> str:
    return 'SELECT * WHERE { ?s ?p ?o FILTER(?o != "' + "x" * n + '") }'


def nested_groups_query(depth: int) -> str:
    """Refused past rdflib's recursion limit with a clean error: shown, not timed."""
    return "SELECT * WHERE " + "{ " * depth + "?s ?p ?o" + " }" * depth


def long_values_query(n: int) -> str:
    row = '("a value") '
    return "SELECT * WHERE { ?s ?p ?o } VALUES (?o) { " + row * (n // len(row)) + "}"


def best_of(work: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def series(label: str, sizes: list[int], make, runs: int) -> list[float]:
    """Time one shape at each size; returns the ratios to the size before."""
    ratios, previous = [], None
    for size in sizes:
        made = make(size)
        ours, engine = made if isinstance(made, tuple) else (made, None)
        seconds = best_of(ours, runs)
        line = f"{label:24} {size:>11,} chars {seconds:9.3f} s"
        if previous:
            ratios.append(seconds / previous)
            line += f"   x{seconds / previous:4.1f} per doubling"
        else:
            line += " " * 22
        if engine is not None:
            underneath = best_of(engine, runs)
            line += f"   pyoxigraph {underneath:7.3f} s (ours {seconds / underneath:5.1f}x)"
        print(line, flush=True)
        previous = seconds
    return ratios


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 1 if quick else 3
    kb = 1024
    shapes = {
        "extract: 'Ab. Ab. ...'": (
            [16 * kb * 2**i for i in range(4)],
            lambda n: extraction(sentences(n)),
        ),
        "extract: one long line": (
            [64 * kb * 2**i for i in range(4)],
            lambda n: extraction(one_long_line(n)),
        ),
        "load: long Turtle literal": (
            [1 * 2**20 * 2**i for i in range(4)],
            lambda n: loading("long.ttl", long_literal(n)),
        ),
        "load: N-Triples \\u escapes": (
            [1 * 2**20 * 2**i for i in range(4)],
            lambda n: loading("escapes.nt", escapes(n)),
        ),
        "load: long N-Quads lines": (
            [2 * 2**20 * 2**i for i in range(4)],
            lambda n: loading("long.nq", long_quad_lines(n)),
        ),
        "load: deep nesting": (
            [128 * kb * 2**i for i in range(4)],
            lambda n: loading("deep.ttl", deep_nesting(n)),
        ),
        "query: long string": (
            [1 * 2**20 * 2**i for i in range(4)],
            lambda n: query(long_string_query(n)),
        ),
        "query: long VALUES": (
            [12 * kb * 2**i for i in range(4)],
            lambda n: query(long_values_query(n)),
        ),
    }
    if quick:
        shapes = {label: (sizes[:3], make) for label, (sizes, make) in shapes.items()}
    print(f"best of {runs}; linear growth is x2 per doubling, quadratic x4\n")
    worst = {}
    for label, (sizes, make) in shapes.items():
        ratios = series(label, sizes, make, runs)
        worst[label] = max(ratios)
        print()
    try:
        check_query(nested_groups_query(5000))
    except QueryError as error:
        print(f"query: 5,000 nested groups -> refused at once: {error.message[:60]}...\n")
    print("largest ratio per doubling:")
    for label, ratio in worst.items():
        verdict = "linear" if ratio < 2.8 else "SUPERLINEAR"
        print(f"  {label:28} x{ratio:4.1f}  {verdict}")


if __name__ == "__main__":
    main()
