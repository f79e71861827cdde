"""Time and peak memory of match_products on a synthetic 100k-row, 20k-name inventory.

Names are generated as products (two random syllable words, some with a vendor prefix)
and written by "departments" in spelling variants: case, versions, years, editions,
legal forms, typos, brackets with descriptions, descriptive tails.
Usage: python benchmarks/bench_match.py [rows] [distinct_names] [--memory]
"""

from __future__ import annotations

import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedup.match import match_products  # noqa: E402
from dedup.model import Source, System, SystemId  # noqa: E402

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "te",
    "vo",
    "ni",
    "su",
    "pe",
    "ha",
    "jo",
    "ki",
    "la",
    "ma",
    "no",
    "pa",
    "ri",
    "sa",
    "ta",
    "va",
    "ul",
    "en",
    "ar",
    "is",
]
VENDORS = ["Visma", "Basware", "Trimble", "Tieto", "CGI", "Innofactor", "Solita", "Gofore"]
TAILS = ["-järjestelmä", " tietojärjestelmä", " ohjelmisto", " system", " software"]
EDITIONS = ["6.0", "10", "2019", "Enterprise", "Cloud", "16.x"]
LEGAL = ["Oy", "Oyj", "Ab", "Ltd"]
DESCRIPTIONS = ["Asianhallinta", "Kirjanpito", "Tilavaraus", "Palkanlaskenta"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _typo(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def variant(rng: random.Random, name: str) -> str:
    """One department's spelling of `name`."""
    kind = rng.randrange(8)
    if kind == 0:
        return name.upper()
    if kind == 1:
        return f"{name} {rng.choice(EDITIONS)}"
    if kind == 2:
        return f"{name} {rng.choice(LEGAL)}"
    if kind == 3 and len(name) > 6:
        return _typo(rng, name)
    if kind == 4:
        return f"{rng.choice(DESCRIPTIONS)}järjestelmä ({name})"
    if kind == 5:
        return name + rng.choice(TAILS)
    if kind == 6:
        return f"{name}\n{rng.choice(DESCRIPTIONS)}"
    return name


def make_systems(rows: int, names: int, seed: int = 7) -> list[System]:
    """`rows` systems whose names take about `names` distinct spellings."""
    return make_labelled(rows, names, seed)[0]


def make_labelled(rows: int, names: int, seed: int = 7) -> tuple[list[System], list[int]]:
    """Systems and, per system, the index of the product its name was derived from."""
    rng = random.Random(seed)
    n_products = max(1, names // 4)
    products = sorted(
        {
            (f"{rng.choice(VENDORS)} " if rng.random() < 0.2 else "") + f"{_word(rng)} {_word(rng)}"
            for _ in range(n_products)
        }
    )
    spellings = [(variant(rng, p), k) for k, p in enumerate(products) for _ in range(4)]
    out, truth = [], []
    for i in range(rows):
        name, k = spellings[i % len(spellings)] if i < len(spellings) else rng.choice(spellings)
        truth.append(k)
        out.append(
            System(
                SystemId(f"S{i + 1}"),
                Source("bench.xlsx", f"D{i % 40}", i + 2),
                name,
                department=f"Dept {i % 40}",
            )
        )
    return out, truth


def main(argv: list[str]) -> int:
    nums = [a for a in argv if not a.startswith("--")]
    rows = int(nums[0]) if nums else 100_000
    names = int(nums[1]) if len(nums) > 1 else 20_000
    systems, truth = make_labelled(rows, names)
    distinct = len({s.name for s in systems})
    start, cpu = time.perf_counter(), time.process_time()
    result = match_products(systems)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"rows={rows} distinct names={distinct} products={len(result.products)} "
        f"(true {len(set(truth))}) wall={elapsed:.2f}s cpu={cpu:.2f}s max RSS={rss:.0f} MiB"
    )
    from eval_match import bcubed

    scores = bcubed(
        {s.id: str(k) for s, k in zip(systems, truth, strict=True)},
        {s.id: s.product for s in result.systems},
    )
    print("synthetic B-cubed P={precision:.4f} R={recall:.4f} F1={f1:.4f}".format(**scores))
    if "--memory" in argv:
        tracemalloc.start()
        match_products(systems)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc peak (second run, slowed by tracing) = {peak / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
