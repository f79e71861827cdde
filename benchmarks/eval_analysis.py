"""Accuracy of the analysis against a sample's ground truth (`dedup sample` writes it).

Measures what issue 4 asks for, on an inventory with known answers:
- function classification: micro precision/recall/F1 of (row, function) labels;
- sectors: share of systems whose sector (via the org map) is right;
- same product: B-cubed precision/recall/F1 of rows grouped into products;
- overlaps: product pairs that share a function, found with precision/recall/F1.
  A pair is two TRUE products sharing a true function; the tool's pairs are mapped to
  true products through the rows, so matching errors count against it too.

    python benchmarks/eval_analysis.py [samples/helsinki_inventory.xlsx] [--org-map helsinki2017]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dedup.analysis import analyze  # noqa: E402


def prf(found: set, true: set) -> dict[str, float]:
    hit = len(found & true)
    p = hit / len(found) if found else 1.0
    r = hit / len(true) if true else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed(found: dict, true: dict) -> dict[str, float]:
    """B-cubed precision/recall/F1 of a clustering of the same keys (rows into products)."""
    found_of: dict = defaultdict(set)
    true_of: dict = defaultdict(set)
    for k in found:
        found_of[found[k]].add(k)
        true_of[true[k]].add(k)
    both = {k: len(found_of[found[k]] & true_of[true[k]]) for k in found}
    p = sum(both[k] / len(found_of[found[k]]) for k in found) / len(found) if found else 1.0
    r = sum(both[k] / len(true_of[true[k]]) for k in found) / len(found) if found else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def shared_function_pairs(rows: dict[str, tuple[str, set[str]]]) -> set[tuple[str, str, str]]:
    """(function, product a, product b) for products sharing a function; per function."""
    by_function: dict[str, set[str]] = defaultdict(set)
    for product, functions in rows.values():
        for f in functions:
            by_function[f].add(product)
    return {(f, a, b) for f, ps in by_function.items() for a, b in combinations(sorted(ps), 2)}


def evaluate(path: Path, org_map: str | None) -> dict[str, dict[str, float]]:
    truth_path = path.with_name(path.stem + ".truth.csv")
    truth = {
        (t["sheet"], int(t["row"])): t
        for t in csv.DictReader(truth_path.open(encoding="utf-8"))
        if t["kind"] in ("system", "duplicate")
    }
    result = analyze([path], org_map=org_map)
    systems = {(s.source.sheet, s.source.row): s for s in result.systems}
    keys = sorted(truth.keys() & systems.keys())
    true_labels = {(k, f) for k in keys for f in truth[k]["functions"].split(";") if f}
    found_labels = {(k, f) for k in keys for f in systems[k].functions}
    sector_right = sum(1 for k in keys if systems[k].sector == truth[k]["sector"])
    true_rows = {k: (truth[k]["product"], set(filter(None, truth[k]["functions"].split(";"))))
                 for k in keys}  # fmt: skip
    # the tool's view, expressed in true product ids: a found product is named by the
    # true product of most of its rows
    members: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        members[systems[k].product or k[0] + str(k[1])].append(truth[k]["product"])
    name = {p: max(sorted(set(v)), key=v.count) for p, v in members.items()}
    found_rows = {k: (name[systems[k].product or k[0] + str(k[1])], set(systems[k].functions))
                  for k in keys}  # fmt: skip
    return {
        "same product (B-cubed)": bcubed(
            {k: systems[k].product or str(k) for k in keys}, {k: truth[k]["product"] for k in keys}
        ),  # fmt: skip
        "functions (row labels)": prf(found_labels, true_labels),
        "product pairs sharing a function": prf(
            shared_function_pairs(found_rows), shared_function_pairs(true_rows)
        ),
        "sector right": {"share": sector_right / len(keys) if keys else 0.0, "systems": len(keys)},
    }


def format_scores(values: dict) -> str:
    return "  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                     for k, v in values.items())  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "inventory", nargs="?", default=str(ROOT / "samples/helsinki_inventory.xlsx")
    )
    parser.add_argument("--org-map", default="helsinki2017")
    args = parser.parse_args()
    for metric, values in evaluate(Path(args.inventory), args.org_map).items():
        print(f"{metric:34} {format_scores(values)}")


if __name__ == "__main__":
    main()
