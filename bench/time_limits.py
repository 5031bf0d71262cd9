"""How soon after its limit a runaway query or validation stops: runs work that would take
hours (a backtracking regex on rdflib, a cross join on Oxigraph, a backtracking sh:pattern)
with limits of 1, 2 and 5 seconds and prints the overshoot.

Run: cd bench && ../.venv/bin/python time_limits.py
"""

from __future__ import annotations

import time
from pathlib import Path

from lookback_kg.limits import TimeLimitError
from lookback_kg.load import load_graph, load_graph_files
from lookback_kg.pipeline import build
from lookback_kg.query import run_query
from lookback_kg.validate import validate

HOSTILE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "hostile"


def overshoot(work, limit: float) -> float:
    start = time.perf_counter()
    try:
        work(limit)
    except TimeLimitError:
        return time.perf_counter() - start - limit
    raise SystemExit("the work finished: it was meant to run past the limit")


def main() -> None:
    film = load_graph_files([HOSTILE / "film-long-name.ttl"])
    corpus = build().dataset
    regex = (HOSTILE / "regex.rq").read_text(encoding="utf-8")
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    shapes = load_graph(HOSTILE / "shapes-regex.ttl")
    cases = {
        "rdflib regex": lambda limit: run_query(film, regex, timeout=limit),
        "oxigraph cross join": lambda limit: run_query(
            corpus, cross, engine="oxigraph", timeout=limit
        ),
        "sh:pattern": lambda limit: validate(film, shapes, timeout=limit),
    }
    print(f"{'work':>20} {'limit s':>8} {'stopped after s':>16} {'overshoot s':>12}")
    for name, work in cases.items():
        for limit in (1.0, 2.0, 5.0):
            late = overshoot(work, limit)
            print(f"{name:>20} {limit:8.1f} {limit + late:16.2f} {late:12.2f}")


if __name__ == "__main__":
    main()
