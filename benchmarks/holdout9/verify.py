"""Consistency checks for the holdout9 outputs. Exit code 1 on any error."""
import collections
import csv
import hashlib
import importlib
import os
import subprocess
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
INV = sys.argv[1:] or ["i9_fi", "j9_fi", "k9_sv", "l9_en"]
HEADER = ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
PLACE = {"-", "?", "tbd", "ks. lisätiedot", "täydennetään", "se kommentar", "se kommentar.", "see notes",
         "see comments", "tbc", "ks. huom", "—", "se anm.", "n/a - see notes"}
errors = []


def err(x, msg):
    errors.append(f"[{x}] {msg}")


def digest():
    return {f: hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
            for f in sorted(os.listdir(OUT))}


funcs = {r["id"] for r in csv.DictReader(open(os.path.join(HERE, "functions.csv"), encoding="utf-8"))}
sys.path.insert(0, HERE)
for x in INV:
    base = os.path.join(OUT, f"holdout9_{x}")
    mod = importlib.import_module(f"inv_{x}")
    with open(base + ".truth.csv", encoding="utf-8") as f:
        rd = csv.reader(f)
        if next(rd) != HEADER:
            err(x, "bad truth header")
        truth = [dict(zip(HEADER, r)) for r in rd]
    with open(base + ".orgmap.csv", encoding="utf-8") as f:
        rd = csv.reader(f)
        head = next(rd)
        if len(head) != 2:
            err(x, "orgmap header must have 2 columns")
        org = dict(rd)
    wb = load_workbook(base + ".xlsx")
    heads_want = [h for h, _ in mod.COLUMNS]
    name_col = [k for _, k in mod.COLUMNS].index("name") + 1
    dept_col = [k for _, k in mod.COLUMNS].index("dept") + 1
    purp_col = [k for _, k in mod.COLUMNS].index("purpose") + 1
    hdr_row = 3 if mod.TITLE else 1
    data_cells = {}
    for sname in mod.SHEET_ORDER:
        ws = wb[sname]
        got = [ws.cell(hdr_row, j).value for j in range(1, len(heads_want) + 1)]
        if got != heads_want:
            err(x, f"{sname}: header {got}")
        for r in range(hdr_row + 1, ws.max_row + 1):
            if ws.cell(r, name_col).value not in (None, ""):
                data_cells[(sname, r)] = (ws.cell(r, name_col).value, ws.cell(r, dept_col).value,
                                          ws.cell(r, purp_col).value)
    keys = [(t["sheet"], int(t["row"])) for t in truth]
    if len(set(keys)) != len(keys):
        err(x, "duplicate truth keys")
    if set(keys) != set(data_cells):
        err(x, f"truth rows != data rows ({len(keys)} vs {len(data_cells)})")
    prod_funcs, prod_names, prod_depts, prod_purps = {}, collections.defaultdict(set), \
        collections.defaultdict(set), collections.defaultdict(set)
    n_place = 0
    for t in truth:
        k = (t["sheet"], int(t["row"]))
        name, dept, purp = data_cells.get(k, (None, None, None))
        if name != t["system_name"]:
            err(x, f"{k}: name {name!r} != {t['system_name']!r}")
        if dept != t["department"]:
            err(x, f"{k}: dept {dept!r} != {t['department']!r}")
        if t["department"] not in org:
            err(x, f"dept not in orgmap: {t['department']}")
        elif org[t["department"]] != t["sector"]:
            err(x, f"sector mismatch for {t['department']}")
        if t["kind"] != "system":
            err(x, "kind")
        fs = t["functions"].split(";")
        if not 1 <= len(fs) <= 3 or any(f not in funcs for f in fs):
            err(x, f"bad functions {t['functions']}")
        if prod_funcs.setdefault(t["product"], t["functions"]) != t["functions"]:
            err(x, f"product {t['product']} has inconsistent functions")
        prod_names[t["product"]].add(t["system_name"])
        prod_depts[t["product"]].add(t["department"])
        if purp is None or str(purp).strip().lower() in PLACE | {p.lower() for p in mod.PLACEHOLDERS}:
            n_place += 1
        else:
            prod_purps[t["product"]].add(purp)
    sectors = set(org.values())
    canon = list(mod.DEPTS)
    by_func = collections.defaultdict(set)
    for p, fs in prod_funcs.items():
        for f in fs.split(";"):
            by_func[f].add(p)
    overlap = sorted(f for f, ps in by_func.items() if 2 <= len(ps) <= 3)
    over3 = sorted(f for f, ps in by_func.items() if len(ps) > 3)
    n, np_ = len(truth), len(prod_funcs)
    checks = [(150 <= n <= 230, f"rows {n}"), (60 <= np_ <= 90, f"products {np_}"),
              (4 <= len(sectors) <= 7, f"sectors {len(sectors)}"),
              (15 <= len(canon) <= 30, f"departments {len(canon)}"),
              (12 <= len(overlap) <= 20, f"overlap functions {len(overlap)}"),
              (not over3, f"functions with >3 products {over3}"),
              (all(len(v) <= 4 for v in prod_names.values()), "spellings > 4"),
              (all(len(v) <= 6 for v in prod_depts.values()), "departments per product > 6"),
              (0.06 <= n_place / n <= 0.16, f"placeholder share {n_place / n:.2f}")]
    for ok, msg in checks:
        if not ok:
            err(x, "range check failed: " + msg)
    print(f"{x}: rows={n} products={np_} sectors={len(sectors)} depts={len(canon)} "
          f"(+{len(org) - len(canon)} variants) overlap={len(overlap)} placeholders={n_place} "
          f"sheets={mod.SHEET_ORDER}")
    print("   overlap functions:", ", ".join(overlap))

# determinism: regenerate and compare bytes
before = digest()
subprocess.run([sys.executable, os.path.join(HERE, "make_inventories.py")] + INV, check=True, stdout=subprocess.DEVNULL)
if digest() != before:
    errors.append("outputs are not byte-identical after regeneration")
print("\n".join(errors) if errors else "verify: OK")
sys.exit(1 if errors else 0)
