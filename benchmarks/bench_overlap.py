"""Time and peak memory of overlaps, product similarity, clusters and the graph at city scale.

Synthetic inventory: 100k systems of 20k products serving ~80 functions with a realistic
skew: a few functions (case management, reporting...) are served by thousands of
products, most by tens; e-mail touches nearly every product (integrations, notifications),
identity management a third. Systems spread over 40 departments in 5 sectors.
Peak MB is tracemalloc's peak of a second run of each step (Python and numpy allocations).
Usage: python benchmarks/bench_overlap.py [systems] [products] [--no-memory]
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dedup.graph import build_graph  # noqa: E402
from dedup.model import (  # noqa: E402
    Function,
    FunctionId,
    Product,
    ProductId,
    Source,
    System,
    SystemId,
)
from dedup.overlap import (  # noqa: E402
    find_clusters,
    find_overlaps,
    function_index,
    product_similarity,
)
from dedup.taxonomy import load_functions

SECTORS = ["Keskushallinto", "Kasko", "Kuva", "Kymp", "Sote"]


def reference_functions() -> tuple[Function, ...]:
    """The shipped reference functions."""
    return load_functions()


def inventory(
    n_systems: int, n_products: int, functions: tuple[Function, ...], seed: int = 7
) -> tuple[list[System], list[Product]]:
    rng = np.random.default_rng(seed)
    specific = [f.id for f in functions if not f.basic_it]
    basic = [f.id for f in functions if f.basic_it]
    email, identity = FunctionId("office-email"), FunctionId("identity-access")
    weight = 1.0 / np.arange(1, len(specific) + 1) ** 0.9  # Zipf-like popularity
    weight /= weight.sum()
    product_functions: list[tuple[FunctionId, ...]] = []
    for _ in range(n_products):
        fs: set[FunctionId] = set()
        if rng.random() < 0.03:  # a pure basic-IT product
            fs.add(basic[int(rng.integers(len(basic)))])
        else:
            k = 1 + int(rng.random() < 0.4) + int(rng.random() < 0.15)
            fs.update(specific[i] for i in rng.choice(len(specific), size=k, p=weight))
        if rng.random() < 0.95:
            fs.add(email)
        if rng.random() < 0.3:
            fs.add(identity)
        product_functions.append(tuple(sorted(fs)))
    departments = [(f"Dept{d:02d}", SECTORS[d % len(SECTORS)]) for d in range(40)]
    dept_weight = 1.0 / np.arange(1, 41) ** 0.7
    dept_weight /= dept_weight.sum()
    owner = np.concatenate(
        [np.arange(n_products), rng.zipf(1.6, n_systems - n_products) % n_products]
    )
    dept = rng.choice(40, size=n_systems, p=dept_weight)
    systems = []
    for n in range(n_systems):
        p = int(owner[n])
        fs = product_functions[p]
        if len(fs) > 1 and rng.random() < 0.2:  # this row's purpose text omits one function
            fs = fs[:-1]
        name, sector = departments[int(dept[n])]
        systems.append(
            System(
                SystemId(f"S{n + 1}"), Source("bench.xlsx", "Sheet1", n + 2), f"Product {p}",
                department=name, unit=name, sector=sector, product=ProductId(f"P{p:05d}"),
                functions=fs,
            )
        )  # fmt: skip
    members: dict[int, list[SystemId]] = {}
    for n in range(n_systems):
        members.setdefault(int(owner[n]), []).append(SystemId(f"S{n + 1}"))
    products = [
        Product(ProductId(f"P{p:05d}"), f"Product {p}", None, tuple(members[p]))
        for p in sorted(members)
    ]
    return systems, products


def measure(label: str, call, memory: bool, rows: list) -> object:
    start, cpu = time.perf_counter(), time.process_time()
    result = call()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = None
    if memory:
        tracemalloc.start()
        call()
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    rows.append((label, seconds, cpu, peak))
    return result


def main(argv: list[str]) -> None:
    numbers = [int(a) for a in argv if a.isdigit()]
    n_systems = numbers[0] if numbers else 100_000
    n_products = numbers[1] if len(numbers) > 1 else 20_000
    memory = "--no-memory" not in argv
    functions = reference_functions()
    t0 = time.perf_counter()
    systems, products = inventory(n_systems, n_products, functions)
    print(f"generated {len(systems):,} systems, {len(products):,} products, "
          f"{len(functions)} functions in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    rows: list = []
    index = measure("function_index", lambda: function_index(systems, products), memory, rows)
    overlaps = measure(
        "find_overlaps", lambda: find_overlaps(systems, products, index), memory, rows
    )
    sim_all = measure(
        "product_similarity (all)",
        lambda: product_similarity(systems, products, functions),
        memory, rows,
    )  # fmt: skip
    measure(
        "product_similarity (>=0.5)",
        lambda: product_similarity(systems, products, functions, min_jaccard=0.5),
        memory, rows,
    )  # fmt: skip
    clusters = measure(
        "find_clusters", lambda: find_clusters(systems, products, functions), memory, rows
    )
    graph = measure("build_graph", lambda: build_graph(systems, products, functions), memory, rows)
    print()
    print(f"{'step':<28} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
    for label, seconds, cpu, peak in rows:
        shown = f"{peak:8.0f}" if peak is not None else "       -"
        print(f"{label:<28} {seconds:8.2f} {cpu:8.2f} {shown}")
    print(f"{'total':<28} {sum(r[1] for r in rows):8.2f} {sum(r[2] for r in rows):8.2f}")
    sizes = [len(c.products) for c in clusters]
    print()
    print(f"overlaps: {len(overlaps)}; signatures: {len(sim_all.signatures):,} for "
          f"{len(products):,} products; signature pairs: {len(sim_all.a):,} standing for "
          f"{sim_all.product_pairs():,} product pairs")  # fmt: skip
    print(
        f"clusters: {len(clusters):,}, products in clusters: {sum(sizes):,}, "
        f"largest: {max(sizes, default=0)}, scopes: "
        f"{ {s: sum(c.scope == s for c in clusters) for s in ('basic-it', 'sector', 'city')} }"
    )
    print(f"graph: {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges")
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
