"""rdflib against Oxigraph on every named query: the corpus, then synthetic graphs
(bench/synthetic.py) of about 100k and 1M triples. Prints the Oxigraph load time, each query's
best-of-N seconds on both engines and the ratio rdflib / Oxigraph. Where the smaller graph
says rdflib would take longer than --budget seconds (a linear guess), that run is skipped and
the guess printed instead.

Run: cd bench && ../.venv/bin/python query_engines.py [--sizes 100000,1000000] [--budget 120]
"""

from __future__ import annotations

import argparse
import time

from synthetic import synthetic_dataset

from lookback_kg.oxigraph import to_store
from lookback_kg.pipeline import build
from lookback_kg.query import list_queries, run_query

PARAMS = {"claims-about": {"entity": "id:film/look-back"}}
SYNTHETIC_PARAMS = {"claims-about": {"entity": "id:film/film-1"}}


def best_of(repeat: int, work) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(work())
        times.append(time.perf_counter() - start)
    return min(times), rows


def compare(name, dataset, params, repeat, previous=None, scale=1.0, budget=120.0) -> dict:
    """Time every query on both engines; returns rdflib's seconds per query."""
    start = time.perf_counter()
    store = to_store(dataset)
    load = time.perf_counter() - start
    print(f"\n{name}: loading into Oxigraph took {load:.2f} s (rdflib holds it already)")
    print(f"{'query':>18} {'rows':>7} {'rdflib s':>9} {'oxigraph s':>10} {'ratio':>7}")
    seconds = {}
    for query in list_queries():
        bound = params.get(query.name, {})
        fast, rows = best_of(
            repeat, lambda q=query, b=bound: run_query_on_store(dataset, store, q, b)
        )
        guess = (previous or {}).get(query.name, 0.0) * scale
        if guess > budget:
            print(
                f"{query.name:>18} {rows:>7,} {'skipped':>9} {fast:10.3f}"
                f"   (rdflib: linear guess {guess:,.0f} s)"
            )
            seconds[query.name] = guess
            continue
        slow, other = best_of(repeat, lambda q=query, b=bound: run_query(dataset, q, **b))
        assert rows == other, (query.name, rows, other)
        seconds[query.name] = slow
        print(f"{query.name:>18} {rows:>7,} {slow:9.3f} {fast:10.3f} {slow / fast:6.1f}x")
    return seconds


def run_query_on_store(dataset, store, query, params):
    """Oxigraph with the store loaded once, as a long-lived service would hold it."""
    from lookback_kg.oxigraph import run_on_oxigraph
    from lookback_kg.query import bind_parameters

    return run_on_oxigraph(store, query, bind_parameters(dataset, query, params)).rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=120.0)
    args = parser.parse_args()
    compare("corpus", build().dataset, PARAMS, args.repeat)
    previous, last = None, None
    for size in (int(n) for n in args.sizes.split(",")):
        scale = size / last if last else 1.0
        dataset = synthetic_dataset(size)
        name = f"synthetic ~{size:,} triples"
        previous = compare(name, dataset, SYNTHETIC_PARAMS, 1, previous, scale, args.budget)
        last = size


if __name__ == "__main__":
    main()
