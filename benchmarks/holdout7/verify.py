"""Consistency checks for the holdout7 blind inventories. Exit code 1 on any failure."""
import csv, importlib, os, sys
from collections import Counter, defaultdict
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_inventories import INVS, LOC, STEM  # noqa: E402

HEADER = ["sheet", "row", "system_name", "product", "functions", "department", "sector", "kind"]
ORG_HEAD = {"a7_fi": ["Yksikkö", "Toimiala"], "b7_fi": ["Yksikkö", "Toimiala"],
            "c7_sv": ["Enhet", "Förvaltning"], "d7_en": ["Section", "Directorate"]}
errors = []


def check(cond, msg):
    if not cond: errors.append(msg)
    return cond


def rng_ok(x, what, v, lo, hi):
    check(lo <= v <= hi, "%s: %s = %s not in [%s, %s]" % (x, what, v, lo, hi))


with open(os.path.join(HERE, "functions.csv"), encoding="utf-8") as fh:
    FUNCS = {r["id"] for r in csv.DictReader(fh)}
check(len(FUNCS) > 50, "functions.csv looks empty")

for x, _ in INVS:
    inv = importlib.import_module("inv_" + x)
    base = os.path.join(HERE, "out", "%s_%s" % (STEM, x))
    with open(base + ".truth.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        check(next(rd) == HEADER, x + ": truth header")
        truth = [dict(zip(HEADER, r)) for r in rd]
    with open(base + ".orgmap.csv", encoding="utf-8", newline="") as fh:
        rd = csv.reader(fh)
        check(next(rd) == ORG_HEAD[x], x + ": orgmap header")
        orgmap = dict(rd)
    # --- truth vs workbook ---
    wb = load_workbook(base + ".xlsx")
    check([s for s, _ in inv.SHEETS] == wb.sheetnames, x + ": sheet names")
    cols = {k: i for i, (k, _, _) in enumerate(inv.COLUMNS)}
    heads = [h for _, h, _ in inv.COLUMNS]
    by_pos = {(t["sheet"], int(t["row"])): t for t in truth}
    check(len(by_pos) == len(truth), x + ": duplicate (sheet,row) in truth")
    n_rows = n_ph = n_dup = 0
    for ws in wb.worksheets:
        hdr = None
        prev = None
        for r, vals in enumerate(ws.iter_rows(values_only=True), 1):
            vals = list(vals) + [None] * (len(heads) - len(vals))
            if hdr is None:
                if [v for v in vals[:len(heads)]] == heads: hdr = r
                continue
            if not any(v not in (None, "") for v in vals): continue
            n_rows += 1
            t = by_pos.get((ws.title, r))
            if not check(t is not None, "%s: %s!%d has no truth line" % (x, ws.title, r)): continue
            check(vals[cols["name"]] == t["system_name"], "%s: %s!%d name mismatch" % (x, ws.title, r))
            check(vals[cols["dept"]] == t["department"], "%s: %s!%d department mismatch" % (x, ws.title, r))
            if "sector" in cols: check(vals[cols["sector"]] == t["sector"], "%s: %s!%d sector cell" % (x, ws.title, r))
            p = vals[cols["purpose"]]
            if p in (None, "") or p in LOC[inv.LANG]["ph"]:
                n_ph += 1
                check(vals[cols["notes"]] not in (None, ""), "%s: %s!%d placeholder purpose without notes" % (x, ws.title, r))
            key = (vals[cols["name"]], vals[cols["dept"]], p)
            if prev == key: n_dup += 1
            prev = key
        check(hdr is not None, "%s: header row not found on %s" % (x, ws.title))
    check(n_rows == len(truth), "%s: %d data rows vs %d truth lines" % (x, n_rows, len(truth)))
    # --- truth content ---
    prod_funcs, prod_names, prod_depts = defaultdict(set), defaultdict(set), defaultdict(set)
    spell2key = {s: k for k, (_, sp) in inv.DEPTS.items() for s in sp}
    for t in truth:
        fs = t["functions"].split(";")
        check(1 <= len(fs) <= 3 and all(f in FUNCS for f in fs), "%s: bad functions %s" % (x, t["functions"]))
        check(t["kind"] == "system", x + ": kind")
        check(orgmap.get(t["department"]) == t["sector"], "%s: department %r not in orgmap / sector mismatch" % (x, t["department"]))
        prod_funcs[t["product"]].add(t["functions"])
        prod_names[t["product"]].add(t["system_name"])
        prod_depts[t["product"]].add(spell2key[t["department"]])
    check(set(orgmap) == {t["department"] for t in truth}, x + ": orgmap has unused departments")
    name2prod = defaultdict(set)
    for t in truth: name2prod[t["system_name"].strip().casefold()].add(t["product"])
    for nm, ps in name2prod.items(): check(len(ps) == 1, "%s: name %r used by products %s" % (x, nm, sorted(ps)))
    for p in prod_funcs:
        check(len(prod_funcs[p]) == 1, "%s: product %s has inconsistent function sets" % (x, p))
        check(1 <= len(prod_names[p]) <= 4, "%s: product %s has %d spellings" % (x, p, len(prod_names[p])))
        check(1 <= len(prod_depts[p]) <= 6, "%s: product %s has %d departments" % (x, p, len(prod_depts[p])))
    for pid, funcs, names, vendor, entries in inv.PRODUCTS:
        texts = {e[1] for e in entries}
        n = sum(len(e[0].split()) for e in entries)
        check(n == 1 or 2 <= len(texts) <= 4, "%s: product %s has %d purpose texts for %d rows" % (x, pid, len(texts), n))
        check(len(names) <= 4, "%s: product %s lists >4 spellings" % (x, pid))
    check(len({p[0] for p in inv.PRODUCTS}) == len(inv.PRODUCTS), x + ": duplicate product id")
    fcount = Counter(f for fs in {p: next(iter(v)) for p, v in prod_funcs.items()}.values() for f in fs.split(";"))
    overlap = sorted(f for f, c in fcount.items() if 2 <= c <= 3)
    check(all(c <= 3 for c in fcount.values()), x + ": function served by >3 products")
    rng_ok(x, "rows", len(truth), 150, 230)
    rng_ok(x, "products", len(prod_funcs), 60, 90)
    rng_ok(x, "sectors", len(set(orgmap.values())), 4, 7)
    rng_ok(x, "departments (units)", len({spell2key[d] for d in orgmap}), 15, 30)
    rng_ok(x, "overlap functions", len(overlap), 12, 20)
    rng_ok(x, "placeholder share %", round(100.0 * n_ph / n_rows, 1), 5, 15)
    rng_ok(x, "near-copy share %", round(100.0 * n_dup / n_rows, 1), 2, 8)
    print("%s: rows=%d products=%d sectors=%d units=%d dept_spellings=%d overlap=%d placeholders=%d copies=%d" % (
        x, len(truth), len(prod_funcs), len(set(orgmap.values())), len({spell2key[d] for d in orgmap}),
        len(orgmap), len(overlap), n_ph, n_dup))

if errors:
    print("\n".join("FAIL: " + e for e in errors))
    sys.exit(1)
print("verify: OK")
