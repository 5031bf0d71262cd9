"""How projection (RDF -> networkx) and drawing grow with the number of entities: synthetic
graphs (bench/synthetic.py) of about 100, 1,000 and 10,000 entities. Prints seconds for the
projection, the layout, a PNG, and the HTML page, and the ratio to the size before.

Run: cd bench && ../.venv/bin/python network_scaling.py [--entities 100,1000,10000]
"""

from __future__ import annotations

import argparse
import time

from synthetic import synthetic_dataset

from lookback_kg.network import to_networkx
from lookback_kg.plot import html_bytes, layout, picture_bytes

TRIPLES_PER_FILM = 44  # bench/synthetic.py: each film brings itself and one of 997 people


def films_for(entities: int) -> int:
    """Films a synthetic graph needs to hold about this many entities."""
    return entities // 2 if entities <= 2 * 997 else entities - 997


def timed(work):
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", default="100,1000,10000")
    args = parser.parse_args()
    print(
        f"{'entities':>9} {'edges':>7} {'project s':>10} {'layout s':>9} {'png s':>7} "
        f"{'html s':>7}  ratio of project+png to the size before"
    )
    previous = None
    for wanted in (int(n) for n in args.entities.split(",")):
        dataset = synthetic_dataset(films_for(wanted) * TRIPLES_PER_FILM)
        network, project = timed(lambda d=dataset: to_networkx(d))
        _, place = timed(lambda n=network: layout(n))
        _, png = timed(lambda n=network: picture_bytes(n, "png"))
        _, page = timed(lambda d=dataset, n=network: html_bytes(d, n))
        total = project + png
        ratio = f"x{total / previous:.1f}" if previous else ""
        print(
            f"{network.number_of_nodes():>9,} {network.number_of_edges():>7,} {project:10.2f} "
            f"{place:9.2f} {png:7.2f} {page:7.2f}  {ratio}"
        )
        previous = total


if __name__ == "__main__":
    main()
