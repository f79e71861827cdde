"""Measure product matching: B-cubed and pairwise precision/recall/F1.

(a) on the sample ground truth `samples/helsinki_inventory.truth.csv` (column `product`,
keyed by sheet,row), when the sample generator has produced it; (b) on hand-labelled
families in the real Helsinki 2013 and Oulu 2023 registers (`tests/data/labels/`).

(c) the `base-tail` links made on every inventory, including the US GSA standards list
(versions in names, no labels): a person reviews them with --show-links, since a wrong
base + tail join is the error the other numbers would miss on unlabelled rows.

Usage: python benchmarks/eval_match.py [--show-errors] [--show-links]
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dedup.match import match_products  # noqa: E402
from dedup.model import Source, System, SystemId  # noqa: E402

REALDATA = ROOT.parent / "shared" / "realdata"
LABELS = ROOT / "tests" / "data" / "labels"
HELSINKI = "helsinki_2013_tietojarjestelmaluettelo.csv"
OULU = "oulu_2023_tietojarjestelmaluettelo.csv"
GSA = "gsa_2022_it_standards.csv"


def _cell(value: str | None) -> str | None:
    """Helsinki writes missing as the literal 0."""
    value = (value or "").strip()
    return None if value in {"", "0"} else value


def _column(header: Sequence[str], *starts: str) -> int | None:
    for i, h in enumerate(header):
        flat = " ".join(h.split()).casefold()
        if any(flat.startswith(s.casefold()) for s in starts):
            return i
    return None


def load_helsinki(path: Path = REALDATA / HELSINKI) -> list[System]:
    """Systems from the Helsinki 2013 CSV (row = record number, header = 1); no name -> skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    header = records[0]
    c_name = _column(header, "Järjestelmän nimi")
    c_parent = _column(header, "Pääjärjestelmän nimi")
    c_owner = _column(header, "Järjestelmän* omistaja", "Järjestelmän omistaja")
    out = []
    for row_no, rec in enumerate(records[1:], start=2):
        name = _cell(rec[c_name])
        if not name:
            continue
        out.append(
            System(
                id=SystemId(f"S{len(out) + 1}"),
                source=Source(path.name, path.stem, row_no),
                name=name,
                parent=_cell(rec[c_parent]) if c_parent is not None else None,
                department=_cell(rec[c_owner]) if c_owner is not None else None,
            )
        )
    return out


def load_oulu(path: Path = REALDATA / OULU) -> list[System]:
    """Systems from the Oulu 2023 CSV: description name, Kutsumanimi as product hint."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle, delimiter=";"))
    header = records[0]
    idx = {h.strip(): i for i, h in enumerate(header)}
    out = []
    for row_no, rec in enumerate(records[1:], start=2):
        name = (rec[idx["Tietojärjestelmät"]] or "").strip()
        if not name:
            continue
        units = [u.strip() for u in rec[idx["Yksiköt"]].split(",") if u.strip()]
        out.append(
            System(
                id=SystemId(f"S{len(out) + 1}"),
                source=Source(path.name, path.stem, row_no),
                name=name,
                product_hint=(rec[idx["Kutsumanimi"]] or "").strip() or None,
                vendor=(rec[idx["Toimittajat"]] or "").strip() or None,
                department=units[0] if units else None,
                using_orgs=tuple(units),
            )
        )
    return out


def load_gsa(path: Path = REALDATA / GSA) -> list[System]:
    """Names of the GSA IT standards list (one agency, no departments)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        System(SystemId(f"S{i + 1}"), Source(path.name, path.stem, i + 2), name)
        for i, r in enumerate(rows)
        if (name := (r.get("Standard Name") or "").strip())
    ]


def base_tail_links(systems: Sequence[System]) -> list[tuple[str, str, float]]:
    """(product, detail, score) of every `base-tail` link the matcher made."""
    return [
        (p.name, link.detail, link.score)
        for p in match_products(systems).products
        for link in p.evidence
        if link.rule == "base-tail"
    ]


def read_families(path: Path) -> dict[int, str]:
    """row -> family label from a hand-label CSV (columns row,family)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {int(r["row"]): r["family"] for r in csv.DictReader(handle)}


def read_different(path: Path = LABELS / "different_products.csv") -> list[dict[str, str]]:
    """Same-vendor different-product pairs: file,row_a,row_b,why."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def pairwise(truth: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 over items in `truth` (pairs counted within clusters)."""
    items = sorted(truth)
    tp = fp = fn = 0
    true_pairs = _pairs(items, truth)
    pred_pairs = _pairs(items, pred)
    tp = len(true_pairs & pred_pairs)
    fp = len(pred_pairs - true_pairs)
    fn = len(true_pairs - pred_pairs)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": _f1(p, r), "true_pairs": len(true_pairs)}


def _pairs(items: Iterable[str], label: Mapping[str, str]) -> set[tuple[str, str]]:
    groups = defaultdict(list)
    for item in items:
        groups[label[item]].append(item)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}


def bcubed(truth: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 (Bagga & Baldwin) over the items in `truth`."""
    items = sorted(truth)
    by_true, by_pred = defaultdict(set), defaultdict(set)
    for i in items:
        by_true[truth[i]].add(i)
        by_pred[pred[i]].add(i)
    p = sum(len(by_true[truth[i]] & by_pred[pred[i]]) / len(by_pred[pred[i]]) for i in items)
    r = sum(len(by_true[truth[i]] & by_pred[pred[i]]) / len(by_true[truth[i]]) for i in items)
    p, r = p / len(items), r / len(items)
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_real(systems: Sequence[System], families: Mapping[int, str]) -> dict:
    """Scores on the labelled rows only; unlabelled rows still take part in matching."""
    result = match_products(systems)
    pred = {str(s.source.row): s.product for s in result.systems}
    truth = {str(r): f for r, f in families.items() if str(r) in pred}
    return {
        "pairwise": pairwise(truth, pred),
        "bcubed": bcubed(truth, pred),
        "pred": pred,
        "truth": truth,
        "result": result,
    }


def kept_apart(files: Mapping[str, Sequence[System]]) -> tuple[int, int, list]:
    """(pairs kept apart, pairs labelled, failures) for different_products.csv."""
    preds = {}
    for name, systems in files.items():
        preds[name] = {s.source.row: s.product for s in match_products(systems).systems}
    ok, failures = 0, []
    rows = read_different()
    for r in rows:
        pred = preds[r["file"]]
        a, b = int(r["row_a"]), int(r["row_b"])
        if pred[a] != pred[b]:
            ok += 1
        else:
            failures.append(r)
    return ok, len(rows), failures


def evaluate_sample(root: Path = ROOT / "samples") -> dict | None:
    """Scores on the generated sample against its truth file, or None when it is absent.

    Rows the truth marks as blank/totals/reject are not systems; `multi` rows (one cell
    naming several systems) are scored as their own singleton products.
    """
    truth_path = root / "helsinki_inventory.truth.csv"
    workbook = root / "helsinki_inventory.xlsx"
    if not truth_path.exists() or not workbook.exists():
        return None
    try:
        from dedup.inventory import load_inventory
    except ImportError:
        return None
    inventory = load_inventory([workbook])
    with truth_path.open(encoding="utf-8", newline="") as handle:
        truth_rows = list(csv.DictReader(handle))
    truth = {}
    for r in truth_rows:
        if r.get("kind", "system") in {"blank", "totals", "reject"} or not r["product"]:
            continue
        key = f"{r['sheet']}!{r['row']}"
        truth[key] = r["product"] if r.get("kind") != "multi" else f"multi:{key}"
    result = match_products(inventory.systems)
    pred = {f"{s.source.sheet}!{s.source.row}": s.product for s in result.systems}
    missing = sorted(k for k in truth if k not in pred)
    truth = {k: v for k, v in truth.items() if k in pred}
    return {
        "pairwise": pairwise(truth, pred),
        "bcubed": bcubed(truth, pred),
        "n": len(truth),
        "missing": missing,
        "pred": pred,
        "truth": truth,
        "systems": {f"{s.source.sheet}!{s.source.row}": s for s in inventory.systems},
    }


def _show(label: str, scores: dict) -> None:
    pw, b3 = scores["pairwise"], scores["bcubed"]
    print(
        f"{label:<22} pairwise P={pw['precision']:.3f} R={pw['recall']:.3f} F1={pw['f1']:.3f} "
        f"({pw['true_pairs']} true pairs) | B-cubed P={b3['precision']:.3f} "
        f"R={b3['recall']:.3f} F1={b3['f1']:.3f}"
    )


def main(argv: Sequence[str] = ()) -> int:
    show = "--show-errors" in argv
    sample = evaluate_sample()
    if sample is None:
        print("sample ground truth: absent (samples/helsinki_inventory.truth.csv or importer)")
    else:
        _show(f"sample ({sample['n']} rows)", sample)
        if sample["missing"]:
            print(f"  {len(sample['missing'])} truth rows not imported as systems")
        if show:
            _errors(sample, list(sample["systems"].values()), key=_sheet_row)
    if not (REALDATA / HELSINKI).exists():
        print(f"real data absent at {REALDATA}")
        return 0
    files = {HELSINKI: load_helsinki(), OULU: load_oulu()}
    for fname, label_file in (
        (HELSINKI, "helsinki_2013_families.csv"),
        (OULU, "oulu_2023_families.csv"),
    ):
        scores = evaluate_real(files[fname], read_families(LABELS / label_file))
        _show(fname.split("_")[0] + " families", scores)
        if show:
            _errors(scores, files[fname])
    ok, total, failures = kept_apart(files)
    print(f"different products kept apart: {ok}/{total} = {ok / total:.3f}")
    for f in failures:
        print("  merged:", f)
    inventories = {"helsinki": files[HELSINKI], "oulu": files[OULU]}
    if (REALDATA / GSA).exists():
        inventories["gsa"] = load_gsa()
    if sample is not None:
        inventories["sample"] = list(sample["systems"].values())
    counts = {label: base_tail_links(systems) for label, systems in inventories.items()}
    print("base-tail links: " + ", ".join(f"{k} {len(v)}" for k, v in counts.items()))
    if "--show-links" in argv:
        for label, links in counts.items():
            for product, detail, score in links:
                print(f"  {label}: {product!r}: {detail} [{score}]")
    return 0


def _sheet_row(s: System) -> str:
    return f"{s.source.sheet}!{s.source.row}"


def _errors(scores: dict, systems: Sequence[System], key=lambda s: str(s.source.row)) -> None:
    by_row = {key(s): s for s in systems}
    truth, pred = scores["truth"], scores["pred"]
    fam = defaultdict(list)
    for r, f in truth.items():
        fam[f].append(r)
    for f, rows in sorted(fam.items()):
        prods = {pred[r] for r in rows}
        if len(prods) > 1:
            print(f"  split {f}: " + "; ".join(f"{r}:{by_row[r].name!r}->{pred[r]}" for r in rows))
    byp = defaultdict(list)
    for r, p in pred.items():
        if r in truth:
            byp[p].append(r)
    for p, rows in sorted(byp.items()):
        fams = {truth[r] for r in rows}
        if len(fams) > 1:
            print(f"  merged {p}: " + "; ".join(f"{r}:{by_row[r].name!r}={truth[r]}" for r in rows))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
