#!/usr/bin/env python3
"""Sanity checks for the holdout3 outputs (does not use dedup)."""

import collections
import csv
import os
import sys

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
FUNCS = sys.argv[1] if len(sys.argv) > 1 else "/tmp/holdout3_input/functions.csv"
fids = {r["id"] for r in csv.DictReader(open(FUNCS, encoding="utf-8"))}
PH = {
    "-",
    "ks. kuvaus",
    "?",
    "TBD",
    "täydennetään",
    "ks. lisätiedot",
    "sama kuin yllä",
    "se beskrivning",
    "fylls i",
    "se kommentar",
    "som ovan",
    "see notes",
    "N/A",
    "see description",
    "as above",
}
ok = True
for stem in ["holdout3_h_fi", "holdout3_i_fi", "holdout3_j_sv", "holdout3_k_en"]:
    wb = load_workbook(os.path.join(OUT, stem + ".xlsx"))
    truth = list(csv.DictReader(open(os.path.join(OUT, stem + ".truth.csv"), encoding="utf-8")))
    assert list(truth[0].keys()) == [
        "sheet",
        "row",
        "system_name",
        "product",
        "functions",
        "department",
        "sector",
        "kind",
    ]
    org = list(csv.reader(open(os.path.join(OUT, stem + ".orgmap.csv"), encoding="utf-8")))
    orgmap = {a: b for a, b in org[1:]}
    used_depts = set()
    prod = collections.defaultdict(
        lambda: dict(names=set(), purposes=set(), depts=set(), funcs=set(), rows=0)
    )
    ph = 0
    for t in truth:
        ws = wb[t["sheet"]]
        hdr = [c.value for c in ws[1]]
        namecol = next(
            i
            for i, h in enumerate(hdr)
            if h in ("Järjestelmä", "Sovellus", "Palvelu / lisenssi", "System", "Application name")
        )
        deptcol = next(
            i
            for i, h in enumerate(hdr)
            if h
            in (
                "Toimiala / yksikkö",
                "Tulosyksikkö",
                "Yksikkö",
                "Förvaltning/enhet",
                "Service area",
            )
        )
        purcol = next(
            i
            for i, h in enumerate(hdr)
            if h in ("Käyttötarkoitus", "Mihin käytetään", "Användningsområde", "Business purpose")
        )
        row = [c.value for c in ws[int(t["row"])]]
        if row[namecol] != t["system_name"]:
            print("NAME MISMATCH", stem, t)
            ok = False
        if row[deptcol] != t["department"]:
            print("DEPT MISMATCH", stem, t)
            ok = False
        for f in t["functions"].split(";"):
            if f not in fids:
                print("BAD FUNCTION", stem, f)
                ok = False
        if orgmap.get(t["department"]) != t["sector"]:
            print("ORGMAP", stem, t["department"])
            ok = False
        assert t["kind"] == "system"
        used_depts.add(t["department"])
        p = prod[t["product"]]
        p["names"].add(t["system_name"])
        p["depts"].add(t["department"])
        p["funcs"].add(t["functions"])
        pv = row[purcol]
        if pv is None or str(pv).strip() in PH:
            ph += 1
        else:
            p["purposes"].add(pv)
        p["rows"] += 1
    data_rows = sum(ws.max_row - 1 for ws in wb.worksheets)
    if data_rows != len(truth):
        print("ROWCOUNT", stem, data_rows, len(truth))
        ok = False
    for k, p in prod.items():
        if len(p["funcs"]) != 1:
            print("INCONSISTENT FUNCS", stem, k)
            ok = False
        if not (1 <= len(p["names"]) <= 4):
            print("NAMES", stem, k, p["names"])
            ok = False
        if not (1 <= len(p["depts"]) <= 6):
            print("DEPTS", stem, k, p["depts"])
            ok = False
        if len(p["purposes"]) < 2:
            print("  note: <2 distinct purpose texts visible", stem, k, len(p["purposes"]))
    byf = collections.defaultdict(set)
    for k, p in prod.items():
        for f in next(iter(p["funcs"])).split(";"):
            byf[f].add(k)
    ov = {f: sorted(v) for f, v in byf.items() if len(v) >= 2}
    unused = set(orgmap) - used_depts
    sectors = set(orgmap.values())
    print(
        f"{stem}: sheets={wb.sheetnames} rows={len(truth)} products={len(prod)} "
        f"functions={len(byf)} overlaps={len(ov)} placeholder/empty purposes={ph} ({ph / len(truth):.0%}) "
        f"sectors={len(sectors)} depts={len(used_depts)} unused_in_orgmap={sorted(unused)}"
    )
    for f, v in sorted(ov.items()):
        print(f"    {f}: {', '.join(v)}")
    big = [f for f, v in ov.items() if len(v) > 3]
    if big:
        print("  >3 products:", big)
print("ALL OK" if ok else "PROBLEMS")
