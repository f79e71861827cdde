"""Consistency checks for the holdout8 inventories. Exit code 1 on any failure.

Checks: function ids exist; 1-3 functions per product; every data row has exactly one truth
line and the name/department cells match; every department text is in the org map; product,
row, sector and department counts within the brief; 1-4 spellings and 1-6 departments per
product; overlap functions (2-3 products) in 12-20 and none served by >3 products; placeholder
and duplicate shares; byte-identical regeneration.
"""
import csv, hashlib, importlib, os, subprocess, sys, tempfile
from collections import defaultdict
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_inventories import INVENTORIES, STEM

FUNCS = {r["id"] for r in csv.DictReader(open(os.path.join(HERE, "functions.csv"), encoding="utf-8"))}
errors = []

def check(cond, msg):
    if not cond:
        errors.append(msg)

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

for x in INVENTORIES:
    inv = importlib.import_module("inv_" + x)
    base = os.path.join(HERE, "out", f"{STEM}_{x}")
    truth = list(csv.DictReader(open(base + ".truth.csv", encoding="utf-8")))
    org = list(csv.reader(open(base + ".orgmap.csv", encoding="utf-8")))
    check(tuple(org[0]) == tuple(inv.ORG_HEADER), f"{x}: orgmap header")
    orgmap = {r[0]: r[1] for r in org[1:]}
    wb = openpyxl.load_workbook(base + ".xlsx")
    keys = [k for _, k in inv.COLUMNS]
    ci, cd, cp = keys.index("name") + 1, keys.index("dept") + 1, keys.index("purpose") + 1
    # product table checks
    pids = [p[0] for p in inv.P]
    check(len(pids) == len(set(pids)), f"{x}: duplicate product ids")
    check(60 <= len(pids) <= 90, f"{x}: {len(pids)} products")
    spell_owner = {}
    fprod = defaultdict(set)
    for pid, names, vendor, funcs, depts, purps in inv.P:
        fl = funcs.split(";")
        check(1 <= len(fl) <= 3 and all(f in FUNCS for f in fl), f"{x}/{pid}: functions {funcs}")
        for f in fl:
            fprod[f].add(pid)
        dl = depts.split()
        check(1 <= len(dl) <= 6 and len(set(dl)) == len(dl) and all(d in inv.DEPTS for d in dl), f"{x}/{pid}: depts")
        check(len(dl) == 1 or 2 <= len(purps) <= 4 or len(purps) >= min(2, len(dl)), f"{x}/{pid}: purposes")
        for n in names.split("|"):
            check(spell_owner.setdefault(n.lower(), pid) == pid, f"{x}: spelling {n} shared by {pid}/{spell_owner.get(n.lower())}")
    over = {f: len(p) for f, p in fprod.items() if len(p) >= 2}
    check(12 <= len(over) <= 20, f"{x}: {len(over)} overlap functions")
    check(max(over.values()) <= 3, f"{x}: function served by >3 products")
    sectors = {s for s, _ in inv.DEPTS.values()}
    check(4 <= len(sectors) <= 7, f"{x}: {len(sectors)} sectors")
    check(15 <= len(inv.DEPTS) <= 30, f"{x}: {len(inv.DEPTS)} departments")
    # truth vs workbook
    check(150 <= len(truth) <= 230, f"{x}: {len(truth)} rows")
    seen = set()
    spellings = defaultdict(set)
    ph = dups = 0
    pmap = {p[0]: p for p in inv.P}
    for t in truth:
        ws = wb[t["sheet"]]
        r = int(t["row"])
        check((t["sheet"], r) not in seen, f"{x}: duplicate truth line {t['sheet']}:{r}")
        seen.add((t["sheet"], r))
        check(ws.cell(r, ci).value == t["system_name"], f"{x}: name mismatch row {r}")
        check(ws.cell(r, cd).value == t["department"], f"{x}: dept mismatch row {r}")
        check(orgmap.get(t["department"]) == t["sector"], f"{x}: dept {t['department']} not in orgmap/sector")
        check(t["kind"] == "system" and t["product"] in pmap and t["functions"] == pmap[t["product"]][3], f"{x}: truth row {r}")
        check(all(f in FUNCS for f in t["functions"].split(";")), f"{x}: bad function row {r}")
        spellings[t["product"]].add(t["system_name"])
        if ws.cell(r, cp).value in inv.PLACEHOLDERS or ws.cell(r, cp).value in [p.upper() for p in inv.PLACEHOLDERS]:
            ph += 1
        if r > 1 and all(ws.cell(r, c).value == ws.cell(r - 1, c).value for c in (ci, cd, cp)):
            dups += 1
    check(set(spellings) == set(pmap), f"{x}: products without rows")
    check(all(1 <= len(s) <= 4 for s in spellings.values()), f"{x}: spellings >4: " +
          str([p for p, s in spellings.items() if len(s) > 4]))
    # every non-empty row below the header is in truth
    for sheet, _ in inv.SHEETS:
        ws = wb[sheet]
        hdr = len(inv.TITLE) + (1 if inv.TITLE else 0) + 1
        for r in range(hdr + 1, ws.max_row + 1):
            if ws.cell(r, ci).value is not None:
                check((sheet, r) in seen, f"{x}: row {sheet}:{r} has no truth line")
    check(0.07 <= ph / len(truth) <= 0.14, f"{x}: placeholder share {ph}")
    check(0.03 <= dups / len(truth) <= 0.08, f"{x}: duplicate share {dups}")
    print(f"{x}: rows={len(truth)} products={len(pids)} sectors={len(sectors)} depts={len(inv.DEPTS)} "
          f"overlap_functions={len(over)} placeholders={ph} dup_rows={dups} "
          f"multi_function_products={sum(1 for p in inv.P if ';' in p[3])}")
    print("   overlaps:", ", ".join(f"{f}({n})" for f, n in sorted(over.items())))

# determinism: regenerate into a temp dir and compare bytes
with tempfile.TemporaryDirectory() as td:
    subprocess.run([sys.executable, os.path.join(HERE, "make_inventories.py"), td], check=True, capture_output=True)
    for fn in sorted(os.listdir(td)):
        check(sha(os.path.join(td, fn)) == sha(os.path.join(HERE, "out", fn)), f"not byte-identical: {fn}")

if errors:
    print("FAILED:\n  " + "\n  ".join(errors))
    sys.exit(1)
print("verify: OK")
