"""Consistency checks for the holdout10 inventories (run after make_inventories.py)."""
import collections, csv, importlib, os, sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "out")
INVS = ["m10_fi", "n10_fi", "o10_sv", "p10_en"]
HEADER = ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
FUNCS = {r["id"] for r in csv.DictReader(open(os.path.join(HERE, "functions.csv"), encoding="utf-8"))}
errors = []


def err(x, msg):
    errors.append("%s: %s" % (x, msg))


def check(x):
    inv = importlib.import_module("inv_" + x)
    base = os.path.join(OUT, "holdout10_" + x)
    with open(base + ".truth.csv", encoding="utf-8") as f:
        rd = csv.reader(f)
        if next(rd) != HEADER:
            err(x, "truth header")
        truth = [dict(zip(HEADER, r)) for r in rd]
    with open(base + ".orgmap.csv", encoding="utf-8") as f:
        rd = csv.reader(f)
        if tuple(next(rd)) != tuple(inv.ORG_HEADER):
            err(x, "orgmap header")
        org = dict(rd)
    # product table sanity
    pids = [p[0] for p in inv.PRODUCTS]
    if len(pids) != len(set(pids)):
        err(x, "duplicate product id")
    for p in inv.PRODUCTS:
        pid, funcs, names, depts, _, n, purposes = p[:7]
        fs = funcs.split(";")
        if not 1 <= len(fs) <= 3 or any(f not in FUNCS for f in fs):
            err(x, "bad functions for %s: %s" % (pid, funcs))
        if not 1 <= len(names.split("|")) <= 4 or not 1 <= len(depts.split("|")) <= 6:
            err(x, "names/depts count for %s" % pid)
        if n >= 2 and not 2 <= len(purposes) <= 4 or n == 1 and len(purposes) != 1:
            err(x, "purpose count for %s" % pid)
        for d in depts.split("|"):
            if d not in org:
                err(x, "dept %r not in orgmap" % d)
    # workbook vs truth
    wb = load_workbook(base + ".xlsx")
    head = {r: i for i, (r, h) in enumerate(inv.COLUMNS)}
    ncol, dcol = head["name"], head["dept"]
    seen = set()
    data_rows = 0
    for ws in wb.worksheets:
        hrow = 3 if inv.TITLE else 1
        if [c.value for c in ws[hrow]][:len(inv.COLUMNS)] != [h for _, h in inv.COLUMNS]:
            err(x, "header mismatch on %s" % ws.title)
        for r in range(hrow + 1, ws.max_row + 1):
            if ws.cell(r, ncol + 1).value is not None:
                data_rows += 1
                seen.add((ws.title, r))
    keys = [(t["sheet"], int(t["row"])) for t in truth]
    if len(keys) != len(set(keys)):
        err(x, "duplicate truth lines")
    if set(keys) != seen:
        err(x, "truth rows != data rows (%d vs %d)" % (len(set(keys)), len(seen)))
    by_pid = collections.defaultdict(set)
    prod = {p[0]: p for p in inv.PRODUCTS}
    for t in truth:
        ws = wb[t["sheet"]]
        r = int(t["row"])
        if ws.cell(r, ncol + 1).value != t["system_name"]:
            err(x, "name mismatch at %s:%s" % (t["sheet"], r))
        if ws.cell(r, dcol + 1).value != t["department"]:
            err(x, "dept mismatch at %s:%s" % (t["sheet"], r))
        if org.get(t["department"]) != t["sector"]:
            err(x, "sector mismatch at %s:%s" % (t["sheet"], r))
        if t["kind"] != "system":
            err(x, "kind")
        if t["product"] not in prod or t["functions"] != prod[t["product"]][1]:
            err(x, "functions mismatch at %s:%s" % (t["sheet"], r))
        if any(f not in FUNCS for f in t["functions"].split(";")):
            err(x, "unknown function at %s:%s" % (t["sheet"], r))
        by_pid[t["product"]].add(t["sheet"])
    # size targets
    depts_used = {t["department"] for t in truth}
    sectors = {t["sector"] for t in truth}
    if not 150 <= len(truth) <= 230: err(x, "rows %d" % len(truth))
    if not 60 <= len(by_pid) <= 90: err(x, "products %d" % len(by_pid))
    if not 4 <= len(sectors) <= 7: err(x, "sectors %d" % len(sectors))
    if not 15 <= len(depts_used) <= 30: err(x, "departments %d" % len(depts_used))
    if set(depts_used) != set(org): err(x, "orgmap has unused or missing departments")
    multi = sum(1 for p in inv.PRODUCTS if p[5] >= 2)
    if multi < 0.6 * len(inv.PRODUCTS): err(x, "too few multi-row products")
    # overlap functions: served by 2-3 different products
    fp = collections.defaultdict(set)
    for p in inv.PRODUCTS:
        for f in p[1].split(";"):
            fp[f].add(p[0])
    over = sorted(f for f, s in fp.items() if len(s) >= 2)
    if any(len(fp[f]) > 3 for f in over): err(x, "function with >3 products")
    if not 12 <= len(over) <= 20: err(x, "overlap functions %d" % len(over))
    # placeholders and copies
    pcol = head["purpose"]
    ph = sum(1 for t in truth if wb[t["sheet"]].cell(int(t["row"]), pcol + 1).value in inv.PLACEHOLDERS)
    copies = 0
    for ws in wb.worksheets:
        prev = None
        for row in ws.iter_rows(min_row=(4 if inv.TITLE else 2), values_only=True):
            if prev and row[ncol] == prev[ncol] and row[dcol] == prev[dcol] and row[pcol] == prev[pcol]:
                copies += 1
            prev = row
    print("%s: %d rows, %d products, %d sectors, %d departments, %d overlap functions, "
          "%d placeholder purposes, %d near-copies, sheets=%s"
          % (x, len(truth), len(by_pid), len(sectors), len(depts_used), len(over), ph, copies,
             [ws.title for ws in wb.worksheets]))
    print("   overlaps: " + ", ".join("%s(%d)" % (f, len(fp[f])) for f in over))


for x in INVS:
    check(x)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("verify: OK")
