"""Consistency checks for the holdout11 inventories."""
import collections, csv, importlib, os, sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_inventories import INVS, COMMON

FIDS = {r["id"] for r in csv.DictReader(open(os.path.join(HERE, "functions.csv"), encoding="utf-8"))}
HEAD = "sheet,row,system_name,product,functions,department,sector,kind".split(",")
ok = True


def check(cond, msg):
    global ok
    if not cond:
        ok = False
        print("  FAIL:", msg)


for x in INVS:
    inv = importlib.import_module("inv_" + x)
    stem = os.path.join(HERE, "out", "holdout11_" + x)
    rd = csv.reader(open(stem + ".truth.csv", encoding="utf-8"))
    check(next(rd) == HEAD, "truth header")
    truth = [dict(zip(HEAD, r)) for r in rd]
    om = list(csv.reader(open(stem + ".orgmap.csv", encoding="utf-8")))
    check(om[0] == inv.ORGMAP_HEADER, "orgmap header")
    org = dict(om[1:])
    wb = load_workbook(stem + ".xlsx")
    ci = {f: i for i, (_, f) in enumerate(inv.COLUMNS)}
    hdr = 3 if getattr(inv, "TITLE", None) else 1
    datarows = {(ws.title, r): row for ws in wb for r, row in enumerate(ws.iter_rows(values_only=True), 1)
                if r > hdr and any(v not in (None, "") for v in row)}
    tkeys = {(t["sheet"], int(t["row"])) for t in truth}
    check(len(tkeys) == len(truth), "duplicate truth keys")
    check(tkeys == set(datarows), "every data row has exactly one truth line")
    pf, pnames, pdepts, prow = {}, collections.defaultdict(set), collections.defaultdict(set), collections.Counter()
    nph = ndup = 0
    prev = None
    for t in truth:
        row = datarows.get((t["sheet"], int(t["row"])))
        check(row is not None and row[ci["name"]] == t["system_name"], f"name cell {t['sheet']}!{t['row']}")
        check(row is not None and row[ci["dept"]] == t["department"], f"dept cell {t['sheet']}!{t['row']}")
        fs = t["functions"].split(";")
        check(all(f in FIDS for f in fs) and 1 <= len(fs) <= 3, f"function ids {t['functions']}")
        check(org.get(t["department"]) == t["sector"], f"department in orgmap: {t['department']}")
        check(pf.setdefault(t["product"], t["functions"]) == t["functions"], f"consistent functions {t['product']}")
        check(t["kind"] == "system", "kind")
        pnames[t["product"]].add(t["system_name"]); pdepts[t["product"]].add(t["department"]); prow[t["product"]] += 1
        if "sector" in ci:
            check(row[ci["sector"]] == t["sector"], "sector column")
        if row[ci["purpose"]] in COMMON[inv.LANG]["ph"]:
            nph += 1
            check(row[ci["notes"]] not in (None, ""), f"placeholder without notes {t['sheet']}!{t['row']}")
        if prev and prev[0] == t["sheet"] and int(t["row"]) == prev[1] + 1 and prev[2] == (t["product"], row[ci["name"]], row[ci["purpose"]]):
            ndup += 1
        prev = (t["sheet"], int(t["row"]), (t["product"], row[ci["name"]], row[ci["purpose"]]))
    n, npr = len(truth), len(pf)
    secs = set(org.values())
    byf = collections.defaultdict(set)
    for p, fs in pf.items():
        for f in fs.split(";"):
            byf[f].add(p)
    overlap = sorted(f for f, ps in byf.items() if 2 <= len(ps) <= 3)
    check(150 <= n <= 200, f"rows {n}")
    check(60 <= npr <= 80, f"products {npr}")
    check(4 <= len(secs) <= 6, f"sectors {len(secs)}")
    units = {d for d, _ in inv.ORG.values()} and len(inv.ORG)
    check(15 <= units <= 30, f"departments {units}")
    check(all(len(v) <= 4 for v in pnames.values()), "max 4 spellings")
    check(12 <= len(overlap) <= 20, f"overlap functions {len(overlap)}")
    multi = sum(1 for c in prow.values() if c >= 2)
    check(multi > npr / 2, "most products have >=2 rows")
    print(f"{x}: rows={n} products={npr} multi-row={multi} sectors={len(secs)} units={units} "
          f"orgmap-variants={len(org)} placeholders={nph} ({nph/n:.0%}) near-dups={ndup} overlap={len(overlap)} "
          f"(>3 products: {sorted(f for f, ps in byf.items() if len(ps) > 3)})")
print("VERIFY OK" if ok else "VERIFY FAILED")
sys.exit(0 if ok else 1)
