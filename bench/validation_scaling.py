"""How validation time grows with graph size: the corpus, then synthetic graphs of about 10k,
100k and 1M triples (bench/synthetic.py). Prints seconds, triples per second and the ratio to
the step before. A size is skipped once the one before it took longer than the budget,
with the time a linear extrapolation predicts.

Run: .venv/bin/python bench/validation_scaling.py [--budget SECONDS]
"""

from __future__ import annotations

import argparse
import time

from synthetic import synthetic_dataset

from lookback_kg.build import merged_graph
from lookback_kg.pipeline import build
from lookback_kg.validate import load_shapes, validate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--budget", type=float, default=120.0)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    shapes = load_shapes()
    cases = [("corpus", lambda: build().dataset)]
    cases += [(f"{int(n):,}", lambda n=int(n): synthetic_dataset(n)) for n in args.sizes.split(",")]
    previous: tuple[int, float] | None = None
    print(f"{'graph':>12} {'triples':>10} {'seconds':>9} {'triples/s':>10} ratio")
    for name, make in cases:
        dataset = make()
        triples = len(merged_graph(dataset))
        if previous and previous[1] > args.budget:
            guess = previous[1] * triples / previous[0]
            print(f"{name:>12} {triples:>10,}   skipped (linear guess {guess:,.0f} s)")
            continue
        start = time.perf_counter()
        report = validate(dataset, shapes)
        seconds = time.perf_counter() - start
        ratio = f"x{seconds / previous[1]:.1f}" if previous else ""
        print(
            f"{name:>12} {triples:>10,} {seconds:9.1f} {triples / seconds:10,.0f} {ratio:>6}"
            f"  ({len(report.results)} findings)"
        )
        previous = (triples, seconds)


if __name__ == "__main__":
    main()
